//! `sphfield plot`: PNG pictures of fields and spectra in sphfield files.

use std::path::PathBuf;

use super::note;
use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use sphfield::io::{Dim, FileReader, Overwrite};
use sphfield::plot::{ColorMap, Projection, SkyPlot, SpectrumPlot};
use sphfield::Par;

/// Map projections.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ProjectionArg {
    /// Equal-area Mollweide ellipse.
    Mollweide,
    /// Equirectangular (plate carrée) longitude–latitude rectangle.
    Equirect,
}

/// Colour maps.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorMapArg {
    /// Blue–white–red, symmetric about zero (anomalies).
    Diverging,
    /// Viridis, from the minimum to the maximum (positive quantities).
    Sequential,
}

/// How a field picture looks.
#[derive(Args, Clone, Debug)]
pub struct PlotStyle {
    /// Map projection.
    #[arg(
        long,
        value_enum,
        default_value = "mollweide",
        help_heading = "Picture"
    )]
    pub projection: ProjectionArg,
    /// Image width in pixels.
    #[arg(long, default_value_t = 1200, help_heading = "Picture")]
    pub width: u32,
    /// Title above the picture (default: from the file).
    #[arg(long, default_value = "", help_heading = "Picture")]
    pub title: String,
    /// Colour map.
    #[arg(
        long,
        value_enum,
        default_value = "diverging",
        help_heading = "Picture"
    )]
    pub colormap: ColorMapArg,
    /// Colour-bar range "min,max" in the field's units (default: ±max|value| or min..max).
    #[arg(long, help_heading = "Picture", value_delimiter = ',')]
    pub range: Option<Vec<f64>>,
}

impl PlotStyle {
    /// The picture settings (title and units are filled in by the caller).
    pub fn sky(&self) -> Result<SkyPlot> {
        let range = match &self.range {
            None => None,
            Some(v) if v.len() == 2 => Some((v[0], v[1])),
            Some(v) => bail!("--range needs two numbers \"min,max\", got {}", v.len()),
        };
        Ok(SkyPlot {
            projection: match self.projection {
                ProjectionArg::Mollweide => Projection::Mollweide,
                ProjectionArg::Equirect => Projection::Equirectangular,
            },
            width: self.width,
            title: self.title.clone(),
            units: "1".into(),
            colormap: match self.colormap {
                ColorMapArg::Diverging => ColorMap::Diverging,
                ColorMapArg::Sequential => ColorMap::Sequential,
            },
            range,
            markers: Vec::new(),
            glyphs: Vec::new(),
        })
    }
}

/// What to draw from the file.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Source {
    /// Coefficients if the file has them (exact), else the map.
    Auto,
    /// The coefficients harmonic/alm.
    Alm,
    /// The map variable (analysed to coefficients first).
    Map,
    /// The spectra of group spectrum, as a log-log plot.
    Spectrum,
}

/// What kind of field to draw.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum PlotKind {
    /// One scalar variable (or the coefficients, or the spectra: --source).
    Scalar,
    /// Wind speed √(u² + v²) of the variables u, v with arrows (subsampled).
    Wind,
    /// Polarisation intensity √(Q² + U²) of the variables Q, U with headless segments at the
    /// angle ½·atan2(U, Q) from the local meridian towards east.
    Polarized,
}

/// Arguments of `sphfield plot`.
#[derive(Args, Debug)]
pub struct PlotArgs {
    /// What to draw: scalar, wind (u, v) or polarized (Q, U).
    #[arg(long, value_enum, default_value = "scalar")]
    pub kind: PlotKind,
    /// A sphfield HDF5 file.
    pub input: PathBuf,
    /// Output PNG file.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// What to draw.
    #[arg(long, value_enum, default_value = "auto")]
    pub source: Source,
    /// Map variable to draw (default: the first).
    #[arg(long)]
    pub variable: Option<String>,
    /// Which member of an ensemble (row-major over its leading dimensions).
    #[arg(long, default_value_t = 0)]
    pub member: usize,
    /// Spectrum plots: show D_l = l(l+1)C_l/2π instead of C_l.
    #[arg(long)]
    pub dl: bool,
    #[command(flatten)]
    pub style: PlotStyle,
}

