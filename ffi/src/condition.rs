//! Conditioning on station observations: posterior mean and standard deviation (kriging) and
//! constrained realisations, by the dense solver (docs/conditioning.md).

use sphfield::condition::{DenseKriging, Observations, Points};
use sphfield::Alm;

use crate::sht::SfSht;
use crate::spectrum::spectrum_arg;
use crate::status::{
    complex_mut, expect_len, guard, handle, invalid, par, put, slice, slice_mut, FfiResult,
    SfStatus,
};

/// An opaque posterior: a prior spectrum conditioned on point observations; free it with
/// [`sf_kriging_free`].
pub struct SfKriging {
    kriging: DenseKriging,
}

/// The plan of a kriging call: its lmax and mmax must be the spectrum's lmax.
fn check_plan(k: &DenseKriging, s: &sphfield::Sht) -> FfiResult<()> {
    let l = k.spectrum().lmax();
    if s.lmax() != l || s.mmax() != l {
        return Err(invalid(format!(
            "the plan has (lmax, mmax) = ({}, {}); the posterior needs ({l}, {l}), the spectrum's lmax",
            s.lmax(),
            s.mmax()
        )));
    }
    Ok(())
}

/// Points from `n` latitudes and longitudes in degrees.
///
/// # Safety
/// `lat` and `lon` are NULL (refused) or hold `n` readable doubles each.
unsafe fn points(lat: *const f64, lon: *const f64, n: usize) -> FfiResult<Points> {
    // SAFETY: `lat` is NULL (refused) or holds `n` readable values: the caller's contract.
    let lat = unsafe { slice(lat, n, "lat") }?;
    // SAFETY: `lon` is NULL (refused) or holds `n` readable values: the caller's contract.
    let lon = unsafe { slice(lon, n, "lon") }?;
    Ok(Points::from_lat_lon_degrees(lat, lon)?)
}

/// Conditions the isotropic Gaussian prior with spectrum `cl[0..cl_len]` (band limit
/// cl_len − 1) on `n` observations `value[i]` at (`lat[i]`, `lon[i]`) degrees with noise standard
/// deviations `sigma[i]` ≥ 0 (0 = exact; needs distinct points). Factors the n × n covariance
/// (n ≤ 10 000).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `cl`: `cl_len` readable doubles.
/// * `lat`, `lon`, `value`, `sigma`: `n` readable doubles each.
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_kriging_new(
    cl: *const f64,
    cl_len: usize,
    lat: *const f64,
    lon: *const f64,
    value: *const f64,
    sigma: *const f64,
    n: usize,
    nthreads: usize,
    out: *mut *mut SfKriging,
) -> SfStatus {
    guard(|| {
        // SAFETY: `cl` is NULL (refused) or holds `cl_len` readable values: the function's contract.
        let spectrum = unsafe { spectrum_arg(cl, cl_len, "cl") }?;
        // SAFETY: `lat`, `lon` are NULL (refused) or hold `n` readable values: the function's contract.
        let pts = unsafe { points(lat, lon, n) }?;
        // SAFETY: `value` is NULL (refused) or holds `n` readable values: the function's contract.
        let values = unsafe { slice(value, n, "value") }?.to_vec();
        // SAFETY: `sigma` is NULL (refused) or holds `n` readable values: the function's contract.
        let sd = unsafe { slice(sigma, n, "sigma") }?;
        if let Some(i) = sd.iter().position(|s| !(s.is_finite() && *s >= 0.0)) {
            return Err(invalid(format!(
                "sigma[{i}] = {} must be finite and ≥ 0",
                sd[i]
            )));
        }
        let obs = Observations::new(pts, values, sd.iter().map(|s| s * s).collect())?;
        let kriging = DenseKriging::new(&spectrum, obs, par(nthreads)?)?;
        // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
        unsafe { put(out, SfKriging { kriging }, "out") }
    })
}

/// Releases a posterior (NULL is ignored).
///
/// # Safety
/// Each pointer must be valid as described (NULL is accepted and ignored):
/// * `kriging`: NULL or a handle made by `sf_kriging_new` and not yet freed; it must not be used afterwards.
#[no_mangle]
pub unsafe extern "C" fn sf_kriging_free(kriging: *mut SfKriging) {
    if !kriging.is_null() {
        // SAFETY: made by Box::into_raw in this library, freed once by contract.
        drop(unsafe { Box::from_raw(kriging) });
    }
}

