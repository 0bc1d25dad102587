//! Compute on one side, write on the other: members are made in order by a producer thread
//! (in parallel batches on the requested pool) and handed to the caller's thread, which writes
//! them (HDF5 calls stay on the caller's thread) while the next batch is computed. Written
//! items go back to the producer for reuse, so memory holds a fixed number of members (at most
//! two batches and the one being written) whatever the ensemble size, and no allocation
//! happens per member.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;

use anyhow::Result;
use rayon::prelude::*;
use sphfield::Par;

/// Makes items `0..count` with `make(k, recycled)` (in batches of `2·threads`, in parallel) and
/// passes them, in order, to `consume`; `recycled` is a previously consumed item to overwrite,
/// when one is free. Stops at the first error of either side.
///
/// Whatever way the consumer ends (done, error, panic), it drops the receiving end of the
/// channel and raises a stop flag before the scope waits for the producer: a producer blocked
/// on a full channel then gets a send error and returns, and one computing a batch returns
/// before the next. (Before, a write error returned while the receiver was still alive and the
/// producer waited forever on a full channel.)
pub fn produce_in_order<T, M, C>(count: usize, par: Par, make: M, consume: C) -> Result<()>
where
    T: Send,
    M: Fn(usize, Option<T>) -> sphfield::Result<T> + Sync,
    C: FnMut(&T) -> Result<()>,
{
    let batch = (2 * par.count()).max(1);
    let (tx, rx) = sync_channel::<sphfield::Result<T>>(batch);
    let free: Mutex<Vec<T>> = Mutex::new(Vec::new());
    let stop = AtomicBool::new(false);
    let (free, stop, make) = (&free, &stop, &make);
    std::thread::scope(|scope| {
        // The producer owns the sender: if it ends in any way (a panic included), the
        // consumer's receiver sees the channel close instead of waiting forever.
        scope.spawn(move || {
            let tx = tx;
            let produced = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                produce(count, batch, par, &tx, stop, take_from(free), make)
            }));
            if produced.is_err() {
                let _ = tx.send(Err(sphfield::Error::Mismatch(
                    "the computation of the items failed (a worker thread could not run: \
                     out of memory or threads?)"
                        .into(),
                )));
            }
        });
        let outcome = consume_in_order(rx, count, free, consume);
        stop.store(true, Ordering::Relaxed);
        outcome
    })
}

/// A function that takes a free item, if there is one.
fn take_from<T>(free: &Mutex<Vec<T>>) -> impl Fn() -> Option<T> + '_ {
    move || free.lock().map(|mut f| f.pop()).unwrap_or(None)
}

/// The producer side: items in order, in batches, sent to the consumer.
fn produce<T, M>(
    count: usize,
    batch: usize,
    par: Par,
    tx: &std::sync::mpsc::SyncSender<sphfield::Result<T>>,
    stop: &AtomicBool,
    take: impl Fn() -> Option<T>,
    make: &M,
) where
    T: Send,
    M: Fn(usize, Option<T>) -> sphfield::Result<T> + Sync,
{
    for start in (0..count).step_by(batch) {
        if stop.load(Ordering::Relaxed) {
            return;
        }
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
}

/// The consumer side; owns the receiver, so that it is dropped (waking a blocked producer)
/// on every way out of this function, early returns and unwinding included.
fn consume_in_order<T, C>(
    rx: Receiver<sphfield::Result<T>>,
    count: usize,
    free: &Mutex<Vec<T>>,
    mut consume: C,
) -> Result<()>
where
    C: FnMut(&T) -> Result<()>,
{
    let mut received = 0;
    for item in rx.iter().take(count) {
        received += 1;
        let item = item?;
        consume(&item)?;
        if let Ok(mut f) = free.lock() {
            f.push(item);
        }
    }
    if received < count {
        anyhow::bail!("the computation stopped after {received} of {count} items");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_consumer_ends_the_producer() {
        // Regression: a write error part-way (full disk, memory limit) left the producer blocked
        // on a full channel and the command hung. Whatever the thread count and wherever the
        // failure, the call must return the consumer's error.
        for threads in [1, 2, 3] {
            for fail_at in [0, 1, 5, 17] {
                let (done_tx, done_rx) = std::sync::mpsc::channel();
                std::thread::spawn(move || {
                    let mut seen = 0;
                    let result = produce_in_order(
                        1000,
                        Par::threads(threads),
                        |k, _recycled: Option<Vec<f64>>| Ok(vec![k as f64; 64]),
                        |_item| {
                            seen += 1;
                            if seen > fail_at {
                                anyhow::bail!("injected write failure");
                            }
                            Ok(())
                        },
                    );
                    let _ = done_tx.send(result.map_err(|e| e.to_string()));
                });
                let result = done_rx
                    .recv_timeout(std::time::Duration::from_secs(20))
                    .unwrap_or_else(|_| panic!("hang: {threads} threads, failure at {fail_at}"));
                assert_eq!(result.unwrap_err(), "injected write failure");
            }
        }
    }

    #[test]
    fn a_failing_producer_is_reported_in_order() {
        let mut consumed = Vec::new();
        let err = produce_in_order(
            50,
            Par::threads(2),
            |k, _: Option<usize>| {
                if k == 7 {
                    Err(sphfield::Error::Mismatch("injected".into()))
                } else {
                    Ok(k)
                }
            },
            |&k| {
                consumed.push(k);
                Ok(())
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("injected"), "{err}");
        assert_eq!(consumed, (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn items_arrive_in_order_and_buffers_are_recycled() {
        let mut consumed = Vec::new();
        let recycled = std::sync::atomic::AtomicUsize::new(0);
        produce_in_order(
            40,
            Par::threads(2),
            |k, r: Option<Vec<usize>>| {
                if r.is_some() {
                    recycled.fetch_add(1, Ordering::Relaxed);
                }
                Ok(vec![k])
            },
            |v| {
                consumed.push(v[0]);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(consumed, (0..40).collect::<Vec<_>>());
        assert!(recycled.load(Ordering::Relaxed) > 0);
    }
}
