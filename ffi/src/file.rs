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
        let path = unsafe { string(path, "path") }?;
        let s = &unsafe { handle(sht, "sht") }?.sht;
        let geometry = s.geometry();
        expect_len("npix", npix, geometry.npix())?;
        if n_members == 0 {
            return Err(invalid("n_members must be at least 1"));
        }
        let total = n_members
            .checked_mul(npix)
            .ok_or_else(|| invalid("n_members × npix overflows"))?;
        let all = unsafe { slice(maps, total, "maps") }?;
        let units = if units.is_null() {
            "1"
        } else {
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

unsafe fn open_map(path: *const c_char) -> FfiResult<(FileReader, sphfield::io::MapInfo)> {
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
#[no_mangle]
pub unsafe extern "C" fn sf_read_map_info(
    path: *const c_char,
    npix: *mut usize,
    count: *mut usize,
) -> SfStatus {
    guard(|| {
        let (_, info) = unsafe { open_map(path) }?;
        unsafe { slice_mut(npix, 1, "npix") }?[0] = info.geometry.npix();
        unsafe { slice_mut(count, 1, "count") }?[0] = info.count();
        Ok(())
    })
}

/// Reads map number `member` of the first map variable into `map[0..npix]`.
#[no_mangle]
pub unsafe extern "C" fn sf_read_map(
    path: *const c_char,
    member: usize,
    map: *mut f64,
    npix: usize,
) -> SfStatus {
    guard(|| {
        let (r, info) = unsafe { open_map(path) }?;
        expect_len("map", npix, info.geometry.npix())?;
        let m = r.read_map(&info, member)?;
        unsafe { slice_mut(map, npix, "map") }?.copy_from_slice(m.values());
        Ok(())
    })
}

/// Writes `n_members` coefficient sets (lmax, mmax) as `harmonic/alm`.
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
        let path = unsafe { string(path, "path") }?;
        if mmax > lmax || n_members == 0 {
            return Err(invalid(format!("need mmax <= lmax and n_members >= 1 (got mmax {mmax}, lmax {lmax}, n_members {n_members})")));
        }
        let len = Alm::len_for(lmax, mmax);
        let total = n_members
            .checked_mul(len)
            .ok_or_else(|| invalid("n_members × alm length overflows"))?;
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
#[no_mangle]
pub unsafe extern "C" fn sf_read_alm_info(
    path: *const c_char,
    lmax: *mut usize,
    mmax: *mut usize,
    count: *mut usize,
) -> SfStatus {
    guard(|| {
        let p = unsafe { string(path, "path") }?;
        let info = FileReader::open(p)?
            .alm_info()?
            .ok_or_else(|| invalid(format!("{p} holds no harmonic/alm")))?;
        unsafe { slice_mut(lmax, 1, "lmax") }?[0] = info.lmax;
        unsafe { slice_mut(mmax, 1, "mmax") }?[0] = info.mmax;
        unsafe { slice_mut(count, 1, "count") }?[0] = info.count();
        Ok(())
    })
}

/// Reads coefficient set number `member` into `alm[0..alm_len]`.
#[no_mangle]
pub unsafe extern "C" fn sf_read_alm(
    path: *const c_char,
    member: usize,
    alm: *mut f64,
    alm_len: usize,
) -> SfStatus {
    guard(|| {
        let p = unsafe { string(path, "path") }?;
        let r = FileReader::open(p)?;
        let info = r
            .alm_info()?
            .ok_or_else(|| invalid(format!("{p} holds no harmonic/alm")))?;
        expect_len("alm", alm_len, Alm::len_for(info.lmax, info.mmax))?;
        let a = r.read_alm(&info, member)?;
        unsafe { complex_mut(alm, alm_len, "alm") }?.copy_from_slice(a.as_slice());
        Ok(())
    })
}
