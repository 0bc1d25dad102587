//! Space–time isotropic Gaussian fields, stationary in time (docs/mathematics.md §2.6): every
//! coefficient $a_{\ell m}(t)$ is an Ornstein–Uhlenbeck process in t with rate $\lambda_\ell$ and
//! stationary variance $C_\ell$, independent across (ℓ, m).

use super::sampler::KlSampler;
use super::streams::Purpose;
use crate::alm::Alm;
use crate::error::{check_finite, param_error, Result};
use crate::par::Par;
use crate::spectrum::AngularSpectrum;

/// The covariance $k(\theta, \tau) = \sum_\ell\frac{2\ell+1}{4\pi}C_\ell e^{-\lambda_\ell|\tau|}P_\ell(\cos\theta)$ is
/// non-separable as soon as the rates depend on ℓ (small scales decorrelate faster for increasing
/// rates). Sampling at arbitrary increasing time stamps is exact: the AR(1) recursion
/// $a(t_k) = \rho_\ell a(t_{k-1}) + \sqrt{1-\rho_\ell^2}\,\xi_k$, $\rho_\ell = e^{-\lambda_\ell(t_k - t_{k-1})}$,
/// $\xi_k \sim N(0, C)$, with no time-discretisation error.
///
/// **Reproducibility.** The field at the first time stamp is the [`KlSampler`] draw of (seed,
/// member) — the field `synth` writes without `--times` — and the innovation of the k-th stamp
/// comes from its own stream of (seed, member, k): a run over more time stamps extends a shorter
/// run on the same stamps bit for bit, for any thread count.
///
/// ```
/// use sphfield::kl::SpaceTimeSampler;
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::Par;
/// let c = WhittleMatern::with_variance(1.0, 10.0, 2.0).unwrap().spectrum(31).unwrap();
/// // Correlation time 30 days at the largest scales, shorter at small scales.
/// let st = SpaceTimeSampler::with_time_scale(&c, 30.0, 3.0, 0.5, 7).unwrap();
/// let days: Vec<f64> = (0..10).map(f64::from).collect();
/// let fields = st.sample_times(0, &days, Par::Seq).unwrap();
/// assert_eq!(fields.len(), 10);
/// // The covariance between two points 0.1 rad and 2 days apart.
/// let k = st.covariance(&[0.1], 2.0).unwrap()[0];
/// assert!(k > 0.0 && k < st.covariance(&[0.0], 0.0).unwrap()[0]);
/// ```
#[derive(Clone, Debug)]
pub struct SpaceTimeSampler {
    spectrum: AngularSpectrum,
    rates: Vec<f64>,
    field: KlSampler,
}

impl SpaceTimeSampler {
    /// Spatial spectrum $C_\ell$ and temporal rates $\lambda_0, \dots, \lambda_L$ (finite, > 0, per unit
    /// of time), seeded.
    ///
    /// # Errors
    /// `Error::Shape` for a rate table of another length; `Error::Param` for a rate ≤ 0 or
    /// non-finite.
    pub fn new(spectrum: &AngularSpectrum, rates: Vec<f64>, seed: u64) -> Result<SpaceTimeSampler> {
        if rates.len() != spectrum.lmax() + 1 {
            return Err(crate::error::shape_error(
                "temporal rates (one per degree l = 0..=lmax)",
                spectrum.lmax() + 1,
                rates.len(),
            ));
        }
        if let Some(l) = rates.iter().position(|r| !(r.is_finite() && *r > 0.0)) {
            return Err(param_error(
                "temporal rate",
                format!("λ_{l} = {}", rates[l]),
                "rates must be finite and positive (a stationary process in time)",
            ));
        }
        Ok(SpaceTimeSampler {
            spectrum: spectrum.clone(),
            rates,
            field: KlSampler::new(spectrum, seed),
        })
    }

    /// Rates $\lambda_\ell = (1 + \ell(\ell+1)/\kappa^2)^\gamma/\tau$: correlation time τ at the largest
    /// scales, $\tau/(1 + \ell(\ell+1)/\kappa^2)^\gamma$ at degree ℓ (γ = 0: one correlation time, a separable
    /// covariance).
    ///
    /// # Errors
    /// `Error::Param` unless τ > 0, κ > 0 and γ ≥ 0 are finite; the errors of
    /// [`SpaceTimeSampler::new`] (a rate overflowing).
    pub fn with_time_scale(
        spectrum: &AngularSpectrum,
        tau: f64,
        kappa: f64,
        gamma: f64,
        seed: u64,
    ) -> Result<SpaceTimeSampler> {
        for (name, v) in [("temporal scale τ", tau), ("temporal κ", kappa)] {
            if !(v.is_finite() && v > 0.0) {
                return Err(param_error(name, v, "must be finite and positive"));
            }
        }
        if !(gamma.is_finite() && gamma >= 0.0) {
            return Err(param_error(
                "temporal exponent γ",
                gamma,
                "must be finite and ≥ 0",
            ));
        }
        let rates = (0..=spectrum.lmax())
            .map(|l| (1.0 + (l * (l + 1)) as f64 / (kappa * kappa)).powf(gamma) / tau)
            .collect();
        SpaceTimeSampler::new(spectrum, rates, seed)
    }

