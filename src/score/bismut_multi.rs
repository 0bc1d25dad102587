//! The Malliavin–Bismut score for SDEs in small dimension d with additive noise,
//! $dX = b(X)\,dt + \sigma\,dB$, σ a constant d × m matrix with σσᵀ invertible (docs/mathematics.md §7),
//! on the Euler scheme $X_{k+1} = X_k + b(X_k)\Delta + \sigma\Delta B_k$: the shared weight of
//! [`super::malliavin`] with the dense tangent $T_k = I + \Delta\nabla b(X_k)$, its exact inverse, and the
//! exact trace $\mathrm{tr}[T_k^{-1}\partial T_k[\cdot, w]] = \Delta\sum_{a,p}\partial_p\partial_qb_a\,(T_k^{-1})_{pa}w_q$ (O(d³)
//! per step). For d = 1 this is [`super::BismutEstimator`]. Then $\nabla\log p_T(y) = -E[\delta(u)\,|\,X_T = y]$.

use super::bismut::{check_horizon_steps, mean_and_error, path_stream};
use super::malliavin::{covering_weights, weighted_path, TangentModel};
use crate::error::{param_error, Error, Result};
use crate::par::Par;
use rayon::prelude::*;

/// A drift on $\mathbb R^d$ with its Jacobian and Hessian: `eval(x, b, jac, hess)` fills
/// `b[i]` = b_i(x), `jac[i·d + j]` = ∂_j b_i, `hess[(i·d + j)·d + k]` = ∂_j∂_k b_i.
pub trait VectorDrift: Sync {
    /// Dimension d.
    fn dim(&self) -> usize;
    /// Evaluates b, ∇b and ∇²b at x.
    fn eval(&self, x: &[f64], b: &mut [f64], jac: &mut [f64], hess: &mut [f64]);
}

/// Settings of the d-dimensional estimator.
#[derive(Clone, Debug, PartialEq)]
pub struct BismutEstimatorNd {
    /// σ, d × m row-major.
    pub sigma: Vec<f64>,
    /// Noise dimension m.
    pub noise_dim: usize,
    /// Horizon T.
    pub horizon: f64,
    /// Euler steps.
    pub steps: usize,
    /// Seed of the per-path streams.
    pub seed: u64,
}

/// Endpoints and Skorokhod weights of every path (row-major, d per path).
#[derive(Clone, Debug, PartialEq)]
pub struct BismutSamplesNd {
    /// Dimension d.
    pub dim: usize,
    /// $X_T$, d values per path.
    pub endpoints: Vec<f64>,
    /// $\delta(u)$, d values per path.
    pub weights: Vec<f64>,
}

/// Inverse of a small d × d matrix by Gauss–Jordan elimination with partial pivoting; None if
/// singular to working precision.
fn invert(a: &[f64], d: usize) -> Option<Vec<f64>> {
    let mut m = a.to_vec();
    let mut inv = vec![0.0; d * d];
    for i in 0..d {
        inv[i * d + i] = 1.0;
    }
    for col in 0..d {
        let piv =
            (col..d).max_by(|&r, &s| m[r * d + col].abs().total_cmp(&m[s * d + col].abs()))?;
        if m[piv * d + col].abs() < 1e-300 {
            return None;
        }
        for k in 0..d {
            m.swap(col * d + k, piv * d + k);
            inv.swap(col * d + k, piv * d + k);
        }
        let p = m[col * d + col];
        for k in 0..d {
            m[col * d + k] /= p;
            inv[col * d + k] /= p;
        }
        for r in 0..d {
            if r != col {
                let f = m[r * d + col];
                if f != 0.0 {
                    for k in 0..d {
                        m[r * d + k] -= f * m[col * d + k];
                        inv[r * d + k] -= f * inv[col * d + k];
                    }
                }
            }
        }
    }
    Some(inv)
}

/// The Euler scheme of a [`VectorDrift`] with constant σ, as a [`TangentModel`].
pub(crate) struct DenseModel<'a, D: VectorDrift> {
    pub drift: &'a D,
    /// σ, d × m row-major.
    pub sigma: &'a [f64],
    /// $(\sigma\sigma^\top)^{-1}\sigma$, d × m: whitens the noise, ι = this · N/√Δ.
    pub whitener: Vec<f64>,
    pub noise_dim: usize,
}

