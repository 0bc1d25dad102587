//! Spherical harmonic transform plans as opaque handles.

use sphfield::{AnalysisOptions, Geometry, RingSpec, Sht};

use crate::status::{
    complex, complex_mut, expect_len, guard, handle, par, put, slice, slice_mut, FfiResult,
    SfStatus,
};

/// An opaque transform plan (grid + lmax + mmax); free it with [`sf_sht_free`].
pub struct SfSht {
    pub(crate) sht: Sht,
}

/// Builds a plan and hands it to the caller.
///
/// # Safety
/// `out` is NULL (refused) or a writable `SfSht*` location.
unsafe fn make(
    geometry: sphfield::Result<Geometry>,
    lmax: usize,
    mmax: usize,
    out: *mut *mut SfSht,
) -> FfiResult<()> {
    let sht = Sht::new(geometry?, lmax, mmax)?;
    // SAFETY: checked by `put`.
    unsafe { put(out, SfSht { sht }, "out") }
}

/// Plan on a Gauss–Legendre grid of `nlat` rings × `nlon` longitudes.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_sht_gauss_legendre(
    nlat: usize,
    nlon: usize,
    lmax: usize,
    mmax: usize,
    out: *mut *mut SfSht,
) -> SfStatus {
    // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
    guard(|| unsafe { make(Geometry::gauss_legendre(nlat, nlon), lmax, mmax, out) })
}

/// Plan on a Clenshaw–Curtis grid (both poles included).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_sht_clenshaw_curtis(
    nlat: usize,
    nlon: usize,
    lmax: usize,
    mmax: usize,
    out: *mut *mut SfSht,
) -> SfStatus {
    // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
    guard(|| unsafe { make(Geometry::clenshaw_curtis(nlat, nlon), lmax, mmax, out) })
}

/// Plan on a Fejér-1 grid (cell-centred latitudes: 180 × 360 is the climate 1° grid).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_sht_fejer1(
    nlat: usize,
    nlon: usize,
    lmax: usize,
    mmax: usize,
    out: *mut *mut SfSht,
) -> SfStatus {
    // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
    guard(|| unsafe { make(Geometry::fejer1(nlat, nlon), lmax, mmax, out) })
}

/// Plan on a HEALPix grid (RING order).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_sht_healpix(
    nside: usize,
    lmax: usize,
    mmax: usize,
    out: *mut *mut SfSht,
) -> SfStatus {
    // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
    guard(|| unsafe { make(Geometry::healpix(nside), lmax, mmax, out) })
}

/// Plan on caller-supplied rings: colatitudes `theta`, first-pixel longitudes `phi0`, pixel
/// counts `nphi` and per-pixel quadrature weights `weight` (0 if unknown), `nrings` of each.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `theta`: `nrings` readable doubles.
/// * `phi0`: `nrings` readable doubles.
/// * `nphi`: `nrings` readable `size_t`.
/// * `weight`: `nrings` readable doubles.
/// * `out`: a writable location for the new handle (written only on success).
#[no_mangle]
pub unsafe extern "C" fn sf_sht_rings(
    nrings: usize,
    theta: *const f64,
    phi0: *const f64,
    nphi: *const usize,
    weight: *const f64,
    lmax: usize,
    mmax: usize,
    out: *mut *mut SfSht,
) -> SfStatus {
    guard(|| {
        // SAFETY: the caller guarantees `nrings` values in each array.
        let (t, p, n, w) = unsafe {
            (
                slice(theta, nrings, "theta")?,
                slice(phi0, nrings, "phi0")?,
                slice(nphi, nrings, "nphi")?,
                slice(weight, nrings, "weight")?,
            )
        };
        let specs: Vec<RingSpec> = (0..nrings)
            .map(|i| RingSpec {
                theta: t[i],
                phi0: p[i],
                nphi: n[i],
                weight: w[i],
            })
            .collect();
        // SAFETY: `out` is NULL (refused by `put`) or a writable handle location: the function's contract.
        unsafe { make(Geometry::from_rings(&specs), lmax, mmax, out) }
    })
}

/// Releases a plan (NULL is ignored).
///
/// # Safety
/// Each pointer must be valid as described (NULL is accepted and ignored):
/// * `sht`: NULL or a plan made by an `sf_sht_*` constructor and not yet freed; it must not be used afterwards.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_free(sht: *mut SfSht) {
    if !sht.is_null() {
        // SAFETY: made by Box::into_raw in this library, freed once by contract.
        drop(unsafe { Box::from_raw(sht) });
    }
}

/// Number of pixels of the plan's grid (0 for NULL).
///
/// # Safety
/// Each pointer must be valid as described (NULL is accepted and ignored):
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_npix(sht: *const SfSht) -> usize {
    // SAFETY: NULL or a live handle.
    unsafe { sht.as_ref() }.map_or(0, |s| s.sht.geometry().npix())
}

