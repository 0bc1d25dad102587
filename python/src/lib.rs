//! Python bindings of sphfield: numpy arrays in and out, the GIL released during heavy work.
//!
//! Conventions as in the Rust library: coefficients are complex128 arrays in healpy order
//! (`healpy.alm2map` accepts them), maps are float64 arrays ring after ring (HEALPix RING).

use numpy::{
    Complex64, Element, PyArray1, PyArrayMethods, PyReadonlyArray1, PyReadonlyArray2,
    PyUntypedArrayMethods,
};
use pyo3::exceptions::{PyFileExistsError, PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;

use sf::io::{Dim, FieldMeta, FileReader, FileWriter, Overwrite, Provenance, WriteOptions};
use sf::ou::{OrnsteinUhlenbeck, Schedule};
use sf::sampler::{ProbabilityFlow, ReverseMethod, ReverseSde, Sampler};
use sf::score::Score;
use sf::spectrum::{
    AngularSpectrum, HeatKernel, Length, PowerLaw, SpectrumModel, TableConvention, WhittleMatern,
};
use sf::{Alm, AnalysisOptions, Geometry, Map, Par, RingSpec};
use sphfield_core as sf;

/// sphfield errors as Python exceptions: an existing output → FileExistsError (an OSError),
/// other file problems → OSError, everything else → ValueError.
fn err(e: sf::Error) -> PyErr {
    match e {
        sf::Error::Exists { .. } => {
            PyFileExistsError::new_err(format!("{e} (pass overwrite=True to replace it)"))
        }
        sf::Error::Io { .. } | sf::Error::File { .. } => PyOSError::new_err(e.to_string()),
        _ => PyValueError::new_err(e.to_string()),
    }
}

trait OrPy<T> {
    fn py(self) -> PyResult<T>;
}

impl<T> OrPy<T> for sf::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(err)
    }
}

/// A 1-d array argument of element type `T`, with a message naming the argument otherwise.
fn array1<'py, T: Element>(
    obj: &Bound<'py, PyAny>,
    name: &str,
    dtype: &str,
) -> PyResult<PyReadonlyArray1<'py, T>> {
    obj.extract::<PyReadonlyArray1<'py, T>>().map_err(|_| {
        let got = obj
            .getattr("dtype")
            .map(|d| d.to_string())
            .unwrap_or_else(|_| obj.get_type().to_string());
        let ndim = obj.getattr("ndim").map(|d| d.to_string()).unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!(
            "{name} must be a 1-d numpy array of {dtype} (got {got} with ndim {ndim}; convert with numpy.asarray({name}, dtype=numpy.{dtype}))"
        ))
    })
}

fn contiguous<'a, T: Element>(a: &'a PyReadonlyArray1<'_, T>, name: &str) -> PyResult<&'a [T]> {
    a.as_slice().map_err(|_| {
        PyValueError::new_err(format!(
            "{name} must be C-contiguous (use numpy.ascontiguousarray({name}))"
        ))
    })
}

