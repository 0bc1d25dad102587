//! Power-law spectra.

use super::{check_positive, tail::power_law_tail, SpectrumModel};
use crate::error::{param_error, Result};
use crate::format::significant;

/// $C_\ell = A\,\ell^{-\gamma}$ for ℓ ≥ ℓ_min ≥ 1 and 0 below (no monopole by default). The field
/// has finite variance only for γ > 2.
///
/// ```
/// use sphfield::spectrum::{PowerLaw, SpectrumModel};
/// let p = PowerLaw::new(1e-3, 3.0, 2).unwrap();
/// assert_eq!(p.cl(1), 0.0);
/// assert_eq!(p.cl(10), 1e-6);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PowerLaw {
    amplitude: f64,
    exponent: f64,
    l_min: usize,
}

impl PowerLaw {
    /// Amplitude A > 0, exponent γ > 2, first non-zero degree ℓ_min ≥ 1.
    ///
    /// # Errors
    /// `Error::Param` for A ≤ 0, γ ≤ 2 (infinite variance) or ℓ_min = 0.
    pub fn new(amplitude: f64, exponent: f64, l_min: usize) -> Result<PowerLaw> {
        check_positive("amplitude A", amplitude)?;
        if !(exponent.is_finite() && exponent > 2.0) {
            return Err(param_error(
                "γ",
                exponent,
                "a power law C_l = A l^(−γ) has finite variance Σ(2l+1)C_l/4π only for γ > 2",
            ));
        }
        if l_min == 0 {
            return Err(param_error(
                "l_min",
                0,
                "l^(−γ) is infinite at l = 0; use l_min ≥ 1",
            ));
        }
        Ok(PowerLaw {
            amplitude,
            exponent,
            l_min,
        })
    }
}

impl SpectrumModel for PowerLaw {
    fn cl(&self, l: usize) -> f64 {
        if l < self.l_min {
            0.0
        } else {
            self.amplitude * (l as f64).powf(-self.exponent)
        }
    }

    fn describe(&self) -> String {
        format!(
            "power law: C_l = A l^(−γ) for l ≥ {}, A = {}, γ = {}",
            self.l_min,
            significant(self.amplitude, 10),
            significant(self.exponent, 10)
        )
    }

    fn energy_tail(&self, lmax: usize) -> f64 {
        let a = self.amplitude;
        let g = self.exponent;
        power_law_tail(
            |l| (2.0 * l + 1.0) * a * l.powf(-g),
            (lmax + 1).max(self.l_min),
        )
    }
}
