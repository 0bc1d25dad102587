//! Exact score of Gaussian data diagonal in the harmonic basis (docs/mathematics.md §5.3(i)).

use super::{check_call, Score};
use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::ou::{for_each_lm, OrnsteinUhlenbeck};
use crate::spectrum::AngularSpectrum;

/// Data $N(m, \Sigma)$ with Σ diagonal (per-degree variances $\Sigma_\ell$, e.g. another Matérn
/// spectrum) and optional mean m. With $v_\ell(t) = a_t^2\Sigma_\ell + v_tC_\ell$:
/// $s_{\ell m}(t,x) = -C_\ell(x_{\ell m} - a_tm_{\ell m})/v_\ell(t)$ and
/// $E[X_0|X_t=x]_{\ell m} = m_{\ell m} + a_t\Sigma_\ell(x_{\ell m} - a_tm_{\ell m})/v_\ell(t)$. Exact.
///
/// ```
/// use sphfield::ou::OrnsteinUhlenbeck;
/// use sphfield::score::{GaussianPrior, Score};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::Alm;
/// let q = WhittleMatern::with_variance(1.0, 3.0, 2.0).unwrap().spectrum(31).unwrap();
/// let data = WhittleMatern::with_variance(1.0, 8.0, 2.5).unwrap().spectrum(31).unwrap();
/// let prior = GaussianPrior::new(OrnsteinUhlenbeck::new(q, 1.0).unwrap(), data, None).unwrap();
/// let x = Alm::random_uniform(31, 31, 1).unwrap();
/// let mut s = Alm::zeros(31, 31).unwrap();
/// prior.score(0.3, &x, &mut s).unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct GaussianPrior {
    process: OrnsteinUhlenbeck,
    sigma: AngularSpectrum,
    mean: Option<Alm>,
}

impl GaussianPrior {
    /// Data law N(mean, diag(sigma)) under `process`.
    ///
    /// # Errors
    /// `Error::Mismatch` if the band limits differ; finiteness errors of the mean.
    pub fn new(
        process: OrnsteinUhlenbeck,
        sigma: AngularSpectrum,
        mean: Option<Alm>,
    ) -> Result<GaussianPrior> {
        if sigma.lmax() != process.lmax() {
            return Err(Error::Mismatch(format!(
                "data spectrum has lmax {} but the process has lmax {}",
                sigma.lmax(),
                process.lmax()
            )));
        }
        if let Some(m) = &mean {
            process.check_alm("mean", m)?;
        }
        Ok(GaussianPrior {
            process,
            sigma,
            mean,
        })
    }

    /// The data spectrum Σ.
    pub fn sigma(&self) -> &AngularSpectrum {
        &self.sigma
    }

    /// Per-degree $v_\ell(t) = a_t^2\Sigma_\ell + v_tC_\ell$, the variance of $X_t$.
    pub fn marginal_variances(&self, t: f64) -> Vec<f64> {
        let (a, v) = (self.process.signal(t), self.process.noise_variance(t));
        self.sigma
            .values()
            .iter()
            .zip(self.process.covariance().values())
            .map(|(s, c)| a * a * s + v * c)
            .collect()
    }

    /// x − a_t m into `out`.
    fn centred(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        out.as_mut_slice().copy_from_slice(x.as_slice());
        if let Some(m) = &self.mean {
            if m.mmax() != x.mmax() {
                return Err(Error::Mismatch(
                    "x and the prior mean differ in mmax".into(),
                ));
            }
            out.axpy(-self.process.signal(t), m)?;
        }
        Ok(())
    }
}

impl Score for GaussianPrior {
    fn process(&self) -> &OrnsteinUhlenbeck {
        &self.process
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        check_call(&self.process, t, x, out)?;
        self.centred(t, x, out)?;
        let (a, nv) = (self.process.signal(t), self.process.noise_variance(t));
        let s = self.sigma.values();
        let c = self.process.covariance().values();
        // Per coefficient: a Σ_l / V_l with V_l = a²Σ_l + v_t C_l (`marginal_variances`),
        // computed in place: no allocation per call.
        for_each_lm(out, |l, v| *v *= a * s[l] / (a * a * s[l] + nv * c[l]));
        if let Some(m) = &self.mean {
            out.axpy(1.0, m)?;
        }
        Ok(())
    }

    fn score(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        check_call(&self.process, t, x, out)?;
        self.centred(t, x, out)?;
        let (a, nv) = (self.process.signal(t), self.process.noise_variance(t));
        let s = self.sigma.values();
        let c = self.process.covariance().values();
        for_each_lm(out, |l, v| *v *= -c[l] / (a * a * s[l] + nv * c[l]));
        Ok(())
    }
}