fn spectrum(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<AngularSpectrum> {
    let a = array1::<f64>(obj, name, "float64")?;
    AngularSpectrum::new(contiguous(&a, name)?.to_vec(), name).py()
}

/// `threads` as a `Par` (0 = all cores); too many threads is a ValueError naming the limit.
fn par(threads: usize) -> PyResult<Par> {
    Par::try_threads(threads).py()
}

fn alm_arg(obj: &Bound<'_, PyAny>, name: &str, lmax: usize, mmax: usize) -> PyResult<Alm> {
    let a = array1::<Complex64>(obj, name, "complex128")?;
    Alm::from_vec(lmax, mmax, contiguous(&a, name)?.to_vec()).py()
}

fn alm_out(py: Python<'_>, alm: Alm) -> Bound<'_, PyArray1<Complex64>> {
    PyArray1::from_vec(py, alm.into_vec())
}

fn model_table(
    py: Python<'_>,
    model: sf::Result<impl SpectrumModel + Sync>,
    lmax: usize,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    let model = model.py()?;
    let table = py.detach(|| model.spectrum(lmax)).py()?;
    Ok(PyArray1::from_vec(py, table.values().to_vec()))
}

/// Number of coefficients for band limit lmax and largest order mmax (default lmax).
#[pyfunction]
#[pyo3(signature = (lmax, mmax=None))]
fn alm_len(lmax: usize, mmax: Option<usize>) -> PyResult<usize> {
    let mmax = mmax.unwrap_or(lmax);
    if mmax > lmax {
        return Err(PyValueError::new_err(format!(
            "mmax {mmax} exceeds lmax {lmax}"
        )));
    }
    Ok(Alm::len_for(lmax, mmax))
}

/// Whittle–Matérn C_0..C_lmax with pointwise variance `variance`, smoothness `nu` (α = ν + 1)
/// and correlation length given as `rho_km` (on a sphere of radius `radius_km`) or `rho_rad`.
#[pyfunction]
#[pyo3(signature = (lmax, variance=1.0, rho_km=None, rho_rad=None, nu=1.5, radius_km=6371.0))]
fn matern_cl(
    py: Python<'_>,
    lmax: usize,
    variance: f64,
    rho_km: Option<f64>,
    rho_rad: Option<f64>,
    nu: f64,
    radius_km: f64,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    let rho = match (rho_km, rho_rad) {
        (Some(km), None) => Length::Km { km, radius_km },
        (None, Some(r)) => Length::Radians(r),
        _ => {
            return Err(PyValueError::new_err(
                "give exactly one of rho_km and rho_rad",
            ))
        }
    };
    model_table(
        py,
        WhittleMatern::from_correlation_length(variance, rho, nu),
        lmax,
    )
}

/// Whittle–Matérn C_l = τ⁻² (κ² + l(l+1))^(−α) (SPDE form), α > 1.
#[pyfunction]
fn matern_spde_cl(
    py: Python<'_>,
    lmax: usize,
    tau: f64,
    kappa: f64,
    alpha: f64,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    model_table(py, WhittleMatern::spde(tau, kappa, alpha), lmax)
}

/// Power law C_l = amplitude · l^(−exponent) for l ≥ lmin, 0 below.
#[pyfunction]
#[pyo3(signature = (lmax, amplitude, exponent, lmin=1))]
fn power_law_cl(
    py: Python<'_>,
    lmax: usize,
    amplitude: f64,
    exponent: f64,
    lmin: usize,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    model_table(py, PowerLaw::new(amplitude, exponent, lmin), lmax)
}

/// Heat-kernel spectrum with pointwise variance `variance` and scale `scale` (radians).
#[pyfunction]
fn heat_cl(
    py: Python<'_>,
    lmax: usize,
    variance: f64,
    scale: f64,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    model_table(py, HeatKernel::new(variance, scale), lmax)
}

/// Reads a text/CSV table of "l value" rows (C_l, or D_l = l(l+1)C_l/2π with dl=True).
#[pyfunction]
#[pyo3(signature = (path, dl=false, lmax=None))]
fn read_spectrum_table(
    py: Python<'_>,
    path: std::path::PathBuf,
    dl: bool,
    lmax: Option<usize>,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    let convention = if dl {
        TableConvention::Dl
    } else {
        TableConvention::Cl
    };
    let s = AngularSpectrum::from_table_file(path, convention, lmax).py()?;
    Ok(PyArray1::from_vec(py, s.values().to_vec()))
}

/// Covariance k(θ) = Σ (2l+1) C_l P_l(cos θ) / 4π at the angles `theta` (radians).
#[pyfunction]
fn covariance<'py>(
    py: Python<'py>,
    cl: &Bound<'py, PyAny>,
    theta: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let s = spectrum(cl, "cl")?;
    let t = array1::<f64>(theta, "theta", "float64")?;
    let t = contiguous(&t, "theta")?;
    let k = py.detach(|| s.covariance(t)).py()?;
    Ok(PyArray1::from_vec(py, k))
}

/// Angular power spectrum estimate of coefficients (healpy.alm2cl).
#[pyfunction]
#[pyo3(signature = (alm, lmax, mmax=None))]
fn anafast<'py>(
    py: Python<'py>,
    alm: &Bound<'py, PyAny>,
    lmax: usize,
    mmax: Option<usize>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let a = alm_arg(alm, "alm", lmax, mmax.unwrap_or(lmax))?;
    Ok(PyArray1::from_vec(
        py,
        sf::spectrum::anafast(&a).py()?.values().to_vec(),
    ))
}

