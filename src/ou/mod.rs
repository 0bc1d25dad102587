//! Linear forward processes in harmonic coefficient space (docs/mathematics.md §4):
//! $dX_t = -AX_t\,dt + \sqrt\beta\,dW^Q_t$ with $A = g(-\Delta)$ diagonal in spherical harmonics
//! (rates $\lambda_\ell$, a [`Generator`]) and Q diagonal with eigenvalues $C_\ell$ (an
//! [`AngularSpectrum`], Whittle–Matérn by default in the CLI). The Ornstein–Uhlenbeck process is the
//! case $\lambda_\ell = \beta/2$ ([`OrnsteinUhlenbeck`] names it); every score, sampler and training
//! pair works with any [`LinearSpde`].
//!
//! Per degree, with $a_\ell(t) = e^{-\lambda_\ell t}$ and
//! $v_\ell(t) = \beta(1 - e^{-2\lambda_\ell t})/(2\lambda_\ell)$ ($\beta t$ when $\lambda_\ell = 0$):
//! $X_{t,\ell m}\,|\,X_0 \sim N(a_\ell(t)X_{0,\ell m}, v_\ell(t)C_\ell)$ exactly. For OU, $a_t = e^{-\beta t/2}$ and
//! $v_t = 1 - e^{-\beta t}$. The invariant law, when every $\lambda_\ell > 0$, is
//! $N(0, \beta C_\ell/(2\lambda_\ell))$ ($\gamma_Q$ for OU).
//! The Cameron–Martin inner product of Q in healpy storage is
//! $\langle a, b\rangle_{CM} = \sum_\ell [a_{\ell0}b_{\ell0} + 2\sum_{m>0}\mathrm{Re}(a_{\ell m}\bar b_{\ell m})]/C_\ell$.

mod gaussian;
mod generator;
mod schedule;

pub use gaussian::{gaussian_fisher_information, gaussian_kl};
pub use generator::Generator;
pub use schedule::{Schedule, MAX_STEPS};

use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::kl::{KlSampler, Purpose};
use crate::par::Par;
use crate::spectrum::AngularSpectrum;
use num_complex::Complex64;

/// The forward process: noise covariance spectrum Q, noise speed β and drift operator A.
///
/// ```
/// use sphfield::ou::{Generator, LinearSpde, OrnsteinUhlenbeck};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::{Alm, Par};
/// let q = WhittleMatern::with_variance(1.0, 10.0, 2.0).unwrap().spectrum(63).unwrap();
/// let ou = OrnsteinUhlenbeck::new(q.clone(), 1.0).unwrap();
/// let x0 = Alm::zeros(63, 63).unwrap();
/// // Exact transition X_t | X_0 ~ N(a_t X_0, v_t Q), seeded.
/// let xt = ou.sample_transition(&x0, 0.5, 42, 0, Par::Seq).unwrap();
/// assert!((ou.signal(10, 0.5) - (-0.25f64).exp()).abs() < 1e-16);
/// // Heat dynamics: degree ℓ relaxes at rate ℓ(ℓ+1), the mean (ℓ = 0) diffuses freely.
/// let heat = LinearSpde::with_generator(q, 1.0, Generator::heat(1.0).unwrap()).unwrap();
/// assert_eq!(heat.signal(0, 2.0), 1.0);
/// assert!((heat.noise_variance(0, 2.0) - 2.0).abs() < 1e-15);
/// # let _ = xt;
/// ```
#[derive(Clone, Debug)]
pub struct LinearSpde {
    q: AngularSpectrum,
    beta: f64,
    generator: Generator,
    rates: Vec<f64>,
}

/// The Ornstein–Uhlenbeck process $dX = -\tfrac\beta2X\,dt + \sqrt\beta\,dW^Q$: the [`LinearSpde`]
/// with A = β/2 (`OrnsteinUhlenbeck::new(q, β)`).
pub type OrnsteinUhlenbeck = LinearSpde;

