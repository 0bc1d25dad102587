//! Spin-weighted transforms, gradients, winds and polarised skies.

use sphfield::vector::{HelmholtzPotentials, PolarizedSky, PolarizedSpectra, WindField};
use sphfield::{Alm, Sht, SpinAlm};

use crate::sht::{alm_in, analysis_options, SfSht};
use crate::status::{
    complex_mut, expect_len, guard, handle, par, slice, slice_mut, FfiResult, SfStatus,
};

/// The plan behind `sht` and the two coefficient arrays of a spin field.
///
/// # Safety
/// As the calling function's contract: `sht` a live handle or NULL, `e`, `b` NULL or
/// `alm_len` readable complex values each.
unsafe fn spin_in<'a>(
    sht: *const SfSht,
    e: *const f64,
    b: *const f64,
    alm_len: usize,
) -> FfiResult<(&'a Sht, SpinAlm)> {
    // SAFETY: the caller's contract.
    let s = &unsafe { handle(sht, "sht") }?.sht;
    // SAFETY: the caller's contract.
    let (e, b) = unsafe { (alm_in(s, e, alm_len)?, alm_in(s, b, alm_len)?) };
    Ok((s, SpinAlm { e, b }))
}

/// Two writable maps of the plan's size.
///
/// # Safety
/// `q`, `u` NULL (refused) or `npix` writable doubles each.
unsafe fn maps_out<'a>(
    s: &Sht,
    q: *mut f64,
    u: *mut f64,
    npix: usize,
    names: [&str; 2],
) -> FfiResult<(&'a mut [f64], &'a mut [f64])> {
    expect_len(names[0], npix, s.geometry().npix())?;
    // SAFETY: the caller's contract.
    unsafe { Ok((slice_mut(q, npix, names[0])?, slice_mut(u, npix, names[1])?)) }
}

/// Two writable coefficient arrays of the plan's size.
///
/// # Safety
/// `e`, `b` NULL (refused) or `alm_len` writable complex values each.
unsafe fn alms_out(
    s: &Sht,
    e: *mut f64,
    b: *mut f64,
    alm_len: usize,
    first: &Alm,
    second: &Alm,
) -> FfiResult<()> {
    expect_len("alm", alm_len, Alm::len_for(s.lmax(), s.mmax()))?;
    // SAFETY: the caller's contract.
    unsafe {
        complex_mut(e, alm_len, "e")?.copy_from_slice(first.as_slice());
        complex_mut(b, alm_len, "b")?.copy_from_slice(second.as_slice());
    }
    Ok(())
}

/// Spin-s synthesis (1 ≤ s ≤ 8): E, B coefficients → maps Q, U with
/// Q + iU = −Σ (E + iB) ₛY (healpy's convention for s = 2, ducc0's for any s).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `e`, `b`: `alm_len` readable complex values each (re/im interleaved).
/// * `q`, `u`: `npix` writable doubles each.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_spin_synthesis(
    sht: *const SfSht,
    spin: usize,
    e: *const f64,
    b: *const f64,
    alm_len: usize,
    q: *mut f64,
    u: *mut f64,
    npix: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let (s, alm) = unsafe { spin_in(sht, e, b, alm_len) }?;
        // SAFETY: the function's contract.
        let (q, u) = unsafe { maps_out(s, q, u, npix, ["q", "u"]) }?;
        s.spin_synthesis_into(spin, &alm, q, u, par(nthreads)?)?;
        Ok(())
    })
}

/// Spin-s analysis: maps Q, U → E, B (exact on Gauss–Legendre, Clenshaw–Curtis and Fejér-1
/// grids; conjugate gradients on HEALPix, `iterations` < 0 for the default).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `q`, `u`: `npix` readable doubles each.
/// * `e`, `b`: `alm_len` writable complex values each.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_spin_analysis(
    sht: *const SfSht,
    spin: usize,
    q: *const f64,
    u: *const f64,
    npix: usize,
    iterations: i32,
    e: *mut f64,
    b: *mut f64,
    alm_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        expect_len("q", npix, s.geometry().npix())?;
        // SAFETY: the function's contract.
        let (qs, us) = unsafe { (slice(q, npix, "q")?, slice(u, npix, "u")?) };
        let out =
            s.spin_analysis_refined(spin, qs, us, analysis_options(iterations), par(nthreads)?)?;
        // SAFETY: the function's contract.
        unsafe { alms_out(s, e, b, alm_len, &out.e, &out.b) }
    })
}