/// A spherical harmonic transform plan: a grid, lmax and mmax. Build it with one of the
/// static constructors (gauss_legendre, clenshaw_curtis, fejer1, healpix, from_rings).
#[pyclass(frozen, module = "sphfield")]
struct Sht {
    inner: sf::Sht,
}

fn plan(geometry: sf::Result<Geometry>, lmax: usize, mmax: Option<usize>) -> PyResult<Sht> {
    let inner = sf::Sht::new(geometry.py()?, lmax, mmax.unwrap_or(lmax)).py()?;
    Ok(Sht { inner })
}

#[pymethods]
impl Sht {
    /// Gauss–Legendre grid with `nlat` rings and `nlon` longitudes.
    #[staticmethod]
    #[pyo3(signature = (nlat, nlon, lmax, mmax=None))]
    fn gauss_legendre(nlat: usize, nlon: usize, lmax: usize, mmax: Option<usize>) -> PyResult<Sht> {
        plan(Geometry::gauss_legendre(nlat, nlon), lmax, mmax)
    }

    /// Clenshaw–Curtis grid (both poles included).
    #[staticmethod]
    #[pyo3(signature = (nlat, nlon, lmax, mmax=None))]
    fn clenshaw_curtis(
        nlat: usize,
        nlon: usize,
        lmax: usize,
        mmax: Option<usize>,
    ) -> PyResult<Sht> {
        plan(Geometry::clenshaw_curtis(nlat, nlon), lmax, mmax)
    }

    /// Fejér-1 grid (cell-centred latitudes; 180 × 360 is the climate 1° grid).
    #[staticmethod]
    #[pyo3(signature = (nlat, nlon, lmax, mmax=None))]
    fn fejer1(nlat: usize, nlon: usize, lmax: usize, mmax: Option<usize>) -> PyResult<Sht> {
        plan(Geometry::fejer1(nlat, nlon), lmax, mmax)
    }

    /// HEALPix grid in RING order.
    #[staticmethod]
    #[pyo3(signature = (nside, lmax, mmax=None))]
    fn healpix(nside: usize, lmax: usize, mmax: Option<usize>) -> PyResult<Sht> {
        plan(Geometry::healpix(nside), lmax, mmax)
    }

    /// Custom rings: colatitudes, first-pixel longitudes, pixel counts, per-pixel weights.
    #[staticmethod]
    #[pyo3(signature = (theta, phi0, nphi, weight, lmax, mmax=None))]
    fn from_rings(
        theta: Vec<f64>,
        phi0: Vec<f64>,
        nphi: Vec<usize>,
        weight: Vec<f64>,
        lmax: usize,
        mmax: Option<usize>,
    ) -> PyResult<Sht> {
        let n = theta.len();
        if phi0.len() != n || nphi.len() != n || weight.len() != n {
            return Err(PyValueError::new_err(
                "theta, phi0, nphi and weight must have the same length",
            ));
        }
        let specs: Vec<RingSpec> = (0..n)
            .map(|i| RingSpec {
                theta: theta[i],
                phi0: phi0[i],
                nphi: nphi[i],
                weight: weight[i],
            })
            .collect();
        plan(Geometry::from_rings(&specs), lmax, mmax)
    }

    /// Number of pixels.
    #[getter]
    fn npix(&self) -> usize {
        self.inner.geometry().npix()
    }

