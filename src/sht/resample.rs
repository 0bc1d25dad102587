//! Exact analysis on equiangular grids by resampling in θ (docs/sht.md §4).
//!
//! The quadrature weights of Clenshaw–Curtis and Fejér-1 grids alone are exact only to
//! lmax ≈ n/2 (the integrand $F_m(\theta)\lambda_{\ell m}(\theta)$ has degree 2·lmax). Instead, for
//! each m the ring Fourier coefficient $F_m(\theta)$ is continued to the full circle
//! ($F_m(2\pi-\theta) = (-1)^m F_m(\theta)$), where it is a trigonometric polynomial of degree ≤ lmax
//! known exactly from its 2(n−1) (CC) or 2n (Fejér-1) samples, and resampled by FFT onto a Fejér-1
//! set of n' ≥ 2·lmax+1 rings, whose weights are exact for the product. This is why CC needs
//! n ≥ lmax+2 and Fejér-1 n ≥ lmax+1 rings.

use num_complex::Complex64;
use rustfft::{Fft, FftPlanner};
use std::f64::consts::PI;
use std::sync::Arc;

use crate::grid::equiangular::{fejer1_nodes, fejer1_weights};

/// Smallest size ≥ n whose prime factors are 2, 3 and 5.
pub(crate) fn good_fft_size(n: usize) -> usize {
    let mut m = n.max(1);
    loop {
        let mut r = m;
        for p in [2, 3, 5] {
            while r.is_multiple_of(p) {
                r /= p;
            }
        }
        if r == 1 {
            return m;
        }
        m += 1;
    }
}

/// Exact θ-resampler from an equiangular source grid to an internal Fejér-1 target grid.
pub(crate) struct ThetaResampler {
    n_src: usize,
    poles: bool,
    n_circle_src: usize,
    n_dst: usize,
    fwd: Arc<dyn Fft<f64>>,
    inv: Arc<dyn Fft<f64>>,
    /// Per frequency k = −kmax..=kmax: the factor turning source DFT bins into target bins.
    phase: Vec<Complex64>,
    /// Target rings (θ, cos θ, sin θ) and their Fejér-1 θ-weights.
    pub(crate) dst_nodes: Vec<(f64, f64, f64)>,
    pub(crate) dst_weights: Vec<f64>,
}

impl ThetaResampler {
    /// `n_src` rings, `poles` = Clenshaw–Curtis (else Fejér-1), band limit `lmax`.
    pub(crate) fn new(n_src: usize, poles: bool, lmax: usize) -> ThetaResampler {
        let n_circle_src = if poles { 2 * (n_src - 1) } else { 2 * n_src };
        let n_dst = good_fft_size(2 * lmax + 2);
        let mut planner = FftPlanner::new();
        let nt = 2 * n_dst;
        let kmax = lmax.min((n_circle_src - 1) / 2) as isize;
        let phase = (-kmax..=kmax)
            .map(|k| {
                // Source samples at t_q = 2π(q + s)/N_s, s = 0 (poles) or 1/2 (cell centres);
                // target samples at 2π(q + 1/2)/N_t.
                let src_shift = if poles {
                    0.0
                } else {
                    -PI * k as f64 / n_circle_src as f64
                };
                Complex64::from_polar(
                    1.0 / n_circle_src as f64,
                    src_shift + PI * k as f64 / nt as f64,
                )
            })
            .collect();
        ThetaResampler {
            phase,
            n_src,
            poles,
            n_circle_src,
            n_dst,
            fwd: planner.plan_fft_forward(n_circle_src),
            inv: planner.plan_fft_inverse(2 * n_dst),
            dst_nodes: fejer1_nodes(n_dst),
            dst_weights: fejer1_weights(n_dst),
        }
    }

    /// Number of target rings.
    pub(crate) fn n_dst(&self) -> usize {
        self.n_dst
    }

    /// Scratch length (complex values) needed by [`ThetaResampler::resample`].
    pub(crate) fn scratch_len(&self) -> usize {
        self.n_circle_src
            + 2 * self.n_dst
            + self
                .fwd
                .get_inplace_scratch_len()
                .max(self.inv.get_inplace_scratch_len())
    }

    /// [`ThetaResampler::resample`], then each target ring's value times its quadrature
    /// weight: the θ part of the analysis' quadrature for one order.
    pub(crate) fn resample_weighted(
        &self,
        m: usize,
        src: &[Complex64],
        dst: &mut [Complex64],
        scratch: &mut [Complex64],
    ) {
        self.resample(m, src, dst, scratch);
        for (v, w) in dst.iter_mut().zip(&self.dst_weights) {
            *v *= *w;
        }
    }

    /// Resamples one order's ring values `src` (n_src) onto the target rings `dst` (n_dst).
    pub(crate) fn resample(
        &self,
        m: usize,
        src: &[Complex64],
        dst: &mut [Complex64],
        scratch: &mut [Complex64],
    ) {
        let sign = if m.is_multiple_of(2) { 1.0 } else { -1.0 };
        let ns = self.n_circle_src;
        let nt = 2 * self.n_dst;
        let (circle, rest) = scratch.split_at_mut(ns);
        let (big, fft_scratch) = rest.split_at_mut(nt);
        // Continue to the full circle: G(2π − θ) = (−1)^m G(θ).
        for q in 0..ns {
            circle[q] = if q < self.n_src {
                src[q]
            } else if self.poles {
                src[ns - q] * sign
            } else {
                src[ns - 1 - q] * sign
            };
        }
        self.fwd.process_with_scratch(circle, fft_scratch);
        // circle[k] = N_s c_k e^{2πik s/N_s}; s = 0 (poles) or 1/2 (cell centres).
        for v in big.iter_mut() {
            *v = Complex64::new(0.0, 0.0);
        }
        let kmax = (self.phase.len() / 2) as isize;
        for (k, phase) in (-kmax..=kmax).zip(&self.phase) {
            let src_bin = k.rem_euclid(ns as isize) as usize;
            big[k.rem_euclid(nt as isize) as usize] += circle[src_bin] * phase;
        }
        self.inv.process_with_scratch(big, fft_scratch);
        dst.copy_from_slice(&big[..self.n_dst]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::equiangular::{clenshaw_curtis_nodes, fejer1_nodes};

    #[test]
    fn resampling_reproduces_trigonometric_polynomials() {
        // F(θ) = Σ_k c_k cos(kθ) (even m): resampled values must equal direct evaluation.
        let lmax = 9;
        for (n, poles) in [(lmax + 2, true), (lmax + 1, false)] {
            let r = ThetaResampler::new(n, poles, lmax);
            let nodes = if poles {
                clenshaw_curtis_nodes(n)
            } else {
                fejer1_nodes(n)
            };
            let f = |t: f64| {
                Complex64::new(
                    (3.0 * t).cos() + 0.5 * (9.0 * t).cos(),
                    (2.0 * t).cos() - 1.0,
                )
            };
            let src: Vec<_> = nodes.iter().map(|nd| f(nd.0)).collect();
            let mut dst = vec![Complex64::new(0.0, 0.0); r.n_dst()];
            let mut scratch = vec![Complex64::new(0.0, 0.0); r.scratch_len()];
            r.resample(0, &src, &mut dst, &mut scratch);
            for (v, nd) in dst.iter().zip(&r.dst_nodes) {
                assert!((v - f(nd.0)).norm() < 1e-13, "{v} vs {}", f(nd.0));
            }
        }
    }
}
