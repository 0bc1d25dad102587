//! Seeded Gaussian fields (Karhunen–Loève) and the forward Ornstein–Uhlenbeck transition.

use numpy::{Complex64, PyArray1, PyArrayDyn};
use pyo3::prelude::*;

use sf::kl::SpaceTimeSampler;
use sf::ou::LinearSpde;
use sf::score::{CubicNonlinearity, NonlinearSpde};
use sf::{Alm, Par};
use sphfield_core as sf;

use crate::convert::{alm_arg, alm_out, par, shaped, spectrum, values, vector, OrPy};
use crate::priors::forward_process;
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

/// Forward transition X_t = e^(−βt/2) x0 + √(1 − e^(−βt)) ξ, ξ ~ N(0, Q) (Ornstein–Uhlenbeck), or
/// with ``rates`` the linear SPDE's X_t = a_l(t) x0 + √(v_l(t)) ξ, a_l = e^(−λ_l t),
/// v_l = β(1 − e^(−2λ_l t))/(2λ_l).
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
///     Noise speed β.
/// seed, member, step : int
///     Select the noise stream; the same values give the same ξ.
/// rates : array_like, optional
///     Per-degree drift rates λ_0 … λ_lmax ≥ 0 of A (default OU, λ = β/2).
///
/// Returns
/// -------
/// numpy.ndarray
///     X_t, complex128, healpy order.
#[pyfunction]
#[pyo3(signature = (x0, q, t, beta=1.0, seed=0, member=0, step=0, rates=None))]
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
    rates: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
    let ou = forward_process(q, beta, rates)?;
    let l = ou.lmax();
    let x = alm_arg(x0, "x0", Some(l), Some(l))?;
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

/// Coefficients of a space–time field at increasing time stamps: each a_lm(t) an OU process
/// in t with stationary variance C_l and rate λ_l = (1 + l(l+1)/κ²)^γ/τ, sampled exactly at any
/// spacing. Stamp 0 is ``kl_sample_alm(cl, seed, member)``; a longer run extends a shorter one
/// bit for bit.
///
/// Parameters
/// ----------
/// cl : array_like
///     Spatial spectrum C_0 … C_lmax.
/// times : array_like
///     Strictly increasing time stamps.
/// temporal_scale : float
///     Correlation time τ of the largest scales.
/// temporal_kappa : float, default 1.0
///     κ > 0: degrees l ≲ κ share the correlation time τ.
/// temporal_exponent : float, default 0.0
///     γ ≥ 0 (0: separable covariance).
/// seed, member : int
///     The stream.
///
/// Returns
/// -------
/// numpy.ndarray
///     Shape (len(times), alm_len(lmax)), complex128.
#[pyfunction]
#[pyo3(signature = (cl, times, temporal_scale, temporal_kappa=1.0, temporal_exponent=0.0, seed=0, member=0))]
#[allow(clippy::too_many_arguments)]
pub fn space_time_sample_alm<'py>(
    py: Python<'py>,
    cl: &Bound<'py, PyAny>,
    times: &Bound<'py, PyAny>,
    temporal_scale: f64,
    temporal_kappa: f64,
    temporal_exponent: f64,
    seed: u64,
    member: u64,
) -> PyResult<Bound<'py, PyArrayDyn<Complex64>>> {
    let c = spectrum(cl, "cl")?;
    let times = vector::<f64>(times, "times")?;
    let times = values(&times, "times")?.to_vec();
    let sampler = SpaceTimeSampler::with_time_scale(
        &c,
        temporal_scale,
        temporal_kappa,
        temporal_exponent,
        seed,
    )
    .py()?;
    let path = py
        .detach(|| sampler.sample_times(member, &times, Par::Seq))
        .py()?;
    let n = path.first().map_or(0, |a| a.len());
    let flat: Vec<Complex64> = path.into_iter().flat_map(|a| a.into_vec()).collect();
    shaped(py, flat, &[times.len(), n])
}

/// Two complex arrays (noisy fields, targets).
type ArrayPair<'py> = (
    Bound<'py, PyArrayDyn<Complex64>>,
    Bound<'py, PyArrayDyn<Complex64>>,
);

/// Malliavin–Bismut training pairs of the Allen–Cahn forward process
/// dX = (−(β/2)X − ε Π_L X³) dt + √β dW^Q: for every data field i and time k, ``noisy[i, k]`` =
/// X_t from that field and ``target[i, k]`` = −Q H, whose conditional mean given X_t is the score
/// in Cameron–Martin form (train a score network on them as on denoising pairs).
///
/// Parameters
/// ----------
/// data : array_like of complex, shape (n_fields, alm_len(lmax))
///     Clean fields, lmax = len(q) − 1.
/// q : array_like
///     Noise covariance spectrum.
/// times : array_like
///     Times t > 0.
/// epsilon : float
///     ε ≥ 0 of the cubic term.
/// beta : float, default 1.0
///     Noise speed β.
/// max_step : float, default 0.01
///     Longest time step of the simulated paths (Δ·max|3εX²| must stay below 0.5).
/// seed : int
///     Seed of the path streams (member i, index k).
/// threads : int, default 1
///     Worker threads (0 = all cores).
///
/// Returns
/// -------
/// tuple of numpy.ndarray
///     (noisy, target), each of shape (n_fields, len(times), alm_len), complex128.
#[pyfunction]
#[pyo3(signature = (data, q, times, epsilon, beta=1.0, max_step=0.01, seed=0, threads=1))]
#[allow(clippy::too_many_arguments)]
pub fn allen_cahn_pairs<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    q: &Bound<'py, PyAny>,
    times: &Bound<'py, PyAny>,
    epsilon: f64,
    beta: f64,
    max_step: f64,
    seed: u64,
    threads: usize,
) -> PyResult<ArrayPair<'py>> {
    if !(epsilon.is_finite() && epsilon >= 0.0) {
        return Err(pyo3::exceptions::PyValueError::new_err(format!(
            "epsilon must be finite and >= 0, got {epsilon}"
        )));
    }
    let pool = par(threads)?;
    let process = LinearSpde::new(spectrum(q, "q")?, beta).py()?;
    let fields = crate::priors::rows(data, "data", process.lmax())?;
    let times = vector::<f64>(times, "times")?;
    let times = values(&times, "times")?.to_vec();
    let spde = NonlinearSpde::new(process, CubicNonlinearity { epsilon }).py()?;
    let pairs = py
        .detach(|| spde.bismut_pairs(&fields, &times, max_step, seed, pool))
        .py()?;
    let n = pairs.first().map_or(0, |p| p.noisy.len());
    let (mut noisy, mut target) = (Vec::new(), Vec::new());
    for p in pairs {
        noisy.extend_from_slice(p.noisy.as_slice());
        target.extend_from_slice(p.target.as_slice());
    }
    let shape = [fields.len(), times.len(), n];
    Ok((shaped(py, noisy, &shape)?, shaped(py, target, &shape)?))
}
