//! `sphfield condition`: kriging, posterior uncertainty and constrained realisations from
//! station observations (CSV) or a masked map (HDF5), docs/conditioning.md.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use sphfield::condition::{
    CgOptions, CgReport, DenseKriging, HarmonicKriging, MapObservations, Observations, Points,
    MAX_DENSE_OBSERVATIONS,
};
use sphfield::format::significant;
use sphfield::io::{AlmEnsembleWriter, Dim, FieldMeta, FileWriter, MapEnsembleWriter, Provenance};
use sphfield::plot::{ColorMap, SkyPlot};
use sphfield::spectrum::AngularSpectrum;
use sphfield::{Alm, Geometry, Map, Par, Sht};

use super::args::{
    check_members, progress, resolve_seed, spectrum_units, BandArgs, GridArgs, ModelArgs,
    OutputArgs,
};
use super::note;
use super::observed::{read_observations, Data, MapInput};
use super::plot::PlotStyle;

/// Observed pixels up to which `--solver auto` uses the dense solver on a masked map.
const AUTO_DENSE_PIXELS: usize = 5000;

/// Members conditioned per call of the dense solver (they share the Legendre values at the
/// stations and one multi-column solve).
const DENSE_BATCH: usize = 32;

/// Which solver computes the posterior.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum SolverArg {
    /// Dense for stations and for maps with at most 5000 observed pixels (or noise-free
    /// pixels), harmonic otherwise.
    Auto,
    /// Cholesky of K + Σ (exact posterior standard deviation; up to 10 000 observations).
    Dense,
    /// Conjugate gradients in harmonic space (masked maps with noise σ > 0; any size).
    Harmonic,
}

/// Arguments of `sphfield condition`.
#[derive(Args, Debug)]
pub struct ConditionArgs {
    /// The observations: a CSV file `lat,lon,value[,sigma]` (degrees; sigma = noise standard
    /// deviation; header optional, `#` comments) or an HDF5 file with a map variable and a mask
    /// variable of the same shape (non-zero = observed).
    pub observations: PathBuf,
    #[command(flatten)]
    pub model: ModelArgs,
    /// Output grid for CSV observations (a map input keeps its own grid).
    #[command(flatten)]
    pub grid: GridArgs,
    #[command(flatten)]
    pub band: BandArgs,
    /// Noise standard deviation: for CSV rows without a sigma column, and for every observed
    /// pixel of a map [map input: required unless --noise-variable is given].
    #[arg(long, help_heading = "Observations")]
    pub noise_sd: Option<f64>,
    /// Map input: the observed map variable [default: the file's only or first map variable].
    #[arg(long, help_heading = "Observations")]
    pub variable: Option<String>,
    /// Map input: which map of the variable's ensemble is observed.
    #[arg(long, default_value_t = 0, help_heading = "Observations")]
    pub index: usize,
    /// Map input: the mask variable (non-zero = observed).
    #[arg(long, default_value = "mask", help_heading = "Observations")]
    pub mask: String,
    /// Map input: a variable holding the noise standard deviation of each pixel.
    #[arg(long, help_heading = "Observations", conflicts_with = "noise_sd")]
    pub noise_variable: Option<String>,
    /// Solver of the posterior.
    #[arg(long, value_enum, default_value = "auto", help_heading = "Solver")]
    pub solver: SolverArg,
    /// Harmonic solver: stop when the relative residual is below this.
    #[arg(long, default_value_t = 1e-8, help_heading = "Solver")]
    pub cg_tolerance: f64,
    /// Harmonic solver: give up after this many iterations.
    #[arg(long, default_value_t = 2000, help_heading = "Solver")]
    pub max_iterations: usize,
    /// Conditional draws (constrained realisations) to write as the ensemble `field`.
    #[arg(long, default_value_t = 0)]
    pub members: usize,
    /// Seed of the draws: member j is `sphfield synth --seed` member j updated by the data
    /// [default: a fresh seed, printed and recorded].
    #[arg(long)]
    pub seed: Option<u64>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Also store the coefficients of the mean (harmonic/mean) and of the draws (harmonic/alm).
    #[arg(long)]
    pub save_alm: bool,
    /// Units of the field (CF units string).
    #[arg(long, default_value = "1")]
    pub units: String,
    /// Mollweide PNG of the posterior mean (stations drawn as dots).
    #[arg(long)]
    pub png: Option<PathBuf>,
    /// Mollweide PNG of the posterior standard deviation (stations drawn as dots).
    #[arg(long)]
    pub png_std: Option<PathBuf>,
    #[command(flatten)]
    pub style: PlotStyle,
}

