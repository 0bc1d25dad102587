//! Kullback–Leibler divergence between isotropic Gaussian measures (docs/mathematics.md §3.6).

use super::AngularSpectrum;
use crate::error::{Error, Result};

impl AngularSpectrum {
    /// $\mathrm{KL}(N(0,Q_{\mathrm{self}})\,|\,N(0,Q_{\mathrm{other}})) = \tfrac12\sum_{\ell\le L}(2\ell+1)(r_\ell - 1 - \log r_\ell)$,
    /// $r_\ell = C^{\mathrm{self}}_\ell/C^{\mathrm{other}}_\ell$, for the fields band-limited to the common
    /// lmax L (docs/mathematics.md §3.6). For the untruncated Whittle–Matérn measures use
    /// [`super::WhittleMatern::kl_divergence`], which also tells singular pairs apart.
    /// Degrees where both spectra vanish are skipped; +∞ where only `other` vanishes.
    ///
    /// # Errors
    /// `Error::Mismatch` if the band limits differ.
    pub fn kl_divergence(&self, other: &AngularSpectrum) -> Result<f64> {
        if self.lmax() != other.lmax() {
            return Err(Error::Mismatch(format!(
                "KL divergence needs equal band limits, got lmax {} and {}",
                self.lmax(),
                other.lmax()
            )));
        }
        let mut sum = 0.0;
        for (l, (&p, &q)) in self.values().iter().zip(other.values()).enumerate().rev() {
            if p == 0.0 && q == 0.0 {
                continue;
            }
            if q == 0.0 || p == 0.0 {
                return Ok(f64::INFINITY);
            }
            let log_r = (p / q).ln();
            sum += (2 * l + 1) as f64 * (log_r.exp_m1() - log_r);
        }
        Ok(0.5 * sum)
    }
}
