//! Truncated Karhunen–Loève expansion of isotropic Gaussian fields (math-spec §2).
//!
//! A field $T = \sum_{\ell\le L}\sum_m a_{\ell m}Y_{\ell m}$ with independent coefficients is drawn in
//! coefficient space ([`KlSampler`]: $a_{\ell0} \sim N(0, C_\ell)$, $\mathrm{Re}\,a_{\ell m}, \mathrm{Im}\,a_{\ell m} \sim N(0, C_\ell/2)$
//! for m > 0, healpy storage) and synthesised on any grid or at arbitrary points. The truncation
//! at band limit L loses $E\lVert T-T^L\rVert^2 = \sum_{\ell>L}(2\ell+1)C_\ell$ ([`TruncationError`]);
//! [`choose_lmax`] picks the smallest L that keeps a requested fraction of the variance.
//!
//! **Reproducibility.** Every draw is a function of (seed, member, block of degrees) only: each
//! member and each block of [`DEGREE_BLOCK`] degrees has its own ChaCha20 stream derived from the
//! seed, so member k of an ensemble is the same field whether 1 or 1000 members are drawn, in
//! any chunks, on any number of threads.

mod sampler;
mod streams;
mod truncation;

pub use sampler::KlSampler;
pub use streams::DEGREE_BLOCK;
pub use truncation::{choose_lmax, TruncationError};
