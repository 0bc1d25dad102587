//! Reverse-time generation with a [`Score`] (docs/mathematics.md §5.2): the reverse SDE (Euler–Maruyama
//! or the exponential integrator) and the probability-flow ODE (Heun), from $N(0, Q)$ at time T
//! down to the early-stopping time $t_0$ of a [`Schedule`]; seeded, reproducible, batches of
//! samples in parallel.

use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::ou::Schedule;
use crate::par::Par;
use crate::score::Score;
use rayon::prelude::*;

/// Runs `sample` for every member in parallel, results in member order.
fn batch(
    members: std::ops::Range<u64>,
    par: Par,
    sample: impl Fn(u64) -> Result<Alm> + Sync + Send,
) -> Result<Vec<Alm>> {
    par.install(|| members.into_par_iter().map(sample).collect())
}

/// Discretisation of the reverse SDE $d\bar Y_r = [\tfrac\beta2\bar Y_r + \beta s(T-r,\bar Y_r)]dr + \sqrt\beta\,d\tilde W^Q_r$.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReverseMethod {
    /// $Y + h[\tfrac\beta2Y + \beta s(t_k, Y)] + \sqrt{\beta h}\,\xi$.
    EulerMaruyama,
    /// Score frozen over the step, linear part exact:
    /// $Y \leftarrow e^{\beta h/2}Y + 2(e^{\beta h/2}-1)s(t_k,Y) + \sqrt{e^{\beta h}-1}\,\xi$ (docs/mathematics.md §5.2).
    ExponentialIntegrator,
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
/// let prior = GaussianPrior::new(OrnsteinUhlenbeck::new(q, 1.0).unwrap(), data, None).unwrap();
/// let sde = ReverseSde::new(Schedule::geometric(1e-3, 8.0, 200).unwrap(), ReverseMethod::ExponentialIntegrator);
/// let samples = sde.sample_batch(&prior, 7, 0..4, Par::Seq).unwrap();
/// assert_eq!(samples.len(), 4);
/// ```
#[derive(Clone, Debug)]
pub struct ReverseSde {
    schedule: Schedule,
    method: ReverseMethod,
    denoise: bool,
}

impl ReverseSde {
    /// Sampler on `schedule` with `method`; returns $Y$ at the early-stopping time $t_0$.
    pub fn new(schedule: Schedule, method: ReverseMethod) -> ReverseSde {
        ReverseSde {
            schedule,
            method,
            denoise: false,
        }
    }

    /// Also apply Tweedie's denoiser at $t_0$: return $E[X_0\,|\,X_{t_0} = Y]$ instead of Y.
    pub fn with_final_denoising(mut self, on: bool) -> ReverseSde {
        self.denoise = on;
        self
    }