pub fn run(a: PlotArgs, par: Par, quiet: bool) -> Result<()> {
    let file = FileReader::open(&a.input)?;
    let overwrite = if a.force {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    };
    let maps = file.map_names()?;
    let alm = file.alm_info()?;
    let spectra = file.spectrum_names()?;
    let source = match a.source {
        Source::Auto if alm.is_some() => Source::Alm,
        Source::Auto if !maps.is_empty() => Source::Map,
        Source::Auto if !spectra.is_empty() => Source::Spectrum,
        Source::Auto => bail!(
            "{} holds no map, coefficients or spectrum to plot",
            a.input.display()
        ),
        s => s,
    };
    let stem = a
        .input
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let image = match source {
        _ if a.kind != PlotKind::Scalar => vector_picture(&a, &file, par)?,
        Source::Spectrum => {
            if spectra.is_empty() {
                bail!("{} has no spectrum group", a.input.display());
            }
            let read: Vec<(String, Vec<f64>)> = spectra
                .iter()
                .map(|n| Ok((n.clone(), file.read_spectrum(n)?.values().to_vec())))
                .collect::<Result<_>>()?;
            let series: Vec<(&str, &[f64])> = read
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_slice()))
                .collect();
            // The axis carries the spectra's units when they agree.
            let mut units: Vec<String> = spectra
                .iter()
                .map(|n| Ok(file.spectrum_units(n)?.unwrap_or_default()))
                .collect::<Result<_>>()?;
            units.dedup();
            let plot = SpectrumPlot {
                title: if a.style.title.is_empty() {
                    format!("angular power spectra: {stem}")
                } else {
                    a.style.title.clone()
                },
                dl: a.dl,
                units: if units.len() == 1 {
                    units.remove(0)
                } else {
                    String::new()
                },
                ..SpectrumPlot::default()
            };
            plot.render(&series)?
        }
        Source::Alm => {
            let info = alm.with_context(|| {
                format!("{} has no coefficients (harmonic/alm)", a.input.display())
            })?;
            let coefficients = file.read_alm(&info, a.member)?;
            let units = match maps.first() {
                Some(m) => file.map_info(m)?.meta.units,
                None => "1".into(),
            };
            let plot = SkyPlot {
                title: default_title(&a.style.title, &stem, &info.leading, a.member),
                units,
                ..a.style.sky()?
            };
            plot.render_alm(&coefficients, par)?
        }
        Source::Map | Source::Auto => {
            let name = match &a.variable {
                Some(v) => v.clone(),
                None => maps
                    .first()
                    .cloned()
                    .with_context(|| format!("{} has no map variable", a.input.display()))?,
            };
            let info = file.map_info(&name)?;
            let map = file.read_map(&info, a.member)?;
            let plot = SkyPlot {
                title: default_title(
                    &a.style.title,
                    &format!("{stem}: {}", info.meta.long_name),
                    &info.leading,
                    a.member,
                ),
                units: info.meta.units.clone(),
                ..a.style.sky()?
            };
            plot.render_map(&map, par)?
        }
    };
    image.save_png(&a.output, overwrite)?;
    if !quiet {
        note(format_args!(
            "wrote {} ({}x{})",
            a.output.display(),
            image.width(),
            image.height()
        ));
    }
    Ok(())
}

/// The given title, or what is drawn and which entry of the ensemble: "noised.h5: field
/// (time 0.5, member 3)".
fn default_title(given: &str, what: &str, leading: &[Dim], index: usize) -> String {
    let count: usize = leading.iter().map(|d| d.values.len()).product();
    if !given.is_empty() {
        given.to_string()
    } else if count > 1 {
        format!("{what} ({})", entry_label(leading, index))
    } else {
        what.to_string()
    }
}

