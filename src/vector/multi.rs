//! Several jointly Gaussian isotropic fields with per-degree cross-spectra.

use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::kl::KlSampler;
use crate::par::Par;
use crate::spectrum::{cross_spectrum, AngularSpectrum};

/// Largest number of jointly drawn fields.
pub const MAX_FIELDS: usize = 3;

/// Cross-spectra of n ≤ 3 jointly isotropic fields: `get(i, j)[l]` = $C^{ij}_\ell$, a symmetric
/// positive semi-definite n × n matrix per degree ($\langle a^i_{\ell m}\overline{a^j_{\ell' m'}}\rangle = C^{ij}_\ell\,\delta_{\ell\ell'}\delta_{mm'}$).
#[derive(Clone, Debug, PartialEq)]
pub struct CrossSpectra {
    n: usize,
    /// `c[l][i][j]`.
    c: Vec<[[f64; MAX_FIELDS]; MAX_FIELDS]>,
}

impl CrossSpectra {
    /// From the auto-spectra `autos[i]` and the cross-spectra `crosses` as (i, j, values)
    /// with i ≠ j (missing pairs are uncorrelated).
    ///
    /// # Errors
    /// `Error::Param` for more than 3 fields, spectra of different lengths, a repeated or
    /// out-of-range pair, a non-finite value, or a per-degree matrix that is not positive
    /// semi-definite (|C^{ij}|² > C^{ii}C^{jj} beyond rounding), naming the degree.
    pub fn new(
        autos: &[&AngularSpectrum],
        crosses: &[(usize, usize, &[f64])],
    ) -> Result<CrossSpectra> {
        let n = autos.len();
        if n == 0 || n > MAX_FIELDS {
            return Err(param_error("number of fields", n, "must be 1, 2 or 3"));
        }
        let lmax = autos[0].lmax();
        if autos.iter().any(|a| a.lmax() != lmax) {
            return Err(param_error(
                "auto-spectra",
                "lmax",
                "all must have the same lmax",
            ));
        }
        let mut c = vec![[[0.0; MAX_FIELDS]; MAX_FIELDS]; lmax + 1];
        for (i, a) in autos.iter().enumerate() {
            for (l, v) in a.values().iter().enumerate() {
                c[l][i][i] = *v;
            }
        }
        let mut seen = [[false; MAX_FIELDS]; MAX_FIELDS];
        for &(i, j, values) in crosses {
            if i >= n || j >= n || i == j || seen[i][j] {
                return Err(param_error(
                    "cross-spectrum",
                    format!("({i}, {j})"),
                    format!("needs two different fields below {n}, each pair once"),
                ));
            }
            seen[i][j] = true;
            seen[j][i] = true;
            if values.len() != lmax + 1 {
                return Err(param_error(
                    "cross-spectrum",
                    format!("({i}, {j})"),
                    format!(
                        "has {} degrees, the auto-spectra {}",
                        values.len(),
                        lmax + 1
                    ),
                ));
            }
            for (l, &v) in values.iter().enumerate() {
                if !v.is_finite() {
                    return Err(param_error(
                        "cross-spectrum",
                        format!("({i}, {j}) at l = {l}"),
                        "is not finite",
                    ));
                }
                c[l][i][j] = v;
                c[l][j][i] = v;
            }
        }
        let spectra = CrossSpectra { n, c };
        for l in 0..=lmax {
            spectra.cholesky(l)?;
        }
        Ok(spectra)
    }

    /// Number of fields.
    pub fn fields(&self) -> usize {
        self.n
    }

    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.c.len() - 1
    }

    /// $C^{ij}_\ell$ for every ℓ.
    pub fn get(&self, i: usize, j: usize) -> Vec<f64> {
        self.c.iter().map(|m| m[i][j]).collect()
    }

    /// Lower-triangular L with L Lᵀ = C_ℓ (semi-definite: a zero pivot gives a zero column,
    /// allowed when the column's other entries vanish to rounding).
    fn cholesky(&self, l: usize) -> Result<[[f64; MAX_FIELDS]; MAX_FIELDS]> {
        let c = &self.c[l];
        let mut lo = [[0.0; MAX_FIELDS]; MAX_FIELDS];
        for j in 0..self.n {
            let d = c[j][j] - lo[j][..j].iter().map(|v| v * v).sum::<f64>();
            let scale = c[j][j].abs().max(f64::MIN_POSITIVE);
            if d < -1e-12 * scale {
                return Err(not_psd(l));
            }
            let pivot = d.max(0.0).sqrt();
            lo[j][j] = pivot;
            for i in j + 1..self.n {
                let s = c[i][j] - (0..j).map(|k| lo[i][k] * lo[j][k]).sum::<f64>();
                if pivot > 0.0 && pivot * pivot > 1e-12 * scale {
                    lo[i][j] = s / pivot;
                } else if s.abs() > 1e-6 * (c[i][i].abs() * scale).sqrt() {
                    return Err(not_psd(l));
                }
            }
        }
        Ok(lo)
    }
}

