//! The processes of one run: a single process, or the ranks of an MPI job (`mpirun -n P
//! sphfield …`, `srun sphfield …`) when the binary is built with `--features mpi`
//! (docs/distributed.md). Commands ask [`job`] which members are theirs and share their
//! outcomes through it, so that a failure on one rank ends every rank with that rank's error.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use anyhow::Result;

/// This process's place in the run.
#[derive(Clone, Copy, Debug)]
pub struct Job {
    rank: usize,
    size: usize,
}

static JOB: OnceLock<Job> = OnceLock::new();

/// Set by this rank's first collective step, which starts with an agreement on the set-up (so
/// that a rank that fails before any collective step, e.g. on a bad argument, ends every rank
/// with its error: see [`Job::fail_before_start`]).
static STARTED: AtomicBool = AtomicBool::new(false);

/// The run this process belongs to (a single process unless [`start`] joined an MPI job).
pub fn job() -> Job {
    *JOB.get().unwrap_or(&Job { rank: 0, size: 1 })
}

/// The global state reported by [`Job::sync`].
#[derive(Clone, Copy, Debug)]
pub struct Status {
    /// Every rank has finished its items.
    pub all_done: bool,
    /// The lowest rank that reported a failure.
    pub failed: Option<usize>,
    /// Items finished on all ranks together.
    pub items: u64,
}

/// True if the environment says this process was started by an MPI launcher (OpenMPI's
/// mpirun, Slurm's srun with PMI/PMIx, MPICH's hydra), or `SPHFIELD_MPI=1` asks for MPI.
#[cfg(feature = "mpi")]
fn launched_by_mpi() -> bool {
    if let Ok(v) = std::env::var("SPHFIELD_MPI") {
        return v == "1";
    }
    [
        "OMPI_COMM_WORLD_SIZE",
        "PMIX_RANK",
        "PMI_RANK",
        "PMI_SIZE",
        "MPI_LOCALNRANKS",
    ]
    .iter()
    .any(|k| std::env::var_os(k).is_some())
}

/// Joins the MPI job if the process was started by an MPI launcher; the returned universe
/// must live until the end of `main` (dropping it finalises MPI).
#[cfg(feature = "mpi")]
pub fn start() -> Option<sphfield::mpi::rsmpi::environment::Universe> {
    use sphfield::mpi::rsmpi::topology::Communicator;
    use sphfield::mpi::rsmpi::Threading;
    if !launched_by_mpi() {
        return None;
    }
    // MPI is called from the main thread only, one call at a time.
    let (universe, _) = sphfield::mpi::rsmpi::initialize_with_threading(Threading::Serialized)?;
    let world = universe.world();
    let _ = JOB.set(Job {
        rank: world.rank() as usize,
        size: world.size() as usize,
    });
    Some(universe)
}

impl Job {
    /// This process's rank (0 for a single process).
    pub fn rank(&self) -> usize {
        self.rank
    }

    /// Number of processes.
    pub fn size(&self) -> usize {
        self.size
    }

    /// True on rank 0 (the rank that writes files and reports).
    pub fn is_root(&self) -> bool {
        self.rank == 0
    }

    /// True for a job of more than one process.
    pub fn is_distributed(&self) -> bool {
        self.size > 1
    }

    /// The items `0..count` of this rank (contiguous blocks).
    pub fn share(&self, count: usize) -> Range<usize> {
        sphfield::par::block_range(count, self.rank, self.size)
    }

    #[cfg(feature = "mpi")]
    pub fn world(&self) -> sphfield::mpi::rsmpi::topology::SimpleCommunicator {
        sphfield::mpi::rsmpi::topology::SimpleCommunicator::world()
    }

    /// Collective: all ranks get `Ok` if every rank's `local` is `Ok`, else the lowest failing
    /// rank's error (as `sphfield::Error::Distributed`, which `main` reports once).
    pub fn agree<T>(&self, local: Result<T>) -> Result<T> {
        self.enter()?;
        self.raw_agree(local)
    }

    /// The set-up agreement, made once before this rank's first collective step.
    fn enter(&self) -> Result<()> {
        if !self.is_distributed() || STARTED.swap(true, Ordering::SeqCst) {
            return Ok(());
        }
        self.raw_agree(Ok(()))
    }

    /// For `run`: an error of this rank before its first collective step is shared through the
    /// set-up agreement (the other ranks meet it at their first collective step); an error after
    /// it is returned as it is.
    pub fn fail_before_start(&self, error: anyhow::Error) -> anyhow::Error {
        if !self.is_distributed() || STARTED.swap(true, Ordering::SeqCst) {
            return error;
        }
        match self.raw_agree::<()>(Err(error)) {
            Err(e) => e,
            Ok(()) => anyhow::anyhow!("internal: a failed set-up was agreed as a success"),
        }
    }

    fn raw_agree<T>(&self, local: Result<T>) -> Result<T> {
        if !self.is_distributed() {
            return local;
        }
        #[cfg(feature = "mpi")]
        {
            let shared = match local {
                Ok(v) => Ok(v),
                Err(e) => Err(as_distributed(e, self.rank)),
            };
            sphfield::mpi::agree(&self.world(), shared).map_err(anyhow::Error::new)
        }
        #[cfg(not(feature = "mpi"))]
        local
    }