/// Per-degree transition factors at one time: $X_t = a_\ell X_0 + \sqrt{v_\ell C_\ell}\,\xi$.
#[derive(Clone, Debug, PartialEq)]
pub struct Transition {
    /// $a_\ell(t) = e^{-\lambda_\ell t}$.
    pub signal: Vec<f64>,
    /// $v_\ell(t)$: the noise variance in units of $C_\ell$.
    pub noise_variance: Vec<f64>,
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

/// $\beta(1 - e^{-2\lambda h})/(2\lambda)$ ($\beta h$ at λ = 0) by expm1, exact in relative terms at
/// tiny λh; for λ = β/2 the factor β/(2λ) is exactly 1, so OU keeps $v = 1 - e^{-\beta h}$ bit for bit.
pub(crate) fn variance_growth(rate: f64, beta: f64, h: f64) -> f64 {
    if rate == 0.0 {
        return beta * h;
    }
    -(-2.0 * rate * h).exp_m1() * (beta / (2.0 * rate))
}

impl LinearSpde {
    /// The Ornstein–Uhlenbeck process with covariance spectrum `q` (all $C_\ell > 0$, so that the
    /// Cameron–Martin norm exists) and speed β > 0.
    ///
    /// # Errors
    /// `Error::Param` for β ≤ 0 or a zero $C_\ell$.
    pub fn new(q: AngularSpectrum, beta: f64) -> Result<LinearSpde> {
        LinearSpde::with_generator(q, beta, Generator::OrnsteinUhlenbeck)
    }

    /// The process $dX = -AX\,dt + \sqrt\beta\,dW^Q$ with A given by `generator`.
    ///
    /// # Errors
    /// As [`LinearSpde::new`]; the errors of [`Generator::rates`].
    pub fn with_generator(
        q: AngularSpectrum,
        beta: f64,
        generator: Generator,
    ) -> Result<LinearSpde> {
        if !(beta.is_finite() && beta > 0.0) {
            return Err(param_error(
                "β",
                beta,
                "the noise speed must be finite and positive",
            ));
        }
        if let Some(l) = q.values().iter().position(|&c| c <= 0.0) {
            return Err(param_error(
                "Q",
                format!("C_{l} = 0"),
                "every degree needs C_l > 0 (the Cameron–Martin norm divides by C_l)",
            ));
        }
        let rates = generator.rates(q.lmax(), beta)?;
        Ok(LinearSpde {
            q,
            beta,
            generator,
            rates,
        })
    }

    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.q.lmax()
    }
    /// Noise speed β.
    pub fn beta(&self) -> f64 {
        self.beta
    }
    /// The covariance spectrum of Q.
    pub fn covariance(&self) -> &AngularSpectrum {
        &self.q
    }
    /// The drift operator.
    pub fn generator(&self) -> &Generator {
        &self.generator
    }
    /// The rates $\lambda_0, \dots, \lambda_L$ of A.
    pub fn rates(&self) -> &[f64] {
        &self.rates
    }

    /// True when every degree has the same rate (OU, or a table of one value): then $a_t$ and
    /// $v_t$ are the same for every degree.
    pub fn has_uniform_rate(&self) -> bool {
        self.rates.iter().all(|r| *r == self.rates[0])
    }

    /// $a_\ell(t) = e^{-\lambda_\ell t}$ ($e^{-\beta t/2}$ for OU).
    pub fn signal(&self, l: usize, t: f64) -> f64 {
        (-self.rates[l] * t).exp()
    }

    /// $v_\ell(t) = \beta(1 - e^{-2\lambda_\ell t})/(2\lambda_\ell)$, by expm1 (full relative precision as
    /// t → 0); $\beta t$ when $\lambda_\ell = 0$; $1 - e^{-\beta t}$ for OU.
    pub fn noise_variance(&self, l: usize, t: f64) -> f64 {
        variance_growth(self.rates[l], self.beta, t)
    }

    /// Every degree's $a_\ell(t)$ and $v_\ell(t)$.
    pub fn transition_factors(&self, t: f64) -> Transition {
        Transition {
            signal: (0..self.rates.len()).map(|l| self.signal(l, t)).collect(),
            noise_variance: (0..self.rates.len())
                .map(|l| self.noise_variance(l, t))
                .collect(),
        }
    }

    /// The invariant law's variance in units of $C_\ell$, $\beta/(2\lambda_\ell)$ (1 for OU), or None
    /// where $\lambda_\ell = 0$ (no invariant law in that degree).
    pub fn stationary_factor(&self, l: usize) -> Option<f64> {
        let r = self.rates[l];
        (r > 0.0).then(|| self.beta / (2.0 * r))
    }

