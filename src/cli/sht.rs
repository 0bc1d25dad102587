//! `sphfield sht`: a transform round trip with timings (a quick check of a machine), or
//! file-to-file transforms (`--input`): coefficients to maps, maps to coefficients. Under an
//! MPI launcher both run as one distributed transform per field (docs/distributed.md §2).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use sphfield::io::{FieldMeta, FileReader, FileWriter, Overwrite, Provenance, WriteOptions};
use sphfield::{Alm, AnalysisOptions, Geometry, Par, Sht};

use super::args::{GridArgs, GridFamily};
use super::job::job;
use super::{note, print_line};

/// Arguments of `sphfield sht`.
#[derive(Args, Debug)]
pub struct ShtArgs {
    #[command(flatten)]
    pub grid: GridArgs,
    /// Band limit (largest degree l) [default: 511 for the timing run; with --input the
    /// coefficients' own, or what the input maps' grid resolves].
    #[arg(long)]
    pub lmax: Option<usize>,
    /// Refinement steps of the analysis (default: 0 on exact grids; HEALPix: conjugate
    /// gradients to a 1e-11 normal-equation residual, at most 12 steps).
    #[arg(long)]
    pub iterations: Option<usize>,
    /// Seed of the random coefficients (timing run).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Transform the fields of this sphfield file instead of timing a random one, every member
    /// in turn (see --transform).
    #[arg(long, requires = "output")]
    pub input: Option<PathBuf>,
    /// Output file of --input.
    #[arg(long, short, requires = "input")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// What --input goes through: synthesis (its coefficients harmonic/alm onto the grid of
    /// the grid options), analysis (its maps to coefficients) or adjoint (its maps, summed over
    /// pixels without quadrature weights) [default: synthesis if the file has coefficients,
    /// else analysis].
    #[arg(long, value_enum, requires = "input")]
    pub transform: Option<Direction>,
}

/// The grid of the timing run and of synthesis from a file: the grid options, with a
/// Gauss–Legendre or Clenshaw–Curtis size fitted to lmax when none is given.
fn grid_for(a: &ShtArgs, lmax: usize) -> Result<Geometry> {
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
    grid.build(Some(lmax))
}

pub fn run(a: ShtArgs, par: Par, quiet: bool) -> Result<()> {
    let options = match a.iterations {
        Some(n) => AnalysisOptions::iterations(n),
        None => AnalysisOptions::default(),
    };
    if a.input.is_some() {
        return transform_file(&a, options, par, quiet);
    }
    let lmax = a.lmax.unwrap_or(511);
    let geometry = grid_for(&a, lmax)?;
    if job().is_distributed() {
        return timing_distributed(&geometry, lmax, a.seed, options, par);
    }
    let describe = geometry.describe();
    let t = Instant::now();
    let sht = Sht::new(geometry, lmax, lmax).context("planning the transform")?;
    let t_plan = t.elapsed();
    let alm = Alm::random_uniform(lmax, lmax, a.seed)?;
    let t = Instant::now();
    let map = sht.synthesis(&alm, par)?;
    let t_syn = t.elapsed();
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

/// What a file-to-file run does to each field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Direction {
    /// Coefficients to maps.
    Synthesis,
    /// Maps to coefficients (quadrature, refinement steps on HEALPix).
    Analysis,
    /// Maps to coefficients by the adjoint synthesis.
    Adjoint,
}

