//! Compute on one side, write on the other: members are made in order by a producer thread
//! (in parallel batches on the requested pool) and handed to the caller's thread, which writes
//! them (HDF5 calls stay on the caller's thread) while the next batch is computed. Written
//! items go back to the producer for reuse, so memory holds a fixed number of members (at most
//! two batches and the one being written) whatever the ensemble size, and no allocation
//! happens per member.

use std::sync::mpsc::sync_channel;
use std::sync::Mutex;

use anyhow::Result;
use rayon::prelude::*;
use sphfield::Par;

/// Makes items `0..count` with `make(k, recycled)` (in batches of `2·threads`, in parallel) and
/// passes them, in order, to `consume`; `recycled` is a previously consumed item to overwrite,
/// when one is free. Stops at the first error of either side.
pub fn produce_in_order<T, M, C>(count: usize, par: Par, make: M, mut consume: C) -> Result<()>
where
    T: Send,
    M: Fn(usize, Option<T>) -> sphfield::Result<T> + Sync,
    C: FnMut(&T) -> Result<()>,
{
    let batch = (2 * par.count()).max(1);
    let (tx, rx) = sync_channel::<sphfield::Result<T>>(batch);
    let free: Mutex<Vec<T>> = Mutex::new(Vec::new());
    let take = || free.lock().map(|mut f| f.pop()).unwrap_or(None);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            for start in (0..count).step_by(batch) {
                let end = (start + batch).min(count);
                let jobs: Vec<(usize, Option<T>)> = (start..end).map(|k| (k, take())).collect();
                let items: Vec<sphfield::Result<T>> = if par.count() > 1 {
                    par.install(|| jobs.into_par_iter().map(|(k, r)| make(k, r)).collect())
                } else {
                    jobs.into_iter().map(|(k, r)| make(k, r)).collect()
                };
                for item in items {
                    let failed = item.is_err();
                    // A closed channel means the consumer stopped: stop too.
                    if tx.send(item).is_err() || failed {
                        return;
                    }
                }
            }
        });
        for item in rx.iter().take(count) {
            let item = item?;
            consume(&item)?;
            if let Ok(mut f) = free.lock() {
                f.push(item);
            }
        }
        Ok(())
    })
}
