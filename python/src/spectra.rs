//! Angular power spectra: models, tables, covariance functions, estimates.

use numpy::PyArray1;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use sf::spectrum::{
    AngularSpectrum, HeatKernel, Length, PowerLaw, SpectrumModel, TableConvention, WhittleMatern,
};
use sf::Alm;
use sphfield_core as sf;

use crate::convert::{alm_arg, spectrum, values, vector, OrPy};

fn model_table(
    py: Python<'_>,
    model: sf::Result<impl SpectrumModel + Sync>,
    lmax: usize,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    let model = model.py()?;
    let table = py.detach(|| model.spectrum(lmax)).py()?;
    Ok(PyArray1::from_vec(py, table.values().to_vec()))
}

/// Number of coefficients for a band limit (healpy's ``Alm.getsize``).
///
/// Parameters
/// ----------
/// lmax : int
///     Band limit.
/// mmax : int, optional
///     Largest order (default ``lmax``).
///
/// Returns
/// -------
/// int
///     ``(mmax + 1)(2 lmax + 2 - mmax) / 2``.
#[pyfunction]
#[pyo3(signature = (lmax, mmax=None))]
pub fn alm_len(lmax: usize, mmax: Option<usize>) -> PyResult<usize> {
    let mmax = mmax.unwrap_or(lmax);
    if mmax > lmax {
        return Err(PyValueError::new_err(format!(
            "mmax {mmax} exceeds lmax {lmax}"
        )));
    }
    Ok(Alm::len_for(lmax, mmax))
}

/// Whittle–Matérn angular power spectrum from a correlation length.
///
/// C_l ∝ (κ² + l(l+1))^(−α) with α = ν + 1 and κ = √(8ν)/ρ, normalised so that the field's
/// pointwise variance is ``variance``. At distance ρ the correlation is about 0.14; ρ is
/// 2√2 × GSTools' ``len_scale`` and 2 × scikit-learn's ``length_scale``.
///
/// Parameters
/// ----------
/// lmax : int
///     Band limit of the table.
/// variance : float, default 1.0
///     Pointwise variance σ² of the (untruncated) field.
/// rho_km : float, optional
///     Correlation length ρ in km on a sphere of radius ``radius_km``. Default 1000 km when
///     ``rho_rad`` is not given either.
/// rho_rad : float, optional
///     Correlation length ρ in radians (instead of ``rho_km``).
/// nu : float, default 1.5
///     Matérn smoothness ν > 0.
/// radius_km : float, default 6371.0
///     Sphere radius for ``rho_km`` (the Earth's by default).
///
/// Returns
/// -------
/// numpy.ndarray
///     C_0 … C_lmax, float64, shape ``(lmax + 1,)``.
#[pyfunction]
#[pyo3(signature = (lmax, variance=1.0, rho_km=None, rho_rad=None, nu=1.5, radius_km=sf::spectrum::EARTH_RADIUS_KM))]
pub fn matern_cl(
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
        (None, None) => Length::Km {
            km: sf::spectrum::DEFAULT_CORRELATION_LENGTH_KM,
            radius_km,
        },
        (Some(_), Some(_)) => {
            return Err(PyValueError::new_err(
                "give one of rho_km and rho_rad, not both",
            ))
        }
    };
    model_table(
        py,
        WhittleMatern::from_correlation_length(variance, rho, nu),
        lmax,
    )
}

/// Whittle–Matérn spectrum in SPDE form, C_l = τ⁻² (κ² + l(l+1))^(−α).
///
/// Parameters
/// ----------
/// lmax : int
///     Band limit.
/// tau, kappa : float
///     Positive scale parameters.
/// alpha : float
///     Exponent α > 1 (the field has finite variance only then).
///
/// Returns
/// -------
/// numpy.ndarray
///     C_0 … C_lmax, float64.
#[pyfunction]
pub fn matern_spde_cl(
    py: Python<'_>,
    lmax: usize,
    tau: f64,
    kappa: f64,
    alpha: f64,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    model_table(py, WhittleMatern::spde(tau, kappa, alpha), lmax)
}

