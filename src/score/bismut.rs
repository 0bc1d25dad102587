//! The Malliavin–Bismut Monte Carlo score of Mirafzali et al. (arXiv:2507.05550) for scalar SDEs
//! with nonlinear drift and additive noise (docs/mathematics.md §7), $dX_t = b(X_t)\,dt + \sigma\,dB_t$.
//!
//! Per path, the state X, its first variation $Y_t = \partial X_t/\partial x_0$ and second variation
//! $Z_t = \partial^2X_t/\partial x_0^2$ are integrated with the same Brownian increments (Euler):
//! $dY = b'(X)Y\,dt$, $dZ = [b''(X)Y^2 + b'(X)Z]\,dt$. With $C_T = \int_0^T\sigma^2Y_s^{-2}ds$,
//! $G = 1/(Y_TC_T)$, $w_s = \sigma/Y_s$, the Skorokhod weight is (docs/mathematics.md §7.3)
//! $H = \delta(u) = G\int_0^Tw_s\,dB_s - \int_0^T D_sG\,w_s\,ds$ with
//! $D_sG = -G^2(D_sY_T\,C_T + Y_T\,D_sC_T)$, $D_sY_T = w_s(Z_T - Y_TZ_s/Y_s)$,
//! $D_sC_T = -2\sigma^2w_s[\int_s^TY_r^{-3}Z_r\,dr - (Z_s/Y_s)\int_s^TY_r^{-2}dr]$ (tail integrals by
//! reverse cumulative sums, O(N) per path). Then $E[\varphi'(X_T)] = E[\varphi(X_T)H]$ for smooth φ,
//! and the score is $\partial_y\log p_T(y) = -E[H\,|\,X_T = y]$, estimated by binning or by a
//! Nadaraya–Watson kernel regression ([`BismutSamples`]). The second-variation correction is
//! essential (dropping it biases the weight; docs/mathematics.md §8 item 28).
//!
//! Applied per coordinate of a diagonal (per-mode) nonlinear forward process in harmonic space,
//! this gives the score of each mode.

use crate::error::{param_error, Result};
use crate::par::Par;
use rand::Rng;
use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha12Rng;
use rand_distr::StandardNormal;
use rayon::prelude::*;

/// A scalar drift with its first two derivatives: `drift(x) = (b(x), b'(x), b''(x))`.
pub trait ScalarDrift: Sync {
    /// $(b(x), b'(x), b''(x))$.
    fn eval(&self, x: f64) -> (f64, f64, f64);
}

impl<F: Fn(f64) -> (f64, f64, f64) + Sync> ScalarDrift for F {
    fn eval(&self, x: f64) -> (f64, f64, f64) {
        self(x)
    }
}

/// Monte Carlo settings of the estimator.
///
/// ```
/// use sphfield::score::BismutEstimator;
/// use sphfield::Par;
/// // dX = −tanh(X) dt + √2 dB from x0 = 0.7: E[cos X_T] = E[sin(X_T) H] (weak form).
/// let drift = |x: f64| {
///     let (t, s) = (x.tanh(), 1.0 / x.cosh());
///     (-t, -s * s, 2.0 * t * s * s)
/// };
/// let est = BismutEstimator::new(2f64.sqrt(), 1.0, 50, 1).unwrap();
/// let samples = est.simulate(&drift, &vec![0.7; 2000], Par::Seq).unwrap();
/// let (weak, se) = samples.weak_derivative(f64::sin);
/// assert!(weak.is_finite() && se > 0.0);
/// let score_at_0 = samples.score_kernel(&[0.0], None)[0]; // ∂_y log p_T(0)
/// # let _ = score_at_0;
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BismutEstimator {
    /// Noise amplitude σ > 0 (additive).
    pub sigma: f64,
    /// Horizon T > 0.
    pub horizon: f64,
    /// Euler steps per path.
    pub steps: usize,
    /// Seed of the per-path Brownian streams.
    pub seed: u64,
}