    /// Band limit.
    #[getter]
    fn lmax(&self) -> usize {
        self.inner.lmax()
    }

    /// Largest order.
    #[getter]
    fn mmax(&self) -> usize {
        self.inner.mmax()
    }

    /// Number of coefficients.
    #[getter]
    fn alm_len(&self) -> usize {
        Alm::len_for(self.inner.lmax(), self.inner.mmax())
    }

    /// The grid, in words.
    #[getter]
    fn grid(&self) -> String {
        self.inner.geometry().describe()
    }

    fn __repr__(&self) -> String {
        format!(
            "Sht({}, lmax={}, mmax={})",
            self.grid(),
            self.lmax(),
            self.mmax()
        )
    }

    /// Per-pixel quadrature weights (HEALPix: 4π/npix).
    fn pixel_weights<'py>(&self, py: Python<'py>) -> Bound<'py, PyArray1<f64>> {
        PyArray1::from_vec(py, self.inner.geometry().pixel_weights())
    }

    /// Synthesis: complex coefficients → float64 map.
    #[pyo3(signature = (alm, threads=1))]
    fn synthesis<'py>(
        &self,
        py: Python<'py>,
        alm: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyArray1<f64>>> {
        let pool = par(threads)?;
        let a = alm_arg(alm, "alm", self.inner.lmax(), self.inner.mmax())?;
        let map = py.detach(|| self.inner.synthesis(&a, pool)).py()?;
        Ok(PyArray1::from_vec(py, map.into_values()))
    }

    /// Adjoint synthesis (exact transpose): map → coefficients.
    #[pyo3(signature = (map, threads=1))]
    fn adjoint<'py>(
        &self,
        py: Python<'py>,
        map: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        let pool = par(threads)?;
        let m = array1::<f64>(map, "map", "float64")?;
        let m = contiguous(&m, "map")?;
        let a = py
            .detach(|| self.inner.adjoint_synthesis(m, pool))
            .py()?;
        Ok(alm_out(py, a))
    }

    /// Analysis: map → coefficients (exact quadrature on lat–lon grids). On HEALPix,
    /// `iterations` refinement steps with `solver` "cg" (conjugate gradients; by default until
    /// the coefficients are accurate to ~1e-10 for lmax ≤ 2·nside, at most 12 steps) or
    /// "jacobi" (healpy's `iter`).
    #[pyo3(signature = (map, iterations=None, threads=1, solver="cg"))]
    fn analysis<'py>(
        &self,
        py: Python<'py>,
        map: &Bound<'py, PyAny>,
        iterations: Option<usize>,
        threads: usize,
        solver: &str,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        let pool = par(threads)?;
        let m = array1::<f64>(map, "map", "float64")?;
        let m = contiguous(&m, "map")?;
        let solver = match solver {
            "cg" => sf::sht::AnalysisSolver::ConjugateGradient,
            "jacobi" => sf::sht::AnalysisSolver::Jacobi,
            other => {
                return Err(PyValueError::new_err(format!(
                    "solver {other:?}: use \"cg\" or \"jacobi\""
                )))
            }
        };
        let options = iterations
            .map_or_else(AnalysisOptions::default, AnalysisOptions::iterations)
            .with_solver(solver);
        let a = py
            .detach(|| self.inner.analysis_refined(m, options, pool))
            .py()?;
        Ok(alm_out(py, a))
    }
}

/// Member `member` of the seeded Gaussian ensemble with spectrum `cl` (lmax = len(cl) − 1).
#[pyfunction]
#[pyo3(signature = (cl, seed, member=0, mmax=None))]
fn kl_sample_alm<'py>(
    py: Python<'py>,
    cl: &Bound<'py, PyAny>,
    seed: u64,
    member: u64,
    mmax: Option<usize>,
) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
    let s = spectrum(cl, "cl")?;
    let sampler = sf::kl::KlSampler::with_mmax(&s, mmax.unwrap_or(s.lmax()), seed).py()?;
    let a = py.detach(|| sampler.sample(member, Par::Seq));
    Ok(alm_out(py, a))
}

