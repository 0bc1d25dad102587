//! Priors (data laws) with exact scores, and reverse-time sampling from them.

use sphfield::ou::{OrnsteinUhlenbeck, Schedule};
use sphfield::sampler::{Method, Sampler};
use sphfield::score::{EmpiricalPrior, GaussianMixturePrior, GaussianPrior, Score};
use sphfield::Alm;

use crate::spectrum::spectrum_arg;
use crate::status::{
    complex, complex_mut, expect_len, guard, handle, invalid, par, put, FfiResult, SfStatus,
};

/// An opaque prior (a data law with an exact score under its OU process); free it with
/// [`sf_prior_free`].
pub struct SfPrior {
    score: Box<dyn Score + Send>,
}

impl SfPrior {
    /// A prior handle holding `score`.
    pub(crate) fn from_score(score: impl Score + Send + 'static) -> SfPrior {
        SfPrior::new(score)
    }

    fn new(score: impl Score + Send + 'static) -> SfPrior {
        SfPrior {
            score: Box::new(score),
        }
    }

    fn lmax(&self) -> usize {
        self.score.process().lmax()
    }
}

/// `n` fields of `len` = sf_alm_len(l, l) coefficients each, one after the other at `data`.
///
/// # Safety
/// `data` is NULL (refused) or holds `n·len` readable complex values.
unsafe fn fields(data: *const f64, n: usize, len: usize, l: usize) -> FfiResult<Vec<Alm>> {
    expect_len("field_len", len, Alm::len_for(l, l))?;
    let total = n
        .checked_mul(len)
        .ok_or_else(|| invalid("n_fields × field_len overflows"))?;
    // SAFETY: `data` is NULL (refused) or holds `total` readable values: the function's contract.
    let all = unsafe { complex(data, total, "data") }?;
    Ok(all
        .chunks(len.max(1))
        .map(|c| Alm::from_vec(l, l, c.to_vec()))
        .collect::<sphfield::Result<Vec<_>>>()?)
}

/// The OU process with noise covariance `q[0..q_len]`.
///
/// # Safety
/// `q` is NULL (refused) or holds `q_len` readable doubles.
unsafe fn process(q: *const f64, q_len: usize, beta: f64) -> FfiResult<OrnsteinUhlenbeck> {
    // SAFETY: `q` is NULL (refused) or holds `q_len` readable values: the function's contract.
    let q = unsafe { spectrum_arg(q, q_len, "q") }?;
    Ok(OrnsteinUhlenbeck::new(q, beta)?)
}

/// Gaussian prior N(0, Σ) with data spectrum `sigma` under the OU process with noise
/// covariance `q` and rate `beta` (both spectra of length lmax + 1).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `q`: `q_len` readable doubles.
/// * `sigma`: `sigma_len` readable doubles.
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_prior_gaussian(
    q: *const f64,
    q_len: usize,
    beta: f64,
    sigma: *const f64,
    sigma_len: usize,
    out: *mut *mut SfPrior,
) -> SfStatus {
    guard(|| {
        // SAFETY: `q` is NULL (refused) or holds `q_len` readable values: the function's contract.
        let ou = unsafe { process(q, q_len, beta) }?;
        // SAFETY: `sigma` is NULL (refused) or holds `sigma_len` readable values: the function's contract.
        let sigma = unsafe { spectrum_arg(sigma, sigma_len, "sigma") }?;
        let prior = GaussianPrior::new(ou, sigma, None)?;
        // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
        unsafe { put(out, SfPrior::new(prior), "out") }
    })
}

/// Empirical prior: `n_fields` training fields of `field_len` = sf_alm_len(lmax, lmax)
/// coefficients each, stored one after the other in `data`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `q`: `q_len` readable doubles.
/// * `data`: `n_fields·field_len` readable complex values (twice as many doubles, re/im interleaved).
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_prior_empirical(
    q: *const f64,
    q_len: usize,
    beta: f64,
    data: *const f64,
    n_fields: usize,
    field_len: usize,
    nthreads: usize,
    out: *mut *mut SfPrior,
) -> SfStatus {
    guard(|| {
        // SAFETY: `q` is NULL (refused) or holds `q_len` readable values: the function's contract.
        let ou = unsafe { process(q, q_len, beta) }?;
        // SAFETY: `data` holds `n_fields·field_len` readable values: the function's contract.
        let fields = unsafe { fields(data, n_fields, field_len, ou.lmax()) }?;
        let prior = EmpiricalPrior::new(ou, &fields, par(nthreads)?)?;
        // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
        unsafe { put(out, SfPrior::new(prior), "out") }
    })
}

