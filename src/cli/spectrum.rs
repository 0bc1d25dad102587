//! `sphfield spectrum`: print or write a model's C_l and covariance function.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::Args;
use sphfield::format::significant;
use sphfield::io::{write_bytes_atomic, FileWriter, Overwrite, Provenance, WriteOptions};
use sphfield::plot::SpectrumPlot;

use super::args::{spectrum_units, Convention, ModelArgs};
use super::model::is_hdf5;
use super::synth_space_time::TemporalArgs;
use super::{note, print_line, print_text};

/// Arguments of `sphfield spectrum`.
#[derive(Args, Debug)]
pub struct SpectrumArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Largest degree of the table.
    #[arg(long, default_value_t = 256)]
    pub lmax: usize,
    /// Write the table to this file: .h5 (sphfield HDF5) or text/CSV ("l C_l" rows); default: print.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Replace output files if they exist.
    #[arg(long)]
    pub force: bool,
    /// Angles (degrees) at which to print the covariance function k(θ), e.g. "0,1,5,10,30".
    #[arg(long, value_delimiter = ',')]
    pub covariance_deg: Option<Vec<f64>>,
    /// Time lags at which to print the space–time covariance k(θ, τ) at the --covariance-deg
    /// angles, for the temporal model of --temporal-scale (as `synth --times`).
    #[arg(long, value_delimiter = ',', requires = "covariance_deg")]
    pub lags: Option<Vec<f64>>,
    #[command(flatten)]
    pub temporal: TemporalArgs,
    /// Also write a log-log PNG of the spectrum: D_l = l(l+1)C_l/2π when the table was given as
    /// D_l (--convention dl), C_l otherwise.
    #[arg(long)]
    pub png: Option<PathBuf>,
    /// Units of the field, e.g. K or uK (the spectrum is in their square); labels the PNG's
    /// axis and the HDF5 table.
    #[arg(long, default_value = "1")]
    pub units: String,
}

pub fn run(a: SpectrumArgs, quiet: bool) -> Result<()> {
    let spectrum = a.model.build()?;
    let table = spectrum.table(a.lmax)?;
    let overwrite = if a.force {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    };
    // The summary is for a person reading the terminal; --quiet leaves only the data.
    if !quiet {
        print_line(format_args!("# {}", spectrum.describe()))?;
        print_line(format_args!(
            "# variance of the field truncated at lmax {}: {}",
            a.lmax,
            significant(table.variance(), 10)
        ))?;
        if let Some(t) = spectrum.relative_truncation(a.lmax) {
            print_line(format_args!(
                "# relative variance left out by the truncation: {t:.3e}"
            ))?;
        }
    }
    if let Some(angles) = &a.covariance_deg {
        if angles.iter().any(|t| !(0.0..=180.0).contains(t)) {
            bail!("--covariance-deg angles must lie in [0, 180]");
        }
        let thetas: Vec<f64> = angles.iter().map(|d| d.to_radians()).collect();
        let k = table.covariance(&thetas)?;
        let k0 = k_zero(&table)?;
        print_line(format_args!("# covariance k(theta) of the truncated field"))?;
        print_line(format_args!("# theta_deg k correlation"))?;
        for (d, kv) in angles.iter().zip(&k) {
            print_line(format_args!("{d} {kv:.12e} {:.9}", kv / k0))?;
        }
        if let Some(lags) = &a.lags {
            let st = a.temporal.sampler(&table, 0, "--lags")?;
            print_line(format_args!(
                "# space-time covariance k(theta, tau): {}",
                a.temporal.describe()
            ))?;
            print_line(format_args!("# theta_deg lag k correlation"))?;
            for &lag in lags {
                for (d, kv) in angles.iter().zip(st.covariance(&thetas, lag)?) {
                    print_line(format_args!("{d} {lag} {kv:.12e} {:.9}", kv / k0))?;
                }
            }
        }
    }
    let mut text = String::new();
    writeln!(text, "# {}\n# l C_l", spectrum.describe())?;
    for (l, c) in table.values().iter().enumerate() {
        writeln!(text, "{l} {c:.17e}")?;
    }
    match &a.output {
        None if a.png.is_none() => print_text(format_args!("{text}"))?,
        None => {}
        Some(path)
            if path.extension().is_some_and(|e| e == "h5" || e == "hdf5") || is_hdf5(path) =>
        {
            let mut provenance = Provenance::from_command_line().with_parameter("lmax", a.lmax);
            provenance.model = Some(spectrum.describe());
            let w = FileWriter::create(
                path,
                WriteOptions {
                    overwrite,
                    deflate: None,
                },
                &provenance,
            )?;
            w.write_spectrum("model", &table, &spectrum_units(&a.units))?;
            w.commit()?;
            if !quiet {
                note(format_args!("wrote {}", path.display()));
            }
        }
        Some(path) => {
            write_bytes_atomic(path, text.as_bytes(), overwrite)?;
            if !quiet {
                note(format_args!("wrote {}", path.display()));
            }
        }
    }
    if let Some(png) = &a.png {
        let plot = SpectrumPlot {
            title: spectrum.describe(),
            dl: a.model.convention() == Convention::Dl,
            units: spectrum_units(&a.units),
            ..SpectrumPlot::default()
        };
        plot.render(&[("model", table.values())])?
            .save_png(png, overwrite)?;
        if !quiet {
            note(format_args!("wrote {}", png.display()));
        }
    }
    Ok(())
}

fn k_zero(table: &sphfield::spectrum::AngularSpectrum) -> Result<f64> {
    Ok(table.covariance(&[0.0])?[0])
}
