//! Gaussian conditioning on scattered observations by a dense Cholesky factorisation of K + Σ
//! (docs/conditioning.md §C.2–§C.4).

use super::cholesky::Cholesky;
use super::kernel::CovarianceTable;
use super::observations::Observations;
use super::points::Points;
use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::kl::{degree_block_stream, KlSampler, Purpose, StreamId};
use crate::par::Par;
use crate::spectrum::AngularSpectrum;
use faer::Mat;
use rand::Rng;
use rand_distr::StandardNormal;
use rayon::prelude::*;
use std::sync::Arc;

/// Largest number of observations the dense solver accepts (its matrix takes 8 n² bytes:
/// 800 MB at the limit).
pub const MAX_DENSE_OBSERVATIONS: usize = 10_000;

/// Points per block of the blocked variance computation (fixed, so the result does not depend
/// on the thread count).
const VARIANCE_BLOCK: usize = 128;

/// The posterior of the band-limited isotropic Gaussian prior with spectrum C_ℓ given point
/// observations (kriging / Wiener filtering), by a Cholesky factorisation of K + Σ.
///
/// * [`DenseKriging::mean_alm`]: posterior mean coefficients ā = C ⊙ Pᵀ(K+Σ)⁻¹y (C.2.3) — the
///   kriged map on any grid is one synthesis;
/// * [`DenseKriging::mean_at`], [`DenseKriging::variance_at`]: m(x) and v(x) (C.2.1–2) at points;
/// * [`DenseKriging::draws`]: exact posterior draws by Matheron's update (C.4.1).
///
/// ```
/// use sphfield::condition::{DenseKriging, Observations, Points};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::Par;
/// let spectrum = WhittleMatern::with_variance(1.0, 10.0, 2.0)?.spectrum(63)?;
/// let obs = Observations::from_lat_lon_degrees(&[10.0, 20.0], &[30.0, 35.0], &[1.0, 0.5], &[0.0, 0.0])?;
/// let kriging = DenseKriging::new(&spectrum, obs, Par::Seq)?;
/// // Noise-free data are interpolated, with zero posterior variance there.
/// let at = Points::from_lat_lon_degrees(&[10.0], &[30.0])?;
/// assert!((kriging.mean_at(&at, Par::Seq)?[0] - 1.0).abs() < 1e-10);
/// assert!(kriging.variance_at(&at, Par::Seq)?[0] < 1e-10);
/// # Ok::<(), sphfield::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct DenseKriging {
    spectrum: AngularSpectrum,
    table: Arc<std::sync::OnceLock<CovarianceTable>>,
    observations: Observations,
    factor: Arc<Cholesky>,
    weights: Vec<f64>,
}

impl DenseKriging {
    /// Builds K + Σ (K_ij = k(x_i · x_j), by Clenshaw's recurrence or the covariance table,
    /// whichever is cheaper) and factors it. The covariance table for [`DenseKriging::mean_at`]
    /// and [`DenseKriging::variance_at`] is built on their first call.
    ///
    /// # Errors
    /// `Error::TooLarge` above [`MAX_DENSE_OBSERVATIONS`]; `Error::Param` for a zero spectrum,
    /// or when K + Σ is numerically singular (noise-free observations too close together, or
    /// more noise-free observations than the band-limited prior has degrees of freedom).
    pub fn new(
        spectrum: &AngularSpectrum,
        observations: Observations,
        par: Par,
    ) -> Result<DenseKriging> {
        let n = observations.len();
        if n > MAX_DENSE_OBSERVATIONS {
            return Err(Error::TooLarge {
                what: "observations for the dense solver".into(),
                requested: n as u128,
                limit: MAX_DENSE_OBSERVATIONS as u128,
            });
        }
        if spectrum.variance() <= 0.0 {
            return Err(param_error(
                "spectrum",
                spectrum.description(),
                "a zero spectrum has no covariance to condition on",
            ));
        }
        let matrix = par.install(|| observation_covariance(spectrum, &observations))?;
        let factor = Cholesky::new(matrix).ok_or_else(|| {
            param_error(
                "observations",
                format!("{n} points"),
                format!(
                    "the covariance K + Σ is numerically singular: noise-free observations (σ = 0) \
                     are too close together for the prior's band limit {} or more numerous than \
                     its {} degrees of freedom; give them a noise σ > 0",
                    spectrum.lmax(),
                    (spectrum.lmax() + 1) * (spectrum.lmax() + 1)
                ),
            )
        })?;
        let weights = factor.solve(observations.values());
        Ok(DenseKriging {
            spectrum: spectrum.clone(),
            table: Arc::new(std::sync::OnceLock::new()),
            observations,
            factor: Arc::new(factor),
            weights,
        })
    }

