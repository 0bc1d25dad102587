//! The Malliavin–Bismut weight shared by every estimator (docs/mathematics.md §7.4): one path of a
//! discretised SDE $X_{k+1} = G(X_k) + \Sigma\,\xi_k$ and the Skorokhod weight H with
//! $E[\langle\nabla\varphi(X_n), h\rangle] = E[\varphi(X_n)\langle H, h\rangle]$ for every direction h, hence
//! $\nabla\log p_n(y) = -E[H\,|\,X_n = y]$.
//!
//! The covering field is $u_k = c_k\Sigma^+T_{n\leftarrow k+1}^{-1}h$ with scalar weights $\sum_kc_k = 1$
//! ($T_{j\leftarrow i}$ the Jacobian of the discrete flow from step i to j), so that the Malliavin
//! derivative of $X_n$ along u is exactly h and no Malliavin matrix has to be inverted. Its
//! Skorokhod integral is the Itô-like sum plus a trace correction that, by cyclicity, needs only
//! one trace per step:
//! $\langle H, h\rangle = \sum_kc_k\langle T_{n\leftarrow k+1}^{-1}h, \iota_k\rangle + \sum_j\mathcal C_j\,\mathrm{tr}[T_j^{-1}\,\partial T_j[\cdot, w_j]]$,
//! $w_j = T_{n\leftarrow j}^{-1}h$, $\mathcal C_j = \sum_{k<j}c_k$, $T_j = \partial G(X_j)$, ι_k the whitened noise.
//! Both sums are linear in h and are accumulated forward in time by Horner's rule,
//! $R_{k+1} = T_k^{-\top}(R_k + \gamma_k)$, $\gamma_k = c_{k-1}\iota_{k-1} + \mathcal C_k\kappa_k$ with
//! $\langle\kappa_k, w\rangle = \mathrm{tr}[T_k^{-1}\partial T_k[\cdot, w]]$, and $H = R_n + c_{n-1}\iota_{n-1}$: one
//! inverse-transpose tangent solve and one trace gradient per step, no storage of the path.

use crate::error::Result;
use rand::Rng;
use rand_chacha::ChaCha12Rng;
use rand_distr::StandardNormal;

/// A discretised SDE with what the weight needs at each step. Coordinates are Euclidean (for
/// fields: an orthonormal real basis, so that the dot product is the $L^2(S^2)$ inner product).
pub trait TangentModel: Sync {
    /// What the model keeps about one step's start $X_k$ (drift, Jacobian, grid values…).
    type Step;

    /// Dimension d of the state.
    fn dim(&self) -> usize;

    /// Number of standard normals drawn per step for the noise.
    fn noise_dim(&self) -> usize;

    /// Number of standard normals per step for an unbiased trace probe (0 when the trace is
    /// computed exactly).
    fn probe_dim(&self) -> usize {
        0
    }

    /// Linearises the step from `x` of length `dt`.
    ///
    /// # Errors
    /// `Error::Param` or `Error::NonFinite` when the step cannot be taken (e.g. too long for the
    /// nonlinearity's stiffness).
    fn linearize(&self, x: &[f64], dt: f64) -> Result<Self::Step>;

    /// $X_{k+1} = G(X_k) + \Sigma\xi$ into `next`, and the whitened noise ι (with
    /// $\langle\Sigma^+T^{-1}h, \xi\text{-term}\rangle = \langle T^{-1}h, \iota\rangle$) into `iota`, from the standard
    /// normals `normals`.
    fn advance(&self, step: &Self::Step, normals: &[f64], next: &mut [f64], iota: &mut [f64]);

    /// $v \leftarrow T_k^{-\top}v$.
    ///
    /// # Errors
    /// When a linear solve fails to converge.
    fn inverse_transpose_tangent(&self, step: &Self::Step, v: &mut [f64]) -> Result<()>;

    /// κ with $\langle\kappa, w\rangle = \mathrm{tr}[T_k^{-1}\partial T_k[\cdot, w]]$ (exactly, or unbiased given the
    /// standard normal `probe`) into `out`.
    ///
    /// # Errors
    /// When a linear solve fails to converge.
    fn trace_gradient(&self, step: &Self::Step, probe: &[f64], out: &mut [f64]) -> Result<()>;
}

/// The scalar weights $c_0, \dots, c_{n-1}$ of the covering field ($\sum c_k = 1$).
///
/// `rate` = λ > 0 gives $c_k \propto e^{-2\lambda(n-1-k)\Delta}$: the minimal-variance weights of a linear
/// process with rate λ, for which H is then the denoising target itself; `rate` = 0 gives equal
/// weights.
pub fn covering_weights(steps: usize, dt: f64, rate: f64) -> Vec<f64> {
    let raw: Vec<f64> = (0..steps)
        .map(|k| (-2.0 * rate * (steps - 1 - k) as f64 * dt).exp())
        .collect();
    let total: f64 = raw.iter().sum();
    raw.iter().map(|c| c / total).collect()
}

/// One path from `x0` over `weights.len()` steps of length `dt`: returns ($X_n$, H).
///
/// # Errors
/// The model's errors.
pub fn weighted_path<M: TangentModel>(
    model: &M,
    x0: &[f64],
    dt: f64,
    weights: &[f64],
    rng: &mut ChaCha12Rng,
) -> Result<(Vec<f64>, Vec<f64>)> {
    let (d, m, p) = (model.dim(), model.noise_dim(), model.probe_dim());
    let mut x = x0.to_vec();
    let mut next = vec![0.0; d];
    let mut r = vec![0.0; d];
    let mut iota = vec![0.0; d];
    let mut kappa = vec![0.0; d];
    let mut normals = vec![0.0; m];
    let mut probe = vec![0.0; p];
    let mut cumulative = 0.0;
    for k in 0..weights.len() {
        let step = model.linearize(&x, dt)?;
        if k >= 1 {
            // γ_k = c_{k−1} ι_{k−1} + 𝒞_k κ_k.
            for (ri, io) in r.iter_mut().zip(&iota) {
                *ri += weights[k - 1] * io;
            }
            cumulative += weights[k - 1];
            for z in probe.iter_mut() {
                *z = rng.sample(StandardNormal);
            }
            model.trace_gradient(&step, &probe, &mut kappa)?;
            for (ri, ka) in r.iter_mut().zip(&kappa) {
                *ri += cumulative * ka;
            }
        }
        model.inverse_transpose_tangent(&step, &mut r)?;
        for z in normals.iter_mut() {
            *z = rng.sample(StandardNormal);
        }
        model.advance(&step, &normals, &mut next, &mut iota);
        std::mem::swap(&mut x, &mut next);
    }
    let last = weights[weights.len() - 1];
    for (ri, io) in r.iter_mut().zip(&iota) {
        *ri += last * io;
    }
    Ok((x, r))
}
