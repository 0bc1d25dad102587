//! Tabulated spectra from text/CSV files.

use super::AngularSpectrum;
use crate::error::{param_error, Result};
use std::f64::consts::PI;
use std::path::Path;

/// Largest spectrum table file read (bytes): ample for every degree up to
/// [`crate::alm::MAX_LMAX`] with many columns and comments.
pub const MAX_TABLE_BYTES: u64 = 64 << 20;

/// What the second column of a spectrum table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TableConvention {
    /// $C_\ell$ itself.
    #[default]
    Cl,
    /// $D_\ell = \ell(\ell+1)C_\ell/2\pi$ (CAMB, CLASS); converted with $C_\ell = 2\pi D_\ell/(\ell(\ell+1))$,
    /// and $D_0$ must be 0.
    Dl,
}

impl AngularSpectrum {
    /// Reads a spectrum table: one line per degree, columns `l value [more columns ignored]`
    /// separated by commas, semicolons or white space; `#` and `%` start comments; one header
    /// line (first field not a number) is allowed before the data. Degrees must increase by one;
    /// degrees below the first row are set to 0 (CAMB files start at l = 2). `lmax` truncates
    /// the table (`None` keeps all of it).
    ///
    /// # Errors
    /// `Error::Io` if the file cannot be read; `Error::Param` naming the file and line for a
    /// malformed row, a gap or repetition in l, a negative or non-finite value, or an `lmax`
    /// beyond the last row.
    pub fn from_table_file(
        path: impl AsRef<Path>,
        convention: TableConvention,
        lmax: Option<usize>,
    ) -> Result<AngularSpectrum> {
        let path = path.as_ref();
        let text = crate::text_file::read_limited_text(path, MAX_TABLE_BYTES, "spectrum table")?;
        AngularSpectrum::from_table_str(&text, convention, lmax, &path.display().to_string())
    }

    /// [`AngularSpectrum::from_table_file`] on text already in memory; `source` names it in
    /// messages and in the description.
    ///
    /// ```
    /// use sphfield::spectrum::{AngularSpectrum, TableConvention};
    /// let s = AngularSpectrum::from_table_str("# l Cl\n2 1.5\n3 0.5\n", TableConvention::Cl, None, "inline").unwrap();
    /// assert_eq!(s.values(), &[0.0, 0.0, 1.5, 0.5]);
    /// ```
    ///
    /// # Errors
    /// As [`AngularSpectrum::from_table_file`].
    pub fn from_table_str(
        text: &str,
        convention: TableConvention,
        lmax: Option<usize>,
        source: &str,
    ) -> Result<AngularSpectrum> {
        let bad = |line: usize, what: String| {
            param_error("spectrum table", format!("{source}, line {line}"), what)
        };
        let mut cl: Vec<f64> = Vec::new();
        let mut seen_data = false;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.split(['#', '%']).next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let fields: Vec<&str> = line
                .split([',', ';', ' ', '\t'])
                .filter(|f| !f.is_empty())
                .collect();
            let Ok(l_value) = fields[0].parse::<f64>() else {
                if !seen_data && cl.is_empty() {
                    seen_data = true; // one header line
                    continue;
                }
                return Err(bad(
                    line_no,
                    format!("degree '{}' is not a number", fields[0]),
                ));
            };
            seen_data = true;
            if fields.len() < 2 {
                return Err(bad(
                    line_no,
                    "expected two columns: l and the spectrum value".into(),
                ));
            }
            if !(l_value >= 0.0 && l_value.fract() == 0.0 && l_value <= crate::alm::MAX_LMAX as f64)
            {
                return Err(bad(
                    line_no,
                    format!(
                        "degree {l_value} is not an integer in 0..={}",
                        crate::alm::MAX_LMAX
                    ),
                ));
            }
            let l = l_value as usize;
            let value: f64 = fields[1]
                .parse()
                .map_err(|_| bad(line_no, format!("value '{}' is not a number", fields[1])))?;
            if !value.is_finite() || value < 0.0 {
                return Err(bad(
                    line_no,
                    format!("value {value} at l = {l} is negative or not finite"),
                ));
            }
            if cl.is_empty() {
                cl.resize(l, 0.0);
            } else if l != cl.len() {
                return Err(bad(
                    line_no,
                    format!(
                        "degree {l} follows {}: degrees must increase by one",
                        cl.len() - 1
                    ),
                ));
            }
            let c = match convention {
                TableConvention::Cl => value,
                TableConvention::Dl if l == 0 => {
                    if value != 0.0 {
                        return Err(bad(
                            line_no,
                            "D_0 must be 0 (C_0 is undefined from D_l)".into(),
                        ));
                    }
                    0.0
                }
                TableConvention::Dl => 2.0 * PI * value / (l * (l + 1)) as f64,
            };
            cl.push(c);
        }
        if cl.is_empty() {
            return Err(param_error("spectrum table", source, "no data rows"));
        }
        let last = cl.len() - 1;
        let lmax = lmax.unwrap_or(last);
        if lmax > last {
            return Err(param_error(
                "lmax",
                lmax,
                format!("the table {source} ends at l = {last}"),
            ));
        }
        cl.truncate(lmax + 1);
        let conv = match convention {
            TableConvention::Cl => "C_l",
            TableConvention::Dl => "D_l = l(l+1)C_l/2π",
        };
        AngularSpectrum::new(cl, format!("table {source} ({conv})"))
    }
}