/// The coordinates of entry `index` (row-major over the leading dimensions), e.g.
/// "time 0.5, member 3".
fn entry_label(leading: &[Dim], index: usize) -> String {
    let mut rest = index;
    let mut parts = Vec::with_capacity(leading.len());
    for d in leading.iter().rev() {
        let n = d.values.len().max(1);
        let value = d.values.get(rest % n).copied().unwrap_or(f64::NAN);
        rest /= n;
        let units = d
            .units
            .as_deref()
            .filter(|u| !u.is_empty() && *u != "1")
            .map(|u| format!(" {u}"))
            .unwrap_or_default();
        parts.push(format!("{} {value}{units}", d.name));
    }
    parts.reverse();
    parts.join(", ")
}

/// Wind speed with arrows, or polarisation intensity with orientation segments, of member
/// `a.member`.
fn vector_picture(a: &PlotArgs, file: &FileReader, par: Par) -> Result<sphfield::plot::Image> {
    let (names, what) = match a.kind {
        PlotKind::Wind => (["u", "v"], "wind speed"),
        _ => (["Q", "U"], "polarisation intensity"),
    };
    let infos = names
        .iter()
        .map(|n| {
            file.map_info(n)
                .with_context(|| format!("{} has no variable {n}", a.input.display()))
        })
        .collect::<Result<Vec<_>>>()?;
    if *infos[0].geometry != *infos[1].geometry {
        bail!("{} and {} are on different grids", names[0], names[1]);
    }
    let x = file.read_map(&infos[0], a.member)?;
    let y = file.read_map(&infos[1], a.member)?;
    let amplitude: Vec<f64> = x
        .values()
        .iter()
        .zip(y.values())
        .map(|(p, q)| p.hypot(*q))
        .collect();
    let geometry = x.geometry().clone();
    let rings = geometry.rings();
    // About 18 rows of glyphs, ring pixels thinned to keep them about as far apart.
    let ring_step = (rings.len() / 18).max(1);
    let mut glyphs = Vec::new();
    for r in rings.iter().skip(ring_step / 2).step_by(ring_step) {
        let sin = (1.0 - r.cos_theta * r.cos_theta).max(0.0).sqrt();
        let per_ring = ((36.0 * sin).round() as usize).max(1);
        let step = (r.nphi / per_ring).max(1);
        let lat = 90.0 - r.cos_theta.clamp(-1.0, 1.0).acos().to_degrees();
        for k in (step / 2..r.nphi).step_by(step) {
            let lon = (r.phi0 + 2.0 * std::f64::consts::PI * k as f64 / r.nphi as f64).to_degrees();
            let (p, q) = (x.values()[r.offset + k], y.values()[r.offset + k]);
            glyphs.push(match a.kind {
                // u eastward, v northward.
                PlotKind::Wind => sphfield::plot::Glyph {
                    lat,
                    lon,
                    east: p,
                    north: q,
                    head: true,
                },
                // Orientation ½ atan2(U, Q) from the meridian, length the intensity.
                _ => {
                    let angle = 0.5 * q.atan2(p);
                    let size = p.hypot(q);
                    sphfield::plot::Glyph {
                        lat,
                        lon,
                        east: size * angle.sin(),
                        north: size * angle.cos(),
                        head: false,
                    }
                }
            });
        }
    }
    let stem = a
        .input
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let style = a.style.sky()?;
    // A non-negative quantity: the colour bar starts at 0 unless --range says otherwise.
    let top = amplitude.iter().copied().fold(0.0, f64::max);
    let range = style
        .range
        .or(if top > 0.0 { Some((0.0, top)) } else { None });
    let plot = SkyPlot {
        title: default_title(
            &a.style.title,
            &format!("{stem}: {what}"),
            &infos[0].leading,
            a.member,
        ),
        units: infos[0].meta.units.clone(),
        colormap: ColorMap::Sequential,
        glyphs,
        range,
        ..style
    };
    Ok(plot.render_map(&sphfield::Map::new(geometry, amplitude)?, par)?)
}
