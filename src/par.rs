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

/// How many threads a routine may use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Par {
    /// Run on a pool with one worker (the default).
    #[default]
    Seq,
    /// Run on a pool with this many worker threads.
    Threads(NonZeroUsize),
}

impl Par {
    /// `n` threads; `0` means all available cores.
    pub fn threads(n: usize) -> Par {
        let n = if n == 0 {
            std::thread::available_parallelism()
                .map(|v| v.get())
                .unwrap_or(1)
        } else {
            n
        };
        match NonZeroUsize::new(n) {
            Some(n) if n.get() > 1 => Par::Threads(n),
            _ => Par::Seq,
        }
    }

    /// Number of worker threads this setting asks for.
    pub fn count(self) -> usize {
        match self {
            Par::Seq => 1,
            Par::Threads(n) => n.get(),
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
