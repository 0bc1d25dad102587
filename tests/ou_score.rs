//! Forward OU process, scores and reverse samplers: docs/mathematics.md §8 items 16–18, 20–24, 26 and the
//! §5.4 reference values. Statistical checks use fixed seeds and 5-sigma thresholds of the exact
//! sampling distribution (or of the sample standard deviation where stated).

mod common;

use num_complex::Complex64;
use sphfield::ou::{gaussian_fisher_information, gaussian_kl, OrnsteinUhlenbeck, Schedule};
use sphfield::sampler::{ProbabilityFlow, ReverseMethod, ReverseSde};
use sphfield::score::{EmpiricalPrior, FixedPoint, GaussianPrior, Score};
use sphfield::spectrum::{AngularSpectrum, SpectrumModel, WhittleMatern};
use sphfield::{Alm, Par};

fn wm(lmax: usize, kappa: f64) -> AngularSpectrum {
    WhittleMatern::spde(1.0, kappa, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap()
}

fn process(lmax: usize) -> OrnsteinUhlenbeck {
    OrnsteinUhlenbeck::new(wm(lmax, 3.0), 1.0).unwrap()
}

/// log Σ_i exp(e_i), stably.
fn log_sum_exp(e: &[f64]) -> f64 {
    let max = e.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    max + e.iter().map(|v| (v - max).exp()).sum::<f64>().ln()
}

/// Calls f(l, m, value) for every stored coefficient.
fn each(a: &Alm, mut f: impl FnMut(usize, usize, Complex64)) {
    for m in 0..=a.mmax() {
        for (l, v) in (m..=a.lmax()).zip(a.m_slice(m)) {
            f(l, m, *v);
        }
    }
}

/// log p_t(x) for X_t ~ N(μ, diag V_l) in healpy storage (real field): Re a_l0 has variance V_l,
/// Re and Im of a_lm (m > 0) have V_l/2 each. Up to a constant.
fn gaussian_log_density(x: &Alm, mu: &Alm, var: &[f64]) -> f64 {
    let mut s = 0.0;
    each(x, |l, m, v| {
        let d = v - mu[(l, m)];
        s -= if m == 0 {
            d.re * d.re / (2.0 * var[l])
        } else {
            (d.re * d.re + d.im * d.im) / var[l]
        };
    });
    s
}

#[test]
fn transition_moments_are_exact() {
    // Item 16: X_t | X_0 ~ N(a_t X_0, v_t Q). Standardised residuals (per real component) have
    // E r² = 1, Var r² = 2: pooled z over all components and draws.
    let lmax = 16;
    let ou = process(lmax);
    let x0 = Alm::random_uniform(lmax, lmax, 3).unwrap();
    let t = 0.7;
    let (a, v) = (ou.signal(0, t), ou.noise_variance(0, t));
    let c = ou.covariance().values().to_vec();
    let (mut sum, mut n) = (0.0, 0.0);
    let mut mean_z = [0.0; 2];
    for d in 0..300u64 {
        let xt = ou.sample_transition(&x0, t, 5, d, Par::Seq).unwrap();
        each(&xt, |l, m, val| {
            let r = val - x0[(l, m)] * a;
            if m == 0 {
                let z = r.re / (v * c[l]).sqrt();
                sum += z * z;
                mean_z[0] += z;
                n += 1.0;
            } else {
                for z in [r.re, r.im].map(|p| p / (v * c[l] / 2.0).sqrt()) {
                    sum += z * z;
                    mean_z[1] += z;
                    n += 1.0;
                }
            }
        });
    }
    let z = (sum - n) / (2.0 * n).sqrt();
    assert!(z.abs() < 5.0, "variance z = {z}");
    let zm = (mean_z[0] + mean_z[1]) / n.sqrt();
    assert!(zm.abs() < 5.0, "mean z = {zm}");
    // Euler–Maruyama's deterministic part (1 − βh/2)^n X_0 converges to a_T X_0 at order 1.
    let zero = Alm::zeros(lmax, lmax).unwrap();
    let err = |steps: usize| {
        let h = t / steps as f64;
        let mut x = x0.clone();
        for _ in 0..steps {
            x = ou.euler_maruyama_step(&x, h, &zero).unwrap();
        }
        let mut exact = x0.clone();
        exact.scale(a);
        x.max_abs_diff(&exact).unwrap()
    };
    let (e1, e2) = (err(100), err(200));
    assert!((e1 / e2 - 2.0).abs() < 0.05, "order: {e1} / {e2}");
    // Paths: exact steps on a schedule reproduce the transition law's scale at the end.
    let path = ou
        .path(
            &x0,
            &Schedule::uniform(0.1, 0.7, 6).unwrap(),
            true,
            1,
            0,
            Par::Seq,
        )
        .unwrap();
    assert_eq!(path.len(), 7);
}

#[test]
fn kl_and_fisher_information_of_gaussian_laws() {
    // docs/mathematics.md §5.4: μ = N(0, WM κ=2), γ_Q = N(0, WM κ=3), α = 2, same τ:
    // I_Q = 18.3294924649847, KL = 5.87483612249551. Truncated at lmax 20000 the tails are
    // ≈ 50/L² and 100/L² (terms ≈ 100/l³, 200/l³), i.e. < 2e-8 relative; tolerance 1e-7.
    let lmax = 20_000;
    let ou = OrnsteinUhlenbeck::new(wm(lmax, 3.0), 1.0).unwrap();
    let sigma = wm(lmax, 2.0);
    let kl = gaussian_kl(&ou, None, &sigma).unwrap();
    let fisher = gaussian_fisher_information(&ou, None, &sigma).unwrap();
    assert!((kl / 5.87483612249551 - 1.0).abs() < 1e-7, "{kl}");
    assert!((fisher / 18.3294924649847 - 1.0).abs() < 1e-7, "{fisher}");
    assert!(kl <= 0.5 * fisher); // Gross's log-Sobolev inequality
    assert_eq!(
        gaussian_fisher_information(&ou, None, ou.covariance()).unwrap(),
        0.0
    );
    // de Bruijn (item 17): d/dt KL(μ_t|γ_Q) = −(β/2) I_Q(μ_t|γ_Q), central differences, small L.
    let ou = OrnsteinUhlenbeck::new(wm(200, 3.0), 1.0).unwrap();
    let prior = GaussianPrior::new(ou.clone(), wm(200, 2.0), None).unwrap();
    let law = |t: f64| AngularSpectrum::new(prior.marginal_variances(t), "μ_t").unwrap();
    let (t, h) = (0.4, 1e-4);
    let dkl = (gaussian_kl(&ou, None, &law(t + h)).unwrap()
        - gaussian_kl(&ou, None, &law(t - h)).unwrap())
        / (2.0 * h);
    let i = gaussian_fisher_information(&ou, None, &law(t)).unwrap();
    assert!((dkl + 0.5 * i).abs() < 1e-6 * i, "{dkl} vs {}", -0.5 * i);
    // KL decays at least like e^{−βt}.
    let kl0 = gaussian_kl(&ou, None, &law(1e-12)).unwrap();
    assert!(gaussian_kl(&ou, None, &law(1.0)).unwrap() <= (-1.0f64).exp() * kl0);
}

#[test]
fn gaussian_score_matches_finite_differences_and_tweedie() {
    // Item 18: ⟨s(t,x), h⟩_CM = d/dε log p_t(x + εh) (central differences, step 1e-5: error
    // O(ε²) on a quadratic log-density is only rounding), and a_t E[X_0|x] = x + v_t s(t,x).
    let lmax = 12;
    let ou = process(lmax);
    let mean = Alm::random_uniform(lmax, lmax, 9).unwrap();
    let prior = GaussianPrior::new(ou.clone(), wm(lmax, 6.0), Some(mean.clone())).unwrap();
    let x = Alm::random_uniform(lmax, lmax, 10).unwrap();
    let h = Alm::random_uniform(lmax, lmax, 11).unwrap();
    for t in [0.01, 0.3, 2.0] {
        let mut s = Alm::zeros(lmax, lmax).unwrap();
        prior.score(t, &x, &mut s).unwrap();
        let mut mu = mean.clone();
        mu.scale(ou.signal(0, t));
        let var = prior.marginal_variances(t);
        let eps = 1e-5;
        let shifted = |e: f64| {
            let mut y = x.clone();
            y.axpy(e, &h).unwrap();
            gaussian_log_density(&y, &mu, &var)
        };
        let fd = (shifted(eps) - shifted(-eps)) / (2.0 * eps);
        let cm = ou.cm_inner(&s, &h).unwrap();
        assert!(
            (fd - cm).abs() < 1e-6 * cm.abs().max(1.0),
            "t={t}: {fd} vs {cm}"
        );
        // Tweedie.
        let mut post = Alm::zeros(lmax, lmax).unwrap();
        prior.posterior_mean(t, &x, &mut post).unwrap();
        post.scale(ou.signal(0, t));
        let mut rhs = x.clone();
        rhs.axpy(ou.noise_variance(0, t), &s).unwrap();
        assert!(
            post.max_abs_diff(&rhs).unwrap() < 1e-12 * rhs.max_abs(),
            "t={t}"
        );
        // The default trait path (via the posterior mean) agrees with the direct formula.
        let mut via_mean = Alm::zeros(lmax, lmax).unwrap();
        FixedPointFree(&prior).score(t, &x, &mut via_mean).unwrap();
        assert!(via_mean.max_abs_diff(&s).unwrap() < 1e-10 * s.max_abs());
    }
}

/// Wraps a score so that `score` goes through the trait's default (posterior mean) path.
struct FixedPointFree<'a>(&'a GaussianPrior);
impl Score for FixedPointFree<'_> {
    fn process(&self) -> &OrnsteinUhlenbeck {
        self.0.process()
    }
    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> sphfield::Result<()> {
        self.0.posterior_mean(t, x, out)
    }
}

