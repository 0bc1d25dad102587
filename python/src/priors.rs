//! Data laws with exact scores under the OU process, and reverse-time sampling from them.

use numpy::{Complex64, PyArray1, PyArrayMethods, PyUntypedArrayMethods};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use sf::ou::{Generator, LinearSpde, Schedule};
use sf::sampler::{Method, Sampler};
use sf::score::Score;
use sf::Alm;
use sphfield_core as sf;

use crate::convert::{alm_arg, alm_out, array, par, spectrum, values, vector, OrPy};

/// A data law with an exact score under the OU process with noise covariance Q.
///
/// Made by ``GaussianPrior(q, sigma)``, ``EmpiricalPrior(q, data)`` or
/// ``GaussianMixturePrior(q, means, sigma)``.
///
/// Priors can be pickled (``pickle``, ``multiprocessing``, Dask): a prior is rebuilt from the
/// constructor and (copies of) the arguments that made it.
#[pyclass(frozen, module = "sphfield")]
pub struct Prior {
    score: Box<dyn Score + Send>,
    /// The constructor that made the prior and copies of its arguments (for pickling).
    recipe: (&'static str, Py<PyTuple>),
}

impl Prior {
    fn new(
        score: impl Score + Send + 'static,
        constructor: &'static str,
        args: Bound<'_, PyTuple>,
    ) -> Prior {
        Prior {
            score: Box::new(score),
            recipe: (constructor, args.unbind()),
        }
    }
}

/// Copies of a prior's arguments: spectra as float arrays, fields as (n, alm_len) complex
/// arrays, so that later changes to the caller's arrays do not change a pickled prior.
fn spectrum_copy<'py>(py: Python<'py>, s: &sf::spectrum::AngularSpectrum) -> Bound<'py, PyAny> {
    numpy::PyArray1::from_slice(py, s.values()).into_any()
}

fn rows_copy<'py>(py: Python<'py>, fields: &[Alm]) -> PyResult<Bound<'py, PyAny>> {
    let len = fields.first().map_or(0, |a| a.len());
    let flat: Vec<Complex64> = fields.iter().flat_map(|a| a.as_slice().to_vec()).collect();
    Ok(numpy::PyArray1::from_vec(py, flat)
        .reshape([fields.len(), len])?
        .into_any())
}

fn rates_copy<'py>(py: Python<'py>, ou: &LinearSpde, given: bool) -> Bound<'py, PyAny> {
    if given {
        numpy::PyArray1::from_slice(py, ou.rates()).into_any()
    } else {
        py.None().into_bound(py)
    }
}

/// The forward process: OU with noise covariance `q` and speed `beta`, or, with `rates`, the
/// linear SPDE dX = −A X dt + √β dW^Q whose drift A has those per-degree rates.
pub(crate) fn forward_process(
    q: &Bound<'_, PyAny>,
    beta: f64,
    rates: Option<&Bound<'_, PyAny>>,
) -> PyResult<LinearSpde> {
    let q = spectrum(q, "q")?;
    match rates {
        None => LinearSpde::new(q, beta).py(),
        Some(r) => {
            let r = vector::<f64>(r, "rates")?;
            let r = values(&r, "rates")?.to_vec();
            LinearSpde::with_generator(q, beta, Generator::table(r).py()?).py()
        }
    }
}

