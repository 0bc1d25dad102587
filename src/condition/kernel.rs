//! The covariance function on a table in θ with a proven interpolation error
//! (docs/conditioning.md §C.3).

use crate::error::{param_error, Result};
use crate::spectrum::AngularSpectrum;
use rayon::prelude::*;
use std::f64::consts::PI;

/// Largest number of table intervals; beyond it the guaranteed error grows above the target
/// and [`CovarianceTable::error_bound`] says by how much.
const MAX_INTERVALS: usize = 1 << 21;

/// Target interpolation error relative to k(0).
const RELATIVE_TOLERANCE: f64 = 1e-14;

/// g(θ) = k(cos θ) = Σ_ℓ b_ℓ P_ℓ(cos θ), b_ℓ = (2ℓ+1)C_ℓ/4π, tabulated with g′ on a uniform grid
/// of [0, π] and interpolated by cubic Hermite polynomials. The interpolation error is at most
/// h⁴/384 · Σ_ℓ b_ℓ ℓ⁴ (Bernstein's inequality, docs/conditioning.md §C.3), which the table
/// step makes ≤ 1e-14 · k(0) unless that needs more than 2²¹ intervals.
///
/// ```
/// use sphfield::condition::CovarianceTable;
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// let spectrum = WhittleMatern::with_variance(1.0, 20.0, 2.0)?.spectrum(200)?;
/// let table = CovarianceTable::new(&spectrum)?;
/// let exact = spectrum.covariance(&[0.3])?[0];
/// assert!((table.at_angle(0.3) - exact).abs() <= table.error_bound() + 1e-15);
/// # Ok::<(), sphfield::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct CovarianceTable {
    step: f64,
    values: Vec<f64>,
    slopes: Vec<f64>,
    variance: f64,
    bound: f64,
    cl: Vec<f64>,
}

impl CovarianceTable {
    /// Tabulates the covariance function of `spectrum` (band limit = its lmax).
    ///
    /// # Errors
    /// `Error::Param` for a spectrum that is zero everywhere.
    pub fn new(spectrum: &AngularSpectrum) -> Result<CovarianceTable> {
        CovarianceTable::build(spectrum, None)
    }

    /// A table with a given number of intervals (tests of the error bound).
    #[cfg(test)]
    fn with_intervals(spectrum: &AngularSpectrum, intervals: usize) -> Result<CovarianceTable> {
        CovarianceTable::build(spectrum, Some(intervals))
    }

    /// The number of intervals [`CovarianceTable::new`] would use for `spectrum`: the table
    /// costs this many series evaluations of O(lmax) each.
    pub(crate) fn intervals_for(spectrum: &AngularSpectrum) -> usize {
        let b = spectrum.legendre_coefficients();
        let variance: f64 = b.iter().rev().sum();
        let fourth: f64 = b
            .iter()
            .enumerate()
            .rev()
            .map(|(l, bl)| bl * (l as f64).powi(4))
            .sum();
        intervals_for_bound(variance, fourth)
    }

    fn build(spectrum: &AngularSpectrum, intervals: Option<usize>) -> Result<CovarianceTable> {
        let b = spectrum.legendre_coefficients();
        let variance: f64 = b.iter().rev().sum();
        if variance <= 0.0 {
            return Err(param_error(
                "spectrum",
                spectrum.description(),
                "a zero spectrum has no covariance to condition on",
            ));
        }
        let fourth: f64 = b
            .iter()
            .enumerate()
            .rev()
            .map(|(l, bl)| bl * (l as f64).powi(4))
            .sum();
        let intervals = match intervals {
            Some(n) => n.max(1),
            None => intervals_for_bound(variance, fourth),
        };
        let step = PI / intervals as f64;
        let ratios = RecurrenceRatios::new(b.len());
        let (values, slopes): (Vec<f64>, Vec<f64>) = (0..=intervals)
            .into_par_iter()
            .map(|j| value_and_slope(&b, &ratios, (j as f64 * step).min(PI)))
            .unzip();
        Ok(CovarianceTable {
            step,
            values,
            slopes,
            variance,
            bound: step.powi(4) / 384.0 * fourth,
            cl: spectrum.values().to_vec(),
        })
    }