#[test]
fn empirical_score_matches_finite_differences_and_limits() {
    // Item 20, band-limited data: log p_t(x) = log Σ_i exp(−‖x − a x_i‖²_CM/(2v)) + const.
    let lmax = 10;
    let ou = process(lmax);
    let data: Vec<Alm> = (0..5)
        .map(|i| Alm::random_uniform(lmax, lmax, 20 + i).unwrap())
        .collect();
    let prior = EmpiricalPrior::new(ou.clone(), &data, Par::threads(2)).unwrap();
    let h = Alm::random_uniform(lmax, lmax, 30).unwrap();
    let x = Alm::random_uniform(lmax, lmax, 31).unwrap();
    let log_p = |t: f64, y: &Alm| {
        let (a, v) = (ou.signal(0, t), ou.noise_variance(0, t));
        let e: Vec<f64> = data
            .iter()
            .map(|xi| {
                let mut d = y.clone();
                d.axpy(-a, xi).unwrap();
                -ou.cm_norm2(&d).unwrap() / (2.0 * v)
            })
            .collect();
        log_sum_exp(&e)
    };
    for t in [0.05, 0.5, 3.0] {
        let mut s = Alm::zeros(lmax, lmax).unwrap();
        prior.score(t, &x, &mut s).unwrap();
        let eps = 1e-6;
        let mut plus = x.clone();
        plus.axpy(eps, &h).unwrap();
        let mut minus = x.clone();
        minus.axpy(-eps, &h).unwrap();
        let fd = (log_p(t, &plus) - log_p(t, &minus)) / (2.0 * eps);
        let cm = ou.cm_inner(&s, &h).unwrap();
        // log p is smooth with curvature ~‖h‖²_CM/v: central differences err by O(ε²·|∂³|) plus
        // rounding of log p values of size ‖x‖²_CM/v ~ 1e4 (ε_machine·1e4/ε ≈ 2e-6 relative).
        assert!(
            (fd - cm).abs() < 1e-5 * cm.abs().max(1.0),
            "t={t}: {fd} vs {cm}"
        );
    }
    // Limits: t → ∞ weights → 1/N and s + x → 0; t → 0 the nearest datum in CM norm wins.
    // At t = 80 the logits are a_t⟨·,·⟩_CM with a_t = e^{−40} ≈ 4e-18 and CM products ≲ 1e6 here,
    // so the weights differ from 1/N by < 1e-11.
    let w = prior.weights(80.0, &x).unwrap();
    assert!(w.iter().all(|w| (w - 0.2).abs() < 1e-11), "{w:?}");
    let mut s = Alm::zeros(lmax, lmax).unwrap();
    prior.score(80.0, &x, &mut s).unwrap();
    s.axpy(1.0, &x).unwrap();
    assert!(s.max_abs() < 1e-12 * x.max_abs());
    let near = {
        let mut y = data[3].clone();
        y.axpy(1e-3, &h).unwrap();
        y
    };
    let w = prior.weights(1e-3, &near).unwrap();
    assert!(w[3] > 1.0 - 1e-12, "{w:?}");
    // The same weights with 1 thread: bitwise.
    let serial = EmpiricalPrior::new(ou, &data, Par::Seq).unwrap();
    assert_eq!(
        serial.weights(0.5, &x).unwrap(),
        prior.weights(0.5, &x).unwrap()
    );
}

