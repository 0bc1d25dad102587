//! The `sphfield` command line. This release has one command, `sht`, which runs a spherical
//! harmonic transform round trip on any grid and reports accuracy and timings; the field
//! generation, HDF5 and diffusion commands come with the later layers.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use sphfield::{Alm, AnalysisOptions, Geometry, Par, Sht};
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "sphfield",
    version,
    about = "Gaussian random fields on the sphere: fast spherical harmonic transforms (more to come)"
)]
struct Cli {
    /// Worker threads (0 = all cores). Default: $SPHFIELD_NUM_THREADS, else 1.
    #[arg(long, global = true)]
    threads: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Grid {
    /// Gauss–Legendre: nlat = lmax+1 rings, nlon = 2·lmax+2 (unless given).
    Gl,
    /// Clenshaw–Curtis with both poles: nlat = lmax+2.
    Cc,
    /// Fejér-1 cell-centred latitudes (the climate grids): nlat = lmax+1.
    F1,
    /// HEALPix RING ordering, needs --nside.
    Healpix,
}

#[derive(Subcommand)]
enum Command {
    /// Synthesise random coefficients (uniform in [-1, 1), fixed seed) on a grid, analyse the map
    /// back, and print the round-trip error and the time of each transform.
    Sht {
        /// Grid family.
        #[arg(long, value_enum, default_value = "gl")]
        grid: Grid,
        /// Band limit (largest degree l).
        #[arg(long, default_value_t = 511)]
        lmax: usize,
        /// HEALPix resolution (any positive integer); required for --grid healpix.
        #[arg(long)]
        nside: Option<usize>,
        /// Rings for lat–lon grids (default: the smallest exact one).
        #[arg(long)]
        nlat: Option<usize>,
        /// Pixels per ring for lat–lon grids (default 2·lmax+2).
        #[arg(long)]
        nlon: Option<usize>,
        /// Refinement steps of the analysis (default: 0 on exact grids, 3 on HEALPix).
        #[arg(long)]
        iterations: Option<usize>,
        /// Seed of the random coefficients.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

fn threads(cli: Option<usize>) -> Result<Par> {
    let n = match cli {
        Some(n) => n,
        None => match std::env::var("SPHFIELD_NUM_THREADS") {
            Ok(v) => v
                .trim()
                .parse()
                .with_context(|| format!("SPHFIELD_NUM_THREADS={v:?} is not a whole number"))?,
            Err(_) => 1,
        },
    };
    Ok(Par::threads(n))
}

fn run() -> Result<()> {
    let cli = Cli::parse();
    let par = threads(cli.threads)?;
    match cli.command {
        Command::Sht {
            grid,
            lmax,
            nside,
            nlat,
            nlon,
            iterations,
            seed,
        } => {
            let nlon = nlon.unwrap_or(2 * lmax + 2);
            let geometry = match grid {
                Grid::Gl => Geometry::gauss_legendre(nlat.unwrap_or(lmax + 1), nlon)?,
                Grid::Cc => Geometry::clenshaw_curtis(nlat.unwrap_or(lmax + 2), nlon)?,
                Grid::F1 => Geometry::fejer1(nlat.unwrap_or(lmax + 1), nlon)?,
                Grid::Healpix => match nside {
                    Some(n) => Geometry::healpix(n)?,
                    None => bail!("--grid healpix needs --nside"),
                },
            };
            let describe = geometry.describe();
            let t = Instant::now();
            let sht = Sht::new(geometry, lmax, lmax).context("planning the transform")?;
            let t_plan = t.elapsed();
            let alm = Alm::random_uniform(lmax, lmax, seed)?;
            let t = Instant::now();
            let map = sht.synthesis(&alm, par)?;
            let t_syn = t.elapsed();
            let options = match iterations {
                Some(n) => AnalysisOptions::iterations(n),
                None => AnalysisOptions::default(),
            };
            let t = Instant::now();
            let (back, report) = sht
                .analysis_with(map.values(), options, par)
                .context("analysis")?;
            let t_ana = t.elapsed();
            println!(
                "grid: {describe}, {} pixels; lmax = mmax = {lmax}; {} thread(s), kernels {:?}",
                sht.geometry().npix(),
                par.count(),
                sht.isa()
            );
            println!("plan {t_plan:.2?}; synthesis {t_syn:.2?}; analysis {t_ana:.2?} ({} refinement steps, includes residual synthesis)", report.iterations);
            println!(
                "round-trip error: L2-relative {:.3e}, max-abs relative {:.3e}",
                back.relative_l2_error(&alm)?,
                alm.max_abs_diff(&back)? / alm.max_abs()
            );
            println!(
                "relative map residual after each step: {:?}",
                report
                    .residuals
                    .iter()
                    .map(|r| format!("{r:.3e}"))
                    .collect::<Vec<_>>()
            );
        }
    }
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        for cause in e.chain().skip(1) {
            eprintln!("  caused by: {cause}");
        }
        std::process::exit(1);
    }
}
