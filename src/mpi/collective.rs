//! Small collective steps shared by the distributed parts: agreeing on errors, broadcasting
//! bytes, reductions in a fixed order, splitting a count over ranks.

use ::mpi::collective::{CommunicatorCollectives, Root, SystemOperation};
use ::mpi::point_to_point::{Destination, Source};
use ::mpi::topology::Communicator;

use crate::error::{Error, Result};

/// Collective: every rank passes its own outcome; all return `Ok` if every rank succeeded,
/// else all return [`Error::Distributed`] with the lowest failing rank and its message.
pub fn agree<C: Communicator, T>(comm: &C, local: Result<T>) -> Result<T> {
    let (rank, size) = (comm.rank(), comm.size());
    let mine = if local.is_err() { rank } else { size };
    let mut first = size;
    comm.all_reduce_into(&mine, &mut first, SystemOperation::min());
    if first == size {
        return local;
    }
    let mut message = match &local {
        Err(Error::Distributed { message, .. }) => message.clone().into_bytes(),
        Err(e) if rank == first => e.to_string().into_bytes(),
        _ => Vec::new(),
    };
    broadcast_bytes(comm, first as usize, &mut message);
    Err(Error::Distributed {
        rank: first as usize,
        message: String::from_utf8_lossy(&message).into_owned(),
    })
}

/// Collective: `bytes` of rank `root` on every rank (other ranks' contents are replaced).
pub fn broadcast_bytes<C: Communicator>(comm: &C, root: usize, bytes: &mut Vec<u8>) {
    let process = comm.process_at_rank(root as i32);
    let mut len = bytes.len() as u64;
    process.broadcast_into(&mut len);
    bytes.resize(len as usize, 0);
    if len > 0 {
        process.broadcast_into(&mut bytes[..]);
    }
}

/// Collective: `values` ← the element-wise sum of every rank's `values`, on every rank, added
/// in a fixed order (a binomial tree over rank numbers: rank r adds the partial sum of ranks
/// r + 2^s.. to its own at step s), so the bits depend on the number of ranks only, never on
/// timing. All ranks pass the same length.
pub fn ordered_sum<C: Communicator>(comm: &C, values: &mut [f64]) {
    let (rank, size) = (comm.rank() as usize, comm.size() as usize);
    let mut incoming = vec![0.0; values.len()];
    let mut step = 1;
    while step < size {
        if rank % (2 * step) == step {
            comm.process_at_rank((rank - step) as i32).send(&values[..]);
            break;
        }
        if rank % (2 * step) == 0 && rank + step < size {
            comm.process_at_rank((rank + step) as i32)
                .receive_into(&mut incoming[..]);
            for (v, w) in values.iter_mut().zip(&incoming) {
                *v += w;
            }
        }
        step *= 2;
    }
    comm.process_at_rank(0).broadcast_into(values);
}
