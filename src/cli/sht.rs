//! `sphfield sht`: a transform round trip with timings (a quick check of a machine).

use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;
use sphfield::{Alm, AnalysisOptions, Par, Sht};

use super::args::{GridArgs, GridFamily};
use super::print_line;

/// Arguments of `sphfield sht`.
#[derive(Args, Debug)]
pub struct ShtArgs {
    #[command(flatten)]
    pub grid: GridArgs,
    /// Band limit (largest degree l).
    #[arg(long, default_value_t = 511)]
    pub lmax: usize,
    /// Refinement steps of the analysis (default: 0 on exact grids; HEALPix: conjugate
    /// gradients to a 1e-11 normal-equation residual, at most 12 steps).
    #[arg(long)]
    pub iterations: Option<usize>,
    /// Seed of the random coefficients.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn run(a: ShtArgs, par: Par) -> Result<()> {
    let lmax = a.lmax;
    let mut grid = a.grid.clone();
    if grid.family() != GridFamily::Healpix && grid.nlat.is_none() && grid.resolution_deg.is_none()
    {
        grid.nlat = Some(if grid.family() == GridFamily::Cc {
            lmax + 2
        } else {
            lmax + 1
        });
        grid.nlon = Some(grid.nlon.unwrap_or(2 * lmax + 2));
    }
    let geometry = grid.build(Some(lmax))?;
    let describe = geometry.describe();
    let t = Instant::now();
    let sht = Sht::new(geometry, lmax, lmax).context("planning the transform")?;
    let t_plan = t.elapsed();
    let alm = Alm::random_uniform(lmax, lmax, a.seed)?;
    let t = Instant::now();
    let map = sht.synthesis(&alm, par)?;
    let t_syn = t.elapsed();
    let options = match a.iterations {
        Some(n) => AnalysisOptions::iterations(n),
        None => AnalysisOptions::default(),
    };
    let t = Instant::now();
    let (back, report) = sht
        .analysis_with(map.values(), options, par)
        .context("analysis")?;
    let t_ana = t.elapsed();
    print_line(format_args!(
        "grid: {describe}, {} pixels; lmax = mmax = {lmax}; {} thread(s), kernels {:?}",
        sht.geometry().npix(),
        par.count(),
        sht.isa()
    ))?;
    print_line(format_args!(
        "plan {t_plan:.2?}; synthesis {t_syn:.2?}; analysis {t_ana:.2?} ({} refinement steps, includes residual synthesis)",
        report.iterations
    ))?;
    print_line(format_args!(
        "round-trip error: L2-relative {:.3e}, max-abs relative {:.3e}",
        back.relative_l2_error(&alm)?,
        alm.max_abs_diff(&back)? / alm.max_abs()
    ))?;
    print_line(format_args!(
        "relative map residual after each step: {:?}",
        report
            .residuals
            .iter()
            .map(|r| format!("{r:.3e}"))
            .collect::<Vec<_>>()
    ))?;
    Ok(())
}
