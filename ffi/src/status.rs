//! Status codes, the per-thread last error, the panic guard and checked buffer access.

use std::cell::RefCell;
use std::ffi::CStr;
use std::os::raw::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};

use num_complex::Complex64;

/// Outcome of a call.
#[repr(C)]
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SfStatus {
    /// Success.
    SF_OK = 0,
    /// A required pointer was NULL.
    SF_NULL_POINTER = 1,
    /// A buffer length does not match what the call needs.
    SF_BAD_LENGTH = 2,
    /// A parameter is out of range (the message says which and why).
    SF_INVALID_ARGUMENT = 3,
    /// An input holds NaN or an infinity.
    SF_NON_FINITE = 4,
    /// A file could not be read or written, or is malformed.
    SF_FILE_ERROR = 5,
    /// A request is too large (memory or index limits).
    SF_TOO_LARGE = 6,
    /// An internal error (a bug): the call was stopped before it could crash the caller.
    SF_INTERNAL_ERROR = 7,
}

thread_local! {
    static LAST_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// An error on its way to the caller.
pub(crate) struct FfiError {
    pub status: SfStatus,
    pub message: String,
}

impl From<sphfield::Error> for FfiError {
    fn from(e: sphfield::Error) -> Self {
        use sphfield::Error as E;
        let status = match &e {
            E::Shape { .. } => SfStatus::SF_BAD_LENGTH,
            E::NonFinite { .. } => SfStatus::SF_NON_FINITE,
            E::Io { .. } | E::File { .. } | E::Exists { .. } => SfStatus::SF_FILE_ERROR,
            E::TooLarge { .. } => SfStatus::SF_TOO_LARGE,
            _ => SfStatus::SF_INVALID_ARGUMENT,
        };
        let message = match &e {
            E::Exists { .. } => format!("{e} (pass overwrite = 1 to replace it)"),
            _ => e.to_string(),
        };
        FfiError { status, message }
    }
}

pub(crate) fn invalid(message: impl Into<String>) -> FfiError {
    FfiError {
        status: SfStatus::SF_INVALID_ARGUMENT,
        message: message.into(),
    }
}

pub(crate) type FfiResult<T> = Result<T, FfiError>;

/// Runs `f`, records its error (or panic) for [`sf_last_error_message`], returns the status.
pub(crate) fn guard(f: impl FnOnce() -> FfiResult<()>) -> SfStatus {
    let outcome = catch_unwind(AssertUnwindSafe(f));
    let (status, message) = match outcome {
        Ok(Ok(())) => (SfStatus::SF_OK, String::new()),
        Ok(Err(e)) => (e.status, e.message),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            (
                SfStatus::SF_INTERNAL_ERROR,
                format!("internal error (please report): {what}"),
            )
        }
    };
    LAST_ERROR.with(|e| *e.borrow_mut() = message);
    status
}

/// Copies the message of the calling thread's last failed call into `buf` (NUL-terminated,
/// truncated to `len` bytes) and returns the full message length in bytes (without the NUL);
/// pass `buf = NULL, len = 0` to ask for the length. An empty message means the last call
/// succeeded.
///
/// # Safety
/// * `buf`: NULL with `len = 0`, or `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn sf_last_error_message(buf: *mut c_char, len: usize) -> usize {
    LAST_ERROR.with(|e| {
        let msg = e.borrow();
        if !buf.is_null() && len > 0 {
            let n = msg.len().min(len - 1);
            // SAFETY: the caller guarantees `buf` holds `len` bytes; we write n + 1 ≤ len.
            unsafe {
                std::ptr::copy_nonoverlapping(msg.as_ptr(), buf.cast::<u8>(), n);
                *buf.add(n) = 0;
            }
        }
        msg.len()
    })
}

