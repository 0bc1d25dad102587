//! `sphfield sample`: reverse-time generation with a Gaussian or an empirical prior.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use sphfield::condition::{
    condition_empirical, condition_empirical_on_map, CgOptions, ConditionedGaussianPrior,
    ConditionedMixturePrior, MapConditionedGaussianPrior,
};
use sphfield::io::{Dim, FieldMeta, FileWriter, Provenance};
use sphfield::ou::Schedule;
use sphfield::plot::SkyPlot;
use sphfield::sampler::{ReverseMethod, ReverseSde, Sampler, StepControl};
use sphfield::score::{EmpiricalPrior, GaussianMixturePrior, GaussianPrior, Score};
use sphfield::{Alm, Par, Sht};

use super::args::{
    check_members, progress, resolve_seed, Convention, GridArgs, ModelArgs, OutputArgs,
};
use super::fields::FieldSource;
use super::forward::ForwardArgs;
use super::job::job;
use super::model::read_spectrum_file;
use super::note;
use super::observed::{read_observations, Data, MapInput};
use super::plot::PlotStyle;
use super::shared_output::SharedEnsembles;

/// Reverse-time integrators.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Method {
    /// Euler–Maruyama on the reverse SDE.
    Em,
    /// Exponential integrator (linear part exact) on the reverse SDE.
    Ei,
    /// Probability-flow ODE, Heun's method (deterministic given the start).
    Pf,
    /// Exponential Heun: second order, the denoiser interpolated over each step (stable for any
    /// drift).
    Eh,
    /// Ancestral: first order, the exact Gaussian bridge with the denoiser frozen over each step.
    An,
}

impl From<Method> for sphfield::sampler::Method {
    fn from(m: Method) -> Self {
        match m {
            Method::Em => sphfield::sampler::Method::EulerMaruyama,
            Method::Ei => sphfield::sampler::Method::ExponentialIntegrator,
            Method::Pf => sphfield::sampler::Method::ProbabilityFlow,
            Method::Eh => sphfield::sampler::Method::ExponentialHeun,
            Method::An => sphfield::sampler::Method::Ancestral,
        }
    }
}

/// Time grids.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ScheduleKind {
    /// Constant ratio between steps: fine near the data (the usual choice).
    Geometric,
    /// Equal steps.
    Uniform,
}

