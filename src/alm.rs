//! Spherical harmonic coefficients of a real field.
//!
//! Convention (docs/architecture.md §2, docs/mathematics.md §1.3): orthonormal complex harmonics with the
//! Condon–Shortley phase, $Y_\ell^m(\theta,\phi) = N_{\ell m} P_\ell^m(\cos\theta) e^{im\phi}$.
//! A real field is
//! $f = \sum_\ell \big[a_{\ell 0} Y_{\ell 0} + 2\,\mathrm{Re} \sum_{m>0} a_{\ell m} Y_\ell^m\big]$,
//! so only $0 \le m \le \min(\ell, m_{\max})$ is stored, m-major in healpy order:
//! `index(l, m) = m*(2*lmax+1-m)/2 + l`. The imaginary part of $a_{\ell 0}$ is ignored by every
//! transform (healpy does the same).

use crate::error::{check_finite, param_error, shape_error, Error, Result};
use num_complex::Complex64;

/// Largest band limit sphfield accepts (coefficient count must stay addressable and allocatable).
pub const MAX_LMAX: usize = 32_767;

/// Spherical harmonic coefficients $a_{\ell m}$, $0 \le m \le m_{\max} \le \ell \le \ell_{\max}$.
///
/// ```
/// use sphfield::Alm;
/// let mut a = Alm::zeros(4, 4).unwrap();
/// a[(2, 1)] = num_complex::Complex64::new(1.0, -0.5);
/// assert_eq!(a.index(2, 1), 6);
/// assert_eq!(a.m_slice(1)[1], a[(2, 1)]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Alm {
    lmax: usize,
    mmax: usize,
    data: Vec<Complex64>,
}

/// Checks `mmax <= lmax <= MAX_LMAX`.
pub(crate) fn check_lmax_mmax(lmax: usize, mmax: usize) -> Result<()> {
    if lmax > MAX_LMAX {
        return Err(Error::TooLarge {
            what: "lmax".into(),
            requested: lmax as u128,
            limit: MAX_LMAX as u128,
        });
    }
    if mmax > lmax {
        return Err(param_error(
            "mmax",
            mmax,
            format!("must not exceed lmax = {lmax}"),
        ));
    }
    Ok(())
}

impl Alm {
    /// Number of stored coefficients for a band limit: $(m_{\max}+1)(2\ell_{\max}+2-m_{\max})/2$.
    pub fn len_for(lmax: usize, mmax: usize) -> usize {
        (mmax + 1) * (2 * lmax + 2 - mmax) / 2
    }

    /// All-zero coefficients.
    ///
    /// # Errors
    /// `Error::Param` if `mmax > lmax`; `Error::TooLarge` if `lmax > MAX_LMAX` or the memory
    /// is not available.
    pub fn zeros(lmax: usize, mmax: usize) -> Result<Alm> {
        check_lmax_mmax(lmax, mmax)?;
        Ok(Alm {
            lmax,
            mmax,
            data: crate::memory::try_filled(
                "coefficients",
                Alm::len_for(lmax, mmax),
                Complex64::new(0.0, 0.0),
            )?,
        })
    }

    /// Wraps a vector produced by the transforms (right length, finite by construction) without
    /// another pass over it.
    pub(crate) fn from_vec_unchecked(lmax: usize, mmax: usize, data: Vec<Complex64>) -> Alm {
        debug_assert_eq!(data.len(), Alm::len_for(lmax, mmax));
        Alm { lmax, mmax, data }
    }

