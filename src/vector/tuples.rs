//! Diffusion on coefficient tuples — (E, B) of a wind, (T, E, B) of a polarised sky — through
//! the scalar machinery (docs/vector-fields.md §4).
//!
//! K fields of band limit L are **packed** into one coefficient vector of band limit
//! L' = K(L+1) − 1: field k's $(\ell, m)$ sits at $(\ell + k(L+1), m)$. The Ornstein–Uhlenbeck
//! process with per-degree covariance $Q'_{\ell + k(L+1)} = Q_\ell$ on the packed vector is exactly
//! K independent copies of the process with Q, one per field, so transitions, the
//! [`crate::score::EmpiricalPrior`] of packed training tuples and the reverse samplers of
//! [`crate::sampler`] act on tuples unchanged. Slots that hold no coefficient of any field
//! (packed $(\ell', m)$ with m above the field's ℓ) carry only the process's own noise: every data
//! law puts them at 0, so they leave the weights of the empirical score unchanged and are
//! dropped by [`TuplePacking::unpack`]. The price is memory: a packed vector has about K times
//! the coefficients of the K fields.

use super::multi::{CrossSpectra, MAX_FIELDS};
use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::ou::OrnsteinUhlenbeck;
use crate::score::Score;
use crate::spectrum::AngularSpectrum;

/// The packing of K fields of band limit L into one coefficient vector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TuplePacking {
    lmax: usize,
    fields: usize,
}

impl TuplePacking {
    /// K = `fields` (1..=3) fields of band limit `lmax`.
    pub fn new(lmax: usize, fields: usize) -> Result<TuplePacking> {
        if fields == 0 || fields > MAX_FIELDS {
            return Err(param_error("number of fields", fields, "must be 1, 2 or 3"));
        }
        crate::alm::check_lmax_mmax(fields * (lmax + 1) - 1, 0)?;
        Ok(TuplePacking { lmax, fields })
    }

    /// Band limit of each field.
    pub fn lmax(&self) -> usize {
        self.lmax
    }

    /// Number of fields.
    pub fn fields(&self) -> usize {
        self.fields
    }

    /// Band limit of the packed vector, K(L+1) − 1.
    pub fn packed_lmax(&self) -> usize {
        self.fields * (self.lmax + 1) - 1
    }

    /// Packed degree of field k's degree ℓ.
    fn packed_degree(&self, k: usize, l: usize) -> usize {
        l + k * (self.lmax + 1)
    }

    /// The fields (each `Alm(lmax, lmax)`) as one packed vector (`Alm(L', L')`).
    ///
    /// # Errors
    /// `Error::Mismatch` for the wrong number of fields or shapes.
    pub fn pack(&self, fields: &[&Alm]) -> Result<Alm> {
        if fields.len() != self.fields {
            return Err(Error::Mismatch(format!(
                "{} fields given, the packing has {}",
                fields.len(),
                self.fields
            )));
        }
        let lp = self.packed_lmax();
        let mut out = Alm::zeros(lp, lp)?;
        for (k, f) in fields.iter().enumerate() {
            if f.lmax() != self.lmax || f.mmax() != self.lmax {
                return Err(Error::Mismatch(format!(
                    "field {k} has (lmax, mmax) = ({}, {}), the packing needs ({l}, {l})",
                    f.lmax(),
                    f.mmax(),
                    l = self.lmax
                )));
            }
            for m in 0..=self.lmax {
                let base = self.packed_degree(k, m) - m;
                out.m_slice_mut(m)[base..base + self.lmax + 1 - m].copy_from_slice(f.m_slice(m));
            }
        }
        Ok(out)
    }