/// Arguments of `sphfield sample`. The prior is one of --train (empirical) or --data-spectrum
/// (Gaussian); a missing prior names both.
#[derive(Args, Debug)]
#[group(id = "prior", required = true, multiple = false, args = ["train", "data_spectrum"])]
pub struct SampleArgs {
    /// Empirical prior: a sphfield file of training fields (coefficients or maps).
    #[arg(long)]
    pub train: Option<PathBuf>,
    /// Gaussian prior N(0, C): the data spectrum C from a text/CSV table or a sphfield file.
    #[arg(long)]
    pub data_spectrum: Option<PathBuf>,
    /// What the --data-spectrum table holds (C_l, or D_l = l(l+1)C_l/2π). --convention
    /// belongs to the noise covariance's table (--model table).
    #[arg(long, value_enum, default_value = "cl", requires = "data_spectrum")]
    pub data_convention: Convention,
    /// Band limit (default: the training set's, or the data spectrum's).
    #[arg(long)]
    pub lmax: Option<usize>,
    /// Number of samples.
    #[arg(long, default_value_t = 1)]
    pub members: usize,
    /// Seed of the reverse-time noise [default: a fresh seed from the operating system, printed
    /// (unless --quiet) and recorded in the file's `seed` attribute].
    #[arg(long)]
    pub seed: Option<u64>,
    /// Integrator.
    #[arg(long, value_enum, default_value = "eh")]
    pub method: Method,
    /// Number of time steps.
    #[arg(long, default_value_t = 200)]
    pub steps: usize,
    /// Time grid.
    #[arg(long, value_enum, default_value = "geometric")]
    pub schedule: ScheduleKind,
    /// Final time T of the forward process, where sampling starts from its invariant law (N(0, Q)
    /// for OU). Times are in the process's own (dimensionless) units: the data's weight at time
    /// t is e^(−λ_l t) (e^(−βt/2) for OU).
    #[arg(long, default_value_t = 10.0)]
    pub t_end: f64,
    /// Early-stopping time t0 > 0, where sampling ends (same units as --t-end).
    #[arg(long, default_value_t = 1e-4)]
    pub t_start: f64,
    /// Finish with a Tweedie denoising step (posterior mean at t0) [em, ei, eh].
    #[arg(long)]
    pub denoise: bool,
    /// The forward process (OU by default).
    #[command(flatten)]
    pub forward: ForwardArgs,
    /// Step-size control with this tolerance (e.g. 1e-3) instead of a fixed grid: exponential
    /// Heun steps whose local error (the difference from the exponential-integrator step) is
    /// kept below the tolerance; --steps sets only the first step (T − t of the grid's last step).
    #[arg(long)]
    pub step_tolerance: Option<f64>,
    /// Write maps on the grid given by the grid options (default without them: the training
    /// maps' grid, else a Gauss–Legendre grid for the band limit).
    #[arg(long)]
    pub map_grid: bool,
    #[command(flatten)]
    pub grid: GridArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Also write a Mollweide PNG of sample 0.
    #[arg(long)]
    pub png: Option<PathBuf>,
    #[command(flatten)]
    pub style: PlotStyle,
    /// Gaussian-mixture prior (1/N) Σ_k N(m_k, C): the component means m_k are the fields of
    /// this sphfield file (coefficients or maps), the common covariance C is --data-spectrum.
    #[arg(long, requires = "data_spectrum")]
    pub mixture: Option<PathBuf>,
    /// Sample the posterior given observations of the clean field: station CSV
    /// `lat,lon,value[,sigma]`, or an HDF5 map with a mask variable (non-zero = observed). The
    /// exact conditional score of the prior (docs/conditioning.md §C.7; a masked map by
    /// conjugate gradients for the Gaussian prior). Stored in the output's group
    /// `observations` (a map's observed pixels as points).
    #[arg(long, help_heading = "Observations")]
    pub observations: Option<PathBuf>,
    /// Noise standard deviation of observation rows without a sigma column, and of every
    /// observed pixel of a map [map input: required unless --noise-variable is given].
    #[arg(long, requires = "observations", help_heading = "Observations")]
    pub noise_sd: Option<f64>,
    /// Map observations: the observed map variable [default: the file's first map variable
    /// other than the mask].
    #[arg(long, requires = "observations", help_heading = "Observations")]
    pub observed_variable: Option<String>,
    /// Map observations: which map of the variable's ensemble is observed.
    #[arg(
        long,
        default_value_t = 0,
        requires = "observations",
        help_heading = "Observations"
    )]
    pub observed_index: usize,
    /// Map observations: the mask variable (non-zero = observed).
    #[arg(
        long,
        default_value = "mask",
        requires = "observations",
        help_heading = "Observations"
    )]
    pub mask: String,
    /// Map observations: a variable holding the noise standard deviation of each pixel.
    #[arg(
        long,
        requires = "observations",
        conflicts_with = "noise_sd",
        help_heading = "Observations"
    )]
    pub noise_variable: Option<String>,
    /// Map observations with the Gaussian prior: each score evaluation solves by conjugate
    /// gradients to this relative residual.
    #[arg(
        long,
        default_value_t = 1e-8,
        requires = "observations",
        help_heading = "Observations"
    )]
    pub cg_tolerance: f64,
    /// Map observations with the Gaussian prior: the iteration limit of each solve.
    #[arg(
        long,
        default_value_t = 2000,
        requires = "observations",
        help_heading = "Observations"
    )]
    pub max_iterations: usize,
    /// The noise covariance Q of the OU process (Whittle–Matérn by default).
    #[command(flatten)]
    pub model: ModelArgs,
}

