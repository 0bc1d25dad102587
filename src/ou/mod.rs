//! The infinite-dimensional Ornstein–Uhlenbeck forward process in harmonic coefficient space
//! (docs/mathematics.md §4): $dX_t = -\tfrac{\beta}{2}X_t\,dt + \sqrt\beta\,dW^Q_t$, Q diagonal with eigenvalues
//! $C_\ell$ (an [`AngularSpectrum`], Whittle–Matérn by default in the CLI), β = 1 by default.
//!
//! With $a_t = e^{-\beta t/2}$ and $v_t = 1 - e^{-\beta t}$: $X_t\,|\,X_0 \sim N(a_tX_0, v_tQ)$ exactly, per
//! coefficient $X_{t,\ell m} = a_tX_{0,\ell m} + \sqrt{v_tC_\ell}\,\xi$. The invariant law is $\gamma_Q = N(0, Q)$.
//! The Cameron–Martin inner product in healpy storage is
//! $\langle a, b\rangle_{CM} = \sum_\ell [a_{\ell0}b_{\ell0} + 2\sum_{m>0}\mathrm{Re}(a_{\ell m}\bar b_{\ell m})]/C_\ell$.

mod gaussian;
mod schedule;

pub use gaussian::{gaussian_fisher_information, gaussian_kl};
pub use schedule::{Schedule, MAX_STEPS};

use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::kl::{KlSampler, Purpose};
use crate::par::Par;
use crate::spectrum::AngularSpectrum;
use num_complex::Complex64;

/// The forward process: covariance spectrum Q and speed β.
///
/// ```
/// use sphfield::ou::OrnsteinUhlenbeck;
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::{Alm, Par};
/// let q = WhittleMatern::with_variance(1.0, 10.0, 2.0).unwrap().spectrum(63).unwrap();
/// let ou = OrnsteinUhlenbeck::new(q, 1.0).unwrap();
/// let x0 = Alm::zeros(63, 63).unwrap();
/// // Exact transition X_t | X_0 ~ N(a_t X_0, v_t Q), seeded.
/// let xt = ou.sample_transition(&x0, 0.5, 42, 0, Par::Seq).unwrap();
/// assert!((ou.signal(0.5) - (-0.25f64).exp()).abs() < 1e-16);
/// # let _ = xt;
/// ```
#[derive(Clone, Debug)]
pub struct OrnsteinUhlenbeck {
    q: AngularSpectrum,
    beta: f64,
}

/// Calls `f(l, coefficient)` for every stored (l, m).
pub(crate) fn for_each_lm(a: &mut Alm, mut f: impl FnMut(usize, &mut Complex64)) {
    let (lmax, mmax) = (a.lmax(), a.mmax());
    for m in 0..=mmax {
        for (l, v) in (m..=lmax).zip(a.m_slice_mut(m)) {
            f(l, v);
        }
    }
}