pub fn run(a: ConditionArgs, par: Par, quiet: bool) -> Result<()> {
    if a.members > 0 {
        check_members(a.members)?;
    }
    let spectrum_model = a.model.build().context("building the spectrum model")?;
    let data = read_observations(
        &a.observations,
        &MapInput {
            variable: a.variable.as_deref(),
            index: a.index,
            mask: &a.mask,
            noise_variable: a.noise_variable.as_deref(),
            noise_sd: a.noise_sd,
        },
    )?;
    let geometry: Arc<Geometry> = match &data {
        Data::Map(m) => m.map().geometry().clone(),
        Data::Stations(_) => Arc::new(a.grid.build(a.band.lmax)?),
    };
    if matches!(data, Data::Map(_)) && a.grid.any_given() {
        bail!("a map input keeps its own grid; leave out the grid options");
    }
    let lmax = match (a.band.lmax, a.band.tolerance) {
        (Some(l), _) => l,
        (None, Some(tol)) => spectrum_model.lmax_for_tolerance(tol)?,
        (None, None) => {
            let l = geometry.default_lmax();
            spectrum_model.max_lmax().map_or(l, |t| l.min(t))
        }
    };
    let spectrum = spectrum_model.table(lmax)?;
    let sht = Sht::new(geometry.clone(), lmax, lmax).context("planning the transform")?;
    let solver = choose_solver(a.solver, &data)?;
    if a.png_std.is_some() && solver == SolverArg::Harmonic && a.members < 2 {
        bail!(
            "--png-std needs the posterior standard deviation, which the harmonic solver              estimates from draws: add --members N (N ≥ 2) or use --solver dense"
        );
    }
    let seed = if a.members > 0 {
        Some(resolve_seed(a.seed, quiet)?)
    } else {
        None
    };
    let observed = match &data {
        Data::Stations(o) => o.len(),
        Data::Map(m) => m.observed(),
    };
    if !quiet {
        note(format_args!(
            "{}; {observed} observation(s); {} on {} (lmax {lmax}); {} solver",
            spectrum_model.describe(),
            if a.members > 0 {
                format!("mean, std and {} draw(s)", a.members)
            } else {
                "mean and std".into()
            },
            geometry.describe(),
            match solver {
                SolverArg::Dense => "dense",
                _ => "harmonic",
            }
        ));
    }

    let mut provenance = Provenance::from_command_line()
        .with_parameter("spectrum_model", spectrum_model.describe())
        .with_parameter("lmax", lmax)
        .with_parameter("observations", observed)
        .with_parameter("observation_source", a.observations.display())
        .with_parameter(
            "solver",
            if solver == SolverArg::Dense {
                "dense"
            } else {
                "harmonic"
            },
        )
        .with_parameter("members", a.members);
    if let Some(seed) = seed {
        provenance = provenance.with_seed(seed);
    }
    for (k, v) in a.model.parameters() {
        provenance = provenance.with_parameter(k, v);
    }
    provenance.model = Some(spectrum_model.describe());
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    writer.write_spectrum("model", &spectrum, &spectrum_units(&a.units))?;

    let result = match (&data, solver) {
        (Data::Stations(obs), _) => {
            dense(&a, obs.clone(), &spectrum, &sht, &writer, seed, par, quiet)?
        }
        (Data::Map(m), SolverArg::Dense) => dense(
            &a,
            m.to_points()?,
            &spectrum,
            &sht,
            &writer,
            seed,
            par,
            quiet,
        )?,
        (Data::Map(m), _) => harmonic(&a, m.clone(), &spectrum, &sht, &writer, seed, par, quiet)?,
    };

    match &data {
        Data::Stations(obs) => {
            let sigma: Vec<f64> = obs.noise_variances().iter().map(|v| v.sqrt()).collect();
            writer.write_observations(
                &obs.points().latitudes_degrees(),
                &obs.points().longitudes_degrees(),
                obs.values(),
                &sigma,
                &a.units,
            )?;
        }
        Data::Map(m) => {
            writer.write_map(
                m.map(),
                &meta("observed", "observed map (0 where not observed)", &a.units),
            )?;
            let mask: Vec<f64> = m.mask().iter().map(|&b| f64::from(u8::from(b))).collect();
            writer.write_map(
                &Map::new(geometry.clone(), mask)?,
                &meta("mask", "1 where observed, 0 elsewhere", "1"),
            )?;
        }
    }
    if let Some(report) = result.worst_cg {
        writer.set_attribute_i64("cg_iterations_max", report.iterations as i64)?;
        writer.set_attribute_str(
            "cg_relative_residual_max",
            &significant(report.relative_residual, 3),
        )?;
    }
    writer.commit()?;
    if !quiet {
        note(format_args!("wrote {}", a.output.output.display()));
    }

    let markers: Vec<(f64, f64)> = match &data {
        Data::Stations(obs) => obs
            .points()
            .latitudes_degrees()
            .into_iter()
            .zip(obs.points().longitudes_degrees())
            .collect(),
        Data::Map(_) => Vec::new(),
    };
    if let Some(png) = &a.png {
        let plot = SkyPlot {
            title: title(&a.style.title, "posterior mean", &a.model.short()),
            units: a.units.clone(),
            markers: markers.clone(),
            ..a.style.sky()?
        };
        plot.render_alm(&result.mean, par)?
            .save_png(png, a.output.overwrite())?;
        if !quiet {
            note(format_args!("wrote {}", png.display()));
        }
    }
    if let (Some(png), Some(std)) = (&a.png_std, &result.std) {
        let plot = SkyPlot {
            title: title(
                &a.style.title,
                "posterior standard deviation",
                &a.model.short(),
            ),
            units: a.units.clone(),
            markers,
            colormap: ColorMap::Sequential,
            ..a.style.sky()?
        };
        plot.render_map(std, par)?
            .save_png(png, a.output.overwrite())?;
        if !quiet {
            note(format_args!("wrote {}", png.display()));
        }
    }
    Ok(())
}

