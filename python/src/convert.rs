//! Between numpy and the library: array-likes in (lists, tuples, arrays of any real dtype,
//! any memory layout), numpy arrays out, errors as Python exceptions.

use numpy::{
    Complex64, Element, PyArray1, PyArrayDyn, PyArrayMethods, PyReadonlyArrayDyn,
    PyUntypedArrayMethods,
};
use pyo3::exceptions::{PyFileExistsError, PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;

use sf::spectrum::AngularSpectrum;
use sf::{Alm, Par};
use sphfield_core as sf;

/// sphfield errors as Python exceptions: an existing output → FileExistsError (an OSError),
/// other file problems → OSError, everything else → ValueError.
pub fn err(e: sf::Error) -> PyErr {
    match e {
        sf::Error::Exists { .. } => {
            PyFileExistsError::new_err(format!("{e} (pass overwrite=True to replace it)"))
        }
        sf::Error::Io { .. } | sf::Error::File { .. } => PyOSError::new_err(e.to_string()),
        _ => PyValueError::new_err(e.to_string()),
    }
}

/// `.py()` turns a library result into a Python one.
pub trait OrPy<T> {
    fn py(self) -> PyResult<T>;
}

impl<T> OrPy<T> for sf::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(err)
    }
}

/// The numpy dtype name of an element type.
pub trait Dtype: Element {
    const NAME: &'static str;
}
impl Dtype for f64 {
    const NAME: &'static str = "float64";
}
impl Dtype for Complex64 {
    const NAME: &'static str = "complex128";
}

/// An array-like argument as a C-contiguous numpy array of `T`. Arrays that already are pass
/// through without a copy; lists, tuples, other real dtypes and other layouts are converted
/// by `numpy.ascontiguousarray`. Complex values where real ones are expected are a TypeError
/// (numpy would drop the imaginary part).
pub fn array<'py, T: Dtype>(
    obj: &Bound<'py, PyAny>,
    name: &str,
) -> PyResult<PyReadonlyArrayDyn<'py, T>> {
    if let Ok(a) = obj.extract::<PyReadonlyArrayDyn<'py, T>>() {
        if a.is_c_contiguous() {
            return Ok(a);
        }
    }
    let py = obj.py();
    let np = py.import("numpy")?;
    if T::NAME == "float64" && np.call_method1("iscomplexobj", (obj,))?.is_truthy()? {
        return Err(PyTypeError::new_err(format!(
            "{name} must hold real numbers (float64); it holds complex values"
        )));
    }
    let converted = np
        .call_method1("ascontiguousarray", (obj, T::NAME))
        .map_err(|e| {
            PyTypeError::new_err(format!(
                "{name} must be an array-like of numbers convertible to {} ({e})",
                T::NAME
            ))
        })?;
    converted
        .extract::<PyReadonlyArrayDyn<'py, T>>()
        .map_err(|_| PyTypeError::new_err(format!("{name} could not be converted to {}", T::NAME)))
}

/// The values of a C-contiguous array (always true for what [`array`] returns).
pub fn values<'a, T: Element>(a: &'a PyReadonlyArrayDyn<'_, T>, name: &str) -> PyResult<&'a [T]> {
    a.as_slice()
        .map_err(|_| PyValueError::new_err(format!("{name} is not contiguous")))
}

/// A 1-d array-like argument.
pub fn vector<'py, T: Dtype>(
    obj: &Bound<'py, PyAny>,
    name: &str,
) -> PyResult<PyReadonlyArrayDyn<'py, T>> {
    let a = array::<T>(obj, name)?;
    if a.ndim() != 1 {
        return Err(PyValueError::new_err(format!(
            "{name} must be 1-d (got shape {:?})",
            a.shape()
        )));
    }
    Ok(a)
}

/// A spectrum C_0..C_lmax given as an array-like.
pub fn spectrum(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<AngularSpectrum> {
    let a = vector::<f64>(obj, name)?;
    AngularSpectrum::new(values(&a, name)?.to_vec(), name).py()
}

/// `threads` as a `Par` (0 = all cores); too many threads is a ValueError naming the limit.
pub fn par(threads: usize) -> PyResult<Par> {
    Par::try_threads(threads).py()
}

/// The band limit of `n` coefficients with mmax = lmax, as healpy's `Alm.getlmax` infers it:
/// n = (lmax + 1)(lmax + 2)/2.
pub fn lmax_from_len(n: usize, name: &str) -> PyResult<usize> {
    let l = ((((8 * n + 1) as f64).sqrt() - 3.0) / 2.0).round().max(0.0) as usize;
    if Alm::len_for(l, l) == n {
        Ok(l)
    } else {
        Err(PyValueError::new_err(format!(
            "{name} has {n} coefficients, which is (lmax+1)(lmax+2)/2 for no lmax; give lmax \
             (and mmax) explicitly"
        )))
    }
}

/// Coefficients (1-d complex array-like) for (lmax, mmax); lmax inferred from the length when
/// `None` (then mmax defaults to lmax).
pub fn alm_arg(
    obj: &Bound<'_, PyAny>,
    name: &str,
    lmax: Option<usize>,
    mmax: Option<usize>,
) -> PyResult<Alm> {
    let a = vector::<Complex64>(obj, name)?;
    let v = values(&a, name)?;
    let lmax = match lmax {
        Some(l) => l,
        None => lmax_from_len(v.len(), name)?,
    };
    Alm::from_vec(lmax, mmax.unwrap_or(lmax), v.to_vec()).py()
}

/// Coefficients as a 1-d complex128 array.
pub fn alm_out(py: Python<'_>, alm: Alm) -> Bound<'_, PyArray1<Complex64>> {
    PyArray1::from_vec(py, alm.into_vec())
}

/// A flat vector as an array of the given shape.
pub fn shaped<'py, T: Element>(
    py: Python<'py>,
    data: Vec<T>,
    shape: &[usize],
) -> PyResult<Bound<'py, PyArrayDyn<T>>> {
    PyArray1::from_vec(py, data).reshape(shape.to_vec())
}