    /// k at angular separation θ (radians, clamped to [0, π]).
    #[inline]
    pub fn at_angle(&self, theta: f64) -> f64 {
        let u = (theta.clamp(0.0, PI)) / self.step;
        let j = (u as usize).min(self.values.len() - 2);
        let t = u - j as f64;
        let s = 1.0 - t;
        let h = self.step;
        let h00 = (1.0 + 2.0 * t) * s * s;
        let h10 = t * s * s;
        let h01 = t * t * (3.0 - 2.0 * t);
        let h11 = -t * t * s;
        h00 * self.values[j]
            + h01 * self.values[j + 1]
            + h * (h10 * self.slopes[j] + h11 * self.slopes[j + 1])
    }

    /// k between two unit vectors.
    #[inline]
    pub fn between(&self, x: &[f64; 3], y: &[f64; 3]) -> f64 {
        self.at_angle(super::points::angle_between(x, y))
    }

    /// The prior variance k(0) = Σ_ℓ (2ℓ+1)C_ℓ/4π.
    pub fn variance(&self) -> f64 {
        self.variance
    }

    /// The proven bound on the interpolation error |interpolated − g|. The rounding of the
    /// series itself comes on top: each of the L steps of the Legendre recurrence rounds, and
    /// near θ = 0 those errors add up to a few L ε k(0) (1e-12 at L = 1000) — the same as for
    /// Clenshaw's evaluation of the series.
    pub fn error_bound(&self) -> f64 {
        self.bound
    }

    /// Number of table intervals.
    pub fn intervals(&self) -> usize {
        self.values.len() - 1
    }

    /// The spectrum C_ℓ the table was made from.
    pub fn cl(&self) -> &[f64] {
        &self.cl
    }
}

/// k(x_i · x_j) for every pair j ≤ i of `points` (lower triangle, row by row: entry
/// i(i+1)/2 + j): by Clenshaw's recurrence when there are fewer pairs than twice the intervals
/// of the covariance table (which evaluates value and slope at each node), else from the table.
/// Each entry is computed once, so the result does not depend on the thread count.
pub(crate) fn pair_covariances(
    spectrum: &AngularSpectrum,
    points: &super::Points,
) -> Result<Vec<f64>> {
    let units = points.unit_vectors();
    let angles: Vec<f64> = (0..units.len())
        .into_par_iter()
        .flat_map_iter(|i| (0..=i).map(move |j| super::points::angle_between(&units[i], &units[j])))
        .collect();
    covariances_at(spectrum, &angles)
}

/// k at each angle, by Clenshaw or by the table, whichever costs less (see [`pair_covariances`]).
pub(crate) fn covariances_at(spectrum: &AngularSpectrum, angles: &[f64]) -> Result<Vec<f64>> {
    if angles.len() <= 2 * CovarianceTable::intervals_for(spectrum) {
        let b = spectrum.legendre_coefficients();
        let series = crate::spectrum::LegendreSeries::new(&b);
        let mut out = vec![0.0; angles.len()];
        // Fixed blocks: the bits of each value do not depend on the threads.
        out.par_chunks_mut(4096)
            .zip(angles.par_chunks(4096))
            .for_each(|(o, t)| {
                let xs: Vec<f64> = t.iter().map(|t| t.cos()).collect();
                series.at_many(&xs, o);
            });
        Ok(out)
    } else {
        let table = CovarianceTable::new(spectrum)?;
        Ok(angles.par_iter().map(|&t| table.at_angle(t)).collect())
    }
}

/// Intervals that make h⁴/384 · Σ b_ℓ ℓ⁴ ≤ 1e-14 k(0) (at most [`MAX_INTERVALS`]).
fn intervals_for_bound(variance: f64, fourth: f64) -> usize {
    if fourth == 0.0 {
        return 1;
    }
    let h = (384.0 * RELATIVE_TOLERANCE * variance / fourth).powf(0.25);
    ((PI / h).ceil() as usize).clamp(1, MAX_INTERVALS)
}

/// The ratios of the Legendre recurrence, (2ℓ+1)/(ℓ+1) and ℓ/(ℓ+1), computed once per table so
/// that the recurrence at each node runs without divisions.
struct RecurrenceRatios {
    up: Vec<f64>,
    back: Vec<f64>,
}

