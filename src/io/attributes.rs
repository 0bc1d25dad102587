//! Small helpers over the `hdf5` crate: attributes of any string flavour, integer and float
//! attributes with validation, dimension scales (H5DS from libhdf5_hl), and error mapping.

use std::path::Path;

use hdf5::types::{TypeDescriptor, VarLenUnicode};
use hdf5::{Dataset, Location};

use crate::error::{Error, Result};

/// Maps an HDF5 library error to [`Error::File`] with the file and what was being done.
pub(crate) fn h5<'a>(path: &'a Path, doing: &str) -> impl Fn(hdf5::Error) -> Error + 'a {
    let doing = doing.to_string();
    move |e| Error::File {
        path: super::atomic::display(path),
        reason: format!("{doing}: {}", lossy(e.to_string().as_bytes())),
    }
}

pub(crate) fn file_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::File {
        path: super::atomic::display(path),
        reason: reason.into(),
    }
}

/// Writes a UTF-8 string attribute (variable length, as h5py and netCDF-4 write them).
pub(crate) fn put_str(loc: &Location, name: &str, value: &str) -> hdf5::Result<()> {
    // Interior NULs cannot be stored in a C string; replace them rather than fail.
    let clean: String = value
        .chars()
        .map(|c| if c == '\0' { ' ' } else { c })
        .collect();
    let v: VarLenUnicode = clean
        .parse()
        .map_err(|e| hdf5::Error::from(format!("attribute {name}: {e}")))?;
    loc.new_attr::<VarLenUnicode>()
        .create(name)?
        .write_scalar(&v)
}

pub(crate) fn put_f64(loc: &Location, name: &str, value: f64) -> hdf5::Result<()> {
    loc.new_attr::<f64>().create(name)?.write_scalar(&value)
}

pub(crate) fn put_u64(loc: &Location, name: &str, value: u64) -> hdf5::Result<()> {
    loc.new_attr::<u64>().create(name)?.write_scalar(&value)
}

pub(crate) fn put_i64(loc: &Location, name: &str, value: i64) -> hdf5::Result<()> {
    loc.new_attr::<i64>().create(name)?.write_scalar(&value)
}

/// Whether `loc` carries attribute `name`.
pub(crate) fn has_attr(loc: &Location, name: &str, path: &Path) -> Result<bool> {
    let names = clean_names(loc.attr_names().map_err(h5(path, "listing attributes"))?);
    Ok(names.iter().any(|n| n == name))
}

/// Text from a file's bytes: the hdf5 crate does not check that strings marked UTF-8 (or
/// ASCII) are, and a corrupted file's are not; invalid sequences become U+FFFD.
pub(crate) fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The name of an HDF5 object, valid UTF-8 whatever the file holds.
pub(crate) fn object_name(loc: &Location) -> String {
    lossy(loc.name().as_bytes())
}

/// Names listed by the hdf5 crate (attributes, group members), made valid UTF-8.
pub(crate) fn clean_names(names: Vec<String>) -> Vec<String> {
    names.into_iter().map(|n| lossy(n.as_bytes())).collect()
}

/// Reads a string attribute stored as variable- or fixed-length ASCII or UTF-8 (h5py,
/// netCDF-C and sphfield all use different ones). `None` if the attribute is absent.
pub(crate) fn get_str(loc: &Location, name: &str, path: &Path) -> Result<Option<String>> {
    if !has_attr(loc, name, path)? {
        return Ok(None);
    }
    let attr = loc
        .attr(name)
        .map_err(h5(path, &format!("opening attribute {name}")))?;
    let what = format!("attribute {name} of {}", object_name(loc));
    let desc = attr
        .dtype()
        .and_then(|t| t.to_descriptor())
        .map_err(h5(path, &what))?;
    if !attr.is_scalar() && attr.size() != 1 {
        return Err(file_error(
            path,
            format!("{what} should be a single string"),
        ));
    }
    let read = |e| h5(path, &what)(e);
    let value = match desc {
        TypeDescriptor::VarLenUnicode => attr
            .as_reader()
            .read_raw::<VarLenUnicode>()
            .map_err(read)?
            .first()
            .map(|v| lossy(v.as_bytes()))
            .unwrap_or_default(),
        TypeDescriptor::VarLenAscii => attr
            .as_reader()
            .read_raw::<hdf5::types::VarLenAscii>()
            .map_err(read)?
            .first()
            .map(|v| lossy(v.as_bytes()))
            .unwrap_or_default(),
        TypeDescriptor::FixedAscii(_) | TypeDescriptor::FixedUnicode(_) => {
            // Read the raw bytes and stop at the first NUL (C strings, netCDF NC_CHAR).
            let bytes = attr.as_byte_reader().map_err(read)?;
            let raw: Vec<u8> = std::io::Read::bytes(bytes)
                .collect::<std::io::Result<_>>()
                .map_err(|e| file_error(path, format!("{what}: {e}")))?;
            let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
            String::from_utf8_lossy(&raw[..end]).into_owned()
        }
        other => {
            return Err(file_error(
                path,
                format!("{what} should be a string, found {other}"),
            ))
        }
    };
    Ok(Some(value))
}