    /// Collective: rank 0's value on every rank.
    pub fn broadcast_u64(&self, value: u64) -> Result<u64> {
        self.enter()?;
        #[cfg(feature = "mpi")]
        if self.is_distributed() {
            use sphfield::mpi::rsmpi::collective::Root;
            use sphfield::mpi::rsmpi::topology::Communicator;
            let mut v = value;
            self.world().process_at_rank(0).broadcast_into(&mut v);
            return Ok(v);
        }
        Ok(value)
    }

    /// Collective: the smallest of the ranks' values.
    pub fn min_u64(&self, value: u64) -> Result<u64> {
        self.enter()?;
        #[cfg(feature = "mpi")]
        if self.is_distributed() {
            use sphfield::mpi::rsmpi::collective::{CommunicatorCollectives, SystemOperation};
            let mut v = value;
            self.world()
                .all_reduce_into(&value, &mut v, SystemOperation::min());
            return Ok(v);
        }
        Ok(value)
    }

    /// Collective: rank 0's bytes on every rank.
    pub fn broadcast_bytes(&self, bytes: &mut Vec<u8>) -> Result<()> {
        self.enter()?;
        #[cfg(feature = "mpi")]
        if self.is_distributed() {
            sphfield::mpi::broadcast_bytes(&self.world(), 0, bytes);
        }
        let _ = bytes;
        Ok(())
    }

    /// Collective: reports this rank's state (finished its items? failed? items finished) and
    /// returns the whole job's.
    pub fn sync(&self, done: bool, failed: bool, items: u64) -> Result<Status> {
        self.enter()?;
        #[cfg(feature = "mpi")]
        if self.is_distributed() {
            use sphfield::mpi::rsmpi::collective::{CommunicatorCollectives, SystemOperation};
            use sphfield::mpi::rsmpi::request::scope;
            let world = self.world();
            // One maximum over [not done, size − failed rank, items]… with the items summed in
            // a second reduction. Non-blocking, polled with short sleeps: a blocking call would
            // spin on a core while waiting for a slower rank, taking it from this rank's (and
            // the other ranks') computation.
            let mine = [
                u64::from(!done),
                if failed {
                    (self.size - self.rank) as u64
                } else {
                    0
                },
            ];
            let mut all = [0u64; 2];
            let mut total = 0u64;
            scope(|sc| {
                let mut first = world.immediate_all_reduce_into(
                    sc,
                    &mine[..],
                    &mut all[..],
                    SystemOperation::max(),
                );
                let mut second =
                    world.immediate_all_reduce_into(sc, &items, &mut total, SystemOperation::sum());
                loop {
                    match first.test() {
                        Ok(_) => break,
                        Err(pending) => first = pending,
                    }
                    std::thread::sleep(std::time::Duration::from_micros(200));
                }
                loop {
                    match second.test() {
                        Ok(_) => break,
                        Err(pending) => second = pending,
                    }
                    std::thread::sleep(std::time::Duration::from_micros(200));
                }
            });
            return Ok(Status {
                all_done: all[0] == 0,
                failed: (all[1] > 0).then(|| self.size - all[1] as usize),
                items: total,
            });
        }
        Ok(Status {
            all_done: done,
            failed: failed.then_some(0),
            items,
        })
    }

    /// Stops the whole job after an error that the other ranks do not know about (they may be
    /// waiting in a collective step): MPI_Abort ends every rank.
    pub fn abort(&self) {
        #[cfg(feature = "mpi")]
        if self.is_distributed() {
            use sphfield::mpi::rsmpi::topology::Communicator;
            self.world().abort(1);
        }
    }
}

/// An error of this rank as the library's distributed error (keeps one that already is one).
#[cfg(feature = "mpi")]
fn as_distributed(e: anyhow::Error, rank: usize) -> sphfield::Error {
    if let Some(sphfield::Error::Distributed { rank, message }) =
        e.chain().find_map(|c| c.downcast_ref::<sphfield::Error>())
    {
        return sphfield::Error::Distributed {
            rank: *rank,
            message: message.clone(),
        };
    }
    let mut message = e.to_string();
    for cause in e.chain().skip(1) {
        let text = cause.to_string();
        if !message.contains(&text) {
            message = format!("{message}: {text}");
        }
    }
    sphfield::Error::Distributed { rank, message }
}

/// How `main` reports an error of a distributed run: `Some(text)` to print, `None` to stay
/// quiet (another rank prints it). The failing rank prints its error; rank 0 also prints it,
/// naming the rank.
pub fn report(error: &anyhow::Error) -> Option<String> {
    let job = job();
    let shared = error
        .chain()
        .find_map(|c| c.downcast_ref::<sphfield::Error>())
        .and_then(|e| match e {
            sphfield::Error::Distributed { rank, message } => Some((*rank, message.clone())),
            _ => None,
        });
    match shared {
        None => Some(error.to_string()),
        Some((rank, message)) if rank == job.rank() => Some(message),
        Some((rank, message)) if job.is_root() => Some(format!("rank {rank} failed: {message}")),
        Some(_) => None,
    }
}

/// True if the error was agreed by every rank (so every rank ends cleanly).
pub fn is_agreed(error: &anyhow::Error) -> bool {
    error.chain().any(|c| {
        matches!(
            c.downcast_ref::<sphfield::Error>(),
            Some(sphfield::Error::Distributed { .. })
        )
    })
}
