//! The Whittle–Matérn spectrum (docs/mathematics.md §3.1–3.4, §3.6).
//!
//! | parameterisation | constructor | spectrum |
//! |---|---|---|
//! | SPDE $(\kappa^2-\Delta)^{\alpha/2}(\tau u) = W$ | [`WhittleMatern::spde`] (τ, κ, α) | $C_\ell = \tau^{-2}(\kappa^2+\ell(\ell+1))^{-\alpha}$ |
//! | variance-normalised | [`WhittleMatern::with_variance`] (σ², κ, α) | $C_\ell = \sigma^2(\kappa^2+\ell(\ell+1))^{-\alpha}/Z(\kappa,\alpha)$ |
//! | correlation length | [`WhittleMatern::from_correlation_length`] (σ², ρ, ν) | the above with α = ν + 1, κ = √(8ν)/ρ |
//!
//! $Z(\kappa,\alpha) = \sum_{\ell\ge0}(2\ell+1)(\kappa^2+\ell(\ell+1))^{-\alpha}/4\pi$ is the pointwise
//! variance at τ = 1, so the variance-normalised field has pointwise variance exactly σ². ν is the
//! Matérn smoothness (samples lie in $H^s$ for every s < ν = α − 1); ρ is the distance at which the
//! correlation of the planar Matérn field with the same ν, κ has dropped to about 0.14
//! (0.135 for ν = ½, 0.140 for ν = 1 and 3/2; Lindgren–Rue–Lindström's "practical range"
//! √(8ν)/κ); on the sphere it is 0.140 at ρ = 1000 km, ν = 1. GSTools' `len_scale` ℓ gives
//! ρ = 2√2·ℓ, scikit-learn's `length_scale` ℓ gives ρ = 2ℓ (docs/mathematics.md §3.4).
//! Trace class, hence a field with finite variance, requires α > 1.

use super::{check_positive, tail::power_law_tail, SpectrumModel};
use crate::error::{param_error, Result};
use crate::format::significant;
use std::f64::consts::PI;

/// Mean Earth radius (km), the default sphere for lengths given in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// The correlation length used when a front end is given none (the command line's
/// `--rho-km`, Python's `matern_cl`): 1000 km, a synoptic-scale anomaly field.
pub const DEFAULT_CORRELATION_LENGTH_KM: f64 = 1000.0;

/// A length on the sphere: an angle in radians, or a great-circle distance on a sphere of
/// given radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// Angle in radians (the unit sphere).
    Radians(f64),
    /// Distance in km on a sphere of radius `radius_km`.
    Km {
        /// Distance.
        km: f64,
        /// Radius of the sphere.
        radius_km: f64,
    },
}

impl Length {
    /// A distance in km on the Earth (radius [`EARTH_RADIUS_KM`]).
    pub fn km(km: f64) -> Length {
        Length::Km {
            km,
            radius_km: EARTH_RADIUS_KM,
        }
    }

    /// The angle in radians.
    ///
    /// # Errors
    /// `Error::Param` if the length or radius is not finite and positive.
    pub fn radians(self) -> Result<f64> {
        match self {
            Length::Radians(r) => {
                check_positive("correlation length ρ (radians)", r)?;
                Ok(r)
            }
            Length::Km { km, radius_km } => {
                check_positive("correlation length ρ (km)", km)?;
                check_positive("sphere radius (km)", radius_km)?;
                Ok(km / radius_km)
            }
        }
    }
}

/// Degrees summed directly before the Euler–Maclaurin tail of [`whittle_matern_normaliser`].
const EM_START: usize = 4096;

/// $\sum_{\ell\ge\ell_0} (2\ell+1)(\kappa^2+\ell(\ell+1))^{-\alpha}$: direct sum up to N = max(ℓ₀, 4096),
/// then Euler–Maclaurin with the exact integral $\int_N^\infty = u(N)^{1-\alpha}/(\alpha-1)$,
/// $u = \kappa^2+\ell(\ell+1)$, and the $f(N)/2 - f'(N)/12$ corrections (next term relative
/// ≈ α³N⁻⁴ ≲ 1e-14).
fn wm_sum_from(kappa: f64, alpha: f64, l0: usize) -> f64 {
    let k2 = kappa * kappa;
    let u = |l: f64| k2 + l * (l + 1.0);
    let f = |l: f64| (2.0 * l + 1.0) * u(l).powf(-alpha);
    let n = l0.max(EM_START) as f64;
    let un = u(n);
    let integral = un.powf(1.0 - alpha) / (alpha - 1.0);
    let fprime = 2.0 * un.powf(-alpha) - alpha * (2.0 * n + 1.0).powi(2) * un.powf(-alpha - 1.0);
    let tail = integral + 0.5 * f(n) - fprime / 12.0;
    (l0..n as usize)
        .rev()
        .map(|l| f(l as f64))
        .fold(tail, |acc, v| acc + v)
}

