//! Polarised skies: T, Q, U maps from TT, EE, BB, TE spectra (healpy's `synfast(pol=True)`) and
//! the six spectra TT, EE, BB, TE, TB, EB of T, Q, U maps (`anafast(pol=True)`)
//! (docs/vector-fields.md §2).
//!
//! Conventions are healpy's: T is a scalar field, Q and U the spin-2 synthesis of (E, B)
//! ($Q + iU = -\sum(E_{\ell m} + iB_{\ell m})\,{}_2Y_{\ell m}$).

use super::multi::{CrossSpectra, MultiFieldSampler};
use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::map::Map;
use crate::par::Par;
use crate::sht::{Sht, SpinAlm};
use crate::spectrum::{cross_spectrum, AngularSpectrum};
use std::f64::consts::PI;
use std::path::Path;

/// The spectra of a polarised sky, $C_\ell$ of TT, EE, BB and the T–E cross-spectrum (TB = EB = 0).
#[derive(Clone, Debug, PartialEq)]
pub struct PolarizedSpectra {
    /// Temperature.
    pub tt: Vec<f64>,
    /// E modes.
    pub ee: Vec<f64>,
    /// B modes.
    pub bb: Vec<f64>,
    /// Temperature–E cross-spectrum (may be negative).
    pub te: Vec<f64>,
}

impl PolarizedSpectra {
    /// The spectra as the cross-spectra of (T, E, B).
    ///
    /// # Errors
    /// `Error::Param` for columns of different lengths, negative or non-finite auto-spectra, or
    /// $C^{TE}_\ell{}^2 > C^{TT}_\ell C^{EE}_\ell$ at some degree (named).
    pub fn cross_spectra(&self) -> Result<CrossSpectra> {
        let n = self.tt.len();
        if [self.ee.len(), self.bb.len(), self.te.len()]
            .iter()
            .any(|&k| k != n)
        {
            return Err(param_error(
                "polarised spectra",
                "columns",
                "TT, EE, BB and TE must have the same length",
            ));
        }
        let tt = AngularSpectrum::new(self.tt.clone(), "TT")?;
        let ee = AngularSpectrum::new(self.ee.clone(), "EE")?;
        let bb = AngularSpectrum::new(self.bb.clone(), "BB")?;
        CrossSpectra::new(&[&tt, &ee, &bb], &[(0, 1, &self.te)])
    }

    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.tt.len().saturating_sub(1)
    }

    /// Reads a CAMB-style table of $D_\ell = \ell(\ell+1)C_\ell/2\pi$ with columns `l TT EE BB TE`
    /// (CAMB's `*_totCls.dat` / `*_lensedCls.dat` layout; more columns are ignored), white-space
    /// or comma separated, `#` comments, one optional header line. Degrees must increase by one;
    /// those below the first row (CAMB starts at 2) get 0. `lmax` truncates.
    ///
    /// ```
    /// use sphfield::vector::PolarizedSpectra;
    /// let s = PolarizedSpectra::from_camb_str("# L TT EE BB TE\n2 1000 10 0.1 30\n3 900 12 0.1 25\n", None, "inline")?;
    /// assert_eq!(s.lmax(), 3);
    /// assert!((s.tt[2] - 1000.0 * 2.0 * std::f64::consts::PI / 6.0).abs() < 1e-9);
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// `Error::Io` if the file cannot be read; `Error::Param` naming the line for a malformed
    /// row, fewer than five columns, a gap in ℓ, a non-zero value at ℓ = 0 or 1 where D_ℓ
    /// cannot be converted, or an `lmax` beyond the table.
    pub fn from_camb_file(path: impl AsRef<Path>, lmax: Option<usize>) -> Result<PolarizedSpectra> {
        let path = path.as_ref();
        let text = crate::text_file::read_limited_text(
            path,
            crate::spectrum::MAX_TABLE_BYTES,
            "spectrum table",
        )?;
        PolarizedSpectra::from_camb_str(&text, lmax, &path.display().to_string())
    }

    /// [`PolarizedSpectra::from_camb_file`] on text in memory (`source` names it in messages).
    pub fn from_camb_str(
        text: &str,
        lmax: Option<usize>,
        source: &str,
    ) -> Result<PolarizedSpectra> {
        let bad = |line: usize, what: String| {
            param_error(
                "polarised spectrum table",
                format!("{source}, line {line}"),
                what,
            )
        };
        let mut cols: [Vec<f64>; 4] = Default::default();
        let mut header_seen = false;
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line
                .split([',', ' ', '\t'])
                .filter(|f| !f.is_empty())
                .collect();
            let Ok(l) = fields[0].parse::<f64>() else {
                if !header_seen && cols[0].is_empty() {
                    header_seen = true;
                    continue;
                }
                return Err(bad(i + 1, format!("`{}` is not a degree", fields[0])));
            };
            if fields.len() < 5 {
                return Err(bad(
                    i + 1,
                    format!("needs 5 columns (l TT EE BB TE), found {}", fields.len()),
                ));
            }
            if l.fract() != 0.0 || l < 0.0 || l > crate::alm::MAX_LMAX as f64 {
                return Err(bad(
                    i + 1,
                    format!(
                        "degree {l} is not an integer in 0..={}",
                        crate::alm::MAX_LMAX
                    ),
                ));
            }
            let l = l as usize;
            if cols[0].is_empty() {
                for c in cols.iter_mut() {
                    c.resize(l, 0.0);
                }
            } else if l != cols[0].len() {
                return Err(bad(
                    i + 1,
                    format!(
                        "degree {l} follows {} (degrees must increase by one)",
                        cols[0].len() - 1
                    ),
                ));
            }
            for (k, c) in cols.iter_mut().enumerate() {
                let d: f64 = fields[k + 1]
                    .parse()
                    .map_err(|_| bad(i + 1, format!("`{}` is not a number", fields[k + 1])))?;
                if !d.is_finite() {
                    return Err(bad(i + 1, "non-finite value".into()));
                }
                let value = if l == 0 {
                    if d != 0.0 {
                        return Err(bad(
                            i + 1,
                            "D_l at l = 0 must be 0 (C_0 cannot be recovered from it)".into(),
                        ));
                    }
                    0.0
                } else {
                    2.0 * PI * d / ((l * (l + 1)) as f64)
                };
                c.push(value);
            }
        }
        if cols[0].is_empty() {
            return Err(param_error(
                "polarised spectrum table",
                source,
                "has no data rows",
            ));
        }
        if let Some(lmax) = lmax {
            if lmax >= cols[0].len() {
                return Err(param_error(
                    "lmax",
                    lmax,
                    format!(
                        "beyond the table's last degree {} ({source})",
                        cols[0].len() - 1
                    ),
                ));
            }
            for c in cols.iter_mut() {
                c.truncate(lmax + 1);
            }
        }
        let [tt, ee, bb, te] = cols;
        let spectra = PolarizedSpectra { tt, ee, bb, te };
        spectra.cross_spectra()?;
        Ok(spectra)
    }
}

