//! `sphfield analyze`: maps → coefficients and estimated spectra.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use sphfield::io::{Dim, FileReader, FileWriter, Provenance};
use sphfield::sht::AnalysisSolver;
use sphfield::spectrum::{anafast, AngularSpectrum};
use sphfield::{AnalysisOptions, GridKind, Par, Sht};

use super::args::{progress, spectrum_units, ModelArgs, OutputArgs};
use super::note;

/// Refinement of the HEALPix analysis.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Solver {
    /// Conjugate gradients on the normal equations.
    Cg,
    /// Jacobi steps, as healpy's map2alm(iter=n).
    Jacobi,
}

/// What `sphfield analyze` estimates.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum AnalysisKind {
    /// Coefficients and the power spectrum of one map variable.
    Scalar,
    /// Kinetic-energy, vorticity and divergence spectra of the variables u, v.
    Wind,
    /// The six spectra TT, EE, BB, TE, EB, TB of the variables T, Q, U.
    Polarized,
}

/// Arguments of `sphfield analyze`.
#[derive(Args, Debug)]
pub struct AnalyzeArgs {
    /// What to estimate: scalar (one variable), wind (u, v) or polarized (T, Q, U).
    #[arg(long, value_enum, default_value = "scalar")]
    pub kind: AnalysisKind,
    /// A sphfield HDF5 file with a map variable (single map or ensemble).
    pub input: PathBuf,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Map variable to analyse (default: the first).
    #[arg(long)]
    pub variable: Option<String>,
    /// Band limit (default: lat–lon grids their exact limit, HEALPix 3·nside − 1).
    #[arg(long)]
    pub lmax: Option<usize>,
    /// Refinement steps of the analysis on HEALPix (at most 100; each costs a synthesis and an
    /// adjoint). Default: conjugate gradients until the normal-equation residual is 1e-11
    /// (coefficients to ~1e-10 for lmax ≤ 2·nside), at most 12 steps; 0 on exact grids.
    #[arg(long)]
    pub iterations: Option<usize>,
    /// How the steps refine: cg (conjugate gradients) or jacobi (healpy's iter).
    #[arg(long, value_enum, default_value = "cg")]
    pub solver: Solver,
    /// Also write a model spectrum for comparison (give --model and its parameters).
    #[arg(long)]
    pub with_model: bool,
    #[command(flatten)]
    pub model: ModelArgs,
}

pub fn run(a: AnalyzeArgs, par: Par, quiet: bool) -> Result<()> {
    match a.kind {
        AnalysisKind::Wind => return super::analyze_vector::run_wind(&a, par, quiet),
        AnalysisKind::Polarized => return super::analyze_vector::run_polarized(&a, par, quiet),
        AnalysisKind::Scalar => {}
    }
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
    let geometry = info.geometry.clone();
    let lmax = a.lmax.unwrap_or_else(|| geometry.default_lmax());
    let sht = Sht::new(geometry.clone(), lmax, lmax).context("planning the analysis")?;
    let options = match a.iterations {
        Some(n) => AnalysisOptions::iterations(n),
        None => AnalysisOptions::default(),
    }
    .with_solver(match a.solver {
        Solver::Cg => AnalysisSolver::ConjugateGradient,
        Solver::Jacobi => AnalysisSolver::Jacobi,
    });
    let count = info.count();
    if count == 0 {
        anyhow::bail!(
            "{name} in {} holds no maps (a leading dimension has length 0)",
            a.input.display()
        );
    }
    let mut provenance = Provenance::from_command_line()
        .with_parameter("input", a.input.display())
        .with_parameter("variable", &name)
        .with_parameter("lmax", lmax);
    if !a.with_model && a.model.any_given() {
        anyhow::bail!(
            "the spectrum options describe the model written with --with-model; add \
             --with-model or leave them out"
        );
    }
    let model = if a.with_model {
        Some(a.model.build()?)
    } else {
        None
    };
    if let Some(m) = &model {
        provenance.model = Some(m.describe());
    }
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    let leading: Vec<Dim> = info.leading.clone();
    let mut alms = writer.alm_ensemble(lmax, lmax, leading)?;
    let mut sum = vec![0.0; lmax + 1];
    let mut worst_residual: f64 = 0.0;
    let bar = progress(count as u64, "analyze", quiet);
    // The residual (one more synthesis per map) is recorded only where the analysis is not
    // exact: HEALPix and custom rings.
    let exact = matches!(
        geometry.kind(),
        GridKind::GaussLegendre { .. } | GridKind::ClenshawCurtis { .. } | GridKind::Fejer1 { .. }
    );
    for k in 0..count {
        let map = file.read_map(&info, k)?;
        let alm = if exact {
            sht.analysis_refined(map.values(), options, par)?
        } else {
            let (alm, report) = sht.analysis_with(map.values(), options, par)?;
            if let Some(r) = report.residuals.last() {
                worst_residual = worst_residual.max(*r);
            }
            alm
        };
        let cl = anafast(&alm)?;
        for (s, c) in sum.iter_mut().zip(cl.values()) {
            *s += c;
        }
        alms.write(&alm)?;
        bar.inc(1);
    }
    bar.finish_and_clear();
    drop(alms);
    let mean: Vec<f64> = sum.iter().map(|s| s / count as f64).collect();
    let estimated = AngularSpectrum::new(
        mean,
        format!(
            "anafast estimate, mean over {count} map(s) of {name} in {}",
            a.input.display()
        ),
    )?;
    let units = spectrum_units(&info.meta.units);
    writer.write_spectrum("estimated", &estimated, &units)?;
    if let Some(m) = &model {
        writer.write_spectrum("model", &m.table(lmax)?, &units)?;
    }
    if !exact {
        writer.set_attribute_f64("analysis_relative_residual", worst_residual)?;
    }
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "analysed {count} map(s) of {name} on {} at lmax {lmax}; wrote {}",
            geometry.describe(),
            a.output.output.display()
        ));
        if worst_residual > 0.0 {
            note(format_args!(
                "largest relative map residual after refinement: {worst_residual:.3e}"
            ));
        }
    }
    Ok(())
}
