//! The Gaussian (heat-kernel) spectrum.

use super::{check_positive, SpectrumModel};
use crate::error::Result;
use crate::format::significant;
use std::f64::consts::PI;

/// Heat-kernel ("Gaussian") spectrum $C_\ell = \sigma^2 e^{-\ell(\ell+1)s^2/2}/Z$, normalised to
/// pointwise variance σ²; for small scale s (radians) the covariance is close to
/// $\sigma^2 e^{-\theta^2/(2s^2)}$. Infinitely smooth samples.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HeatKernel {
    variance: f64,
    scale: f64,
    norm: f64,
}

/// $\sum_{\ell\ge\ell_0}(2\ell+1)e^{-\ell(\ell+1)s^2/2}$, summed until the terms no longer matter.
fn heat_sum_from(scale: f64, l0: usize) -> f64 {
    let mut sum = 0.0;
    let mut l = l0;
    loop {
        let lf = l as f64;
        let term = (2.0 * lf + 1.0) * (-lf * (lf + 1.0) * scale * scale / 2.0).exp();
        sum += term;
        // Terms decay faster than geometrically once past the peak near 1/s.
        if term <= 1e-18 * sum && lf * scale > 1.0 || term == 0.0 && l > l0 {
            return sum;
        }
        l += 1;
    }
}

impl HeatKernel {
    /// Variance σ² > 0 and scale s > 0 (radians).
    ///
    /// # Errors
    /// `Error::Param` unless both are finite and positive, and s ≥ 1/32767 rad.
    pub fn new(variance: f64, scale: f64) -> Result<HeatKernel> {
        check_positive("variance", variance)?;
        check_positive("scale s", scale)?;
        let min_scale = 1.0 / crate::alm::MAX_LMAX as f64;
        if scale < min_scale {
            return Err(crate::error::param_error(
                "scale s",
                scale,
                format!(
                    "below {min_scale:.3e} rad, the finest scale any supported band limit resolves"
                ),
            ));
        }
        let norm = heat_sum_from(scale, 0) / (4.0 * PI);
        Ok(HeatKernel {
            variance,
            scale,
            norm,
        })
    }
}

impl SpectrumModel for HeatKernel {
    fn cl(&self, l: usize) -> f64 {
        let l = l as f64;
        self.variance * (-l * (l + 1.0) * self.scale * self.scale / 2.0).exp() / self.norm
    }

    fn describe(&self) -> String {
        format!(
            "heat kernel: C_l = σ² exp(−l(l+1)s²/2)/Z, σ² = {}, s = {} rad",
            significant(self.variance, 10),
            significant(self.scale, 10)
        )
    }

    fn energy_tail(&self, lmax: usize) -> f64 {
        self.variance * heat_sum_from(self.scale, lmax + 1) / self.norm
    }
}
