//! Vector and polarised random fields on top of the spin transforms (docs/vector-fields.md):
//! correlated multi-field Gaussian draws ([`CrossSpectra`], [`MultiFieldSampler`]), wind fields
//! from a stream function and a velocity potential ([`wind`]), and polarised skies T, Q, U
//! from TT, EE, BB, TE spectra ([`polarized`]), and diffusion on coefficient tuples
//! ([`TuplePacking`], [`BlockGaussianPrior`]).

mod multi;
pub mod polarized;
mod tuples;
pub mod wind;

pub use multi::{cross_spectra, CrossSpectra, MultiFieldSampler};
pub use polarized::{PolarizedSky, PolarizedSpectra, SixSpectra};
pub use tuples::{BlockGaussianPrior, TuplePacking};
pub use wind::{HelmholtzPotentials, WindField};
