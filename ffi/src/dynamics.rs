//! Forward processes beyond OU: linear SPDEs with per-degree drift rates, space–time fields, and
//! Malliavin–Bismut training pairs for the Allen–Cahn drift.

use sphfield::kl::SpaceTimeSampler;
use sphfield::ou::{Generator, LinearSpde};
use sphfield::score::{CubicNonlinearity, GaussianPrior, NonlinearSpde};
use sphfield::{Alm, Par};

use crate::prior::SfPrior;
use crate::spectrum::spectrum_arg;
use crate::status::{complex, complex_mut, expect_len, guard, put, slice, FfiResult, SfStatus};

/// The process dX = −A X dt + √β dW^Q with Q = `q[0..q_len]` and A's rates `rates[0..rates_len]`
/// (rates_len = q_len; NULL rates with rates_len 0 = OU, A = β/2).
///
/// # Safety
/// `q` holds `q_len` readable doubles; `rates` is NULL with `rates_len` 0 or holds `rates_len`
/// readable doubles.
unsafe fn linear_process(
    q: *const f64,
    q_len: usize,
    beta: f64,
    rates: *const f64,
    rates_len: usize,
) -> FfiResult<LinearSpde> {
    // SAFETY: `q` is NULL (refused) or holds `q_len` readable values: the function's contract.
    let q = unsafe { spectrum_arg(q, q_len, "q") }?;
    if rates.is_null() && rates_len == 0 {
        return Ok(LinearSpde::new(q, beta)?);
    }
    expect_len("rates_len", rates_len, q.lmax() + 1)?;
    // SAFETY: `rates` is NULL (refused) or holds `rates_len` readable values: the function's contract.
    let r = unsafe { slice(rates, rates_len, "rates") }?.to_vec();
    Ok(LinearSpde::with_generator(q, beta, Generator::table(r)?)?)
}

/// Gaussian prior N(0, Σ) under the linear SPDE with noise covariance `q`, noise speed `beta` and
/// drift rates `rates` (λ_ℓ ≥ 0, 0 = Brownian motion in that degree; NULL with `rates_len` 0 =
/// OU): scores and `sf_prior_sample` (methods 3 = exponential Heun, 4 = ancestral serve stiff
/// rates) as for `sf_prior_gaussian`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `q`: `q_len` readable doubles.
/// * `rates`: NULL with `rates_len` 0, or `rates_len` = `q_len` readable doubles.
/// * `sigma`: `sigma_len` readable doubles.
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_prior_gaussian_spde(
    q: *const f64,
    q_len: usize,
    beta: f64,
    rates: *const f64,
    rates_len: usize,
    sigma: *const f64,
    sigma_len: usize,
    out: *mut *mut SfPrior,
) -> SfStatus {
    guard(|| {
        // SAFETY: the pointers and lengths follow the function's contract.
        let process = unsafe { linear_process(q, q_len, beta, rates, rates_len) }?;
        // SAFETY: `sigma` is NULL (refused) or holds `sigma_len` readable values: the function's contract.
        let sigma = unsafe { spectrum_arg(sigma, sigma_len, "sigma") }?;
        let prior = GaussianPrior::new(process, sigma, None)?;
        // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
        unsafe { put(out, SfPrior::from_score(prior), "out") }
    })
}

/// Exact transition X_t = a_ℓ(t) X_0 + √(v_ℓ(t)) ξ of the linear SPDE (rates as in
/// `sf_prior_gaussian_spde`), ξ ~ N(0, Q) from the stream (seed, member, step).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `q`: `q_len` readable doubles.
/// * `rates`: NULL with `rates_len` 0, or `rates_len` = `q_len` readable doubles.
/// * `x0`: `alm_len` readable complex values (twice as many doubles, re/im interleaved).
/// * `out`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_spde_transition(
    q: *const f64,
    q_len: usize,
    beta: f64,
    rates: *const f64,
    rates_len: usize,
    t: f64,
    seed: u64,
    member: u64,
    step: u64,
    x0: *const f64,
    out: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the pointers and lengths follow the function's contract.
        let process = unsafe { linear_process(q, q_len, beta, rates, rates_len) }?;
        // SAFETY: `x0` and `out` hold `alm_len` readable / writable values: the function's contract.
        unsafe { transition_into(&process, t, (seed, member, step), x0, out, alm_len) }
    })
}

