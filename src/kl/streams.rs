//! Independent random streams per (purpose, seed, member, sub-index, block of degrees).

use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha12Rng;

/// Degrees per random stream: degrees [64b, 64b + 64) of a draw come from stream b.
pub const DEGREE_BLOCK: usize = 64;

/// What a stream is for; part of the key, so that e.g. the noise of a diffusion never
/// coincides with the draws of a data field under the same seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// Karhunen–Loève draws of fields ([`super::KlSampler`]).
    Field,
    /// Forward Ornstein–Uhlenbeck noise.
    ForwardNoise,
    /// Reverse-time sampler noise.
    ReverseNoise,
    /// Noise added to simulated observations in constrained realisations (docs/conditioning.md §C.4).
    ObservationNoise,
    /// Innovations of space–time fields, one sub-index per time stamp.
    TimeInnovation,
}

impl Purpose {
    fn tag(self) -> &'static [u8; 8] {
        match self {
            Purpose::Field => b"sf/kl/v1",
            Purpose::ForwardNoise => b"sf/ou/v1",
            Purpose::ReverseNoise => b"sf/rv/v1",
            Purpose::ObservationNoise => b"sf/ob/v1",
            Purpose::TimeInnovation => b"sf/st/v1",
        }
    }
}

/// Identifies one draw of a Gaussian coefficient vector: (purpose, seed, member, sub-index).
/// `sub` distinguishes several draws of one member (e.g. the time steps of a path).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StreamId {
    pub purpose: Purpose,
    pub seed: u64,
    pub member: u64,
    pub sub: u64,
}

/// The generator of degree block `block` of the draw `id`: ChaCha12 (the generator behind rand's
/// `StdRng`, 12 rounds) keyed by (seed, member, purpose, sub) — distinct ids give distinct keys —
/// on stream number `block`. ChaCha is a pseudo-random function of (key, stream, counter), so
/// the streams are independent for all practical purposes and need no coordination between
/// threads.
pub(crate) fn degree_block_stream(id: StreamId, block: u64) -> ChaCha12Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&id.seed.to_le_bytes());
    key[8..16].copy_from_slice(&id.member.to_le_bytes());
    key[16..24].copy_from_slice(id.purpose.tag());
    key[24..].copy_from_slice(&id.sub.to_le_bytes());
    let mut rng = ChaCha12Rng::from_seed(key);
    rng.set_stream(block);
    rng
}