/// The posterior mean's coefficients (`sf_alm_len(lmax, lmax)`, lmax = cl_len − 1 of
/// `sf_kriging_new`).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `kriging`: a handle made by `sf_kriging_new` and not yet freed.
/// * `alm`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_kriging_mean_alm(
    kriging: *const SfKriging,
    alm: *mut f64,
    alm_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `kriging` is NULL (refused) or a live handle from this library: the function's contract.
        let k = &unsafe { handle(kriging, "kriging") }?.kriging;
        let l = k.spectrum().lmax();
        expect_len("alm", alm_len, Alm::len_for(l, l))?;
        // SAFETY: `alm` is NULL (refused) or holds `alm_len` writable values: the function's contract.
        let out = unsafe { complex_mut(alm, alm_len, "alm") }?;
        out.copy_from_slice(k.mean_alm(par(nthreads)?)?.as_slice());
        Ok(())
    })
}

/// Posterior mean and standard deviation on the plan's grid (`map_len` = its pixel count);
/// the plan's lmax and mmax must equal the spectrum's lmax. `std_map` may be NULL to skip the
/// standard deviation (which costs a triangular solve per pixel).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `kriging`: a handle made by `sf_kriging_new` and not yet freed.
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `mean_map`: `map_len` writable doubles.
/// * `std_map`: NULL, or `map_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_kriging_maps(
    kriging: *const SfKriging,
    sht: *const SfSht,
    mean_map: *mut f64,
    std_map: *mut f64,
    map_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `kriging` is NULL (refused) or a live handle from this library: the function's contract.
        let k = &unsafe { handle(kriging, "kriging") }?.kriging;
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        check_plan(k, s)?;
        expect_len("map_len", map_len, s.geometry().npix())?;
        let p = par(nthreads)?;
        // SAFETY: `mean_map` is NULL (refused) or holds `map_len` writable values: the function's contract.
        let mean = unsafe { slice_mut(mean_map, map_len, "mean_map") }?;
        s.synthesis_into(&k.mean_alm(p)?, mean, p)?;
        if !std_map.is_null() {
            // SAFETY: `std_map` is non-NULL and holds `map_len` writable values: the function's contract.
            let std = unsafe { slice_mut(std_map, map_len, "std_map") }?;
            let var = k.variance_at(&Points::of_geometry(s.geometry()), p)?;
            for (o, v) in std.iter_mut().zip(var) {
                *o = v.sqrt();
            }
        }
        Ok(())
    })
}

/// Posterior mean and standard deviation at `n` points (`lat`, `lon` in degrees).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `kriging`: a handle made by `sf_kriging_new` and not yet freed.
/// * `lat`, `lon`: `n` readable doubles each.
/// * `mean`, `std`: `n` writable doubles each.
#[no_mangle]
pub unsafe extern "C" fn sf_kriging_at_points(
    kriging: *const SfKriging,
    lat: *const f64,
    lon: *const f64,
    n: usize,
    mean: *mut f64,
    std: *mut f64,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `kriging` is NULL (refused) or a live handle from this library: the function's contract.
        let k = &unsafe { handle(kriging, "kriging") }?.kriging;
        // SAFETY: `lat`, `lon` are NULL (refused) or hold `n` readable values: the function's contract.
        let pts = unsafe { points(lat, lon, n) }?;
        let p = par(nthreads)?;
        // SAFETY: `mean` is NULL (refused) or holds `n` writable values: the function's contract.
        unsafe { slice_mut(mean, n, "mean") }?.copy_from_slice(&k.mean_at(&pts, p)?);
        // SAFETY: `std` is NULL (refused) or holds `n` writable values: the function's contract.
        let out = unsafe { slice_mut(std, n, "std") }?;
        for (o, v) in out.iter_mut().zip(k.variance_at(&pts, p)?) {
            *o = v.sqrt();
        }
        Ok(())
    })
}

/// Conditional draw (constrained realisation) `member` of the seeded ensemble on the plan's
/// grid: the prior draw of `sf_kl_sample_alm(cl, seed, member)` updated by the data (Matheron).
/// Same (seed, member) → same bits for any `nthreads`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `kriging`: a handle made by `sf_kriging_new` and not yet freed.
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `map`: `map_len` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_kriging_draw_map(
    kriging: *const SfKriging,
    sht: *const SfSht,
    seed: u64,
    member: u64,
    map: *mut f64,
    map_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `kriging` is NULL (refused) or a live handle from this library: the function's contract.
        let k = &unsafe { handle(kriging, "kriging") }?.kriging;
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        check_plan(k, s)?;
        expect_len("map_len", map_len, s.geometry().npix())?;
        let member_end = member
            .checked_add(1)
            .ok_or_else(|| invalid("member must be below 2^64 − 1"))?;
        let p = par(nthreads)?;
        let draw = k.draws(seed, member..member_end, p)?.remove(0);
        // SAFETY: `map` is NULL (refused) or holds `map_len` writable values: the function's contract.
        let out = unsafe { slice_mut(map, map_len, "map") }?;
        s.synthesis_into(&draw, out, p)?;
        Ok(())
    })
}