/// Member `member` drawn onto the grid of `sht` (cl truncated to the plan's lmax).
#[pyfunction]
#[pyo3(signature = (sht, cl, seed, member=0, threads=1))]
fn kl_sample_map<'py>(
    py: Python<'py>,
    sht: &Sht,
    cl: &Bound<'py, PyAny>,
    seed: u64,
    member: u64,
    threads: usize,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let pool = par(threads)?;
    let s = spectrum(cl, "cl")?.truncated(sht.inner.lmax()).py()?;
    let sampler = sf::kl::KlSampler::with_mmax(&s, sht.inner.mmax(), seed).py()?;
    let map = py
        .detach(|| sampler.sample_map(&sht.inner, member, pool))
        .py()?;
    Ok(PyArray1::from_vec(py, map.into_values()))
}

/// Forward OU transition X_t = e^(−βt/2) x0 + √(1 − e^(−βt)) ξ, ξ ~ N(0, Q) from the seeded
/// stream (seed, member, step); Q = `q` (lmax = len(q) − 1).
#[pyfunction]
#[pyo3(signature = (x0, q, t, beta=1.0, seed=0, member=0, step=0))]
#[allow(clippy::too_many_arguments)]
fn ou_transition<'py>(
    py: Python<'py>,
    x0: &Bound<'py, PyAny>,
    q: &Bound<'py, PyAny>,
    t: f64,
    beta: f64,
    seed: u64,
    member: u64,
    step: u64,
) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
    let q = spectrum(q, "q")?;
    let l = q.lmax();
    let x = alm_arg(x0, "x0", l, l)?;
    let ou = OrnsteinUhlenbeck::new(q, beta).py()?;
    let xt = py
        .detach(|| -> sf::Result<Alm> {
            let xi = ou.noise(seed, member, step, l, Par::Seq)?;
            ou.transition(&x, t, &xi)
        })
        .py()?;
    Ok(alm_out(py, xt))
}

enum PriorKind {
    Gaussian(sf::score::GaussianPrior),
    Empirical(sf::score::EmpiricalPrior),
}

/// A data law with an exact score under the OU process with noise covariance `q`.
#[pyclass(frozen, module = "sphfield")]
struct Prior {
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

/// Gaussian prior N(0, diag(sigma)) with OU noise covariance `q` and rate `beta`.
#[pyfunction]
#[pyo3(name = "GaussianPrior", signature = (q, sigma, beta=1.0))]
fn gaussian_prior(q: &Bound<'_, PyAny>, sigma: &Bound<'_, PyAny>, beta: f64) -> PyResult<Prior> {
    let ou = OrnsteinUhlenbeck::new(spectrum(q, "q")?, beta).py()?;
    let p = sf::score::GaussianPrior::new(ou, spectrum(sigma, "sigma")?, None).py()?;
    Ok(Prior {
        kind: PriorKind::Gaussian(p),
    })
}

/// Empirical prior of the training fields `data` (2-d complex128 array, one row of
/// coefficients per field, lmax = len(q) − 1).
#[pyfunction]
#[pyo3(name = "EmpiricalPrior", signature = (q, data, beta=1.0, threads=1))]
fn empirical_prior(
    py: Python<'_>,
    q: &Bound<'_, PyAny>,
    data: &Bound<'_, PyAny>,
    beta: f64,
    threads: usize,
) -> PyResult<Prior> {
    let pool = par(threads)?;
    let ou = OrnsteinUhlenbeck::new(spectrum(q, "q")?, beta).py()?;
    let l = ou.lmax();
    let rows = data
        .extract::<PyReadonlyArray2<'_, Complex64>>()
        .map_err(|_| {
            PyTypeError::new_err(
                "data must be a 2-d numpy array of complex128 (one row of coefficients per field)",
            )
        })?;
    let shape = rows.shape().to_vec();
    if shape[1] != Alm::len_for(l, l) {
        return Err(PyValueError::new_err(format!(
            "data rows have {} coefficients; lmax {l} needs {}",
            shape[1],
            Alm::len_for(l, l)
        )));
    }
    let flat = rows.as_slice().map_err(|_| {
        PyValueError::new_err("data must be C-contiguous (use numpy.ascontiguousarray(data))")
    })?;
    let fields = flat
        .chunks(shape[1].max(1))
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

    /// The score s(t, x) = −(x − a_t E[X_0 | X_t = x]) / v_t (Cameron–Martin form).
    fn score<'py>(
        &self,
        py: Python<'py>,
        t: f64,
        x: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        self.apply(py, t, x, false)
    }