    /// Sample `member` under `seed` (its start draw and step noises come from streams of
    /// (seed, member, step)), with `mmax` = the score's band limit.
    ///
    /// # Errors
    /// Errors of the score evaluations.
    pub fn sample(&self, score: &(impl Score + ?Sized), seed: u64, member: u64) -> Result<Alm> {
        let ou = score.process();
        let beta = ou.beta();
        let mmax = ou.lmax();
        let times = self.schedule.times();
        let n = times.len() - 1;
        // Start: N(0, Q) (≈ p_T for large T), sub-stream 0; step j uses sub-stream j. One sampler
        // and one noise buffer serve all steps (no allocation per step).
        let mut noise = ou.reverse_noise_sampler(seed, mmax)?;
        let mut y = Alm::zeros(ou.lmax(), mmax)?;
        noise.sample_into(member, &mut y, Par::Seq)?;
        let mut s = Alm::zeros(ou.lmax(), mmax)?;
        let mut xi = Alm::zeros(ou.lmax(), mmax)?;
        for k in (1..=n).rev() {
            let (t, h) = (times[k], times[k] - times[k - 1]);
            score.score(t, &y, &mut s)?;
            noise.set_sub((n - k + 1) as u64);
            noise.sample_into(member, &mut xi, Par::Seq)?;
            match self.method {
                ReverseMethod::EulerMaruyama => {
                    y.scale(1.0 + 0.5 * beta * h);
                    y.axpy(beta * h, &s)?;
                    y.axpy((beta * h).sqrt(), &xi)?;
                }
                ReverseMethod::ExponentialIntegrator => {
                    let e = (0.5 * beta * h).exp();
                    y.scale(e);
                    y.axpy(2.0 * (0.5 * beta * h).exp_m1(), &s)?;
                    y.axpy((beta * h).exp_m1().sqrt(), &xi)?;
                }
            }
        }
        if self.denoise {
            score.posterior_mean(times[0], &y, &mut s)?;
            return Ok(s);
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
}

/// The probability-flow ODE $\dot x = -\tfrac\beta2(x + s(t,x))$ integrated backwards from T to
/// $t_0$ with Heun's method (second order), deterministic given its start.
#[derive(Clone, Debug)]
pub struct ProbabilityFlow {
    schedule: Schedule,
}

impl ProbabilityFlow {
    /// Flow on `schedule`.
    pub fn new(schedule: Schedule) -> ProbabilityFlow {
        ProbabilityFlow { schedule }
    }

    /// Transports `x_end` (a point at time T) back to time $t_0$.
    ///
    /// # Errors
    /// Errors of the score evaluations.
    pub fn transport(&self, score: &(impl Score + ?Sized), x_end: &Alm) -> Result<Alm> {
        let beta = score.process().beta();
        let times = self.schedule.times();
        let mut x = x_end.clone();
        let (mut f0, mut f1) = (x.clone(), x.clone());
        let mut pred = x.clone();
        // f(t, x) = −(β/2)(x + s(t, x)), written into `f`.
        let velocity = |t: f64, x: &Alm, f: &mut Alm| -> Result<()> {
            score.score(t, x, f)?;
            f.axpy(1.0, x)?;
            f.scale(-0.5 * beta);
            Ok(())
        };
        for k in (1..times.len()).rev() {
            let (t, t_prev) = (times[k], times[k - 1]);
            let h = t - t_prev;
            velocity(t, &x, &mut f0)?;
            pred.as_mut_slice().copy_from_slice(x.as_slice());
            pred.axpy(-h, &f0)?;
            velocity(t_prev, &pred, &mut f1)?;
            x.axpy(-0.5 * h, &f0)?;
            x.axpy(-0.5 * h, &f1)?;
        }
        Ok(x)
    }

    /// Members `members` in parallel (each identical to [`ProbabilityFlow::sample`]).
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

    /// A sample: transport a draw of N(0, Q) for (seed, member).
    ///
    /// # Errors
    /// Errors of the score evaluations.
    pub fn sample(&self, score: &(impl Score + ?Sized), seed: u64, member: u64) -> Result<Alm> {
        let ou = score.process();
        let start = ou
            .reverse_noise_sampler(seed, ou.lmax())?
            .sample(member, Par::Seq);
        self.transport(score, &start)
    }
}

/// The integrator of a reverse-time run, chosen by name where users choose it (the command
/// line's `--method`, Python's `method=`, C's `method` index): `"em"`, `"ei"` or `"pf"`.
///
/// ```
/// use sphfield::sampler::Method;
/// assert_eq!("ei".parse::<Method>().unwrap(), Method::ExponentialIntegrator);
/// assert_eq!(Method::from_index(2).unwrap(), Method::ProbabilityFlow);
/// assert!("rk4".parse::<Method>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Euler–Maruyama on the reverse SDE (`"em"`, C index 0).
    EulerMaruyama,
    /// The exponential integrator on the reverse SDE (`"ei"`, C index 1).
    ExponentialIntegrator,
    /// The probability-flow ODE with Heun's method (`"pf"`, C index 2).
    ProbabilityFlow,
}

impl Method {
    /// Every method, in the order of their C indices.
    pub const ALL: [Method; 3] = [
        Method::EulerMaruyama,
        Method::ExponentialIntegrator,
        Method::ProbabilityFlow,
    ];