/// One step's linearisation: the start, b, ∇²b and $T^{-1} = (I + \Delta\nabla b)^{-1}$.
pub(crate) struct DenseStep {
    x: Vec<f64>,
    b: Vec<f64>,
    hess: Vec<f64>,
    inverse: Vec<f64>,
    dt: f64,
}

impl<'a, D: VectorDrift> DenseModel<'a, D> {
    /// The model, or None if σσᵀ is singular.
    pub fn new(drift: &'a D, sigma: &'a [f64], noise_dim: usize) -> Option<DenseModel<'a, D>> {
        let d = drift.dim();
        let mut ss = vec![0.0; d * d];
        for i in 0..d {
            for j in 0..d {
                ss[i * d + j] = (0..noise_dim)
                    .map(|k| sigma[i * noise_dim + k] * sigma[j * noise_dim + k])
                    .sum();
            }
        }
        let inv = invert(&ss, d)?;
        let mut whitener = vec![0.0; d * noise_dim];
        for i in 0..d {
            for k in 0..noise_dim {
                whitener[i * noise_dim + k] = (0..d)
                    .map(|j| inv[i * d + j] * sigma[j * noise_dim + k])
                    .sum();
            }
        }
        Some(DenseModel {
            drift,
            sigma,
            whitener,
            noise_dim,
        })
    }
}

impl<D: VectorDrift> TangentModel for DenseModel<'_, D> {
    type Step = DenseStep;

    fn dim(&self) -> usize {
        self.drift.dim()
    }

    fn noise_dim(&self) -> usize {
        self.noise_dim
    }

    fn linearize(&self, x: &[f64], dt: f64) -> Result<DenseStep> {
        let d = self.drift.dim();
        let (mut b, mut jac, mut hess) = (vec![0.0; d], vec![0.0; d * d], vec![0.0; d * d * d]);
        self.drift.eval(x, &mut b, &mut jac, &mut hess);
        let mut t = jac.iter().map(|j| j * dt).collect::<Vec<f64>>();
        for i in 0..d {
            t[i * d + i] += 1.0;
        }
        let inverse = invert(&t, d).ok_or_else(|| {
            param_error(
                "Euler step",
                dt,
                "makes the tangent I + Δ∇b singular: use more steps",
            )
        })?;
        Ok(DenseStep {
            x: x.to_vec(),
            b,
            hess,
            inverse,
            dt,
        })
    }

    fn advance(&self, s: &DenseStep, normals: &[f64], next: &mut [f64], iota: &mut [f64]) {
        let (d, m) = (self.drift.dim(), self.noise_dim);
        let sq = s.dt.sqrt();
        for i in 0..d {
            let noise: f64 = (0..m).map(|k| self.sigma[i * m + k] * normals[k]).sum();
            next[i] = s.x[i] + s.b[i] * s.dt + sq * noise;
            iota[i] = (0..m)
                .map(|k| self.whitener[i * m + k] * normals[k])
                .sum::<f64>()
                / sq;
        }
    }

    fn inverse_transpose_tangent(&self, s: &DenseStep, v: &mut [f64]) -> Result<()> {
        let d = self.drift.dim();
        let out: Vec<f64> = (0..d)
            .map(|i| (0..d).map(|j| s.inverse[j * d + i] * v[j]).sum())
            .collect();
        v.copy_from_slice(&out);
        Ok(())
    }

    fn trace_gradient(&self, s: &DenseStep, _probe: &[f64], out: &mut [f64]) -> Result<()> {
        let d = self.drift.dim();
        for (q, o) in out.iter_mut().enumerate() {
            let mut t = 0.0;
            for a in 0..d {
                for p in 0..d {
                    t += s.hess[(a * d + p) * d + q] * s.inverse[p * d + a];
                }
            }
            *o = s.dt * t;
        }
        Ok(())
    }
}

