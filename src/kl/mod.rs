//! Truncated Karhunen–Loève expansion of isotropic Gaussian fields (docs/mathematics.md §2).
//!
//! A field $T = \sum_{\ell\le L}\sum_m a_{\ell m}Y_{\ell m}$ with independent coefficients is drawn in
//! coefficient space ([`KlSampler`]: $a_{\ell0} \sim N(0, C_\ell)$, $\mathrm{Re}\,a_{\ell m}, \mathrm{Im}\,a_{\ell m} \sim N(0, C_\ell/2)$
//! for m > 0, healpy storage) and synthesised on any grid or at arbitrary points. The truncation
//! at band limit L loses $E\lVert T-T^L\rVert^2 = \sum_{\ell>L}(2\ell+1)C_\ell$ ([`TruncationError`]);
//! [`choose_lmax`] picks the smallest L that keeps a requested fraction of the variance.
//!
//! ```
//! use sphfield::kl::KlSampler;
//! use sphfield::spectrum::{Length, SpectrumModel, WhittleMatern};
//! use sphfield::{Geometry, Par, Sht};
//! // Unit-variance anomalies, 1000 km correlation length, smoothness 1, on the 1° grid.
//! let model = WhittleMatern::from_correlation_length(1.0, Length::km(1000.0), 1.0)?;
//! let lmax = 179;
//! let sht = Sht::new(Geometry::fejer1(180, 360)?, lmax, lmax)?;
//! let sampler = KlSampler::new(&model.spectrum(lmax)?, 2024);
//! let field = sampler.sample_map(&sht, 0, Par::threads(0))?;   // ensemble member 0
//! assert_eq!(field.values().len(), 180 * 360);
//! # Ok::<(), sphfield::Error>(())
//! ```
//!
//! **Reproducibility.** Every draw is a function of (seed, member, block of degrees) only: each
//! member and each block of [`DEGREE_BLOCK`] degrees has its own ChaCha12 stream derived from the
//! seed, so member k of an ensemble is the same field whether 1 or 1000 members are drawn, in
//! any chunks, on any number of threads.

mod sampler;
mod space_time;
mod streams;
mod truncation;

pub use sampler::KlSampler;
pub use space_time::SpaceTimeSampler;
pub use streams::DEGREE_BLOCK;
pub(crate) use streams::{degree_block_stream, Purpose, StreamId};
pub use truncation::{choose_lmax, TruncationError};