    /// Wraps a vector in healpy order after checking its length and that every value is finite.
    pub fn from_vec(lmax: usize, mmax: usize, data: Vec<Complex64>) -> Result<Alm> {
        check_lmax_mmax(lmax, mmax)?;
        let expected = Alm::len_for(lmax, mmax);
        if data.len() != expected {
            return Err(shape_error(
                format!("alm vector for lmax {lmax}, mmax {mmax}"),
                expected,
                data.len(),
            ));
        }
        let alm = Alm { lmax, mmax, data };
        alm.check_finite()?;
        Ok(alm)
    }

    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.lmax
    }
    /// Largest order stored.
    pub fn mmax(&self) -> usize {
        self.mmax
    }
    /// Number of stored coefficients.
    pub fn len(&self) -> usize {
        self.data.len()
    }
    /// True when no coefficient is stored (never, since lmax ≥ 0; kept for API symmetry).
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Position of $a_{\ell m}$ in healpy order.
    ///
    /// # Panics
    /// In debug builds if `m > l`, `l > lmax` or `m > mmax`. Use [`Alm::get`] for a checked access.
    #[inline]
    pub fn index(&self, l: usize, m: usize) -> usize {
        debug_assert!(m <= l && l <= self.lmax && m <= self.mmax);
        m * (2 * self.lmax + 1 - m) / 2 + l
    }

    /// $a_{\ell m}$, or `None` outside the stored range.
    pub fn get(&self, l: usize, m: usize) -> Option<Complex64> {
        (m <= l && l <= self.lmax && m <= self.mmax).then(|| self.data[self.index(l, m)])
    }

    /// Coefficients of order `m`, for `l = m..=lmax`.
    pub fn m_slice(&self, m: usize) -> &[Complex64] {
        let start = self.index(m, m);
        &self.data[start..start + self.lmax + 1 - m]
    }

    /// Mutable coefficients of order `m`, for `l = m..=lmax`.
    pub fn m_slice_mut(&mut self, m: usize) -> &mut [Complex64] {
        let start = self.index(m, m);
        let end = start + self.lmax + 1 - m;
        &mut self.data[start..end]
    }

    /// All coefficients in healpy order.
    pub fn as_slice(&self) -> &[Complex64] {
        &self.data
    }
    /// All coefficients in healpy order, mutable.
    pub fn as_mut_slice(&mut self) -> &mut [Complex64] {
        &mut self.data
    }
    /// The coefficient vector.
    pub fn into_vec(self) -> Vec<Complex64> {
        self.data
    }

    /// Returns an error naming the first NaN or infinite coefficient.
    pub fn check_finite(&self) -> Result<()> {
        use crate::error::non_finite_bits;
        let all_finite = self.data.chunks(2048).all(|chunk| {
            chunk
                .iter()
                .map(|c| u32::from(non_finite_bits(c.re) | non_finite_bits(c.im)))
                .sum::<u32>()
                == 0
        });
        if all_finite {
            return Ok(());
        }
        for (i, c) in self.data.iter().enumerate() {
            if !c.re.is_finite() {
                return Err(crate::error::non_finite("alm (real part)", i, c.re));
            }
            if !c.im.is_finite() {
                return Err(crate::error::non_finite("alm (imaginary part)", i, c.im));
            }
        }
        Ok(())
    }

    fn check_same_shape(&self, other: &Alm) -> Result<()> {
        if self.lmax != other.lmax || self.mmax != other.mmax {
            return Err(Error::Mismatch(format!(
                "alm with lmax {}, mmax {} combined with alm with lmax {}, mmax {}",
                self.lmax, self.mmax, other.lmax, other.mmax
            )));
        }
        Ok(())
    }

    fn check_per_l(&self, what: &str, f: &[f64]) -> Result<()> {
        if f.len() != self.lmax + 1 {
            return Err(shape_error(
                format!("{what} (one value per degree l = 0..=lmax)"),
                self.lmax + 1,
                f.len(),
            ));
        }
        check_finite(what, f)
    }

    /// `self += alpha * x`.
    pub fn axpy(&mut self, alpha: f64, x: &Alm) -> Result<()> {
        self.check_same_shape(x)?;
        if !alpha.is_finite() {
            return Err(crate::error::non_finite("axpy factor", 0, alpha));
        }
        for (y, x) in self.data.iter_mut().zip(&x.data) {
            *y += x * alpha;
        }
        Ok(())
    }

    /// `self += f[l] * x` per degree: [`Alm::axpy`] with a per-degree factor (same arithmetic
    /// when every `f[l]` is the same value).
    pub fn axpy_l(&mut self, f: &[f64], x: &Alm) -> Result<()> {
        self.check_same_shape(x)?;
        self.check_per_l("per-degree axpy factor", f)?;
        for m in 0..=self.mmax {
            let start = self.index(m, m);
            let len = self.lmax + 1 - m;
            let (ys, xs) = (
                &mut self.data[start..start + len],
                &x.data[start..start + len],
            );
            for ((y, x), &fl) in ys.iter_mut().zip(xs).zip(&f[m..]) {
                *y += x * fl;
            }
        }
        Ok(())
    }

    /// Multiplies every coefficient by a scalar.
    pub fn scale(&mut self, alpha: f64) {
        for y in &mut self.data {
            *y *= alpha;
        }
    }

    /// Multiplies $a_{\ell m}$ by `f[l]` (a per-degree filter, e.g. $\sqrt{C_\ell}$ or a beam).
    pub fn scale_l(&mut self, f: &[f64]) -> Result<()> {
        self.check_per_l("per-degree factor", f)?;
        for m in 0..=self.mmax {
            for (a, &fl) in self.m_slice_mut(m).iter_mut().zip(&f[m..]) {
                *a *= fl;
            }
        }
        Ok(())
    }

    /// Real-field inner product with per-degree weights:
    /// $\sum_\ell w_\ell \big[\mathrm{Re}(a_{\ell 0}\bar b_{\ell 0}) + 2\sum_{m>0}\mathrm{Re}(a_{\ell m}\bar b_{\ell m})\big]$.
    ///
    /// With $w_\ell = 1$ this is the $L^2(S^2)$ inner product of the two real fields; with
    /// $w_\ell = 1/C_\ell$ it is the Cameron–Martin inner product (docs/architecture.md §2).
    pub fn dot_weighted(&self, other: &Alm, w: &[f64]) -> Result<f64> {
        self.check_same_shape(other)?;
        self.check_per_l("per-degree weight", w)?;
        let mut total = 0.0;
        for m in 0..=self.mmax {
            let factor = if m == 0 { 1.0 } else { 2.0 };
            let s: f64 = self
                .m_slice(m)
                .iter()
                .zip(other.m_slice(m))
                .zip(&w[m..])
                .map(|((a, b), wl)| wl * (a.re * b.re + a.im * b.im))
                .sum();
            total += factor * s;
        }
        Ok(total)
    }

    /// Real-field $L^2$ inner product (`dot_weighted` with unit weights). Ignores Im $a_{\ell 0}$.
    pub fn dot(&self, other: &Alm) -> Result<f64> {
        self.check_same_shape(other)?;
        let mut total = 0.0;
        for m in 0..=self.mmax {
            let s: f64 = if m == 0 {
                self.m_slice(0)
                    .iter()
                    .zip(other.m_slice(0))
                    .map(|(a, b)| a.re * b.re)
                    .sum()
            } else {
                2.0 * self
                    .m_slice(m)
                    .iter()
                    .zip(other.m_slice(m))
                    .map(|(a, b)| a.re * b.re + a.im * b.im)
                    .sum::<f64>()
            };
            total += s;
        }
        Ok(total)
    }

    /// Largest $|a_{\ell m} - b_{\ell m}|$.
    pub fn max_abs_diff(&self, other: &Alm) -> Result<f64> {
        self.check_same_shape(other)?;
        Ok(self
            .data
            .iter()
            .zip(&other.data)
            .map(|(a, b)| (a - b).norm())
            .fold(0.0, f64::max))
    }

    /// Test and benchmark data: Re and Im of every coefficient uniform in [−1, 1) (Im a_l0 = 0),
    /// from a seeded generator (ChaCha-based `StdRng` of `rand` 0.8). Not a random *field*: use the
    /// spectrum/KL layer for isotropic Gaussian samples.
    pub fn random_uniform(lmax: usize, mmax: usize, seed: u64) -> Result<Alm> {
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut alm = Alm::zeros(lmax, mmax)?;
        for m in 0..=mmax {
            for a in alm.m_slice_mut(m) {
                let re = rng.gen_range(-1.0..1.0);
                let im = if m == 0 {
                    0.0
                } else {
                    rng.gen_range(-1.0..1.0)
                };
                *a = Complex64::new(re, im);
            }
        }
        Ok(alm)
    }

    /// $\lVert a - b\rVert_2 / \lVert b\rVert_2$ over the stored coefficients, with `other` = b the
    /// reference (the round-trip error measure ducc0 reports).
    pub fn relative_l2_error(&self, reference: &Alm) -> Result<f64> {
        self.check_same_shape(reference)?;
        let num: f64 = self
            .data
            .iter()
            .zip(&reference.data)
            .map(|(a, b)| (a - b).norm_sqr())
            .sum();
        let den: f64 = reference.data.iter().map(|b| b.norm_sqr()).sum();
        Ok((num / den).sqrt())
    }

    /// Largest $|a_{\ell m}|$.
    pub fn max_abs(&self) -> f64 {
        self.data.iter().map(|a| a.norm()).fold(0.0, f64::max)
    }
}

