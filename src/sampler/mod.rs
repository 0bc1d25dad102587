//! Reverse-time generation with a [`Score`] of any linear forward process (docs/mathematics.md §5.5):
//! the reverse SDE (Euler–Maruyama, the exponential integrator, the second-order exponential Heun
//! scheme — the default — optionally with step-size control) and the probability-flow ODE (Heun),
//! from the forward process's invariant law at time T down to the early-stopping time $t_0$ of a
//! [`Schedule`]; seeded, reproducible, batches of samples in parallel.

mod coefficients;
mod flow;
mod reverse_sde;

pub use flow::ProbabilityFlow;
pub use reverse_sde::{ReverseMethod, ReverseSde, StepControl};

use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::ou::Schedule;
use crate::par::Par;
use crate::score::Score;
use rayon::prelude::*;

/// Per-degree output variances of a linear map `f` of fields (mmax 0) applied to a field with
/// per-degree variances `var`: $P_\ell \leftarrow f(e)_\ell^2P_\ell$ with e the field of ones.
pub(crate) fn gaussian_variances_through(
    var: &[f64],
    f: impl FnOnce(&Alm, &mut Alm) -> Result<()>,
    lmax: usize,
) -> Result<Vec<f64>> {
    let mut unit = Alm::zeros(lmax, 0)?;
    for l in 0..=lmax {
        unit[(l, 0)].re = 1.0;
    }
    let mut out = Alm::zeros(lmax, 0)?;
    f(&unit, &mut out)?;
    Ok((0..=lmax)
        .map(|l| out[(l, 0)].re.powi(2) * var[l])
        .collect())
}

/// Runs `sample` for every member in parallel, results in member order.
fn batch(
    members: std::ops::Range<u64>,
    par: Par,
    sample: impl Fn(u64) -> Result<Alm> + Sync + Send,
) -> Result<Vec<Alm>> {
    par.install(|| members.into_par_iter().map(sample).collect())
}

/// The integrator of a reverse-time run, chosen by name where users choose it (the command
/// line's `--method`, Python's `method=`, C's `method` index): `"em"`, `"ei"`, `"pf"`, `"eh"` or
/// `"an"`.
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
    /// The second-order exponential Heun scheme on the reverse SDE (`"eh"`, C index 3): the
    /// default of the command line.
    ExponentialHeun,
    /// The first-order ancestral step on the reverse SDE (`"an"`, C index 4).
    Ancestral,
}

impl Method {
    /// Every method, in the order of their C indices.
    pub const ALL: [Method; 5] = [
        Method::EulerMaruyama,
        Method::ExponentialIntegrator,
        Method::ProbabilityFlow,
        Method::ExponentialHeun,
        Method::Ancestral,
    ];

    /// The short name (`"em"`, `"ei"`, `"pf"`, `"eh"`).
    pub fn name(self) -> &'static str {
        match self {
            Method::EulerMaruyama => "em",
            Method::ExponentialIntegrator => "ei",
            Method::ExponentialHeun => "eh",
            Method::Ancestral => "an",
            Method::ProbabilityFlow => "pf",
        }
    }

    /// The method with C index `index` (0 = em, 1 = ei, 2 = pf, 3 = eh, 4 = an).
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
                    "use 0 (Euler–Maruyama), 1 (exponential integrator), 2 (probability flow), \
                     3 (exponential Heun) or 4 (ancestral)",
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
                    "use \"em\" (Euler–Maruyama), \"ei\" (exponential integrator), \"eh\" \
                     (exponential Heun, second order), \"an\" (ancestral) or \"pf\" \
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
            Method::ExponentialHeun => {
                ReverseSde::new(schedule, ReverseMethod::ExponentialHeun).into()
            }
            Method::Ancestral => ReverseSde::new(schedule, ReverseMethod::Ancestral).into(),
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
