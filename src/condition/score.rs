//! Exact conditional scores: the OU-noised data law given observations of the clean field
//! (docs/conditioning.md §C.7).

use super::dense::DenseKriging;
use super::observations::Observations;
use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::ou::OrnsteinUhlenbeck;
use crate::par::Par;
use crate::score::{EmpiricalPrior, GaussianPrior, Score};
use crate::spectrum::AngularSpectrum;
use std::sync::{Arc, Mutex};

/// Memory for cached factorisations (8n² bytes each): the samplers run members in parallel,
/// each through the whole time grid, so every time of the grid is asked for once per member;
/// with a few hundred stations every factorisation of a grid fits.
const CACHE_BYTES: usize = 256 << 20;

/// The Gaussian data law N(m, Σ) of [`GaussianPrior`] conditioned on point observations
/// y = f(x_i) + ε_i of the clean field X_0, under the same OU process: the score of
/// p_t(x | y). Exact (§C.7): with Γ_ℓ(t) = Σ_ℓ v_t C_ℓ / (a_t²Σ_ℓ + v_t C_ℓ) and μ = E[X_0 | X_t = x]
/// of the unconditioned prior,
///
///   E[X_0 | X_t = x, y] = μ + Γ Pᵀ (P Γ Pᵀ + S)⁻¹ (y − P μ),
///
/// a kriging of the residual y − Pμ with the spectrum Γ(t) (one n × n Cholesky factorisation per
/// time, cached within 256 MB, oldest first out). The reverse-time samplers of `sampler` use it unchanged
/// and then draw from the posterior of the data given y.
///
/// ```
/// use sphfield::condition::{ConditionedGaussianPrior, Observations};
/// use sphfield::ou::OrnsteinUhlenbeck;
/// use sphfield::score::{GaussianPrior, Score};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::Alm;
/// let q = WhittleMatern::with_variance(1.0, 3.0, 2.0)?.spectrum(23)?;
/// let data = WhittleMatern::with_variance(1.0, 6.0, 2.0)?.spectrum(23)?;
/// let prior = GaussianPrior::new(OrnsteinUhlenbeck::new(q, 1.0)?, data, None)?;
/// let obs = Observations::from_lat_lon_degrees(&[10.0], &[20.0], &[1.5], &[0.01])?;
/// let conditioned = ConditionedGaussianPrior::new(prior, obs)?;
/// let x = Alm::zeros(23, 23)?;
/// let mut s = Alm::zeros(23, 23)?;
/// conditioned.score(0.5, &x, &mut s)?;   // points towards fields that pass near 1.5 at the station
/// # Ok::<(), sphfield::Error>(())
/// ```
pub struct ConditionedGaussianPrior {
    prior: GaussianPrior,
    observations: Observations,
    cache: Mutex<Vec<(u64, Arc<DenseKriging>)>>,
}

impl ConditionedGaussianPrior {
    /// Conditions `prior` on `observations` of X_0.
    ///
    /// # Errors
    /// `Error::Mismatch` if the prior has a band limit with mmax below lmax (the kriging
    /// update uses all orders).
    pub fn new(
        prior: GaussianPrior,
        observations: Observations,
    ) -> Result<ConditionedGaussianPrior> {
        let l = prior.process().lmax();
        if prior.sigma().lmax() != l {
            return Err(Error::Mismatch(
                "the prior's data spectrum and process differ in lmax".into(),
            ));
        }
        Ok(ConditionedGaussianPrior {
            prior,
            observations,
            cache: Mutex::new(Vec::new()),
        })
    }

    /// The unconditioned prior.
    pub fn prior(&self) -> &GaussianPrior {
        &self.prior
    }

    /// The observations.
    pub fn observations(&self) -> &Observations {
        &self.observations
    }

