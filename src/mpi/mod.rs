//! Distributed mode over MPI (cargo feature `mpi`; docs/distributed.md).
//!
//! Three things run over the ranks of an MPI job:
//! * **ensembles** — members split into contiguous blocks ([`block_range`]), each rank writing
//!   its members at their fixed places in one shared file
//!   ([`crate::io::FileWriter::create_shared`]); this is the command line's business;
//! * **one large transform** — [`DistributedSht`]: coefficients distributed by order m
//!   (balanced by work), the Legendre stage local, one all-to-all exchange between orders and
//!   rings, the ring FFTs local; bitwise the serial [`crate::Sht`] for any number of ranks;
//! * **a sharded empirical prior** — [`ShardedEmpiricalPrior`]: the training set split over
//!   ranks, the log-sum-exp and the weighted sums reduced across them.
//!
//! The communicator is rsmpi's (re-exported as [`rsmpi`]); every function taking one is
//! *collective*: all ranks of the communicator call it, in the same order. Errors that one rank
//! meets are shared by [`agree`] before the next collective step, so a bad input on one rank
//! ends the job on every rank with that rank's error instead of a hang.

mod collective;
mod prior;
mod sht;

pub use crate::par::block_range;
pub use collective::{agree, broadcast_bytes, ordered_sum};
pub use prior::ShardedEmpiricalPrior;
pub use sht::DistributedSht;

/// The MPI bindings (rsmpi) this module is built with; use them to initialise MPI and get a
/// communicator (`rsmpi::initialize()`, `universe.world()`).
pub use ::mpi as rsmpi;