/// The coefficients of a polarised sky: temperature T and the E and B modes.
#[derive(Clone, Debug, PartialEq)]
pub struct PolarizedSky {
    /// Temperature.
    pub t: Alm,
    /// E modes.
    pub e: Alm,
    /// B modes.
    pub b: Alm,
}

/// The six spectra of a polarised sky, in healpy's order TT, EE, BB, TE, EB, TB.
#[derive(Clone, Debug, PartialEq)]
pub struct SixSpectra {
    /// Temperature.
    pub tt: Vec<f64>,
    /// E modes.
    pub ee: Vec<f64>,
    /// B modes.
    pub bb: Vec<f64>,
    /// Temperature × E.
    pub te: Vec<f64>,
    /// E × B.
    pub eb: Vec<f64>,
    /// Temperature × B.
    pub tb: Vec<f64>,
}

impl PolarizedSky {
    /// Seeded draw (T, E, B) with the given spectra: T from noise stream 0, E from streams 0
    /// and 1 (the 2 × 2 Cholesky factor of (TT, TE; TE, EE) per degree), B from stream 2 — so
    /// the same seed gives the same bits for any thread count and B does not change T and E.
    ///
    /// ```
    /// use sphfield::vector::{PolarizedSky, PolarizedSpectra};
    /// use sphfield::Par;
    /// let n = 33;
    /// let s = PolarizedSpectra { tt: vec![1.0; n], ee: vec![0.1; n], bb: vec![0.01; n], te: vec![0.2; n] };
    /// let sky = PolarizedSky::sample(&s, 7, 0, Par::Seq)?;
    /// assert_eq!(sky, PolarizedSky::sample(&s, 7, 0, Par::threads(2))?);
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`PolarizedSpectra::cross_spectra`].
    pub fn sample(
        spectra: &PolarizedSpectra,
        seed: u64,
        member: u64,
        par: Par,
    ) -> Result<PolarizedSky> {
        let mut f = MultiFieldSampler::new(&spectra.cross_spectra()?, seed)?.sample(member, par)?;
        let b = f.pop().expect("three fields");
        let e = f.pop().expect("three fields");
        let t = f.pop().expect("three fields");
        Ok(PolarizedSky { t, e, b })
    }

    fn check(&self) -> Result<()> {
        let shape = |a: &Alm| (a.lmax(), a.mmax());
        if shape(&self.t) != shape(&self.e) || shape(&self.t) != shape(&self.b) {
            return Err(Error::Mismatch(
                "T, E and B coefficients differ in shape".into(),
            ));
        }
        Ok(())
    }

    /// The maps T, Q, U on the plan's grid (healpy's `alm2map(pol=True)`).
    ///
    /// # Errors
    /// As [`Sht::synthesis`] and [`Sht::spin_synthesis`].
    pub fn to_maps(&self, sht: &Sht, par: Par) -> Result<[Map; 3]> {
        self.check()?;
        let t = sht.synthesis(&self.t, par)?;
        let (q, u) = sht.spin_synthesis(
            2,
            &SpinAlm {
                e: self.e.clone(),
                b: self.b.clone(),
            },
            par,
        )?;
        Ok([t, q, u])
    }

    /// (T, E, B) of maps T, Q, U (healpy's `map2alm(pol=True)`; exact on GL, CC and Fejér-1
    /// grids, conjugate gradients on HEALPix).
    pub fn from_maps(sht: &Sht, t: &[f64], q: &[f64], u: &[f64], par: Par) -> Result<PolarizedSky> {
        let ta = sht.analysis(t, par)?;
        let eb = sht.spin_analysis(2, q, u, par)?;
        Ok(PolarizedSky {
            t: ta,
            e: eb.e,
            b: eb.b,
        })
    }

    /// The six estimated spectra (anafast on the coefficients; each unbiased for an isotropic
    /// sky: $(2\ell+1)\hat C_\ell$ follows the Wishart law of the 3 × 3 spectra matrix).
    pub fn spectra(&self) -> Result<SixSpectra> {
        self.check()?;
        Ok(SixSpectra {
            tt: cross_spectrum(&self.t, &self.t)?,
            ee: cross_spectrum(&self.e, &self.e)?,
            bb: cross_spectrum(&self.b, &self.b)?,
            te: cross_spectrum(&self.t, &self.e)?,
            eb: cross_spectrum(&self.e, &self.b)?,
            tb: cross_spectrum(&self.t, &self.b)?,
        })
    }
}
