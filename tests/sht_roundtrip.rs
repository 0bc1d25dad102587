//! analysis(synthesis(a)) = a on the grids with exact quadrature (docs/mathematics.md §8 item 5).
//!
//! Tolerance: the round trip costs O(L) operations per coefficient in each direction, each with
//! relative rounding ε = 2.2e-16; accumulated errors grow like √L (random walk). We bound the
//! L2-relative error ‖a − a'‖/‖a‖ (the measure ducc0 reports) by 200 ε √(lmax+1), "a few hundred
//! ulps times √lmax" (1.4e-12 at lmax 1023). The largest single error among N ≈ lmax² coefficients
//! exceeds the RMS by the extreme-value factor √(2 ln N) ≈ 5.3 at lmax 1023, so the max-abs error
//! relative to max |a| is bounded by 5× that: 1000 ε √(lmax+1).

mod common;
use common::{l2_rel_err, random_alm, rel_err};
use sphfield::sht::AnalysisSolver;
use sphfield::{AnalysisOptions, Geometry, Isa, Par, Sht};

fn tolerance(lmax: usize) -> f64 {
    200.0 * f64::EPSILON * ((lmax + 1) as f64).sqrt()
}

fn roundtrip(geometry: Geometry, lmax: usize, mmax: usize, seed: u64) -> f64 {
    let sht = Sht::new(geometry, lmax, mmax).unwrap();
    let alm = random_alm(lmax, mmax, seed);
    let map = sht.synthesis(&alm, Par::Seq).unwrap();
    let back = sht.analysis(map.values(), Par::Seq).unwrap();
    let max_rel = rel_err(&alm, &back);
    assert!(
        max_rel < 5.0 * tolerance(lmax),
        "lmax {lmax}: max-abs relative error {max_rel:e}"
    );
    l2_rel_err(&alm, &back)
}

#[test]
fn gauss_legendre_roundtrip() {
    for (lmax, seed) in [
        (0usize, 1u64),
        (1, 2),
        (2, 3),
        (7, 4),
        (16, 5),
        (63, 6),
        (255, 7),
        (1023, 8),
    ] {
        let err = roundtrip(
            Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
            lmax,
            lmax,
            seed,
        );
        println!("GL lmax {lmax}: {err:e}");
        assert!(err < tolerance(lmax), "lmax {lmax}: {err:e}");
    }
}

#[test]
fn gauss_legendre_odd_rings_and_mmax_below_lmax() {
    // Odd nlat has an equator ring; odd nlon; mmax < lmax.
    let err = roundtrip(Geometry::gauss_legendre(40, 81).unwrap(), 39, 20, 11);
    assert!(err < tolerance(39), "{err:e}");
    let err = roundtrip(Geometry::gauss_legendre(41, 81).unwrap(), 40, 40, 12);
    assert!(err < tolerance(40), "{err:e}");
}

#[test]
fn clenshaw_curtis_roundtrip() {
    for (lmax, seed) in [(1usize, 21u64), (8, 22), (63, 23), (256, 24), (1023, 25)] {
        let err = roundtrip(
            Geometry::clenshaw_curtis(lmax + 2, 2 * lmax + 2).unwrap(),
            lmax,
            lmax,
            seed,
        );
        println!("CC lmax {lmax}: {err:e}");
        assert!(err < tolerance(lmax), "lmax {lmax}: {err:e}");
    }
}

#[test]
fn fejer1_roundtrip() {
    for (lmax, seed) in [(0usize, 31u64), (5, 32), (64, 33), (179, 34), (1023, 35)] {
        let err = roundtrip(
            Geometry::fejer1(lmax + 1, 2 * lmax + 2).unwrap(),
            lmax,
            lmax,
            seed,
        );
        println!("F1 lmax {lmax}: {err:e}");
        assert!(err < tolerance(lmax), "lmax {lmax}: {err:e}");
    }
}