#[test]
fn stein_identity_and_dsm_optimum() {
    // Item 21: E⟨s(t, X_t), X_t⟩_H = −tr Q; for Gaussian data ⟨s, X⟩ = −Σ_l C_l χ²_{2l+1}, so the
    // variance is Σ_l 2(2l+1)C_l². Item 22: E‖s + Z/√v‖²_H = tr Q/v − Σ_l (2l+1)C_l²/V_l.
    let lmax = 20;
    let ou = process(lmax);
    let prior = GaussianPrior::new(ou.clone(), wm(lmax, 5.0), None).unwrap();
    let t = 0.3;
    let c = ou.covariance().values().to_vec();
    let var_t = prior.marginal_variances(t);
    let trace_q: f64 = c
        .iter()
        .enumerate()
        .map(|(l, c)| (2 * l + 1) as f64 * c)
        .sum();
    let stein_var: f64 = c
        .iter()
        .enumerate()
        .map(|(l, c)| 2.0 * (2 * l + 1) as f64 * c * c)
        .sum();
    let x0_law = sphfield::kl::KlSampler::new(prior.sigma(), 3);
    let draws = 2000u64;
    let (mut stein, mut dsm) = (0.0, 0.0);
    let mut s = Alm::zeros(lmax, lmax).unwrap();
    for d in 0..draws {
        let x0 = x0_law.sample(d, Par::Seq);
        let z = ou.noise(4, d, 0, lmax, Par::Seq).unwrap();
        let xt = ou.transition(&x0, t, &z).unwrap();
        prior.score(t, &xt, &mut s).unwrap();
        stein += s.dot(&xt).unwrap();
        let mut r = s.clone();
        r.axpy(1.0 / ou.noise_variance(0, t).sqrt(), &z).unwrap();
        dsm += r.dot(&r).unwrap();
    }
    let n = draws as f64;
    let z = (stein / n + trace_q) / (stein_var / n).sqrt();
    assert!(z.abs() < 5.0, "Stein z = {z}");
    let optimum: f64 = trace_q / ou.noise_variance(0, t)
        - (0..=lmax)
            .map(|l| (2 * l + 1) as f64 * c[l] * c[l] / var_t[l])
            .sum::<f64>();
    // The DSM residual per draw is a sum of scaled χ² terms; its spread is estimated from the
    // closed form of the per-mode variances (independent modes): Var = Σ_k 2·(c_k/v − c_k²/V_k)².
    let dsm_var: f64 = (0..=lmax)
        .map(|l| {
            let per_mode = c[l] / ou.noise_variance(0, t) - c[l] * c[l] / var_t[l];
            2.0 * (2 * l + 1) as f64 * per_mode * per_mode
        })
        .sum();
    let z = (dsm / n - optimum) / (dsm_var / n).sqrt();
    assert!(z.abs() < 5.0, "DSM z = {z} ({} vs {optimum})", dsm / n);
}