pub fn run(a: SampleArgs, par: Par, quiet: bool) -> Result<()> {
    a.forward.require_linear("sample")?;
    check_members(a.members)?;
    let seed = resolve_seed(a.seed, quiet)?;
    let schedule = match a.schedule {
        ScheduleKind::Geometric => Schedule::geometric(a.t_start, a.t_end, a.steps)?,
        ScheduleKind::Uniform => Schedule::uniform(a.t_start, a.t_end, a.steps)?,
    };
    let sampler = sampler(&a, schedule)?;
    let q_model = a.model.build()?;
    let provenance = Provenance::from_command_line()
        .with_seed(seed)
        .with_parameter("method", format!("{:?}", a.method).to_lowercase())
        .with_parameter("steps", a.steps)
        .with_parameter("t_start", a.t_start)
        .with_parameter("t_end", a.t_end);
    let mut provenance = a.forward.record(provenance)?;
    if let Some(tol) = a.step_tolerance {
        provenance = provenance.with_parameter("step_tolerance", tol);
    }
    provenance.model = Some(format!("noise covariance Q: {}", q_model.describe()));
    let observations = match &a.observations {
        Some(path) => Some(read_observations(
            path,
            &MapInput {
                variable: a.observed_variable.as_deref(),
                index: a.observed_index,
                mask: &a.mask,
                noise_variable: a.noise_variable.as_deref(),
                noise_sd: a.noise_sd,
            },
        )?),
        None => None,
    };
    if let (Some(path), Some(obs)) = (&a.observations, &observations) {
        let count = match obs {
            Data::Stations(o) => o.len(),
            Data::Map(m) => m.observed(),
        };
        provenance = provenance
            .with_parameter("observation_source", path.display())
            .with_parameter("observations", count);
    }
    let conditioned = if observations.is_some() {
        ", conditioned on the observations"
    } else {
        ""
    };
    let cg = CgOptions {
        tolerance: a.cg_tolerance,
        max_iterations: a.max_iterations,
    };

    // Under MPI with --train, the training set is split over the ranks (docs/distributed.md
    // §3): every rank evaluates every score together, and writes its share of the samples.
    #[cfg(feature = "mpi")]
    let world = job().world();
    let sharded = job().is_distributed() && a.train.is_some();
    // The prior, its band limit and the grid of the training maps.
    let (prior, lmax, geometry, units) = if let (true, Some(train)) = (sharded, &a.train) {
        if observations.is_some() {
            bail!(
                "conditioning an empirical prior on observations does not run on several MPI \
                 ranks yet; run it without mpirun"
            );
        }
        let source = FieldSource::open(train, a.lmax)?;
        let mine = job().share(source.count);
        let shard = mine
            .clone()
            .map(|k| source.get(k, par))
            .collect::<sphfield::Result<Vec<Alm>>>()
            .map_err(anyhow::Error::from);
        let shard = job().agree(shard)?;
        let ou = a.forward.process(q_model.table(source.lmax)?)?;
        #[cfg(feature = "mpi")]
        let prior = sharded_prior(&world, ou, &shard, par)?;
        #[cfg(not(feature = "mpi"))]
        let prior = sharded_prior(ou, &shard, par)?;
        provenance = provenance.with_parameter(
            "prior",
            format!(
                "empirical, {} fields from {}",
                source.count,
                train.display(),
            ),
        );
        (prior, source.lmax, source.geometry, source.units)
    } else if let Some(train) = &a.train {
        let (data, source) = read_fields(train, a.lmax, "load", par, quiet)?;
        let ou = a.forward.process(q_model.table(source.lmax)?)?;
        let prior = match &observations {
            Some(Data::Stations(obs)) => condition_empirical(ou, &data, obs, par)
                .context("conditioning the empirical prior on the observations")?,
            Some(Data::Map(obs)) => {
                let sht = Sht::new(obs.map().geometry().clone(), source.lmax, source.lmax)?;
                condition_empirical_on_map(ou, &data, obs, &sht, par)
                    .context("conditioning the empirical prior on the observed map")?
            }
            None => EmpiricalPrior::new(ou, &data, par).context("building the empirical prior")?,
        };
        provenance = provenance.with_parameter(
            "prior",
            format!(
                "empirical, {} fields from {}{conditioned}",
                data.len(),
                train.display(),
            ),
        );
        (
            Box::new(prior) as Box<dyn Score>,
            source.lmax,
            source.geometry,
            source.units,
        )
    } else {
        let path = a
            .data_spectrum
            .as_ref()
            .expect("clap requires --train or --data-spectrum");
        let c = read_spectrum_file(path, a.data_convention)?;
        let lmax = match (&a.mixture, a.lmax) {
            (_, Some(l)) => l,
            (Some(file), None) => FieldSource::open(file, None)?.lmax.min(c.lmax()),
            (None, None) => c.lmax(),
        };
        if lmax > c.lmax() {
            bail!(
                "--lmax {lmax} exceeds the data spectrum's last degree {}",
                c.lmax()
            );
        }
        let c = c.truncated(lmax)?;
        let ou = a.forward.process(q_model.table(lmax)?)?;
        let score: Box<dyn Score> = if let Some(file) = &a.mixture {
            let (means, _) = read_fields(file, Some(lmax), "load means", par, quiet)?;
            provenance = provenance.with_parameter(
                "prior",
                format!(
                    "Gaussian mixture of {} components, means from {}, covariance C from {}{conditioned}",
                    means.len(),
                    file.display(),
                    path.display()
                ),
            );
            match &observations {
                Some(Data::Stations(obs)) => Box::new(ConditionedMixturePrior::new(
                    ou,
                    &means,
                    c,
                    obs.clone(),
                    par,
                )?),
                Some(Data::Map(_)) => bail!(
                    "a mixture prior conditions on station observations only; give the map's \
                     observed pixels as a CSV of stations"
                ),
                None => Box::new(GaussianMixturePrior::new(ou, &means, c, par)?),
            }
        } else {
            provenance = provenance.with_parameter(
                "prior",
                format!("Gaussian N(0, C), C from {}{conditioned}", path.display()),
            );
            let prior = GaussianPrior::new(ou, c, None)?;
            match &observations {
                Some(Data::Stations(obs)) => {
                    Box::new(ConditionedGaussianPrior::new(prior, obs.clone())?)
                }
                Some(Data::Map(obs)) => {
                    let sht = Sht::new(obs.map().geometry().clone(), lmax, lmax)?;
                    Box::new(MapConditionedGaussianPrior::new(
                        prior,
                        sht,
                        obs.clone(),
                        cg,
                    )?)
                }
                None => Box::new(prior),
            }
        };
        (score, lmax, None, "1".to_string())
    };
    let explicit_grid = a.map_grid || a.grid.any_given();
    let geometry = match (explicit_grid, geometry) {
        (false, Some(g)) => g,
        (true, _) => std::sync::Arc::new(a.grid.build(Some(lmax))?),
        (false, None) => {
            std::sync::Arc::new(sphfield::Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2)?)
        }
    };
    let provenance = provenance.with_parameter("lmax", lmax);
    if job().is_distributed() {
        let geometry = geometry.clone();
        return run_distributed(
            &a,
            prior.as_ref(),
            sharded,
            &sampler,
            (seed, lmax),
            geometry,
            &units,
            observations.as_ref(),
            &provenance,
            par,
            quiet,
        );
    }
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    let (leading, sht, meta) = output_layout(&a, &geometry, lmax, &units)?;
    let mut maps = writer.map_ensemble(&geometry, leading.clone(), &meta)?;
    let mut alms = writer.alm_ensemble(lmax, lmax, leading)?;
    // Samples are made in parallel batches and written as each batch completes: memory holds
    // one batch whatever the number of samples.
    let mut first: Option<Alm> = None;
    let bar = progress(a.members as u64, "sample", quiet);
    // A batch is at least one pass of the transform's shared Legendre stage.
    let batch = (2 * par.count()).max(sht.fields_per_pass()) as u64;
    let n = a.members as u64;
    let mut start = 0;
    while start < n {
        let end = (start + batch).min(n);
        let chunk = sampler.sample_batch(prior.as_ref(), seed, start..end, par)?;
        let chunk_maps = sht.synthesis_many(&chunk, par)?;
        for (s, map) in chunk.into_iter().zip(&chunk_maps) {
            alms.write(&s)?;
            maps.write(map)?;
            if first.is_none() {
                first = Some(s);
            }
            bar.inc(1);
        }
        start = end;
    }
    bar.finish_and_clear();
    drop((maps, alms));
    write_observations(&writer, observations.as_ref(), &units)?;
    writer.commit()?;
    report_written(&a, lmax, &geometry, quiet);
    write_png(&a, first, units, par)
}

