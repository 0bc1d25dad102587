//! The empirical prior with its training set split over ranks (docs/distributed.md §3).

use std::thread::ThreadId;

use ::mpi::collective::{CommunicatorCollectives, SystemOperation};
use ::mpi::topology::Communicator;

use super::collective::{agree, broadcast_bytes, ordered_sum};
use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::ou::LinearSpde;
use crate::score::{EmpiricalPrior, Score};
use crate::Par;

/// The communicator, usable only on the thread that built the prior (MPI calls must not
/// overlap, and every rank must make them in the same order).
struct OwnedComm<'c, C> {
    comm: &'c C,
    owner: ThreadId,
}

// SAFETY: the communicator is reached only through `OwnedComm::get`, which refuses every thread
// but `owner`; so it is never used from two threads, whatever threads share the prior.
unsafe impl<C> Sync for OwnedComm<'_, C> {}

impl<'c, C> OwnedComm<'c, C> {
    fn get(&self) -> Result<&'c C> {
        if std::thread::current().id() == self.owner {
            Ok(self.comm)
        } else {
            Err(Error::Mismatch(
                "a sharded empirical prior is evaluated on the thread that built it, one \
                 evaluation at a time and in the same order on every rank (sample members \
                 one after the other with ReverseSde::sample, not sample_batch)"
                    .into(),
            ))
        }
    }
}

/// The exact score of an empirical data law whose N training fields are split over the ranks
/// of a communicator (rank p holds a shard; together the shards are the training set in rank
/// order). Each evaluation computes the local logits (docs/mathematics.md §5.3(ii), the same
/// per-field arithmetic as [`EmpiricalPrior`], differences taken against the set's first
/// field), then reduces across ranks: the maximum logit M, then
/// $S = \sum_i e^{\ell_i - M}$ and $V = \sum_i e^{\ell_i - M}(x_i - x_1)$ in one ordered sum
/// ([`super::ordered_sum`]), and returns $E[X_0|X_t=x] = x_1 + V/S$.
///
/// Equal to the serial [`EmpiricalPrior`] on the whole set to rounding (≤ 1e-13 relative),
/// bitwise reproducible for a fixed number of ranks. Each rank holds only its shard's
/// differences (N/P × (L+1)² values).
///
/// Every evaluation is collective: all ranks evaluate the same x at the same t, in the same
/// order, on the thread that built the prior (others get an error).
pub struct ShardedEmpiricalPrior<'c, C: Communicator> {
    comm: OwnedComm<'c, C>,
    local: EmpiricalPrior,
    total: usize,
}

impl<C: Communicator> std::fmt::Debug for ShardedEmpiricalPrior<'_, C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShardedEmpiricalPrior")
            .field("local_fields", &self.local.len())
            .field("total_fields", &self.total)
            .finish()
    }
}

impl<'c, C: Communicator> ShardedEmpiricalPrior<'c, C> {
    /// Builds the prior from this rank's `shard` (collective). Every rank needs at least one
    /// field; the shards of ranks 0, 1, … in order make the training set.
    ///
    /// # Errors
    /// As [`EmpiricalPrior::new`] on any rank, as [`Error::Distributed`].
    pub fn new(
        comm: &'c C,
        process: LinearSpde,
        shard: &[Alm],
        par: Par,
    ) -> Result<ShardedEmpiricalPrior<'c, C>> {
        let check = if shard.is_empty() {
            Err(param_error(
                "training shard",
                "0 fields",
                "every rank needs at least one training field (use fewer ranks)",
            ))
        } else {
            Ok(())
        };
        agree(comm, check)?;
        // The reference x_1: the first field of rank 0, on every rank.
        let first = &shard[0];
        let mut bytes: Vec<u8> = if comm.rank() == 0 {
            first
                .as_slice()
                .iter()
                .flat_map(|c| c.re.to_le_bytes().into_iter().chain(c.im.to_le_bytes()))
                .collect()
        } else {
            Vec::new()
        };
        broadcast_bytes(comm, 0, &mut bytes);
        let reference = (|| {
            let mut r = Alm::zeros(first.lmax(), first.mmax())?;
            if bytes.len() != 16 * r.len() {
                return Err(Error::Mismatch(format!(
                    "rank 0's training fields have {} coefficients, this rank's {}",
                    bytes.len() / 16,
                    r.len()
                )));
            }
            for (c, b) in r.as_mut_slice().iter_mut().zip(bytes.chunks_exact(16)) {
                let mut re = [0u8; 8];
                let mut im = [0u8; 8];
                re.copy_from_slice(&b[..8]);
                im.copy_from_slice(&b[8..]);
                c.re = f64::from_le_bytes(re);
                c.im = f64::from_le_bytes(im);
            }
            Ok(r)
        })();
        let local = reference.and_then(|r| EmpiricalPrior::with_reference(process, &r, shard, par));
        let local = agree(comm, local)?;
        let mut total = 0u64;
        comm.all_reduce_into(&(shard.len() as u64), &mut total, SystemOperation::sum());
        Ok(ShardedEmpiricalPrior {
            comm: OwnedComm {
                comm,
                owner: std::thread::current().id(),
            },
            local,
            total: total as usize,
        })
    }

    /// Training fields on this rank.
    pub fn local_len(&self) -> usize {
        self.local.len()
    }

    /// Training fields on all ranks.
    pub fn len(&self) -> usize {
        self.total
    }

    /// Never true (every rank holds a field).
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

impl<C: Communicator> Score for ShardedEmpiricalPrior<'_, C> {
    fn process(&self) -> &LinearSpde {
        self.local.process()
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        let comm = self.comm.get()?;
        agree(comm, self.local.check_input(t, x, out))?;
        let logits = self.local.component_logits(t, x, None);
        let local_max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut max = f64::NEG_INFINITY;
        comm.all_reduce_into(&local_max, &mut max, SystemOperation::max());
        let e: Vec<f64> = logits.iter().map(|l| (l - max).exp()).collect();
        // [S, V (interleaved re, im)], summed across ranks in a fixed order.
        let mut sums = vec![0.0; 1 + self.local.flat_len()];
        sums[0] = e.iter().sum();
        self.local.weighted_differences(&e, &mut sums[1..]);
        ordered_sum(comm, &mut sums);
        self.local.add_reference(&sums[1..], sums[0], out);
        Ok(())
    }
}