#[test]
fn probability_flow_reproduces_the_affine_gaussian_map() {
    // Item 23: for Gaussian data the flow is affine per mode:
    // x(t0) − a_{t0} m = √(V(t0)/V(T)) (x(T) − a_T m). Heun is second order: the error must fall
    // by ≈ 4 per halving of the (geometric) step, and be small at 1600 steps.
    let lmax = 12;
    let ou = process(lmax);
    let mean = Alm::random_uniform(lmax, lmax, 40).unwrap();
    let prior = GaussianPrior::new(ou.clone(), wm(lmax, 6.0), Some(mean.clone())).unwrap();
    let x_end = Alm::random_uniform(lmax, lmax, 41).unwrap();
    let (v0, v1) = (
        prior.marginal_variances(0.01),
        prior.marginal_variances(5.0),
    );
    let (a0, a1) = (ou.signal(0, 0.01), ou.signal(0, 5.0));
    let error = |steps: usize| {
        let schedule = Schedule::geometric(0.01, 5.0, steps).unwrap();
        let x0 = ProbabilityFlow::new(schedule)
            .transport(&prior, &x_end)
            .unwrap();
        let mut worst = 0.0f64;
        each(&x0, |l, m, v| {
            let expected =
                mean[(l, m)] * a0 + (x_end[(l, m)] - mean[(l, m)] * a1) * (v0[l] / v1[l]).sqrt();
            worst = worst.max((v - expected).norm() / expected.norm().max(1e-3));
        });
        worst
    };
    let (e400, e800, e1600) = (error(400), error(800), error(1600));
    for ratio in [e400 / e800, e800 / e1600] {
        assert!(ratio > 3.5 && ratio < 4.5, "convergence ratio {ratio}");
    }
    assert!(e1600 < 1e-4, "{e1600}");
}

#[test]
fn exponential_integrator_variance_follows_its_recursion() {
    // Item 24: with the exact Gaussian score (zero mean) each mode evolves linearly,
    // Y' = e Y + 2(e − 1)(−C/V(t_k)) Y + √(e^{βh} − 1) ξ, so Var' = (e − 2(e−1)C/V_k)² Var + (e^{βh}−1)C
    // from Var = C at T. Compare sample variances (pooled per degree) with the recursion: z-test
    // on the χ²-distributed sums.
    let lmax = 6;
    let ou = process(lmax);
    let prior = GaussianPrior::new(ou.clone(), wm(lmax, 5.0), None).unwrap();
    let schedule = Schedule::geometric(0.02, 6.0, 60).unwrap();
    let times = schedule.times().to_vec();
    let c = ou.covariance().values().to_vec();
    let mut var = c.clone();
    for k in (1..times.len()).rev() {
        let h = times[k] - times[k - 1];
        let e = (0.5 * h).exp();
        let vk = prior.marginal_variances(times[k]);
        for l in 0..=lmax {
            let g = e - 2.0 * (e - 1.0) * c[l] / vk[l];
            var[l] = g * g * var[l] + h.exp_m1() * c[l];
        }
    }
    let sde = ReverseSde::new(schedule, ReverseMethod::ExponentialIntegrator);
    let draws = 400u64;
    let samples = sde
        .sample_batch(&prior, 9, 0..draws, Par::threads(2))
        .unwrap();
    let mut chi = vec![0.0; lmax + 1];
    for y in &samples {
        each(y, |l, m, v| {
            chi[l] += if m == 0 {
                v.re * v.re
            } else {
                2.0 * v.norm_sqr()
            } / var[l];
        });
    }
    common::assert_chi_square_per_degree(&chi, draws, "degree");
    // The scheme's variance converges to the law at t0, V(t0), at first order in the step:
    // ten times more steps, about ten times less bias.
    let target = prior.marginal_variances(0.02);
    let recursion = |steps: usize| {
        let times = Schedule::geometric(0.02, 6.0, steps)
            .unwrap()
            .times()
            .to_vec();
        let mut var = c.clone();
        for k in (1..times.len()).rev() {
            let h = times[k] - times[k - 1];
            let e = (0.5 * h).exp();
            let vk = prior.marginal_variances(times[k]);
            for l in 0..=lmax {
                let g = e - 2.0 * (e - 1.0) * c[l] / vk[l];
                var[l] = g * g * var[l] + h.exp_m1() * c[l];
            }
        }
        var
    };
    let (coarse, fine) = (recursion(60), recursion(600));
    for l in 0..=lmax {
        let ratio = (coarse[l] / target[l] - 1.0) / (fine[l] / target[l] - 1.0);
        assert!(ratio > 7.0 && ratio < 13.0, "l={l}: bias ratio {ratio}");
    }
    // Reproducible: same seed, same member → same bits, whatever the batch.
    let one = sde.sample(&prior, 9, 5).unwrap();
    assert_eq!(one.as_slice(), samples[5].as_slice());
}

