//! `sphfield fit`: maximum-likelihood spectrum-model parameters with standard errors, from
//! full-sky fields (HDF5) or station observations (CSV), docs/conditioning.md §C.6.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use sphfield::condition::{
    fit_observations, fit_spectrum, FitResult, ModelFamily, MAX_FIT_OBSERVATIONS,
};
use sphfield::format::significant;
use sphfield::io::{FileReader, FileWriter, Provenance};
use sphfield::plot::SpectrumPlot;
use sphfield::spectrum::{anafast, AngularSpectrum, EARTH_RADIUS_KM};
use sphfield::{AnalysisOptions, Par, Sht};

use super::args::{progress, spectrum_units, OutputArgs};
use super::observed::{is_hdf5, read_observations, Data, MapInput};
use super::{note, print_line};

/// Model families that can be fitted.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum FitModel {
    /// Whittle–Matérn: variance, correlation length ρ, smoothness ν.
    Matern,
    /// Legendre–Matérn (Guinness–Fuentes): variance, α, ν.
    LegendreMatern,
    /// Power law A l^(−p) for l ≥ --lmin: amplitude, exponent.
    PowerLaw,
}

/// Arguments of `sphfield fit`.
#[derive(Args, Debug)]
pub struct FitArgs {
    /// Full-sky fields (a sphfield HDF5 file; every map of the variable is one independent
    /// field), station observations (CSV `lat,lon,value[,sigma]`) or, with --mask, a masked
    /// map (HDF5; its observed pixels are fitted like stations).
    pub input: PathBuf,
    /// The model family.
    #[arg(long, value_enum, default_value = "matern")]
    pub model: FitModel,
    /// First non-zero degree of the power law.
    #[arg(long, default_value_t = 1)]
    pub lmin: usize,
    /// Band limit: of the fields' analysis (default: the grid's), or of the prior whose exact
    /// likelihood is fitted to stations (default 95; use the band limit you will condition at).
    #[arg(long)]
    pub lmax: Option<usize>,
    /// Map variable of an HDF5 input (default: the first).
    #[arg(long)]
    pub variable: Option<String>,
    /// Stations: noise standard deviation of rows without a sigma column; masked map: of every
    /// observed pixel (default 0; the fitted nugget adds to it).
    #[arg(long)]
    pub noise_sd: Option<f64>,
    /// Fit one map of the input's variable at its observed pixels only: the mask variable
    /// (non-zero = observed; NaN allowed elsewhere in the map). At most 5000 observed pixels
    /// (the exact dense likelihood).
    #[arg(long)]
    pub mask: Option<String>,
    /// Masked map: which map of the variable's ensemble.
    #[arg(long, default_value_t = 0, requires = "mask")]
    pub index: usize,
    /// Masked map: a variable holding the noise standard deviation of each pixel.
    #[arg(long, requires = "mask", conflicts_with = "noise_sd")]
    pub noise_variable: Option<String>,
    /// Sphere radius in km, for printing ρ in km.
    #[arg(long, default_value_t = EARTH_RADIUS_KM)]
    pub radius_km: f64,
    #[command(flatten)]
    pub output: OutputArgs,
    /// PNG of the empirical and fitted spectra (D_l scale).
    #[arg(long)]
    pub png: Option<PathBuf>,
}

