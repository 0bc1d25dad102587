//! Memory budget: sizes that come from users or files are checked against the memory the
//! process can actually get before anything is allocated, so that an absurd request (a file
//! that claims an 8 TB dataset, a HEALPix map of 3·10⁹ pixels on a laptop) is a clear
//! [`Error::TooLarge`] instead of an abort or a machine brought to its knees.

use crate::error::{Error, Result};

/// Bytes this process can still allocate, as far as the system says: the smaller of the
/// memory available on the machine (`MemAvailable`) and what is left under the address-space
/// limit (`ulimit -v`). `None` where the system does not say (non-Linux).
pub fn available_bytes() -> Option<u64> {
    #[cfg(target_os = "linux")]
    {
        let machine = meminfo_available();
        let limit = address_space_left();
        match (machine, limit) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

#[cfg(target_os = "linux")]
fn kib_field(text: &str, key: &str) -> Option<u64> {
    let line = text.lines().find(|l| l.starts_with(key))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

#[cfg(target_os = "linux")]
fn meminfo_available() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    kib_field(&text, "MemAvailable:")
}

#[cfg(target_os = "linux")]
fn address_space_left() -> Option<u64> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one `rlimit` through the valid pointer we pass.
    let rc = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut limit) };
    if rc != 0 || limit.rlim_cur == libc::RLIM_INFINITY {
        return None;
    }
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let used = kib_field(&status, "VmSize:")?;
    Some(limit.rlim_cur.saturating_sub(used))
}

/// Under an address-space limit (`ulimit -v`, RLIMIT_AS), asks the C allocator for a single
/// arena. glibc gives each thread that allocates its own arena and reserves 64 MiB of address
/// space for each; under a limit of a few hundred MiB those reservations, which
/// [`ensure_available`] cannot see, made allocations fail after its check had passed (and an
/// allocation that fails inside a computation ends the process). Without a limit, or off
/// glibc, nothing changes. Call once at start-up, before threads start.
pub fn fit_allocator_to_address_limit() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if address_space_left().is_some() {
        // SAFETY: mallopt only sets an allocator parameter; M_ARENA_MAX takes any positive
        // count. Called before other threads allocate.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 1);
        }
    }
}

/// Requests up to this size skip the check of [`ensure_available`].
pub const UNCHECKED_BYTES: u128 = 16 << 20;

/// Checks that `bytes` more can be allocated for `what`; [`Error::TooLarge`] names the request
/// and what is available. Requests beyond the address space are refused everywhere; the
/// comparison with available memory is made where the system reports it.
pub fn ensure_available(what: impl Into<String>, bytes: u128) -> Result<()> {
    // Small requests are not worth the system calls (they run in per-call paths such as score
    // evaluations); they fail only when the machine is out of memory anyway.
    if bytes <= UNCHECKED_BYTES {
        return Ok(());
    }
    let available = available_bytes();
    let limit = available
        .map_or(isize::MAX as u128, |b| b as u128)
        .min(isize::MAX as u128);
    if bytes > limit {
        let have = match available {
            Some(b) => format!("{} available", describe_bytes(b as u128)),
            None => "beyond the address space".into(),
        };
        return Err(too_large(&what.into(), bytes, &have, limit));
    }
    Ok(())
}

fn too_large(what: &str, bytes: u128, have: &str, limit: u128) -> Error {
    Error::TooLarge {
        what: format!("{what} ({}; {have})", describe_bytes(bytes)),
        requested: bytes,
        limit,
    }
}

/// `bytes` in the largest binary unit that keeps the number ≥ 1 (e.g. "25.7 GiB").
pub fn describe_bytes(bytes: u128) -> String {
    const UNITS: [&str; 7] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// A vector of `len` copies of `value`, or [`Error::TooLarge`] if the memory is not there
/// (checked first, then reserved without aborting on failure).
pub fn try_filled<T: Clone>(what: &str, len: usize, value: T) -> Result<Vec<T>> {
    let mut v = try_with_capacity(what, len)?;
    v.resize(len, value);
    Ok(v)
}

/// Numbers whose all-zero bit pattern is the value zero.
///
/// # Safety
/// Implement only for types for which every byte being zero is a valid value (then it is 0).
pub unsafe trait ZeroBits: Copy {}
// SAFETY: IEEE-754 +0.0 is all zero bits.
unsafe impl ZeroBits for f64 {}
// SAFETY: two f64 zeros.
unsafe impl ZeroBits for num_complex::Complex64 {}

/// A vector of `len` zeros, or [`Error::TooLarge`] if the memory is not there. The memory comes
/// zeroed from the allocator (fresh pages from the system are zero already), so nothing is
/// written here: for a large output, the pages are first touched by whoever fills it (in
/// parallel, by a transform's threads) instead of by a zeroing pass on this thread.
pub fn try_zeros<T: ZeroBits>(what: &str, len: usize) -> Result<Vec<T>> {
    let bytes = len as u128 * std::mem::size_of::<T>() as u128;
    ensure_available(what, bytes)?;
    let refused = || {
        let limit = available_bytes().unwrap_or(0) as u128;
        too_large(what, bytes, "the system refused it", limit)
    };
    let layout = std::alloc::Layout::array::<T>(len).map_err(|_| refused())?;
    if layout.size() == 0 {
        return Ok(Vec::new());
    }
    // SAFETY: the layout has a non-zero size (checked above).
    let ptr = unsafe { std::alloc::alloc_zeroed(layout) }.cast::<T>();
    if ptr.is_null() {
        return Err(refused());
    }
    // SAFETY: `ptr` comes from the global allocator with the layout of `len` values of T (the
    // layout a Vec of that capacity uses), and its bytes are all zero, a valid T (`ZeroBits`).
    Ok(unsafe { Vec::from_raw_parts(ptr, len, len) })
}

/// An empty vector with room for `len` values, or [`Error::TooLarge`] if the memory is not
/// there (checked first, then reserved without aborting on failure).
pub fn try_with_capacity<T>(what: &str, len: usize) -> Result<Vec<T>> {
    let bytes = len as u128 * std::mem::size_of::<T>() as u128;
    ensure_available(what, bytes)?;
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| {
        let limit = available_bytes().unwrap_or(0) as u128;
        too_large(what, bytes, "the system refused it", limit)
    })?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_requests_are_errors() {
        let err = ensure_available("a claimed dataset", 8 << 40).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("a claimed dataset") && text.contains("8.0 TiB"),
            "{text}"
        );
        assert!(ensure_available("a small buffer", 1 << 20).is_ok());
        assert!(try_filled::<f64>("too many", usize::MAX / 8, 0.0).is_err());
        assert_eq!(try_filled("three", 3, 1.5).unwrap(), vec![1.5; 3]);
        assert_eq!(try_zeros::<f64>("zeros", 5).unwrap(), vec![0.0; 5]);
        assert!(try_zeros::<f64>("none", 0).unwrap().is_empty());
        assert!(try_zeros::<f64>("too many", usize::MAX / 8).is_err());
        assert_eq!(describe_bytes(512), "512 B");
        assert_eq!(describe_bytes(3 << 30), "3.0 GiB");
    }
}
