//! Gaussian conditioning on masked maps by preconditioned conjugate gradients in harmonic space
//! (docs/conditioning.md §C.3, §C.4).

use super::dense::observation_noise;
use super::points::{Recurrence, Start};
use crate::alm::Alm;
use crate::error::{param_error, shape_error, Error, Result};
use crate::kl::KlSampler;
use crate::map::Map;
use crate::par::Par;
use crate::sht::Sht;
use crate::spectrum::AngularSpectrum;
use rayon::prelude::*;

/// The noise variance of observed pixels: one value for all, or one per pixel.
#[derive(Clone, Debug, PartialEq)]
pub enum PixelNoise {
    /// σ² for every observed pixel.
    Uniform(f64),
    /// σ_p² per pixel (map order; unobserved pixels ignored).
    PerPixel(Vec<f64>),
}

/// A map observed where `mask` is true: y_p = f(x_p) + ε_p, ε_p ~ N(0, σ_p²). Values of
/// unobserved pixels are ignored (NaN or healpy's UNSEEN there are fine).
///
/// ```
/// use sphfield::condition::{MapObservations, PixelNoise};
/// use sphfield::Geometry;
/// let g = Geometry::healpix(4)?;
/// let mask: Vec<bool> = (0..g.npix()).map(|p| p % 3 != 0).collect();
/// let obs = MapObservations::new(g, vec![0.5; 192], mask, PixelNoise::Uniform(0.01))?;
/// assert_eq!(obs.observed(), 128);
/// # Ok::<(), sphfield::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct MapObservations {
    map: Map,
    mask: Vec<bool>,
    noise: Vec<f64>,
    observed: usize,
}

impl MapObservations {
    /// Checks and stores the observation: `values` in map order on `geometry` (unobserved
    /// pixels may hold anything, NaN included; they are stored as 0).
    ///
    /// # Errors
    /// `Error::Shape` if the values, the mask or the per-pixel noise have another length than
    /// the grid;
    /// `Error::Param` naming the pixel for a non-finite observed value or a negative or
    /// non-finite noise variance, or when no pixel is observed.
    pub fn new(
        geometry: impl Into<std::sync::Arc<crate::Geometry>>,
        mut values: Vec<f64>,
        mask: Vec<bool>,
        noise: PixelNoise,
    ) -> Result<MapObservations> {
        let geometry = geometry.into();
        let npix = geometry.npix();
        if values.len() != npix {
            return Err(shape_error(
                "map values (one per pixel)",
                npix,
                values.len(),
            ));
        }
        if mask.len() != npix {
            return Err(shape_error("mask (one flag per pixel)", npix, mask.len()));
        }
        let noise = match noise {
            PixelNoise::Uniform(s2) => vec![s2; npix],
            PixelNoise::PerPixel(v) => {
                if v.len() != npix {
                    return Err(shape_error(
                        "noise variances (one per pixel)",
                        npix,
                        v.len(),
                    ));
                }
                v
            }
        };
        let mut observed = 0;
        for (p, ((y, &s2), &seen)) in values.iter_mut().zip(&noise).zip(&mask).enumerate() {
            if !seen {
                *y = 0.0;
                continue;
            }
            let y = *y;
            observed += 1;
            if !y.is_finite() {
                return Err(param_error(
                    "observed map",
                    format!("{y} at pixel {p}"),
                    "observed pixels must be finite (mask out missing ones)",
                ));
            }
            if !(s2.is_finite() && s2 >= 0.0) {
                return Err(param_error(
                    "noise variance",
                    format!("{s2} at pixel {p}"),
                    "noise variances σ² are finite and ≥ 0",
                ));
            }
        }
        if observed == 0 {
            return Err(param_error(
                "mask",
                "no observed pixel",
                "nothing to condition on",
            ));
        }
        let map = Map::new(geometry, values)?;
        Ok(MapObservations {
            map,
            mask,
            noise,
            observed,
        })
    }

    /// The observed map (0 at unobserved pixels).
    pub fn map(&self) -> &Map {
        &self.map
    }

    /// True where a pixel is observed.
    pub fn mask(&self) -> &[bool] {
        &self.mask
    }

    /// Noise variance of each pixel.
    pub fn noise_variances(&self) -> &[f64] {
        &self.noise
    }

    /// Number of observed pixels.
    pub fn observed(&self) -> usize {
        self.observed
    }

    /// Indices of the observed pixels.
    pub fn observed_pixels(&self) -> Vec<usize> {
        (0..self.mask.len()).filter(|&p| self.mask[p]).collect()
    }

