//! Point observations y_i = f(x_i) + ε_i, ε_i ~ N(0, σ_i²) (docs/conditioning.md §C.1), from
//! arrays or from CSV files.

use super::points::Points;
use crate::error::{param_error, shape_error, Result};
use std::collections::HashMap;
use std::path::Path;

/// Largest observation file read (bytes).
pub const MAX_OBSERVATION_BYTES: u64 = 1 << 30;

/// Observed values at points with their noise variances σ_i² ≥ 0.
///
/// ```
/// use sphfield::condition::Observations;
/// let obs = Observations::from_lat_lon_degrees(&[48.1, -33.9], &[11.6, 18.4], &[1.2, -0.4], &[0.01, 0.01])?;
/// assert_eq!(obs.len(), 2);
/// # Ok::<(), sphfield::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Observations {
    points: Points,
    values: Vec<f64>,
    noise_variances: Vec<f64>,
}

impl Observations {
    /// Observations at `points` with `values` and noise variances σ_i².
    ///
    /// # Errors
    /// `Error::Shape` for lengths that differ; `Error::Param` naming the observation for a
    /// non-finite value, a negative or non-finite variance, no observations, or two noise-free
    /// observations at the same place (the posterior would have to match both exactly).
    pub fn new(
        points: Points,
        values: Vec<f64>,
        noise_variances: Vec<f64>,
    ) -> Result<Observations> {
        let n = points.len();
        if values.len() != n {
            return Err(shape_error(
                "observed values (one per point)",
                n,
                values.len(),
            ));
        }
        if noise_variances.len() != n {
            return Err(shape_error(
                "noise variances (one per point)",
                n,
                noise_variances.len(),
            ));
        }
        if n == 0 {
            return Err(param_error(
                "observations",
                0,
                "at least one observation is needed",
            ));
        }
        for (i, (&y, &s2)) in values.iter().zip(&noise_variances).enumerate() {
            if !y.is_finite() {
                return Err(param_error(
                    "observed value",
                    format!("{y} at observation #{i}"),
                    "values must be finite",
                ));
            }
            if !(s2.is_finite() && s2 >= 0.0) {
                return Err(param_error(
                    "noise variance",
                    format!("{s2} at observation #{i}"),
                    "noise variances σ² are finite and ≥ 0",
                ));
            }
        }
        check_noise_free_duplicates(&points, &noise_variances)?;
        Ok(Observations {
            points,
            values,
            noise_variances,
        })
    }

    /// Observations from latitudes and longitudes in degrees.
    ///
    /// # Errors
    /// As [`Points::from_lat_lon_degrees`] and [`Observations::new`].
    pub fn from_lat_lon_degrees(
        lat: &[f64],
        lon: &[f64],
        values: &[f64],
        noise_variances: &[f64],
    ) -> Result<Observations> {
        Observations::new(
            Points::from_lat_lon_degrees(lat, lon)?,
            values.to_vec(),
            noise_variances.to_vec(),
        )
    }

    /// Reads a CSV file `lat,lon,value[,sigma]` (degrees; σ is the noise standard deviation,
    /// in the units of the values). Lines starting with `#` and blank lines are skipped; an
    /// optional header line names the columns (`lat`/`latitude`, `lon`/`longitude`,
    /// `value`/`y`, `sigma`/`sd`, in any order; other columns are ignored); without a header
    /// the columns are positional. Rows without σ use `default_sigma`.
    ///
    /// # Errors
    /// `Error::Io` if the file cannot be read; `Error::Param` naming the file and line for a
    /// malformed row, a missing column, |lat| > 90, a NaN, a negative σ, or no σ and no default;
    /// the errors of [`Observations::new`] (which name the observation; observation #i is the
    /// i-th data row).
    pub fn from_csv_file(
        path: impl AsRef<Path>,
        default_sigma: Option<f64>,
    ) -> Result<Observations> {
        let path = path.as_ref();
        let text =
            crate::text_file::read_limited_text(path, MAX_OBSERVATION_BYTES, "observation file")?;
        Observations::from_csv_str(&text, default_sigma, &path.display().to_string())
    }

