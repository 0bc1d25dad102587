//! HDF5 files in the sphfield layout (see the `sphfield::io` docs).

use std::os::raw::c_char;

use sphfield::io::{Dim, FieldMeta, FileReader, FileWriter, Overwrite, Provenance, WriteOptions};
use sphfield::{Alm, Map};

use crate::sht::SfSht;
use crate::status::{
    complex, complex_mut, expect_len, guard, handle, invalid, slice, slice_mut, string, FfiResult,
    SfStatus,
};

fn options(overwrite: i32) -> WriteOptions {
    WriteOptions {
        overwrite: if overwrite != 0 {
            Overwrite::Allow
        } else {
            Overwrite::Refuse
        },
        deflate: None,
    }
}

/// Writes `n_members` maps on the plan's grid (`maps` holds n_members × npix doubles) as the
/// variable `field` with CF `units` (e.g. "K"; NULL for "1"); `n_members` = 1 writes a single
/// map, more an ensemble. Atomic; an existing file is replaced only if `overwrite` != 0.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `path`: a NUL-terminated UTF-8 string.
/// * `sht`: a plan made by an `sf_sht_*` constructor and not yet freed.
/// * `maps`: `n_members·npix` readable doubles.
/// * `units`: NULL (units "1") or a NUL-terminated UTF-8 string.
#[no_mangle]
pub unsafe extern "C" fn sf_write_maps(
    path: *const c_char,
    sht: *const SfSht,
    maps: *const f64,
    n_members: usize,
    npix: usize,
    units: *const c_char,
    overwrite: i32,
) -> SfStatus {
    guard(|| {
        // SAFETY: `path` is NULL (refused) or a NUL-terminated string: the function's contract.
        let path = unsafe { string(path, "path") }?;
        // SAFETY: `sht` is NULL (refused) or a live handle from this library: the function's contract.
        let s = &unsafe { handle(sht, "sht") }?.sht;
        let geometry = s.geometry();
        expect_len("npix", npix, geometry.npix())?;
        if n_members == 0 {
            return Err(invalid("n_members must be at least 1"));
        }
        let total = n_members
            .checked_mul(npix)
            .ok_or_else(|| invalid("n_members × npix overflows"))?;
        // SAFETY: `maps` is NULL (refused) or holds `total` readable values: the function's contract.
        let all = unsafe { slice(maps, total, "maps") }?;
        let units = if units.is_null() {
            "1"
        } else {
            // SAFETY: `units` is NULL (refused) or a NUL-terminated string: the function's contract.
            unsafe { string(units, "units") }?
        };
        let meta = FieldMeta {
            units: units.to_string(),
            ..FieldMeta::default()
        };
        let w = FileWriter::create(
            path,
            options(overwrite),
            &Provenance::from_call("sf_write_maps (C ABI)"),
        )?;
        if n_members == 1 {
            w.write_map(&Map::new(geometry.clone(), all.to_vec())?, &meta)?;
        } else {
            let mut e = w.map_ensemble(geometry, vec![Dim::members(n_members)], &meta)?;
            for chunk in all.chunks(npix) {
                e.write(&Map::new(geometry.clone(), chunk.to_vec())?)?;
            }
        }
        w.commit()?;
        Ok(())
    })
}

/// Opens a file and the first map variable in it.
///
/// # Safety
/// `path` is NULL (refused) or a NUL-terminated string.
unsafe fn open_map(path: *const c_char) -> FfiResult<(FileReader, sphfield::io::MapInfo)> {
    // SAFETY: `path` is NULL (refused) or a NUL-terminated string: the function's contract.
    let path = unsafe { string(path, "path") }?;
    let r = FileReader::open(path)?;
    let name = r
        .map_names()?
        .into_iter()
        .next()
        .ok_or_else(|| invalid(format!("{path} holds no map variable")))?;
    let info = r.map_info(&name)?;
    Ok((r, info))
}

/// Pixel count and number of maps of the first map variable of a file.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `path`: a NUL-terminated UTF-8 string.
/// * `npix`: one writable `size_t`.
/// * `count`: one writable `size_t`.
#[no_mangle]
pub unsafe extern "C" fn sf_read_map_info(
    path: *const c_char,
    npix: *mut usize,
    count: *mut usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `path` is NULL (refused) or a NUL-terminated string: the function's contract.
        let (_, info) = unsafe { open_map(path) }?;
        // SAFETY: `npix` is NULL (refused) or holds `1` writable values: the function's contract.
        unsafe { slice_mut(npix, 1, "npix") }?[0] = info.geometry.npix();
        // SAFETY: `count` is NULL (refused) or holds `1` writable values: the function's contract.
        unsafe { slice_mut(count, 1, "count") }?[0] = info.count();
        Ok(())
    })
}

