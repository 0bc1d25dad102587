//! The reverse-time SDE of a linear forward process, discretised on a [`Schedule`] or with step-size
//! control (docs/mathematics.md §5.5).

use super::coefficients::{DenoiserStep, StepCoefficients};
use super::{batch, gaussian_variances_through};
use crate::alm::Alm;
use crate::error::{param_error, Result};
use crate::ou::{Schedule, MAX_STEPS};
use crate::par::Par;
use crate::score::{GaussianPrior, Score};
use crate::spectrum::AngularSpectrum;

/// Discretisation of the reverse SDE $d\bar Y_r = [\Lambda\bar Y_r + \beta s(T-r,\bar Y_r)]dr + \sqrt\beta\,d\tilde W^Q_r$
/// ($\Lambda = \beta/2$ for OU). With $x = \lambda_\ell h$, $\varphi_1 = (e^x-1)/\lambda$ and ξ ~ N(0, Q). The first two
/// keep the score's form and are unstable when $\lambda_\ell h \gg 1$ (stiff drifts such as heat at
/// high degree); the last two write the score through the denoiser and are stable for any λ:
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReverseMethod {
    /// $Y + h[\Lambda Y + \beta s(t_k, Y)] + \sqrt{\beta h}\,\xi$ (weak order 1).
    EulerMaruyama,
    /// Score frozen over the step, linear part exact (weak order 1):
    /// $Y \leftarrow e^{x}Y + \beta\varphi_1s(t_k,Y) + \sqrt{\beta(e^{2x}-1)/(2\lambda)}\,\xi$
    /// ($e^{\beta h/2}Y + 2(e^{\beta h/2}-1)s + \sqrt{e^{\beta h}-1}\,\xi$ for OU).
    ExponentialIntegrator,
    /// Ancestral step (weak order 1, stable for any stiffness): the denoiser
    /// $D = E[X_0\,|\,X_{t_k} = Y]$ frozen over the step and the rest exact,
    /// $Y \leftarrow \Phi Y + (a_{k-1} - \Phi a_k)D + \sqrt{v_{k-1}v_h/v_k}\,\xi$, $\Phi = e^{-\lambda h}v_{k-1}/v_k$ —
    /// the exact Gaussian bridge from $X_{t_k} = Y$ to $t_{k-1}$ given $X_0 = D$.
    Ancestral,
    /// Two-stage (stochastic Heun, weak order 2; the default): the ancestral step with the step's
    /// noise ξ is a predictor $\tilde Y$; the denoiser is then interpolated linearly in t between
    /// $D_1 = D(t_k, Y)$ and $D_2 = D(t_{k-1}, \tilde Y)$ and the interpolant integrated exactly:
    /// $Y \leftarrow \Phi Y + (G - G_2)D_1 + G_2D_2 + \sqrt{v_{k-1}v_h/v_k}\,\xi$ with $G = a_{k-1} - \Phi a_k$
    /// (docs/mathematics.md §5.5 gives $G_2$). Two denoiser evaluations per step.
    ExponentialHeun,
}

/// Step-size control for the reverse SDE (docs/mathematics.md §5.5): every step computes the
/// ancestral and exponential-Heun results with the same noise; their difference
/// estimates the local error, measured per coefficient against
/// `tolerance` × ($\sqrt{C_\ell}$ + max(|Y|, |Y_new|)) and averaged in the root-mean-square sense. A step with
/// error ≤ 1 is accepted (keeping the Heun result), and the next step is
/// h · min(5, max(0.2, 0.9 · error^(−1/2))). A rejected step is retried, shorter, with fresh
/// noise (the next sub-stream), so a run is reproducible bit for bit from its seed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepControl {
    /// Relative and absolute tolerance (in units of $\sqrt{C_\ell}$), in (0, 1).
    pub tolerance: f64,
}

impl StepControl {
    /// Control with `tolerance` in (0, 1).
    ///
    /// # Errors
    /// `Error::Param` otherwise.
    pub fn new(tolerance: f64) -> Result<StepControl> {
        if !(tolerance > 0.0 && tolerance < 1.0) {
            return Err(param_error(
                "step-control tolerance",
                tolerance,
                "must lie in (0, 1), e.g. 1e-3",
            ));
        }
        Ok(StepControl { tolerance })
    }
}