#[test]
fn climate_grids_resolve_their_band_limit() {
    // 1° cell-centred grid (180 × 360, cell-centred longitudes too): exact to lmax 179.
    let g = Geometry::fejer1(180, 360)
        .unwrap()
        .with_phi0(std::f64::consts::PI / 360.0)
        .unwrap();
    assert_eq!(g.exact_lmax().unwrap().0, 179);
    let err = roundtrip(g, 179, 179, 41);
    assert!(err < tolerance(179), "{err:e}");
}

#[test]
fn every_isa_gives_the_same_transform() {
    let lmax = 200;
    let g = Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap();
    let alm = random_alm(lmax, lmax, 51);
    let reference = Sht::new(g.clone(), lmax, lmax)
        .unwrap()
        .with_isa(Isa::Scalar)
        .unwrap();
    let map_ref = reference.synthesis(&alm, Par::Seq).unwrap();
    for isa in [Isa::Avx2, Isa::Avx512, Isa::Neon] {
        let Ok(sht) = Sht::new(g.clone(), lmax, lmax).unwrap().with_isa(isa) else {
            println!("{isa:?} not available on this CPU");
            continue;
        };
        let map = sht.synthesis(&alm, Par::Seq).unwrap();
        let diff = map
            .values()
            .iter()
            .zip(map_ref.values())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        let scale = map_ref.values().iter().map(|v| v.abs()).fold(0.0, f64::max);
        // FMA vs separate multiply-add: different roundings, same accuracy class.
        assert!(diff < tolerance(lmax) * scale, "{isa:?}: {diff:e}");
        let back = sht.analysis(map.values(), Par::Seq).unwrap();
        assert!(l2_rel_err(&alm, &back) < tolerance(lmax));
    }
}

#[test]
fn fused_kernels_agree_bit_for_bit() {
    // The AVX2 synthesis loops (intrinsics, 8 lanes) and the AVX-512 ones (the generic loops,
    // 32 lanes) perform the same fused operations per lane in the same order, including the
    // masking of negligible lanes near the poles: their maps must be identical, bit for bit.
    let lmax = 300;
    let g = Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap();
    let alm = random_alm(lmax, lmax, 52);
    let plans: Vec<Sht> = [Isa::Avx2, Isa::Avx512]
        .into_iter()
        .filter_map(|isa| Sht::new(g.clone(), lmax, lmax).unwrap().with_isa(isa).ok())
        .collect();
    if plans.len() < 2 {
        println!("AVX2 and AVX-512 are not both available on this CPU");
        return;
    }
    let a = plans[0].synthesis(&alm, Par::Seq).unwrap();
    let b = plans[1].synthesis(&alm, Par::Seq).unwrap();
    assert!(
        a.values() == b.values(),
        "AVX2 and AVX-512 synthesis differ"
    );
}

#[test]
fn imaginary_part_of_m0_coefficients_is_ignored() {
    // A real field's a_l0 is real: synthesis must ignore Im a_l0 exactly.
    let lmax = 40;
    let sht = Sht::new(
        Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
        lmax,
        lmax,
    )
    .unwrap();
    let a = random_alm(lmax, lmax, 5);
    let mut b = a.clone();
    for v in b.m_slice_mut(0) {
        v.im = 3.0;
    }
    let (fa, fb) = (
        sht.synthesis(&a, Par::Seq).unwrap(),
        sht.synthesis(&b, Par::Seq).unwrap(),
    );
    assert_eq!(fa.values(), fb.values());
}