/// Power-law spectrum C_l = amplitude · l^(−exponent) for l ≥ lmin, 0 below.
///
/// Parameters
/// ----------
/// lmax : int
///     Band limit.
/// amplitude : float
///     Amplitude A > 0.
/// exponent : float
///     Exponent γ.
/// lmin : int, default 1
///     First non-zero degree.
///
/// Returns
/// -------
/// numpy.ndarray
///     C_0 … C_lmax, float64.
#[pyfunction]
#[pyo3(signature = (lmax, amplitude, exponent, lmin=1))]
pub fn power_law_cl(
    py: Python<'_>,
    lmax: usize,
    amplitude: f64,
    exponent: f64,
    lmin: usize,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    model_table(py, PowerLaw::new(amplitude, exponent, lmin), lmax)
}

/// Heat-kernel (Gaussian) spectrum C_l ∝ exp(−l(l+1)s²/2) with pointwise variance ``variance``.
///
/// Parameters
/// ----------
/// lmax : int
///     Band limit.
/// variance : float
///     Pointwise variance.
/// scale : float
///     Smoothing scale s in radians.
///
/// Returns
/// -------
/// numpy.ndarray
///     C_0 … C_lmax, float64.
#[pyfunction]
pub fn heat_cl(
    py: Python<'_>,
    lmax: usize,
    variance: f64,
    scale: f64,
) -> PyResult<Bound<'_, PyArray1<f64>>> {
    model_table(py, HeatKernel::new(variance, scale), lmax)
}

/// Reads a spectrum table: text or CSV rows ``l value``.
///
/// Parameters
/// ----------
/// path : str or os.PathLike
///     The table.
/// dl : bool, default False
///     The values are D_l = l(l+1)C_l/2π (CAMB, CLASS) rather than C_l.
/// lmax : int, optional
///     Truncate (or check) the band limit.
///
/// Returns
/// -------
/// numpy.ndarray
///     C_0 … C_lmax, float64.
#[pyfunction]
#[pyo3(signature = (path, dl=false, lmax=None))]
pub fn read_spectrum_table(
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

/// Covariance function k(θ) = Σ_l (2l+1) C_l P_l(cos θ) / 4π.
///
/// Parameters
/// ----------
/// cl : array_like
///     C_0 … C_lmax.
/// theta : array_like
///     Angular distances in radians (1-d).
///
/// Returns
/// -------
/// numpy.ndarray
///     k(θ) at each angle, float64.
#[pyfunction]
pub fn covariance<'py>(
    py: Python<'py>,
    cl: &Bound<'py, PyAny>,
    theta: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let s = spectrum(cl, "cl")?;
    let t = vector::<f64>(theta, "theta")?;
    let t = values(&t, "theta")?;
    let k = py.detach(|| s.covariance(t)).py()?;
    Ok(PyArray1::from_vec(py, k))
}

/// Angular power spectrum estimate of coefficients (healpy's ``alm2cl`` for one set).
///
/// Ĉ_l = (|a_l0|² + 2 Σ_{m>0} |a_lm|²) / (2l + 1).
///
/// Parameters
/// ----------
/// alm : array_like of complex
///     Coefficients in healpy order.
/// lmax, mmax : int, optional
///     Band limit and largest order; inferred from ``len(alm)`` (with mmax = lmax) by default.
///
/// Returns
/// -------
/// numpy.ndarray
///     Ĉ_0 … Ĉ_lmax, float64.
#[pyfunction]
#[pyo3(signature = (alm, lmax=None, mmax=None))]
pub fn anafast<'py>(
    py: Python<'py>,
    alm: &Bound<'py, PyAny>,
    lmax: Option<usize>,
    mmax: Option<usize>,
) -> PyResult<Bound<'py, PyArray1<f64>>> {
    let a = alm_arg(alm, "alm", lmax, mmax)?;
    Ok(PyArray1::from_vec(
        py,
        sf::spectrum::anafast(&a).py()?.values().to_vec(),
    ))
}