/// Gaussian-mixture prior (1/N) Σ_i N(m_i, Σ): `n_means` component means of `mean_len` =
/// sf_alm_len(lmax, lmax) coefficients each (one after the other in `means`) with the common
/// diagonal covariance `sigma` (length lmax + 1).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `q`: `q_len` readable doubles.
/// * `means`: `n_means·mean_len` readable complex values (twice as many doubles, re/im interleaved).
/// * `sigma`: `sigma_len` readable doubles.
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_prior_mixture(
    q: *const f64,
    q_len: usize,
    beta: f64,
    means: *const f64,
    n_means: usize,
    mean_len: usize,
    sigma: *const f64,
    sigma_len: usize,
    nthreads: usize,
    out: *mut *mut SfPrior,
) -> SfStatus {
    guard(|| {
        // SAFETY: `q` is NULL (refused) or holds `q_len` readable values: the function's contract.
        let ou = unsafe { process(q, q_len, beta) }?;
        // SAFETY: `means` holds `n_means·mean_len` readable values: the function's contract.
        let means = unsafe { fields(means, n_means, mean_len, ou.lmax()) }?;
        // SAFETY: `sigma` is NULL (refused) or holds `sigma_len` readable values: the function's contract.
        let sigma = unsafe { spectrum_arg(sigma, sigma_len, "sigma") }?;
        let prior = GaussianMixturePrior::new(ou, &means, sigma, par(nthreads)?)?;
        // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
        unsafe { put(out, SfPrior::new(prior), "out") }
    })
}

/// Releases a prior (NULL is ignored).
///
/// # Safety
/// Each pointer must be valid as described (NULL is accepted and ignored):
/// * `prior`: NULL or a prior made by `sf_prior_gaussian`, `sf_prior_empirical` or `sf_prior_mixture` and not yet freed; it must not be used afterwards.
#[no_mangle]
pub unsafe extern "C" fn sf_prior_free(prior: *mut SfPrior) {
    if !prior.is_null() {
        // SAFETY: made by Box::into_raw in this library, freed once by contract.
        drop(unsafe { Box::from_raw(prior) });
    }
}

/// The score s(t, x) = −(x − a_t E[X_0 | X_t = x]) / v_t (Cameron–Martin form) into `out`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `prior`: a prior made by `sf_prior_gaussian`, `sf_prior_empirical` or `sf_prior_mixture` and not yet freed.
/// * `x`: `alm_len` readable complex values (twice as many doubles, re/im interleaved).
/// * `out`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_prior_score(
    prior: *const SfPrior,
    t: f64,
    x: *const f64,
    out: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `prior` is NULL (refused) or a live handle from this library: the function's contract.
        let p = unsafe { handle(prior, "prior") }?;
        let l = p.lmax();
        expect_len("x", alm_len, Alm::len_for(l, l))?;
        // SAFETY: `x` is NULL (refused) or holds `alm_len` readable values: the function's contract.
        let x = Alm::from_vec(l, l, unsafe { complex(x, alm_len, "x") }?.to_vec())?;
        let mut s = Alm::zeros(l, l)?;
        p.score.score(t, &x, &mut s)?;
        // SAFETY: `out` is NULL (refused) or holds `alm_len` writable values: the function's contract.
        unsafe { complex_mut(out, alm_len, "out") }?.copy_from_slice(s.as_slice());
        Ok(())
    })
}

/// Reverse-time sample number `member` (seeded): `method` 0 = Euler–Maruyama, 1 = exponential
/// integrator, 2 = probability-flow ODE (Heun), 3 = exponential Heun (second order; the command
/// line's default, with 200 steps and t_start = 1e-4), 4 = ancestral; `steps` geometric steps from `t_end` down to
/// `t_start`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `prior`: a prior made by `sf_prior_gaussian`, `sf_prior_empirical` or `sf_prior_mixture` and not yet freed.
/// * `out`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_prior_sample(
    prior: *const SfPrior,
    method: i32,
    steps: usize,
    t_start: f64,
    t_end: f64,
    seed: u64,
    member: u64,
    out: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `prior` is NULL (refused) or a live handle from this library: the function's contract.
        let p = unsafe { handle(prior, "prior") }?;
        let l = p.lmax();
        expect_len("out", alm_len, Alm::len_for(l, l))?;
        let schedule = Schedule::geometric(t_start, t_end, steps)?;
        let sampler = Sampler::new(Method::from_index(method)?, schedule);
        let sample = sampler.sample(p.score.as_ref(), seed, member)?;
        // SAFETY: `out` is NULL (refused) or holds `alm_len` writable values: the function's contract.
        unsafe { complex_mut(out, alm_len, "out") }?.copy_from_slice(sample.as_slice());
        Ok(())
    })
}
