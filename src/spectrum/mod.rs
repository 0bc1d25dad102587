//! Angular power spectra of isotropic fields on the sphere (docs/mathematics.md §2.2, §3).
//!
//! An [`AngularSpectrum`] is a table $C_0, …, C_{L}$ with a description of where it came from.
//! Models implement [`SpectrumModel`] (the infinite sequence $C_\ell$, its tails and a
//! description) and produce tables with [`SpectrumModel::spectrum`]:
//! * [`WhittleMatern`] in its SPDE (τ, κ, α), variance-normalised (σ², κ, α) and
//!   correlation-length (σ², ρ, ν) parameterisations;
//! * [`LegendreMatern`] (Guinness–Fuentes), [`PowerLaw`], [`HeatKernel`] (Gaussian);
//! * tabulated spectra read from text/CSV files ([`AngularSpectrum::from_table_file`]).
//!
//! Conventions: for an isotropic real field $T = \sum_\ell\sum_m a_{\ell m}Y_{\ell m}$ the coefficients
//! are independent with variance $C_\ell$; the covariance function is
//! $k(\theta) = \sum_\ell \frac{2\ell+1}{4\pi} C_\ell P_\ell(\cos\theta)$ and the pointwise variance is
//! $k(0) = \sum_\ell (2\ell+1)C_\ell/4\pi$. Angles are in radians.

mod covariance;
pub(crate) use covariance::LegendreSeries;
mod divergence;
mod estimate;
mod heat_kernel;
mod legendre_matern;
mod power_law;
mod table;
mod tail;
mod whittle_matern;

pub use estimate::{anafast, cross_spectrum, empirical_covariance, map_spectrum, BinnedSpectrum};
pub use heat_kernel::HeatKernel;
pub use legendre_matern::LegendreMatern;
pub use power_law::PowerLaw;
pub use table::{TableConvention, MAX_TABLE_BYTES};
pub use whittle_matern::{
    whittle_matern_normaliser, Length, WhittleMatern, DEFAULT_CORRELATION_LENGTH_KM,
    EARTH_RADIUS_KM,
};

use crate::alm::MAX_LMAX;
use crate::error::{param_error, Error, Result};
use std::f64::consts::PI;

/// An angular power spectrum $C_\ell$, ℓ = 0..=lmax, with a description of its origin.
///
/// ```
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// let wm = WhittleMatern::with_variance(1.0, 3.0, 2.0).unwrap();
/// let cl = wm.spectrum(200).unwrap();
/// // The pointwise variance of the band-limited field plus its tail is σ² = 1.
/// let tail = wm.energy_tail(200) / (4.0 * std::f64::consts::PI);
/// assert!((cl.variance() + tail - 1.0).abs() < 1e-12);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct AngularSpectrum {
    cl: Vec<f64>,
    description: String,
}

impl AngularSpectrum {
    /// A spectrum from its values (C_0 first).
    ///
    /// # Errors
    /// `Error::Param` if `cl` is empty or too long, or a value is negative or not finite.
    pub fn new(cl: Vec<f64>, description: impl Into<String>) -> Result<AngularSpectrum> {
        if cl.is_empty() {
            return Err(param_error("C_l", "[]", "a spectrum needs at least C_0"));
        }
        if cl.len() - 1 > MAX_LMAX {
            return Err(Error::TooLarge {
                what: "spectrum lmax".into(),
                requested: (cl.len() - 1) as u128,
                limit: MAX_LMAX as u128,
            });
        }
        if let Some((l, v)) = cl
            .iter()
            .enumerate()
            .find(|(_, v)| !v.is_finite() || **v < 0.0)
        {
            return Err(param_error(
                "C_l",
                format!("{v} at l = {l}"),
                "power spectra are finite and non-negative",
            ));
        }
        Ok(AngularSpectrum {
            cl,
            description: description.into(),
        })
    }

    /// Largest degree.
    pub fn lmax(&self) -> usize {
        self.cl.len() - 1
    }

    /// The values $C_0, …, C_{\mathrm{lmax}}$.
    pub fn values(&self) -> &[f64] {
        &self.cl
    }

    /// Where the spectrum came from (model and parameters, file, estimate).
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The first `lmax + 1` values.
    ///
    /// # Errors
    /// `Error::Param` if `lmax` exceeds this spectrum's lmax.
    pub fn truncated(&self, lmax: usize) -> Result<AngularSpectrum> {
        if lmax > self.lmax() {
            return Err(param_error(
                "lmax",
                lmax,
                format!("the spectrum only goes to l = {}", self.lmax()),
            ));
        }
        Ok(AngularSpectrum {
            cl: self.cl[..=lmax].to_vec(),
            description: format!("{} (l ≤ {lmax})", self.description),
        })
    }

    /// Mean energy $E\lVert T\rVert^2_{L^2} = \sum_\ell (2\ell+1)C_\ell$ (docs/mathematics.md §2.2).
    pub fn total_energy(&self) -> f64 {
        weighted_sum(&self.cl, |l| (2 * l + 1) as f64)
    }

    /// $\sum_{\ell > L}(2\ell+1)C_\ell$ over the table's degrees above `lmax` = L: what truncating
    /// the tabulated field at L leaves out (docs/mathematics.md §2.3); 0 when L ≥ the table's lmax.
    pub fn energy_tail(&self, lmax: usize) -> f64 {
        match self.cl.get(lmax + 1..) {
            Some(rest) => rest
                .iter()
                .enumerate()
                .rev()
                .map(|(k, c)| (2 * (lmax + 1 + k) + 1) as f64 * c)
                .sum(),
            None => 0.0,
        }
    }

