//! Exact conditional scores: the OU-noised data law given observations of the clean field
//! (docs/conditioning.md §C.7).

use super::dense::DenseKriging;
use super::harmonic::{check_plan, CgOptions, DataWeights, InformationSystem, MapObservations};
use super::observations::Observations;
use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::ou::LinearSpde;
use crate::par::Par;
use crate::score::{EmpiricalPrior, GaussianMixturePrior, GaussianPrior, Score};
use crate::sht::Sht;
use crate::spectrum::AngularSpectrum;
use std::sync::atomic::{AtomicUsize, Ordering};
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
/// use sphfield::ou::LinearSpde;
/// use sphfield::score::{GaussianPrior, Score};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::Alm;
/// let q = WhittleMatern::with_variance(1.0, 3.0, 2.0)?.spectrum(23)?;
/// let data = WhittleMatern::with_variance(1.0, 6.0, 2.0)?.spectrum(23)?;
/// let prior = GaussianPrior::new(LinearSpde::new(q, 1.0)?, data, None)?;
/// let obs = Observations::from_lat_lon_degrees(&[10.0], &[20.0], &[1.5], &[0.01])?;
/// let conditioned = ConditionedGaussianPrior::new(prior, obs)?;
/// let x = Alm::zeros(23, 23)?;
/// let mut s = Alm::zeros(23, 23)?;
/// conditioned.score(0.5, &x, &mut s)?;   // points towards fields that pass near 1.5 at the station
/// # Ok::<(), sphfield::Error>(())
/// ```
pub struct ConditionedGaussianPrior {
    /// The Gaussian prior guided with its own spectrum as the reference: exact.
    guided: GuidedScore<GaussianPrior>,
}

/// Values computed once per time t (keyed by its bits) and kept within [`CACHE_BYTES`],
/// oldest first out.
struct TimeCache<T> {
    entries: Mutex<Vec<(u64, Arc<T>)>>,
    capacity: usize,
}

impl<T> TimeCache<T> {
    /// A cache for entries of about `entry_bytes` bytes.
    fn new(entry_bytes: usize) -> TimeCache<T> {
        TimeCache {
            entries: Mutex::new(Vec::new()),
            capacity: (CACHE_BYTES / entry_bytes.max(1)).max(2),
        }
    }