/// The reverse-time SDE sampler.
///
/// ```
/// use sphfield::ou::{OrnsteinUhlenbeck, Schedule};
/// use sphfield::sampler::{ReverseMethod, ReverseSde};
/// use sphfield::score::GaussianPrior;
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::Par;
/// let q = WhittleMatern::with_variance(1.0, 3.0, 2.0).unwrap().spectrum(15).unwrap();
/// let data = WhittleMatern::with_variance(1.0, 6.0, 2.0).unwrap().spectrum(15).unwrap();
/// let prior = GaussianPrior::new(OrnsteinUhlenbeck::new(q, 1.0).unwrap(), data.clone(), None).unwrap();
/// let sde = ReverseSde::new(Schedule::geometric(1e-3, 10.0, 200).unwrap(), ReverseMethod::ExponentialHeun);
/// let samples = sde.sample_batch(&prior, 7, 0..4, Par::Seq).unwrap();
/// assert_eq!(samples.len(), 4);
/// // The exact law of the output for a Gaussian prior: within 0.5 % of the data spectrum.
/// let out = sde.gaussian_output_spectrum(&prior).unwrap();
/// for (o, s) in out.values().iter().zip(data.values()) {
///     assert!((o / s - 1.0).abs() < 5e-3);
/// }
/// ```
#[derive(Clone, Debug)]
pub struct ReverseSde {
    schedule: Schedule,
    method: ReverseMethod,
    denoise: bool,
    control: Option<StepControl>,
}

/// The field-sized working storage of one run (no allocation per step).
struct Work {
    /// The score or the denoiser at the step's start.
    score: Alm,
    /// The denoiser at the predictor.
    end_score: Alm,
    /// The first-order result (ancestral predictor).
    predictor: Alm,
}

impl Work {
    fn new(lmax: usize, mmax: usize) -> Result<Work> {
        Ok(Work {
            score: Alm::zeros(lmax, mmax)?,
            end_score: Alm::zeros(lmax, mmax)?,
            predictor: Alm::zeros(lmax, mmax)?,
        })
    }
}

fn copy(from: &Alm, to: &mut Alm) {
    to.as_mut_slice().copy_from_slice(from.as_slice());
}

impl ReverseSde {
    /// Sampler on `schedule` with `method`; returns $Y$ at the early-stopping time $t_0$.
    pub fn new(schedule: Schedule, method: ReverseMethod) -> ReverseSde {
        ReverseSde {
            schedule,
            method,
            denoise: false,
            control: None,
        }
    }

    /// Also apply Tweedie's denoiser at $t_0$: return $E[X_0\,|\,X_{t_0} = Y]$ instead of Y.
    pub fn with_final_denoising(mut self, on: bool) -> ReverseSde {
        self.denoise = on;
        self
    }

    /// Step-size control ([`StepControl`]) from T down to $t_0$ of the schedule, starting with the
    /// schedule's last (coarsest) step; the method becomes [`ReverseMethod::ExponentialHeun`].
    pub fn with_step_control(mut self, control: StepControl) -> ReverseSde {
        self.control = Some(control);
        self.method = ReverseMethod::ExponentialHeun;
        self
    }

    /// The method.
    pub fn method(&self) -> ReverseMethod {
        self.method
    }

    /// One step from time t down to `t_prev`: `out` ← the step applied to y with noise ξ; with
    /// the exponential Heun method, `work.predictor` holds the ancestral (first-order) result.
    fn step(
        &self,
        score: &(impl Score + ?Sized),
        (t, t_prev): (f64, f64),
        y: &Alm,
        xi: &Alm,
        out: &mut Alm,
        work: &mut Work,
    ) -> Result<()> {
        let ou = score.process();
        let h = t - t_prev;
        if matches!(
            self.method,
            ReverseMethod::EulerMaruyama | ReverseMethod::ExponentialIntegrator
        ) {
            score.score(t, y, &mut work.score)?;
            let c = match self.method {
                ReverseMethod::EulerMaruyama => StepCoefficients::euler_maruyama(ou, h),
                _ => StepCoefficients::new(ou, h),
            };
            copy(y, out);
            out.scale_l(&c.growth)?;
            out.axpy_l(&c.score, &work.score)?;
            return out.axpy_l(&c.noise, xi);
        }
        let c = DenoiserStep::new(ou, t, t_prev);
        score.posterior_mean(t, y, &mut work.score)?;
        let first = if self.method == ReverseMethod::Ancestral {
            &mut *out
        } else {
            &mut work.predictor
        };
        copy(y, first);
        first.scale_l(&c.propagator)?;
        first.axpy_l(&c.denoiser, &work.score)?;
        first.axpy_l(&c.noise, xi)?;
        if self.method == ReverseMethod::Ancestral {
            return Ok(());
        }
        score.posterior_mean(t_prev, &work.predictor, &mut work.end_score)?;
        let start_weight: Vec<f64> = c
            .denoiser
            .iter()
            .zip(&c.slope)
            .map(|(g, g2)| g - g2)
            .collect();
        copy(y, out);
        out.scale_l(&c.propagator)?;
        out.axpy_l(&start_weight, &work.score)?;
        out.axpy_l(&c.slope, &work.end_score)?;
        out.axpy_l(&c.noise, xi)
    }