    /// The posterior mean E[X_0 | X_t = x] (Tweedie).
    fn posterior_mean<'py>(
        &self,
        py: Python<'py>,
        t: f64,
        x: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        self.apply(py, t, x, true)
    }

    /// Reverse-time samples 0..members of the seeded stream, with method "em" (Euler–Maruyama),
    /// "ei" (exponential integrator) or "pf" (probability-flow ODE),
    /// on `steps` geometric steps from t_end down to t_start; a 2-d array, one row per member.
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
        let x = alm_arg(x, "x", l, l)?;
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

fn write_options(overwrite: bool) -> WriteOptions {
    WriteOptions {
        overwrite: if overwrite {
            Overwrite::Allow
        } else {
            Overwrite::Refuse
        },
        deflate: None,
    }
}

/// Writes maps on the grid of `sht` (a 1-d array for one map, 2-d for an ensemble) as the
/// CF variable `field`; atomic, refuses to overwrite unless `overwrite=True`.
#[pyfunction]
#[pyo3(signature = (path, sht, maps, units="1", overwrite=false))]
fn write_maps(
    path: std::path::PathBuf,
    sht: &Sht,
    maps: &Bound<'_, PyAny>,
    units: &str,
    overwrite: bool,
) -> PyResult<()> {
    let g = sht.inner.geometry().clone();
    let meta = FieldMeta {
        units: units.to_string(),
        ..FieldMeta::default()
    };
    let w = FileWriter::create(
        &path,
        write_options(overwrite),
        &Provenance::from_call("sphfield.write_maps (Python)"),
    )
    .py()?;
    if let Ok(m) = maps.extract::<PyReadonlyArray1<'_, f64>>() {
        let v = contiguous(&m, "maps")?.to_vec();
        w.write_map(&Map::new(g, v).py()?, &meta).py()?;
        w.commit().py()
    } else if let Ok(m) = maps.extract::<PyReadonlyArray2<'_, f64>>() {
        let n = m.shape()[0];
        let flat = m
            .as_slice()
            .map_err(|_| PyValueError::new_err("maps must be C-contiguous"))?;
        if m.shape()[1] != g.npix() {
            return Err(PyValueError::new_err(format!(
                "maps have {} pixels per row; the grid has {}",
                m.shape()[1],
                g.npix()
            )));
        }
        let mut e = w.map_ensemble(&g, vec![Dim::members(n)], &meta).py()?;
        for row in flat.chunks(g.npix().max(1)) {
            e.write(&Map::new(g.clone(), row.to_vec()).py()?).py()?;
        }
        drop(e);
        w.commit().py()
    } else {
        Err(PyTypeError::new_err(
            "maps must be a 1-d or 2-d numpy array of float64",
        ))
    }
}

/// Reads map number `member` of a variable (default: the first) of a sphfield file.
#[pyfunction]
#[pyo3(signature = (path, member=0, variable=None))]
fn read_map(
    py: Python<'_>,
    path: std::path::PathBuf,
    member: usize,
    variable: Option<String>,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    let r = FileReader::open(&path).py()?;
    let name = match variable {
        Some(v) => v,
        None => r.map_names().py()?.into_iter().next().ok_or_else(|| {
            PyValueError::new_err(format!("{} holds no map variable", path.display()))
        })?,
    };
    let info = r.map_info(&name).py()?;
    let map = r.read_map(&info, member).py()?;
    Ok(PyArray1::from_vec(py, map.into_values()))
}