/// The samples' leading dimensions, the transform to their maps, and the maps' description.
fn output_layout(
    a: &SampleArgs,
    geometry: &std::sync::Arc<sphfield::Geometry>,
    lmax: usize,
    units: &str,
) -> Result<(Vec<Dim>, Sht, FieldMeta)> {
    let leading = if a.members == 1 {
        vec![]
    } else {
        vec![Dim::members(a.members)]
    };
    let sht = Sht::new(geometry.clone(), lmax, lmax)?;
    let meta = FieldMeta {
        long_name: "sample of the reverse-time diffusion".into(),
        units: units.to_string(),
        ..FieldMeta::default()
    };
    Ok((leading, sht, meta))
}

/// The note saying what was written.
fn report_written(a: &SampleArgs, lmax: usize, geometry: &sphfield::Geometry, quiet: bool) {
    if !quiet {
        note(format_args!(
            "wrote {} sample(s) (lmax {lmax}, {}) to {}",
            a.members,
            geometry.describe(),
            a.output.output.display()
        ));
    }
}

/// Stores the observations a run was conditioned on (group observations).
fn write_observations(writer: &FileWriter, observations: Option<&Data>, units: &str) -> Result<()> {
    if let Some(data) = observations {
        let obs = match data {
            Data::Stations(o) => o.clone(),
            Data::Map(m) => m.to_points()?,
        };
        let sigma: Vec<f64> = obs.noise_variances().iter().map(|v| v.sqrt()).collect();
        writer.write_observations(
            &obs.points().latitudes_degrees(),
            &obs.points().longitudes_degrees(),
            obs.values(),
            &sigma,
            units,
        )?;
    }
    Ok(())
}

