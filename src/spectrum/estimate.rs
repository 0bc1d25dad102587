//! Power-spectrum estimation from coefficients or maps (the anafast estimator), cross-spectra,
//! and binned spectra with cosmic-variance error bars.

use super::AngularSpectrum;
use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::par::Par;
use crate::sht::Sht;

/// Number of real degrees of freedom of degree l stored in an `Alm` with this mmax.
fn dof(l: usize, mmax: usize) -> f64 {
    (1 + 2 * l.min(mmax)) as f64
}

/// $\hat C_\ell = \bigl(a_{\ell0}^2 + 2\sum_{m>0}|a_{\ell m}|^2\bigr)/(2\ell+1)$ (healpy's anafast on
/// coefficients), unbiased for an isotropic field: $(2\ell+1)\hat C_\ell/C_\ell \sim \chi^2_{2\ell+1}$.
/// With mmax < lmax the sum runs over the stored orders and divides by their count
/// 1 + 2 min(ℓ, mmax). Only the real part of $a_{\ell0}$ enters (a real field's $a_{\ell0}$ is real).
///
/// ```
/// use sphfield::{Alm, spectrum::anafast};
/// let mut a = Alm::zeros(2, 2).unwrap();
/// a[(2, 0)].re = 1.0;
/// a[(2, 1)] = num_complex::Complex64::new(1.0, 1.0);
/// assert_eq!(anafast(&a)?.values()[2], (1.0 + 2.0 * 2.0) / 5.0);
/// # Ok::<(), sphfield::Error>(())
/// ```
///
/// # Errors
/// `Error::NonFinite` if a sum of |a_lm|² overflows (coefficients of magnitude ≳ 1e150): the
/// spectrum of such a field is not representable in double precision.
pub fn anafast(alm: &Alm) -> Result<AngularSpectrum> {
    cross(alm, alm, "anafast estimate")
}

/// Cross-spectrum $\hat C^{ab}_\ell = \bigl(a_{\ell0}b_{\ell0} + 2\sum_{m>0}\mathrm{Re}(a_{\ell m}\overline{b_{\ell m}})\bigr)/(2\ell+1)$,
/// returned as plain values (a cross-spectrum may be negative).
///
/// # Errors
/// `Error::Mismatch` if the two coefficient sets have different shapes.
pub fn cross_spectrum(a: &Alm, b: &Alm) -> Result<Vec<f64>> {
    if a.lmax() != b.lmax() || a.mmax() != b.mmax() {
        return Err(Error::Mismatch(format!(
            "cross-spectrum of alm with (lmax, mmax) = ({}, {}) and ({}, {})",
            a.lmax(),
            a.mmax(),
            b.lmax(),
            b.mmax()
        )));
    }
    Ok(cross_values(a, b))
}

fn cross_values(a: &Alm, b: &Alm) -> Vec<f64> {
    let (lmax, mmax) = (a.lmax(), a.mmax());
    let mut sum = vec![0.0; lmax + 1];
    for m in 0..=mmax {
        let w = if m == 0 { 1.0 } else { 2.0 };
        for ((l, x), y) in (m..=lmax).zip(a.m_slice(m)).zip(b.m_slice(m)) {
            sum[l] += if m == 0 {
                x.re * y.re
            } else {
                w * (x.re * y.re + x.im * y.im)
            };
        }
    }
    for (l, s) in sum.iter_mut().enumerate() {
        *s /= dof(l, mmax);
    }
    sum
}

fn cross(a: &Alm, b: &Alm, what: &str) -> Result<AngularSpectrum> {
    let values = cross_values(a, b);
    // Finite coefficients give finite, non-negative sums unless |a_lm|² overflowed.
    if let Some(l) = values.iter().position(|v| !v.is_finite()) {
        return Err(Error::NonFinite {
            what: format!(
                "{what}: the sum of |a_lm|² at degree {l} overflows double precision \
                 (coefficients of magnitude above ~1e150; rescale the field)"
            ),
            index: l,
            value: values[l],
        });
    }
    AngularSpectrum::new(values, what)
}

/// Spectrum of a map: analysis with the plan (exact quadrature on GL/CC/Fejér-1, iterative on
/// HEALPix), then [`anafast`]. The empirical covariance function of the map, averaged over all
/// pairs of points at separation θ, is the [`AngularSpectrum::covariance`] of this estimate.
///
/// # Errors
/// Those of [`Sht::analysis`].
pub fn map_spectrum(sht: &Sht, map: &[f64], par: Par) -> Result<AngularSpectrum> {
    let alm = sht.analysis(map, par)?;
    anafast(&alm)
}