/// Reads a numeric scalar attribute as f64 (any integer or float type). `None` if absent.
pub(crate) fn get_f64(loc: &Location, name: &str, path: &Path) -> Result<Option<f64>> {
    if !has_attr(loc, name, path)? {
        return Ok(None);
    }
    let what = format!("attribute {name} of {}", object_name(loc));
    let attr = loc.attr(name).map_err(h5(path, &what))?;
    let desc = attr
        .dtype()
        .and_then(|t| t.to_descriptor())
        .map_err(h5(path, &what))?;
    if !matches!(
        desc,
        TypeDescriptor::Integer(_) | TypeDescriptor::Unsigned(_) | TypeDescriptor::Float(_)
    ) {
        return Err(file_error(
            path,
            format!("{what} should be a number, found {desc}"),
        ));
    }
    if attr.size() != 1 {
        return Err(file_error(
            path,
            format!("{what} should be a single number"),
        ));
    }
    let v = attr
        .as_reader()
        .read_raw::<f64>()
        .map_err(h5(path, &what))?;
    Ok(Some(v[0]))
}

/// A required non-negative integer attribute (lmax, nside, ...), validated.
pub(crate) fn require_usize(loc: &Location, name: &str, path: &Path) -> Result<usize> {
    let v = get_f64(loc, name, path)?.ok_or_else(|| {
        file_error(
            path,
            format!("attribute {name} is missing on {}", object_name(loc)),
        )
    })?;
    if !(v >= 0.0 && v.fract() == 0.0 && v < 9.0e15) {
        return Err(file_error(
            path,
            format!(
                "attribute {name} of {} = {v} is not a non-negative integer",
                object_name(loc)
            ),
        ));
    }
    Ok(v as usize)
}

/// A required string attribute.
pub(crate) fn require_str(loc: &Location, name: &str, path: &Path) -> Result<String> {
    get_str(loc, name, path)?.ok_or_else(|| {
        file_error(
            path,
            format!("attribute {name} is missing on {}", object_name(loc)),
        )
    })
}

mod ffi {
    use hdf5_metno_sys::h5::herr_t;
    use hdf5_metno_sys::h5i::hid_t;
    use std::os::raw::{c_char, c_uint};

    // Dimension scales live in libhdf5_hl, linked by hdf5-metno-sys's `hl` feature; the
    // crate has no bindings for them, so declare the three functions we use.
    extern "C" {
        pub fn H5DSset_scale(dsid: hid_t, dimname: *const c_char) -> herr_t;
        pub fn H5DSattach_scale(did: hid_t, dsid: hid_t, idx: c_uint) -> herr_t;
        pub fn H5DSset_label(did: hid_t, idx: c_uint, label: *const c_char) -> herr_t;
    }
}

/// The NAME netCDF-4 gives a dimension that has no coordinate variable; netCDF-C and
/// h5netcdf (xarray) then show the dimension but not the placeholder dataset.
pub(crate) const NOT_A_VARIABLE: &str = "This is a netCDF dimension but not a netCDF variable.";

/// Makes `scale` a dimension scale named `name` (H5DSset_scale).
pub(crate) fn set_scale(scale: &Dataset, name: &str) -> hdf5::Result<()> {
    let c = std::ffi::CString::new(name).map_err(|e| hdf5::Error::from(e.to_string()))?;
    let id = scale.id();
    // SAFETY: `id` is a valid open dataset id for the lifetime of `scale`; `c` outlives the
    // call. hdf5-metno serialises library calls behind its lock, which `sync` takes.
    let status = hdf5::sync::sync(|| unsafe { ffi::H5DSset_scale(id, c.as_ptr()) });
    if status < 0 {
        return Err(hdf5::Error::from(format!("H5DSset_scale({name}) failed")));
    }
    Ok(())
}

/// Attaches dimension scale `scale` to dimension `dim` of `data` and labels the dimension.
pub(crate) fn attach_scale(
    data: &Dataset,
    scale: &Dataset,
    dim: usize,
    label: &str,
) -> hdf5::Result<()> {
    let c = std::ffi::CString::new(label).map_err(|e| hdf5::Error::from(e.to_string()))?;
    let (did, sid) = (data.id(), scale.id());
    let idx = dim as std::os::raw::c_uint;
    // SAFETY: as in `set_scale`; both ids are open datasets in the same file.
    let status = hdf5::sync::sync(|| unsafe {
        let s = ffi::H5DSattach_scale(did, sid, idx);
        if s < 0 {
            s
        } else {
            ffi::H5DSset_label(did, idx, c.as_ptr())
        }
    });
    if status < 0 {
        return Err(hdf5::Error::from(format!(
            "H5DSattach_scale({label}, dimension {dim}) failed"
        )));
    }
    Ok(())
}

/// Any scalar attribute as text (strings as they are, integers exactly, floats in full
/// precision); `None` for attributes of other types.
pub(crate) fn get_display(loc: &Location, name: &str, path: &Path) -> Option<String> {
    if let Ok(Some(s)) = get_str(loc, name, path) {
        return Some(s);
    }
    let attr = loc.attr(name).ok()?;
    if attr.size() != 1 {
        return None;
    }
    match attr.dtype().and_then(|t| t.to_descriptor()).ok()? {
        TypeDescriptor::Unsigned(_) => attr
            .as_reader()
            .read_raw::<u64>()
            .ok()
            .map(|v| v[0].to_string()),
        TypeDescriptor::Integer(_) => attr
            .as_reader()
            .read_raw::<i64>()
            .ok()
            .map(|v| v[0].to_string()),
        TypeDescriptor::Float(_) => attr
            .as_reader()
            .read_raw::<f64>()
            .ok()
            .map(|v| v[0].to_string()),
        _ => None,
    }
}