/// Simulated endpoints $X_T$ and Skorokhod weights $H$ of every path.
#[derive(Clone, Debug, PartialEq)]
pub struct BismutSamples {
    /// $X_T$ per path.
    pub endpoints: Vec<f64>,
    /// $H = \delta(u)$ per path.
    pub weights: Vec<f64>,
}

impl BismutEstimator {
    /// Validated settings.
    ///
    /// # Errors
    /// `Error::Param` for σ ≤ 0, T ≤ 0 (or non-finite) or zero steps.
    pub fn new(sigma: f64, horizon: f64, steps: usize, seed: u64) -> Result<BismutEstimator> {
        if !(sigma.is_finite() && sigma > 0.0) {
            return Err(param_error(
                "σ",
                sigma,
                "noise amplitude must be finite and positive",
            ));
        }
        check_horizon_steps(horizon, steps)?;
        Ok(BismutEstimator {
            sigma,
            horizon,
            steps,
            seed,
        })
    }

    /// Simulates one path per entry of `starts` (the initial values $X_0$, independent of the
    /// noise; repeat one value for a fixed start). Paths run in parallel, each on its own
    /// ChaCha12 stream (seed, path index): the result does not depend on `par`.
    ///
    /// # Errors
    /// `Error::NonFinite` if a start value or the simulation becomes non-finite.
    pub fn simulate(
        &self,
        drift: &impl ScalarDrift,
        starts: &[f64],
        par: Par,
    ) -> Result<BismutSamples> {
        crate::error::check_finite("initial values X_0", starts)?;
        let pairs: Vec<(f64, f64)> = par.install(|| {
            starts
                .par_iter()
                .enumerate()
                .map(|(i, &x0)| self.path(drift, x0, i as u64))
                .collect()
        });
        let (endpoints, weights): (Vec<f64>, Vec<f64>) = pairs.into_iter().unzip();
        crate::error::check_finite("simulated X_T", &endpoints)?;
        crate::error::check_finite("Skorokhod weights H", &weights)?;
        Ok(BismutSamples { endpoints, weights })
    }

    /// One path: returns (X_T, H).
    fn path(&self, drift: &impl ScalarDrift, x0: f64, index: u64) -> (f64, f64) {
        let n = self.steps;
        let dt = self.horizon / n as f64;
        let sq = dt.sqrt();
        let sig = self.sigma;
        let mut rng = path_stream(self.seed, index);
        // Left-point values of Y and Z on each step, and the increments.
        let (mut ys, mut zs, mut dbs) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        let (mut x, mut y, mut z) = (x0, 1.0f64, 0.0f64);
        for _ in 0..n {
            let db: f64 = sq * rng.sample::<f64, _>(StandardNormal);
            let (b, bp, bpp) = drift.eval(x);
            ys.push(y);
            zs.push(z);
            dbs.push(db);
            let (xn, yn, zn) = (
                x + b * dt + sig * db,
                y + bp * y * dt,
                z + (bpp * y * y + bp * z) * dt,
            );
            x = xn;
            y = yn;
            z = zn;
        }
        let (y_t, z_t) = (y, z);
        let c: f64 = ys.iter().map(|y| sig * sig / (y * y)).sum::<f64>() * dt;
        let g = 1.0 / (y_t * c);
        let ito: f64 = ys.iter().zip(&dbs).map(|(y, db)| sig / y * db).sum();
        // Reverse cumulative tails ∫_s^T Y^{-3}Z dr and ∫_s^T Y^{-2} dr (left Riemann sums, r ≥ s).
        let (mut tail_a, mut tail_b) = (0.0f64, 0.0f64);
        let mut correction = 0.0;
        for k in (0..n).rev() {
            let (ys_k, zs_k) = (ys[k], zs[k]);
            tail_a += zs_k / ys_k.powi(3) * dt;
            tail_b += dt / (ys_k * ys_k);
            let w = sig / ys_k;
            let d_y_t = w * (z_t - y_t * zs_k / ys_k);
            let d_c = -2.0 * sig * sig * w * (tail_a - zs_k / ys_k * tail_b);
            let d_g = -g * g * (d_y_t * c + y_t * d_c);
            correction += d_g * w * dt;
        }
        (x, g * ito - correction)
    }
}

