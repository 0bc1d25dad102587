//! KL divergence and relative Fisher information of Gaussian laws against the forward process's
//! invariant law $\gamma = N(0, \beta C_\ell/(2\lambda_\ell))$ ($\gamma_Q$ for OU; docs/mathematics.md §5.4), at the
//! process's band limit.

use super::LinearSpde;
use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::spectrum::AngularSpectrum;

fn ratios(ou: &LinearSpde, sigma: &AngularSpectrum) -> Result<Vec<f64>> {
    if sigma.lmax() != ou.lmax() {
        return Err(Error::Mismatch(format!(
            "data spectrum has lmax {} but the process has lmax {}",
            sigma.lmax(),
            ou.lmax()
        )));
    }
    Ok(sigma
        .values()
        .iter()
        .zip(ou.stationary_spectrum()?.values())
        .map(|(s, c)| s / c)
        .collect())
}

/// $\sum_\ell(2\ell+1)f(r_\ell)$ from the high degrees down; +∞ if some $r_\ell = 0$.
fn degree_sum(r: &[f64], f: impl Fn(f64) -> f64) -> f64 {
    let mut sum = 0.0;
    for (l, &r) in r.iter().enumerate().rev() {
        if r == 0.0 {
            return f64::INFINITY;
        }
        sum += (2 * l + 1) as f64 * f(r);
    }
    sum
}

fn mean_term(ou: &LinearSpde, mean: Option<&Alm>) -> Result<f64> {
    match mean {
        Some(m) => {
            let w: Vec<f64> = ou
                .stationary_spectrum()?
                .values()
                .iter()
                .map(|c| 1.0 / c)
                .collect();
            m.dot_weighted(m, &w)
        }
        None => Ok(0.0),
    }
}

/// $\mathrm{KL}(N(m,\Sigma)\,|\,\gamma_Q) = \tfrac12\lVert m\rVert^2_{CM} + \tfrac12\sum_\ell(2\ell+1)(r_\ell-1-\log r_\ell)$,
/// $r_\ell = \Sigma_\ell/C_\ell$, over degrees ≤ lmax (docs/mathematics.md §5.4; +∞ if some $\Sigma_\ell = 0$).
/// Along the forward flow m ↦ a_t m and r ↦ a_t² r + v_t.
///
/// # Errors
/// Band-limit or shape mismatch; `Error::Param` for a process without invariant law (some
/// $\lambda_\ell = 0$).
pub fn gaussian_kl(ou: &LinearSpde, mean: Option<&Alm>, sigma: &AngularSpectrum) -> Result<f64> {
    let r = ratios(ou, sigma)?;
    // r − 1 − log r formed as expm1(log r) − log r: no cancellation as r → 1.
    let sum = degree_sum(&r, |r| {
        let log_r = r.ln();
        log_r.exp_m1() - log_r
    });
    Ok(0.5 * mean_term(ou, mean)? + 0.5 * sum)
}

/// Relative Fisher information $I_Q(N(m,\Sigma)\,|\,\gamma_Q) = \lVert m\rVert^2_{CM} + \sum_\ell(2\ell+1)(r_\ell + 1/r_\ell - 2)$
/// (docs/mathematics.md §5.4); 0 for $\gamma_Q$ itself, and KL ≤ I/2 (Gross).
///
/// # Errors
/// Band-limit or shape mismatch; `Error::Param` for a process without invariant law (some
/// $\lambda_\ell = 0$).
pub fn gaussian_fisher_information(
    ou: &LinearSpde,
    mean: Option<&Alm>,
    sigma: &AngularSpectrum,
) -> Result<f64> {
    let r = ratios(ou, sigma)?;
    // r + 1/r − 2 = (r − 1)²/r without cancellation.
    let sum = degree_sum(&r, |r| (r - 1.0).powi(2) / r);
    Ok(mean_term(ou, mean)? + sum)
}