    /// The observed pixels as point observations (for [`super::DenseKriging`]).
    ///
    /// # Errors
    /// As [`super::Observations::new`] (noise-free duplicates cannot occur on a grid).
    pub fn to_points(&self) -> Result<super::Observations> {
        let pixels = self.observed_pixels();
        let points = super::Points::of_pixels(self.map.geometry(), &pixels);
        super::Observations::new(
            points,
            pixels.iter().map(|&p| self.map.values()[p]).collect(),
            pixels.iter().map(|&p| self.noise[p]).collect(),
        )
    }
}

/// When conjugate gradients stop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CgOptions {
    /// Stop when ‖b − Au‖ ≤ tolerance · ‖b‖.
    pub tolerance: f64,
    /// Give up after this many iterations (an error says what was reached).
    pub max_iterations: usize,
}

impl Default for CgOptions {
    fn default() -> CgOptions {
        CgOptions {
            tolerance: 1e-10,
            max_iterations: 2000,
        }
    }
}

/// What a conjugate-gradient solve reached.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CgReport {
    /// Iterations (one synthesis and one adjoint synthesis each).
    pub iterations: usize,
    /// ‖b − Au‖ / ‖b‖ at the end (0 for b = 0).
    pub relative_residual: f64,
}

/// The posterior of the band-limited Gaussian prior given a masked map, by conjugate gradients
/// on the information form (C.2.5) written for u = C^{−1/2} a:
/// (I + C^{1/2} Sᵀ W S C^{1/2}) u = C^{1/2} Sᵀ W y, W = diag(mask/σ²), with the diagonal
/// preconditioner 1 + C_ℓ D_ℓm (D_ℓm = Σ_rings W_r λ_ℓm²; docs/conditioning.md §C.3). Degrees
/// with C_ℓ = 0 stay 0. Needs σ_p > 0 on observed pixels.
///
/// ```
/// use sphfield::condition::{HarmonicKriging, MapObservations, PixelNoise};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::{Geometry, Par, Sht};
/// let g = Geometry::healpix(8)?;
/// let sht = Sht::new(g.clone(), 16, 16)?;
/// let spectrum = WhittleMatern::with_variance(1.0, 4.0, 2.0)?.spectrum(16)?;
/// let mask: Vec<bool> = (0..g.npix()).map(|p| p < 500).collect();
/// let obs = MapObservations::new(g, vec![1.0; 768], mask, PixelNoise::Uniform(0.1))?;
/// let kriging = HarmonicKriging::new(&sht, &spectrum, obs, Default::default(), Par::Seq)?;
/// let (mean, report) = kriging.mean_alm(Par::Seq)?;
/// assert!(report.relative_residual <= 1e-10);
/// # Ok::<(), sphfield::Error>(())
/// ```
pub struct HarmonicKriging<'a> {
    sht: &'a Sht,
    spectrum: AngularSpectrum,
    observations: MapObservations,
    weights: DataWeights,
    system: InformationSystem,
}

/// What depends on the observations only, not on the prior: the pixel weights W = mask/σ² and
/// the data part D_ℓm of the preconditioner (§C.3). Computed once, it serves every prior
/// spectrum — the kriging's own, or the Γ(t) of each time of a conditional score.
#[derive(Clone, Debug)]
pub(crate) struct DataWeights {
    /// mask/σ² per pixel.
    precision: Vec<f64>,
    /// D_ℓm = Σ_rings W_r λ_ℓm², in the coefficient layout of [`Alm`].
    diagonal: Vec<f64>,
}

impl DataWeights {
    /// Checks that every observed pixel has σ > 0 and computes W and D for the plan `sht`.
    ///
    /// # Errors
    /// `Error::Param` naming the first observed pixel with σ = 0.
    pub(crate) fn new(sht: &Sht, observations: &MapObservations, par: Par) -> Result<DataWeights> {
        if let Some(p) = (0..observations.mask.len())
            .find(|&p| observations.mask[p] && observations.noise[p] == 0.0)
        {
            return Err(param_error(
                "noise variance",
                format!("0 at pixel {p}"),
                "the harmonic solver needs σ > 0 on observed pixels; use the dense solver for \
                 noise-free data",
            ));
        }
        let precision: Vec<f64> = observations
            .mask
            .iter()
            .zip(&observations.noise)
            .map(|(&seen, &s2)| if seen { 1.0 / s2 } else { 0.0 })
            .collect();
        let diagonal = data_diagonal(sht, &precision, par)?;
        Ok(DataWeights {
            precision,
            diagonal,
        })
    }
}