pub fn run(a: FitArgs, par: Par, quiet: bool) -> Result<()> {
    let family = match a.model {
        FitModel::Matern => ModelFamily::WhittleMatern,
        FitModel::LegendreMatern => ModelFamily::LegendreMatern,
        FitModel::PowerLaw => ModelFamily::PowerLaw { lmin: a.lmin },
    };
    if !(a.radius_km.is_finite() && a.radius_km > 0.0) {
        bail!("--radius-km {} must be positive", a.radius_km);
    }
    let full_sky = is_hdf5(&a.input)? && a.mask.is_none();
    let (fit, empirical, units) = if full_sky {
        let (c_hat, members, units) = pooled_spectrum(&a, par, quiet)?;
        let fit = fit_spectrum(family, c_hat.values(), members)?;
        (fit, Some(c_hat), units)
    } else {
        let input = MapInput {
            variable: a.variable.as_deref(),
            index: a.index,
            mask: a.mask.as_deref().unwrap_or("mask"),
            noise_variable: a.noise_variable.as_deref(),
            noise_sd: Some(a.noise_sd.unwrap_or(0.0)),
        };
        let (obs, what) = match read_observations(&a.input, &input)? {
            Data::Stations(obs) => (obs, "stations"),
            Data::Map(map) => {
                if map.observed() > MAX_FIT_OBSERVATIONS {
                    bail!(
                        "{} observed pixels exceed the {MAX_FIT_OBSERVATIONS} that the exact \
                         likelihood handles; fit a coarser map (or a sample of its pixels as \
                         stations)",
                        map.observed()
                    );
                }
                (map.to_points()?, "observed pixels")
            }
        };
        let lmax = a.lmax.unwrap_or(95);
        if !quiet {
            note(format_args!(
                "fitting the exact likelihood of {} {what} at band limit {lmax}",
                obs.len()
            ));
        }
        let fit = par.install(|| fit_observations(family, &obs, lmax))?;
        (fit, None, "1".to_string())
    };
    report(&fit, a.radius_km)?;

    let mut provenance = Provenance::from_command_line()
        .with_parameter("input", a.input.display())
        .with_parameter("fitted_model", format!("{:?}", a.model))
        .with_parameter("log_likelihood", significant(fit.log_likelihood, 12));
    for ((name, v), se) in fit
        .names
        .iter()
        .zip(&fit.parameters)
        .zip(&fit.standard_errors)
    {
        provenance = provenance
            .with_parameter(name, significant(*v, 10))
            .with_parameter(
                &format!("{name}_se"),
                if se.is_finite() {
                    significant(*se, 4)
                } else {
                    "not determined".into()
                },
            );
    }
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    let spectrum_units = spectrum_units(&units);
    if let Some(e) = &empirical {
        writer.write_spectrum("estimated", e, &spectrum_units)?;
    }
    writer.write_spectrum("fitted", &fit.spectrum, &spectrum_units)?;
    writer.commit()?;
    if !quiet {
        note(format_args!("wrote {}", a.output.output.display()));
    }
    if let Some(png) = &a.png {
        let plot = SpectrumPlot {
            title: format!("{:?} fit", a.model),
            units: units.clone(),
            ..SpectrumPlot::default()
        };
        let mut series: Vec<(&str, &[f64])> = Vec::new();
        if let Some(e) = &empirical {
            series.push(("estimated", e.values()));
        }
        series.push(("fitted", fit.spectrum.values()));
        plot.render(&series)?.save_png(png, a.output.overwrite())?;
        if !quiet {
            note(format_args!("wrote {}", png.display()));
        }
    }
    Ok(())
}

/// The mean anafast spectrum of every map of the input variable, with the member count and
/// the field's units.
fn pooled_spectrum(a: &FitArgs, par: Par, quiet: bool) -> Result<(AngularSpectrum, usize, String)> {
    let file = FileReader::open(&a.input)?;
    let name = match &a.variable {
        Some(v) => v.clone(),
        None => file
            .map_names()?
            .first()
            .cloned()
            .with_context(|| format!("{} has no map variable", a.input.display()))?,
    };
    let info = file.map_info(&name)?;
    let count = info.count();
    if count == 0 {
        bail!("{name} in {} holds no maps", a.input.display());
    }
    let lmax = a.lmax.unwrap_or_else(|| info.geometry.default_lmax());
    let sht = Sht::new(info.geometry.clone(), lmax, lmax).context("planning the analysis")?;
    let mut sum = vec![0.0; lmax + 1];
    let bar = progress(count as u64, "analyze", quiet);
    for k in 0..count {
        let map = file.read_map(&info, k)?;
        let alm = sht.analysis_refined(map.values(), AnalysisOptions::default(), par)?;
        for (s, c) in sum.iter_mut().zip(anafast(&alm)?.values()) {
            *s += c;
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let mean = sum.iter().map(|s| s / count as f64).collect();
    let spectrum = AngularSpectrum::new(
        mean,
        format!("anafast estimate, mean over {count} map(s) of {name}"),
    )?;
    Ok((spectrum, count, info.meta.units.clone()))
}

/// Prints the estimates and standard errors (ρ also in km).
fn report(fit: &FitResult, radius_km: f64) -> Result<()> {
    print_line(format_args!(
        "parameter      estimate        standard error"
    ))?;
    let se_text = |se: f64| {
        if se.is_finite() {
            significant(se, 3)
        } else {
            "not determined by the data".to_string()
        }
    };
    for ((name, v), se) in fit
        .names
        .iter()
        .zip(&fit.parameters)
        .zip(&fit.standard_errors)
    {
        print_line(format_args!(
            "{name:<14} {:<15} {}",
            significant(*v, 6),
            se_text(*se)
        ))?;
        if *name == "rho_rad" {
            print_line(format_args!(
                "{:<14} {:<15} {}",
                "rho_km",
                significant(v * radius_km, 6),
                se_text(se * radius_km)
            ))?;
        }
    }
    print_line(format_args!(
        "log-likelihood {}  ({} iterations)",
        significant(fit.log_likelihood, 10),
        fit.iterations
    ))
}
