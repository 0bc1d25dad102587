//! Working buffers a plan keeps between calls.
//!
//! The Legendre and ring stages exchange one array of (mmax+1) × nrings complex values (64 MB at
//! lmax 2047). Allocating it afresh on every call costs a page fault and a zeroed page per 4 KB
//! (measured ≈ 7 % of a transform at lmax 2047), so a plan lends out buffers from a small pool.
//! Every stage writes each entry it later reads, so a lent buffer's old contents never leak into
//! a result.

use num_complex::Complex64;
use std::sync::Mutex;

/// Buffers kept at most (one per concurrent call that returns its buffer).
const KEEP: usize = 2;

/// A pool of reusable complex buffers.
#[derive(Debug, Default)]
pub(crate) struct BufferPool {
    free: Mutex<Vec<Vec<Complex64>>>,
}

impl BufferPool {
    /// A buffer of exactly `len` values with unspecified (finite) contents.
    pub(crate) fn take(&self, len: usize) -> Vec<Complex64> {
        let reused = match self.free.lock() {
            Ok(mut free) => free.pop(),
            Err(_) => None,
        };
        let mut v = reused.unwrap_or_default();
        v.resize(len, Complex64::new(0.0, 0.0));
        v
    }

    /// Returns a buffer for later calls (dropped if the pool is full).
    pub(crate) fn give_back(&self, v: Vec<Complex64>) {
        if let Ok(mut free) = self.free.lock() {
            if free.len() < KEEP {
                free.push(v);
            }
        }
    }
}