    /// [`Observations::from_csv_file`] on text in memory; `source` names it in messages.
    ///
    /// ```
    /// use sphfield::condition::Observations;
    /// let text = "# stations\nlat,lon,value,sigma\n45,10,1.5,0.1\n-20,300,0.2,0.1\n";
    /// let obs = Observations::from_csv_str(text, None, "inline")?;
    /// assert_eq!(obs.values(), &[1.5, 0.2]);
    /// assert!((obs.noise_variances()[0] - 0.01).abs() < 1e-15); // σ² = 0.1²
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Observations::from_csv_file`].
    pub fn from_csv_str(
        text: &str,
        default_sigma: Option<f64>,
        source: &str,
    ) -> Result<Observations> {
        if let Some(s) = default_sigma {
            if !(s.is_finite() && s >= 0.0) {
                return Err(param_error(
                    "default σ",
                    s,
                    "a noise standard deviation is finite and ≥ 0",
                ));
            }
        }
        let bad = |line: usize, what: String| {
            param_error("observation file", format!("{source}, line {line}"), what)
        };
        let mut columns = Columns::POSITIONAL;
        let (mut lat, mut lon, mut values, mut variances) = (vec![], vec![], vec![], vec![]);
        let mut seen_row = false;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split(',').map(str::trim).collect();
            if !seen_row && fields[0].parse::<f64>().is_err() {
                columns = Columns::from_header(&fields).map_err(|e| bad(line_no, e))?;
                seen_row = true;
                continue;
            }
            seen_row = true;
            let number = |index: usize, name: &str| -> Result<f64> {
                let field = fields.get(index).ok_or_else(|| {
                    bad(
                        line_no,
                        format!("missing column '{name}' (column {})", index + 1),
                    )
                })?;
                let v: f64 = field
                    .parse()
                    .map_err(|_| bad(line_no, format!("{name} '{field}' is not a number")))?;
                if v.is_finite() {
                    Ok(v)
                } else {
                    Err(bad(line_no, format!("{name} is {v}")))
                }
            };
            let la = number(columns.lat, "lat")?;
            if la.abs() > 90.0 {
                return Err(bad(line_no, format!("latitude {la} is outside [-90, 90]")));
            }
            lat.push(la);
            lon.push(number(columns.lon, "lon")?);
            values.push(number(columns.value, "value")?);
            let sigma = match columns.sigma {
                Some(c) if fields.get(c).is_some_and(|f| !f.is_empty()) => number(c, "sigma")?,
                _ => default_sigma.ok_or_else(|| {
                    bad(
                        line_no,
                        "no sigma column and no default noise σ given".into(),
                    )
                })?,
            };
            if sigma < 0.0 {
                return Err(bad(line_no, format!("sigma {sigma} is negative")));
            }
            variances.push(sigma * sigma);
        }
        if values.is_empty() {
            return Err(param_error(
                "observation file",
                source,
                "contains no observations",
            ));
        }
        Observations::from_lat_lon_degrees(&lat, &lon, &values, &variances)
    }

    /// Number of observations.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Always false (an empty set is refused).
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Where the values were observed.
    pub fn points(&self) -> &Points {
        &self.points
    }

    /// Observed values y_i.
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// Noise variances σ_i².
    pub fn noise_variances(&self) -> &[f64] {
        &self.noise_variances
    }

    /// The same places and noise with other values (e.g. residuals).
    ///
    /// # Errors
    /// As [`Observations::new`].
    pub fn with_values(&self, values: Vec<f64>) -> Result<Observations> {
        if values.len() != self.len() {
            return Err(shape_error(
                "observed values (one per point)",
                self.len(),
                values.len(),
            ));
        }
        crate::error::check_finite("observed values", &values)?;
        Ok(Observations {
            values,
            ..self.clone()
        })
    }

    /// The observations `indices` (in that order).
    pub fn select(&self, indices: &[usize]) -> Observations {
        Observations {
            points: self.points.select(indices),
            values: indices.iter().map(|&i| self.values[i]).collect(),
            noise_variances: indices.iter().map(|&i| self.noise_variances[i]).collect(),
        }
    }
}

/// Column positions of a CSV file.
struct Columns {
    lat: usize,
    lon: usize,
    value: usize,
    sigma: Option<usize>,
}

impl Columns {
    const POSITIONAL: Columns = Columns {
        lat: 0,
        lon: 1,
        value: 2,
        sigma: Some(3),
    };

    fn from_header(fields: &[&str]) -> std::result::Result<Columns, String> {
        let find = |names: &[&str]| {
            fields
                .iter()
                .position(|f| names.iter().any(|n| f.eq_ignore_ascii_case(n)))
        };
        let need = |names: &[&str]| {
            find(names).ok_or_else(|| {
                format!(
                    "header has no '{}' column (header: {})",
                    names[0],
                    fields.join(",")
                )
            })
        };
        Ok(Columns {
            lat: need(&["lat", "latitude"])?,
            lon: need(&["lon", "longitude"])?,
            value: need(&["value", "y"])?,
            sigma: find(&["sigma", "sd", "std"]),
        })
    }
}

/// Two noise-free observations at the same place make K + Σ singular; say which.
fn check_noise_free_duplicates(points: &Points, noise_variances: &[f64]) -> Result<()> {
    // Unit vectors rounded to ~1e-11 (0.06 mm on the Earth): equal keys are the same place.
    let mut seen: HashMap<[i64; 3], usize> = HashMap::new();
    for (i, u) in points.unit_vectors().iter().enumerate() {
        if noise_variances[i] != 0.0 {
            continue;
        }
        let key = u.map(|c| (c * 1e11).round() as i64);
        if let Some(first) = seen.insert(key, i) {
            return Err(param_error(
                "observations",
                format!("#{first} and #{i}"),
                "two noise-free observations (σ = 0) at the same place make the system singular; \
                 give them a noise σ > 0 or merge them",
            ));
        }
    }
    Ok(())
}
