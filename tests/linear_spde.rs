//! Linear SPDE forward processes dX = −A X dt + √β dW^Q, A = g(−Δ) (docs/mathematics.md §4.2).

mod common;

use sphfield::ou::{gaussian_kl, Generator, LinearSpde, OrnsteinUhlenbeck, Schedule};
use sphfield::sampler::{ProbabilityFlow, ReverseMethod, ReverseSde, StepControl};
use sphfield::score::{dsm_pair, EmpiricalPrior, GaussianMixturePrior, GaussianPrior, Score};
use sphfield::spectrum::{AngularSpectrum, SpectrumModel, WhittleMatern};
use sphfield::{kl::KlSampler, Alm, Par};

fn wm(lmax: usize, kappa: f64) -> AngularSpectrum {
    WhittleMatern::spde(1.0, kappa, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap()
}

/// A fingerprint of the exact bits of a field.
fn bits(a: &Alm) -> u64 {
    a.as_slice().iter().fold(0u64, |h, c| {
        (h.rotate_left(7) ^ c.re.to_bits()).wrapping_mul(0x100000001b3) ^ c.im.to_bits()
    })
}

/// Fingerprints of OU outputs (reverse samplers, scores, DSM pairs) computed by sphfield 0.16, before
/// the forward process became a general linear SPDE: the OU case must keep its bits.
fn ou_fingerprints() -> Vec<u64> {
    let lmax = 15;
    let ou = OrnsteinUhlenbeck::new(wm(lmax, 3.0), 1.3).unwrap();
    let data = wm(lmax, 6.0);
    let prior = GaussianPrior::new(ou.clone(), data.clone(), None).unwrap();
    let schedule = Schedule::geometric(1e-3, 8.0, 40).unwrap();
    let mut out = Vec::new();
    for method in [
        ReverseMethod::EulerMaruyama,
        ReverseMethod::ExponentialIntegrator,
    ] {
        let s = ReverseSde::new(schedule.clone(), method).with_final_denoising(true);
        out.push(bits(&s.sample(&prior, 5, 2).unwrap()));
    }
    out.push(bits(
        &ProbabilityFlow::new(schedule).sample(&prior, 5, 2).unwrap(),
    ));
    let training = KlSampler::new(&data, 3).sample_ensemble(0..6, Par::Seq);
    let x = KlSampler::new(&data, 4).sample(0, Par::Seq);
    let mut s = Alm::zeros(lmax, lmax).unwrap();
    let empirical = EmpiricalPrior::new(ou.clone(), &training, Par::Seq).unwrap();
    empirical.score(0.2, &x, &mut s).unwrap();
    out.push(bits(&s));
    let mixture =
        GaussianMixturePrior::new(ou.clone(), &training, wm(lmax, 9.0), Par::Seq).unwrap();
    mixture.score(0.2, &x, &mut s).unwrap();
    out.push(bits(&s));
    let pair = dsm_pair(&ou, &training[1], 0.4, 9, 1, 2).unwrap();
    out.push(bits(&pair.noisy));
    out.push(bits(&pair.target));
    out
}

#[test]
fn ou_outputs_keep_their_bits() {
    // Recorded before the generalisation (commit 617ea31): EM and EI reverse samples with final
    // denoising, a probability-flow sample, empirical and mixture scores, a DSM pair.
    let expected = [
        12208541323152138439,
        13027407307536719937,
        5665985103873197819,
        4299128102254033002,
        17007658616195445264,
        4903176002383982249,
        6279095163599236122,
    ];
    assert_eq!(ou_fingerprints(), expected);
}

/// The drifts of the linear-SPDE companion paper's examples, at band limit `lmax`: heat,
/// fractional Matérn type, biharmonic, and a table with a Brownian degree.
fn drifts(lmax: usize) -> Vec<(&'static str, Generator)> {
    vec![
        ("heat", Generator::heat(0.05).unwrap()),
        ("matern", Generator::matern(0.3, 2.0, 0.75).unwrap()),
        ("biharmonic", Generator::biharmonic(1e-3).unwrap()),
        (
            "table",
            Generator::table(
                (0..=lmax)
                    .map(|l| if l == 3 { 0.0 } else { 0.1 * l as f64 + 0.2 })
                    .collect(),
            )
            .unwrap(),
        ),
    ]
}

/// log of the density of N(μ, diag V_ℓ) in healpy storage (Re a_l0 variance V_l; Re, Im of
/// a_lm, m > 0, variance V_l/2 each), up to a constant.
fn gaussian_log_density(x: &Alm, mu: &Alm, var: &[f64]) -> f64 {
    let mut s = 0.0;
    for m in 0..=x.mmax() {
        for (l, (v, c)) in (m..=x.lmax()).zip(x.m_slice(m).iter().zip(mu.m_slice(m))) {
            let d = v - c;
            s -= if m == 0 {
                d.re * d.re / (2.0 * var[l])
            } else {
                (d.re * d.re + d.im * d.im) / var[l]
            };
        }
    }
    s
}

fn log_sum_exp(e: &[f64]) -> f64 {
    let max = e.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    max + e.iter().map(|v| (v - max).exp()).sum::<f64>().ln()
}

#[test]
fn linear_spde_scores_match_finite_differences_of_the_exact_log_density() {
    // ⟨s(t,x), h⟩_CM = d/dε log p_t(x + εh) for the Gaussian prior (p_t = N(a m, a²Σ + vC) per
    // degree) and the empirical prior (p_t = mean of N(a x_i, vC)), with per-degree a_ℓ, v_ℓ.
    let lmax = 10;
    let q = wm(lmax, 3.0);
    let mean = common::random_alm(lmax, lmax, 9);
    let x = common::random_alm(lmax, lmax, 10);
    let h = common::random_alm(lmax, lmax, 11);
    let data: Vec<Alm> = (0..4)
        .map(|i| common::random_alm(lmax, lmax, 20 + i))
        .collect();
    for (name, generator) in drifts(lmax) {
        let sde = LinearSpde::with_generator(q.clone(), 0.7, generator).unwrap();
        let prior = GaussianPrior::new(sde.clone(), wm(lmax, 6.0), Some(mean.clone())).unwrap();
        let empirical = EmpiricalPrior::new(sde.clone(), &data, Par::Seq).unwrap();
        for t in [0.01, 0.3, 2.0] {
            let f = sde.transition_factors(t);
            let shifted = |e: f64| {
                let mut y = x.clone();
                y.axpy(e, &h).unwrap();
                y
            };
            // Gaussian prior.
            let mut mu = mean.clone();
            mu.scale_l(&f.signal).unwrap();
            let var = prior.marginal_variances(t);
            let eps = 1e-5;
            let fd = (gaussian_log_density(&shifted(eps), &mu, &var)
                - gaussian_log_density(&shifted(-eps), &mu, &var))
                / (2.0 * eps);
            let mut s = Alm::zeros(lmax, lmax).unwrap();
            prior.score(t, &x, &mut s).unwrap();
            let cm = sde.cm_inner(&s, &h).unwrap();
            assert!(
                (fd - cm).abs() < 1e-6 * cm.abs().max(1.0),
                "{name} Gaussian t={t}: {fd} vs {cm}"
            );
            // Empirical prior.
            let noise: Vec<f64> = f
                .noise_variance
                .iter()
                .zip(q.values())
                .map(|(v, c)| v * c)
                .collect();
            let log_p = |y: &Alm| {
                let e: Vec<f64> = data
                    .iter()
                    .map(|xi| {
                        let mut c = xi.clone();
                        c.scale_l(&f.signal).unwrap();
                        gaussian_log_density(y, &c, &noise)
                    })
                    .collect();
                log_sum_exp(&e)
            };
            let eps = 1e-6;
            let fd = (log_p(&shifted(eps)) - log_p(&shifted(-eps))) / (2.0 * eps);
            empirical.score(t, &x, &mut s).unwrap();
            let cm = sde.cm_inner(&s, &h).unwrap();
            // Rounding of log p values of size ‖x‖²/v (≤ 1e4) over ε: ~2e-6 relative.
            assert!(
                (fd - cm).abs() < 1e-5 * cm.abs().max(1.0),
                "{name} empirical t={t}: {fd} vs {cm}"
            );
        }
    }
}

#[test]
fn transition_moments_are_exact_z_test() {
    // X_t | X_0 ~ N(a_ℓ X_0, v_ℓ C_ℓ): standardised residuals per real component have E r² = 1,
    // Var r² = 2; pooled over components and 40 draws, z = (Σr² − n)/√(2n), |z| < 5.
    let lmax = 16;
    let q = wm(lmax, 3.0);
    let x0 = common::random_alm(lmax, lmax, 1);
    for (name, generator) in drifts(lmax) {
        let sde = LinearSpde::with_generator(q.clone(), 1.3, generator).unwrap();
        for t in [1e-3, 0.2, 5.0] {
            let f = sde.transition_factors(t);
            let (mut sum, mut n) = (0.0, 0.0);
            for member in 0..40 {
                let xt = sde.sample_transition(&x0, t, 77, member, Par::Seq).unwrap();
                for m in 0..=lmax {
                    for (l, (a, b)) in (m..=lmax).zip(xt.m_slice(m).iter().zip(x0.m_slice(m))) {
                        let sd = (f.noise_variance[l] * q.values()[l]).sqrt();
                        let r = (a - b * f.signal[l]) / sd;
                        if m == 0 {
                            sum += r.re * r.re;
                            n += 1.0;
                        } else {
                            // Re and Im each carry variance 1/2 of v C.
                            sum += 2.0 * (r.re * r.re + r.im * r.im);
                            n += 2.0;
                        }
                    }
                }
            }
            let z = (sum - n) / (2.0 * n).sqrt();
            assert!(z.abs() < 5.0, "{name} t={t}: z = {z}");
        }
    }
}

#[test]
fn per_degree_factors_are_accurate_at_tiny_times_and_brownian_degrees() {
    let q = wm(8, 3.0);
    let beta = 0.7;
    let sde = LinearSpde::with_generator(q.clone(), beta, Generator::heat(0.5).unwrap()).unwrap();
    // λ_0 = 0: Brownian motion, v = βt, a = 1; no invariant law.
    assert_eq!(sde.rates()[0], 0.0);
    assert_eq!(sde.signal(0, 3.0), 1.0);
    assert_eq!(sde.noise_variance(0, 3.0), beta * 3.0);
    assert!(sde.stationary_spectrum().is_err());
    // v_ℓ(t) = βt(1 − λt + (2/3)(λt)² − …): full relative precision at t = 1e-12.
    let t = 1e-12;
    for l in 1..=8 {
        let lam = sde.rates()[l];
        let series = beta * t * (1.0 - lam * t + 2.0 / 3.0 * (lam * t).powi(2));
        let v = sde.noise_variance(l, t);
        assert!((v - series).abs() <= 2.0 * f64::EPSILON * series, "l={l}");
    }
    // Large t: v → β/(2λ) (the invariant variance) where λ > 0.
    for l in 1..=8 {
        let v = sde.noise_variance(l, 1e3);
        assert!((v - beta / (2.0 * sde.rates()[l])).abs() < 1e-15, "l={l}");
    }
    // The invariant law of a drift with every λ > 0 has zero KL divergence from itself.
    let m = LinearSpde::with_generator(q, beta, Generator::matern(1.0, 1.0, 1.5).unwrap()).unwrap();
    let stationary = m.stationary_spectrum().unwrap();
    assert!(gaussian_kl(&m, None, &stationary).unwrap().abs() < 1e-12);
}

#[test]
fn constant_rate_table_reproduces_ou_bit_for_bit() {
    // A table of β/2 at every degree is the OU process: same samples, scores and pairs.
    let lmax = 12;
    let beta = 1.3;
    let q = wm(lmax, 3.0);
    let ou = OrnsteinUhlenbeck::new(q.clone(), beta).unwrap();
    let table = LinearSpde::with_generator(
        q.clone(),
        beta,
        Generator::table(vec![beta / 2.0; lmax + 1]).unwrap(),
    )
    .unwrap();
    let data = wm(lmax, 6.0);
    let training = KlSampler::new(&data, 3).sample_ensemble(0..5, Par::Seq);
    let schedule = Schedule::geometric(1e-3, 8.0, 30).unwrap();
    let run = |sde: &LinearSpde| {
        let prior = GaussianPrior::new(sde.clone(), data.clone(), None).unwrap();
        let empirical = EmpiricalPrior::new(sde.clone(), &training, Par::Seq).unwrap();
        let mut out = Vec::new();
        for method in [
            ReverseMethod::EulerMaruyama,
            ReverseMethod::ExponentialIntegrator,
            ReverseMethod::ExponentialHeun,
        ] {
            out.push(bits(
                &ReverseSde::new(schedule.clone(), method)
                    .sample(&prior, 5, 1)
                    .unwrap(),
            ));
        }
        out.push(bits(
            &ProbabilityFlow::new(schedule.clone())
                .sample(&empirical, 5, 1)
                .unwrap(),
        ));
        let pair = dsm_pair(sde, &training[0], 0.4, 9, 0, 0).unwrap();
        out.push(bits(&pair.target));
        out
    };
    assert_eq!(run(&ou), run(&table));
}

#[test]
fn reverse_sampler_output_law_matches_samples_chi_square() {
    // The exact output law of the sampler (its variance recursion) against 300 actual samples:
    // Σ |y_ℓm|²/P_ℓ over members and real components is χ² with n degrees of freedom.
    let lmax = 12;
    let q = wm(lmax, 3.0);
    let sde =
        LinearSpde::with_generator(q, 1.0, Generator::matern(0.3, 2.0, 0.75).unwrap()).unwrap();
    let prior = GaussianPrior::new(sde, wm(lmax, 6.0), None).unwrap();
    let schedule = Schedule::geometric(1e-3, 10.0, 60).unwrap();
    for method in [ReverseMethod::Ancestral, ReverseMethod::ExponentialHeun] {
        let sampler = ReverseSde::new(schedule.clone(), method);
        let law = sampler.gaussian_output_spectrum(&prior).unwrap();
        let samples = sampler
            .sample_batch(&prior, 11, 0..300, Par::threads(2))
            .unwrap();
        let (mut sum, mut n) = (0.0, 0.0);
        for y in &samples {
            for m in 0..=lmax {
                for (l, c) in (m..=lmax).zip(y.m_slice(m)) {
                    let p = law.values()[l];
                    if m == 0 {
                        sum += c.re * c.re / p;
                        n += 1.0;
                    } else {
                        sum += 2.0 * (c.re * c.re + c.im * c.im) / p;
                        n += 2.0;
                    }
                }
            }
        }
        let z = (sum - n) / (2.0 * n).sqrt();
        assert!(z.abs() < 5.0, "{method:?}: z = {z}");
    }
    // The score-form exponential integrator is unstable for this drift (λ_12·h up to 10): refused.
    let ei = ReverseSde::new(schedule, ReverseMethod::ExponentialIntegrator);
    let err = ei.sample(&prior, 11, 0).unwrap_err().to_string();
    assert!(err.contains("exponential Heun"), "{err}");
}

#[test]
fn exponential_heun_meets_the_default_accuracy_and_is_second_order() {
    // The command line's defaults (geometric schedule, t0 = 1e-4, T = 10, 200 steps): every
    // degree's output variance within 0.5 % of the data spectrum Σ, exactly (no sampling noise);
    // the first-order exponential integrator is off by more than 2 %; the exponential Heun bias
    // falls as steps⁻².
    let lmax = 63;
    let q = wm(lmax, 15.0);
    let data = wm(lmax, 8.0);
    let prior =
        GaussianPrior::new(OrnsteinUhlenbeck::new(q, 1.0).unwrap(), data.clone(), None).unwrap();
    let worst = |method, steps| {
        let s = ReverseSde::new(Schedule::geometric(1e-4, 10.0, steps).unwrap(), method);
        let out = s.gaussian_output_spectrum(&prior).unwrap();
        out.values()
            .iter()
            .zip(data.values())
            .map(|(o, s)| (o / s - 1.0).abs())
            .fold(0.0, f64::max)
    };
    let eh = worst(ReverseMethod::ExponentialHeun, 200);
    assert!(eh < 5e-3, "exponential Heun at 200 steps: {eh}");
    let ei = worst(ReverseMethod::ExponentialIntegrator, 200);
    assert!(ei > 2e-2, "exponential integrator at 200 steps: {ei}");
    // Order: discretisation bias against the 12800-step result.
    let limit = ReverseSde::new(
        Schedule::geometric(1e-4, 10.0, 12800).unwrap(),
        ReverseMethod::ExponentialHeun,
    )
    .gaussian_output_spectrum(&prior)
    .unwrap();
    let bias = |steps| {
        let s = ReverseSde::new(
            Schedule::geometric(1e-4, 10.0, steps).unwrap(),
            ReverseMethod::ExponentialHeun,
        );
        let out = s.gaussian_output_spectrum(&prior).unwrap();
        out.values()
            .iter()
            .zip(limit.values())
            .map(|(o, s)| (o / s - 1.0).abs())
            .fold(0.0, f64::max)
    };
    // In the asymptotic range (800 → 1600 steps; the 12800-step reference adds ~1.6 % of the
    // 1600-step bias): observed order log2(bias ratio) within 0.1 of 2.
    let order = (bias(800) / bias(1600)).log2();
    assert!((order - 2.0).abs() < 0.1, "observed order {order}");
}

#[test]
fn step_control_samples_have_the_data_law_chi_square() {
    // Step-size control at tolerance 1e-3 on the Gaussian prior: 300 samples against the exact
    // law of X_t0 (pooled χ², |z| < 5), reproducible bit for bit.
    let lmax = 12;
    let sde = LinearSpde::with_generator(
        wm(lmax, 3.0),
        1.0,
        Generator::matern(0.1, 1.0, 1.0).unwrap(),
    )
    .unwrap();
    let prior = GaussianPrior::new(sde, wm(lmax, 6.0), None).unwrap();
    let t0 = 1e-3;
    let sampler = ReverseSde::new(
        Schedule::geometric(t0, 10.0, 20).unwrap(),
        ReverseMethod::ExponentialHeun,
    )
    .with_step_control(StepControl::new(1e-3).unwrap());
    let samples = sampler
        .sample_batch(&prior, 4, 0..300, Par::threads(2))
        .unwrap();
    let again = sampler.sample(&prior, 4, 17).unwrap();
    assert_eq!(bits(&again), bits(&samples[17]));
    let law = prior.marginal_variances(t0);
    let (mut sum, mut n) = (0.0, 0.0);
    for y in &samples {
        for m in 0..=lmax {
            for (l, c) in (m..=lmax).zip(y.m_slice(m)) {
                if m == 0 {
                    sum += c.re * c.re / law[l];
                    n += 1.0;
                } else {
                    sum += 2.0 * (c.re * c.re + c.im * c.im) / law[l];
                    n += 2.0;
                }
            }
        }
    }
    let z = (sum - n) / (2.0 * n).sqrt();
    assert!(z.abs() < 5.0, "z = {z}");
    assert!(StepControl::new(0.0).is_err() && StepControl::new(1.5).is_err());
}