/// $Z(\kappa,\alpha) = \sum_{\ell\ge0}(2\ell+1)(\kappa^2+\ell(\ell+1))^{-\alpha}/4\pi$ (docs/mathematics.md §3.2),
/// the pointwise variance of the SPDE field with τ = 1, to ≈ 1e-15 relative.
///
/// ```
/// // docs/mathematics.md §3.2 table: S(3, 2) = 0.115422565058813, Z = S/4π.
/// let z = sphfield::spectrum::whittle_matern_normaliser(3.0, 2.0).unwrap();
/// assert!((z * 4.0 * std::f64::consts::PI / 0.115422565058813 - 1.0).abs() < 1e-13);
/// ```
///
/// # Errors
/// `Error::Param` unless κ > 0 and α > 1.
pub fn whittle_matern_normaliser(kappa: f64, alpha: f64) -> Result<f64> {
    check_kappa_alpha(kappa, alpha)?;
    Ok(wm_sum_from(kappa, alpha, 0) / (4.0 * PI))
}

fn check_kappa_alpha(kappa: f64, alpha: f64) -> Result<()> {
    check_positive("κ", kappa)?;
    if !(alpha.is_finite() && alpha > 1.0) {
        return Err(param_error(
            "α",
            alpha,
            "the Whittle–Matérn exponent must exceed 1 (ν = α − 1 > 0): for α ≤ 1 the covariance \
             operator is not trace class and the pointwise variance Σ(2l+1)C_l/4π diverges",
        ));
    }
    Ok(())
}

/// A Whittle–Matérn spectrum, stored in SPDE form $C_\ell = \tau^{-2}(\kappa^2+\ell(\ell+1))^{-\alpha}$.
///
/// ```
/// use sphfield::spectrum::{Length, SpectrumModel, WhittleMatern};
/// // Anomaly fields with unit variance, 1000 km correlation length and smoothness ν = 1.
/// let wm = WhittleMatern::from_correlation_length(1.0, Length::km(1000.0), 1.0).unwrap();
/// assert!((wm.variance() - 1.0).abs() < 1e-13);
/// assert_eq!(wm.alpha(), 2.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WhittleMatern {
    tau: f64,
    kappa: f64,
    alpha: f64,
}

impl WhittleMatern {
    /// SPDE form: $(\kappa^2-\Delta)^{\alpha/2}(\tau u) = W$ on the unit sphere.
    ///
    /// # Errors
    /// `Error::Param` unless τ > 0, κ > 0, α > 1 (all finite).
    pub fn spde(tau: f64, kappa: f64, alpha: f64) -> Result<WhittleMatern> {
        check_positive("τ", tau)?;
        check_kappa_alpha(kappa, alpha)?;
        Ok(WhittleMatern { tau, kappa, alpha })
    }

    /// Variance-normalised form: pointwise variance exactly σ², i.e. $\tau^2 = Z(\kappa,\alpha)/\sigma^2$.
    ///
    /// # Errors
    /// `Error::Param` unless σ² > 0, κ > 0, α > 1.
    pub fn with_variance(sigma2: f64, kappa: f64, alpha: f64) -> Result<WhittleMatern> {
        check_positive("σ²", sigma2)?;
        let z = whittle_matern_normaliser(kappa, alpha)?;
        WhittleMatern::spde((z / sigma2).sqrt(), kappa, alpha)
    }

    /// The form users think in: variance σ², correlation length ρ (radians or km on a sphere,
    /// see [`Length`]) and Matérn smoothness ν > 0, with α = ν + 1 and κ = √(8ν)/ρ.
    ///
    /// # Errors
    /// `Error::Param` unless σ² > 0, ρ > 0, ν > 0.
    pub fn from_correlation_length(sigma2: f64, rho: Length, nu: f64) -> Result<WhittleMatern> {
        check_positive("ν", nu)?;
        let rho = rho.radians()?;
        WhittleMatern::with_variance(sigma2, (8.0 * nu).sqrt() / rho, nu + 1.0)
    }

