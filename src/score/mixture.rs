//! Exact score of a Gaussian mixture with a common diagonal covariance (docs/mathematics.md §5.3(iii)).

use super::{EmpiricalPrior, Score};
use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::ou::{for_each_lm, LinearSpde};
use crate::par::Par;
use crate::spectrum::AngularSpectrum;

/// Data $\frac1N\sum_iN(m_i, \Sigma)$ with Σ diagonal (per-degree $\Sigma_\ell$). With
/// $V_\ell(t) = a_t^2\Sigma_\ell + v_tC_\ell$: weights $w_i \propto \exp(-\tfrac12\lVert x - a_tm_i\rVert^2_{V_t})$ (pairwise,
/// log-sum-exp, as for [`EmpiricalPrior`]) and
/// $E[X_0|X_t=x] = \sum_iw_i[m_i + a_t\Sigma V_t^{-1}(x - a_tm_i)] = M + a_t\Sigma V_t^{-1}(x - a_tM)$,
/// $M = \sum_iw_im_i$. With Σ = 0 this is the empirical prior; with N = 1 the Gaussian prior.
#[derive(Debug)]
pub struct GaussianMixturePrior {
    means: EmpiricalPrior,
    sigma: AngularSpectrum,
}

impl GaussianMixturePrior {
    /// Components with `means` and common spectrum `sigma`.
    ///
    /// # Errors
    /// As [`EmpiricalPrior::new`]; `Error::Mismatch` if sigma's lmax differs from the process's.
    pub fn new(
        process: LinearSpde,
        means: &[Alm],
        sigma: AngularSpectrum,
        par: Par,
    ) -> Result<GaussianMixturePrior> {
        if sigma.lmax() != process.lmax() {
            return Err(Error::Mismatch(format!(
                "component spectrum has lmax {} but the process has lmax {}",
                sigma.lmax(),
                process.lmax()
            )));
        }
        Ok(GaussianMixturePrior {
            means: EmpiricalPrior::new(process, means, par)?,
            sigma,
        })
    }

    fn variances(&self, t: f64) -> Vec<f64> {
        let ou = self.means.process();
        let f = ou.transition_factors(t);
        let c = ou.covariance().values();
        (0..c.len())
            .map(|l| {
                let (a, v) = (f.signal[l], f.noise_variance[l]);
                a * a * self.sigma.values()[l] + v * c[l]
            })
            .collect()
    }

    /// The common component spectrum Σ.
    pub fn sigma(&self) -> &AngularSpectrum {
        &self.sigma
    }

    /// `out` ← Σ_i w_i m_i for weights w (summing to 1).
    pub(crate) fn weighted_means(&self, w: &[f64], out: &mut Alm) {
        self.means.weighted_mean(w, out);
    }

    /// The component weights $w_i(t, x)$.
    ///
    /// # Errors
    /// As [`Score::posterior_mean`].
    pub fn weights(&self, t: f64, x: &Alm) -> Result<Vec<f64>> {
        self.means.check_input(t, x, x)?;
        let inv: Vec<f64> = self.variances(t).iter().map(|v| 1.0 / v).collect();
        Ok(self.means.component_weights(t, x, Some(&inv)))
    }
}

impl Score for GaussianMixturePrior {
    fn process(&self) -> &LinearSpde {
        self.means.process()
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.means.check_input(t, x, out)?;
        let var = self.variances(t);
        let inv: Vec<f64> = var.iter().map(|v| 1.0 / v).collect();
        let w = self.means.component_weights(t, x, Some(&inv));
        self.means.weighted_mean(&w, out); // M
        let a = self.process().transition_factors(t).signal;
        let s = self.sigma.values();
        // out ← M + (a Σ_l / V_l)(x − a M), per coefficient, in place (storage order is the
        // order of `for_each_lm`).
        let xs = x.as_slice();
        let mut k = 0;
        for_each_lm(out, |l, o| {
            let shrink = (xs[k] + *o * (-a[l])) * (a[l] * s[l] / var[l]);
            *o += shrink;
            k += 1;
        });
        Ok(())
    }
}
