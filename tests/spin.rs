//! Spin-weighted transforms: syntheses and gradients against healpy and ducc0
//! (data/spin_reference.txt, made by scripts/make_spin_reference.py), closed forms at low
//! degree, round trips and the adjoint identity.

use num_complex::Complex64;
use sphfield::{Alm, AnalysisOptions, Geometry, Isa, Par, Sht, SpinAlm};
use std::f64::consts::PI;

struct Case {
    name: String,
    geometry: Geometry,
    spin: usize,
    lmax: usize,
    alm: SpinAlm,
    pixels: Vec<(usize, f64, f64)>,
}

/// The coefficient formula of scripts/make_spin_reference.py for case number k.
fn formula_alm(lmax: usize, spin: usize, k: usize, gradient: bool) -> SpinAlm {
    let mut alm = SpinAlm::zeros(lmax, lmax).unwrap();
    let k = k as f64;
    for m in 0..=lmax {
        for l in m.max(spin)..=lmax {
            let (lf, mf) = (l as f64, m as f64);
            let mut e = Complex64::new(
                (1.3 * lf + 0.7 * mf + k).sin(),
                (0.9 * lf - 1.1 * mf + k).cos(),
            );
            let mut b = Complex64::new(
                (0.5 * lf + 2.1 * mf + k).sin(),
                (1.7 * lf + 0.3 * mf + k).cos(),
            );
            if m == 0 {
                e.im = 0.0;
                b.im = 0.0;
            }
            alm.e[(l, m)] = e;
            if !gradient {
                alm.b[(l, m)] = b;
            }
        }
    }
    alm
}

fn reference_cases() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/spin_reference.txt"
    ))
    .unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#')).peekable();
    let mut cases = Vec::new();
    while let Some(head) = lines.next() {
        let f: Vec<&str> = head.split_whitespace().collect();
        assert_eq!(f[0], "case");
        let n: Vec<usize> = f[3..].iter().map(|v| v.parse().unwrap()).collect();
        let (n1, n2, spin, lmax) = (n[0], n[1], n[2], n[3]);
        let geometry = match f[2] {
            "healpix" => Geometry::healpix(n1),
            "gl" => Geometry::gauss_legendre(n1, n2),
            "cc" => Geometry::clenshaw_curtis(n1, n2),
            "f1" => Geometry::fejer1(n1, n2),
            g => panic!("unknown grid {g}"),
        }
        .unwrap();
        let count: usize = lines.next().unwrap()["pixels ".len()..].parse().unwrap();
        let pixels = (0..count)
            .map(|_| {
                let v: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
                (
                    v[0].parse().unwrap(),
                    v[1].parse().unwrap(),
                    v[2].parse().unwrap(),
                )
            })
            .collect();
        let alm = formula_alm(lmax, spin, cases.len(), spin == 0);
        cases.push(Case {
            name: f[1].to_string(),
            geometry,
            spin,
            lmax,
            alm,
            pixels,
        });
    }
    cases
}

/// Largest |ours − reference| over the stored pixels, relative to the largest reference value.
fn relative_error(case: &Case, q: &[f64], u: &[f64]) -> f64 {
    let scale = case
        .pixels
        .iter()
        .map(|p| p.1.abs().max(p.2.abs()))
        .fold(0.0, f64::max);
    let worst = case
        .pixels
        .iter()
        .map(|&(i, rq, ru)| (q[i] - rq).abs().max((u[i] - ru).abs()))
        .fold(0.0, f64::max);
    worst / scale
}

