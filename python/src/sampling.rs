//! Seeded Gaussian fields (Karhunen–Loève) and the forward Ornstein–Uhlenbeck transition.

use numpy::{Complex64, PyArray1, PyArrayDyn};
use pyo3::prelude::*;

use sf::ou::OrnsteinUhlenbeck;
use sf::{Alm, Par};
use sphfield_core as sf;

use crate::convert::{alm_arg, alm_out, par, shaped, spectrum, OrPy};
use crate::transform::Sht;

/// Coefficients of member ``member`` of the seeded Gaussian ensemble with spectrum ``cl``.
///
/// a_l0 ~ N(0, C_l) and Re, Im a_lm ~ N(0, C_l/2) for m > 0, from a stream determined by
/// (seed, member, block of degrees): the same arguments give the same bits everywhere.
///
/// Parameters
/// ----------
/// cl : array_like
///     C_0 … C_lmax (lmax = len(cl) − 1).
/// seed : int
///     Seed of the ensemble.
/// member : int, default 0
///     Which member.
/// mmax : int, optional
///     Largest order (default lmax).
///
/// Returns
/// -------
/// numpy.ndarray
///     Coefficients, complex128, healpy order.
#[pyfunction]
#[pyo3(signature = (cl, seed, member=0, mmax=None))]
pub fn kl_sample_alm<'py>(
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

/// Member ``member`` of the seeded ensemble drawn onto the grid of ``sht``.
///
/// The same field as ``sht.synthesis(kl_sample_alm(cl[:sht.lmax + 1], seed, member))``.
///
/// Parameters
/// ----------
/// sht : Sht
///     The grid and band limit (``cl`` is truncated to ``sht.lmax``).
/// cl : array_like
///     C_0 … C_L with L ≥ sht.lmax.
/// seed : int
///     Seed of the ensemble.
/// member : int, default 0
///     Which member.
/// threads : int, default 1
///     Worker threads (0 = all cores); the result does not depend on it.
///
/// Returns
/// -------
/// numpy.ndarray
///     The map, float64, shape ``sht.shape``.
#[pyfunction]
#[pyo3(signature = (sht, cl, seed, member=0, threads=1))]
pub fn kl_sample_map<'py>(
    py: Python<'py>,
    sht: &Sht,
    cl: &Bound<'py, PyAny>,
    seed: u64,
    member: u64,
    threads: usize,
) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
    let pool = par(threads)?;
    let s = spectrum(cl, "cl")?.truncated(sht.inner.lmax()).py()?;
    let sampler = sf::kl::KlSampler::with_mmax(&s, sht.inner.mmax(), seed).py()?;
    let map = py
        .detach(|| sampler.sample_map(&sht.inner, member, pool))
        .py()?;
    shaped(py, map.into_values(), &sht.map_shape())
}

/// Forward Ornstein–Uhlenbeck transition X_t = e^(−βt/2) x0 + √(1 − e^(−βt)) ξ, ξ ~ N(0, Q).
///
/// Parameters
/// ----------
/// x0 : array_like of complex
///     Starting coefficients (lmax = len(q) − 1, mmax = lmax).
/// q : array_like
///     Noise covariance spectrum Q_0 … Q_lmax.
/// t : float
///     Time t ≥ 0 (dimensionless).
/// beta : float, default 1.0
///     Rate β.
/// seed, member, step : int
///     Select the noise stream; the same values give the same ξ.
///
/// Returns
/// -------
/// numpy.ndarray
///     X_t, complex128, healpy order.
#[pyfunction]
#[pyo3(signature = (x0, q, t, beta=1.0, seed=0, member=0, step=0))]
#[allow(clippy::too_many_arguments)]
pub fn ou_transition<'py>(
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
    let x = alm_arg(x0, "x0", Some(l), Some(l))?;
    let ou = OrnsteinUhlenbeck::new(q, beta).py()?;
    let xt = py
        .detach(|| -> sf::Result<Alm> {
            let xi = ou.noise(seed, member, step, l, Par::Seq)?;
            ou.transition(&x, t, &xi)
        })
        .py()?;
    Ok(alm_out(py, xt))
}

/// Three coefficient arrays (T, E, B).
type CoefficientTriple<'py> = (
    Bound<'py, PyArray1<Complex64>>,
    Bound<'py, PyArray1<Complex64>>,
    Bound<'py, PyArray1<Complex64>>,
);

/// Coefficients (T, E, B) of member ``member`` of a seeded polarised sky with spectra C_l
/// ``tt``, ``ee``, ``bb``, ``te`` (equal lengths, lmax = len − 1; TE may be negative): the
/// 2 × 2 Cholesky factor of (TT, TE; TE, EE) per degree, as healpy's ``synfast(pol=True)``.
/// The same (seed, member) gives the same bits; BB does not change T and E. Maps: ``T =
/// sht.synthesis(t)``, ``Q, U = sht.spin_synthesis(2, e, b)``.
#[pyfunction]
#[pyo3(signature = (tt, ee, bb, te, seed, member=0))]
#[allow(clippy::too_many_arguments)]
pub fn polarized_sample_alm<'py>(
    py: Python<'py>,
    tt: &Bound<'py, PyAny>,
    ee: &Bound<'py, PyAny>,
    bb: &Bound<'py, PyAny>,
    te: &Bound<'py, PyAny>,
    seed: u64,
    member: u64,
) -> PyResult<CoefficientTriple<'py>> {
    let col = |obj: &Bound<'py, PyAny>, name: &str| -> PyResult<Vec<f64>> {
        let a = crate::convert::vector::<f64>(obj, name)?;
        Ok(crate::convert::values(&a, name)?.to_vec())
    };
    let spectra = sf::vector::PolarizedSpectra {
        tt: col(tt, "tt")?,
        ee: col(ee, "ee")?,
        bb: col(bb, "bb")?,
        te: col(te, "te")?,
    };
    let sky = py
        .detach(|| sf::vector::PolarizedSky::sample(&spectra, seed, member, Par::Seq))
        .py()?;
    Ok((alm_out(py, sky.t), alm_out(py, sky.e), alm_out(py, sky.b)))
}