/// The PNG of sample 0 (--png).
fn write_png(a: &SampleArgs, first: Option<Alm>, units: String, par: Par) -> Result<()> {
    if let (Some(png), Some(s0)) = (&a.png, first) {
        let plot = SkyPlot {
            title: if a.style.title.is_empty() {
                "reverse-diffusion sample 0".into()
            } else {
                a.style.title.clone()
            },
            units,
            ..a.style.sky()?
        };
        plot.render_alm(&s0, par)?
            .save_png(png, a.output.overwrite())?;
    }
    Ok(())
}

/// `sample` over the ranks of an MPI job. With a Gaussian or mixture prior the members are
/// split over the ranks; with `--train` (`sharded`) every rank takes part in every score
/// evaluation (the training set is split) and writes its share of the members. Values are
/// bitwise those of the serial run for a Gaussian or mixture prior; with a sharded training
/// set equal to rounding (docs/distributed.md §3).
#[allow(clippy::too_many_arguments)]
fn run_distributed(
    a: &SampleArgs,
    prior: &dyn Score,
    sharded: bool,
    sampler: &Sampler,
    (seed, lmax): (u64, usize),
    geometry: std::sync::Arc<sphfield::Geometry>,
    units: &str,
    observations: Option<&Data>,
    provenance: &Provenance,
    par: Par,
    quiet: bool,
) -> Result<()> {
    let (leading, sht, meta) = output_layout(a, &geometry, lmax, units)?;
    let out = SharedEnsembles::create(&a.output.output, a.output.options(), provenance, |w| {
        let slots = vec![
            w.map_ensemble(&geometry, leading.clone(), &meta)?
                .byte_slot()?,
            w.alm_ensemble(lmax, lmax, leading.clone())?.byte_slot()?,
        ];
        write_observations(w, observations, units)?;
        Ok(slots)
    })?;
    let bar = progress(a.members as u64, "sample", quiet);
    let mut first: Option<Alm> = None;
    let mut write = |(k, s, map): &(usize, Alm, sphfield::Map)| -> Result<u64> {
        out.write_map(0, *k, map.values())?;
        out.write_alm(1, *k, s)?;
        if *k == 0 {
            first = Some(s.clone());
        }
        Ok(1)
    };
    if sharded {
        // One member after the other on this thread, all ranks together.
        out.run_lockstep(
            a.members,
            &bar,
            |k| {
                let s = sampler.sample(prior, seed, k as u64)?;
                let map = sht.synthesis(&s, par)?;
                Ok((k, s, map))
            },
            &mut write,
        )?;
    } else {
        let make = |k: usize, _: Option<(usize, Alm, sphfield::Map)>| {
            let s = sampler.sample(prior, seed, k as u64)?;
            let map = sht.synthesis(&s, Par::Seq)?;
            Ok((k, s, map))
        };
        out.run(a.members, par, &bar, make, &mut write)?;
    }
    bar.finish_and_clear();
    out.commit()?;
    report_written(a, lmax, &geometry, quiet);
    write_png(a, first, units.to_string(), par)
}