/// A read-only view of `len` values at `ptr`; NULL is allowed only for `len == 0`.
///
/// # Safety
/// A non-NULL `ptr` points to `len` initialised values that stay valid and unmodified for `'a`.
pub(crate) unsafe fn slice<'a, T>(ptr: *const T, len: usize, name: &str) -> FfiResult<&'a [T]> {
    if len == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(FfiError {
            status: SfStatus::SF_NULL_POINTER,
            message: format!("{name} is NULL"),
        });
    }
    // SAFETY: the caller guarantees `ptr` points to `len` initialised values.
    Ok(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// A writable view of `len` values at `ptr`.
///
/// # Safety
/// A non-NULL `ptr` points to `len` writable values, not aliased elsewhere, valid for `'a`.
pub(crate) unsafe fn slice_mut<'a, T>(
    ptr: *mut T,
    len: usize,
    name: &str,
) -> FfiResult<&'a mut [T]> {
    if len == 0 {
        return Ok(&mut []);
    }
    if ptr.is_null() {
        return Err(FfiError {
            status: SfStatus::SF_NULL_POINTER,
            message: format!("{name} is NULL"),
        });
    }
    // SAFETY: the caller guarantees `ptr` points to `len` writable values.
    Ok(unsafe { std::slice::from_raw_parts_mut(ptr, len) })
}

/// Complex coefficients passed as interleaved doubles (`double _Complex*`).
///
/// # Safety
/// As [`slice`], for `2·len` doubles.
pub(crate) unsafe fn complex<'a>(
    ptr: *const f64,
    len: usize,
    name: &str,
) -> FfiResult<&'a [Complex64]> {
    // SAFETY: Complex64 is #[repr(C)] {re, im}: `len` complex values are 2·len doubles.
    unsafe { slice(ptr.cast::<Complex64>(), len, name) }
}

/// Writable complex coefficients (interleaved doubles).
///
/// # Safety
/// As [`slice_mut`], for `2·len` doubles.
pub(crate) unsafe fn complex_mut<'a>(
    ptr: *mut f64,
    len: usize,
    name: &str,
) -> FfiResult<&'a mut [Complex64]> {
    // SAFETY: as in `complex`.
    unsafe { slice_mut(ptr.cast::<Complex64>(), len, name) }
}

/// Checks a buffer length.
pub(crate) fn expect_len(name: &str, got: usize, expected: usize) -> FfiResult<()> {
    if got != expected {
        return Err(FfiError {
            status: SfStatus::SF_BAD_LENGTH,
            message: format!("{name} has length {got}, expected {expected}"),
        });
    }
    Ok(())
}

/// A NUL-terminated UTF-8 string argument.
///
/// # Safety
/// A non-NULL `ptr` points to a NUL-terminated string valid for `'a`.
pub(crate) unsafe fn string<'a>(ptr: *const c_char, name: &str) -> FfiResult<&'a str> {
    if ptr.is_null() {
        return Err(FfiError {
            status: SfStatus::SF_NULL_POINTER,
            message: format!("{name} is NULL"),
        });
    }
    // SAFETY: the caller guarantees a NUL-terminated string.
    unsafe { CStr::from_ptr(ptr) }
        .to_str()
        .map_err(|_| invalid(format!("{name} is not valid UTF-8")))
}

/// `nthreads` as a `Par` (0 = all cores); a count above `sphfield::Par::max_threads()` is an
/// invalid-argument error.
pub(crate) fn par(nthreads: usize) -> sphfield::Result<sphfield::Par> {
    sphfield::Par::try_threads(nthreads)
}

/// Writes a handle to an out-pointer.
///
/// # Safety
/// A non-NULL `out` is valid for one pointer write.
pub(crate) unsafe fn put<T>(out: *mut *mut T, value: T, name: &str) -> FfiResult<()> {
    if out.is_null() {
        return Err(FfiError {
            status: SfStatus::SF_NULL_POINTER,
            message: format!("{name} is NULL"),
        });
    }
    // SAFETY: `out` is a valid pointer to a pointer, checked non-null.
    unsafe { *out = Box::into_raw(Box::new(value)) };
    Ok(())
}

/// Borrows a handle.
///
/// # Safety
/// A non-NULL `ptr` was made by this library (`Box::into_raw`) and is not freed during `'a`.
pub(crate) unsafe fn handle<'a, T>(ptr: *const T, name: &str) -> FfiResult<&'a T> {
    if ptr.is_null() {
        return Err(FfiError {
            status: SfStatus::SF_NULL_POINTER,
            message: format!("{name} is NULL"),
        });
    }
    // SAFETY: the caller passes a handle made by this library and not yet freed.
    Ok(unsafe { &*ptr })
}