#[test]
fn spin_synthesis_and_gradient_match_healpy_and_ducc0() {
    let cases = reference_cases();
    assert_eq!(cases.len(), 10);
    let mut failures = Vec::new();
    for case in &cases {
        for isa in [Isa::Scalar, Isa::Avx2, Isa::Avx512, Isa::Neon] {
            let Ok(sht) = Sht::new(case.geometry.clone(), case.lmax, case.lmax)
                .unwrap()
                .with_isa(isa)
            else {
                continue;
            };
            let (q, u) = if case.spin == 0 {
                sht.gradient(&case.alm.e, Par::threads(2)).unwrap()
            } else {
                sht.spin_synthesis(case.spin, &case.alm, Par::threads(2))
                    .unwrap()
            };
            let err = relative_error(case, q.values(), u.values());
            println!("{} {isa:?}: max relative difference {err:.2e}", case.name);
            if err.is_nan() || err >= 1e-12 {
                failures.push(format!("{} {isa:?}: {err:e}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Deterministic pseudo-random spin coefficients (zero below ℓ = spin, real at m = 0).
fn random_spin_alm(lmax: usize, spin: usize, seed: u64) -> SpinAlm {
    let mut e = Alm::random_uniform(lmax, lmax, seed).unwrap();
    let mut b = Alm::random_uniform(lmax, lmax, seed + 1).unwrap();
    for a in [&mut e, &mut b] {
        for m in 0..=lmax {
            for l in m..=lmax {
                if l < spin {
                    a[(l, m)] = Complex64::new(0.0, 0.0);
                }
            }
            if m == 0 {
                for v in a.m_slice_mut(0) {
                    v.im = 0.0;
                }
            }
        }
    }
    SpinAlm { e, b }
}

#[test]
fn spin_analysis_inverts_synthesis_on_exact_grids() {
    // Round trip to a few hundred ulps × √lmax of the coefficients' size.
    for lmax in [16usize, 95, 256] {
        for (g, name) in [
            (
                Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
                "GL",
            ),
            (
                Geometry::clenshaw_curtis(lmax + 2, 2 * lmax + 2).unwrap(),
                "CC",
            ),
            (Geometry::fejer1(lmax + 1, 2 * lmax + 1).unwrap(), "F1"),
        ] {
            let sht = Sht::new(g, lmax, lmax).unwrap();
            for spin in [1usize, 2, 3] {
                let alm = random_spin_alm(lmax, spin, 7 + spin as u64);
                let (q, u) = sht.spin_synthesis(spin, &alm, Par::threads(2)).unwrap();
                let back = sht
                    .spin_analysis(spin, q.values(), u.values(), Par::threads(2))
                    .unwrap();
                let err = back
                    .e
                    .max_abs_diff(&alm.e)
                    .unwrap()
                    .max(back.b.max_abs_diff(&alm.b).unwrap());
                let bound = 300.0 * f64::EPSILON * ((lmax + 1) as f64).sqrt();
                println!("{name} lmax {lmax} spin {spin}: {err:.2e} (bound {bound:.1e})");
                assert!(err < bound, "{name} lmax {lmax} spin {spin}: {err:e}");
            }
        }
    }
}

#[test]
fn spin_adjoint_is_the_transpose_of_synthesis() {
    // ⟨Y a, f⟩ = ⟨a, Yᵀ f⟩ with ⟨a, b⟩ = SpinAlm::dot and ⟨f, g⟩ = Σ_p (Q Q' + U U').
    for (g, lmax) in [
        (Geometry::healpix(16).unwrap(), 40usize),
        (Geometry::clenshaw_curtis(30, 57).unwrap(), 27),
    ] {
        let sht = Sht::new(g.clone(), lmax, lmax - 3).unwrap();
        for spin in [1usize, 2, 4] {
            let mut alm = random_spin_alm(lmax, spin, 3);
            // mmax < lmax: rebuild on the plan's shape.
            let mut a = SpinAlm::zeros(lmax, lmax - 3).unwrap();
            for m in 0..=lmax - 3 {
                a.e.m_slice_mut(m).copy_from_slice(alm.e.m_slice(m));
                a.b.m_slice_mut(m).copy_from_slice(alm.b.m_slice(m));
            }
            alm = a;
            let npix = g.npix();
            let q: Vec<f64> = (0..npix).map(|i| ((i * 37 % 101) as f64).sin()).collect();
            let u: Vec<f64> = (0..npix).map(|i| ((i * 53 % 97) as f64).cos()).collect();
            let (yq, yu) = sht.spin_synthesis(spin, &alm, Par::Seq).unwrap();
            let lhs: f64 = yq.values().iter().zip(&q).map(|(a, b)| a * b).sum::<f64>()
                + yu.values().iter().zip(&u).map(|(a, b)| a * b).sum::<f64>();
            let adj = sht.spin_adjoint_synthesis(spin, &q, &u, Par::Seq).unwrap();
            let rhs = alm.dot(&adj).unwrap();
            assert!(
                (lhs - rhs).abs() < 1e-12 * lhs.abs().max(1.0),
                "spin {spin}: {lhs} vs {rhs}"
            );
        }
    }
}

#[test]
fn low_degree_spin_harmonics_match_closed_forms() {
    // ₂Y₂₀ = √(15/32π) sin²θ and ₁Y₁₀ = √(3/8π) sinθ in this convention, and
    // Q + iU = −(E + iB) ₛY: a unit E₂₀ gives Q = −₂Y₂₀, U = 0. (The spin-1 case is the
    // gradient: with E = √2 a₁₀ it gives ∂θ of √(3/4π) cos θ.)
    let lmax = 6;
    let g = Geometry::gauss_legendre(7, 13).unwrap();
    let sht = Sht::new(g.clone(), lmax, lmax).unwrap();
    for (spin, f) in [
        (
            2usize,
            Box::new(|t: f64| (15.0 / (32.0 * PI)).sqrt() * t.sin().powi(2))
                as Box<dyn Fn(f64) -> f64>,
        ),
        (1, Box::new(|t: f64| (3.0 / (8.0 * PI)).sqrt() * t.sin())),
    ] {
        let mut alm = SpinAlm::zeros(lmax, lmax).unwrap();
        alm.e[(spin, 0)].re = 1.0;
        let (q, u) = sht.spin_synthesis(spin, &alm, Par::Seq).unwrap();
        for r in g.rings() {
            let theta = r.cos_theta.acos();
            for k in 0..r.nphi {
                let expected = -f(theta);
                let got = q.values()[r.offset + k];
                assert!(
                    (got - expected).abs() < 1e-15,
                    "spin {spin}, theta {theta}: {got} vs {expected}"
                );
                assert!(u.values()[r.offset + k].abs() < 1e-15);
            }
        }
    }
}

#[test]
fn healpix_spin_analysis_converges() {
    // Band-limited spin-2 map at lmax = 2·nside: conjugate gradients reach 1e-9.
    let nside = 16;
    let lmax = 2 * nside;
    let sht = Sht::new(Geometry::healpix(nside).unwrap(), lmax, lmax).unwrap();
    let alm = random_spin_alm(lmax, 2, 11);
    let (q, u) = sht.spin_synthesis(2, &alm, Par::threads(2)).unwrap();
    let back = sht
        .spin_analysis(2, q.values(), u.values(), Par::threads(2))
        .unwrap();
    let err = back
        .e
        .max_abs_diff(&alm.e)
        .unwrap()
        .max(back.b.max_abs_diff(&alm.b).unwrap());
    println!("HEALPix nside {nside} spin-2 analysis: max error {err:.2e}");
    assert!(err < 1e-9, "{err:e}");
    let quadrature = sht
        .spin_analysis_refined(
            2,
            q.values(),
            u.values(),
            AnalysisOptions::iterations(0),
            Par::Seq,
        )
        .unwrap();
    assert!(quadrature.e.max_abs_diff(&alm.e).unwrap() > 10.0 * err);
}

#[test]
fn spin_transforms_reject_bad_input() {
    let sht = Sht::new(Geometry::gauss_legendre(9, 17).unwrap(), 8, 8).unwrap();
    let alm = random_spin_alm(8, 2, 1);
    let e = sht.spin_synthesis(0, &alm, Par::Seq).unwrap_err();
    assert!(e.to_string().contains("spin"), "{e}");
    let e = sht.spin_synthesis(9, &alm, Par::Seq).unwrap_err();
    assert!(e.to_string().contains("lmax"), "{e}");
    let big = Sht::new(Geometry::gauss_legendre(12, 23).unwrap(), 11, 11).unwrap();
    let e = big
        .spin_synthesis(9, &random_spin_alm(11, 9, 1), Par::Seq)
        .unwrap_err();
    assert!(e.to_string().contains("at most 8"), "{e}");
    let other = random_spin_alm(7, 2, 1);
    assert!(sht.spin_synthesis(2, &other, Par::Seq).is_err());
    let mut nan = alm.clone();
    nan.b[(3, 1)].re = f64::NAN;
    let e = sht.spin_synthesis(2, &nan, Par::Seq).unwrap_err();
    assert!(
        e.to_string().to_lowercase().contains("nan") || e.to_string().contains("finite"),
        "{e}"
    );
    let npix = sht.geometry().npix();
    let (q, mut u) = (vec![0.0; npix], vec![0.0; npix]);
    assert!(sht.spin_analysis(2, &q, &u[..npix - 1], Par::Seq).is_err());
    u[5] = f64::INFINITY;
    let e = sht.spin_analysis(2, &q, &u, Par::Seq).unwrap_err();
    assert!(e.to_string().contains("U map"), "{e}");
    let small = Sht::new(Geometry::gauss_legendre(5, 9).unwrap(), 8, 8).unwrap();
    assert!(small
        .spin_analysis(2, &vec![0.0; 45], &vec![0.0; 45], Par::Seq)
        .is_err());
}