/// X_t of `process` from the coefficients at `x0` into `out` (`alm_len` each), noise stream
/// (seed, member, step): the body of `sf_spde_transition` and `sf_ou_transition`.
///
/// # Safety
/// `x0` is NULL (refused) or holds `alm_len` readable complex values; `out` is NULL (refused) or
/// holds `alm_len` writable complex values.
pub(crate) unsafe fn transition_into(
    process: &LinearSpde,
    t: f64,
    (seed, member, step): (u64, u64, u64),
    x0: *const f64,
    out: *mut f64,
    alm_len: usize,
) -> FfiResult<()> {
    let l = process.lmax();
    expect_len("x0", alm_len, Alm::len_for(l, l))?;
    // SAFETY: `x0` is NULL (refused) or holds `alm_len` readable values: the function's contract.
    let x = Alm::from_vec(l, l, unsafe { complex(x0, alm_len, "x0") }?.to_vec())?;
    let xi = process.noise(seed, member, step, l, Par::Seq)?;
    let xt = process.transition(&x, t, &xi)?;
    // SAFETY: `out` is NULL (refused) or holds `alm_len` writable values: the function's contract.
    unsafe { complex_mut(out, alm_len, "out") }?.copy_from_slice(xt.as_slice());
    Ok(())
}

/// Coefficients of a space–time field at `n_times` increasing stamps `times`: each a_ℓm(t) an
/// OU process in t with stationary variance `cl` and rate (1 + ℓ(ℓ+1)/κ²)^γ/τ (`tau`, `kappa`,
/// `gamma`); member `member` of `seed`. `out` receives n_times fields of sf_alm_len(lmax, lmax)
/// coefficients, one after the other (`out_len` = n_times·sf_alm_len).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` readable doubles.
/// * `times`: `n_times` readable doubles.
/// * `out`: `out_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_space_time_sample_alm(
    cl: *const f64,
    cl_len: usize,
    tau: f64,
    kappa: f64,
    gamma: f64,
    seed: u64,
    member: u64,
    times: *const f64,
    n_times: usize,
    out: *mut f64,
    out_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `cl` is NULL (refused) or holds `cl_len` readable values: the function's contract.
        let c = unsafe { spectrum_arg(cl, cl_len, "cl") }?;
        let l = c.lmax();
        let len = Alm::len_for(l, l);
        let total = n_times
            .checked_mul(len)
            .ok_or_else(|| crate::status::invalid("n_times × alm_len overflows"))?;
        expect_len("out_len", out_len, total)?;
        // SAFETY: `times` is NULL (refused) or holds `n_times` readable values: the function's contract.
        let times = unsafe { slice(times, n_times, "times") }?;
        let sampler = SpaceTimeSampler::with_time_scale(&c, tau, kappa, gamma, seed)?;
        // SAFETY: `out` is NULL (refused) or holds `out_len` writable values: the function's contract.
        let out = unsafe { complex_mut(out, out_len, "out") }?;
        sampler.for_each_time(member, times, Par::Seq, |k, a| {
            out[k * len..(k + 1) * len].copy_from_slice(a.as_slice());
            Ok(())
        })?;
        Ok(())
    })
}

/// One Malliavin–Bismut training pair of the Allen–Cahn forward process
/// dX = (−(β/2)X − ε Π_L X³) dt + √β dW^Q from the data field `x0` at time `t` (time steps of at
/// most `max_step`; stream (seed, member, index)): `noisy` = X_t, `target` = −Q H, whose
/// conditional mean given X_t is the score in Cameron–Martin form.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `q`: `q_len` readable doubles.
/// * `x0`: `alm_len` readable complex values (twice as many doubles, re/im interleaved).
/// * `noisy`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
/// * `target`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_allen_cahn_pair(
    q: *const f64,
    q_len: usize,
    beta: f64,
    epsilon: f64,
    t: f64,
    max_step: f64,
    seed: u64,
    member: u64,
    index: u64,
    x0: *const f64,
    noisy: *mut f64,
    target: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `q` is NULL (refused) or holds `q_len` readable values: the function's contract.
        let q = unsafe { spectrum_arg(q, q_len, "q") }?;
        let l = q.lmax();
        expect_len("x0", alm_len, Alm::len_for(l, l))?;
        if !(epsilon.is_finite() && epsilon >= 0.0) {
            return Err(crate::status::invalid("epsilon must be finite and ≥ 0"));
        }
        // SAFETY: `x0` is NULL (refused) or holds `alm_len` readable values: the function's contract.
        let x = Alm::from_vec(l, l, unsafe { complex(x0, alm_len, "x0") }?.to_vec())?;
        let spde = NonlinearSpde::new(LinearSpde::new(q, beta)?, CubicNonlinearity { epsilon })?;
        let pair = spde.bismut_pair(&x, t, max_step, seed, member, index)?;
        // SAFETY: `noisy` is NULL (refused) or holds `alm_len` writable values: the function's contract.
        unsafe { complex_mut(noisy, alm_len, "noisy") }?.copy_from_slice(pair.noisy.as_slice());
        // SAFETY: `target` is NULL (refused) or holds `alm_len` writable values: the function's contract.
        unsafe { complex_mut(target, alm_len, "target") }?.copy_from_slice(pair.target.as_slice());
        Ok(())
    })
}
