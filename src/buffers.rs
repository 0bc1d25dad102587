//! Working buffers kept between calls: the one pooling mechanism of the crate.
//!
//! A transform plan exchanges one array of (mmax+1) × nrings complex values between its
//! Legendre and ring stages (64 MB at lmax 2047); an empirical-prior score needs two
//! field-sized vectors per evaluation. Allocating them afresh on every call costs a page fault
//! and a zeroed page per 4 KB (measured ≈ 7 % of a transform at lmax 2047), so their owners
//! lend buffers out of a small [`BufferPool`]. A lent buffer has unspecified old contents:
//! every user writes each entry it later reads.
//!
//! (The command line's compute/write pipeline recycles whole `Map`/`Alm` values through its
//! return channel instead: there the channel's bound is what limits memory, which a pool
//! cannot do.)

use std::mem::MaybeUninit;
use std::sync::Mutex;

/// Asks Linux to back a large, not yet touched allocation with transparent huge pages: the
/// first writes then fault once per 2 MB instead of once per 4 KB. Best effort, no effect on the
/// contents; buffers under 8 MB and other systems are left alone.
///
/// Only for the pool's long-lived buffers. With the kernel's usual `defrag = madvise` setting a
/// fault in an advised range may compact memory first; on results that are allocated afresh by
/// every call that cost more than it saved (analysis output, Zen 4 VM, 1 thread: 1.82 s without
/// the advice against 2.11–2.14 s with it at lmax 4095, about 0.28 s against 0.32 s at 2047).
pub(crate) fn advise_huge_pages<T>(buf: &mut [MaybeUninit<T>]) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let bytes = std::mem::size_of_val(buf);
        if bytes < 4 * HUGE {
            return;
        }
        let start = buf.as_mut_ptr() as usize;
        let (first, end) = (start.next_multiple_of(HUGE), (start + bytes) / HUGE * HUGE);
        if end > first {
            // SAFETY: [first, end) lies inside `buf`, which is borrowed mutably; MADV_HUGEPAGE
            // only changes how the kernel backs these pages, never their contents, and a
            // failure (e.g. THP disabled) leaves the memory as it was.
            unsafe {
                libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = buf;
}

/// A pool of reusable buffers of `T`, keeping at most `keep` of them (one per concurrent call
/// that returns its buffer).
#[derive(Debug)]
pub(crate) struct BufferPool<T> {
    free: Mutex<Vec<Vec<T>>>,
    keep: usize,
}

impl<T: Clone + Default> BufferPool<T> {
    /// An empty pool that keeps up to `keep` buffers.
    pub(crate) fn new(keep: usize) -> BufferPool<T> {
        BufferPool {
            free: Mutex::new(Vec::new()),
            keep,
        }
    }

    /// A buffer of exactly `len` values with unspecified (finite) contents, or
    /// [`crate::Error::TooLarge`] naming `what` if a new one cannot be allocated.
    pub(crate) fn try_take(&self, what: &str, len: usize) -> crate::Result<Vec<T>> {
        let mut v = self.reused();
        if v.capacity() < len {
            v = crate::memory::try_with_capacity(what, len)?;
            advise_huge_pages(v.spare_capacity_mut());
        }
        v.resize(len, T::default());
        Ok(v)
    }

    /// [`BufferPool::try_take`] for buffers no larger than data the caller already holds
    /// (an allocation failure aborts, as any small allocation does).
    pub(crate) fn take(&self, len: usize) -> Vec<T> {
        let mut v = self.reused();
        v.resize(len, T::default());
        v
    }

    /// A buffer from the pool, or an empty one.
    fn reused(&self) -> Vec<T> {
        let reused = match self.free.lock() {
            Ok(mut free) => free.pop(),
            Err(_) => None,
        };
        reused.unwrap_or_default()
    }

    /// Returns a buffer for later calls (dropped if the pool is full).
    pub(crate) fn give_back(&self, v: Vec<T>) {
        if let Ok(mut free) = self.free.lock() {
            if free.len() < self.keep {
                free.push(v);
            }
        }
    }
}
