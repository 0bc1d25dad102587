//! Exact score of Gaussian data diagonal in the harmonic basis (docs/mathematics.md §5.3(i)).

use super::{check_call, Score};
use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::ou::{for_each_lm, LinearSpde, Transition};
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
    process: LinearSpde,
    sigma: AngularSpectrum,
    mean: Option<Alm>,
}

impl GaussianPrior {
    /// Data law N(mean, diag(sigma)) under `process`.
    ///
    /// # Errors
    /// `Error::Mismatch` if the band limits differ; finiteness errors of the mean.
    pub fn new(
        process: LinearSpde,
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

    /// The data mean m, if any.
    pub fn mean(&self) -> Option<&Alm> {
        self.mean.as_ref()
    }

    /// `Error::Param` for a prior with a mean (what the exact variance recursions of the
    /// samplers need: a zero-mean prior makes every step linear).
    pub(crate) fn check_zero_mean(&self) -> Result<()> {
        if self.mean.is_some() {
            return Err(crate::error::param_error(
                "Gaussian prior",
                "with a mean",
                "the exact output law is computed for zero-mean priors only",
            ));
        }
        Ok(())
    }

    /// Per-degree $v_\ell(t) = a_t^2\Sigma_\ell + v_tC_\ell$, the variance of $X_t$.
    pub fn marginal_variances(&self, t: f64) -> Vec<f64> {
        let f = self.process.transition_factors(t);
        let c = self.process.covariance().values();
        (0..c.len())
            .map(|l| {
                let (a, v) = (f.signal[l], f.noise_variance[l]);
                a * a * self.sigma.values()[l] + v * c[l]
            })
            .collect()
    }

    /// x − a_ℓ(t) m into `out`.
    fn centred(&self, f: &Transition, x: &Alm, out: &mut Alm) -> Result<()> {
        out.as_mut_slice().copy_from_slice(x.as_slice());
        if let Some(m) = &self.mean {
            if m.mmax() != x.mmax() {
                return Err(Error::Mismatch(
                    "x and the prior mean differ in mmax".into(),
                ));
            }
            let minus_a: Vec<f64> = f.signal.iter().map(|a| -a).collect();
            out.axpy_l(&minus_a, m)?;
        }
        Ok(())
    }
}

impl Score for GaussianPrior {
    fn process(&self) -> &LinearSpde {
        &self.process
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        check_call(&self.process, t, x, out)?;
        let f = self.process.transition_factors(t);
        self.centred(&f, x, out)?;
        let (a, nv) = (&f.signal, &f.noise_variance);
        let s = self.sigma.values();
        let c = self.process.covariance().values();
        // Per coefficient: a Σ_l / V_l with V_l = a²Σ_l + v_t C_l (`marginal_variances`),
        // computed in place: O(L) allocation per call, none field-sized.
        for_each_lm(out, |l, v| {
            *v *= a[l] * s[l] / (a[l] * a[l] * s[l] + nv[l] * c[l])
        });
        if let Some(m) = &self.mean {
            out.axpy(1.0, m)?;
        }
        Ok(())
    }

    fn score(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        check_call(&self.process, t, x, out)?;
        let f = self.process.transition_factors(t);
        self.centred(&f, x, out)?;
        let (a, nv) = (&f.signal, &f.noise_variance);
        let s = self.sigma.values();
        let c = self.process.covariance().values();
        for_each_lm(out, |l, v| {
            *v *= -c[l] / (a[l] * a[l] * s[l] + nv[l] * c[l])
        });
        Ok(())
    }
}
