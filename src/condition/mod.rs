//! Conditioning isotropic Gaussian fields on data: kriging (the posterior mean), its
//! uncertainty (the posterior variance) and constrained realisations (exact posterior draws)
//! — docs/conditioning.md.
//!
//! The prior is the band-limited field of [`crate::kl`] with spectrum C_ℓ; the data are values
//! y_i = f(x_i) + ε_i at points ([`Observations`], from arrays or CSV). Everything is exact for
//! that prior: the posterior mean and every draw are coefficient vectors, so a kriged map on any
//! grid is one synthesis.
//!
//! * [`DenseKriging`]: Cholesky of K + Σ for up to 10⁴ scattered observations;
//! * [`HarmonicKriging`]: conjugate gradients in harmonic space for masked maps
//!   ([`MapObservations`]) with any number of observed pixels, one synthesis and one adjoint
//!   synthesis per iteration;
//! * [`fit_spectrum`], [`fit_observations`]: maximum-likelihood spectrum parameters with
//!   standard errors, from full-sky fields or from stations;
//! * [`ConditionedGaussianPrior`] (stations) and [`MapConditionedGaussianPrior`] (masked maps,
//!   by conjugate gradients): the exact score of the OU-noised posterior, for the reverse
//!   samplers of [`crate::sampler`] (posterior diffusion sampling); [`ConditionedMixturePrior`],
//!   [`condition_empirical`] and [`condition_empirical_on_map`] for mixture and training-set
//!   priors, [`GuidedScore`] for scores without a closed form.
//!
//! ```
//! use sphfield::condition::{DenseKriging, Observations};
//! use sphfield::spectrum::{SpectrumModel, WhittleMatern};
//! use sphfield::{Geometry, Par, Sht};
//! let spectrum = WhittleMatern::with_variance(1.0, 8.0, 2.0)?.spectrum(47)?;
//! let obs = Observations::from_csv_str("lat,lon,value,sigma\n45,10,1.5,0.1\n-20,300,-0.7,0.1\n", None, "inline")?;
//! let kriging = DenseKriging::new(&spectrum, obs, Par::Seq)?;
//! let sht = Sht::new(Geometry::gauss_legendre(48, 96)?, 47, 47)?;
//! let mean = sht.synthesis(&kriging.mean_alm(Par::Seq)?, Par::Seq)?;          // kriged map
//! let draws = kriging.draws(2024, 0..3, Par::Seq)?;                           // 3 constrained realisations
//! assert_eq!(mean.values().len(), 48 * 96);
//! assert_eq!(draws.len(), 3);
//! # Ok::<(), sphfield::Error>(())
//! ```

mod cholesky;
mod dense;
mod fit;
mod harmonic;
mod kernel;
mod observations;
mod points;
mod score;

pub use dense::{DenseKriging, MAX_DENSE_OBSERVATIONS};
pub use fit::{
    fit_observations, fit_spectrum, observation_log_likelihood, FitResult, ModelFamily,
    MAX_FIT_OBSERVATIONS,
};
pub use harmonic::{CgOptions, CgReport, HarmonicKriging, MapObservations, PixelNoise};
pub use kernel::CovarianceTable;
pub use observations::{Observations, MAX_OBSERVATION_BYTES};
pub use points::Points;
pub use score::{
    condition_empirical, condition_empirical_on_map, ConditionedGaussianPrior,
    ConditionedMixturePrior, GuidedScore, MapConditionedGaussianPrior,
};
