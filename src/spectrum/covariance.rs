//! Covariance functions: spectrum → k(θ) by Clenshaw's recurrence, and k → spectrum by
//! Gauss–Legendre quadrature (docs/mathematics.md §2.2).

use super::AngularSpectrum;
use crate::error::{check_finite, param_error, Result};
use crate::sht::gauss_legendre_nodes;
use std::f64::consts::PI;

/// $\sum_{\ell=0}^{n} b_\ell P_\ell(x)$ by Clenshaw's algorithm for the Legendre recurrence
/// $P_{\ell+1} = \frac{2\ell+1}{\ell+1}xP_\ell - \frac{\ell}{\ell+1}P_{\ell-1}$ (backward, stable for
/// x ∈ [−1, 1]; error a few ulp times $\sum|b_\ell|$). The recurrence's ratios are computed once,
/// so that evaluating the series at many x costs two fused multiply-adds per degree.
pub(crate) struct LegendreSeries<'a> {
    b: &'a [f64],
    /// (2k+1)/(k+1) at index k.
    alpha: Vec<f64>,
    /// −(k+1)/(k+2) at index k.
    beta_next: Vec<f64>,
}

impl<'a> LegendreSeries<'a> {
    pub(crate) fn new(b: &'a [f64]) -> LegendreSeries<'a> {
        let alpha = (0..b.len())
            .map(|k| (2.0 * k as f64 + 1.0) / (k as f64 + 1.0))
            .collect();
        let beta_next = (0..b.len())
            .map(|k| -(k as f64 + 1.0) / (k as f64 + 2.0))
            .collect();
        LegendreSeries {
            b,
            alpha,
            beta_next,
        }
    }

    /// The series at x.
    pub(crate) fn at(&self, x: f64) -> f64 {
        let b = self.b;
        if b.is_empty() {
            return 0.0;
        }
        // y_k = b_k + α_k x y_{k+1} + β_{k+1} y_{k+2},  α_k = (2k+1)/(k+1),  β_k = −k/(k+1).
        let (mut y1, mut y2) = (0.0f64, 0.0f64);
        for k in (1..b.len()).rev() {
            let y = b[k] + self.alpha[k] * x * y1 + self.beta_next[k] * y2;
            y2 = y1;
            y1 = y;
        }
        // S = b_0 P_0 + y_1 P_1 + β_1 P_0 y_2, with β_1 = −1/2.
        b[0] + x * y1 - 0.5 * y2
    }

    /// The series at every x of `xs` into `out` (same length): [`LegendreSeries::at`] run on
    /// blocks of eight values in lockstep, so that the recurrence's dependency chain is
    /// interleaved across lanes and the loop vectorises. The same operations in the same order
    /// as `at`, so the same bits.
    pub(crate) fn at_many(&self, xs: &[f64], out: &mut [f64]) {
        const LANES: usize = 8;
        let b = self.b;
        assert_eq!(xs.len(), out.len(), "one output per x");
        if b.is_empty() {
            out.fill(0.0);
            return;
        }
        let mut blocks = xs.chunks_exact(LANES);
        let mut outputs = out.chunks_exact_mut(LANES);
        for (x, o) in (&mut blocks).zip(&mut outputs) {
            let (mut y1, mut y2) = ([0.0f64; LANES], [0.0f64; LANES]);
            for k in (1..b.len()).rev() {
                let (bk, alpha, beta) = (b[k], self.alpha[k], self.beta_next[k]);
                for j in 0..LANES {
                    let y = bk + alpha * x[j] * y1[j] + beta * y2[j];
                    y2[j] = y1[j];
                    y1[j] = y;
                }
            }
            for j in 0..LANES {
                o[j] = b[0] + x[j] * y1[j] - 0.5 * y2[j];
            }
        }
        for (x, o) in blocks.remainder().iter().zip(outputs.into_remainder()) {
            *o = self.at(*x);
        }
    }
}

impl AngularSpectrum {
    /// The covariance function $k(\theta) = \sum_\ell \frac{2\ell+1}{4\pi}C_\ell P_\ell(\cos\theta)$ at each
    /// angular separation θ (radians) of `thetas`, by Clenshaw's recurrence. Cost O(lmax) per angle.
    ///
    /// ```
    /// use sphfield::spectrum::AngularSpectrum;
    /// // C_l = t^l (the Poisson kernel): k(0) = (1+t)/(4π(1−t)²).
    /// let t: f64 = 0.6;
    /// let s = AngularSpectrum::new((0..200).map(|l| t.powi(l)).collect(), "Poisson").unwrap();
    /// let k0 = s.covariance(&[0.0]).unwrap()[0];
    /// assert!((k0 - 10.0 / (4.0 * std::f64::consts::PI)).abs() < 1e-14);
    /// ```
    ///
    /// # Errors
    /// `Error::NonFinite` for a NaN or infinite angle.
    pub fn covariance(&self, thetas: &[f64]) -> Result<Vec<f64>> {
        check_finite("angular separations θ", thetas)?;
        let b = self.legendre_coefficients();
        let series = LegendreSeries::new(&b);
        let xs: Vec<f64> = thetas.iter().map(|t| t.cos()).collect();
        let mut out = vec![0.0; xs.len()];
        series.at_many(&xs, &mut out);
        Ok(out)
    }