fn title(given: &str, what: &str, model: &str) -> String {
    if given.is_empty() {
        format!("{what}, {model}")
    } else {
        given.to_string()
    }
}

fn meta(name: &str, long_name: &str, units: &str) -> FieldMeta {
    FieldMeta {
        name: name.into(),
        long_name: long_name.into(),
        units: units.into(),
    }
}

fn choose_solver(requested: SolverArg, data: &Data) -> Result<SolverArg> {
    Ok(match (requested, data) {
        (SolverArg::Harmonic, Data::Stations(_)) => {
            bail!("the harmonic solver conditions on masked maps; stations use --solver dense")
        }
        (SolverArg::Auto, Data::Stations(o)) => {
            if o.len() > MAX_DENSE_OBSERVATIONS {
                bail!(
                    "{} stations exceed the dense solver's {MAX_DENSE_OBSERVATIONS}; give the data \
                     as a map with a mask to use the harmonic solver",
                    o.len()
                );
            }
            SolverArg::Dense
        }
        (SolverArg::Auto, Data::Map(m)) => {
            let noise_free = m
                .mask()
                .iter()
                .zip(m.noise_variances())
                .any(|(&seen, &v)| seen && v == 0.0);
            if m.observed() <= AUTO_DENSE_PIXELS || noise_free {
                SolverArg::Dense
            } else {
                SolverArg::Harmonic
            }
        }
        (s, _) => s,
    })
}

/// What the solvers produce for the picture and the note.
struct Posterior {
    mean: Alm,
    std: Option<Map>,
    worst_cg: Option<CgReport>,
}

#[allow(clippy::too_many_arguments)]
fn dense(
    a: &ConditionArgs,
    obs: Observations,
    spectrum: &AngularSpectrum,
    sht: &Sht,
    writer: &FileWriter,
    seed: Option<u64>,
    par: Par,
    quiet: bool,
) -> Result<Posterior> {
    let geometry = sht.geometry();
    let kriging = DenseKriging::new(spectrum, obs, par)?;
    let mean = kriging.mean_alm(par)?;
    writer.write_map(
        &sht.synthesis(&mean, par)?,
        &meta("mean", "posterior mean (kriging)", &a.units),
    )?;
    let bar = progress(geometry.npix() as u64, "std", quiet);
    let variance = kriging.variance_at(&Points::of_geometry(geometry), par)?;
    bar.finish_and_clear();
    let std = Map::new(
        geometry.clone(),
        variance.iter().map(|v| v.sqrt()).collect(),
    )?;
    writer.write_map(&std, &meta("std", "posterior standard deviation", &a.units))?;
    if a.save_alm {
        write_mean_alm(writer, &mean)?;
    }
    if let Some(seed) = seed {
        let (mut maps, mut alms) = draw_writers(writer, a, geometry, spectrum.lmax())?;
        let bar = progress(a.members as u64, "draws", quiet);
        for start in (0..a.members).step_by(DENSE_BATCH) {
            let end = (start + DENSE_BATCH).min(a.members);
            let draws = kriging.draws(seed, start as u64..end as u64, par)?;
            for draw in &draws {
                maps.write(&sht.synthesis(draw, par)?)?;
                if let Some(w) = alms.as_mut() {
                    w.write(draw)?;
                }
                bar.inc(1);
            }
        }
        bar.finish_and_clear();
    }
    Ok(Posterior {
        mean,
        std: Some(std),
        worst_cg: None,
    })
}