impl BismutEstimatorNd {
    /// Validated settings: σ is d × m (row-major), T > 0, steps ≥ 1.
    ///
    /// # Errors
    /// `Error::Param` for bad sizes or values.
    pub fn new(
        sigma: Vec<f64>,
        dim: usize,
        noise_dim: usize,
        horizon: f64,
        steps: usize,
        seed: u64,
    ) -> Result<BismutEstimatorNd> {
        if dim == 0 || noise_dim == 0 || sigma.len() != dim * noise_dim {
            return Err(param_error(
                "σ",
                format!("{} values for d = {dim}, m = {noise_dim}", sigma.len()),
                "σ must be a d × m matrix with d, m ≥ 1",
            ));
        }
        crate::error::check_finite("σ", &sigma)?;
        check_horizon_steps(horizon, steps)?;
        Ok(BismutEstimatorNd {
            sigma,
            noise_dim,
            horizon,
            steps,
            seed,
        })
    }

    /// Simulates one path per start point (`starts`: d values per path), each on its own stream
    /// (seed, path index): the result does not depend on `par`.
    ///
    /// # Errors
    /// Dimension mismatch, non-finite values, a σ with σσᵀ singular (the covering field needs
    /// noise in every direction), or a step too long for the drift.
    pub fn simulate(
        &self,
        drift: &impl VectorDrift,
        starts: &[f64],
        par: Par,
    ) -> Result<BismutSamplesNd> {
        let d = drift.dim();
        if self.sigma.len() != d * self.noise_dim || !starts.len().is_multiple_of(d) {
            return Err(Error::Mismatch(format!(
                "drift dimension {d}, σ with {} values, {} start values",
                self.sigma.len(),
                starts.len()
            )));
        }
        crate::error::check_finite("initial values X_0", starts)?;
        let model = DenseModel::new(drift, &self.sigma, self.noise_dim).ok_or_else(|| {
            param_error(
                "σ",
                "σσᵀ singular",
                "the noise must reach every direction (σσᵀ invertible)",
            )
        })?;
        let dt = self.horizon / self.steps as f64;
        let weights = covering_weights(self.steps, dt, 0.0);
        let paths: Vec<Result<(Vec<f64>, Vec<f64>)>> = par.install(|| {
            starts
                .par_chunks_exact(d)
                .enumerate()
                .map(|(i, x0)| {
                    let mut rng = path_stream(self.seed, i as u64);
                    weighted_path(&model, x0, dt, &weights, &mut rng)
                })
                .collect()
        });
        let mut out = BismutSamplesNd {
            dim: d,
            endpoints: Vec::with_capacity(starts.len()),
            weights: Vec::with_capacity(starts.len()),
        };
        for p in paths {
            let (x, h) = p?;
            out.endpoints.extend(x);
            out.weights.extend(h);
        }
        crate::error::check_finite("simulated X_T", &out.endpoints)?;
        crate::error::check_finite("Skorokhod weights", &out.weights)?;
        Ok(out)
    }
}

impl BismutSamplesNd {
    /// $E[\varphi(X_T)\,\delta(u_k)]$ for k = 0..d (equals $E[\partial_k\varphi(X_T)]$), with standard errors.
    pub fn weak_gradient(&self, phi: impl Fn(&[f64]) -> f64) -> Vec<(f64, f64)> {
        let d = self.dim;
        (0..d)
            .map(|k| {
                let v: Vec<f64> = self
                    .endpoints
                    .chunks_exact(d)
                    .zip(self.weights.chunks_exact(d))
                    .map(|(x, h)| phi(x) * h[k])
                    .collect();
                mean_and_error(&v)
            })
            .collect()
    }

    /// Kernel (Nadaraya–Watson, isotropic Gaussian kernel of width `bandwidth`) estimate of
    /// $\nabla\log p_T(y) = -E[\delta(u)\,|\,X_T = y]$ at the point y.
    pub fn score_kernel(&self, y: &[f64], bandwidth: f64) -> Vec<f64> {
        let d = self.dim;
        let (mut num, mut den) = (vec![0.0; d], 0.0);
        for (x, h) in self
            .endpoints
            .chunks_exact(d)
            .zip(self.weights.chunks_exact(d))
        {
            let r2: f64 = x.iter().zip(y).map(|(a, b)| (a - b).powi(2)).sum();
            let k = (-0.5 * r2 / (bandwidth * bandwidth)).exp();
            den += k;
            for (nv, hv) in num.iter_mut().zip(h) {
                *nv += k * hv;
            }
        }
        num.iter().map(|v| -v / den).collect()
    }
}