#[test]
fn bad_input_is_refused() {
    let lmax = 8;
    let ou = process(lmax);
    let prior = GaussianPrior::new(ou.clone(), wm(lmax, 5.0), None).unwrap();
    let x = Alm::random_uniform(lmax, lmax, 1).unwrap();
    let mut out = Alm::zeros(lmax, lmax).unwrap();
    for t in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e-320] {
        assert!(prior.score(t, &x, &mut out).is_err(), "t = {t}");
    }
    // Tiny but representable t: v_t = −expm1(−t) keeps full precision, the score is finite.
    prior.score(1e-200, &x, &mut out).unwrap();
    assert!(out
        .as_slice()
        .iter()
        .all(|v| v.re.is_finite() && v.im.is_finite()));
    let mut nan = x.clone();
    nan[(2, 1)].re = f64::NAN;
    assert!(prior.score(0.5, &nan, &mut out).is_err());
    let other = Alm::zeros(lmax + 1, lmax + 1).unwrap();
    assert!(prior.score(0.5, &other, &mut out).is_err());
    assert!(GaussianPrior::new(ou.clone(), wm(lmax + 1, 5.0), None).is_err());
    assert!(EmpiricalPrior::new(ou.clone(), &[], Par::Seq).is_err());
    assert!(EmpiricalPrior::new(ou.clone(), &[other], Par::Seq).is_err());
    assert!(FixedPoint::new(ou.clone(), nan).is_err());
    assert!(OrnsteinUhlenbeck::new(wm(lmax, 3.0), 0.0).is_err());
    assert!(
        OrnsteinUhlenbeck::new(AngularSpectrum::new(vec![1.0, 0.0], "z").unwrap(), 1.0).is_err()
    );
    assert!(Schedule::uniform(0.0, 1.0, 10).is_err());
    assert!(Schedule::from_times(vec![0.1, 0.1]).is_err());
    assert!(Schedule::geometric(0.1, 0.05, 3).is_err());
    assert!(Schedule::uniform(0.1, 1.0, usize::MAX).is_err());
}

#[test]
fn gaussian_mixture_score() {
    // §5.3(iii): N = 1 reduces to the Gaussian prior; the score matches central differences of
    // log p_t = log Σ_i N(x; a m_i, V_t); a tiny Σ approaches the empirical prior.
    use sphfield::score::GaussianMixturePrior;
    let lmax = 10;
    let ou = process(lmax);
    let sigma = wm(lmax, 6.0);
    let means: Vec<Alm> = (0..4)
        .map(|i| Alm::random_uniform(lmax, lmax, 50 + i).unwrap())
        .collect();
    let x = Alm::random_uniform(lmax, lmax, 60).unwrap();
    let t = 0.4;
    let one = GaussianMixturePrior::new(ou.clone(), &means[..1], sigma.clone(), Par::Seq).unwrap();
    let gauss = GaussianPrior::new(ou.clone(), sigma.clone(), Some(means[0].clone())).unwrap();
    let (mut s1, mut s2) = (
        Alm::zeros(lmax, lmax).unwrap(),
        Alm::zeros(lmax, lmax).unwrap(),
    );
    one.score(t, &x, &mut s1).unwrap();
    gauss.score(t, &x, &mut s2).unwrap();
    assert!(s1.max_abs_diff(&s2).unwrap() < 1e-12 * s2.max_abs());
    let mix =
        GaussianMixturePrior::new(ou.clone(), &means, sigma.clone(), Par::threads(2)).unwrap();
    let var = gauss.marginal_variances(t);
    let a = ou.signal(0, t);
    let log_p = |y: &Alm| {
        let e: Vec<f64> = means
            .iter()
            .map(|m| {
                let mut mu = m.clone();
                mu.scale(a);
                gaussian_log_density(y, &mu, &var)
            })
            .collect();
        log_sum_exp(&e)
    };
    let h = Alm::random_uniform(lmax, lmax, 61).unwrap();
    let mut s = Alm::zeros(lmax, lmax).unwrap();
    mix.score(t, &x, &mut s).unwrap();
    let eps = 1e-6;
    let (mut plus, mut minus) = (x.clone(), x.clone());
    plus.axpy(eps, &h).unwrap();
    minus.axpy(-eps, &h).unwrap();
    let fd = (log_p(&plus) - log_p(&minus)) / (2.0 * eps);
    let cm = ou.cm_inner(&s, &h).unwrap();
    assert!((fd - cm).abs() < 1e-5 * cm.abs().max(1.0), "{fd} vs {cm}");
    let w = mix.weights(t, &x).unwrap();
    assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-14);
    // Σ → 0: the empirical prior on the means.
    let tiny = AngularSpectrum::new(vec![1e-30; lmax + 1], "tiny").unwrap();
    let near_dirac = GaussianMixturePrior::new(ou.clone(), &means, tiny, Par::Seq).unwrap();
    let emp = EmpiricalPrior::new(ou, &means, Par::Seq).unwrap();
    near_dirac.score(t, &x, &mut s1).unwrap();
    emp.score(t, &x, &mut s2).unwrap();
    assert!(s1.max_abs_diff(&s2).unwrap() < 1e-9 * s2.max_abs());
}