    /// The correlation function $k(\theta)/k(0)$.
    ///
    /// # Errors
    /// As [`AngularSpectrum::covariance`]; `Error::Param` for a zero spectrum.
    pub fn correlation(&self, thetas: &[f64]) -> Result<Vec<f64>> {
        let k0 = self.variance();
        if k0 <= 0.0 {
            return Err(param_error(
                "spectrum",
                "0",
                "a zero spectrum has no correlation function",
            ));
        }
        Ok(self
            .covariance(thetas)?
            .into_iter()
            .map(|k| k / k0)
            .collect())
    }

    /// $b_\ell = (2\ell+1)C_\ell/4\pi$, the Legendre coefficients of k.
    pub(crate) fn legendre_coefficients(&self) -> Vec<f64> {
        self.values()
            .iter()
            .enumerate()
            .map(|(l, c)| (2 * l + 1) as f64 * c / (4.0 * PI))
            .collect()
    }

    /// The spectrum of an isotropic covariance function k(θ):
    /// $C_\ell = 2\pi\int_{-1}^{1}k(\arccos t)P_\ell(t)\,dt$ for ℓ ≤ lmax, by Gauss–Legendre quadrature
    /// with `nodes` points (exact when k is a polynomial of degree < 2·nodes − lmax in cos θ;
    /// otherwise take nodes well above the degrees where k has structure). Small negative values
    /// from quadrature error are kept out by an error, since Schoenberg's theorem requires
    /// $C_\ell \ge 0$ (docs/mathematics.md §2.2).
    ///
    /// # Errors
    /// `Error::Param` if nodes ≤ lmax, k is not finite at a node, or a coefficient is negative
    /// beyond rounding (k is not positive definite).
    pub fn from_covariance(
        k: impl Fn(f64) -> f64,
        lmax: usize,
        nodes: usize,
        description: impl Into<String>,
    ) -> Result<AngularSpectrum> {
        let max_nodes = 4 * crate::alm::MAX_LMAX;
        if nodes > max_nodes {
            return Err(param_error(
                "nodes",
                nodes,
                format!("more than {max_nodes} quadrature nodes is not supported"),
            ));
        }
        if nodes <= lmax {
            return Err(param_error(
                "nodes",
                nodes,
                format!("need more quadrature nodes than lmax = {lmax}"),
            ));
        }
        let (points, weights) = gauss_legendre_nodes(nodes);
        let values: Vec<f64> = points.iter().map(|&(theta, _, _)| k(theta)).collect();
        check_finite(
            "covariance function values at the quadrature nodes",
            &values,
        )?;
        let mut cl = vec![0.0; lmax + 1];
        let scale: f64 = values
            .iter()
            .zip(&weights)
            .map(|(v, w)| (v * w).abs())
            .sum();
        for ((&(_, x, _), &v), &w) in points.iter().zip(&values).zip(&weights) {
            let (mut p_prev, mut p) = (0.0f64, 1.0f64);
            for (l, c) in cl.iter_mut().enumerate() {
                *c += 2.0 * PI * w * v * p;
                let lf = l as f64;
                let next = ((2.0 * lf + 1.0) * x * p - lf * p_prev) / (lf + 1.0);
                p_prev = p;
                p = next;
            }
        }
        for (l, c) in cl.iter_mut().enumerate() {
            if *c < 0.0 {
                // Rounding of the quadrature: a few ulp of Σ|w k| per unit of 2π.
                if -*c <= 64.0 * f64::EPSILON * 2.0 * PI * scale {
                    *c = 0.0;
                } else {
                    return Err(param_error(
                        "covariance function",
                        format!("C_{l} = {c}"),
                        "negative Legendre coefficient: not a covariance on the sphere (Schoenberg)",
                    ));
                }
            }
        }
        AngularSpectrum::new(cl, description)
    }
}
