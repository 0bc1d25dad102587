//! Truncation error of the KL expansion and the choice of band limit (docs/mathematics.md §2.3).

use crate::alm::MAX_LMAX;
use crate::error::{Error, Result};
use crate::spectrum::SpectrumModel;
use std::f64::consts::PI;

/// What truncating a field at band limit L loses (docs/mathematics.md §2.3).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TruncationError {
    /// Band limit L.
    pub lmax: usize,
    /// $E\lVert T - T^L\rVert^2_{L^2} = \sum_{\ell>L}(2\ell+1)C_\ell$.
    pub energy: f64,
    /// Pointwise variance of the remainder, $\sum_{\ell>L}(2\ell+1)C_\ell/4\pi$.
    pub variance: f64,
    /// Fraction of the total variance lost.
    pub relative: f64,
    /// $E\lVert T-T^L\rVert_\infty \le \sum_{\ell>L}(2\ell+1)\sqrt{C_\ell/4\pi}$ (+∞ when the series diverges).
    pub sup_norm_bound: f64,
}

impl TruncationError {
    /// The truncation error of `model` at band limit `lmax`.
    ///
    /// ```
    /// use sphfield::kl::TruncationError;
    /// use sphfield::spectrum::WhittleMatern;
    /// // docs/mathematics.md §8 item 9: WM(κ=3, α=2, τ=1) at L = 8.
    /// let wm = WhittleMatern::spde(1.0, 3.0, 2.0).unwrap();
    /// let t = TruncationError::of(&wm, 8);
    /// assert!((t.energy / 0.01111518763 - 1.0).abs() < 1e-9);
    /// ```
    pub fn of(model: &(impl SpectrumModel + ?Sized), lmax: usize) -> TruncationError {
        let energy = model.energy_tail(lmax);
        let total = model.total_energy();
        TruncationError {
            lmax,
            energy,
            variance: energy / (4.0 * PI),
            relative: if total > 0.0 { energy / total } else { 0.0 },
            sup_norm_bound: model.sup_norm_tail(lmax),
        }
    }
}

/// The smallest band limit L whose truncation keeps all but a fraction `tolerance` of the
/// variance: $\sum_{\ell>L}(2\ell+1)C_\ell \le \text{tolerance}\cdot\sum_\ell(2\ell+1)C_\ell$ (so
/// "99.9 % of the variance" is tolerance 1e-3). Bisection on the exact tail; cost O(log L) tails.
///
/// ```
/// use sphfield::kl::choose_lmax;
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// let wm = WhittleMatern::with_variance(1.0, 10.0, 2.0).unwrap();
/// let l = choose_lmax(&wm, 1e-3).unwrap();
/// assert!(wm.energy_tail(l) <= 1e-3 * wm.total_energy());
/// assert!(wm.energy_tail(l - 1) > 1e-3 * wm.total_energy());
/// ```
///
/// # Errors
/// `Error::Param` unless 0 < tolerance < 1; `Error::TooLarge` if even [`MAX_LMAX`] is not enough.
pub fn choose_lmax(model: &(impl SpectrumModel + ?Sized), tolerance: f64) -> Result<usize> {
    crate::spectrum::check_variance_tolerance(tolerance)?;
    let target = tolerance * model.total_energy();
    let ok = |l: usize| model.energy_tail(l) <= target;
    if !ok(MAX_LMAX) {
        return Err(Error::TooLarge {
            what: format!("band limit for variance tolerance {tolerance}"),
            requested: MAX_LMAX as u128 + 1,
            limit: MAX_LMAX as u128,
        });
    }
    let (mut lo, mut hi) = (0usize, MAX_LMAX);
    if ok(0) {
        return Ok(0);
    }
    // Invariant: !ok(lo), ok(hi).
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if ok(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Ok(hi)
}
