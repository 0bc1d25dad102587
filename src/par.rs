//! Parallelism as an explicit argument.
//!
//! Every O(L³) or ensemble routine takes a [`Par`] as its last argument. The library never reads
//! environment variables and never resizes rayon's global pool: it runs the work inside a pool
//! of the requested size (pools are built once per size and cached). Work is split into blocks
//! fixed by the problem (orders m, rings), never by the thread count, and reductions run in block
//! order, so results are bitwise identical for every `Par`.

use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex, OnceLock};

use crate::error::{param_error, Result};

/// How many threads a routine may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Par {
    /// Run on a pool with one worker (the default).
    #[default]
    Seq,
    /// Run on a pool with this many worker threads.
    Threads(NonZeroUsize),
}

/// How many worker threads per CPU a [`Par`] may ask for at most (see [`Par::max_threads`]).
pub const MAX_THREADS_PER_CPU: usize = 4;

/// Number of CPUs this process may run on (1 if the system does not say). Asked once: the
/// answer reads affinity masks and cgroup quotas, and `Par::count` runs on every transform call.
fn available_cpus() -> usize {
    static CPUS: OnceLock<usize> = OnceLock::new();
    *CPUS.get_or_init(|| {
        std::thread::available_parallelism()
            .map(|v| v.get())
            .unwrap_or(1)
    })
}

impl Par {
    /// The largest thread count accepted: [`MAX_THREADS_PER_CPU`] times the number of CPUs this
    /// process may use, and at least 8. More threads than that only add scheduling overhead
    /// (the work is memory- and FLOP-bound, never waiting on I/O), and a mistyped count such as
    /// 100 000 would otherwise start that many OS threads.
    pub fn max_threads() -> usize {
        (MAX_THREADS_PER_CPU * available_cpus()).max(8)
    }

    /// `n` threads; `0` means all available cores. A count above [`Par::max_threads`] is
    /// clamped to it; front ends that take the count from a user call [`Par::try_threads`],
    /// which reports it instead.
    pub fn threads(n: usize) -> Par {
        Par::from_count(n.min(Par::max_threads()))
    }

    /// `n` threads (`0` = all available cores), or an [`Error::Param`](crate::Error::Param) naming the limit when `n`
    /// exceeds [`Par::max_threads`].
    ///
    /// ```
    /// use sphfield::Par;
    /// assert_eq!(Par::try_threads(2).unwrap().count(), 2);
    /// assert!(Par::try_threads(100_000).is_err());
    /// ```
    pub fn try_threads(n: usize) -> Result<Par> {
        let max = Par::max_threads();
        if n > max {
            return Err(param_error(
                "thread count",
                n,
                format!(
                    "at most {max} threads ({MAX_THREADS_PER_CPU} per CPU, {} CPUs available); \
                     0 means one per CPU",
                    available_cpus()
                ),
            ));
        }
        Ok(Par::from_count(n))
    }

    fn from_count(n: usize) -> Par {
        let n = if n == 0 { available_cpus() } else { n };
        match NonZeroUsize::new(n) {
            Some(n) if n.get() > 1 => Par::Threads(n),
            _ => Par::Seq,
        }
    }

    /// Number of worker threads this setting runs on (a [`Par::Threads`] built directly with
    /// more than [`Par::max_threads`] runs on that many).
    pub fn count(self) -> usize {
        match self {
            Par::Seq => 1,
            Par::Threads(n) => n.get().min(Par::max_threads()),
        }
    }

    /// Runs `f` inside a rayon pool with [`Par::count`] workers (rayon's parallel iterators
    /// inside `f` use that pool).
    ///
    /// A caller already running on a worker of a pool of that size runs `f` in place. For
    /// [`Par::Seq`] every calling thread gets its own one-worker pool, so that sequential calls
    /// made from several threads at once (members of an ensemble computed in parallel, Python
    /// threads) run side by side instead of queueing on one shared worker.
    pub fn install<R: Send>(self, f: impl FnOnce() -> R + Send) -> R {
        let n = self.count();
        if rayon::current_thread_index().is_some() && rayon::current_num_threads() == n {
            return f();
        }
        let pool = if n == 1 { sequential_pool() } else { pool(n) };
        match pool {
            Some(pool) => pool.install(f),
            // Could not start threads: run on the caller's thread (same results, by design).
            None => f(),
        }
    }
}