#[test]
fn dsm_pairs_loss_and_optimum() {
    // Item 22 through the library's DSM functions: the loss of the exact Gaussian score on
    // Gaussian data is an unbiased estimate of the closed-form optimum (z-test with the per-pair
    // variance of the closed form, as in stein_identity_and_dsm_optimum), and a wrong score
    // (the score of γ_Q, s = −x) does worse.
    use sphfield::score::{dsm_loss, dsm_pair, dsm_pairs, gaussian_dsm_optimum};
    let lmax = 16;
    let ou = process(lmax);
    let prior = GaussianPrior::new(ou.clone(), wm(lmax, 5.0), None).unwrap();
    let data: Vec<Alm> =
        sphfield::kl::KlSampler::new(prior.sigma(), 8).sample_ensemble(0..400, Par::threads(2));
    let t = 0.25;
    let loss = dsm_loss(&prior, &data, &[t], 2, Par::threads(2)).unwrap();
    let optimum = gaussian_dsm_optimum(&prior, t);
    let c = ou.covariance().values();
    let var_t = prior.marginal_variances(t);
    let v = ou.noise_variance(0, t);
    let per_pair_var: f64 = (0..=lmax)
        .map(|l| {
            let per_mode = c[l] / v - c[l] * c[l] / var_t[l];
            2.0 * (2 * l + 1) as f64 * per_mode * per_mode
        })
        .sum();
    let z = (loss - optimum) / (per_pair_var / data.len() as f64).sqrt();
    assert!(z.abs() < 5.0, "z = {z}: {loss} vs {optimum}");
    let reference = GaussianPrior::new(ou.clone(), ou.covariance().clone(), None).unwrap();
    let worse = dsm_loss(&reference, &data, &[t], 2, Par::Seq).unwrap();
    assert!(worse > loss + 5.0 * (per_pair_var / data.len() as f64).sqrt());
    // Pairs: target = −(X_t − a x0)/v exactly, reproducible, ordered (field, time).
    let pairs = dsm_pairs(&ou, &data[..3], &[0.1, 0.5], 4, Par::threads(2)).unwrap();
    assert_eq!(pairs.len(), 6);
    let p = dsm_pair(&ou, &data[1], 0.5, 4, 1, 1).unwrap();
    assert_eq!(p, pairs[3]);
    let mut check = p.noisy.clone();
    check.axpy(-ou.signal(0, 0.5), &data[1]).unwrap();
    check.scale(-1.0 / ou.noise_variance(0, 0.5));
    assert!(check.max_abs_diff(&p.target).unwrap() < 1e-12 * p.target.max_abs());
    assert!(dsm_pairs(&ou, &[], &[0.1], 1, Par::Seq).is_err());
}