    /// The smallest band limit L whose tail [`AngularSpectrum::energy_tail`] is at most
    /// `tolerance` × [`AngularSpectrum::total_energy`] (the tabulated part of the field).
    ///
    /// ```
    /// use sphfield::spectrum::AngularSpectrum;
    /// let s = AngularSpectrum::new(vec![1.0, 1.0 / 3.0, 0.002], "toy").unwrap(); // energies 1, 1, 0.01
    /// assert_eq!(s.lmax_for_tolerance(0.01).unwrap(), 1);
    /// assert_eq!(s.lmax_for_tolerance(0.001).unwrap(), 2);
    /// ```
    ///
    /// # Errors
    /// `Error::Param` unless 0 < tolerance < 1.
    pub fn lmax_for_tolerance(&self, tolerance: f64) -> Result<usize> {
        check_variance_tolerance(tolerance)?;
        // The tail grows as L decreases: walk down from the top, adding (2l+1)C_l (small terms
        // first, as `energy_tail` sums), while it stays within the target. One pass, O(lmax).
        let target = tolerance * self.total_energy();
        let (mut l, mut tail) = (self.lmax(), 0.0);
        while l > 0 {
            let next = tail + (2 * l + 1) as f64 * self.cl[l];
            if next > target {
                break;
            }
            tail = next;
            l -= 1;
        }
        Ok(l)
    }

    /// Pointwise variance $\mathrm{Var}\,T(x) = \sum_\ell (2\ell+1)C_\ell/4\pi$ (docs/mathematics.md §2.2).
    pub fn variance(&self) -> f64 {
        self.total_energy() / (4.0 * PI)
    }

    /// Gradient variance $E|\nabla T(x)|^2 = \sum_\ell (2\ell+1)\ell(\ell+1)C_\ell/4\pi$.
    pub fn gradient_variance(&self) -> f64 {
        weighted_sum(&self.cl, |l| ((2 * l + 1) * l * (l + 1)) as f64) / (4.0 * PI)
    }

    /// Expected squared Sobolev norm $E\lVert T\rVert^2_{H^s} = \sum_\ell (2\ell+1)(1+\ell(\ell+1))^s C_\ell$
    /// of the band-limited field (docs/mathematics.md §2.4).
    pub fn sobolev_energy(&self, s: f64) -> f64 {
        weighted_sum(&self.cl, |l| {
            (2 * l + 1) as f64 * (1.0 + (l * (l + 1)) as f64).powf(s)
        })
    }
}

/// Σ w(l) C_l, summed from the high degrees down (small terms first).
fn weighted_sum(cl: &[f64], w: impl Fn(usize) -> f64) -> f64 {
    cl.iter().enumerate().rev().map(|(l, c)| w(l) * c).sum()
}

/// A model of an angular power spectrum: the infinite sequence $C_\ell$ and its tails.
pub trait SpectrumModel {
    /// $C_\ell$.
    fn cl(&self, l: usize) -> f64;

    /// The model and its parameters, for file provenance and messages.
    fn describe(&self) -> String;

    /// $\sum_{\ell > L}(2\ell+1)C_\ell = E\lVert T - T^L\rVert^2_{L^2}$ (docs/mathematics.md §2.3); `L = lmax`.
    fn energy_tail(&self, lmax: usize) -> f64;

    /// $\sum_\ell (2\ell+1)C_\ell$ over all degrees.
    fn total_energy(&self) -> f64 {
        self.cl(0) + self.energy_tail(0)
    }

    /// Pointwise variance of the full (untruncated) field, $\sum_\ell(2\ell+1)C_\ell/4\pi$.
    fn variance(&self) -> f64 {
        self.total_energy() / (4.0 * PI)
    }

    /// The sup-norm bound $E\lVert T-T^L\rVert_\infty \le \sum_{\ell>L}(2\ell+1)\sqrt{C_\ell/4\pi}$ of
    /// docs/mathematics.md §2.3 (infinite when the series diverges).
    fn sup_norm_tail(&self, lmax: usize) -> f64 {
        tail::power_law_tail(
            |l| (2.0 * l + 1.0) * (self.cl(l as usize) / (4.0 * PI)).sqrt(),
            lmax + 1,
        )
    }

    /// The table $C_0..C_{\mathrm{lmax}}$.
    ///
    /// # Errors
    /// `Error::TooLarge` beyond [`MAX_LMAX`]; `Error::Param` if the model produced an invalid value.
    fn spectrum(&self, lmax: usize) -> Result<AngularSpectrum> {
        if lmax > MAX_LMAX {
            return Err(Error::TooLarge {
                what: "spectrum lmax".into(),
                requested: lmax as u128,
                limit: MAX_LMAX as u128,
            });
        }
        AngularSpectrum::new((0..=lmax).map(|l| self.cl(l)).collect(), self.describe())
    }
}

/// Checks a relative variance tolerance for choosing a band limit: 0 < tolerance < 1.
pub(crate) fn check_variance_tolerance(tolerance: f64) -> Result<()> {
    if tolerance > 0.0 && tolerance < 1.0 {
        Ok(())
    } else {
        Err(param_error(
            "variance tolerance",
            tolerance,
            "must lie in (0, 1), e.g. 1e-3 to keep 99.9 % of the variance",
        ))
    }
}

/// Checks that a model parameter is finite and positive.
pub(crate) fn check_positive(name: &'static str, value: f64) -> Result<()> {
    if !(value.is_finite() && value > 0.0) {
        return Err(param_error(name, value, "must be finite and positive"));
    }
    Ok(())
}
