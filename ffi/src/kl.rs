//! Karhunen–Loève sampling and forward Ornstein–Uhlenbeck noising.

use sphfield::kl::KlSampler;
use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::Alm;

use crate::sht::SfSht;
use crate::spectrum::spectrum_arg;
use crate::status::{complex_mut, expect_len, guard, handle, par, slice_mut, SfStatus};

/// Draws member `member` of the seeded ensemble with spectrum `cl[0..cl_len]` (lmax = mmax =
/// cl_len − 1) into `alm[0..alm_len]`. Same (seed, member) → same bits, on any machine.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` readable doubles.
/// * `alm`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_kl_sample_alm(
    cl: *const f64,
    cl_len: usize,
    seed: u64,
    member: u64,
    alm: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `cl` is NULL (refused) or holds `cl_len` readable values: the function's contract.
        let spectrum = unsafe { spectrum_arg(cl, cl_len, "cl") }?;
        let l = spectrum.lmax();
        expect_len("alm", alm_len, Alm::len_for(l, l))?;
        // SAFETY: `alm` is NULL (refused) or holds `alm_len` writable values: the function's contract.
        let out = unsafe { complex_mut(alm, alm_len, "alm") }?;
        out.copy_from_slice(
            KlSampler::new(&spectrum, seed)
                .sample(member, sphfield::Par::Seq)
                .as_slice(),
        );
        Ok(())
    })
}

/// Draws member `member` directly onto the plan's grid: the spectrum is truncated to the
/// plan's lmax (`cl_len` must be at least lmax + 1).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `cl`: `cl_len` readable doubles.
/// * `map`: `npix` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_kl_sample_map(
    sht: *const SfSht,
    cl: *const f64,
    cl_len: usize,
    seed: u64,
    member: u64,
    map: *mut f64,
    npix: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        // SAFETY: `cl` is NULL (refused) or holds `cl_len` readable values: the function's contract.
        let spectrum = unsafe { spectrum_arg(cl, cl_len, "cl") }?.truncated(s.lmax())?;
        expect_len("map", npix, s.geometry().npix())?;
        // SAFETY: `map` is NULL (refused) or holds `npix` writable values: the function's contract.
        let out = unsafe { slice_mut(map, npix, "map") }?;
        let sampler = KlSampler::with_mmax(&spectrum, s.mmax(), seed)?;
        let alm = sampler.sample(member, par(nthreads)?);
        s.synthesis_into(&alm, out, par(nthreads)?)?;
        Ok(())
    })
}

/// Forward OU transition X_t = e^(−βt/2) x0 + √(1 − e^(−βt)) ξ, ξ ~ N(0, Q) from the seeded
/// stream (seed, member, step); Q = `q[0..q_len]` (lmax = q_len − 1), x0 and out have
/// `sf_alm_len(lmax, lmax)` coefficients.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `q`: `q_len` readable doubles.
/// * `x0`: `alm_len` readable complex values (twice as many doubles, re/im interleaved).
/// * `out`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_ou_transition(
    q: *const f64,
    q_len: usize,
    beta: f64,
    t: f64,
    seed: u64,
    member: u64,
    step: u64,
    x0: *const f64,
    out: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `q` is NULL (refused) or holds `q_len` readable values: the function's contract.
        let q = unsafe { spectrum_arg(q, q_len, "q") }?;
        let ou = OrnsteinUhlenbeck::new(q, beta)?;
        // SAFETY: `x0` and `out` hold `alm_len` readable / writable values: the function's contract.
        unsafe { crate::dynamics::transition_into(&ou, t, (seed, member, step), x0, out, alm_len) }
    })
}