#[test]
fn healpix_analysis_reaches_1e_10_on_band_limited_maps() {
    // lmax = 2 nside: the default analysis (conjugate gradients, tolerance 1e-11) recovers the
    // coefficients of a band-limited map to 1e-10 and reports the steps and residuals it took;
    // three Jacobi steps (healpy's iter=3) stop between 1e-7 and 1e-5.
    for nside in [16, 32] {
        let lmax = 2 * nside;
        let sht = Sht::new(Geometry::healpix(nside).unwrap(), lmax, lmax).unwrap();
        let alm = random_alm(lmax, lmax, 60 + nside as u64);
        let map = sht.synthesis(&alm, Par::Seq).unwrap();
        let (back, report) = sht
            .analysis_with(map.values(), AnalysisOptions::default(), Par::Seq)
            .unwrap();
        let err = l2_rel_err(&alm, &back);
        assert!(err < 1e-10, "nside {nside}: {err:e}");
        assert!(report.iterations <= sphfield::sht::DEFAULT_ANALYSIS_STEPS);
        assert_eq!(report.residuals.len(), report.iterations + 1);
        assert!(*report.residuals.last().unwrap() < 1e-10, "{report:?}");
        // The plain call is the same computation without the report.
        let plain = sht.analysis(map.values(), Par::Seq).unwrap();
        assert_eq!(plain.as_slice(), back.as_slice());
        let jacobi = sht
            .analysis_refined(
                map.values(),
                AnalysisOptions::iterations(3).with_solver(AnalysisSolver::Jacobi),
                Par::Seq,
            )
            .unwrap();
        let err3 = l2_rel_err(&alm, &jacobi);
        assert!(
            err3 > 1e3 * err,
            "Jacobi iter=3: {err3:e}, default: {err:e}"
        );
    }
}

#[test]
fn healpix_analysis_beyond_what_the_grid_determines_reports_its_residual() {
    // lmax = 3 nside − 1 is not determined by the pixels: the solver takes every step and the
    // report says how far the map residual got.
    let nside = 8;
    let lmax = 3 * nside - 1;
    let sht = Sht::new(Geometry::healpix(nside).unwrap(), lmax, lmax).unwrap();
    let map = sht.synthesis(&random_alm(lmax, lmax, 3), Par::Seq).unwrap();
    let (_, report) = sht
        .analysis_with(map.values(), AnalysisOptions::default(), Par::Seq)
        .unwrap();
    assert_eq!(report.iterations, sphfield::sht::DEFAULT_ANALYSIS_STEPS);
    assert!(report.residuals.iter().all(|r| r.is_finite()));
    let bad = AnalysisOptions::default().with_tolerance(f64::NAN);
    assert!(sht.analysis_with(map.values(), bad, Par::Seq).is_err());
}

/// Fields synthesised together (four at a time with one shared recurrence on AVX-512) give
/// bitwise the maps of one-by-one synthesis, on every instruction set, with polar masking
/// (high orders on rings near the poles) and a remainder group.
#[test]
fn synthesis_many_is_bitwise_one_by_one() {
    for (g, lmax) in [
        (Geometry::gauss_legendre(301, 602).unwrap(), 300),
        (Geometry::healpix(32).unwrap(), 95),
    ] {
        let alms: Vec<sphfield::Alm> = (0..9).map(|k| random_alm(lmax, lmax, 70 + k)).collect();
        for isa in [Isa::Scalar, Isa::Avx2, Isa::Avx512, Isa::Neon] {
            let Ok(sht) = Sht::new(g.clone(), lmax, lmax).unwrap().with_isa(isa) else {
                continue;
            };
            let many = sht.synthesis_many(&alms, Par::threads(2)).unwrap();
            for (a, m) in alms.iter().zip(&many) {
                let one = sht.synthesis(a, Par::Seq).unwrap();
                assert!(
                    one.values() == m.values(),
                    "{isa:?}: synthesis_many differs from synthesis"
                );
            }
        }
    }
}