    /// The spatial spectrum.
    pub fn spectrum(&self) -> &AngularSpectrum {
        &self.spectrum
    }

    /// The temporal rates $\lambda_\ell$.
    pub fn rates(&self) -> &[f64] {
        &self.rates
    }

    /// $k(\theta, \tau)$ at the separations `thetas` (radians) and time lag τ.
    ///
    /// # Errors
    /// `Error::NonFinite` for a non-finite angle or lag.
    pub fn covariance(&self, thetas: &[f64], lag: f64) -> Result<Vec<f64>> {
        check_finite("time lag", &[lag])?;
        let damped: Vec<f64> = self
            .spectrum
            .values()
            .iter()
            .zip(&self.rates)
            .map(|(c, r)| c * (-r * lag.abs()).exp())
            .collect();
        AngularSpectrum::new(damped, "space-time covariance at one lag")?.covariance(thetas)
    }

    /// Checks time stamps: finite and strictly increasing.
    fn check_times(times: &[f64]) -> Result<()> {
        check_finite("time stamps", times)?;
        if let Some(k) = times.windows(2).position(|w| w[1] <= w[0]) {
            return Err(param_error(
                "time stamps",
                format!("t[{k}] = {}, t[{}] = {}", times[k], k + 1, times[k + 1]),
                "must be strictly increasing",
            ));
        }
        Ok(())
    }

    /// Draws the random ingredient of time stamp k of `member` into `out`: the stationary field
    /// a(t_0) ~ N(0, C) for k = 0, else the innovation ξ_k ~ N(0, C). Draws of different stamps
    /// are independent streams, so they can be made in parallel and combined in order by
    /// [`SpaceTimeSampler::advance`].
    ///
    /// # Errors
    /// `Error::Mismatch` for an `out` of another shape than (lmax, lmax).
    pub fn draw_into(&self, member: u64, k: usize, out: &mut Alm, par: Par) -> Result<()> {
        if k == 0 {
            self.field.sample_into(member, out, par)
        } else {
            self.field
                .for_purpose(Purpose::TimeInnovation, k as u64)
                .sample_into(member, out, par)
        }
    }

    /// One exact step of length `dt` > 0: $a \leftarrow \rho_\ell a + \sqrt{1-\rho_\ell^2}\,\xi$,
    /// $\rho_\ell = e^{-\lambda_\ell\,dt}$ (√(1 − ρ²) by expm1: exact for short steps).
    ///
    /// # Errors
    /// Shape mismatch; `Error::Param` for dt ≤ 0 or non-finite.
    pub fn advance(&self, state: &mut Alm, dt: f64, innovation: &Alm) -> Result<()> {
        if !(dt.is_finite() && dt > 0.0) {
            return Err(param_error("time step", dt, "must be finite and positive"));
        }
        let rho: Vec<f64> = self.rates.iter().map(|r| (-r * dt).exp()).collect();
        let sd: Vec<f64> = self
            .rates
            .iter()
            .map(|r| (-(-2.0 * r * dt).exp_m1()).sqrt())
            .collect();
        state.scale_l(&rho)?;
        state.axpy_l(&sd, innovation)
    }

    /// Calls `f(k, a(t_k))` for every time stamp in order, keeping one field in memory.
    ///
    /// # Errors
    /// `Error::Param` for empty, non-finite or non-increasing times; the errors of `f`.
    pub fn for_each_time(
        &self,
        member: u64,
        times: &[f64],
        par: Par,
        mut f: impl FnMut(usize, &Alm) -> Result<()>,
    ) -> Result<()> {
        if times.is_empty() {
            return Err(param_error("time stamps", "none", "need at least one time"));
        }
        SpaceTimeSampler::check_times(times)?;
        let lmax = self.spectrum.lmax();
        let mut state = Alm::zeros(lmax, lmax)?;
        let mut innovation = Alm::zeros(lmax, lmax)?;
        self.draw_into(member, 0, &mut state, par)?;
        f(0, &state)?;
        for k in 1..times.len() {
            self.draw_into(member, k, &mut innovation, par)?;
            self.advance(&mut state, times[k] - times[k - 1], &innovation)?;
            f(k, &state)?;
        }
        Ok(())
    }

    /// The coefficients at every time stamp (see [`SpaceTimeSampler::for_each_time`] to stream).
    ///
    /// # Errors
    /// As [`SpaceTimeSampler::for_each_time`].
    pub fn sample_times(&self, member: u64, times: &[f64], par: Par) -> Result<Vec<Alm>> {
        let mut out = Vec::with_capacity(times.len());
        self.for_each_time(member, times, par, |_, a| {
            out.push(a.clone());
            Ok(())
        })?;
        Ok(out)
    }
}