impl std::ops::Index<(usize, usize)> for Alm {
    type Output = Complex64;
    /// $a_{\ell m}$ for `(l, m)`. Panics outside the stored range.
    fn index(&self, (l, m): (usize, usize)) -> &Complex64 {
        assert!(
            m <= l && l <= self.lmax && m <= self.mmax,
            "(l, m) = ({l}, {m}) outside lmax {}, mmax {}",
            self.lmax,
            self.mmax
        );
        &self.data[Alm::index(self, l, m)]
    }
}

impl std::ops::IndexMut<(usize, usize)> for Alm {
    fn index_mut(&mut self, (l, m): (usize, usize)) -> &mut Complex64 {
        assert!(
            m <= l && l <= self.lmax && m <= self.mmax,
            "(l, m) = ({l}, {m}) outside lmax {}, mmax {}",
            self.lmax,
            self.mmax
        );
        let i = Alm::index(self, l, m);
        &mut self.data[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn healpy_order_is_contiguous_per_m() {
        for (lmax, mmax) in [(0, 0), (5, 5), (7, 3), (10, 0)] {
            let a = Alm::zeros(lmax, mmax).unwrap();
            let mut next = 0;
            for m in 0..=mmax {
                for l in m..=lmax {
                    assert_eq!(a.index(l, m), next);
                    next += 1;
                }
            }
            assert_eq!(next, a.len());
        }
    }

    #[test]
    fn rejects_bad_shapes() {
        assert!(Alm::zeros(3, 4).is_err());
        assert!(Alm::from_vec(3, 3, vec![Complex64::new(0.0, 0.0); 5]).is_err());
        let mut v = vec![Complex64::new(0.0, 0.0); Alm::len_for(3, 3)];
        v[4].im = f64::NAN;
        let err = Alm::from_vec(3, 3, v).unwrap_err().to_string();
        assert!(err.contains("index 4"), "{err}");
    }

    #[test]
    fn weighted_dot_counts_m_positive_twice() {
        let mut a = Alm::zeros(2, 2).unwrap();
        a[(1, 0)] = Complex64::new(2.0, 0.0);
        a[(2, 1)] = Complex64::new(1.0, 1.0);
        let w = [1.0, 0.5, 3.0];
        // l=1,m=0: 0.5*4; l=2,m=1: 3*2*(1+1)
        assert_eq!(a.dot_weighted(&a, &w).unwrap(), 2.0 + 12.0);
        assert_eq!(a.dot(&a).unwrap(), 4.0 + 4.0);
    }
}