/// The spectrum's part of the information-form system (C.2.5), written for u = C^{−1/2} a:
/// (I + C^{1/2} Sᵀ W S C^{1/2}) u = C^{1/2} Sᵀ W r with the diagonal preconditioner
/// 1/(1 + C_ℓ D_ℓm); the weights W and D come with each call ([`DataWeights`]).
pub(crate) struct InformationSystem {
    sqrt_cl: Vec<f64>,
    /// 1 / (1 + C_ℓ D_ℓm) per coefficient (0 where C_ℓ = 0).
    inverse_diagonal: Vec<f64>,
    options: CgOptions,
}

impl InformationSystem {
    /// The system of the prior with spectrum `cl` (C_0 … C_lmax, the plan's band limit) for
    /// the data weights `weights`.
    ///
    /// # Errors
    /// `Error::Param` for a tolerance outside (0, 1).
    pub(crate) fn new(
        weights: &DataWeights,
        cl: &[f64],
        options: CgOptions,
    ) -> Result<InformationSystem> {
        if !(options.tolerance > 0.0 && options.tolerance < 1.0) {
            return Err(param_error(
                "tolerance",
                options.tolerance,
                "must lie in (0, 1)",
            ));
        }
        let lmax = cl.len() - 1;
        let mut inverse_diagonal = Vec::with_capacity(weights.diagonal.len());
        for m in 0..=lmax {
            let start = inverse_diagonal.len();
            for (&c, &d) in cl[m..].iter().zip(&weights.diagonal[start..]) {
                inverse_diagonal.push(if c > 0.0 { 1.0 / (1.0 + c * d) } else { 0.0 });
            }
        }
        Ok(InformationSystem {
            sqrt_cl: cl.iter().map(|c| c.sqrt()).collect(),
            inverse_diagonal,
            options,
        })
    }

    /// C^{1/2} u with u solving the system for the residual map r (observed pixels): the
    /// posterior-mean update of a field whose observed values are r (the Wiener filter of r).
    pub(crate) fn wiener_filter(
        &self,
        sht: &Sht,
        weights: &DataWeights,
        residual: &[f64],
        par: Par,
    ) -> Result<(Alm, CgReport)> {
        let weighted: Vec<f64> = residual
            .iter()
            .zip(&weights.precision)
            .map(|(r, w)| if *w > 0.0 { r * w } else { 0.0 })
            .collect();
        let mut b = sht.adjoint_synthesis(&weighted, par)?;
        b.scale_l(&self.sqrt_cl)?;
        let (mut u, report) = self.conjugate_gradients(sht, weights, &b, par)?;
        u.scale_l(&self.sqrt_cl)?;
        Ok((u, report))
    }

    /// B u = u + C^{1/2} Sᵀ W S C^{1/2} u.
    fn apply(
        &self,
        sht: &Sht,
        weights: &DataWeights,
        u: &Alm,
        out_map: &mut [f64],
        par: Par,
    ) -> Result<Alm> {
        let mut a = u.clone();
        a.scale_l(&self.sqrt_cl)?;
        sht.synthesis_into(&a, out_map, par)?;
        for (v, w) in out_map.iter_mut().zip(&weights.precision) {
            *v *= w;
        }
        let mut back = sht.adjoint_synthesis(out_map, par)?;
        back.scale_l(&self.sqrt_cl)?;
        back.axpy(1.0, u)?;
        Ok(back)
    }

    fn precondition(&self, r: &Alm) -> Alm {
        let mut z = r.clone();
        for (c, d) in z.as_mut_slice().iter_mut().zip(&self.inverse_diagonal) {
            *c *= d;
        }
        z
    }

