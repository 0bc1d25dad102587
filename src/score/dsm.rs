//! Denoising score matching (docs/mathematics.md §5.2): training pairs for an external network, the loss
//! of a given score, and its optimum value for Gaussian data (§8 item 22).

use super::{GaussianPrior, Score};
use crate::alm::Alm;
use crate::error::{param_error, Result};
use crate::ou::LinearSpde;
use crate::par::Par;
use rayon::prelude::*;

/// One training example: the noised field $X_t = a_tx_0 + \sqrt{v_t}Z$ and the conditional score
/// $-(X_t - a_tx_0)/v_t = -Z/\sqrt{v_t}$ (the regression target whose minimiser is the score).
#[derive(Clone, Debug, PartialEq)]
pub struct DsmPair {
    /// Forward time.
    pub t: f64,
    /// $X_t$.
    pub noisy: Alm,
    /// $-Z/\sqrt{v_t}$.
    pub target: Alm,
}

/// A training pair for data field `x0` at time t; the noise is the forward-noise stream
/// (seed, member, step), so pairs are reproducible and independent across (member, step).
///
/// # Errors
/// Time, shape and finiteness errors.
pub fn dsm_pair(
    ou: &LinearSpde,
    x0: &Alm,
    t: f64,
    seed: u64,
    member: u64,
    step: u64,
) -> Result<DsmPair> {
    ou.check_time(t)?;
    ou.check_alm("x0", x0)?;
    let z = ou.noise(seed, member, step, x0.mmax(), Par::Seq)?;
    let noisy = ou.transition(x0, t, &z)?;
    let mut target = z;
    let inv_sd: Vec<f64> = ou
        .transition_factors(t)
        .noise_variance
        .iter()
        .map(|v| -1.0 / v.sqrt())
        .collect();
    target.scale_l(&inv_sd)?;
    Ok(DsmPair { t, noisy, target })
}

/// Pairs for every data field i and every time k (member i, step k), in that order, built in
/// parallel (same bits for any `par`).
///
/// # Errors
/// `Error::Param` for empty data or times; the errors of [`dsm_pair`].
pub fn dsm_pairs(
    ou: &LinearSpde,
    data: &[Alm],
    times: &[f64],
    seed: u64,
    par: Par,
) -> Result<Vec<DsmPair>> {
    if data.is_empty() || times.is_empty() {
        return Err(param_error(
            "denoising pairs",
            format!("{} fields × {} times", data.len(), times.len()),
            "need at least one field and one time",
        ));
    }
    par.install(|| {
        (0..data.len() * times.len())
            .into_par_iter()
            .map(|j| {
                let (i, k) = (j / times.len(), j % times.len());
                dsm_pair(ou, &data[i], times[k], seed, i as u64, k as u64)
            })
            .collect()
    })
}

/// Monte Carlo DSM loss $\frac1{|P|}\sum_{(t,X_t,\mathrm{target})\in P}\lVert s(t,X_t) - \mathrm{target}\rVert^2_H$
/// over the pairs of [`dsm_pairs`] (H = L²(S²), real-field norm). At the true score its
/// expectation is $\mathrm{tr}Q/v_t - E\lVert s\rVert_H^2$ ([`gaussian_dsm_optimum`]); a trained score
/// cannot beat that value.
///
/// # Errors
/// The errors of [`dsm_pairs`] and of the score.
pub fn dsm_loss(
    score: &(impl Score + ?Sized),
    data: &[Alm],
    times: &[f64],
    seed: u64,
    par: Par,
) -> Result<f64> {
    let pairs = dsm_pairs(score.process(), data, times, seed, par)?;
    let losses: Vec<f64> = par.install(|| {
        pairs
            .par_iter()
            .map(|p| {
                let mut s = p.noisy.clone();
                score.score(p.t, &p.noisy, &mut s)?;
                s.axpy(-1.0, &p.target)?;
                s.dot(&s)
            })
            .collect::<Result<Vec<f64>>>()
    })?;
    Ok(losses.iter().sum::<f64>() / losses.len() as f64)
}

/// The optimum DSM loss at time t for Gaussian data (docs/mathematics.md §8 item 22):
/// $\sum_\ell(2\ell+1)\bigl(C_\ell/v_t - C_\ell^2/V_\ell(t)\bigr)$, $V_\ell = a_t^2\Sigma_\ell + v_tC_\ell$ (zero mean).
pub fn gaussian_dsm_optimum(prior: &GaussianPrior, t: f64) -> f64 {
    let ou = prior.process();
    let v = ou.transition_factors(t).noise_variance;
    prior
        .marginal_variances(t)
        .iter()
        .zip(ou.covariance().values())
        .enumerate()
        .map(|(l, (vl, c))| (2 * l + 1) as f64 * (c / v[l] - c * c / vl))
        .sum()
}