/// One transform per member of the input, serial or distributed (rank 0 reads and writes;
/// every rank transforms).
fn transform_file(a: &ShtArgs, options: AnalysisOptions, par: Par, quiet: bool) -> Result<()> {
    let input = a.input.as_ref().context("--input")?;
    let output = a.output.as_ref().context("--output")?;
    let job = job();
    // Every rank reads the file's description (small); only rank 0 reads the data.
    let reader = FileReader::open(input)?;
    let alm_info = reader.alm_info()?;
    let map_info = match reader.map_names()?.into_iter().next() {
        Some(name) => Some(reader.map_info(&name)?),
        None => None,
    };
    let direction = match (a.transform, &alm_info) {
        (Some(d), _) => d,
        (None, Some(_)) => Direction::Synthesis,
        (None, None) => Direction::Analysis,
    };
    let (geometry, lmax, leading, units) = match (direction, &alm_info, &map_info) {
        (Direction::Synthesis, Some(info), _) => {
            let lmax = a.lmax.unwrap_or(info.lmax);
            if lmax > info.lmax {
                bail!(
                    "--lmax {lmax} exceeds the lmax {} of {}",
                    info.lmax,
                    input.display()
                );
            }
            let geometry = grid_for(a, lmax)?;
            (geometry, lmax, info.leading.clone(), "1".to_string())
        }
        (Direction::Synthesis, None, _) => bail!(
            "--transform synthesis needs coefficients (harmonic/alm); {} has none",
            input.display()
        ),
        (_, _, Some(info)) => {
            let lmax = a.lmax.unwrap_or_else(|| info.geometry.default_lmax());
            let geometry = (*info.geometry).clone();
            (
                geometry,
                lmax,
                info.leading.clone(),
                info.meta.units.clone(),
            )
        }
        (_, _, None) => bail!(
            "--transform {direction:?} needs maps; {} has none",
            input.display()
        ),
    };
    let count: usize = leading.iter().map(|d| d.values.len()).product();
    let what = match direction {
        Direction::Synthesis => "synthesis",
        Direction::Analysis => "analysis",
        Direction::Adjoint => "adjoint synthesis",
    };
    let provenance = Provenance::from_command_line()
        .with_parameter("transform", what)
        .with_parameter("lmax", lmax)
        .with_parameter("source", input.display())
        .with_parameter("mpi_ranks", job.size());
    let options_out = WriteOptions {
        overwrite: if a.force {
            Overwrite::Allow
        } else {
            Overwrite::Refuse
        },
        deflate: None,
    };
    let writer = if job.is_root() {
        Some(FileWriter::create(output, options_out, &provenance)?)
    } else {
        None
    };
    let meta = FieldMeta {
        units,
        ..FieldMeta::default()
    };
    let transform = Transform::new(&geometry, lmax, par)?;
    match direction {
        Direction::Synthesis => {
            let mut out = match &writer {
                Some(w) => Some(w.map_ensemble(&geometry, leading.clone(), &meta)?),
                None => None,
            };
            let info = alm_info.as_ref().context("coefficients")?;
            for k in 0..count {
                let alm = job.agree(match job.is_root() {
                    true => reader
                        .read_alm(info, k)
                        .and_then(|a| super::fields::truncate(&a, lmax))
                        .map(Some)
                        .map_err(anyhow::Error::from),
                    false => Ok(None),
                })?;
                let map = transform.synthesis(alm.as_ref())?;
                let written = match (&mut out, map) {
                    (Some(w), Some(values)) => {
                        w.write(&sphfield::Map::new(geometry.clone(), values)?)
                    }
                    _ => Ok(()),
                };
                job.agree(written.map_err(anyhow::Error::from))?;
            }
        }
        Direction::Analysis | Direction::Adjoint => {
            let mut out = match &writer {
                Some(w) => Some(w.alm_ensemble(lmax, lmax, leading.clone())?),
                None => None,
            };
            let info = map_info.as_ref().context("maps")?;
            for k in 0..count {
                let map = job.agree(match job.is_root() {
                    true => reader
                        .read_map_values(info, k)
                        .map(Some)
                        .map_err(anyhow::Error::from),
                    false => Ok(None),
                })?;
                let alm = if direction == Direction::Adjoint {
                    transform.adjoint(map.as_deref())?
                } else {
                    transform.analysis(map.as_deref(), options)?
                };
                let written = match (&mut out, alm) {
                    (Some(w), Some(alm)) => w.write(&alm),
                    _ => Ok(()),
                };
                job.agree(written.map_err(anyhow::Error::from))?;
            }
        }
    }
    if let Some(w) = writer {
        let committed = w.commit();
        job.agree(committed.map_err(anyhow::Error::from))?;
        if !quiet {
            note(format_args!(
                "{what} of {count} field(s) (lmax {lmax}, {}); wrote {}",
                geometry.describe(),
                output.display()
            ));
        }
    } else {
        job.agree(Ok(()))?;
    }
    Ok(())
}

/// A plan that runs serially, or spread over the job's ranks; inputs and outputs are whole
/// fields on rank 0 (`None` elsewhere).
struct Transform {
    serial: Option<Sht>,
    #[cfg(feature = "mpi")]
    distributed: Option<Distributed>,
    par: Par,
}

#[cfg(feature = "mpi")]
struct Distributed {
    world: &'static sphfield::mpi::rsmpi::topology::SimpleCommunicator,
    plan:
        sphfield::mpi::DistributedSht<'static, sphfield::mpi::rsmpi::topology::SimpleCommunicator>,
}

impl Transform {
    fn new(geometry: &Geometry, lmax: usize, par: Par) -> Result<Transform> {
        #[cfg(feature = "mpi")]
        if job().is_distributed() {
            // The world communicator lives for the whole process.
            let world = Box::leak(Box::new(job().world()));
            let plan = sphfield::mpi::DistributedSht::new(world, geometry.clone(), lmax, lmax)
                .context("planning the distributed transform")?;
            return Ok(Transform {
                serial: None,
                distributed: Some(Distributed { world, plan }),
                par,
            });
        }
        Ok(Transform {
            serial: Some(Sht::new(geometry.clone(), lmax, lmax).context("planning the transform")?),
            #[cfg(feature = "mpi")]
            distributed: None,
            par,
        })
    }

