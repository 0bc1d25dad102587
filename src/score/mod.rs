//! Scores of the noised data law in Cameron–Martin form (docs/mathematics.md §5), for any linear
//! forward process ([`LinearSpde`], OU included): per degree
//! $s_{\ell m}(t,x) = (Q\nabla\log p_t(x))_{\ell m} = -(x_{\ell m} - a_\ell(t)\,E[X_0\,|\,X_t = x]_{\ell m})/v_\ell(t)$.
//!
//! Every [`Score`] evaluates the posterior mean $E[X_0\,|\,X_t = x]$ (Tweedie) and the score into
//! caller-owned [`Alm`]s. No call allocates a field-sized buffer: [`GaussianPrior`] and
//! [`FixedPoint`] allocate only the per-degree factors $a_\ell(t)$, $v_\ell(t)$ (O(L));
//! [`EmpiricalPrior`] and [`GaussianMixturePrior`] allocate O(N + L) bookkeeping per call (the N
//! softmax weights, per-degree variances) and reuse their field-sized working buffers
//! (`tests/allocations.rs` counts the bytes):
//! * [`GaussianPrior`]: data $N(m, \Sigma)$ diagonal in the harmonic basis — exact (§5.3(i));
//! * [`EmpiricalPrior`]: a training set of N fields — exact softmax weights (§5.3(ii));
//! * [`GaussianMixturePrior`]: $\frac1N\sum_iN(m_i,\Sigma)$ with a common diagonal Σ (§5.3(iii));
//! * [`FixedPoint`]: a single data point $x_0$, the denoising target $-(x - a_tx_0)/v_t$ (§5.3(iv)).
//!
//! For forward processes with a *nonlinear* drift, [`BismutEstimator`] (scalar) and
//! [`BismutEstimatorNd`] (small dimension d, additive noise) estimate the score by Monte Carlo
//! with the Malliavin–Bismut weight of Mirafzali et al. (§7).
//!
//! **The Malliavin form.** When the data law μ has a density $\rho_t = d\mu_t/d\gamma_Q$ along the
//! flow, $s(t,x) = D_H\log\rho_t(x) - x$ (§5.1(d)), so [`Score::malliavin_derivative`] returns
//! $D_H\log\rho_t = s + x$. Caveat: for empirical (Dirac) data, $\mu_t$ is singular with respect to
//! $\gamma_Q$ in infinite dimension (covariance $v_tQ$ vs Q), so $\rho_t$ does not exist; the value
//! returned is then only the band-limited (finite-dimensional) quantity, not a limit as L → ∞.

mod bismut;
mod bismut_field;
mod bismut_multi;
mod dsm;
mod empirical;
mod fixed_point;
mod gaussian;
mod malliavin;
mod mixture;

pub use bismut::{BismutEstimator, BismutSamples, ScalarDrift};
pub use bismut_field::{CubicNonlinearity, FieldStep, NonlinearSpde, PointwiseNonlinearity};
pub use bismut_multi::{BismutEstimatorNd, BismutSamplesNd, VectorDrift};
pub use dsm::{dsm_loss, dsm_pair, dsm_pairs, gaussian_dsm_optimum, DsmPair};
pub use empirical::EmpiricalPrior;
pub use fixed_point::FixedPoint;
pub use gaussian::GaussianPrior;
pub use malliavin::{covering_weights, weighted_path, TangentModel};
pub use mixture::GaussianMixturePrior;

use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::ou::LinearSpde;

/// A score of the noised data law of a [`LinearSpde`], in Cameron–Martin form.
pub trait Score: Sync {
    /// The forward process the score belongs to.
    fn process(&self) -> &LinearSpde;

    /// $E[X_0\,|\,X_t = x]$ written into `out` (same shape as x).
    ///
    /// # Errors
    /// `Error::Param` for t ≤ 0 or non-finite; shape and finiteness errors.
    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()>;

    /// $s(t,x) = -(x - a_t\,E[X_0|X_t=x])/v_t$ (per degree) written into `out`.
    ///
    /// # Errors
    /// As [`Score::posterior_mean`].
    fn score(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.posterior_mean(t, x, out)?;
        let f = self.process().transition_factors(t);
        // out ← (a_ℓ·E − x)/v_ℓ per degree
        let gain: Vec<f64> = f
            .signal
            .iter()
            .zip(&f.noise_variance)
            .map(|(a, v)| a / v)
            .collect();
        let inv: Vec<f64> = f.noise_variance.iter().map(|v| -1.0 / v).collect();
        out.scale_l(&gain)?;
        out.axpy_l(&inv, x)
    }

    /// $D_H\log\rho_t(x) = s(t,x) + x$ (docs/mathematics.md §5.1; see the module docs for its caveats).
    ///
    /// # Errors
    /// As [`Score::posterior_mean`].
    fn malliavin_derivative(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.score(t, x, out)?;
        out.axpy(1.0, x)
    }
}

/// Checks the inputs of a score evaluation.
pub(crate) fn check_call(ou: &LinearSpde, t: f64, x: &Alm, out: &Alm) -> Result<()> {
    ou.check_time(t)?;
    ou.check_alm("x", x)?;
    if out.lmax() != x.lmax() || out.mmax() != x.mmax() {
        return Err(Error::Mismatch(format!(
            "output alm has (lmax, mmax) = ({}, {}) but x has ({}, {})",
            out.lmax(),
            out.mmax(),
            x.lmax(),
            x.mmax()
        )));
    }
    Ok(())
}
