//! Independent random streams per (seed, member, block of degrees).

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha12Rng;

/// Degrees per random stream: degrees [64b, 64b + 64) of a member draw from stream b.
pub const DEGREE_BLOCK: usize = 64;

/// Domain tag filling the second half of the key (changing it changes every draw).
const KEY_TAG: &[u8; 16] = b"sphfield/kl/v1\0\0";

/// The stream of degree block `block` of ensemble member `member` under `seed`: ChaCha12 (the
/// generator behind rand's `StdRng`, 12 rounds) keyed by (seed, member, tag) — distinct
/// (seed, member) pairs give distinct keys — on stream number `block`. ChaCha is a
/// pseudo-random function of (key, stream, counter), so the streams are independent for all
/// practical purposes and need no coordination between threads.
pub(crate) fn degree_block_stream(seed: u64, member: u64, block: u64) -> ChaCha12Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    key[8..16].copy_from_slice(&member.to_le_bytes());
    key[16..].copy_from_slice(KEY_TAG);
    let mut rng = ChaCha12Rng::from_seed(key);
    rng.set_stream(block);
    rng
}