#[test]
fn empirical_score_matches_a_direct_evaluation_to_1e10() {
    // Item 20 at the 1e-10 level: the batched pairwise-softmax implementation against a direct
    // evaluation of ∇ log p_t: ⟨s, h⟩_CM = Σ_i w_i (−⟨x − a x_i, h⟩_CM)/v with w_i ∝
    // exp(−‖x − a x_i‖²_CM/(2v)), computed per datum with plain CM norms.
    let lmax = 10;
    let ou = process(lmax);
    let data: Vec<Alm> = (0..6)
        .map(|i| Alm::random_uniform(lmax, lmax, 70 + i).unwrap())
        .collect();
    let prior = EmpiricalPrior::new(ou.clone(), &data, Par::threads(2)).unwrap();
    let x = Alm::random_uniform(lmax, lmax, 80).unwrap();
    let h = Alm::random_uniform(lmax, lmax, 81).unwrap();
    for t in [0.2, 1.0, 4.0] {
        let (a, v) = (ou.signal(0, t), ou.noise_variance(0, t));
        let diffs: Vec<Alm> = data
            .iter()
            .map(|xi| {
                let mut d = x.clone();
                d.axpy(-a, xi).unwrap();
                d
            })
            .collect();
        let e: Vec<f64> = diffs
            .iter()
            .map(|d| -ou.cm_norm2(d).unwrap() / (2.0 * v))
            .collect();
        let lse = log_sum_exp(&e);
        let w: Vec<f64> = e.iter().map(|v| (v - lse).exp()).collect();
        let total: f64 = w.iter().sum();
        let direct: f64 = diffs
            .iter()
            .zip(&w)
            .map(|(d, wi)| wi / total * (-ou.cm_inner(d, &h).unwrap() / v))
            .sum();
        let mut s = Alm::zeros(lmax, lmax).unwrap();
        prior.score(t, &x, &mut s).unwrap();
        let cm = ou.cm_inner(&s, &h).unwrap();
        assert!(
            (cm - direct).abs() < 1e-10 * direct.abs(),
            "t={t}: {cm} vs {direct}"
        );
    }
}

#[test]
fn reverse_sde_reproduces_the_data_spectrum() {
    // Item 23 (second half): the reverse SDE with the exact Gaussian score, started from N(0, Q),
    // returns fields whose estimated spectrum follows the law at t0, V_l(t0) = a²Σ_l + v C_l:
    // (2l+1)Ĉ_l/V_l ~ χ²_{2l+1}, summed over draws, per-degree z < 5. The discretisation bias of
    // 400 exponential-integrator steps (≈ 0.5 %) is far below the 5σ band (≥ 8 % at l = 16).
    let lmax = 16;
    let ou = process(lmax);
    let prior = GaussianPrior::new(ou.clone(), wm(lmax, 6.0), None).unwrap();
    let t0 = 1e-3;
    let sde = ReverseSde::new(
        Schedule::geometric(t0, 10.0, 400).unwrap(),
        ReverseMethod::ExponentialIntegrator,
    );
    let draws = 200u64;
    let samples = sde
        .sample_batch(&prior, 21, 0..draws, Par::threads(2))
        .unwrap();
    let target = prior.marginal_variances(t0);
    let mut chi = vec![0.0; lmax + 1];
    for y in &samples {
        let est = sphfield::spectrum::anafast(y).unwrap();
        for l in 0..=lmax {
            chi[l] += (2 * l + 1) as f64 * est.values()[l] / target[l];
        }
    }
    common::assert_chi_square_per_degree(&chi, draws, "degree");
    // The same with the probability-flow ODE (deterministic transport of N(0, Q)).
    let flow = ProbabilityFlow::new(Schedule::geometric(t0, 10.0, 400).unwrap());
    let samples = flow
        .sample_batch(&prior, 22, 0..draws, Par::threads(2))
        .unwrap();
    let mut chi = vec![0.0; lmax + 1];
    for y in &samples {
        let est = sphfield::spectrum::anafast(y).unwrap();
        for l in 0..=lmax {
            chi[l] += (2 * l + 1) as f64 * est.values()[l] / target[l];
        }
    }
    common::assert_chi_square_per_degree(&chi, draws, "PF-ODE");
}