    /// Preconditioned conjugate gradients in the real-field inner product (B is self-adjoint
    /// and ≥ I there).
    fn conjugate_gradients(
        &self,
        sht: &Sht,
        weights: &DataWeights,
        b: &Alm,
        par: Par,
    ) -> Result<(Alm, CgReport)> {
        let lmax = b.lmax();
        let mut u = Alm::zeros(lmax, lmax)?;
        let b_norm = b.dot(b)?.sqrt();
        if b_norm == 0.0 {
            return Ok((
                u,
                CgReport {
                    iterations: 0,
                    relative_residual: 0.0,
                },
            ));
        }
        let mut map = vec![0.0; weights.precision.len()];
        let mut r = b.clone();
        let mut z = self.precondition(&r);
        let mut p = z.clone();
        let mut rz = r.dot(&z)?;
        let mut residual = 1.0;
        for iteration in 1..=self.options.max_iterations {
            let q = self.apply(sht, weights, &p, &mut map, par)?;
            let alpha = rz / p.dot(&q)?;
            u.axpy(alpha, &p)?;
            r.axpy(-alpha, &q)?;
            residual = r.dot(&r)?.sqrt() / b_norm;
            if residual <= self.options.tolerance {
                return Ok((
                    u,
                    CgReport {
                        iterations: iteration,
                        relative_residual: residual,
                    },
                ));
            }
            z = self.precondition(&r);
            let rz_next = r.dot(&z)?;
            let beta = rz_next / rz;
            rz = rz_next;
            p.scale(beta);
            p.axpy(1.0, &z)?;
        }
        Err(param_error(
            "conjugate gradients",
            format!(
                "relative residual {residual:.3e} after {} iterations",
                self.options.max_iterations
            ),
            format!(
                "did not reach the tolerance {:.1e}; raise the iteration limit or the noise",
                self.options.tolerance
            ),
        ))
    }
}

/// The plan must be on the observed map's grid with (lmax, mmax) = (lmax, lmax).
pub(crate) fn check_plan(sht: &Sht, observations: &MapObservations, lmax: usize) -> Result<()> {
    if **sht.geometry() != **observations.map.geometry() {
        return Err(Error::Mismatch(format!(
            "the transform's grid ({}) is not the observed map's ({})",
            sht.geometry().describe(),
            observations.map.geometry().describe()
        )));
    }
    if sht.lmax() != lmax || sht.mmax() != lmax {
        return Err(Error::Mismatch(format!(
            "the transform has (lmax, mmax) = ({}, {}); the spectrum needs ({lmax}, {lmax})",
            sht.lmax(),
            sht.mmax()
        )));
    }
    Ok(())
}

impl<'a> HarmonicKriging<'a> {
    /// Prepares the solver: the plan's grid must be the map's, its (lmax, mmax) the spectrum's
    /// lmax (both).
    ///
    /// # Errors
    /// `Error::Mismatch` for another grid or band limit; `Error::Param` for an observed pixel
    /// with σ = 0 (use [`super::DenseKriging`]) or bad options.
    pub fn new(
        sht: &'a Sht,
        spectrum: &AngularSpectrum,
        observations: MapObservations,
        options: CgOptions,
        par: Par,
    ) -> Result<HarmonicKriging<'a>> {
        check_plan(sht, &observations, spectrum.lmax())?;
        let weights = DataWeights::new(sht, &observations, par)?;
        let system = InformationSystem::new(&weights, spectrum.values(), options)?;
        Ok(HarmonicKriging {
            sht,
            spectrum: spectrum.clone(),
            observations,
            weights,
            system,
        })
    }

    /// The observations.
    pub fn observations(&self) -> &MapObservations {
        &self.observations
    }

    /// Posterior mean coefficients ā (C.2.5) and what CG reached.
    ///
    /// # Errors
    /// `Error::Param` if CG does not reach the tolerance within the iteration limit.
    pub fn mean_alm(&self, par: Par) -> Result<(Alm, CgReport)> {
        self.system
            .wiener_filter(self.sht, &self.weights, self.observations.map.values(), par)
    }

    /// Exact posterior draws by Matheron's update (C.4.1), one CG solve each: member j's prior
    /// is [`KlSampler`] member j of `seed`, its pixel noise the observation-noise stream of
    /// (seed, j) over the observed pixels in map order. Same seed → same bits for any `par`.
    ///
    /// # Errors
    /// As [`HarmonicKriging::mean_alm`].
    pub fn draws(
        &self,
        seed: u64,
        members: std::ops::Range<u64>,
        par: Par,
    ) -> Result<Vec<(Alm, CgReport)>> {
        let sampler = KlSampler::new(&self.spectrum, seed);
        let pixels = self.observations.observed_pixels();
        let observed_noise: Vec<f64> = pixels.iter().map(|&p| self.observations.noise[p]).collect();
        members
            .map(|j| {
                let mut prior = sampler.sample(j, par);
                let at_pixels = self.sht.synthesis(&prior, par)?;
                let noise = observation_noise(seed, j, &observed_noise);
                let mut residual = vec![0.0; self.weights.precision.len()];
                for (&p, e) in pixels.iter().zip(noise) {
                    residual[p] = self.observations.map.values()[p] - at_pixels.values()[p] - e;
                }
                let (update, report) =
                    self.system
                        .wiener_filter(self.sht, &self.weights, &residual, par)?;
                prior.axpy(1.0, &update)?;
                Ok((prior, report))
            })
            .collect()
    }
}

