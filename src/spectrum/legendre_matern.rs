//! The Legendre–Matérn spectrum of Guinness & Fuentes (2016), docs/mathematics.md §3.5.

use super::{check_positive, tail::power_law_tail, SpectrumModel};
use crate::error::Result;
use crate::format::significant;
use std::f64::consts::PI;

/// Legendre–Matérn covariance $\psi(\theta) = \sigma^2_{GF}\sum_\ell(\alpha^2+\ell^2)^{-\nu-1/2}P_\ell(\cos\theta)$,
/// i.e. $C_\ell = 4\pi\sigma^2_{GF}(\alpha^2+\ell^2)^{-\nu-1/2}/(2\ell+1)$ (≍ ℓ^{−2ν−2}, the decay of a
/// Whittle–Matérn spectrum with α_WM = ν + 1). σ²_GF is not the variance; use
/// [`LegendreMatern::with_variance`] to fix the variance instead.
///
/// ```
/// use sphfield::spectrum::{LegendreMatern, SpectrumModel};
/// let lm = LegendreMatern::with_variance(2.0, 5.0, 1.5).unwrap();
/// assert!((lm.variance() - 2.0).abs() < 1e-12);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LegendreMatern {
    sigma2_gf: f64,
    alpha: f64,
    nu: f64,
}

impl LegendreMatern {
    /// The Guinness–Fuentes parameters σ²_GF, α > 0, ν > 0.
    ///
    /// # Errors
    /// `Error::Param` unless all three are finite and positive.
    pub fn new(sigma2_gf: f64, alpha: f64, nu: f64) -> Result<LegendreMatern> {
        check_positive("σ²_GF", sigma2_gf)?;
        check_positive("α (Legendre–Matérn)", alpha)?;
        check_positive("ν", nu)?;
        Ok(LegendreMatern {
            sigma2_gf,
            alpha,
            nu,
        })
    }

    /// The same shape scaled to pointwise variance `variance`.
    ///
    /// # Errors
    /// `Error::Param` unless all three are finite and positive.
    pub fn with_variance(variance: f64, alpha: f64, nu: f64) -> Result<LegendreMatern> {
        check_positive("variance", variance)?;
        let unit = LegendreMatern::new(1.0, alpha, nu)?;
        LegendreMatern::new(variance / unit.variance(), alpha, nu)
    }

    /// $\sigma^2_{GF}(\alpha^2+\ell^2)^{-\nu-1/2}$, the Legendre coefficient of ψ.
    fn legendre_coefficient(&self, l: f64) -> f64 {
        self.sigma2_gf * (self.alpha * self.alpha + l * l).powf(-self.nu - 0.5)
    }
}

impl SpectrumModel for LegendreMatern {
    fn cl(&self, l: usize) -> f64 {
        4.0 * PI * self.legendre_coefficient(l as f64) / (2 * l + 1) as f64
    }

    fn describe(&self) -> String {
        format!(
            "Legendre–Matérn (Guinness–Fuentes): ψ(θ) = σ²_GF Σ (α² + l²)^(−ν−1/2) P_l(cos θ), σ²_GF = {}, α = {}, ν = {}",
            significant(self.sigma2_gf, 10),
            significant(self.alpha, 10),
            significant(self.nu, 10)
        )
    }

    fn energy_tail(&self, lmax: usize) -> f64 {
        4.0 * PI * power_law_tail(|l| self.legendre_coefficient(l), lmax + 1)
    }
}