/// The empirical prior of this rank's shard of the training set (collective).
#[cfg(feature = "mpi")]
fn sharded_prior<'w>(
    world: &'w sphfield::mpi::rsmpi::topology::SimpleCommunicator,
    ou: sphfield::ou::LinearSpde,
    shard: &[Alm],
    par: Par,
) -> Result<Box<dyn Score + 'w>> {
    let prior = sphfield::mpi::ShardedEmpiricalPrior::new(world, ou, shard, par)
        .context("building the sharded empirical prior")?;
    Ok(Box::new(prior))
}

/// Without the mpi feature there is no distributed job.
#[cfg(not(feature = "mpi"))]
fn sharded_prior(
    _ou: sphfield::ou::LinearSpde,
    _shard: &[Alm],
    _par: Par,
) -> Result<Box<dyn Score>> {
    bail!("a distributed job needs sphfield built with --features mpi")
}

/// The sampler the options ask for.
fn sampler(a: &SampleArgs, schedule: Schedule) -> Result<Sampler> {
    if let Some(tol) = a.step_tolerance {
        if a.method != Method::Eh {
            bail!("--step-tolerance uses the exponential Heun method (--method eh)");
        }
        let sde = ReverseSde::new(schedule, ReverseMethod::ExponentialHeun)
            .with_step_control(StepControl::new(tol)?)
            .with_final_denoising(a.denoise);
        return Ok(sde.into());
    }
    Ok(Sampler::new(a.method.into(), schedule).with_final_denoising(a.denoise))
}

/// Every field of a sphfield file (coefficients, or maps analysed) at band limit `lmax`
/// (default: the file's), with a progress bar labelled `label`.
fn read_fields(
    path: &std::path::Path,
    lmax: Option<usize>,
    label: &'static str,
    par: Par,
    quiet: bool,
) -> Result<(Vec<Alm>, FieldSource)> {
    let source = FieldSource::open(path, lmax)?;
    let bar = progress(source.count as u64, label, quiet);
    let mut data = Vec::with_capacity(source.count);
    for k in 0..source.count {
        data.push(source.get(k, par)?);
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok((data, source))
}