/// Number of complex coefficients of the plan's band limit (0 for NULL).
///
/// # Safety
/// Each pointer must be valid as described (NULL is accepted and ignored):
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_alm_len(sht: *const SfSht) -> usize {
    // SAFETY: NULL or a live handle.
    unsafe { sht.as_ref() }.map_or(0, |s| sphfield::Alm::len_for(s.sht.lmax(), s.sht.mmax()))
}

/// Per-pixel quadrature weights of the plan's grid into `weights[0..npix]` (HEALPix: 4π/npix).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `weights`: `npix` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_pixel_weights(
    sht: *const SfSht,
    weights: *mut f64,
    npix: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = unsafe { handle(sht, "sht") }?;
        let g = s.sht.geometry();
        expect_len("weights", npix, g.npix())?;
        // SAFETY: `weights` is NULL (refused) or holds `npix` writable values: the function's contract.
        unsafe { slice_mut(weights, npix, "weights") }?.copy_from_slice(&g.pixel_weights());
        Ok(())
    })
}

/// The caller's coefficients for the plan `s`, length-checked.
///
/// # Safety
/// `alm` is NULL (refused) or holds `alm_len` readable complex values.
pub(crate) unsafe fn alm_in(s: &Sht, alm: *const f64, alm_len: usize) -> FfiResult<sphfield::Alm> {
    expect_len("alm", alm_len, sphfield::Alm::len_for(s.lmax(), s.mmax()))?;
    // SAFETY: `alm` is NULL (refused) or holds `alm_len` readable values: the function's contract.
    let a = unsafe { complex(alm, alm_len, "alm") }?;
    Ok(sphfield::Alm::from_vec(s.lmax(), s.mmax(), a.to_vec())?)
}

/// Synthesis: coefficients `alm[0..alm_len]` → map `map[0..npix]`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `alm`: `alm_len` readable complex values (twice as many doubles, re/im interleaved).
/// * `map`: `npix` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_synthesis(
    sht: *const SfSht,
    alm: *const f64,
    alm_len: usize,
    map: *mut f64,
    npix: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        // SAFETY: `alm` is NULL (refused) or holds `alm_len` readable values: the function's contract.
        let a = unsafe { alm_in(s, alm, alm_len) }?;
        expect_len("map", npix, s.geometry().npix())?;
        // SAFETY: `map` is NULL (refused) or holds `npix` writable values: the function's contract.
        let out = unsafe { slice_mut(map, npix, "map") }?;
        s.synthesis_into(&a, out, par(nthreads)?)?;
        Ok(())
    })
}

/// The per-field lengths of a batched call checked against the plan, and the totals
/// (coefficients, map values) for `nfields` fields; `SF_TOO_LARGE` if a total overflows.
fn batch_lengths(
    s: &Sht,
    nfields: usize,
    alm_len: usize,
    npix: usize,
) -> FfiResult<(usize, usize)> {
    expect_len("alm", alm_len, sphfield::Alm::len_for(s.lmax(), s.mmax()))?;
    expect_len("map", npix, s.geometry().npix())?;
    let total = |what: &str, len: usize| {
        nfields
            .checked_mul(len)
            .ok_or_else(|| sphfield::Error::TooLarge {
                what: format!("{nfields} fields of {len} {what} values each"),
                requested: nfields as u128 * len as u128,
                limit: usize::MAX as u128,
            })
    };
    Ok((total("coefficient", alm_len)?, total("map", npix)?))
}

/// `iterations` of the analysis calls: < 0 is the default, otherwise that many refinement steps.
pub(crate) fn analysis_options(iterations: i32) -> AnalysisOptions {
    if iterations < 0 {
        AnalysisOptions::default()
    } else {
        AnalysisOptions::iterations(iterations as usize)
    }
}

/// Synthesis of `nfields` fields at once: coefficients `alm[0..nfields·alm_len]` (field after
/// field) → maps `map[0..nfields·npix]` (map after map). Bitwise the maps of `sf_sht_synthesis`
/// on each field; with the AVX-512 and AVX2 kernels fields share the Legendre recurrence.
/// `nfields` = 0 does nothing.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `alm`: `nfields · alm_len` readable complex values (twice as many doubles).
/// * `map`: `nfields · npix` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_sht_synthesis_many(
    sht: *const SfSht,
    nfields: usize,
    alm: *const f64,
    alm_len: usize,
    map: *mut f64,
    npix: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        let (alm_total, map_total) = batch_lengths(s, nfields, alm_len, npix)?;
        let pool = par(nthreads)?;
        if nfields == 0 {
            return Ok(());
        }
        // SAFETY: `alm` is NULL (refused) or holds `nfields · alm_len` readable complex values:
        // the function's contract.
        let a = unsafe { complex(alm, alm_total, "alm") }?;
        let fields = a
            .chunks_exact(alm_len)
            .map(|c| sphfield::Alm::from_vec(s.lmax(), s.mmax(), c.to_vec()))
            .collect::<sphfield::Result<Vec<_>>>()?;
        // SAFETY: `map` is NULL (refused) or holds `nfields · npix` writable values: the
        // function's contract.
        let out = unsafe { slice_mut(map, map_total, "map") }?;
        let mut outs: Vec<&mut [f64]> = out.chunks_exact_mut(npix).collect();
        s.synthesis_many_into(&fields, &mut outs, pool)?;
        Ok(())
    })
}

