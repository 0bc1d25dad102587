//! Drawing isotropic Gaussian fields from their spectrum.

use super::streams::{degree_block_stream, Purpose, StreamId, DEGREE_BLOCK};
use crate::alm::Alm;
use crate::error::{check_finite, param_error, Error, Result};
use crate::map::Map;
use crate::par::Par;
use crate::sht::Sht;
use crate::spectrum::AngularSpectrum;
use num_complex::Complex64;
use rand::Rng;
use rand_distr::StandardNormal;
use rayon::prelude::*;

/// A seeded sampler of isotropic Gaussian fields with a given spectrum (truncated KL
/// expansion, docs/mathematics.md §2.1, §2.5): $a_{\ell0} = \sqrt{C_\ell}\,z$ and
/// $a_{\ell m} = \sqrt{C_\ell/2}\,(z' + i z'')$ for m > 0, z standard normal, healpy storage.
/// Owns the √C_ℓ table; cheap to share between threads.
///
/// ```
/// use sphfield::kl::KlSampler;
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::{Geometry, Par, Sht};
/// let spectrum = WhittleMatern::with_variance(1.0, 10.0, 2.0).unwrap().spectrum(63).unwrap();
/// let sampler = KlSampler::new(&spectrum, 42);
/// let sht = Sht::new(Geometry::gauss_legendre(64, 128).unwrap(), 63, 63).unwrap();
/// let map = sampler.sample_map(&sht, 0, Par::Seq).unwrap();     // member 0 on a GL grid
/// let again = sampler.sample_map(&sht, 0, Par::threads(2)).unwrap();
/// assert_eq!(map.values(), again.values());                      // same seed, same bits
/// ```
#[derive(Clone, Debug)]
pub struct KlSampler {
    sqrt_cl: Vec<f64>,
    sqrt_half_cl: Vec<f64>,
    mmax: usize,
    seed: u64,
    purpose: Purpose,
    sub: u64,
}

impl KlSampler {
    /// Sampler for band limit = the spectrum's lmax, all orders.
    pub fn new(spectrum: &AngularSpectrum, seed: u64) -> KlSampler {
        KlSampler {
            sqrt_cl: spectrum.values().iter().map(|c| c.sqrt()).collect(),
            sqrt_half_cl: spectrum.values().iter().map(|c| (c / 2.0).sqrt()).collect(),
            mmax: spectrum.lmax(),
            seed,
            purpose: Purpose::Field,
            sub: 0,
        }
    }

    /// Sampler that stores orders m ≤ mmax only (the draws of the stored coefficients are the
    /// same as with all orders).
    ///
    /// # Errors
    /// `Error::Param` if mmax > lmax.
    pub fn with_mmax(spectrum: &AngularSpectrum, mmax: usize, seed: u64) -> Result<KlSampler> {
        if mmax > spectrum.lmax() {
            return Err(param_error(
                "mmax",
                mmax,
                format!("exceeds the spectrum's lmax {}", spectrum.lmax()),
            ));
        }
        let mut s = KlSampler::new(spectrum, seed);
        s.mmax = mmax;
        Ok(s)
    }

    /// The same spectrum drawing from the streams of another purpose and sub-index (noise of
    /// diffusions: one sub-index per time step).
    pub(crate) fn for_purpose(&self, purpose: Purpose, sub: u64) -> KlSampler {
        KlSampler {
            purpose,
            sub,
            ..self.clone()
        }
    }