    /// The K fields of a packed vector (slots that hold no field coefficient are dropped).
    pub fn unpack(&self, packed: &Alm) -> Result<Vec<Alm>> {
        let lp = self.packed_lmax();
        if packed.lmax() != lp || packed.mmax() < self.lmax {
            return Err(Error::Mismatch(format!(
                "packed vector has (lmax, mmax) = ({}, {}), the packing needs lmax {lp} and mmax ≥ {}",
                packed.lmax(),
                packed.mmax(),
                self.lmax
            )));
        }
        (0..self.fields)
            .map(|k| {
                let mut f = Alm::zeros(self.lmax, self.lmax)?;
                for m in 0..=self.lmax {
                    let base = self.packed_degree(k, m) - m;
                    f.m_slice_mut(m)
                        .copy_from_slice(&packed.m_slice(m)[base..base + self.lmax + 1 - m]);
                }
                Ok(f)
            })
            .collect()
    }

    /// The packed process: $Q'_{\ell + k(L+1)} = Q_\ell$ for every field k, the same β.
    pub fn process(&self, q: &AngularSpectrum, beta: f64) -> Result<OrnsteinUhlenbeck> {
        if q.lmax() != self.lmax {
            return Err(Error::Mismatch(format!(
                "noise spectrum has lmax {}, the fields {}",
                q.lmax(),
                self.lmax
            )));
        }
        let values: Vec<f64> = (0..self.fields)
            .flat_map(|_| q.values().iter().copied())
            .collect();
        let packed = AngularSpectrum::new(
            values,
            format!("{} (packed × {})", q.description(), self.fields),
        )?;
        OrnsteinUhlenbeck::new(packed, beta)
    }
}

/// The exact score of a jointly Gaussian tuple law N(0, C) with per-degree K × K cross-spectra
/// $C_\ell$ (e.g. TT, EE, BB, TE), on the packed vector of [`TuplePacking`]:
/// $E[X_0\,|\,X_t = x]_{\ell m} = a_tC_\ell(a_t^2C_\ell + v_tQ_\ell I)^{-1}x_{\ell m}$ per (ℓ, m), where
/// $x_{\ell m}$ is the K-vector of the fields' coefficients, and 0 in the slots holding no field.
#[derive(Clone, Debug)]
pub struct BlockGaussianPrior {
    process: OrnsteinUhlenbeck,
    packing: TuplePacking,
    spectra: CrossSpectra,
    /// $Q_\ell$ of one field.
    q: Vec<f64>,
}

impl BlockGaussianPrior {
    /// Prior with cross-spectra `spectra` under the packed process with noise covariance `q`
    /// per field and rate `beta`.
    pub fn new(
        spectra: CrossSpectra,
        q: &AngularSpectrum,
        beta: f64,
    ) -> Result<BlockGaussianPrior> {
        let packing = TuplePacking::new(spectra.lmax(), spectra.fields())?;
        let process = packing.process(q, beta)?;
        Ok(BlockGaussianPrior {
            process,
            packing,
            q: q.values().to_vec(),
            spectra,
        })
    }

    /// The packing of the tuples this prior scores.
    pub fn packing(&self) -> TuplePacking {
        self.packing
    }

    /// Per degree, $M_\ell^{-1}$ with $M_\ell = a_t^2C_\ell + v_tQ_\ell I$ (symmetric positive
    /// definite: $v_tQ_\ell > 0$), and the per-degree K × K matrices `f(ℓ, C_ℓ, M_ℓ⁻¹)`.
    fn per_degree(&self, t: f64, f: impl Fn(usize, &Matrix, &Matrix) -> Matrix) -> Vec<Matrix> {
        // The packed process is OU: one a_t, v_t for every packed degree.
        let (a, v) = (self.process.signal(0, t), self.process.noise_variance(0, t));
        let n = self.spectra.fields();
        let c: Vec<Vec<f64>> = (0..n * n)
            .map(|ij| self.spectra.get(ij / n, ij % n))
            .collect();
        (0..=self.packing.lmax)
            .map(|l| {
                let mut cl = [[0.0; MAX_FIELDS]; MAX_FIELDS];
                let mut m = [[0.0; MAX_FIELDS]; MAX_FIELDS];
                for i in 0..n {
                    for j in 0..n {
                        cl[i][j] = c[i * n + j][l];
                        m[i][j] = a * a * cl[i][j] + if i == j { v * self.q[l] } else { 0.0 };
                    }
                }
                f(l, &cl, &invert_spd(&m, n))
            })
            .collect()
    }