    /// Γ_ℓ(t) = Σ_ℓ v C_ℓ / (a²Σ_ℓ + v C_ℓ): the per-degree variance of X_0 given X_t.
    pub fn residual_spectrum(&self, t: f64) -> Result<AngularSpectrum> {
        let ou = self.prior.process();
        let (a, v) = (ou.signal(t), ou.noise_variance(t));
        let gamma = self
            .prior
            .sigma()
            .values()
            .iter()
            .zip(ou.covariance().values())
            .map(|(s, c)| {
                let total = a * a * s + v * c;
                if total > 0.0 {
                    s * v * c / total
                } else {
                    0.0
                }
            })
            .collect();
        AngularSpectrum::new(gamma, format!("variance of X_0 given X_t, t = {t}"))
    }

    /// The kriging of residuals at time t (cached by the bits of t).
    fn kriging_at(&self, t: f64) -> Result<Arc<DenseKriging>> {
        let key = t.to_bits();
        if let Some((_, k)) = self.lock().iter().find(|(k, _)| *k == key) {
            return Ok(k.clone());
        }
        let kriging = Arc::new(DenseKriging::new(
            &self.residual_spectrum(t)?,
            self.observations.clone(),
            Par::Seq,
        )?);
        let n = self.observations.len();
        let capacity = (CACHE_BYTES / (8 * n * n).max(1)).max(2);
        let mut cache = self.lock();
        if cache.len() >= capacity {
            cache.remove(0);
        }
        cache.push((key, kriging.clone()));
        Ok(kriging)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(u64, Arc<DenseKriging>)>> {
        // A panic elsewhere cannot leave the cache inconsistent (entries are whole values).
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Score for ConditionedGaussianPrior {
    fn process(&self) -> &OrnsteinUhlenbeck {
        self.prior.process()
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.prior.posterior_mean(t, x, out)?;
        let l = out.lmax();
        if out.mmax() != l {
            return Err(Error::Mismatch(format!(
                "conditional scores need all orders: x has mmax {} < lmax {l}",
                out.mmax()
            )));
        }
        let kriging = self.kriging_at(t)?;
        let at_points = self
            .observations
            .points()
            .evaluate(&[&*out], Par::Seq)?
            .remove(0);
        let residual: Vec<f64> = self
            .observations
            .values()
            .iter()
            .zip(&at_points)
            .map(|(y, f)| y - f)
            .collect();
        let update = kriging.with_values(residual)?.mean_alm(Par::Seq)?;
        out.axpy(1.0, &update)
    }
}

/// The empirical prior (training fields `data`, uniform weights) conditioned on observations of
/// X_0: the posterior of a discrete law is the same fields reweighted by their likelihood,
/// w_i ∝ exp(−½ Σ_j (y_j − x_i(p_j))² / σ_j²) (§C.7), and its OU-noised score is exact
/// ([`EmpiricalPrior::with_log_weights`]).
///
/// # Errors
/// `Error::Param` if an observation has σ = 0 (a training field then almost surely has weight
/// 0); the errors of [`EmpiricalPrior::new`].
pub fn condition_empirical(
    process: OrnsteinUhlenbeck,
    data: &[Alm],
    observations: &Observations,
    par: Par,
) -> Result<EmpiricalPrior> {
    if let Some(i) = observations
        .noise_variances()
        .iter()
        .position(|v| *v <= 0.0)
    {
        return Err(crate::error::param_error(
            "noise variance",
            format!("0 at observation #{i}"),
            "conditioning a training set needs σ > 0: no field passes exactly through the data",
        ));
    }
    let prior = EmpiricalPrior::new(process, data, par)?;
    let refs: Vec<&Alm> = data.iter().collect();
    let at_points = observations.points().evaluate(&refs, par)?;
    let log_weights: Vec<f64> = at_points
        .iter()
        .map(|f| {
            -0.5 * f
                .iter()
                .zip(observations.values())
                .zip(observations.noise_variances())
                .map(|((fi, y), s2)| (y - fi) * (y - fi) / s2)
                .sum::<f64>()
        })
        .collect();
    prior.with_log_weights(log_weights)
}
