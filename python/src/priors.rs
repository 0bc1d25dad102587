//! Data laws with exact scores under the OU process, and reverse-time sampling from them.

use numpy::{Complex64, PyArray1, PyArrayMethods, PyUntypedArrayMethods};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use sf::ou::{OrnsteinUhlenbeck, Schedule};
use sf::sampler::{ProbabilityFlow, ReverseMethod, ReverseSde, Sampler};
use sf::score::Score;
use sf::Alm;
use sphfield_core as sf;

use crate::convert::{alm_arg, alm_out, array, par, spectrum, values, OrPy};

enum PriorKind {
    Gaussian(sf::score::GaussianPrior),
    Empirical(sf::score::EmpiricalPrior),
}

/// A data law with an exact score under the OU process with noise covariance Q.
///
/// Made by ``GaussianPrior(q, sigma)`` or ``EmpiricalPrior(q, data)``.
#[pyclass(frozen, module = "sphfield")]
pub struct Prior {
    kind: PriorKind,
}

fn with_score<R>(p: &Prior, f: impl FnOnce(&dyn ScoreFn) -> R) -> R {
    match &p.kind {
        PriorKind::Gaussian(g) => f(g),
        PriorKind::Empirical(e) => f(e),
    }
}

/// Object-safe part of `Score` used here.
trait ScoreFn: Sync {
    fn lmax(&self) -> usize;
    fn score_into(&self, t: f64, x: &Alm, out: &mut Alm) -> sf::Result<()>;
    fn mean_into(&self, t: f64, x: &Alm, out: &mut Alm) -> sf::Result<()>;
}

impl<S: Score + Sync> ScoreFn for S {
    fn lmax(&self) -> usize {
        self.process().lmax()
    }
    fn score_into(&self, t: f64, x: &Alm, out: &mut Alm) -> sf::Result<()> {
        self.score(t, x, out)
    }
    fn mean_into(&self, t: f64, x: &Alm, out: &mut Alm) -> sf::Result<()> {
        self.posterior_mean(t, x, out)
    }
}

/// Gaussian data law N(0, diag(sigma)) under the OU process with noise covariance ``q``.
///
/// Parameters
/// ----------
/// q : array_like
///     Noise covariance spectrum Q_0 … Q_lmax.
/// sigma : array_like
///     Data spectrum C_0 … C_lmax.
/// beta : float, default 1.0
///     OU rate β.
///
/// Returns
/// -------
/// Prior
#[pyfunction]
#[pyo3(name = "GaussianPrior", signature = (q, sigma, beta=1.0))]
pub fn gaussian_prior(
    q: &Bound<'_, PyAny>,
    sigma: &Bound<'_, PyAny>,
    beta: f64,
) -> PyResult<Prior> {
    let ou = OrnsteinUhlenbeck::new(spectrum(q, "q")?, beta).py()?;
    let p = sf::score::GaussianPrior::new(ou, spectrum(sigma, "sigma")?, None).py()?;
    Ok(Prior {
        kind: PriorKind::Gaussian(p),
    })
}

/// Empirical data law of training fields under the OU process with noise covariance ``q``.
///
/// Parameters
/// ----------
/// q : array_like
///     Noise covariance spectrum Q_0 … Q_lmax.
/// data : array_like of complex, shape (n_fields, alm_len(lmax))
///     One row of coefficients per training field.
/// beta : float, default 1.0
///     OU rate β.
/// threads : int, default 1
///     Worker threads for the set-up.
///
/// Returns
/// -------
/// Prior
#[pyfunction]
#[pyo3(name = "EmpiricalPrior", signature = (q, data, beta=1.0, threads=1))]
pub fn empirical_prior(
    py: Python<'_>,
    q: &Bound<'_, PyAny>,
    data: &Bound<'_, PyAny>,
    beta: f64,
    threads: usize,
) -> PyResult<Prior> {
    let pool = par(threads)?;
    let ou = OrnsteinUhlenbeck::new(spectrum(q, "q")?, beta).py()?;
    let l = ou.lmax();
    let rows = array::<Complex64>(data, "data")?;
    let shape = rows.shape().to_vec();
    let len = Alm::len_for(l, l);
    if shape.len() != 2 || shape[1] != len {
        return Err(PyValueError::new_err(format!(
            "data must have shape (n_fields, {len}) for lmax {l}; got {shape:?}"
        )));
    }
    let fields = values(&rows, "data")?
        .chunks(len.max(1))
        .map(|c| Alm::from_vec(l, l, c.to_vec()))
        .collect::<sf::Result<Vec<_>>>()
        .py()?;
    let p = py
        .detach(|| sf::score::EmpiricalPrior::new(ou, &fields, pool))
        .py()?;
    Ok(Prior {
        kind: PriorKind::Empirical(p),
    })
}