    /// The score-form methods multiply deviations from the invariant law by 2 − e^{λh}
    /// (exponential integrator) or 1 − λh (Euler–Maruyama) per step: a run in which these
    /// factors, accumulated over the steps, exceed 10⁶ in some degree (stiff drifts, or far too
    /// few steps) is refused rather than returned a millionfold amplified.
    fn check_stability(&self, process: &crate::ou::LinearSpde) -> Result<()> {
        if !matches!(
            self.method,
            ReverseMethod::EulerMaruyama | ReverseMethod::ExponentialIntegrator
        ) {
            return Ok(());
        }
        let times = self.schedule.times();
        for (l, &rate) in process.rates().iter().enumerate() {
            let mut log_gain = 0.0;
            for w in times.windows(2) {
                let x = rate * (w[1] - w[0]);
                let factor = match self.method {
                    ReverseMethod::EulerMaruyama => (1.0 - x).abs(),
                    _ => (2.0 - x.exp()).abs(),
                };
                log_gain += factor.max(1.0).ln();
            }
            if log_gain > 6.0 * std::f64::consts::LN_10 {
                return Err(param_error(
                    "reverse sampler",
                    format!("{:?} with λ_{l} = {rate:.4}", self.method),
                    format!(
                        "amplifies deviations by e^{log_gain:.0} over this schedule (a stiff drift \
                         or too few steps): use the exponential Heun or ancestral method, stable \
                         for any rate, or more steps"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Sample `member` under `seed` (its start draw and step noises come from streams of
    /// (seed, member, step)), with `mmax` = the score's band limit. The start is the forward
    /// process's invariant law (N(0, Q) for OU; [`LinearSpde::start_factors`]).
    ///
    /// # Errors
    /// Errors of the score evaluations; `Error::Param` if step-size control needs more than
    /// [`MAX_STEPS`] attempts.
    pub fn sample(&self, score: &(impl Score + ?Sized), seed: u64, member: u64) -> Result<Alm> {
        let ou = score.process();
        self.check_stability(ou)?;
        let (lmax, mmax) = (ou.lmax(), ou.lmax());
        let times = self.schedule.times();
        // Start: sub-stream 0; the k-th step (or attempt) uses sub-stream k. One sampler and one
        // noise buffer serve all steps.
        let (mut noise, mut y) = ou.reverse_start(seed, member, self.schedule.end())?;
        let mut next = Alm::zeros(lmax, mmax)?;
        let mut xi = Alm::zeros(lmax, mmax)?;
        let mut work = Work::new(lmax, mmax)?;
        match self.control {
            None => {
                let n = times.len() - 1;
                for k in (1..=n).rev() {
                    noise.set_sub((n - k + 1) as u64);
                    noise.sample_into(member, &mut xi, Par::Seq)?;
                    self.step(
                        score,
                        (times[k], times[k - 1]),
                        &y,
                        &xi,
                        &mut next,
                        &mut work,
                    )?;
                    std::mem::swap(&mut y, &mut next);
                }
            }
            Some(control) => {
                let n = times.len() - 1;
                let mut h = times[n] - times[n - 1];
                let mut t = times[n];
                let scale: Vec<f64> = ou.covariance().values().iter().map(|c| c.sqrt()).collect();
                let mut attempt = 0u64;
                while t > times[0] {
                    attempt += 1;
                    if attempt > MAX_STEPS as u64 {
                        return Err(param_error(
                            "step-control tolerance",
                            control.tolerance,
                            format!("needs more than {MAX_STEPS} steps: use a larger tolerance"),
                        ));
                    }
                    let t_prev = (t - h).max(times[0]);
                    noise.set_sub(attempt);
                    noise.sample_into(member, &mut xi, Par::Seq)?;
                    self.step(score, (t, t_prev), &y, &xi, &mut next, &mut work)?;
                    let error = step_error(&y, &next, &work.predictor, &scale, control.tolerance);
                    if !error.is_finite() {
                        return Err(param_error(
                            "step-size control",
                            format!("the step from t = {t} to {t_prev}"),
                            "diverged (a non-finite error estimate): check the score",
                        ));
                    }
                    let used = t - t_prev;
                    if error <= 1.0 {
                        std::mem::swap(&mut y, &mut next);
                        t = t_prev;
                    }
                    h = used * (0.9 * error.max(1e-12).powf(-0.5)).clamp(0.2, 5.0);
                }
            }
        }
        if self.denoise {
            score.posterior_mean(times[0], &y, &mut work.score)?;
            return Ok(work.score);
        }
        Ok(y)
    }

    /// Members `members` in parallel (each identical to [`ReverseSde::sample`] of that member).
    ///
    /// # Errors
    /// The first error of any member.
    pub fn sample_batch(
        &self,
        score: &(impl Score + ?Sized),
        seed: u64,
        members: std::ops::Range<u64>,
        par: Par,
    ) -> Result<Vec<Alm>> {
        batch(members, par, |k| self.sample(score, seed, k))
    }

    /// The exact per-degree variance of this sampler's output for a zero-mean Gaussian prior
    /// (docs/mathematics.md §5.5): every step is linear, $Y_{\rm new} = A_\ell Y + B_\ell\xi$, so the
    /// variance follows $P \leftarrow A_\ell^2P + B_\ell^2C_\ell$ from the start law, with $A_\ell$ and $B_\ell$
    /// read off the sampler's own step. Compare with the data spectrum Σ to see the
    /// discretisation bias without sampling noise.
    ///
    /// # Errors
    /// `Error::Param` for a prior with a mean, or with step-size control (its steps are random).
    pub fn gaussian_output_spectrum(&self, prior: &GaussianPrior) -> Result<AngularSpectrum> {
        if self.control.is_some() {
            return Err(param_error(
                "sampler",
                "step-size control",
                "has random steps: its output law has no closed form",
            ));
        }
        prior.check_zero_mean()?;
        let ou = prior.process();
        self.check_stability(ou)?;
        let lmax = ou.lmax();
        let times = self.schedule.times();
        let mut work = Work::new(lmax, 0)?;
        let (mut unit, mut zero) = (Alm::zeros(lmax, 0)?, Alm::zeros(lmax, 0)?);
        let mut out = Alm::zeros(lmax, 0)?;
        let start = ou.start_factors(self.schedule.end());
        let c = ou.covariance().values();
        let mut var: Vec<f64> = start.iter().zip(c).map(|(f, c)| f * c).collect();
        for l in 0..=lmax {
            unit[(l, 0)].re = 1.0;
        }
        for k in (1..times.len()).rev() {
            let span = (times[k], times[k - 1]);
            self.step(prior, span, &unit, &zero, &mut out, &mut work)?;
            let a: Vec<f64> = (0..=lmax).map(|l| out[(l, 0)].re).collect();
            std::mem::swap(&mut unit, &mut zero);
            // unit is now 0 and zero is 1: the noise response.
            self.step(prior, span, &unit, &zero, &mut out, &mut work)?;
            std::mem::swap(&mut unit, &mut zero);
            for l in 0..=lmax {
                let b = out[(l, 0)].re;
                var[l] = a[l] * a[l] * var[l] + b * b * c[l];
            }
        }
        if self.denoise {
            var = gaussian_variances_through(
                &var,
                |x, y| prior.posterior_mean(times[0], x, y),
                lmax,
            )?;
        }
        AngularSpectrum::new(var, "exact output variance of the reverse SDE")
    }
}

/// Root-mean-square of (Heun − exponential integrator) per coefficient, in units of
/// tolerance · (√C_ℓ + max(|Y|, |Y_new|)).
fn step_error(y: &Alm, heun: &Alm, euler: &Alm, scale: &[f64], tolerance: f64) -> f64 {
    let mut sum = 0.0;
    let mut count = 0usize;
    for m in 0..=y.mmax() {
        let (ys, hs, es) = (y.m_slice(m), heun.m_slice(m), euler.m_slice(m));
        for (k, ((a, b), c)) in ys.iter().zip(hs).zip(es).enumerate() {
            let l = m + k;
            let size = tolerance * (scale[l] + a.norm().max(b.norm()));
            sum += ((b - c).norm() / size).powi(2);
            count += 1;
        }
    }
    (sum / count as f64).sqrt()
}
