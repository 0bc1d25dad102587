//! The Malliavin–Bismut score for SDEs in small dimension d with additive noise,
//! $dX = b(X)\,dt + \sigma\,dB$, σ a constant d × m matrix (docs/mathematics.md §7.2–7.3, vector form).
//!
//! With $Y = \partial X/\partial x_0$ (d × d), $Z = \partial^2X/\partial x_0^2$ (d × d × d),
//! $C_T = \int_0^TY_s^{-1}\sigma\sigma^\top Y_s^{-\top}ds$, $G = C_T^{-1}Y_T^{-1}$ and $w_j(s) = Y_s^{-1}\sigma e_j$:
//! $\delta(u_k) = (G^\top I)_k - \int_0^T\sum_j (w_j^\top D^j_sG)_k\,ds$, $I = \int_0^TY_s^{-1}\sigma\,dB_s$,
//! $D^j_sG = -C^{-1}(D^j_sC)G - G(D^j_sY_T)Y_T^{-1}$, $D^j_sY_T = Z_T[w_j,\cdot] - Y_TY_s^{-1}Z_s[w_j,\cdot]$,
//! $D^j_sC = -(K + K^\top)$, $K = \sum_pw_{j,p}\int_s^TY_r^{-1}Z_r[e_p,\cdot]P_r\,dr - Y_s^{-1}Z_s[w_j,\cdot]\int_s^TP_r\,dr$,
//! $P_r = Y_r^{-1}\sigma\sigma^\top Y_r^{-\top}$ (tail integrals by reverse cumulative sums; O(N d⁴)
//! per path). For d = 1 this is the scalar estimator. Then $\nabla\log p_T(y) = -E[\delta(u)\,|\,X_T = y]$.

use super::bismut::{check_horizon_steps, mean_and_error, path_stream};
use crate::error::{param_error, Error, Result};
use crate::par::Par;
use rand::Rng;
use rand_distr::StandardNormal;
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

/// c = a · b for d × d matrices.
fn matmul(a: &[f64], b: &[f64], d: usize) -> Vec<f64> {
    let mut c = vec![0.0; d * d];
    for i in 0..d {
        for k in 0..d {
            let aik = a[i * d + k];
            for j in 0..d {
                c[i * d + j] += aik * b[k * d + j];
            }
        }
    }
    c
}

fn transpose(a: &[f64], d: usize) -> Vec<f64> {
    let mut t = vec![0.0; d * d];
    for i in 0..d {
        for j in 0..d {
            t[j * d + i] = a[i * d + j];
        }
    }
    t
}