    /// τ of the SPDE form.
    pub fn tau(&self) -> f64 {
        self.tau
    }
    /// κ (inverse length on the unit sphere).
    pub fn kappa(&self) -> f64 {
        self.kappa
    }
    /// SPDE exponent α (C_l ≍ l^{−2α}).
    pub fn alpha(&self) -> f64 {
        self.alpha
    }
    /// Matérn smoothness ν = α − 1: samples lie in $H^s$ exactly for s < ν (docs/mathematics.md §3.3).
    pub fn nu(&self) -> f64 {
        self.alpha - 1.0
    }
    /// Correlation length ρ = √(8ν)/κ in radians.
    pub fn correlation_length(&self) -> f64 {
        (8.0 * self.nu()).sqrt() / self.kappa
    }

    /// Whether N(0, Q₁) and N(0, Q₂) are equivalent (Feldman–Hájek, docs/mathematics.md §3.6): for
    /// Whittle–Matérn spectra exactly when α and τ agree (any κ₁, κ₂). Equality is tested to a
    /// relative 1e-12.
    pub fn equivalent(&self, other: &WhittleMatern) -> bool {
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-12 * a.abs().max(b.abs());
        close(self.alpha, other.alpha) && close(self.tau, other.tau)
    }

    /// $\mathrm{KL}(N(0,Q_{\mathrm{self}})\,|\,N(0,Q_{\mathrm{other}})) = \tfrac12\sum_\ell(2\ell+1)(r_\ell-1-\log r_\ell)$,
    /// $r_\ell = C^{\mathrm{self}}_\ell/C^{\mathrm{other}}_\ell$, over all degrees (docs/mathematics.md §3.6); +∞ when the
    /// measures are singular ([`WhittleMatern::equivalent`] is false). The terms are formed as
    /// $d - \log r$ with $d = \mathrm{expm1}(\log r)$, so no precision is lost as $r_\ell \to 1$.
    pub fn kl_divergence(&self, other: &WhittleMatern) -> f64 {
        if !self.equivalent(other) {
            return f64::INFINITY;
        }
        let (k1, k2) = (self.kappa * self.kappa, other.kappa * other.kappa);
        let log_tau = 2.0 * (other.tau / self.tau).ln();
        let term = |l: f64| {
            let ll = l * (l + 1.0);
            let log_r = log_tau + self.alpha * ((k2 - k1) / (k1 + ll)).ln_1p();
            (2.0 * l + 1.0) * (log_r.exp_m1() - log_r)
        };
        0.5 * power_law_tail(term, 0)
    }
}

impl SpectrumModel for WhittleMatern {
    fn cl(&self, l: usize) -> f64 {
        let l = l as f64;
        (self.kappa * self.kappa + l * (l + 1.0)).powf(-self.alpha) / (self.tau * self.tau)
    }

    fn describe(&self) -> String {
        format!(
            "Whittle–Matérn: C_l = τ⁻²(κ² + l(l+1))^(−α), τ = {}, κ = {}, α = {} (ν = {}, variance {}, correlation length {} rad)",
            significant(self.tau, 10),
            significant(self.kappa, 10),
            significant(self.alpha, 10),
            significant(self.nu(), 10),
            significant(self.variance(), 10),
            significant(self.correlation_length(), 10)
        )
    }

    fn energy_tail(&self, lmax: usize) -> f64 {
        wm_sum_from(self.kappa, self.alpha, lmax + 1) / (self.tau * self.tau)
    }

    fn total_energy(&self) -> f64 {
        wm_sum_from(self.kappa, self.alpha, 0) / (self.tau * self.tau)
    }

    fn sup_norm_tail(&self, lmax: usize) -> f64 {
        // (2l+1)√(C_l/4π) = (2l+1) u^{−α/2}/(τ√(4π)): the same sum with α/2 (finite for α > 2).
        if self.alpha <= 2.0 {
            return f64::INFINITY;
        }
        wm_sum_from(self.kappa, self.alpha / 2.0, lmax + 1) / (self.tau * (4.0 * PI).sqrt())
    }
}
