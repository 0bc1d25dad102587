//! The Malliavin–Bismut Monte Carlo score of Mirafzali et al. (arXiv:2507.05550) for scalar SDEs
//! with nonlinear drift and additive noise (docs/mathematics.md §7), $dX_t = b(X_t)\,dt + \sigma\,dB_t$:
//! the d = 1 case of the shared weight ([`super::malliavin`], through the dense model of
//! [`super::BismutEstimatorNd`]). On the Euler scheme, with tangent $T_k = 1 + b'(X_k)\Delta$ and equal
//! weights $c_k = 1/n$, $H = \sum_kc_kT_{n\leftarrow k+1}^{-1}\Delta B_k/(\sigma\Delta) + \sum_j\mathcal C_j\,\Delta b''(X_j)T_j^{-1}T_{n\leftarrow j}^{-1}$
//! (the second term, from the second derivative of the drift, is the Skorokhod correction:
//! dropping it biases the weight; docs/mathematics.md §8 item 28). Then
//! $E[\varphi'(X_T)] = E[\varphi(X_T)H]$ for smooth φ, and the score is
//! $\partial_y\log p_T(y) = -E[H\,|\,X_T = y]$, estimated by binning or by a Nadaraya–Watson kernel
//! regression ([`BismutSamples`]).

use super::{BismutEstimatorNd, VectorDrift};
use crate::error::{param_error, Result};
use crate::par::Par;
use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha12Rng;

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
    /// `Error::NonFinite` if a start value or the simulation becomes non-finite;
    /// `Error::Param` if a step makes the tangent 1 + b'Δ vanish (use more steps).
    pub fn simulate(
        &self,
        drift: &impl ScalarDrift,
        starts: &[f64],
        par: Par,
    ) -> Result<BismutSamples> {
        let multi =
            BismutEstimatorNd::new(vec![self.sigma], 1, 1, self.horizon, self.steps, self.seed)?;
        let samples = multi.simulate(&AsVector(drift), starts, par)?;
        Ok(BismutSamples {
            endpoints: samples.endpoints,
            weights: samples.weights,
        })
    }
}

/// A scalar drift seen as a drift on ℝ¹.
struct AsVector<'a, S: ScalarDrift>(&'a S);

impl<S: ScalarDrift> VectorDrift for AsVector<'_, S> {
    fn dim(&self) -> usize {
        1
    }
    fn eval(&self, x: &[f64], b: &mut [f64], jac: &mut [f64], hess: &mut [f64]) {
        let (v, d1, d2) = self.0.eval(x[0]);
        b[0] = v;
        jac[0] = d1;
        hess[0] = d2;
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
