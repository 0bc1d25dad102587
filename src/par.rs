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
    pub fn install<R: Send>(self, f: impl FnOnce() -> R + Send) -> R {
        match pool(self.count()) {
            Some(pool) => pool.install(f),
            // Could not start threads: run on the caller's thread (same results, by design).
            None => f(),
        }
    }
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
