//! HDF5 files: maps and coefficients, single or ensembles, atomic writes.

use numpy::{Complex64, PyArray1, PyArrayDyn, PyUntypedArrayMethods};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use sf::io::{Dim, FieldMeta, FileReader, FileWriter, Overwrite, Provenance, WriteOptions};
use sf::{Alm, Map};
use sphfield_core as sf;

use crate::convert::{alm_out, array, lmax_from_len, shaped, values, OrPy};
use crate::transform::Sht;

fn write_options(overwrite: bool) -> WriteOptions {
    WriteOptions {
        overwrite: if overwrite {
            Overwrite::Allow
        } else {
            Overwrite::Refuse
        },
        deflate: None,
    }
}

/// Writes maps on the grid of ``sht`` to an HDF5 file as the CF variable ``field``.
///
/// Lat–lon grids get ``lat``/``lon`` coordinates (xarray opens the file with them), HEALPix
/// maps ``nside`` and ``ordering``. The file is written to a temporary name and renamed when
/// complete.
///
/// Parameters
/// ----------
/// path : str or os.PathLike
///     Output file.
/// sht : Sht
///     The grid of the maps.
/// maps : array_like
///     One map (shape ``sht.shape`` or ``(npix,)``) or an ensemble (shape
///     ``(n,) + sht.shape`` or ``(n, npix)``).
/// units : str, default "1"
///     Units of the field (CF ``units``).
/// overwrite : bool, default False
///     Replace an existing file (otherwise FileExistsError).
#[pyfunction]
#[pyo3(signature = (path, sht, maps, units="1", overwrite=false))]
pub fn write_maps(
    path: std::path::PathBuf,
    sht: &Sht,
    maps: &Bound<'_, PyAny>,
    units: &str,
    overwrite: bool,
) -> PyResult<()> {
    let g = sht.inner.geometry().clone();
    let npix = g.npix();
    let grid_shape = sht.map_shape();
    let a = array::<f64>(maps, "maps")?;
    let shape = a.shape().to_vec();
    let single = shape == grid_shape || shape == [npix];
    let ensemble = shape.len() >= 2 && (shape[1..] == grid_shape[..] || shape[1..] == [npix]);
    if !single && !ensemble {
        return Err(PyValueError::new_err(format!(
            "maps has shape {shape:?}; one map on this grid is {grid_shape:?} (or ({npix},)), \
             an ensemble (n, …) of those"
        )));
    }
    let flat = values(&a, "maps")?;
    let meta = FieldMeta {
        units: units.to_string(),
        ..FieldMeta::default()
    };
    let w = FileWriter::create(
        &path,
        write_options(overwrite),
        &Provenance::from_call("sphfield.write_maps (Python)"),
    )
    .py()?;
    if single {
        w.write_map(&Map::new(g, flat.to_vec()).py()?, &meta).py()?;
    } else {
        let mut e = w
            .map_ensemble(&g, vec![Dim::members(shape[0])], &meta)
            .py()?;
        for row in flat.chunks(npix.max(1)) {
            e.write(&Map::new(g.clone(), row.to_vec()).py()?).py()?;
        }
    }
    w.commit().py()
}

/// Reads one map of a sphfield (or compatible) HDF5 file.
///
/// Parameters
/// ----------
/// path : str or os.PathLike
///     The file.
/// member : int, default 0
///     Which map of an ensemble (row-major over its leading dimensions).
/// variable : str, optional
///     The map variable (default: the first).
///
/// Returns
/// -------
/// numpy.ndarray
///     The map, float64: shape ``(nlat, nlon)`` on lat–lon grids, ``(npix,)`` otherwise.
#[pyfunction]
#[pyo3(signature = (path, member=0, variable=None))]
pub fn read_map(
    py: Python<'_>,
    path: std::path::PathBuf,
    member: usize,
    variable: Option<String>,
) -> PyResult<Bound<'_, PyArrayDyn<f64>>> {
    let r = FileReader::open(&path).py()?;
    let name = match variable {
        Some(v) => v,
        None => r.map_names().py()?.into_iter().next().ok_or_else(|| {
            PyValueError::new_err(format!("{} holds no map variable", path.display()))
        })?,
    };
    let info = r.map_info(&name).py()?;
    let map = r.read_map(&info, member).py()?;
    shaped(py, map.into_values(), &info.geometry.shape())
}

/// Writes coefficients as ``harmonic/alm`` (complex128, healpy order).
///
/// Parameters
/// ----------
/// path : str or os.PathLike
///     Output file.
/// alm : array_like of complex
///     One set (1-d) or one row per member (2-d).
/// lmax, mmax : int, optional
///     Band limit and largest order; inferred from the row length (mmax = lmax) by default.
/// overwrite : bool, default False
///     Replace an existing file (otherwise FileExistsError).
#[pyfunction]
#[pyo3(signature = (path, alm, lmax=None, mmax=None, overwrite=false))]
pub fn write_alm(
    path: std::path::PathBuf,
    alm: &Bound<'_, PyAny>,
    lmax: Option<usize>,
    mmax: Option<usize>,
    overwrite: bool,
) -> PyResult<()> {
    let a = array::<Complex64>(alm, "alm")?;
    let shape = a.shape().to_vec();
    if shape.is_empty() || shape.len() > 2 {
        return Err(PyValueError::new_err(format!(
            "alm must be 1-d (one set) or 2-d (one row per member); got shape {shape:?}"
        )));
    }
    let len = shape[shape.len() - 1];
    let lmax = match lmax {
        Some(l) => l,
        None => lmax_from_len(len, "alm")?,
    };
    let mmax = mmax.unwrap_or(lmax);
    let flat = values(&a, "alm")?;
    let w = FileWriter::create(
        &path,
        write_options(overwrite),
        &Provenance::from_call("sphfield.write_alm (Python)"),
    )
    .py()?;
    if shape.len() == 2 {
        let mut e = w
            .alm_ensemble(lmax, mmax, vec![Dim::members(shape[0])])
            .py()?;
        for row in flat.chunks(len.max(1)) {
            e.write(&Alm::from_vec(lmax, mmax, row.to_vec()).py()?)
                .py()?;
        }
    } else {
        w.write_alm(&Alm::from_vec(lmax, mmax, flat.to_vec()).py()?)
            .py()?;
    }
    w.commit().py()
}

/// Reads one set of coefficients (``harmonic/alm``).
///
/// Parameters
/// ----------
/// path : str or os.PathLike
///     The file.
/// member : int, default 0
///     Which set of an ensemble.
///
/// Returns
/// -------
/// tuple of (numpy.ndarray, int, int)
///     The coefficients (complex128, healpy order), lmax and mmax.
#[pyfunction]
#[pyo3(signature = (path, member=0))]
pub fn read_alm(
    py: Python<'_>,
    path: std::path::PathBuf,
    member: usize,
) -> PyResult<(Bound<'_, PyArray1<Complex64>>, usize, usize)> {
    let r = FileReader::open(&path).py()?;
    let info = r.alm_info().py()?.ok_or_else(|| {
        PyValueError::new_err(format!("{} holds no harmonic/alm", path.display()))
    })?;
    let a = r.read_alm(&info, member).py()?;
    Ok((alm_out(py, a), info.lmax, info.mmax))
}