/// $Z[w,\cdot]$: the d × d matrix $(i, q) \mapsto \sum_pZ^i_{pq}w_p$; Z stored as z[(i·d + p)·d + q].
fn contract(z: &[f64], w: &[f64], d: usize) -> Vec<f64> {
    let mut out = vec![0.0; d * d];
    for i in 0..d {
        for p in 0..d {
            for q in 0..d {
                out[i * d + q] += z[(i * d + p) * d + q] * w[p];
            }
        }
    }
    out
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

    /// Simulates one path per start point (`starts`: d values per path).
    ///
    /// # Errors
    /// Dimension mismatch, non-finite values, or a singular Malliavin covariance.
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
        let paths: Vec<Option<(Vec<f64>, Vec<f64>)>> = par.install(|| {
            starts
                .par_chunks_exact(d)
                .enumerate()
                .map(|(i, x0)| self.path(drift, x0, i as u64))
                .collect()
        });
        let mut out = BismutSamplesNd {
            dim: d,
            endpoints: Vec::with_capacity(starts.len()),
            weights: Vec::with_capacity(starts.len()),
        };
        for (i, p) in paths.into_iter().enumerate() {
            let (x, h) = p.ok_or_else(|| {
                param_error(
                    "path",
                    i,
                    "singular Malliavin covariance (σ does not reach all directions)",
                )
            })?;
            out.endpoints.extend(x);
            out.weights.extend(h);
        }
        crate::error::check_finite("Skorokhod weights", &out.weights)?;
        Ok(out)
    }

    fn path(
        &self,
        drift: &impl VectorDrift,
        x0: &[f64],
        index: u64,
    ) -> Option<(Vec<f64>, Vec<f64>)> {
        let (d, m, n) = (x0.len(), self.noise_dim, self.steps);
        let dt = self.horizon / n as f64;
        let sq = dt.sqrt();
        let sig = &self.sigma;
        let mut rng = path_stream(self.seed, index);
        let mut x = x0.to_vec();
        let mut y = vec![0.0; d * d];
        for i in 0..d {
            y[i * d + i] = 1.0;
        }
        let mut z = vec![0.0; d * d * d];
        let (mut b, mut jac, mut hess) = (vec![0.0; d], vec![0.0; d * d], vec![0.0; d * d * d]);
        let (mut ys, mut zs, mut dbs) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        for _ in 0..n {
            let db: Vec<f64> = (0..m)
                .map(|_| sq * rng.sample::<f64, _>(StandardNormal))
                .collect();
            drift.eval(&x, &mut b, &mut jac, &mut hess);
            ys.push(y.clone());
            zs.push(z.clone());
            // Z' = H(Y·, Y·) + J Z, with H(Y·,Y·)^i_{pq} = Σ_jk H^i_{jk} Y^j_p Y^k_q.
            let mut dz = vec![0.0; d * d * d];
            for i in 0..d {
                for p in 0..d {
                    for q in 0..d {
                        let mut s = 0.0;
                        for j in 0..d {
                            for k in 0..d {
                                s += hess[(i * d + j) * d + k] * y[j * d + p] * y[k * d + q];
                            }
                            s += jac[i * d + j] * z[(j * d + p) * d + q];
                        }
                        dz[(i * d + p) * d + q] = s;
                    }
                }
            }
            let jy = matmul(&jac, &y, d);
            for i in 0..d {
                let noise: f64 = (0..m).map(|j| sig[i * m + j] * db[j]).sum();
                x[i] += b[i] * dt + noise;
            }
            for (yv, j) in y.iter_mut().zip(&jy) {
                *yv += j * dt;
            }
            for (zv, dzv) in z.iter_mut().zip(&dz) {
                *zv += dzv * dt;
            }
            dbs.push(db);
        }
        let (y_t, z_t) = (y, z);
        let y_t_inv = invert(&y_t, d)?;
        // S = σσᵀ (d × d).
        let mut s_mat = vec![0.0; d * d];
        for i in 0..d {
            for k in 0..d {
                s_mat[i * d + k] = (0..m).map(|j| sig[i * m + j] * sig[k * m + j]).sum();
            }
        }
        let yinv: Vec<Vec<f64>> = ys.iter().map(|y| invert(y, d)).collect::<Option<_>>()?;
        let p_mats: Vec<Vec<f64>> = yinv
            .iter()
            .map(|yi| matmul(&matmul(yi, &s_mat, d), &transpose(yi, d), d))
            .collect();
        let mut c = vec![0.0; d * d];
        for p in &p_mats {
            for (cv, pv) in c.iter_mut().zip(p) {
                *cv += pv * dt;
            }
        }
        let c_inv = invert(&c, d)?;
        let g = matmul(&c_inv, &y_t_inv, d);
        // Itô part I = Σ Y_n⁻¹ σ dB_n.
        let mut ito = vec![0.0; d];
        for (yi, db) in yinv.iter().zip(&dbs) {
            for i in 0..d {
                let mut v = 0.0;
                for k in 0..d {
                    let sdb: f64 = (0..m).map(|j| sig[k * m + j] * db[j]).sum();
                    v += yi[i * d + k] * sdb;
                }
                ito[i] += v;
            }
        }
        // Backward tails: TP = Σ_{r≥n} P_r dt, T[p] = Σ_{r≥n} Y_r⁻¹ Z_r[e_p,·] P_r dt.
        let mut tail_p = vec![0.0; d * d];
        let mut tail_t = vec![vec![0.0; d * d]; d];
        let mut corr = vec![0.0; d];
        for k in (0..n).rev() {
            for (tv, pv) in tail_p.iter_mut().zip(&p_mats[k]) {
                *tv += pv * dt;
            }
            for (p, tt) in tail_t.iter_mut().enumerate() {
                let mut e = vec![0.0; d];
                e[p] = 1.0;
                let term = matmul(
                    &matmul(&yinv[k], &contract(&zs[k], &e, d), d),
                    &p_mats[k],
                    d,
                );
                for (tv, v) in tt.iter_mut().zip(&term) {
                    *tv += v * dt;
                }
            }
            for j in 0..m {
                // w = Y_s⁻¹ σ e_j.
                let w: Vec<f64> = (0..d)
                    .map(|i| (0..d).map(|q| yinv[k][i * d + q] * sig[q * m + j]).sum())
                    .collect();
                let zsw = contract(&zs[k], &w, d);
                let yinv_zsw = matmul(&yinv[k], &zsw, d);
                let mut kk = matmul(&yinv_zsw, &tail_p, d);
                for v in kk.iter_mut() {
                    *v = -*v;
                }
                for (p, tt) in tail_t.iter().enumerate() {
                    for (kv, tv) in kk.iter_mut().zip(tt) {
                        *kv += w[p] * tv;
                    }
                }
                let kt = transpose(&kk, d);
                let dc: Vec<f64> = kk.iter().zip(&kt).map(|(a, b)| -(a + b)).collect();
                let mut dy_t = contract(&z_t, &w, d);
                let y_corr = matmul(&matmul(&y_t, &yinv[k], d), &zsw, d);
                for (a, b) in dy_t.iter_mut().zip(&y_corr) {
                    *a -= b;
                }
                let term1 = matmul(&matmul(&c_inv, &dc, d), &g, d);
                let term2 = matmul(&matmul(&g, &dy_t, d), &y_t_inv, d);
                for kcol in 0..d {
                    let mut s = 0.0;
                    for i in 0..d {
                        let dg = -term1[i * d + kcol] - term2[i * d + kcol];
                        s += w[i] * dg;
                    }
                    corr[kcol] += s * dt;
                }
            }
        }
        let h: Vec<f64> = (0..d)
            .map(|kcol| (0..d).map(|i| g[i * d + kcol] * ito[i]).sum::<f64>() - corr[kcol])
            .collect();
        Some((x, h))
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