    /// The invariant law's spectrum $\beta C_\ell/(2\lambda_\ell)$ (Q for OU).
    ///
    /// # Errors
    /// `Error::Param` if some $\lambda_\ell = 0$ (that degree is a Brownian motion).
    pub fn stationary_spectrum(&self) -> Result<AngularSpectrum> {
        let mut values = Vec::with_capacity(self.rates.len());
        for (l, c) in self.q.values().iter().enumerate() {
            match self.stationary_factor(l) {
                Some(f) => values.push(c * f),
                None => {
                    return Err(param_error(
                        "drift",
                        format!("λ_{l} = 0"),
                        "has no invariant law: that degree is a Brownian motion",
                    ))
                }
            }
        }
        AngularSpectrum::new(values, "invariant law of the forward process")
    }

    /// Per degree, the variance (in units of $C_\ell$) of the reverse samplers' start law at time
    /// T: the invariant law where $\lambda_\ell > 0$ (N(0, Q) for OU), else $v_\ell(T)$ (the data's own
    /// spread in a degree without decay is not known to the process; use a large T only with
    /// processes that forget their start).
    pub fn start_factors(&self, t_end: f64) -> Vec<f64> {
        (0..self.rates.len())
            .map(|l| {
                self.stationary_factor(l)
                    .unwrap_or_else(|| self.noise_variance(l, t_end))
            })
            .collect()
    }

    /// Checks a forward time: finite, positive, and every $v_\ell(t)$ a normal f64 (≥ 2.2e-308).
    pub(crate) fn check_time(&self, t: f64) -> Result<()> {
        if !(t.is_finite() && t > 0.0) {
            return Err(param_error("t", t, "times must be finite and positive"));
        }
        if (0..self.rates.len()).any(|l| {
            let v = self.noise_variance(l, t);
            v.is_nan() || v < f64::MIN_POSITIVE
        }) {
            return Err(param_error(
                "t",
                t,
                "so small that the noise variance v_t is below the normal f64 range (scores divide by v_t)",
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

    /// The start of a reverse-time run for `member` from time `t_end`: the draw of sub-stream 0
    /// scaled to the start law ([`LinearSpde::start_factors`]; N(0, Q) for OU, bit for bit), and
    /// the noise sampler whose later sub-streams the steps use.
    pub(crate) fn reverse_start(
        &self,
        seed: u64,
        member: u64,
        t_end: f64,
    ) -> Result<(KlSampler, Alm)> {
        let noise = self.reverse_noise_sampler(seed, self.lmax())?;
        let mut start = Alm::zeros(self.lmax(), self.lmax())?;
        noise.sample_into(member, &mut start, Par::Seq)?;
        let sd: Vec<f64> = self.start_factors(t_end).iter().map(|f| f.sqrt()).collect();
        start.scale_l(&sd)?;
        Ok((noise, start))
    }

    /// $X_{t,\ell m} = a_\ell(t)X_{0,\ell m} + \sqrt{v_\ell(t)}\,\xi_{\ell m}$ for a given standard draw ξ ~ N(0, Q).
    ///
    /// # Errors
    /// Shape, time and finiteness errors.
    pub fn transition(&self, x0: &Alm, t: f64, xi: &Alm) -> Result<Alm> {
        self.check_time(t)?;
        self.check_alm("X_0", x0)?;
        let f = self.transition_factors(t);
        let sd: Vec<f64> = f.noise_variance.iter().map(|v| v.sqrt()).collect();
        let mut out = x0.clone();
        out.scale_l(&f.signal)?;
        out.axpy_l(&sd, xi)?;
        Ok(out)
    }

    /// Exact sampling of $X_t\,|\,X_0$ with the noise of (seed, member).
    ///
    /// # Errors
    /// As [`LinearSpde::transition`].
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
    /// As [`LinearSpde::transition`].
    pub fn exact_step(&self, x: &Alm, h: f64, xi: &Alm) -> Result<Alm> {
        self.transition(x, h, xi)
    }

    /// One Euler–Maruyama step: $X + (-\lambda_\ell X)h + \sqrt{\beta h}\,\xi$.
    ///
    /// # Errors
    /// As [`LinearSpde::transition`].
    pub fn euler_maruyama_step(&self, x: &Alm, h: f64, xi: &Alm) -> Result<Alm> {
        self.check_time(h)?;
        self.check_alm("X", x)?;
        let decay: Vec<f64> = self.rates.iter().map(|r| 1.0 - r * h).collect();
        let mut out = x.clone();
        out.scale_l(&decay)?;
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
