//! Compute on one side, write on the other: members are made in order by a producer thread
//! (in parallel batches on the requested pool) and handed to the caller's thread, which writes
//! them. A bounded channel keeps at most two batches in memory whatever the ensemble size, and
//! file writing (HDF5 calls stay on the caller's thread) overlaps with the maths.

use std::sync::mpsc::sync_channel;

use anyhow::Result;
use rayon::prelude::*;
use sphfield::Par;

/// Makes items `0..count` with `make` (in batches of `2·threads`, in parallel) and passes them,
/// in order, to `consume`. Stops at the first error of either side.
pub fn produce_in_order<T, M, C>(count: usize, par: Par, make: M, mut consume: C) -> Result<()>
where
    T: Send,
    M: Fn(usize) -> sphfield::Result<T> + Sync,
    C: FnMut(T) -> Result<()>,
{
    let batch = (2 * par.count()).max(1);
    let (tx, rx) = sync_channel::<sphfield::Result<T>>(batch);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            for start in (0..count).step_by(batch) {
                let end = (start + batch).min(count);
                let items: Vec<sphfield::Result<T>> = if par.count() > 1 {
                    par.install(|| (start..end).into_par_iter().map(&make).collect())
                } else {
                    (start..end).map(&make).collect()
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
            consume(item?)?;
        }
        Ok(())
    })
}