impl BismutSamples {
    /// $E[\varphi(X_T)H]$, which equals $E[\varphi'(X_T)]$ (weak form; no regression needed), with its
    /// Monte Carlo standard error.
    pub fn weak_derivative(&self, phi: impl Fn(f64) -> f64) -> (f64, f64) {
        let v: Vec<f64> = self
            .endpoints
            .iter()
            .zip(&self.weights)
            .map(|(x, h)| phi(*x) * h)
            .collect();
        mean_and_error(&v)
    }

    /// Binned score estimates $-E[H\,|\,X_T \in \text{bin}]$ on `bins` equal bins of [lo, hi]:
    /// (bin centre, estimate, standard error, count) for bins with at least 2 paths.
    pub fn score_binned(&self, lo: f64, hi: f64, bins: usize) -> Vec<(f64, f64, f64, usize)> {
        let width = (hi - lo) / bins.max(1) as f64;
        let mut groups: Vec<Vec<f64>> = vec![Vec::new(); bins];
        for (x, h) in self.endpoints.iter().zip(&self.weights) {
            let k = ((x - lo) / width).floor();
            if k >= 0.0 && (k as usize) < bins {
                groups[k as usize].push(*h);
            }
        }
        groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.len() >= 2)
            .map(|(k, g)| {
                let (m, e) = mean_and_error(g);
                (lo + (k as f64 + 0.5) * width, -m, e, g.len())
            })
            .collect()
    }

    /// Kernel (Nadaraya–Watson, Gaussian kernel) score estimate $-\hat E[H\,|\,X_T = y]$ at each y.
    /// `bandwidth = None` uses Silverman's rule $1.06\,\hat\sigma_{X_T}n^{-1/5}$ (bias O(h²), variance
    /// O(1/(nh))). Cost O(n) per point.
    pub fn score_kernel(&self, points: &[f64], bandwidth: Option<f64>) -> Vec<f64> {
        let n = self.endpoints.len() as f64;
        let h = bandwidth.unwrap_or_else(|| {
            let (m, _) = mean_and_error(&self.endpoints);
            let var =
                self.endpoints.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
            1.06 * var.sqrt() * n.powf(-0.2)
        });
        points
            .iter()
            .map(|y| {
                let (mut num, mut den) = (0.0, 0.0);
                for (x, w) in self.endpoints.iter().zip(&self.weights) {
                    let k = (-0.5 * ((x - y) / h).powi(2)).exp();
                    num += k * w;
                    den += k;
                }
                if den > 0.0 {
                    -num / den
                } else {
                    f64::NAN
                }
            })
            .collect()
    }
}

/// Checks the horizon and step count shared by both estimators.
pub(crate) fn check_horizon_steps(horizon: f64, steps: usize) -> Result<()> {
    if !(horizon.is_finite() && horizon > 0.0) {
        return Err(param_error(
            "T",
            horizon,
            "horizon must be finite and positive",
        ));
    }
    if steps == 0 {
        return Err(param_error("steps", 0, "need at least one Euler step"));
    }
    if steps > crate::ou::MAX_STEPS {
        return Err(param_error(
            "steps",
            steps,
            format!(
                "more than {} Euler steps per path is not supported",
                crate::ou::MAX_STEPS
            ),
        ));
    }
    Ok(())
}

/// The Brownian stream of path `index` under `seed` (ChaCha12, its own domain tag).
pub(crate) fn path_stream(seed: u64, index: u64) -> ChaCha12Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    key[8..16].copy_from_slice(&index.to_le_bytes());
    key[16..24].copy_from_slice(b"sf/bism1");
    ChaCha12Rng::from_seed(key)
}

pub(crate) fn mean_and_error(v: &[f64]) -> (f64, f64) {
    let n = v.len() as f64;
    let m = v.iter().sum::<f64>() / n;
    let var = v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
    (m, (var / n).sqrt())
}