#[allow(clippy::too_many_arguments)]
fn harmonic(
    a: &ConditionArgs,
    obs: MapObservations,
    spectrum: &AngularSpectrum,
    sht: &Sht,
    writer: &FileWriter,
    seed: Option<u64>,
    par: Par,
    quiet: bool,
) -> Result<Posterior> {
    let geometry = sht.geometry();
    let options = CgOptions {
        tolerance: a.cg_tolerance,
        max_iterations: a.max_iterations,
    };
    let kriging = HarmonicKriging::new(sht, spectrum, obs, options, par)?;
    let (mean, report) = kriging.mean_alm(par)?;
    let mut worst = report;
    if !quiet {
        note(format_args!(
            "mean: {} iterations, relative residual {:.2e}",
            report.iterations, report.relative_residual
        ));
    }
    let mean_map = sht.synthesis(&mean, par)?;
    writer.write_map(
        &mean_map,
        &meta("mean", "posterior mean (Wiener filter)", &a.units),
    )?;
    if a.save_alm {
        write_mean_alm(writer, &mean)?;
    }
    let mut std = None;
    if let Some(seed) = seed {
        let (mut maps, mut alms) = draw_writers(writer, a, geometry, spectrum.lmax())?;
        // Σ_j (f_j − mean)²: the exact mean is known, so N draws give an unbiased variance
        // estimate with N degrees of freedom.
        let mut squares = vec![0.0; geometry.npix()];
        let bar = progress(a.members as u64, "draws", quiet);
        for j in 0..a.members as u64 {
            let (draw, report) = kriging.draws(seed, j..j + 1, par)?.remove(0);
            if report.iterations > worst.iterations {
                worst = report;
            }
            let map = sht.synthesis(&draw, par)?;
            for ((s, v), m) in squares.iter_mut().zip(map.values()).zip(mean_map.values()) {
                *s += (v - m) * (v - m);
            }
            maps.write(&map)?;
            if let Some(w) = alms.as_mut() {
                w.write(&draw)?;
            }
            bar.inc(1);
        }
        bar.finish_and_clear();
        if a.members >= 2 {
            let n = a.members as f64;
            let map = Map::new(
                geometry.clone(),
                squares.iter().map(|s| (s / n).sqrt()).collect(),
            )?;
            writer.write_map(
                &map,
                &meta(
                    "std",
                    &format!(
                        "posterior standard deviation, Monte Carlo estimate from {} draws",
                        a.members
                    ),
                    &a.units,
                ),
            )?;
            std = Some(map);
        }
    }
    if std.is_none() && !quiet {
        note(format_args!(
            "the harmonic solver gives the posterior standard deviation from draws: add --members N (N ≥ 2)"
        ));
    }
    Ok(Posterior {
        mean,
        std,
        worst_cg: Some(worst),
    })
}

/// `harmonic/mean`: the posterior mean's coefficients.
fn write_mean_alm(writer: &FileWriter, mean: &Alm) -> Result<()> {
    let mut w = writer.alm_ensemble_named("mean", mean.lmax(), mean.mmax(), vec![])?;
    w.write(mean)?;
    Ok(())
}

/// The ensemble `field` of the conditional draws, and `harmonic/alm` with --save-alm.
fn draw_writers<'w>(
    writer: &'w FileWriter,
    a: &ConditionArgs,
    geometry: &Geometry,
    lmax: usize,
) -> Result<(MapEnsembleWriter<'w>, Option<AlmEnsembleWriter<'w>>)> {
    let leading = vec![Dim::members(a.members)];
    let maps = writer.map_ensemble(
        geometry,
        leading.clone(),
        &meta(
            "field",
            "conditional draw (constrained realisation)",
            &a.units,
        ),
    )?;
    let alms = if a.save_alm {
        Some(writer.alm_ensemble(lmax, lmax, leading)?)
    } else {
        None
    };
    Ok((maps, alms))
}