    fn get_or_insert(&self, t: f64, make: impl FnOnce() -> Result<T>) -> Result<Arc<T>> {
        let key = t.to_bits();
        if let Some((_, v)) = self.lock().iter().find(|(k, _)| *k == key) {
            return Ok(v.clone());
        }
        let value = Arc::new(make()?);
        let mut entries = self.lock();
        if entries.len() >= self.capacity {
            entries.remove(0);
        }
        entries.push((key, value.clone()));
        Ok(value)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(u64, Arc<T>)>> {
        // A panic elsewhere cannot leave the cache inconsistent (entries are whole values).
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl ConditionedGaussianPrior {
    /// Conditions `prior` on `observations` of X_0.
    ///
    /// # Errors
    /// `Error::Mismatch` if the prior's data spectrum and process differ in band limit.
    pub fn new(
        prior: GaussianPrior,
        observations: Observations,
    ) -> Result<ConditionedGaussianPrior> {
        let sigma = prior.sigma().clone();
        Ok(ConditionedGaussianPrior {
            guided: GuidedScore::new(prior, sigma, observations)?,
        })
    }

    /// The unconditioned prior.
    pub fn prior(&self) -> &GaussianPrior {
        &self.guided.inner
    }

    /// The observations.
    pub fn observations(&self) -> &Observations {
        &self.guided.observations
    }

    /// Γ_ℓ(t) = Σ_ℓ v C_ℓ / (a²Σ_ℓ + v C_ℓ): the per-degree variance of X_0 given X_t.
    pub fn residual_spectrum(&self, t: f64) -> Result<AngularSpectrum> {
        residual_spectrum(self.prior().process(), self.prior().sigma(), t)
    }
}

/// Γ_ℓ(t) = Σ_ℓ v C_ℓ / (a²Σ_ℓ + v C_ℓ) for data spectrum Σ under `ou`.
fn residual_spectrum(ou: &LinearSpde, sigma: &AngularSpectrum, t: f64) -> Result<AngularSpectrum> {
    let f = ou.transition_factors(t);
    let gamma = sigma
        .values()
        .iter()
        .zip(ou.covariance().values())
        .enumerate()
        .map(|(l, (s, c))| {
            let (a, v) = (f.signal[l], f.noise_variance[l]);
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

/// `out` += Γ Pᵀ (PΓPᵀ + S)⁻¹ (y − P out): the kriging of the data residual of `out` (C.7.1).
fn add_residual_kriging(
    kriging: &DenseKriging,
    observations: &Observations,
    out: &mut Alm,
) -> Result<()> {
    let l = out.lmax();
    if out.mmax() != l {
        return Err(Error::Mismatch(format!(
            "conditional scores need all orders: x has mmax {} < lmax {l}",
            out.mmax()
        )));
    }
    let at_points = observations
        .points()
        .evaluate(&[&*out], Par::Seq)?
        .remove(0);
    let residual: Vec<f64> = observations
        .values()
        .iter()
        .zip(&at_points)
        .map(|(y, f)| y - f)
        .collect();
    let update = kriging.with_values(residual)?.mean_alm(Par::Seq)?;
    out.axpy(1.0, &update)
}

impl Score for ConditionedGaussianPrior {
    fn process(&self) -> &LinearSpde {
        self.guided.process()
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.guided.posterior_mean(t, x, out)
    }
}

/// The Gaussian data law N(m, Σ) of [`GaussianPrior`] conditioned on a masked map of the clean
/// field X_0 ([`MapObservations`], any number of observed pixels, σ > 0 on each): the score of
/// p_t(x | y), exact up to the tolerance of conjugate gradients. (C.7.1) with P = S, the value at
/// the observed pixels, is solved in the information form of §C.3 with the spectrum Γ(t):
///
///   E[X_0 | X_t = x, y] = μ + Γ^{1/2} (I + Γ^{1/2} Sᵀ W S Γ^{1/2})⁻¹ Γ^{1/2} Sᵀ W (y − S μ),
///
/// W = mask/σ², one synthesis and one adjoint synthesis per CG iteration, with the per-(ℓ, m)
/// preconditioner 1/(1 + Γ_ℓ D_ℓm) whose data part D is computed once. As t → 0, Γ → 0 and
/// the solve takes few iterations; at large t it costs as much as the kriging of the map.
///
/// ```
/// use sphfield::condition::{MapConditionedGaussianPrior, MapObservations, PixelNoise};
/// use sphfield::ou::LinearSpde;
/// use sphfield::score::{GaussianPrior, Score};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::{Alm, Geometry, Sht};
/// let q = WhittleMatern::with_variance(1.0, 3.0, 2.0)?.spectrum(15)?;
/// let data = WhittleMatern::with_variance(1.0, 6.0, 2.0)?.spectrum(15)?;
/// let prior = GaussianPrior::new(LinearSpde::new(q, 1.0)?, data, None)?;
/// let g = Geometry::healpix(8)?;
/// let mask: Vec<bool> = (0..g.npix()).map(|p| p < 300).collect();   // a northern cap observed
/// let obs = MapObservations::new(g.clone(), vec![1.0; g.npix()], mask, PixelNoise::Uniform(0.01))?;
/// let conditioned = MapConditionedGaussianPrior::new(prior, Sht::new(g, 15, 15)?, obs, Default::default())?;
/// let (x, mut s) = (Alm::zeros(15, 15)?, Alm::zeros(15, 15)?);
/// conditioned.score(0.5, &x, &mut s)?;
/// # Ok::<(), sphfield::Error>(())
/// ```
pub struct MapConditionedGaussianPrior {
    prior: GaussianPrior,
    sht: Sht,
    observations: MapObservations,
    weights: DataWeights,
    options: CgOptions,
    /// Conjugate-gradient iterations over all evaluations so far (for reports).
    iterations: AtomicUsize,
}

impl MapConditionedGaussianPrior {
    /// Conditions `prior` on the masked map `observations`; `sht` is a plan on the map's grid
    /// with the prior's band limit (lmax = mmax), used by every score evaluation.
    ///
    /// # Errors
    /// `Error::Mismatch` for a plan on another grid or band limit; `Error::Param` for an
    /// observed pixel with σ = 0 or a tolerance outside (0, 1).
    pub fn new(
        prior: GaussianPrior,
        sht: Sht,
        observations: MapObservations,
        options: CgOptions,
    ) -> Result<MapConditionedGaussianPrior> {
        check_plan(&sht, &observations, prior.process().lmax())?;
        let weights = DataWeights::new(&sht, &observations, Par::Seq)?;
        // Validates the options once, with the prior's own spectrum.
        InformationSystem::new(&weights, prior.sigma().values(), options)?;
        Ok(MapConditionedGaussianPrior {
            prior,
            sht,
            observations,
            weights,
            options,
            iterations: AtomicUsize::new(0),
        })
    }

    /// The unconditioned prior.
    pub fn prior(&self) -> &GaussianPrior {
        &self.prior
    }

    /// The observations.
    pub fn observations(&self) -> &MapObservations {
        &self.observations
    }

    /// Conjugate-gradient iterations spent by all evaluations so far.
    pub fn cg_iterations(&self) -> usize {
        self.iterations.load(Ordering::Relaxed)
    }
}

impl Score for MapConditionedGaussianPrior {
    fn process(&self) -> &LinearSpde {
        self.prior.process()
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.prior.posterior_mean(t, x, out)?;
        let gamma = residual_spectrum(self.prior.process(), self.prior.sigma(), t)?;
        let system = InformationSystem::new(&self.weights, gamma.values(), self.options)?;
        let at_pixels = self.sht.synthesis(out, Par::Seq)?;
        let residual: Vec<f64> = self
            .observations
            .map()
            .values()
            .iter()
            .zip(at_pixels.values())
            .zip(self.observations.mask())
            .map(|((y, f), &seen)| if seen { y - f } else { 0.0 })
            .collect();
        let (update, report) =
            system.wiener_filter(&self.sht, &self.weights, &residual, Par::Seq)?;
        self.iterations
            .fetch_add(report.iterations, Ordering::Relaxed);
        out.axpy(1.0, &update)
    }
}

/// What a conditioned mixture needs at one time: the residual kriging and P(A_t m_k) for every
/// component mean, A_ℓ = v C_ℓ / (a²Σ_ℓ + v C_ℓ).
struct MixtureAtTime {
    kriging: DenseKriging,
    projected_means: Vec<Vec<f64>>,
}

/// The Gaussian mixture (1/N) Σ_k N(m_k, Σ) of [`GaussianMixturePrior`] conditioned on
/// observations of X_0 (§C.7). Given X_t = x, component k is N(μ_k, Γ) with
/// μ_k = A m_k + B x (A_ℓ = vC_ℓ/(a²Σ_ℓ + vC_ℓ), B_ℓ = aΣ_ℓ/(a²Σ_ℓ + vC_ℓ)); the data reweight
/// the components, r_k ∝ r_k(x) exp(−½ d_kᵀ (PΓPᵀ + S)⁻¹ d_k) with d_k = y − P μ_k and r_k(x)
/// the unconditioned responsibilities, and E[X_0 | x, y] = μ̄ + ΓPᵀ(PΓPᵀ + S)⁻¹(y − P μ̄) with
/// μ̄ = Σ_k r_k μ_k. Exact.
pub struct ConditionedMixturePrior {
    mixture: GaussianMixturePrior,
    means: Vec<Alm>,
    observations: Observations,
    cache: TimeCache<MixtureAtTime>,
}

impl ConditionedMixturePrior {
    /// The mixture with `means` and common spectrum `sigma` under `process`, conditioned on
    /// `observations`.
    ///
    /// # Errors
    /// As [`GaussianMixturePrior::new`].
    pub fn new(
        process: LinearSpde,
        means: &[Alm],
        sigma: AngularSpectrum,
        observations: Observations,
        par: Par,
    ) -> Result<ConditionedMixturePrior> {
        let mixture = GaussianMixturePrior::new(process, means, sigma, par)?;
        let n = observations.len();
        Ok(ConditionedMixturePrior {
            mixture,
            means: means.to_vec(),
            cache: TimeCache::new(8 * n * (n + means.len())),
            observations,
        })
    }

    /// Per-degree (A_ℓ, B_ℓ) at time t.
    fn factors(&self, t: f64) -> (Vec<f64>, Vec<f64>) {
        let ou = self.mixture.process();
        let f = ou.transition_factors(t);
        self.mixture
            .sigma()
            .values()
            .iter()
            .zip(ou.covariance().values())
            .enumerate()
            .map(|(l, (s, c))| {
                let (a, v) = (f.signal[l], f.noise_variance[l]);
                let total = a * a * s + v * c;
                (v * c / total, a * s / total)
            })
            .unzip()
    }

    fn at_time(&self, t: f64) -> Result<Arc<MixtureAtTime>> {
        self.cache.get_or_insert(t, || {
            let gamma = residual_spectrum(self.mixture.process(), self.mixture.sigma(), t)?;
            let kriging = DenseKriging::new(&gamma, self.observations.clone(), Par::Seq)?;
            let (a_l, _) = self.factors(t);
            let scaled: Vec<Alm> = self
                .means
                .iter()
                .map(|m| {
                    let mut s = m.clone();
                    s.scale_l(&a_l)?;
                    Ok(s)
                })
                .collect::<Result<_>>()?;
            let refs: Vec<&Alm> = scaled.iter().collect();
            let projected_means = self.observations.points().evaluate(&refs, Par::Seq)?;
            Ok(MixtureAtTime {
                kriging,
                projected_means,
            })
        })
    }

    /// The component weights r_k(t, x, y) (they sum to 1).
    ///
    /// # Errors
    /// As [`Score::posterior_mean`].
    pub fn weights(&self, t: f64, x: &Alm) -> Result<Vec<f64>> {
        let unconditioned = self.mixture.weights(t, x)?;
        let state = self.at_time(t)?;
        let (_, b_l) = self.factors(t);
        let mut bx = x.clone();
        bx.scale_l(&b_l)?;
        let pbx = self
            .observations
            .points()
            .evaluate(&[&bx], Par::Seq)?
            .remove(0);
        let y = self.observations.values();
        let residuals: Vec<Vec<f64>> = state
            .projected_means
            .iter()
            .map(|pm| {
                y.iter()
                    .zip(&pbx)
                    .zip(pm)
                    .map(|((y, b), m)| y - b - m)
                    .collect()
            })
            .collect();
        let solved = state.kriging.solve(&residuals)?;
        let logits: Vec<f64> = unconditioned
            .iter()
            .zip(residuals.iter().zip(&solved))
            .map(|(r, (d, w))| r.ln() - 0.5 * d.iter().zip(w).map(|(a, b)| a * b).sum::<f64>())
            .collect();
        let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut w: Vec<f64> = logits.iter().map(|l| (l - max).exp()).collect();
        let total: f64 = w.iter().sum();
        for v in &mut w {
            *v /= total;
        }
        Ok(w)
    }
}

impl Score for ConditionedMixturePrior {
    fn process(&self) -> &LinearSpde {
        self.mixture.process()
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        crate::score::check_call(self.process(), t, x, out)?;
        let r = self.weights(t, x)?;
        let (a_l, b_l) = self.factors(t);
        // μ̄ = A Σ r_k m_k + B x.
        self.mixture.weighted_means(&r, out);
        out.scale_l(&a_l)?;
        let mut bx = x.clone();
        bx.scale_l(&b_l)?;
        out.axpy(1.0, &bx)?;
        let state = self.at_time(t)?;
        add_residual_kriging(&state.kriging, &self.observations, out)
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
    process: LinearSpde,
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
        .map(|f| log_likelihood(f, observations.values(), observations.noise_variances()))
        .collect();
    prior.with_log_weights(log_weights)
}

/// −½ Σ_j (y_j − f_j)²/σ_j² over the entries with σ_j² > 0 (unobserved pixels carry σ² = ∞
/// or are skipped by the caller).
fn log_likelihood(f: &[f64], y: &[f64], noise_variances: &[f64]) -> f64 {
    -0.5 * f
        .iter()
        .zip(y)
        .zip(noise_variances)
        .map(|((fi, y), s2)| (y - fi) * (y - fi) / s2)
        .sum::<f64>()
}

/// The empirical prior conditioned on a masked map of X_0 ([`MapObservations`], σ > 0 on every
/// observed pixel): as [`condition_empirical`], with each training field's values at the
/// observed pixels from one synthesis by `sht` (a plan on the map's grid at the training
/// fields' band limit, lmax = mmax).
///
/// # Errors
/// `Error::Mismatch` for a plan on another grid or band limit; `Error::Param` for an observed
/// pixel with σ = 0; the errors of [`EmpiricalPrior::new`].
pub fn condition_empirical_on_map(
    process: LinearSpde,
    data: &[Alm],
    observations: &MapObservations,
    sht: &Sht,
    par: Par,
) -> Result<EmpiricalPrior> {
    check_plan(sht, observations, process.lmax())?;
    if let Some(p) = observations
        .observed_pixels()
        .into_iter()
        .find(|&p| observations.noise_variances()[p] <= 0.0)
    {
        return Err(crate::error::param_error(
            "noise variance",
            format!("0 at pixel {p}"),
            "conditioning a training set needs σ > 0: no field passes exactly through the data",
        ));
    }
    let prior = EmpiricalPrior::new(process, data, par)?;
    let pixels = observations.observed_pixels();
    let y: Vec<f64> = pixels
        .iter()
        .map(|&p| observations.map().values()[p])
        .collect();
    let s2: Vec<f64> = pixels
        .iter()
        .map(|&p| observations.noise_variances()[p])
        .collect();
    let mut log_weights = Vec::with_capacity(data.len());
    for batch in data.chunks(sht.fields_per_pass().max(1)) {
        for map in sht.synthesis_many(batch, par)? {
            let f: Vec<f64> = pixels.iter().map(|&p| map.values()[p]).collect();
            log_weights.push(log_likelihood(&f, &y, &s2));
        }
    }
    prior.with_log_weights(log_weights)
}

/// A guided (approximate) conditional score for any [`Score`], for priors without a closed-form
/// conditional score — learned or Bismut scores (§C.7, "diffusion posterior sampling"): the
/// prior's own Tweedie mean x̂₀ = E[X_0 | X_t = x] is corrected by the data as if X_0 given X_t
/// were Gaussian with the covariance Γ(t) of a reference isotropic prior Σ_ref,
///
///   Ê[X_0 | X_t = x, y] = x̂₀ + Γ Pᵀ (P Γ Pᵀ + S)⁻¹ (y − P x̂₀),
///
/// i.e. the score s(t, x) + C ∇ log N(y; P x̂₀, S + P Γ Pᵀ) with the Jacobian of x̂₀ taken from the
/// reference. For a Gaussian prior with Σ_ref = its spectrum this is exactly
/// [`ConditionedGaussianPrior`]; for other priors it is an approximation whose error the tests
/// and `examples/guided_sampling` measure.
pub struct GuidedScore<S> {
    inner: S,
    reference: AngularSpectrum,
    observations: Observations,
    cache: TimeCache<DenseKriging>,
}

impl<S: Score> GuidedScore<S> {
    /// Guides `inner` towards `observations`, with the reference spectrum `reference` (e.g.
    /// the training set's mean spectrum).
    ///
    /// # Errors
    /// `Error::Mismatch` if the reference's band limit is not the process's.
    pub fn new(
        inner: S,
        reference: AngularSpectrum,
        observations: Observations,
    ) -> Result<GuidedScore<S>> {
        if reference.lmax() != inner.process().lmax() {
            return Err(Error::Mismatch(format!(
                "reference spectrum has lmax {} but the process has lmax {}",
                reference.lmax(),
                inner.process().lmax()
            )));
        }
        let n = observations.len();
        Ok(GuidedScore {
            inner,
            reference,
            observations,
            cache: TimeCache::new(8 * n * n),
        })
    }
}

impl<S: Score> Score for GuidedScore<S> {
    fn process(&self) -> &LinearSpde {
        self.inner.process()
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.inner.posterior_mean(t, x, out)?;
        let kriging = self.cache.get_or_insert(t, || {
            let gamma = residual_spectrum(self.inner.process(), &self.reference, t)?;
            DenseKriging::new(&gamma, self.observations.clone(), Par::Seq)
        })?;
        add_residual_kriging(&kriging, &self.observations, out)
    }
}