/// Gradient of a scalar field: coefficients → maps ∂θ f and ∂φ f / sin θ (θ colatitude).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `alm`: `alm_len` readable complex values.
/// * `dtheta`, `dphi`: `npix` writable doubles each.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_gradient(
    sht: *const SfSht,
    alm: *const f64,
    alm_len: usize,
    dtheta: *mut f64,
    dphi: *mut f64,
    npix: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        // SAFETY: the function's contract.
        let a = unsafe { alm_in(s, alm, alm_len) }?;
        // SAFETY: the function's contract.
        let (dt, dp) = unsafe { maps_out(s, dtheta, dphi, npix, ["dtheta", "dphi"]) }?;
        let (gt, gp) = s.gradient(&a, par(nthreads)?)?;
        dt.copy_from_slice(gt.values());
        dp.copy_from_slice(gp.values());
        Ok(())
    })
}

/// Winds of a stream function ψ and a velocity potential χ on the unit sphere:
/// u = ∂θψ + ∂φχ / sin θ (eastward), v = ∂φψ / sin θ − ∂θχ (northward).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `psi`, `chi`: `alm_len` readable complex values each.
/// * `u`, `v`: `npix` writable doubles each.
#[no_mangle]
pub unsafe extern "C" fn sf_wind_synthesis(
    sht: *const SfSht,
    psi: *const f64,
    chi: *const f64,
    alm_len: usize,
    u: *mut f64,
    v: *mut f64,
    npix: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let (s, pot) = unsafe { spin_in(sht, psi, chi, alm_len) }?;
        let pot = HelmholtzPotentials {
            psi: pot.e,
            chi: pot.b,
        };
        // SAFETY: the function's contract.
        let (uo, vo) = unsafe { maps_out(s, u, v, npix, ["u", "v"]) }?;
        let w = WindField::synthesize(s, &pot, par(nthreads)?)?;
        uo.copy_from_slice(w.u.values());
        vo.copy_from_slice(w.v.values());
        Ok(())
    })
}

/// Helmholtz decomposition of a wind (u eastward, v northward): its stream function ψ and
/// velocity potential χ (ψ₀₀ = χ₀₀ = 0).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `u`, `v`: `npix` readable doubles each.
/// * `psi`, `chi`: `alm_len` writable complex values each.
#[no_mangle]
pub unsafe extern "C" fn sf_wind_analysis(
    sht: *const SfSht,
    u: *const f64,
    v: *const f64,
    npix: usize,
    psi: *mut f64,
    chi: *mut f64,
    alm_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        expect_len("u", npix, s.geometry().npix())?;
        // SAFETY: the function's contract.
        let (us, vs) = unsafe { (slice(u, npix, "u")?, slice(v, npix, "v")?) };
        let g = s.geometry().clone();
        let wind = WindField {
            u: sphfield::Map::new(g.clone(), us.to_vec())?,
            v: sphfield::Map::new(g, vs.to_vec())?,
        };
        let pot = WindField::analyze(s, &wind, par(nthreads)?)?;
        // SAFETY: the function's contract.
        unsafe { alms_out(s, psi, chi, alm_len, &pot.psi, &pot.chi) }
    })
}

/// Draws member `member` of a seeded polarised sky: T, E, B coefficients (lmax = mmax =
/// `nl` − 1) from the spectra C_l TT, EE, BB, TE (`nl` values each; TE may be negative). Same
/// (seed, member) → same bits; BB does not change T and E.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `tt`, `ee`, `bb`, `te`: `nl` readable doubles each.
/// * `t`, `e`, `b`: `alm_len` writable complex values each.
#[no_mangle]
pub unsafe extern "C" fn sf_polarized_sample_alm(
    tt: *const f64,
    ee: *const f64,
    bb: *const f64,
    te: *const f64,
    nl: usize,
    seed: u64,
    member: u64,
    t: *mut f64,
    e: *mut f64,
    b: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        if nl == 0 {
            return Err(crate::status::invalid("nl must be at least 1"));
        }
        // SAFETY: the function's contract.
        let get = |p: *const f64, name: &str| unsafe { slice(p, nl, name) }.map(|s| s.to_vec());
        let spectra = PolarizedSpectra {
            tt: get(tt, "tt")?,
            ee: get(ee, "ee")?,
            bb: get(bb, "bb")?,
            te: get(te, "te")?,
        };
        let l = nl - 1;
        expect_len("alm", alm_len, Alm::len_for(l, l))?;
        let sky = PolarizedSky::sample(&spectra, seed, member, sphfield::Par::Seq)?;
        for (ptr, name, a) in [(t, "t", &sky.t), (e, "e", &sky.e), (b, "b", &sky.b)] {
            // SAFETY: the function's contract.
            unsafe { complex_mut(ptr, alm_len, name) }?.copy_from_slice(a.as_slice());
        }
        Ok(())
    })
}