fn not_psd(l: usize) -> Error {
    param_error(
        "cross-spectra",
        format!("l = {l}"),
        "the matrix of spectra is not positive semi-definite (|C_XY|² > C_XX C_YY)",
    )
}

/// Seeded draws of n jointly Gaussian fields: $a^i = \sum_{k\le i} L^{ik}_\ell z^k$ with
/// $L_\ell L_\ell^{\mathsf T} = C_\ell$ (Cholesky per degree) and $z^k$ independent unit white
/// noise. Field k's noise $z^k$ is the [`KlSampler`] draw of (seed, member) with sub-index k,
/// so: same seed → same bits for any thread count; field i depends only on fields ≤ i (adding
/// B to (T, E) does not change the T and E draws); each member is independent.
#[derive(Clone, Debug)]
pub struct MultiFieldSampler {
    factors: Vec<[[f64; MAX_FIELDS]; MAX_FIELDS]>,
    n: usize,
    noise: KlSampler,
}

impl MultiFieldSampler {
    /// Sampler of the fields with cross-spectra `spectra`.
    pub fn new(spectra: &CrossSpectra, seed: u64) -> Result<MultiFieldSampler> {
        let lmax = spectra.lmax();
        let factors = (0..=lmax)
            .map(|l| spectra.cholesky(l))
            .collect::<Result<_>>()?;
        let unit = AngularSpectrum::new(vec![1.0; lmax + 1], "unit white noise")?;
        Ok(MultiFieldSampler {
            factors,
            n: spectra.fields(),
            noise: KlSampler::new(&unit, seed),
        })
    }

    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.factors.len() - 1
    }

    /// The n fields of ensemble member `member`.
    pub fn sample(&self, member: u64, par: Par) -> Result<Vec<Alm>> {
        let lmax = self.lmax();
        let z: Vec<Alm> = (0..self.n)
            .map(|k| {
                self.noise
                    .for_purpose(crate::kl::Purpose::Field, k as u64)
                    .sample(member, par)
            })
            .collect();
        let mut out = vec![Alm::zeros(lmax, lmax)?; self.n];
        for (i, a) in out.iter_mut().enumerate() {
            for m in 0..=lmax {
                let dst = a.m_slice_mut(m);
                for (j, v) in dst.iter_mut().enumerate() {
                    let l = m + j;
                    let f = &self.factors[l][i];
                    let mut s = num_complex::Complex64::new(0.0, 0.0);
                    for (k, zk) in z.iter().enumerate().take(i + 1) {
                        s += zk.m_slice(m)[j] * f[k];
                    }
                    *v = s;
                }
            }
        }
        Ok(out)
    }
}

/// One estimated spectrum of [`cross_spectra`]: the field pair (i, j) and $\hat C^{ij}_\ell$.
pub type CrossEstimate = ((usize, usize), Vec<f64>);

/// The estimated auto- and cross-spectra of several fields' coefficients (healpy's anafast on
/// alm): entry (i, j) of the result is $\hat C^{ij}_\ell$ for i ≤ j, in the order
/// (0,0), (0,1), …, (0,n−1), (1,1), …
///
/// # Errors
/// `Error::Mismatch` if the coefficient sets have different shapes.
pub fn cross_spectra(alms: &[&Alm]) -> Result<Vec<CrossEstimate>> {
    let mut out = Vec::new();
    for i in 0..alms.len() {
        for j in i..alms.len() {
            out.push(((i, j), cross_spectrum(alms[i], alms[j])?));
        }
    }
    Ok(out)
}