/// Analysis of `nfields` maps at once: `map[0..nfields·npix]` (map after map) → coefficients
/// `alm[0..nfields·alm_len]` (field after field), each as `sf_sht_analysis` gives it;
/// `iterations` as there. `nfields` = 0 does nothing.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `map`: `nfields · npix` readable doubles.
/// * `alm`: `nfields · alm_len` writable complex values (twice as many doubles).
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn sf_sht_analysis_many(
    sht: *const SfSht,
    nfields: usize,
    map: *const f64,
    npix: usize,
    iterations: i32,
    alm: *mut f64,
    alm_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        let (alm_total, map_total) = batch_lengths(s, nfields, alm_len, npix)?;
        let pool = par(nthreads)?;
        if nfields == 0 {
            return Ok(());
        }
        // SAFETY: `map` is NULL (refused) or holds `nfields · npix` readable values: the
        // function's contract.
        let m = unsafe { slice(map, map_total, "map") }?;
        // SAFETY: `alm` is NULL (refused) or holds `nfields · alm_len` writable complex values:
        // the function's contract.
        let out = unsafe { complex_mut(alm, alm_total, "alm") }?;
        let maps: Vec<&[f64]> = m.chunks_exact(npix).collect();
        let alms = s.analysis_many(&maps, analysis_options(iterations), pool)?;
        for (o, a) in out.chunks_exact_mut(alm_len).zip(&alms) {
            o.copy_from_slice(a.as_slice());
        }
        Ok(())
    })
}

/// The shared body of adjoint and analysis: checks the buffers, runs `f` on the map and writes
/// the coefficients.
///
/// # Safety
/// `sht` is NULL or a live plan; `map` is NULL or holds `npix` readable doubles; `alm` is NULL
/// or holds `alm_len` writable complex values (NULL and wrong lengths are refused).
unsafe fn map_to_alm(
    sht: *const SfSht,
    map: *const f64,
    npix: usize,
    alm: *mut f64,
    alm_len: usize,
    f: impl FnOnce(&Sht, &[f64]) -> sphfield::Result<sphfield::Alm>,
) -> FfiResult<()> {
    // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
    let s = &unsafe { handle(sht, "sht") }?.sht;
    expect_len("map", npix, s.geometry().npix())?;
    expect_len("alm", alm_len, sphfield::Alm::len_for(s.lmax(), s.mmax()))?;
    // SAFETY: `map` is NULL (refused) or holds `npix` readable values: the function's contract.
    let m = unsafe { slice(map, npix, "map") }?;
    // SAFETY: `alm` is NULL (refused) or holds `alm_len` writable values: the function's contract.
    let out = unsafe { complex_mut(alm, alm_len, "alm") }?;
    out.copy_from_slice(f(s, m)?.as_slice());
    Ok(())
}

/// Adjoint synthesis (the exact transpose): map → coefficients.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `map`: `npix` readable doubles.
/// * `alm`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_sht_adjoint(
    sht: *const SfSht,
    map: *const f64,
    npix: usize,
    alm: *mut f64,
    alm_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the pointers are as `map_to_alm` needs: the function's contract.
        unsafe {
            map_to_alm(sht, map, npix, alm, alm_len, |s, m| {
                s.adjoint_synthesis(m, par(nthreads)?)
            })
        }
    })
}

/// Analysis: map → coefficients (exact quadrature on lat–lon grids within their limit;
/// iterative refinement on HEALPix). `iterations` < 0 uses the default (0 exact grids; HEALPix: conjugate gradients to ~1e-10, at most 12 steps).
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `map`: `npix` readable doubles.
/// * `alm`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_sht_analysis(
    sht: *const SfSht,
    map: *const f64,
    npix: usize,
    iterations: i32,
    alm: *mut f64,
    alm_len: usize,
    nthreads: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: the pointers are as `map_to_alm` needs: the function's contract.
        unsafe {
            map_to_alm(sht, map, npix, alm, alm_len, |s, m| {
                s.analysis_refined(m, analysis_options(iterations), par(nthreads)?)
            })
        }
    })
}