/// Rows of coefficients (a 2-d complex array-like, one row per field) for band limit `l`.
pub(crate) fn rows(obj: &Bound<'_, PyAny>, name: &str, l: usize) -> PyResult<Vec<Alm>> {
    let a = array::<Complex64>(obj, name)?;
    let shape = a.shape().to_vec();
    let len = Alm::len_for(l, l);
    if shape.len() != 2 || shape[1] != len {
        return Err(PyValueError::new_err(format!(
            "{name} must have shape (n, {len}) for lmax {l}; got {shape:?}"
        )));
    }
    values(&a, name)?
        .chunks(len.max(1))
        .map(|c| Alm::from_vec(l, l, c.to_vec()))
        .collect::<sf::Result<Vec<_>>>()
        .py()
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
///     Noise speed β (OU: dX = −(β/2)X dt + √β dW^Q).
/// rates : array_like, optional
///     Per-degree drift rates λ_0 … λ_lmax (≥ 0) of a linear SPDE dX = −A X dt + √β dW^Q
///     (heat: θ l(l+1); Matérn type: θ(κ² + l(l+1))^γ); default OU, λ = β/2.
///
/// Returns
/// -------
/// Prior
#[pyfunction]
#[pyo3(name = "GaussianPrior", signature = (q, sigma, beta=1.0, rates=None))]
pub fn gaussian_prior(
    py: Python<'_>,
    q: &Bound<'_, PyAny>,
    sigma: &Bound<'_, PyAny>,
    beta: f64,
    rates: Option<&Bound<'_, PyAny>>,
) -> PyResult<Prior> {
    let ou = forward_process(q, beta, rates)?;
    let sigma = spectrum(sigma, "sigma")?;
    let args = (
        spectrum_copy(py, ou.covariance()),
        spectrum_copy(py, &sigma),
        beta,
        rates_copy(py, &ou, rates.is_some()),
    )
        .into_pyobject(py)?;
    let p = sf::score::GaussianPrior::new(ou, sigma, None).py()?;
    Ok(Prior::new(p, "GaussianPrior", args))
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
/// rates : array_like, optional
///     Per-degree drift rates of a linear SPDE forward process (default OU, λ = β/2).
///
/// Returns
/// -------
/// Prior
#[pyfunction]
#[pyo3(name = "EmpiricalPrior", signature = (q, data, beta=1.0, threads=1, rates=None))]
pub fn empirical_prior(
    py: Python<'_>,
    q: &Bound<'_, PyAny>,
    data: &Bound<'_, PyAny>,
    beta: f64,
    threads: usize,
    rates: Option<&Bound<'_, PyAny>>,
) -> PyResult<Prior> {
    let pool = par(threads)?;
    let ou = forward_process(q, beta, rates)?;
    let fields = rows(data, "data", ou.lmax())?;
    let args = (
        spectrum_copy(py, ou.covariance()),
        rows_copy(py, &fields)?,
        beta,
        threads,
        rates_copy(py, &ou, rates.is_some()),
    )
        .into_pyobject(py)?;
    let p = py
        .detach(|| sf::score::EmpiricalPrior::new(ou, &fields, pool))
        .py()?;
    Ok(Prior::new(p, "EmpiricalPrior", args))
}

/// Gaussian-mixture data law (1/N) Σ_i N(m_i, diag(sigma)) under the OU process with noise
/// covariance ``q``.
///
/// Parameters
/// ----------
/// q : array_like
///     Noise covariance spectrum Q_0 … Q_lmax.
/// means : array_like of complex, shape (n_components, alm_len(lmax))
///     One row of coefficients per component mean.
/// sigma : array_like
///     The components' common spectrum Σ_0 … Σ_lmax.
/// beta : float, default 1.0
///     OU rate β.
/// threads : int, default 1
///     Worker threads for the set-up.
/// rates : array_like, optional
///     Per-degree drift rates of a linear SPDE forward process (default OU, λ = β/2).
///
/// Returns
/// -------
/// Prior
#[pyfunction]
#[pyo3(name = "GaussianMixturePrior", signature = (q, means, sigma, beta=1.0, threads=1, rates=None))]
#[allow(clippy::too_many_arguments)]
pub fn gaussian_mixture_prior(
    py: Python<'_>,
    q: &Bound<'_, PyAny>,
    means: &Bound<'_, PyAny>,
    sigma: &Bound<'_, PyAny>,
    beta: f64,
    threads: usize,
    rates: Option<&Bound<'_, PyAny>>,
) -> PyResult<Prior> {
    let pool = par(threads)?;
    let ou = forward_process(q, beta, rates)?;
    let means = rows(means, "means", ou.lmax())?;
    let sigma = spectrum(sigma, "sigma")?;
    let args = (
        spectrum_copy(py, ou.covariance()),
        rows_copy(py, &means)?,
        spectrum_copy(py, &sigma),
        beta,
        threads,
        rates_copy(py, &ou, rates.is_some()),
    )
        .into_pyobject(py)?;
    let p = py
        .detach(|| sf::score::GaussianMixturePrior::new(ou, &means, sigma, pool))
        .py()?;
    Ok(Prior::new(p, "GaussianMixturePrior", args))
}

#[pymethods]
impl Prior {
    /// Pickling: the constructor that made this prior and copies of its arguments.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let constructor = py.import("sphfield")?.getattr(self.recipe.0)?;
        Ok((constructor, self.recipe.1.bind(py).clone()))
    }

    /// Band limit.
    #[getter]
    fn lmax(&self) -> usize {
        self.score.process().lmax()
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
    /// method : {"eh", "an", "ei", "em", "pf"}, default "eh"
    ///     Exponential Heun (second order, stable for any drift), ancestral (first order, stable),
    ///     exponential integrator or Euler–Maruyama on the reverse SDE (score form: unstable for
    ///     stiff drifts), or the probability-flow ODE (Heun).
    /// threads : int, default 1
    ///     Worker threads (0 = all cores).
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     Shape (members, alm_len), complex128.
    #[pyo3(signature = (seed=0, members=1, steps=200, t_start=1e-4, t_end=10.0, method="eh", threads=1))]
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
        let method: Method = method.parse().py()?;
        let sampler = Sampler::new(method, schedule);
        let run = |chunk: std::ops::Range<u64>| {
            sampler.sample_batch(self.score.as_ref(), seed, chunk, pool)
        };
        // Members in chunks, with Python's signal handlers run between them, so that Ctrl-C
        // interrupts a long call (KeyboardInterrupt) instead of waiting for its end. Every
        // member has its own seeded stream: the chunks change nothing in the result.
        let chunk = 2 * pool.count() as u64;
        let mut samples = Vec::with_capacity(members as usize);
        let mut start = 0;
        while start < members {
            let end = (start + chunk).min(members);
            samples.extend(py.detach(|| run(start..end)).py()?);
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
            .detach(|| -> sf::Result<Alm> {
                let mut out = Alm::zeros(l, l)?;
                if mean {
                    self.score.posterior_mean(t, &x, &mut out)?;
                } else {
                    self.score.score(t, &x, &mut out)?;
                }
                Ok(out)
            })
            .py()?;
        Ok(alm_out(py, out))
    }
}