/// Writes coefficients (1-d, or 2-d with one row per member) as `harmonic/alm`.
#[pyfunction]
#[pyo3(signature = (path, alm, lmax, mmax=None, overwrite=false))]
fn write_alm(
    path: std::path::PathBuf,
    alm: &Bound<'_, PyAny>,
    lmax: usize,
    mmax: Option<usize>,
    overwrite: bool,
) -> PyResult<()> {
    let mmax = mmax.unwrap_or(lmax);
    let w = FileWriter::create(
        &path,
        write_options(overwrite),
        &Provenance::from_call("sphfield.write_alm (Python)"),
    )
    .py()?;
    if let Ok(rows) = alm.extract::<PyReadonlyArray2<'_, Complex64>>() {
        let n = rows.shape()[0];
        let flat = rows
            .as_slice()
            .map_err(|_| PyValueError::new_err("alm must be C-contiguous"))?;
        let len = rows.shape()[1];
        let mut e = w.alm_ensemble(lmax, mmax, vec![Dim::members(n)]).py()?;
        for row in flat.chunks(len.max(1)) {
            e.write(&Alm::from_vec(lmax, mmax, row.to_vec()).py()?)
                .py()?;
        }
        drop(e);
    } else {
        w.write_alm(&alm_arg(alm, "alm", lmax, mmax)?).py()?;
    }
    w.commit().py()
}

/// Reads coefficient set number `member`: returns (alm, lmax, mmax).
#[pyfunction]
#[pyo3(signature = (path, member=0))]
fn read_alm(
    py: Python<'_>,
    path: std::path::PathBuf,
    member: usize,
) -> PyResult<(Bound<'_, PyArray1<Complex64>>, usize, usize)> {
    let r = FileReader::open(&path).py()?;
    let info = r.alm_info().py()?.ok_or_else(|| {
        PyValueError::new_err(format!("{} holds no harmonic/alm", path.display()))
    })?;
    let a = r.read_alm(&info, member).py()?;
    Ok((alm_out(py, a), info.lmax, info.mmax))
}

/// Gaussian random fields on the sphere: spherical harmonic transforms, Matérn spectra,
/// Karhunen–Loève sampling, OU diffusion, exact scores and HDF5 files.
#[pymodule]
fn sphfield(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Sht>()?;
    m.add_class::<Prior>()?;
    m.add_function(wrap_pyfunction!(alm_len, m)?)?;
    m.add_function(wrap_pyfunction!(matern_cl, m)?)?;
    m.add_function(wrap_pyfunction!(matern_spde_cl, m)?)?;
    m.add_function(wrap_pyfunction!(power_law_cl, m)?)?;
    m.add_function(wrap_pyfunction!(heat_cl, m)?)?;
    m.add_function(wrap_pyfunction!(read_spectrum_table, m)?)?;
    m.add_function(wrap_pyfunction!(covariance, m)?)?;
    m.add_function(wrap_pyfunction!(anafast, m)?)?;
    m.add_function(wrap_pyfunction!(kl_sample_alm, m)?)?;
    m.add_function(wrap_pyfunction!(kl_sample_map, m)?)?;
    m.add_function(wrap_pyfunction!(ou_transition, m)?)?;
    m.add_function(wrap_pyfunction!(gaussian_prior, m)?)?;
    m.add_function(wrap_pyfunction!(empirical_prior, m)?)?;
    m.add_function(wrap_pyfunction!(write_maps, m)?)?;
    m.add_function(wrap_pyfunction!(read_map, m)?)?;
    m.add_function(wrap_pyfunction!(write_alm, m)?)?;
    m.add_function(wrap_pyfunction!(read_alm, m)?)?;
    Ok(())
}