    /// Switches to another sub-index of the same purpose (the next time step's noise).
    pub(crate) fn set_sub(&mut self, sub: u64) {
        self.sub = sub;
    }

    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.sqrt_cl.len() - 1
    }
    /// Largest stored order.
    pub fn mmax(&self) -> usize {
        self.mmax
    }
    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Draws degree block b, calling `emit(l, m, a_lm)` in (l, m) order for m ≤ min(l, mmax).
    /// Draws for m > mmax are still made so that stored values do not depend on mmax.
    fn draw_block(&self, member: u64, block: usize, mut emit: impl FnMut(usize, usize, Complex64)) {
        let lmax = self.lmax();
        let first = block * DEGREE_BLOCK;
        let last = (first + DEGREE_BLOCK - 1).min(lmax);
        let id = StreamId {
            purpose: self.purpose,
            seed: self.seed,
            member,
            sub: self.sub,
        };
        let mut rng = degree_block_stream(id, block as u64);
        for l in first..=last {
            let z: f64 = rng.sample(StandardNormal);
            emit(l, 0, Complex64::new(self.sqrt_cl[l] * z, 0.0));
            for m in 1..=l {
                let (re, im): (f64, f64) = (rng.sample(StandardNormal), rng.sample(StandardNormal));
                if m <= self.mmax {
                    emit(l, m, Complex64::new(re, im) * self.sqrt_half_cl[l]);
                }
            }
        }
    }

    /// Ensemble member `member` written into `alm` (degree blocks in parallel with more than one
    /// thread, straight into `alm` with one; the result does not depend on `par`).
    ///
    /// # Errors
    /// `Error::Mismatch` if `alm` has another (lmax, mmax) than the sampler.
    pub fn sample_into(&self, member: u64, alm: &mut Alm, par: Par) -> Result<()> {
        if alm.lmax() != self.lmax() || alm.mmax() != self.mmax {
            return Err(Error::Mismatch(format!(
                "alm has (lmax, mmax) = ({}, {}), the sampler ({}, {})",
                alm.lmax(),
                alm.mmax(),
                self.lmax(),
                self.mmax
            )));
        }
        let nblocks = self.lmax() / DEGREE_BLOCK + 1;
        // Position of (l, m) in the m-major storage: base[m] + l.
        let base: Vec<usize> = (0..=self.mmax).map(|m| alm.index(m, m) - m).collect();
        let data = alm.as_mut_slice();
        if par.count() == 1 {
            for b in 0..nblocks {
                self.draw_block(member, b, |l, m, v| data[base[m] + l] = v);
            }
            return Ok(());
        }
        let blocks: Vec<Vec<(usize, Complex64)>> = par.install(|| {
            (0..nblocks)
                .into_par_iter()
                .map(|b| {
                    let mut out = Vec::new();
                    self.draw_block(member, b, |l, m, v| out.push((base[m] + l, v)));
                    out
                })
                .collect()
        });
        for (at, v) in blocks.into_iter().flatten() {
            data[at] = v;
        }
        Ok(())
    }

    /// Ensemble member `member` (any u64: members are independent fields).
    pub fn sample(&self, member: u64, par: Par) -> Alm {
        let mut alm = Alm::zeros(self.lmax(), self.mmax)
            .unwrap_or_else(|_| unreachable!("shape validated by the spectrum"));
        // Cannot fail: the shape is the sampler's own.
        let _ = self.sample_into(member, &mut alm, par);
        alm
    }

    /// Members `members` (members in parallel; each identical to [`KlSampler::sample`] of the same
    /// member, so chunking an ensemble does not change it).
    pub fn sample_ensemble(&self, members: std::ops::Range<u64>, par: Par) -> Vec<Alm> {
        par.install(|| {
            members
                .into_par_iter()
                .map(|k| self.sample(k, Par::Seq))
                .collect()
        })
    }

    /// Member `member` synthesised on the plan's grid (the "synfast" job).
    ///
    /// # Errors
    /// `Error::Mismatch` if the plan's (lmax, mmax) differ from the sampler's.
    pub fn sample_map(&self, sht: &Sht, member: u64, par: Par) -> Result<Map> {
        let mut alm = Alm::zeros(sht.lmax(), sht.mmax())?;
        self.sample_into(member, &mut alm, par)?;
        sht.synthesis(&alm, par)
    }

    /// Member `member` at arbitrary points (θ, φ) in radians, by direct summation: O(L²) per
    /// point, for a few points (use [`KlSampler::sample_map`] for grids).
    ///
    /// # Errors
    /// `Error::NonFinite` for a non-finite coordinate.
    pub fn sample_points(&self, member: u64, points: &[(f64, f64)], par: Par) -> Result<Vec<f64>> {
        for (i, &(t, p)) in points.iter().enumerate() {
            check_finite("point coordinates (θ, φ)", &[t, p]).map_err(|_| {
                param_error(
                    "point",
                    format!("#{i} = ({t}, {p})"),
                    "coordinates must be finite",
                )
            })?;
        }
        let alm = self.sample(member, par);
        let (theta, phi): (Vec<f64>, Vec<f64>) = points.iter().copied().unzip();
        let points = crate::condition::Points::from_valid(theta, phi);
        Ok(points.evaluate(&[&alm], par)?.remove(0))
    }
}
