//! Observations for `condition`, `fit` and `sample`: station CSV files or an HDF5 map with a
//! mask, told apart by the file's first bytes.

use std::path::Path;

use anyhow::{bail, Context, Result};
use sphfield::condition::{MapObservations, Observations, PixelNoise};
use sphfield::io::FileReader;

/// What was observed.
pub enum Data {
    /// Point observations (CSV).
    Stations(Observations),
    /// A masked map (HDF5).
    Map(MapObservations),
}

/// How to read a map input: which variable and member, the mask variable, and the noise (one
/// standard deviation for all pixels or a variable of per-pixel ones). `noise_sd` is also the
/// default σ of CSV rows without a sigma column.
pub struct MapInput<'a> {
    pub variable: Option<&'a str>,
    pub index: usize,
    pub mask: &'a str,
    pub noise_variable: Option<&'a str>,
    pub noise_sd: Option<f64>,
}

/// CSV stations or an HDF5 map + mask, by the file's first bytes (HDF5's signature).
pub fn read_observations(path: &Path, input: &MapInput) -> Result<Data> {
    if let Some(s) = input.noise_sd {
        if !(s.is_finite() && s >= 0.0) {
            bail!("--noise-sd {s} must be finite and ≥ 0");
        }
    }
    if !is_hdf5(path)? {
        let obs = Observations::from_csv_file(path, input.noise_sd)
            .with_context(|| format!("reading observations from {}", path.display()))?;
        return Ok(Data::Stations(obs));
    }
    let file = FileReader::open(path)?;
    let name = match input.variable {
        Some(v) => v.to_string(),
        None => file
            .map_names()?
            .into_iter()
            .find(|n| n != input.mask)
            .with_context(|| format!("{} has no map variable", path.display()))?,
    };
    let info = file.map_info(&name)?;
    let values = file.read_map_values(&info, input.index)?;
    let mask_values = file
        .read_pixel_variable(input.mask, &info.geometry)
        .with_context(|| format!("reading the mask variable '{}' (--mask)", input.mask))?;
    let mut mask = Vec::with_capacity(mask_values.len());
    for (p, v) in mask_values.iter().enumerate() {
        if !v.is_finite() {
            bail!(
                "mask variable '{}' is {v} at pixel {p}; use 0 (not observed) or 1",
                input.mask
            );
        }
        mask.push(*v != 0.0);
    }
    let noise = match (input.noise_variable, input.noise_sd) {
        (Some(v), _) => {
            let sd = file
                .read_pixel_variable(v, &info.geometry)
                .with_context(|| format!("reading the noise variable '{v}'"))?;
            PixelNoise::PerPixel(
                sd.iter()
                    .map(|s| if s.is_finite() { s * s } else { *s })
                    .collect(),
            )
        }
        (None, Some(sd)) => PixelNoise::Uniform(sd * sd),
        (None, None) => bail!("a map input needs --noise-sd or --noise-variable"),
    };
    let obs = MapObservations::new(info.geometry.clone(), values, mask, noise)
        .with_context(|| format!("observed map '{name}' of {}", path.display()))?;
    Ok(Data::Map(obs))
}

/// True when the file starts with HDF5's signature (else it is read as text).
pub fn is_hdf5(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 8];
    let mut f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let n = f
        .read(&mut head)
        .with_context(|| format!("reading {}", path.display()))?;
    Ok(n == 8 && head == *b"\x89HDF\r\n\x1a\n")
}