impl OrnsteinUhlenbeck {
    /// The process with covariance spectrum `q` (all $C_\ell > 0$, so that the Cameron–Martin norm
    /// exists) and speed β > 0.
    ///
    /// # Errors
    /// `Error::Param` for β ≤ 0 or a zero $C_\ell$.
    pub fn new(q: AngularSpectrum, beta: f64) -> Result<OrnsteinUhlenbeck> {
        if !(beta.is_finite() && beta > 0.0) {
            return Err(param_error(
                "β",
                beta,
                "the OU speed must be finite and positive",
            ));
        }
        if let Some(l) = q.values().iter().position(|&c| c <= 0.0) {
            return Err(param_error(
                "Q",
                format!("C_{l} = 0"),
                "every degree needs C_l > 0 (the Cameron–Martin norm divides by C_l)",
            ));
        }
        Ok(OrnsteinUhlenbeck { q, beta })
    }

    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.q.lmax()
    }
    /// Speed β.
    pub fn beta(&self) -> f64 {
        self.beta
    }
    /// The covariance spectrum of Q.
    pub fn covariance(&self) -> &AngularSpectrum {
        &self.q
    }

    /// $a_t = e^{-\beta t/2}$.
    pub fn signal(&self, t: f64) -> f64 {
        (-0.5 * self.beta * t).exp()
    }

    /// $v_t = 1 - e^{-\beta t}$, computed as −expm1(−βt): full relative precision as t → 0.
    pub fn noise_variance(&self, t: f64) -> f64 {
        -(-self.beta * t).exp_m1()
    }

    /// Checks a forward time: finite, positive, and $v_t$ a normal f64 (≥ 2.2e-308).
    pub(crate) fn check_time(&self, t: f64) -> Result<()> {
        if !(t.is_finite() && t > 0.0) {
            return Err(param_error("t", t, "times must be finite and positive"));
        }
        if self.noise_variance(t) < f64::MIN_POSITIVE {
            return Err(param_error(
                "t",
                t,
                "so small that v_t = 1 − e^(−βt) is below the normal f64 range (scores divide by v_t)",
            ));
        }
        Ok(())
    }

    /// Checks that `x` has the process's shape and finite values.
    pub(crate) fn check_alm(&self, what: &str, x: &Alm) -> Result<()> {
        if x.lmax() != self.lmax() {
            return Err(Error::Mismatch(format!(
                "{what} has lmax {} but the process has lmax {}",
                x.lmax(),
                self.lmax()
            )));
        }
        x.check_finite()
    }

    /// A draw of $\xi \sim N(0, Q)$ for (seed, member, step): independent of the data streams of
    /// [`KlSampler`] under the same seed, and bitwise reproducible for any `par`.
    pub fn noise(&self, seed: u64, member: u64, step: u64, mmax: usize, par: Par) -> Result<Alm> {
        let sampler =
            KlSampler::with_mmax(&self.q, mmax, seed)?.for_purpose(Purpose::ForwardNoise, step);
        Ok(sampler.sample(member, par))
    }

    /// The N(0, Q) sampler of the reverse-time noise streams (sub-index = step), to be reused
    /// across the steps of a sampler run with [`KlSampler::sample_into`].
    pub(crate) fn reverse_noise_sampler(&self, seed: u64, mmax: usize) -> Result<KlSampler> {
        Ok(KlSampler::with_mmax(&self.q, mmax, seed)?.for_purpose(Purpose::ReverseNoise, 0))
    }

    /// $X_t = a_tX_0 + \sqrt{v_t}\,\xi$ for a given standard draw ξ ~ N(0, Q).
    ///
    /// # Errors
    /// Shape, time and finiteness errors.
    pub fn transition(&self, x0: &Alm, t: f64, xi: &Alm) -> Result<Alm> {
        self.check_time(t)?;
        self.check_alm("X_0", x0)?;
        let mut out = x0.clone();
        out.scale(self.signal(t));
        out.axpy(self.noise_variance(t).sqrt(), xi)?;
        Ok(out)
    }

    /// Exact sampling of $X_t\,|\,X_0$ with the noise of (seed, member).
    ///
    /// # Errors
    /// As [`OrnsteinUhlenbeck::transition`].
    pub fn sample_transition(
        &self,
        x0: &Alm,
        t: f64,
        seed: u64,
        member: u64,
        par: Par,
    ) -> Result<Alm> {
        self.check_alm("X_0", x0)?;
        let xi = self.noise(seed, member, 0, x0.mmax(), par)?;
        self.transition(x0, t, &xi)
    }

    /// One exact step of length h: $X_{t+h} = a_hX_t + \sqrt{v_h}\,\xi$ (the transition is
    /// time-homogeneous).
    ///
    /// # Errors
    /// As [`OrnsteinUhlenbeck::transition`].
    pub fn exact_step(&self, x: &Alm, h: f64, xi: &Alm) -> Result<Alm> {
        self.transition(x, h, xi)
    }

    /// One Euler–Maruyama step: $X + (-\tfrac\beta2 X)h + \sqrt{\beta h}\,\xi$.
    ///
    /// # Errors
    /// As [`OrnsteinUhlenbeck::transition`].
    pub fn euler_maruyama_step(&self, x: &Alm, h: f64, xi: &Alm) -> Result<Alm> {
        self.check_time(h)?;
        self.check_alm("X", x)?;
        let mut out = x.clone();
        out.scale(1.0 - 0.5 * self.beta * h);
        out.axpy((self.beta * h).sqrt(), xi)?;
        Ok(out)
    }

    /// A whole noising path: $X_{t_0}, X_{t_1}, …$ on `schedule`, starting from $X_0$ at time 0 and
    /// using exact steps (`exact = true`) or Euler–Maruyama steps, one noise stream per step.
    ///
    /// # Errors
    /// Shape and finiteness errors.
    pub fn path(
        &self,
        x0: &Alm,
        schedule: &Schedule,
        exact: bool,
        seed: u64,
        member: u64,
        par: Par,
    ) -> Result<Vec<Alm>> {
        self.check_alm("X_0", x0)?;
        let mut out = Vec::with_capacity(schedule.times().len());
        let (mut x, mut t) = (x0.clone(), 0.0);
        for (k, &tk) in schedule.times().iter().enumerate() {
            let xi = self.noise(seed, member, k as u64, x0.mmax(), par)?;
            x = if exact {
                self.exact_step(&x, tk - t, &xi)?
            } else {
                self.euler_maruyama_step(&x, tk - t, &xi)?
            };
            t = tk;
            out.push(x.clone());
        }
        Ok(out)
    }

    /// Cameron–Martin inner product $\langle a, b\rangle_{CM}$ (per-degree weights $1/C_\ell$).
    ///
    /// # Errors
    /// Shape mismatch.
    pub fn cm_inner(&self, a: &Alm, b: &Alm) -> Result<f64> {
        let w: Vec<f64> = self.q.values().iter().map(|c| 1.0 / c).collect();
        a.dot_weighted(b, &w)
    }

    /// $\lVert a\rVert^2_{CM}$.
    ///
    /// # Errors
    /// Shape mismatch.
    pub fn cm_norm2(&self, a: &Alm) -> Result<f64> {
        self.cm_inner(a, a)
    }
}
