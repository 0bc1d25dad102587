//! Winds and polarised skies: Helmholtz identities, kinetic energy and spectra against their
//! sampling laws (z- and χ²-tests at fixed seeds, two-sided 1e-6 levels).

use sphfield::spectrum::{AngularSpectrum, SpectrumModel, WhittleMatern};
use sphfield::vector::{
    CrossSpectra, HelmholtzPotentials, PolarizedSky, PolarizedSpectra, WindField,
};
use sphfield::{Alm, Geometry, Par, Sht};
use statrs::distribution::{ChiSquared, ContinuousCDF, Normal};
use std::f64::consts::PI;

/// Two-sided acceptance band of a χ² statistic with `dof` degrees of freedom at level 1e-6.
fn chi2_band(dof: f64) -> (f64, f64) {
    let c = ChiSquared::new(dof).unwrap();
    (c.inverse_cdf(0.5e-6), c.inverse_cdf(1.0 - 0.5e-6))
}

/// |z| limit of a two-sided normal test at level 1e-6.
fn z_limit() -> f64 {
    Normal::new(0.0, 1.0).unwrap().inverse_cdf(1.0 - 0.5e-6)
}

fn matern(lmax: usize, kappa: f64) -> AngularSpectrum {
    WhittleMatern::with_variance(1.0, kappa, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap()
}

fn wind_spectra(lmax: usize, psi: bool, chi: bool) -> CrossSpectra {
    let s = matern(lmax, 8.0);
    let zero = AngularSpectrum::new(vec![0.0; lmax + 1], "zero").unwrap();
    CrossSpectra::new(
        &[if psi { &s } else { &zero }, if chi { &s } else { &zero }],
        &[],
    )
    .unwrap()
}

#[test]
fn helmholtz_parts_have_no_divergence_or_vorticity() {
    let lmax = 47;
    let sht = Sht::new(
        Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
        lmax,
        lmax,
    )
    .unwrap();
    for (psi, chi) in [(true, false), (false, true), (true, true)] {
        let pot =
            HelmholtzPotentials::sample(&wind_spectra(lmax, psi, chi), 5, 0, Par::Seq).unwrap();
        let wind = WindField::synthesize(&sht, &pot, Par::threads(2)).unwrap();
        let back = WindField::analyze(&sht, &wind, Par::threads(2)).unwrap();
        let scale = pot.psi.max_abs().max(pot.chi.max_abs());
        // The ℓ = 0 coefficients do not enter a wind.
        let mut expect = pot.clone();
        expect.psi[(0, 0)].re = 0.0;
        expect.chi[(0, 0)].re = 0.0;
        let err = back
            .psi
            .max_abs_diff(&expect.psi)
            .unwrap()
            .max(back.chi.max_abs_diff(&expect.chi).unwrap());
        assert!(err < 1e-13 * scale, "round trip {err:e}");
        let div = back.divergence().unwrap().max_abs();
        let vor = back.vorticity().unwrap().max_abs();
        let size = pot
            .vorticity()
            .unwrap()
            .max_abs()
            .max(pot.divergence().unwrap().max_abs());
        if !chi {
            assert!(div < 1e-12 * size, "divergence of a pure-ψ wind {div:e}");
        }
        if !psi {
            assert!(vor < 1e-12 * size, "vorticity of a pure-χ wind {vor:e}");
        }
    }
}

#[test]
fn winds_of_simple_potentials_match_their_derivatives() {
    // ψ = Y₁₀ = √(3/4π) cos θ: u = ∂θψ = −√(3/4π) sin θ, v = 0; χ = Y₁₀: u = 0, v = −∂θχ.
    let lmax = 5;
    let g = Geometry::gauss_legendre(6, 11).unwrap();
    let sht = Sht::new(g.clone(), lmax, lmax).unwrap();
    let mut y10 = Alm::zeros(lmax, lmax).unwrap();
    y10[(1, 0)].re = 1.0;
    let zero = Alm::zeros(lmax, lmax).unwrap();
    let c = (3.0 / (4.0 * PI)).sqrt();
    for (pot, u_of, v_of) in [
        (
            HelmholtzPotentials {
                psi: y10.clone(),
                chi: zero.clone(),
            },
            -c,
            0.0,
        ),
        (
            HelmholtzPotentials {
                psi: zero.clone(),
                chi: y10.clone(),
            },
            0.0,
            c,
        ),
    ] {
        let w = WindField::synthesize(&sht, &pot, Par::Seq).unwrap();
        for r in g.rings() {
            for k in 0..r.nphi {
                let i = r.offset + k;
                assert!((w.u.values()[i] - u_of * r.sin_theta).abs() < 1e-15);
                assert!((w.v.values()[i] - v_of * r.sin_theta).abs() < 1e-15);
            }
        }
    }
}

#[test]
fn kinetic_energy_of_stream_function_fields_has_its_expectation() {
    // Mean of u² + v² over the sphere (exact GL quadrature) = Σ 2 K_ℓ (Parseval), and over
    // members it estimates Σ (2ℓ+1) ℓ(ℓ+1) C_ℓ / 4π with variance Σ 2(2ℓ+1)(ℓ(ℓ+1)C_ℓ/4π)².
    let (lmax, members) = (31usize, 200u64);
    let g = Geometry::gauss_legendre(lmax + 2, 2 * lmax + 4).unwrap();
    let sht = Sht::new(g.clone(), lmax, lmax).unwrap();
    let spectra = wind_spectra(lmax, true, false);
    let cl = spectra.get(0, 0);
    let w = g.pixel_weights();
    let mut total = 0.0;
    for member in 0..members {
        let pot = HelmholtzPotentials::sample(&spectra, 11, member, Par::Seq).unwrap();
        let wind = WindField::synthesize(&sht, &pot, Par::Seq).unwrap();
        let mean_sq: f64 = (0..g.npix())
            .map(|i| w[i] * (wind.u.values()[i].powi(2) + wind.v.values()[i].powi(2)))
            .sum::<f64>()
            / (4.0 * PI);
        let k: f64 = pot.kinetic_energy_spectrum().unwrap().iter().sum();
        assert!(
            (mean_sq - 2.0 * k).abs() < 1e-12 * mean_sq,
            "{mean_sq} vs {}",
            2.0 * k
        );
        total += mean_sq;
    }
    let term = |l: usize| (l * (l + 1)) as f64 * cl[l] / (4.0 * PI);
    let expected: f64 = (0..=lmax).map(|l| (2 * l + 1) as f64 * term(l)).sum();
    let var: f64 = (0..=lmax)
        .map(|l| 2.0 * (2 * l + 1) as f64 * term(l).powi(2))
        .sum();
    let z = (total / members as f64 - expected) / (var / members as f64).sqrt();
    println!("kinetic energy z = {z:.2}");
    assert!(z.abs() < z_limit(), "z = {z}");
}

fn cmb_like(lmax: usize, rho: f64) -> PolarizedSpectra {
    let tt = matern(lmax, 6.0).values().to_vec();
    let ee: Vec<f64> = matern(lmax, 12.0)
        .values()
        .iter()
        .map(|v| 0.1 * v)
        .collect();
    let bb: Vec<f64> = ee.iter().map(|v| 0.05 * v).collect();
    let te = tt
        .iter()
        .zip(&ee)
        .map(|(t, e)| rho * (t * e).sqrt())
        .collect();
    PolarizedSpectra { tt, ee, bb, te }
}

#[test]
fn polarized_spectra_follow_their_sampling_law() {
    // For each ℓ, (2ℓ+1)Ĉ_XX/C_XX ~ χ²_{2ℓ+1} exactly (XX = TT, EE, BB): turned into normal
    // scores, Σ z² over ℓ is χ² with one degree of freedom per ℓ. Ĉ_TE: mean C_TE, variance
    // (C_TT C_EE + C_TE²)/(2ℓ+1), normal for ℓ ≥ 20. The T–E correlation ρ over all degrees:
    // Fisher's atanh(ρ̂) ≈ N(atanh ρ, 1/(n − 3)), n = Σ(2ℓ+1).
    let (lmax, rho) = (200usize, 0.6);
    let spectra = cmb_like(lmax, rho);
    let sky = PolarizedSky::sample(&spectra, 2026, 0, Par::threads(2)).unwrap();
    let est = sky.spectra().unwrap();
    let std_normal = Normal::new(0.0, 1.0).unwrap();
    for (name, c, chat) in [
        ("TT", &spectra.tt, &est.tt),
        ("EE", &spectra.ee, &est.ee),
        ("BB", &spectra.bb, &est.bb),
    ] {
        let mut stat = 0.0;
        for l in 2..=lmax {
            let dof = (2 * l + 1) as f64;
            let p = ChiSquared::new(dof).unwrap().cdf(dof * chat[l] / c[l]);
            let z = std_normal.inverse_cdf(p.clamp(1e-300, 1.0 - 1e-16));
            stat += z * z;
        }
        let (lo, hi) = chi2_band((lmax - 1) as f64);
        println!("{name}: Σz² = {stat:.1} in [{lo:.1}, {hi:.1}]");
        assert!(stat > lo && stat < hi, "{name}: {stat}");
    }
    let mut stat = 0.0;
    for l in 20..=lmax {
        let var = (spectra.tt[l] * spectra.ee[l] + spectra.te[l].powi(2)) / (2 * l + 1) as f64;
        stat += (est.te[l] - spectra.te[l]).powi(2) / var;
    }
    let (lo, hi) = chi2_band((lmax - 19) as f64);
    println!("TE: Σz² = {stat:.1} in [{lo:.1}, {hi:.1}]");
    assert!(stat > lo && stat < hi, "TE: {stat}");
    // Correlation on the whitened coefficients (so that every degree counts equally).
    let (mut te, mut tt, mut ee, mut n) = (0.0, 0.0, 0.0, 0.0);
    for l in 2..=lmax {
        let w = (2 * l + 1) as f64;
        te += w * est.te[l] / (spectra.tt[l] * spectra.ee[l]).sqrt();
        tt += w * est.tt[l] / spectra.tt[l];
        ee += w * est.ee[l] / spectra.ee[l];
        n += w;
    }
    let r = te / (tt * ee).sqrt();
    let z = (r.atanh() - rho.atanh()) * (n - 3.0).sqrt();
    println!("TE correlation {r:.4} (true {rho}), z = {z:.2}");
    assert!(z.abs() < z_limit(), "z = {z}");
    // TB and EB vanish in expectation: variance C_TT C_BB/(2ℓ+1) and C_EE C_BB/(2ℓ+1).
    let (mut tb, mut eb) = (0.0, 0.0);
    for l in 20..=lmax {
        let d = (2 * l + 1) as f64;
        tb += est.tb[l].powi(2) / (spectra.tt[l] * spectra.bb[l] / d);
        eb += est.eb[l].powi(2) / (spectra.ee[l] * spectra.bb[l] / d);
    }
    assert!(tb > lo && tb < hi && eb > lo && eb < hi, "TB {tb}, EB {eb}");
}

#[test]
fn polarized_draws_are_reproducible_and_nested() {
    let lmax = 64;
    let s = cmb_like(lmax, 0.3);
    let a = PolarizedSky::sample(&s, 3, 4, Par::Seq).unwrap();
    let b = PolarizedSky::sample(&s, 3, 4, Par::threads(2)).unwrap();
    assert_eq!(a, b);
    let mut no_b = s.clone();
    no_b.bb.iter_mut().for_each(|v| *v = 0.0);
    let c = PolarizedSky::sample(&no_b, 3, 4, Par::Seq).unwrap();
    assert_eq!(a.t, c.t);
    assert_eq!(a.e, c.e);
    assert_eq!(c.b.max_abs(), 0.0);
    assert_ne!(a, PolarizedSky::sample(&s, 3, 5, Par::Seq).unwrap());
    // Maps and back on a GL grid.
    let sht = Sht::new(
        Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
        lmax,
        lmax,
    )
    .unwrap();
    let [t, q, u] = a.to_maps(&sht, Par::Seq).unwrap();
    let back = PolarizedSky::from_maps(&sht, t.values(), q.values(), u.values(), Par::Seq).unwrap();
    let scale = a.t.max_abs();
    let mut expect = a.clone();
    for l in 0..2 {
        for m in 0..=l {
            expect.e[(l, m)] = num_complex::Complex64::new(0.0, 0.0);
            expect.b[(l, m)] = num_complex::Complex64::new(0.0, 0.0);
        }
    }
    assert!(back.t.max_abs_diff(&expect.t).unwrap() < 1e-12 * scale);
    assert!(back.e.max_abs_diff(&expect.e).unwrap() < 1e-12 * scale);
    assert!(back.b.max_abs_diff(&expect.b).unwrap() < 1e-12 * scale);
}

#[test]
fn camb_tables_are_read_and_checked() {
    let s =
        PolarizedSpectra::from_camb_str("L TT EE BB TE\n2 100 1 0.1 5\n3 90 2 0.1 -6\n", None, "t")
            .unwrap();
    assert_eq!(s.lmax(), 3);
    assert!((s.te[3] + 6.0 * 2.0 * PI / 12.0).abs() < 1e-12);
    assert_eq!(s.tt[1], 0.0);
    let bad = PolarizedSpectra::from_camb_str("2 100 1 0.1 50\n", None, "t").unwrap_err();
    assert!(bad.to_string().contains("positive semi-definite"), "{bad}");
    let bad = PolarizedSpectra::from_camb_str("2 100 1 0.1\n", None, "t").unwrap_err();
    assert!(bad.to_string().contains("5 columns"), "{bad}");
    let bad = PolarizedSpectra::from_camb_str("2 100 1 0.1 1\n4 1 1 1 0\n", None, "t").unwrap_err();
    assert!(bad.to_string().contains("line 2"), "{bad}");
    let bad = PolarizedSpectra::from_camb_str("2 100 1 0.1 1\n", Some(5), "t").unwrap_err();
    assert!(bad.to_string().contains("lmax"), "{bad}");
}

mod tuples {
    use super::*;
    use sphfield::ou::{OrnsteinUhlenbeck, Schedule};
    use sphfield::sampler::{ReverseMethod, ReverseSde};
    use sphfield::score::{EmpiricalPrior, GaussianPrior, Score};
    use sphfield::vector::{BlockGaussianPrior, TuplePacking};

    #[test]
    fn packing_round_trips_and_packs_the_process() {
        let p = TuplePacking::new(12, 3).unwrap();
        assert_eq!(p.packed_lmax(), 38);
        let f: Vec<Alm> = (0..3)
            .map(|k| Alm::random_uniform(12, 12, k).unwrap())
            .collect();
        let packed = p.pack(&[&f[0], &f[1], &f[2]]).unwrap();
        assert_eq!(p.unpack(&packed).unwrap(), f);
        assert_eq!(packed[(13 + 5, 2)], f[1][(5, 2)]);
        let q = matern(12, 4.0);
        let ou = p.process(&q, 1.0).unwrap();
        assert_eq!(ou.covariance().values()[26 + 7], q.values()[7]);
        assert!(p.pack(&[&f[0], &f[1]]).is_err());
        assert!(TuplePacking::new(12, 4).is_err());
    }

    #[test]
    fn block_gaussian_score_solves_the_marginal_covariance() {
        // The score in Cameron–Martin form is Q∇log p_t: (a²C_ℓ + v Q_ℓ I) s = −Q_ℓ x for each
        // (ℓ, m) K-vector; slots holding no field: s = −x/v.
        let lmax = 20;
        let s = cmb_like(lmax, 0.7);
        let q = matern(lmax, 5.0);
        let prior = BlockGaussianPrior::new(s.cross_spectra().unwrap(), &q, 1.3).unwrap();
        let p = prior.packing();
        let lp = p.packed_lmax();
        let x = Alm::random_uniform(lp, lp, 3).unwrap();
        let mut out = Alm::zeros(lp, lp).unwrap();
        for t in [0.01, 0.5, 4.0] {
            prior.score(t, &x, &mut out).unwrap();
            let ou = prior.process();
            let (a, v) = (ou.signal(0, t), ou.noise_variance(0, t));
            let xs = p.unpack(&x).unwrap();
            let ss = p.unpack(&out).unwrap();
            let c = [
                [&s.tt, &s.te, &vec![0.0; lmax + 1]],
                [&s.te, &s.ee, &vec![0.0; lmax + 1]],
                [&vec![0.0; lmax + 1], &vec![0.0; lmax + 1], &s.bb],
            ];
            for m in 0..=lmax {
                for l in m..=lmax {
                    for i in 0..3 {
                        let mut lhs = ss[i][(l, m)] * (v * q.values()[l]);
                        for j in 0..3 {
                            lhs += ss[j][(l, m)] * (a * a * c[i][j][l]);
                        }
                        let err = (lhs + xs[i][(l, m)] * q.values()[l]).norm();
                        let size = xs[i][(l, m)].norm() * q.values()[l];
                        assert!(
                            err < 1e-12 * size.max(1e-300),
                            "t {t} l {l} m {m} i {i}: {err:e}"
                        );
                    }
                }
            }
            // A slot with no field coefficient: packed (ℓ' = 1, m = 1) is field 0's (1, 1),
            // but (ℓ' = 22, m = 5) is field 1's degree 1 < m.
            assert!((out[(22, 5)] + x[(22, 5)] / v).norm() < 1e-14 * x[(22, 5)].norm() / v);
        }
    }

    #[test]
    fn one_field_block_prior_is_the_gaussian_prior() {
        let lmax = 15;
        let (c, q) = (matern(lmax, 7.0), matern(lmax, 3.0));
        let block =
            BlockGaussianPrior::new(CrossSpectra::new(&[&c], &[]).unwrap(), &q, 1.0).unwrap();
        let gauss =
            GaussianPrior::new(OrnsteinUhlenbeck::new(q.clone(), 1.0).unwrap(), c, None).unwrap();
        let x = Alm::random_uniform(lmax, lmax, 9).unwrap();
        let (mut a, mut b) = (
            Alm::zeros(lmax, lmax).unwrap(),
            Alm::zeros(lmax, lmax).unwrap(),
        );
        block.posterior_mean(0.2, &x, &mut a).unwrap();
        gauss.posterior_mean(0.2, &x, &mut b).unwrap();
        assert!(a.max_abs_diff(&b).unwrap() < 1e-15 * b.max_abs());
    }

    #[test]
    fn reverse_diffusion_with_the_empirical_tuple_prior_regenerates_training_skies() {
        // The exact empirical score concentrates on one training tuple as t → 0: at t0 = 1e-4
        // the weights are one-hot and the sample is that tuple plus noise of variance v_t0 Q_ℓ
        // per coefficient: Σ (1 or 2)|Δ_ℓm|² has mean v_t0 Σ(2ℓ+1)Q_ℓ over 169 degrees of
        // freedom per field, so 4 times the mean is far in its tail.
        let lmax = 12;
        let s = cmb_like(lmax, 0.5);
        let p = TuplePacking::new(lmax, 3).unwrap();
        let train: Vec<Alm> = (0..6)
            .map(|k| {
                let sky = PolarizedSky::sample(&s, 1, k, Par::Seq).unwrap();
                p.pack(&[&sky.t, &sky.e, &sky.b]).unwrap()
            })
            .collect();
        let q = AngularSpectrum::new(s.tt.iter().map(|v| v.max(1e-3)).collect(), "noise").unwrap();
        let prior = EmpiricalPrior::new(p.process(&q, 1.0).unwrap(), &train, Par::Seq).unwrap();
        let sde = ReverseSde::new(
            Schedule::geometric(1e-4, 6.0, 400).unwrap(),
            ReverseMethod::ExponentialIntegrator,
        );
        for member in 0..3 {
            let y = sde.sample(&prior, 11, member).unwrap();
            let w = prior.weights(1e-4, &y).unwrap();
            let (best, wmax) =
                w.iter().enumerate().fold(
                    (0, 0.0),
                    |acc, (i, &v)| if v > acc.1 { (i, v) } else { acc },
                );
            assert!(wmax > 0.999, "member {member}: weights {w:?}");
            let fields = p.unpack(&y).unwrap();
            let target = p.unpack(&train[best]).unwrap();
            let v0 = prior.process().noise_variance(0, 1e-4);
            let noise: f64 = (0..=lmax)
                .map(|l| (2 * l + 1) as f64 * q.values()[l])
                .sum::<f64>()
                * v0;
            for (f, t) in fields.iter().zip(&target) {
                let mut d = f.clone();
                d.axpy(-1.0, t).unwrap();
                let dist2 = d.dot(&d).unwrap();
                assert!(
                    dist2 < 4.0 * noise,
                    "member {member}: {dist2:e} vs noise {noise:e}"
                );
            }
        }
    }
}