/// Reads map number `member` of the first map variable into `map[0..npix]`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `path`: a NUL-terminated UTF-8 string.
/// * `map`: `npix` writable doubles.
#[no_mangle]
pub unsafe extern "C" fn sf_read_map(
    path: *const c_char,
    member: usize,
    map: *mut f64,
    npix: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `path` is NULL (refused) or a NUL-terminated string: the function's contract.
        let (r, info) = unsafe { open_map(path) }?;
        expect_len("map", npix, info.geometry.npix())?;
        let m = r.read_map(&info, member)?;
        // SAFETY: `map` is NULL (refused) or holds `npix` writable values: the function's contract.
        unsafe { slice_mut(map, npix, "map") }?.copy_from_slice(m.values());
        Ok(())
    })
}

/// Writes `n_members` coefficient sets (lmax, mmax) as `harmonic/alm`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `path`: a NUL-terminated UTF-8 string.
/// * `alm`: `n_members·sf_alm_len(lmax, mmax)` readable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_write_alm(
    path: *const c_char,
    alm: *const f64,
    n_members: usize,
    lmax: usize,
    mmax: usize,
    overwrite: i32,
) -> SfStatus {
    guard(|| {
        // SAFETY: `path` is NULL (refused) or a NUL-terminated string: the function's contract.
        let path = unsafe { string(path, "path") }?;
        if mmax > lmax || n_members == 0 {
            return Err(invalid(format!("need mmax <= lmax and n_members >= 1 (got mmax {mmax}, lmax {lmax}, n_members {n_members})")));
        }
        let len = Alm::len_for(lmax, mmax);
        let total = n_members
            .checked_mul(len)
            .ok_or_else(|| invalid("n_members × alm length overflows"))?;
        // SAFETY: `alm` is NULL (refused) or holds `total` readable values: the function's contract.
        let all = unsafe { complex(alm, total, "alm") }?;
        let w = FileWriter::create(
            path,
            options(overwrite),
            &Provenance::from_call("sf_write_alm (C ABI)"),
        )?;
        if n_members == 1 {
            w.write_alm(&Alm::from_vec(lmax, mmax, all.to_vec())?)?;
        } else {
            let mut e = w.alm_ensemble(lmax, mmax, vec![Dim::members(n_members)])?;
            for chunk in all.chunks(len) {
                e.write(&Alm::from_vec(lmax, mmax, chunk.to_vec())?)?;
            }
        }
        w.commit()?;
        Ok(())
    })
}

/// lmax, mmax and count of `harmonic/alm`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `path`: a NUL-terminated UTF-8 string.
/// * `lmax`: one writable `size_t`.
/// * `mmax`: one writable `size_t`.
/// * `count`: one writable `size_t`.
#[no_mangle]
pub unsafe extern "C" fn sf_read_alm_info(
    path: *const c_char,
    lmax: *mut usize,
    mmax: *mut usize,
    count: *mut usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `path` is NULL (refused) or a NUL-terminated string: the function's contract.
        let p = unsafe { string(path, "path") }?;
        let info = FileReader::open(p)?
            .alm_info()?
            .ok_or_else(|| invalid(format!("{p} holds no harmonic/alm")))?;
        // SAFETY: `lmax` is NULL (refused) or holds `1` writable values: the function's contract.
        unsafe { slice_mut(lmax, 1, "lmax") }?[0] = info.lmax;
        // SAFETY: `mmax` is NULL (refused) or holds `1` writable values: the function's contract.
        unsafe { slice_mut(mmax, 1, "mmax") }?[0] = info.mmax;
        // SAFETY: `count` is NULL (refused) or holds `1` writable values: the function's contract.
        unsafe { slice_mut(count, 1, "count") }?[0] = info.count();
        Ok(())
    })
}

/// Reads coefficient set number `member` into `alm[0..alm_len]`.
///
/// # Safety
/// Each pointer must be valid as described; NULL where data is needed is refused with
/// `SF_NULL_POINTER`, and lengths are checked against what the call needs:
/// * `path`: a NUL-terminated UTF-8 string.
/// * `alm`: `alm_len` writable complex values (twice as many doubles, re/im interleaved).
#[no_mangle]
pub unsafe extern "C" fn sf_read_alm(
    path: *const c_char,
    member: usize,
    alm: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        // SAFETY: `path` is NULL (refused) or a NUL-terminated string: the function's contract.
        let p = unsafe { string(path, "path") }?;
        let r = FileReader::open(p)?;
        let info = r
            .alm_info()?
            .ok_or_else(|| invalid(format!("{p} holds no harmonic/alm")))?;
        expect_len("alm", alm_len, Alm::len_for(info.lmax, info.mmax))?;
        let a = r.read_alm(&info, member)?;
        // SAFETY: `alm` is NULL (refused) or holds `alm_len` writable values: the function's contract.
        unsafe { complex_mut(alm, alm_len, "alm") }?.copy_from_slice(a.as_slice());
        Ok(())
    })
}