    fn synthesis(&self, alm: Option<&Alm>) -> Result<Option<Vec<f64>>> {
        if let (Some(sht), Some(alm)) = (&self.serial, alm) {
            return Ok(Some(sht.synthesis(alm, self.par)?.into_values()));
        }
        #[cfg(feature = "mpi")]
        if let Some(d) = &self.distributed {
            let _ = d.world;
            let local = d.plan.scatter_alm(alm)?;
            let pixels = d.plan.synthesis(&local, self.par)?;
            return Ok(d.plan.gather_map(&pixels)?);
        }
        bail!("internal: no transform plan")
    }

    fn adjoint(&self, map: Option<&[f64]>) -> Result<Option<Alm>> {
        if let (Some(sht), Some(map)) = (&self.serial, map) {
            return Ok(Some(sht.adjoint_synthesis(map, self.par)?));
        }
        #[cfg(feature = "mpi")]
        if let Some(d) = &self.distributed {
            let pixels = d.plan.scatter_map(map)?;
            let local = d.plan.adjoint_synthesis(&pixels, self.par)?;
            return Ok(d.plan.gather_alm(&local)?);
        }
        bail!("internal: no transform plan")
    }

    fn analysis(&self, map: Option<&[f64]>, options: AnalysisOptions) -> Result<Option<Alm>> {
        if let (Some(sht), Some(map)) = (&self.serial, map) {
            return Ok(Some(sht.analysis_refined(map, options, self.par)?));
        }
        #[cfg(feature = "mpi")]
        if let Some(d) = &self.distributed {
            let pixels = d.plan.scatter_map(map)?;
            let local = d.plan.analysis(&pixels, options, self.par)?;
            return Ok(d.plan.gather_alm(&local)?);
        }
        bail!("internal: no transform plan")
    }
}

/// The timing run over the ranks: one distributed synthesis and analysis of random
/// coefficients, with the exchange's volume.
fn timing_distributed(
    geometry: &Geometry,
    lmax: usize,
    seed: u64,
    options: AnalysisOptions,
    par: Par,
) -> Result<()> {
    #[cfg(feature = "mpi")]
    {
        use sphfield::mpi::rsmpi::collective::CommunicatorCollectives;
        let job = job();
        let world = job.world();
        let t = Instant::now();
        let plan = sphfield::mpi::DistributedSht::new(&world, geometry.clone(), lmax, lmax)
            .context("planning the distributed transform")?;
        let t_plan = t.elapsed();
        let alm = if job.is_root() {
            Some(Alm::random_uniform(lmax, lmax, seed)?)
        } else {
            None
        };
        let local = plan.scatter_alm(alm.as_ref())?;
        let timed = |f: &mut dyn FnMut() -> Result<()>| -> Result<std::time::Duration> {
            world.barrier();
            let t = Instant::now();
            f()?;
            world.barrier();
            Ok(t.elapsed())
        };
        let mut pixels = Vec::new();
        let t_syn = timed(&mut || {
            pixels = plan.synthesis(&local, par)?;
            Ok(())
        })?;
        let mut back_local = None;
        let t_ana = timed(&mut || {
            back_local = Some(plan.analysis(&pixels, options, par)?);
            Ok(())
        })?;
        let back = plan.gather_alm(back_local.as_ref().context("analysis")?)?;
        let dec = plan.decomposition();
        let nrings = geometry.rings().len();
        let moved = dec.exchange_bytes() as f64;
        let predicted =
            16.0 * (lmax + 1) as f64 * nrings as f64 * (dec.size() - 1) as f64 / dec.size() as f64;
        if let (Some(alm), Some(back)) = (alm, back) {
            print_line(format_args!(
                "grid: {}, {} pixels; lmax = mmax = {lmax}; {} MPI ranks x {} thread(s), kernels {:?}",
                geometry.describe(),
                geometry.npix(),
                dec.size(),
                par.count(),
                plan.plan().isa()
            ))?;
            print_line(format_args!(
                "plan {t_plan:.2?}; synthesis {t_syn:.2?}; analysis {t_ana:.2?}"
            ))?;
            print_line(format_args!(
                "exchange per transform: {:.1} MiB between ranks (predicted 16 (lmax+1) nrings (P-1)/P = {:.1} MiB); Legendre work per rank / mean: {:?}",
                moved / (1 << 20) as f64,
                predicted / (1 << 20) as f64,
                dec.legendre_balance().iter().map(|b| format!("{b:.3}")).collect::<Vec<_>>()
            ))?;
            print_line(format_args!(
                "round-trip error: L2-relative {:.3e}, max-abs relative {:.3e}",
                back.relative_l2_error(&alm)?,
                alm.max_abs_diff(&back)? / alm.max_abs()
            ))?;
        }
        Ok(())
    }
    #[cfg(not(feature = "mpi"))]
    {
        let _ = (geometry, lmax, seed, options, par);
        bail!("a distributed run needs the mpi feature")
    }
}