    /// The same stations and noise with other observed values, reusing the factorisation
    /// (O(n²) instead of O(n³)): e.g. several variables, or many days, observed at one network.
    ///
    /// # Errors
    /// `Error::Shape` for a wrong length; `Error::NonFinite` for a NaN or infinite value.
    pub fn with_values(&self, values: Vec<f64>) -> Result<DenseKriging> {
        let observations = self.observations.with_values(values)?;
        let weights = self.factor.solve(observations.values());
        Ok(DenseKriging {
            observations,
            weights,
            ..self.clone()
        })
    }

    /// The prior spectrum.
    pub fn spectrum(&self) -> &AngularSpectrum {
        &self.spectrum
    }

    /// The observations.
    pub fn observations(&self) -> &Observations {
        &self.observations
    }

    /// The covariance table of the prior (built on first use; its
    /// [`CovarianceTable::error_bound`] bounds the interpolation error of k).
    ///
    /// # Errors
    /// As [`CovarianceTable::new`].
    pub fn covariance_table(&self) -> Result<&CovarianceTable> {
        if let Some(t) = self.table.get() {
            return Ok(t);
        }
        let built = CovarianceTable::new(&self.spectrum)?;
        Ok(self.table.get_or_init(|| built))
    }

    /// The kriging weights w = (K + Σ)⁻¹ y.
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// (K + Σ)⁻¹ r for each residual vector r (one per column), e.g. the residuals of
    /// Matheron's update.
    ///
    /// # Errors
    /// `Error::Shape` if a vector's length is not the number of observations.
    pub fn solve(&self, residuals: &[Vec<f64>]) -> Result<Vec<Vec<f64>>> {
        let n = self.observations.len();
        if let Some(r) = residuals.iter().find(|r| r.len() != n) {
            return Err(crate::error::shape_error(
                "residuals (one per observation)",
                n,
                r.len(),
            ));
        }
        let mut rhs = Mat::from_fn(n, residuals.len(), |i, j| residuals[j][i]);
        self.factor.solve_in_place(rhs.as_mut());
        Ok((0..residuals.len())
            .map(|j| (0..n).map(|i| rhs[(i, j)]).collect())
            .collect())
    }

    /// Posterior mean coefficients ā_ℓm = C_ℓ Σ_i w_i conj(Y_ℓ^m(x_i)) (C.2.3), ℓ, m ≤ the
    /// spectrum's lmax.
    pub fn mean_alm(&self, par: Par) -> Result<Alm> {
        let mut alm = self.harmonic_update(&[&self.weights], par)?.remove(0);
        alm.scale_l(self.spectrum.values())?;
        Ok(alm)
    }

    /// Posterior mean m(x) = k_xᵀ w at points (C.2.1).
    pub fn mean_at(&self, points: &Points, par: Par) -> Result<Vec<f64>> {
        let table = self.covariance_table()?;
        let obs = self.observations.points().unit_vectors();
        Ok(par.install(|| {
            points
                .unit_vectors()
                .par_iter()
                .map(|x| {
                    obs.iter()
                        .zip(&self.weights)
                        .map(|(xi, w)| table.between(x, xi) * w)
                        .sum()
                })
                .collect()
        }))
    }