    /// The short name (`"em"`, `"ei"`, `"pf"`).
    pub fn name(self) -> &'static str {
        match self {
            Method::EulerMaruyama => "em",
            Method::ExponentialIntegrator => "ei",
            Method::ProbabilityFlow => "pf",
        }
    }

    /// The method with C index `index` (0 = em, 1 = ei, 2 = pf).
    ///
    /// # Errors
    /// `Error::Param` for any other index.
    pub fn from_index(index: i32) -> Result<Method> {
        usize::try_from(index)
            .ok()
            .and_then(|i| Method::ALL.get(i).copied())
            .ok_or_else(|| {
                param_error(
                    "method",
                    index,
                    "use 0 (Euler–Maruyama), 1 (exponential integrator) or 2 (probability flow)",
                )
            })
    }
}

impl std::str::FromStr for Method {
    type Err = Error;

    fn from_str(name: &str) -> Result<Method> {
        Method::ALL
            .into_iter()
            .find(|m| m.name() == name)
            .ok_or_else(|| {
                param_error(
                    "method",
                    format!("{name:?}"),
                    "use \"em\" (Euler–Maruyama), \"ei\" (exponential integrator) or \"pf\" \
                     (probability-flow ODE)",
                )
            })
    }
}

/// Either sampler, chosen at run time (what the command line, the C ABI and the Python module
/// hand their users).
///
/// ```
/// use sphfield::ou::Schedule;
/// use sphfield::sampler::{ProbabilityFlow, Sampler};
/// let s: Sampler = ProbabilityFlow::new(Schedule::uniform(0.01, 5.0, 10).unwrap()).into();
/// assert!(matches!(s, Sampler::Flow(_)));
/// ```
#[derive(Clone, Debug)]
pub enum Sampler {
    /// The reverse SDE.
    Sde(ReverseSde),
    /// The probability-flow ODE.
    Flow(ProbabilityFlow),
}

impl From<ReverseSde> for Sampler {
    fn from(s: ReverseSde) -> Sampler {
        Sampler::Sde(s)
    }
}

impl From<ProbabilityFlow> for Sampler {
    fn from(f: ProbabilityFlow) -> Sampler {
        Sampler::Flow(f)
    }
}

impl Sampler {
    /// The sampler for `method` on `schedule`.
    pub fn new(method: Method, schedule: Schedule) -> Sampler {
        match method {
            Method::EulerMaruyama => ReverseSde::new(schedule, ReverseMethod::EulerMaruyama).into(),
            Method::ExponentialIntegrator => {
                ReverseSde::new(schedule, ReverseMethod::ExponentialIntegrator).into()
            }
            Method::ProbabilityFlow => ProbabilityFlow::new(schedule).into(),
        }
    }

    /// Tweedie's denoiser at the end of a reverse-SDE run ([`ReverseSde::with_final_denoising`]);
    /// the probability flow ends deterministically and is returned unchanged.
    pub fn with_final_denoising(self, on: bool) -> Sampler {
        match self {
            Sampler::Sde(s) => Sampler::Sde(s.with_final_denoising(on)),
            flow => flow,
        }
    }

    /// One sample (member `member` of the seeded stream).
    ///
    /// # Errors
    /// Errors of the score evaluations.
    pub fn sample(&self, score: &(impl Score + ?Sized), seed: u64, member: u64) -> Result<Alm> {
        match self {
            Sampler::Sde(s) => s.sample(score, seed, member),
            Sampler::Flow(f) => f.sample(score, seed, member),
        }
    }

    /// Samples for `members`, in parallel, in member order.
    ///
    /// # Errors
    /// Errors of the score evaluations.
    pub fn sample_batch(
        &self,
        score: &(impl Score + ?Sized),
        seed: u64,
        members: std::ops::Range<u64>,
        par: Par,
    ) -> Result<Vec<Alm>> {
        match self {
            Sampler::Sde(s) => s.sample_batch(score, seed, members, par),
            Sampler::Flow(f) => f.sample_batch(score, seed, members, par),
        }
    }
}