/// `synthesis_many_into` writes bitwise the `synthesis_many` maps into reused buffers, and
/// refuses a wrong number of outputs or an output of the wrong length (nothing written).
#[test]
fn synthesis_many_into_reuses_buffers_and_checks_shapes() {
    let g = Geometry::gauss_legendre(65, 130).unwrap();
    let sht = Sht::new(g, 64, 64).unwrap();
    let alms: Vec<sphfield::Alm> = (0..6).map(|k| random_alm(64, 64, 90 + k)).collect();
    let npix = sht.geometry().npix();
    let mut values = vec![vec![f64::NAN; npix]; 6];
    let mut outs: Vec<&mut [f64]> = values.iter_mut().map(|v| v.as_mut_slice()).collect();
    sht.synthesis_many_into(&alms, &mut outs, Par::threads(2))
        .unwrap();
    let many = sht.synthesis_many(&alms, Par::Seq).unwrap();
    for (v, m) in values.iter().zip(&many) {
        assert!(v.as_slice() == m.values());
    }
    assert!(sht.fields_per_pass() == 1 || sht.fields_per_pass() == 4);

    let mut short = vec![vec![7.0; npix]; 5];
    let mut outs: Vec<&mut [f64]> = short.iter_mut().map(|v| v.as_mut_slice()).collect();
    let err = sht
        .synthesis_many_into(&alms, &mut outs, Par::Seq)
        .unwrap_err();
    assert!(err.to_string().contains("one per field"), "{err}");
    let mut bad = vec![vec![7.0; npix]; 6];
    bad[4].pop();
    let mut outs: Vec<&mut [f64]> = bad.iter_mut().map(|v| v.as_mut_slice()).collect();
    assert!(sht.synthesis_many_into(&alms, &mut outs, Par::Seq).is_err());
    assert!(
        bad.iter().flatten().all(|&v| v == 7.0),
        "nothing written on error"
    );
}

/// `analysis_many` gives each map's `analysis_refined` coefficients bit for bit (exact grid and
/// HEALPix with refinement), and a bad map anywhere in the list is an error.
#[test]
fn analysis_many_is_bitwise_one_by_one() {
    for (g, lmax) in [
        (Geometry::gauss_legendre(97, 194).unwrap(), 96),
        (Geometry::healpix(16).unwrap(), 32),
    ] {
        let sht = Sht::new(g, lmax, lmax).unwrap();
        let maps: Vec<Vec<f64>> = (0..3)
            .map(|k| {
                sht.synthesis(&random_alm(lmax, lmax, 40 + k), Par::Seq)
                    .unwrap()
                    .values()
                    .to_vec()
            })
            .collect();
        let views: Vec<&[f64]> = maps.iter().map(|m| m.as_slice()).collect();
        let options = AnalysisOptions::default();
        let alms = sht.analysis_many(&views, options, Par::threads(2)).unwrap();
        for (m, a) in maps.iter().zip(&alms) {
            let one = sht.analysis_refined(m, options, Par::Seq).unwrap();
            assert!(one.as_slice() == a.as_slice());
        }
        let mut with_nan = maps[2].clone();
        with_nan[5] = f64::NAN;
        let views = [maps[0].as_slice(), with_nan.as_slice()];
        assert!(sht.analysis_many(&views, options, Par::Seq).is_err());
    }
}

/// Each CPU gets its own best kernels (NEON on aarch64, AVX-512 or AVX2 on x86-64 where
/// present); forcing another architecture's instruction set is a clear error.
#[test]
fn instruction_sets_of_other_cpus_are_refused() {
    let g = Geometry::gauss_legendre(9, 18).unwrap();
    for isa in [Isa::Scalar, Isa::Avx2, Isa::Avx512, Isa::Neon] {
        let forced = Sht::new(g.clone(), 8, 8).unwrap().with_isa(isa);
        match isa.checked() {
            Some(_) => assert_eq!(forced.unwrap().isa(), isa),
            None => {
                let err = forced.unwrap_err().to_string();
                assert!(err.contains(&format!("{isa:?}")), "{err}");
            }
        }
    }
    #[cfg(target_arch = "x86_64")]
    assert_eq!(Isa::Neon.checked(), None);
    #[cfg(target_arch = "aarch64")]
    {
        assert_eq!(Isa::detect(), Isa::Neon);
        assert_eq!(Isa::Avx2.checked(), None);
    }
}