/// The calling thread's own one-worker pool.
fn sequential_pool() -> Option<Arc<rayon::ThreadPool>> {
    thread_local! {
        static SEQUENTIAL: Option<Arc<rayon::ThreadPool>> = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .thread_name(|_| "sphfield-seq".into())
            .build()
            .ok()
            .map(Arc::new);
    }
    SEQUENTIAL.with(|p| p.clone())
}

fn pool(n: usize) -> Option<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let pools = POOLS.get_or_init(|| Mutex::new(HashMap::new()));
    let mut pools = pools.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = pools.get(&n) {
        return Some(p.clone());
    }
    let p = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .thread_name(|i| format!("sphfield-{i}"))
            .build()
            .ok()?,
    );
    pools.insert(n, p.clone());
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_counts_are_bounded() {
        let max = Par::max_threads();
        assert!(max >= 8);
        assert_eq!(Par::try_threads(max).unwrap().count(), max);
        let err = Par::try_threads(100_000).unwrap_err().to_string();
        assert!(
            err.contains("100000") && err.contains(&format!("at most {max}")),
            "{err}"
        );
        assert!(Par::try_threads(usize::MAX).is_err());
        // The infallible constructor clamps instead of starting 100 000 threads.
        assert_eq!(Par::threads(100_000).count(), max);
        assert_eq!(Par::threads(0).count(), available_cpus());
    }

    #[test]
    fn sequential_calls_from_different_threads_do_not_share_a_worker() {
        // Each caller's Par::Seq job announces that it started and waits (up to 10 s) for the
        // other's announcement: with one shared worker the jobs would run one after the other
        // and the first would time out; with a pool per caller both run at once.
        use std::sync::mpsc::channel;
        use std::time::Duration;
        let (tx_a, rx_a) = channel::<()>();
        let (tx_b, rx_b) = channel::<()>();
        let met: Vec<bool> = std::thread::scope(|s| {
            let a = s.spawn(move || {
                Par::Seq.install(move || {
                    tx_a.send(()).unwrap();
                    rx_b.recv_timeout(Duration::from_secs(10)).is_ok()
                })
            });
            let b = s.spawn(move || {
                Par::Seq.install(move || {
                    tx_b.send(()).unwrap();
                    rx_a.recv_timeout(Duration::from_secs(10)).is_ok()
                })
            });
            vec![a.join().unwrap(), b.join().unwrap()]
        });
        assert_eq!(met, vec![true, true]);
        // Inside a pool of the requested size the call runs in place.
        let inner = Par::threads(2).install(|| {
            let here = std::thread::current().id();
            Par::threads(2).install(|| std::thread::current().id() == here)
        });
        assert!(inner);
    }
}

/// Members `start..end` of rank `rank` when `count` items are split over `size` ranks in
/// contiguous blocks whose lengths differ by at most one (the first `count % size` ranks take
/// one more).
///
/// ```
/// use sphfield::par::block_range;
/// assert_eq!(block_range(10, 0, 4), 0..3);
/// assert_eq!(block_range(10, 3, 4), 8..10);
/// ```
pub fn block_range(count: usize, rank: usize, size: usize) -> std::ops::Range<usize> {
    let size = size.max(1);
    let (base, extra) = (count / size, count % size);
    let start = rank * base + rank.min(extra);
    let len = base + usize::from(rank < extra);
    start.min(count)..(start + len).min(count)
}

#[cfg(test)]
mod block_tests {
    use super::*;

    #[test]
    fn blocks_cover_the_count_once() {
        for count in [0, 1, 5, 10, 17] {
            for size in 1..6 {
                let mut next = 0;
                for rank in 0..size {
                    let r = block_range(count, rank, size);
                    assert_eq!(r.start, next);
                    assert!(r.len() <= count.div_ceil(size));
                    next = r.end;
                }
                assert_eq!(next, count);
            }
        }
    }
}