impl RecurrenceRatios {
    fn new(len: usize) -> RecurrenceRatios {
        RecurrenceRatios {
            up: (0..len)
                .map(|l| (2.0 * l as f64 + 1.0) / (l as f64 + 1.0))
                .collect(),
            back: (0..len).map(|l| l as f64 / (l as f64 + 1.0)).collect(),
        }
    }
}

/// (g(θ), g′(θ)) with g(θ) = Σ b_ℓ P_ℓ(cos θ) and g′ = −sin θ Σ b_ℓ P_ℓ′(cos θ), by the forward
/// recurrences P_{ℓ+1} = ((2ℓ+1)xP_ℓ − ℓP_{ℓ−1})/(ℓ+1) and P′_{ℓ+1} = P′_{ℓ−1} + (2ℓ+1)P_ℓ
/// (both stable on [−1, 1]).
fn value_and_slope(b: &[f64], ratios: &RecurrenceRatios, theta: f64) -> (f64, f64) {
    let (s, x) = theta.sin_cos();
    let (mut p_prev, mut p) = (0.0f64, 1.0f64);
    let (mut d_prev, mut d) = (0.0f64, 0.0f64);
    let (mut value, mut derivative) = (0.0, 0.0);
    for (l, &bl) in b.iter().enumerate() {
        value += bl * p;
        derivative += bl * d;
        let p_next = ratios.up[l] * x * p - ratios.back[l] * p_prev;
        let d_next = d_prev + (2.0 * l as f64 + 1.0) * p;
        p_prev = p;
        p = p_next;
        d_prev = d;
        d = d_next;
    }
    (value, -s * derivative)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spectrum::{SpectrumModel, WhittleMatern};

    /// Rounding of either evaluation of the series (table values or Clenshaw): each of the ≤ L
    /// recurrence steps rounds a few times and, on [−1, 1], those errors neither grow nor cancel.
    fn rounding(lmax: usize, variance: f64) -> f64 {
        16.0 * (lmax as f64 + 1.0) * f64::EPSILON * variance
    }

    fn worst_error(table: &CovarianceTable, spectrum: &AngularSpectrum) -> f64 {
        let thetas: Vec<f64> = (0..997).map(|i| PI * (i as f64 + 0.37) / 997.0).collect();
        let exact = spectrum.covariance(&thetas).unwrap();
        thetas
            .iter()
            .zip(&exact)
            .map(|(t, e)| (table.at_angle(*t) - e).abs())
            .fold(0.0, f64::max)
    }

    #[test]
    fn coarse_tables_err_within_the_bernstein_bound_and_not_far_below_it() {
        // Tables coarse enough that interpolation dominates rounding: the bound holds, and it
        // is not vacuous (the worst error is within a factor 1000 of it).
        let spectrum = WhittleMatern::with_variance(1.0, 30.0, 2.0)
            .unwrap()
            .spectrum(300)
            .unwrap();
        for intervals in [300, 1000, 3000] {
            let table = CovarianceTable::with_intervals(&spectrum, intervals).unwrap();
            let err = worst_error(&table, &spectrum);
            let bound = table.error_bound() + rounding(300, table.variance());
            assert!(
                err <= bound,
                "{intervals} intervals: error {err}, bound {bound}"
            );
            assert!(
                err >= table.error_bound() / 1000.0,
                "{intervals}: error {err} ≪ bound"
            );
        }
    }

    #[test]
    fn default_tables_are_accurate_to_rounding() {
        for (kappa, lmax) in [(5.0, 60), (40.0, 400), (200.0, 1000)] {
            let spectrum = WhittleMatern::with_variance(1.0, kappa, 2.0)
                .unwrap()
                .spectrum(lmax)
                .unwrap();
            let table = CovarianceTable::new(&spectrum).unwrap();
            assert!(table.error_bound() <= 1e-14 * table.variance());
            let err = worst_error(&table, &spectrum);
            let bound = table.error_bound() + rounding(lmax, table.variance());
            assert!(err <= bound, "κ {kappa}: error {err}, bound {bound}");
        }
    }
}