/// Orders per task of [`data_diagonal`]: each task computes λ_mm of its first order on every
/// ring from scratch (O(m) per ring) and advances it through the others.
const ORDERS_PER_TASK: usize = 16;

/// D_ℓm = Σ_rings W_r λ_ℓm(cos θ_r)², W_r = the sum of `precision` over ring r: the diagonal of
/// Sᵀ W S averaged over the real and imaginary part of each coefficient (C.3). Rings with
/// W_r = 0 are skipped; blocks of orders run in parallel, each order summing its rings in
/// order (so the bits do not depend on the threads).
fn data_diagonal(sht: &Sht, precision: &[f64], par: Par) -> Result<Vec<f64>> {
    let geometry = sht.geometry();
    let rings: Vec<(f64, f64, f64)> = geometry
        .rings()
        .iter()
        .map(|r| {
            let w: f64 = precision[r.offset..r.offset + r.nphi].iter().sum();
            (r.cos_theta, r.sin_theta, w)
        })
        .filter(|r| r.2 > 0.0)
        .collect();
    let lmax = sht.lmax();
    let recurrence = Recurrence::new(lmax, lmax);
    let first_orders: Vec<usize> = (0..=lmax).step_by(ORDERS_PER_TASK).collect();
    let blocks: Vec<Vec<f64>> = par.install(|| {
        first_orders
            .into_par_iter()
            .map(|m0| {
                let m1 = (m0 + ORDERS_PER_TASK).min(lmax + 1);
                let mut starts: Vec<Start> = rings.iter().map(|r| Start::at(m0, r.1)).collect();
                let mut block = Vec::with_capacity((m0..m1).map(|m| lmax + 1 - m).sum());
                let mut lambda = vec![0.0; lmax + 1 - m0];
                for m in m0..m1 {
                    let mut column = vec![0.0; lmax + 1 - m];
                    let lambda = &mut lambda[..lmax + 1 - m];
                    for (start, &(x, s, w)) in starts.iter_mut().zip(&rings) {
                        if m > m0 {
                            start.advance(m, s);
                        }
                        recurrence.fill(m, x, start, lambda);
                        for (d, v) in column.iter_mut().zip(lambda.iter()) {
                            *d += w * v * v;
                        }
                    }
                    block.extend_from_slice(&column);
                }
                block
            })
            .collect()
    });
    Ok(blocks.concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Geometry;
    use num_complex::Complex64;

    #[test]
    fn preconditioner_is_the_diagonal_averaged_over_real_and_imaginary_parts() {
        let lmax = 6;
        let sht = Sht::new(Geometry::healpix(4).unwrap(), lmax, lmax).unwrap();
        let npix = sht.geometry().npix();
        let precision: Vec<f64> = (0..npix)
            .map(|p| {
                if p % 5 == 0 {
                    0.0
                } else {
                    1.0 + (p % 3) as f64
                }
            })
            .collect();
        let diagonal = data_diagonal(&sht, &precision, Par::Seq).unwrap();
        // ⟨e, SᵀWSe⟩/⟨e, e⟩ for a unit real or imaginary part.
        let quadratic = |l: usize, m: usize, c: Complex64| {
            let mut e = Alm::zeros(lmax, lmax).unwrap();
            let i = e.index(l, m);
            e.as_mut_slice()[i] = c;
            let map = sht.synthesis(&e, Par::Seq).unwrap();
            let weighted: f64 = map
                .values()
                .iter()
                .zip(&precision)
                .map(|(v, w)| w * v * v)
                .sum();
            weighted / e.dot(&e).unwrap()
        };
        let mut index = 0;
        for m in 0..=lmax {
            for l in m..=lmax {
                let re = quadratic(l, m, Complex64::new(1.0, 0.0));
                let expected = if m == 0 {
                    re
                } else {
                    (re + quadratic(l, m, Complex64::new(0.0, 1.0))) / 2.0
                };
                let got = diagonal[index];
                assert!(
                    (got - expected).abs() < 1e-12 * expected.abs().max(1.0),
                    "({l}, {m}): {got} vs {expected}"
                );
                index += 1;
            }
        }
    }
}