#[test]
fn score_propagation_and_linear_spde_identities() {
    // Item 19: D_H log ρ_t(x) = s + x = a_t E[D_H log ρ_0(X_0) | X_t = x], with
    // D_H log ρ_0(y) = y − QΣ⁻¹(y − m) for Gaussian data (so the conditional expectation is
    // X̂_0 − QΣ⁻¹(X̂_0 − m)).
    let lmax = 12;
    let ou = process(lmax);
    let mean = Alm::random_uniform(lmax, lmax, 90).unwrap();
    let sigma = wm(lmax, 6.0);
    let prior = GaussianPrior::new(ou.clone(), sigma.clone(), Some(mean.clone())).unwrap();
    let x = Alm::random_uniform(lmax, lmax, 91).unwrap();
    let t = 0.6;
    let mut d = Alm::zeros(lmax, lmax).unwrap();
    prior.malliavin_derivative(t, &x, &mut d).unwrap();
    let mut post = Alm::zeros(lmax, lmax).unwrap();
    prior.posterior_mean(t, &x, &mut post).unwrap();
    let c = ou.covariance().values();
    let s = sigma.values();
    let mut rhs = post.clone();
    for m in 0..=lmax {
        for (l, (r, p)) in (m..=lmax).zip(rhs.m_slice_mut(m).iter_mut().zip(post.m_slice(m))) {
            *r = (*p - (*p - mean[(l, m)]) * (c[l] / s[l])) * ou.signal(0, t);
        }
    }
    assert!(d.max_abs_diff(&rhs).unwrap() < 1e-12 * rhs.max_abs().max(1.0));
    // Item 30: fixed start x0 (the linear SPDE of 2508.20316 with S(t) = a_t, γ_t = v_t Q):
    // ⟨s, h⟩_CM = −⟨x − a x0, h⟩_CM / v equals the central difference of log N(x; a x0, v_t Q).
    let x0 = Alm::random_uniform(lmax, lmax, 92).unwrap();
    let fixed = FixedPoint::new(ou.clone(), x0.clone()).unwrap();
    let h = Alm::random_uniform(lmax, lmax, 93).unwrap();
    let mut sf = Alm::zeros(lmax, lmax).unwrap();
    fixed.score(t, &x, &mut sf).unwrap();
    let var: Vec<f64> = c.iter().map(|c| ou.noise_variance(0, t) * c).collect();
    let mut mu = x0.clone();
    mu.scale(ou.signal(0, t));
    let eps = 1e-5;
    let (mut plus, mut minus) = (x.clone(), x.clone());
    plus.axpy(eps, &h).unwrap();
    minus.axpy(-eps, &h).unwrap();
    let fd = (gaussian_log_density(&plus, &mu, &var) - gaussian_log_density(&minus, &mu, &var))
        / (2.0 * eps);
    let cm = ou.cm_inner(&sf, &h).unwrap();
    assert!((fd - cm).abs() < 1e-6 * cm.abs(), "{fd} vs {cm}");
}

#[test]
fn stationary_covariance_stein_for_empirical_data_and_gaussian_ibp() {
    let lmax = 8;
    let ou = process(lmax);
    let c = ou.covariance().values().to_vec();
    let trace_q: f64 = c
        .iter()
        .enumerate()
        .map(|(l, c)| (2 * l + 1) as f64 * c)
        .sum();
    let draws = 4000u64;
    // Item 16 (stationary): X_s ~ γ_Q, X_t = exact step from X_s: Cov(X_s, X_t) = e^{−β|t−s|/2} Q.
    // Per coefficient the products X_s X_t (real parts, m = 0 and l = 2) have mean e^{−h/2} C_2
    // and variance (1 + e^{−h}) C_2².
    let h = 0.4;
    let mut prod = 0.0;
    for d in 0..draws {
        let xs = ou.noise(3, d, 0, lmax, Par::Seq).unwrap();
        let xi = ou.noise(3, d, 1, lmax, Par::Seq).unwrap();
        let xt = ou.exact_step(&xs, h, &xi).unwrap();
        prod += xs[(2, 0)].re * xt[(2, 0)].re;
    }
    let n = draws as f64;
    let mean = (-0.5 * h).exp() * c[2];
    let sd = ((1.0 + (-h).exp()) * c[2] * c[2] / n).sqrt();
    assert!(
        ((prod / n - mean) / sd).abs() < 5.0,
        "{} vs {mean}",
        prod / n
    );
    // Item 21 for empirical data: E⟨s(t, X_t), X_t⟩_H = −tr Q (z on the sample standard error).
    let data: Vec<Alm> = (0..5)
        .map(|i| Alm::random_uniform(lmax, lmax, 100 + i).unwrap())
        .collect();
    let prior = EmpiricalPrior::new(ou.clone(), &data, Par::Seq).unwrap();
    let t = 0.5;
    let mut s = Alm::zeros(lmax, lmax).unwrap();
    let mut v = Vec::new();
    for d in 0..draws {
        let x0 = &data[(d % 5) as usize];
        let xt = ou.sample_transition(x0, t, 6, d, Par::Seq).unwrap();
        prior.score(t, &xt, &mut s).unwrap();
        v.push(s.dot(&xt).unwrap());
    }
    let (m, se) = common::mean_and_se(&v);
    assert!(((m + trace_q) / se).abs() < 5.0, "{m} vs {}", -trace_q);
    // Item 25: Gaussian integration by parts under γ_Q, E[F(x)⟨x, h⟩_CM] = E[⟨DF(x), h⟩] with
    // F(x) = sin(⟨x, g⟩_H): DF = cos(⟨x, g⟩_H) g. z on the sample standard error of the difference.
    let g = Alm::random_uniform(lmax, lmax, 200).unwrap();
    let hh = Alm::random_uniform(lmax, lmax, 201).unwrap();
    let gh = g.dot(&hh).unwrap();
    let mut diffs = Vec::new();
    for d in 0..draws {
        let x = ou.noise(9, d, 0, lmax, Par::Seq).unwrap();
        let xg = x.dot(&g).unwrap();
        diffs.push(xg.sin() * ou.cm_inner(&x, &hh).unwrap() - xg.cos() * gh);
    }
    let (m, se) = common::mean_and_se(&diffs);
    assert!((m / se).abs() < 5.0, "IBP mean difference {m} (se {se})");
}