    /// Posterior variance v(x) = k(0) − ‖L⁻¹k_x‖² at points (C.2.2; LLᵀ = K + Σ), in blocks of
    /// 128 points solved together; negative rounding residue is clamped to 0.
    pub fn variance_at(&self, points: &Points, par: Par) -> Result<Vec<f64>> {
        let obs = self.observations.points().unit_vectors();
        let n = obs.len();
        let table = self.covariance_table()?;
        let k0 = table.variance();
        let blocks: Vec<Vec<f64>> = par.install(|| {
            points
                .unit_vectors()
                .par_chunks(VARIANCE_BLOCK)
                .map(|block| {
                    let mut rhs =
                        Mat::from_fn(n, block.len(), |i, j| table.between(&block[j], &obs[i]));
                    self.factor.solve_lower_in_place(rhs.as_mut());
                    (0..block.len())
                        .map(|j| {
                            let explained: f64 = (0..n).map(|i| rhs[(i, j)] * rhs[(i, j)]).sum();
                            (k0 - explained).max(0.0)
                        })
                        .collect()
                })
                .collect()
        });
        Ok(blocks.concat())
    }

    /// Exact posterior draws (constrained realisations) for `members`, by Matheron's update
    /// (C.4.1): member j's prior draw is [`KlSampler`] member j of `seed` (what `sphfield synth
    /// --seed` draws as member j) and its simulated observation noise comes from the stream
    /// (seed, j, observation noise). Same seed → same bits, for any `par` and any split of the
    /// members into calls.
    ///
    /// # Errors
    /// The errors of [`Alm::zeros`] for an oversized spectrum.
    pub fn draws(&self, seed: u64, members: std::ops::Range<u64>, par: Par) -> Result<Vec<Alm>> {
        let sampler = KlSampler::new(&self.spectrum, seed);
        let priors: Vec<Alm> = par.install(|| {
            members
                .clone()
                .into_par_iter()
                .map(|j| sampler.sample(j, Par::Seq))
                .collect()
        });
        let prior_refs: Vec<&Alm> = priors.iter().collect();
        let at_points = self.observations.points().evaluate(&prior_refs, par)?;
        let residuals: Vec<Vec<f64>> = members
            .clone()
            .zip(&at_points)
            .map(|(j, values)| {
                let noise = observation_noise(seed, j, self.observations.noise_variances());
                self.observations
                    .values()
                    .iter()
                    .zip(values)
                    .zip(noise)
                    .map(|((y, f), e)| y - f - e)
                    .collect()
            })
            .collect();
        let weights = self.solve(&residuals)?;
        let weight_refs: Vec<&[f64]> = weights.iter().map(Vec::as_slice).collect();
        let updates = self.harmonic_update(&weight_refs, par)?;
        let cl = self.spectrum.values();
        priors
            .into_iter()
            .zip(updates)
            .map(|(mut prior, mut update)| {
                update.scale_l(cl)?;
                prior.axpy(1.0, &update)?;
                Ok(prior)
            })
            .collect()
    }

    /// Pᵀ w for each weight vector, at the spectrum's band limit.
    fn harmonic_update(&self, weights: &[&[f64]], par: Par) -> Result<Vec<Alm>> {
        let lmax = self.spectrum.lmax();
        self.observations.points().adjoint(weights, lmax, lmax, par)
    }
}

/// K + Σ with K_ij = k(x_i · x_j) ([`super::kernel::pair_covariances`]).
fn observation_covariance(
    spectrum: &AngularSpectrum,
    observations: &Observations,
) -> Result<Mat<f64>> {
    let k = super::kernel::pair_covariances(spectrum, observations.points())?;
    let noise = observations.noise_variances();
    Ok(Mat::from_fn(
        observations.len(),
        observations.len(),
        |i, j| {
            let (r, c) = if j <= i { (i, j) } else { (j, i) };
            k[r * (r + 1) / 2 + c] + if i == j { noise[i] } else { 0.0 }
        },
    ))
}

/// ε_i ~ N(0, σ_i²) for member `member`: σ_i z_i with z from the observation-noise stream.
pub(crate) fn observation_noise(seed: u64, member: u64, variances: &[f64]) -> Vec<f64> {
    let id = StreamId {
        purpose: Purpose::ObservationNoise,
        seed,
        member,
        sub: 0,
    };
    let mut rng = degree_block_stream(id, 0);
    variances
        .iter()
        .map(|v| {
            let z: f64 = rng.sample(StandardNormal);
            v.sqrt() * z
        })
        .collect()
}