#[pymethods]
impl Prior {
    /// Band limit.
    #[getter]
    fn lmax(&self) -> usize {
        with_score(self, |s| s.lmax())
    }

    /// The score s(t, x) = −(x − a_t E[X_0 | X_t = x]) / v_t in Cameron–Martin form.
    ///
    /// Parameters
    /// ----------
    /// t : float
    ///     Time t > 0.
    /// x : array_like of complex
    ///     Coefficients (lmax = mmax = ``self.lmax``).
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     s(t, x), complex128, healpy order.
    fn score<'py>(
        &self,
        py: Python<'py>,
        t: f64,
        x: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        self.apply(py, t, x, false)
    }

    /// The posterior mean E[X_0 | X_t = x] (Tweedie's formula).
    ///
    /// Parameters
    /// ----------
    /// t : float
    ///     Time t > 0.
    /// x : array_like of complex
    ///     Coefficients (lmax = mmax = ``self.lmax``).
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     E[X_0 | X_t = x], complex128.
    fn posterior_mean<'py>(
        &self,
        py: Python<'py>,
        t: f64,
        x: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        self.apply(py, t, x, true)
    }

    /// Reverse-time samples from this prior.
    ///
    /// Parameters
    /// ----------
    /// seed : int, default 0
    ///     Seed; member k uses the stream (seed, k), whatever ``members`` and ``threads``.
    /// members : int, default 1
    ///     Number of samples.
    /// steps : int, default 200
    ///     Geometric time steps from ``t_end`` down to ``t_start``.
    /// t_start, t_end : float
    ///     Early-stopping time and start time (dimensionless).
    /// method : {"ei", "em", "pf"}, default "ei"
    ///     Exponential integrator or Euler–Maruyama on the reverse SDE, or the
    ///     probability-flow ODE (Heun).
    /// threads : int, default 1
    ///     Worker threads (0 = all cores).
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     Shape (members, alm_len), complex128.
    #[pyo3(signature = (seed=0, members=1, steps=200, t_start=1e-3, t_end=10.0, method="ei", threads=1))]
    #[allow(clippy::too_many_arguments)]
    fn sample<'py>(
        &self,
        py: Python<'py>,
        seed: u64,
        members: u64,
        steps: usize,
        t_start: f64,
        t_end: f64,
        method: &str,
        threads: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let pool = par(threads)?;
        let schedule = Schedule::geometric(t_start, t_end, steps).py()?;
        let sampler: Sampler = match method {
            "em" => ReverseSde::new(schedule, ReverseMethod::EulerMaruyama).into(),
            "ei" => ReverseSde::new(schedule, ReverseMethod::ExponentialIntegrator).into(),
            "pf" => ProbabilityFlow::new(schedule).into(),
            other => {
                return Err(PyValueError::new_err(format!(
                    "method {other:?}: use \"em\", \"ei\" or \"pf\""
                )))
            }
        };
        let run = |kind: &PriorKind, chunk: std::ops::Range<u64>| match kind {
            PriorKind::Gaussian(g) => sampler.sample_batch(g, seed, chunk, pool),
            PriorKind::Empirical(e) => sampler.sample_batch(e, seed, chunk, pool),
        };
        // Members in chunks, with Python's signal handlers run between them, so that Ctrl-C
        // interrupts a long call (KeyboardInterrupt) instead of waiting for its end. Every
        // member has its own seeded stream: the chunks change nothing in the result.
        let chunk = 2 * pool.count() as u64;
        let mut samples = Vec::with_capacity(members as usize);
        let mut start = 0;
        while start < members {
            let end = (start + chunk).min(members);
            samples.extend(py.detach(|| run(&self.kind, start..end)).py()?);
            py.check_signals()?;
            start = end;
        }
        let n = samples.first().map_or(0, |a| a.len());
        let flat: Vec<Complex64> = samples.into_iter().flat_map(|a| a.into_vec()).collect();
        let arr = PyArray1::from_vec(py, flat);
        Ok(arr.reshape([members as usize, n])?.into_any())
    }
}

impl Prior {
    fn apply<'py>(
        &self,
        py: Python<'py>,
        t: f64,
        x: &Bound<'py, PyAny>,
        mean: bool,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        let l = self.lmax();
        let x = alm_arg(x, "x", Some(l), Some(l))?;
        let out = py
            .detach(|| {
                with_score(self, |s| -> sf::Result<Alm> {
                    let mut out = Alm::zeros(l, l)?;
                    if mean {
                        s.mean_into(t, &x, &mut out)?;
                    } else {
                        s.score_into(t, &x, &mut out)?;
                    }
                    Ok(out)
                })
            })
            .py()?;
        Ok(alm_out(py, out))
    }
}