/// The empirical covariance function of a map at angular separations `thetas` (radians): the
/// average of f(x)f(y) over all pairs of points at separation θ, which for a band-limited map
/// equals $\sum_\ell \frac{2\ell+1}{4\pi}\hat C_\ell P_\ell(\cos\theta)$ with $\hat C_\ell$ from
/// [`map_spectrum`] (exact on GL/CC/Fejér-1 grids within their band limit). Unbiased for k(θ).
///
/// # Errors
/// Those of [`Sht::analysis`]; `Error::NonFinite` for a non-finite angle.
pub fn empirical_covariance(sht: &Sht, map: &[f64], thetas: &[f64], par: Par) -> Result<Vec<f64>> {
    map_spectrum(sht, map, par)?.covariance(thetas)
}

/// A spectrum averaged over bins of degrees, weights ∝ 2ℓ+1, with the cosmic-variance error of
/// each bin for a full-sky Gaussian field: $\sigma^2_{\mathrm{bin}} = \sum_\ell w_\ell^2\,2C_\ell^2/(2\ell+1)$,
/// $w_\ell = (2\ell+1)/\sum_{\mathrm{bin}}(2\ell'+1)$ (so per degree $\sqrt{2/(2\ell+1)}\,C_\ell$).
#[derive(Clone, Debug, PartialEq)]
pub struct BinnedSpectrum {
    /// First degree of each bin.
    pub l_lo: Vec<usize>,
    /// Last degree of each bin (inclusive).
    pub l_hi: Vec<usize>,
    /// Weighted mean degree of each bin.
    pub l_eff: Vec<f64>,
    /// Binned estimate.
    pub value: Vec<f64>,
    /// One-sigma cosmic-variance error.
    pub error: Vec<f64>,
}

impl BinnedSpectrum {
    /// Bins `estimate` into consecutive bins of `width` degrees starting at `l_min`; the errors
    /// use `model` when given (the expected spectrum), else the estimate itself.
    ///
    /// # Errors
    /// `Error::Param` for width 0 or l_min > lmax; `Error::Mismatch` if the model is shorter than
    /// the estimate.
    pub fn new(
        estimate: &AngularSpectrum,
        l_min: usize,
        width: usize,
        model: Option<&AngularSpectrum>,
    ) -> Result<BinnedSpectrum> {
        if width == 0 {
            return Err(param_error("bin width", 0, "must be at least 1"));
        }
        if l_min > estimate.lmax() {
            return Err(param_error(
                "l_min",
                l_min,
                format!("beyond the estimate's lmax {}", estimate.lmax()),
            ));
        }
        let reference = match model {
            Some(m) if m.lmax() < estimate.lmax() => {
                return Err(Error::Mismatch(format!(
                    "model spectrum ends at l = {} but the estimate at l = {}",
                    m.lmax(),
                    estimate.lmax()
                )))
            }
            Some(m) => m.values(),
            None => estimate.values(),
        };
        let mut out = BinnedSpectrum {
            l_lo: Vec::new(),
            l_hi: Vec::new(),
            l_eff: Vec::new(),
            value: Vec::new(),
            error: Vec::new(),
        };
        let mut lo = l_min;
        while lo <= estimate.lmax() {
            let hi = (lo + width - 1).min(estimate.lmax());
            let total: f64 = (lo..=hi).map(|l| (2 * l + 1) as f64).sum();
            let (mut l_eff, mut value, mut var) = (0.0, 0.0, 0.0);
            let bin = estimate.values()[lo..=hi].iter().zip(&reference[lo..=hi]);
            for (l, (est, reference)) in (lo..=hi).zip(bin) {
                let w = (2 * l + 1) as f64 / total;
                l_eff += w * l as f64;
                value += w * est;
                var += w * w * 2.0 * reference.powi(2) / (2 * l + 1) as f64;
            }
            out.l_lo.push(lo);
            out.l_hi.push(hi);
            out.l_eff.push(l_eff);
            out.value.push(value);
            out.error.push(var.sqrt());
            lo = hi + 1;
        }
        Ok(out)
    }
}