    /// out ← per (ℓ, m) `matrices[ℓ]` times the K-vector of x; `other` times x in the slots
    /// holding no field.
    fn apply(&self, matrices: &[Matrix], other: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.process.check_alm("x", x)?;
        if out.lmax() != x.lmax() || out.mmax() != x.mmax() {
            return Err(Error::Mismatch("output and x differ in shape".into()));
        }
        if x.mmax() < self.packing.lmax {
            return Err(Error::Mismatch(format!(
                "packed vector has mmax {}, below the fields' lmax {}",
                x.mmax(),
                self.packing.lmax
            )));
        }
        for (o, v) in out.as_mut_slice().iter_mut().zip(x.as_slice()) {
            *o = v * other;
        }
        let (n, lmax) = (self.packing.fields, self.packing.lmax);
        for m in 0..=lmax {
            let (xs, os) = (x.m_slice(m), out.m_slice_mut(m));
            for (l, g) in matrices.iter().enumerate().skip(m) {
                let at = |k: usize| self.packing.packed_degree(k, l) - m;
                for i in 0..n {
                    let mut s = num_complex::Complex64::new(0.0, 0.0);
                    for (j, gij) in g[i].iter().enumerate().take(n) {
                        s += xs[at(j)] * *gij;
                    }
                    os[at(i)] = s;
                }
            }
        }
        Ok(())
    }
}

/// A K × K matrix (K ≤ 3; unused entries 0).
type Matrix = [[f64; MAX_FIELDS]; MAX_FIELDS];

/// Inverse of a symmetric positive definite n × n matrix (n ≤ 3) by Gauss–Jordan elimination.
fn invert_spd(m: &[[f64; MAX_FIELDS]; MAX_FIELDS], n: usize) -> [[f64; MAX_FIELDS]; MAX_FIELDS] {
    let mut a = *m;
    let mut inv = [[0.0; MAX_FIELDS]; MAX_FIELDS];
    for (i, row) in inv.iter_mut().enumerate().take(n) {
        row[i] = 1.0;
    }
    for col in 0..n {
        // Positive definite: the pivot on the diagonal is positive without row exchanges.
        let p = a[col][col];
        for j in 0..n {
            a[col][j] /= p;
            inv[col][j] /= p;
        }
        for r in 0..n {
            if r != col {
                let f = a[r][col];
                for j in 0..n {
                    a[r][j] -= f * a[col][j];
                    inv[r][j] -= f * inv[col][j];
                }
            }
        }
    }
    inv
}

impl Score for BlockGaussianPrior {
    fn process(&self) -> &OrnsteinUhlenbeck {
        &self.process
    }

    /// $a_tC_\ell M_\ell^{-1}x_{\ell m}$; 0 in the slots holding no field.
    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.process.check_time(t)?;
        let n = self.packing.fields;
        let a = self.process.signal(0, t);
        let gains = self.per_degree(t, |_, c, inv| {
            let mut g = [[0.0; MAX_FIELDS]; MAX_FIELDS];
            for i in 0..n {
                for j in 0..n {
                    g[i][j] = (0..n).map(|k| a * c[i][k] * inv[k][j]).sum();
                }
            }
            g
        });
        self.apply(&gains, 0.0, x, out)
    }

    /// $-Q_\ell M_\ell^{-1}x_{\ell m}$ directly (not $(a_tE - x)/v_t$, which cancels at small t);
    /// $-x/v_t$ in the slots holding no field.
    fn score(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        self.process.check_time(t)?;
        let n = self.packing.fields;
        let matrices = self.per_degree(t, |l, _, inv| {
            let mut h = [[0.0; MAX_FIELDS]; MAX_FIELDS];
            for i in 0..n {
                for j in 0..n {
                    h[i][j] = -self.q[l] * inv[i][j];
                }
            }
            h
        });
        self.apply(&matrices, -1.0 / self.process.noise_variance(0, t), x, out)
    }
}
