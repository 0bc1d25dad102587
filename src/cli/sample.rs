//! `sphfield sample`: reverse-time generation with a Gaussian or an empirical prior.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use sphfield::condition::{condition_empirical, ConditionedGaussianPrior, Observations};
use sphfield::io::{Dim, FieldMeta, FileWriter, Provenance};
use sphfield::ou::{OrnsteinUhlenbeck, Schedule};
use sphfield::plot::SkyPlot;
use sphfield::sampler::Sampler;
use sphfield::score::{EmpiricalPrior, GaussianPrior, Score};
use sphfield::{Alm, Par, Sht};

use super::args::{
    check_members, progress, resolve_seed, Convention, GridArgs, ModelArgs, OutputArgs,
};
use super::fields::FieldSource;
use super::model::read_spectrum_file;
use super::note;
use super::plot::PlotStyle;

/// Reverse-time integrators.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Method {
    /// Euler–Maruyama on the reverse SDE.
    Em,
    /// Exponential integrator (linear part exact) on the reverse SDE.
    Ei,
    /// Probability-flow ODE, Heun's method (deterministic given the start).
    Pf,
}

impl From<Method> for sphfield::sampler::Method {
    fn from(m: Method) -> Self {
        match m {
            Method::Em => sphfield::sampler::Method::EulerMaruyama,
            Method::Ei => sphfield::sampler::Method::ExponentialIntegrator,
            Method::Pf => sphfield::sampler::Method::ProbabilityFlow,
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
    #[arg(long, value_enum, default_value = "ei")]
    pub method: Method,
    /// Number of time steps.
    #[arg(long, default_value_t = 200)]
    pub steps: usize,
    /// Time grid.
    #[arg(long, value_enum, default_value = "geometric")]
    pub schedule: ScheduleKind,
    /// Final time T of the forward process, where sampling starts from N(0, Q). Times are in
    /// the process's own (dimensionless) units: the data's weight at time t is e^(−βt/2).
    #[arg(long, default_value_t = 10.0)]
    pub t_end: f64,
    /// Early-stopping time t0 > 0, where sampling ends (same units as --t-end).
    #[arg(long, default_value_t = 1e-3)]
    pub t_start: f64,
    /// Finish with a Tweedie denoising step (posterior mean at t0) [em, ei].
    #[arg(long)]
    pub denoise: bool,
    /// OU rate β, per unit of time: dX = −(β/2)X dt + √β dW^Q.
    #[arg(long, default_value_t = 1.0)]
    pub beta: f64,
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
    /// Sample the posterior given station observations of the clean field (CSV
    /// `lat,lon,value[,sigma]`): the exact conditional score of the prior (docs/conditioning.md
    /// §C.7). Stored in the output's group `observations`.
    #[arg(long)]
    pub observations: Option<PathBuf>,
    /// Noise standard deviation of observation rows without a sigma column.
    #[arg(long, requires = "observations")]
    pub noise_sd: Option<f64>,
    /// The noise covariance Q of the OU process (Whittle–Matérn by default).
    #[command(flatten)]
    pub model: ModelArgs,
}

pub fn run(a: SampleArgs, par: Par, quiet: bool) -> Result<()> {
    check_members(a.members)?;
    let seed = resolve_seed(a.seed, quiet)?;
    let schedule = match a.schedule {
        ScheduleKind::Geometric => Schedule::geometric(a.t_start, a.t_end, a.steps)?,
        ScheduleKind::Uniform => Schedule::uniform(a.t_start, a.t_end, a.steps)?,
    };
    let sampler = sampler(&a, schedule);
    let q_model = a.model.build()?;
    let mut provenance = Provenance::from_command_line()
        .with_seed(seed)
        .with_parameter("method", format!("{:?}", a.method).to_lowercase())
        .with_parameter("steps", a.steps)
        .with_parameter("t_start", a.t_start)
        .with_parameter("t_end", a.t_end)
        .with_parameter("beta", a.beta);
    provenance.model = Some(format!("noise covariance Q: {}", q_model.describe()));
    let observations = match &a.observations {
        Some(path) => Some(
            Observations::from_csv_file(path, a.noise_sd)
                .with_context(|| format!("reading observations from {}", path.display()))?,
        ),
        None => None,
    };
    if let (Some(path), Some(obs)) = (&a.observations, &observations) {
        provenance = provenance
            .with_parameter("observation_source", path.display())
            .with_parameter("observations", obs.len());
    }

    // The prior, its band limit and the grid of the training maps.
    let (prior, lmax, geometry, units) = if let Some(train) = &a.train {
        let source = FieldSource::open(train, a.lmax)?;
        let bar = progress(source.count as u64, "load", quiet);
        let mut data = Vec::with_capacity(source.count);
        for k in 0..source.count {
            data.push(source.get(k, par)?);
            bar.inc(1);
        }
        bar.finish_and_clear();
        let ou = OrnsteinUhlenbeck::new(q_model.table(source.lmax)?, a.beta)?;
        let prior = match &observations {
            Some(obs) => condition_empirical(ou, &data, obs, par)
                .context("conditioning the empirical prior on the observations")?,
            None => EmpiricalPrior::new(ou, &data, par).context("building the empirical prior")?,
        };
        provenance = provenance.with_parameter(
            "prior",
            format!(
                "empirical, {} fields from {}{}",
                data.len(),
                train.display(),
                if observations.is_some() {
                    ", conditioned on the observations"
                } else {
                    ""
                }
            ),
        );
        (
            Box::new(prior) as Box<dyn Score + Send>,
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
        let lmax = a.lmax.unwrap_or(c.lmax());
        if lmax > c.lmax() {
            bail!(
                "--lmax {lmax} exceeds the data spectrum's last degree {}",
                c.lmax()
            );
        }
        let c = c.truncated(lmax)?;
        let ou = OrnsteinUhlenbeck::new(q_model.table(lmax)?, a.beta)?;
        let prior = GaussianPrior::new(ou, c, None)?;
        provenance = provenance.with_parameter(
            "prior",
            format!(
                "Gaussian N(0, C), C from {}{}",
                path.display(),
                if observations.is_some() {
                    ", conditioned on the observations"
                } else {
                    ""
                }
            ),
        );
        let score: Box<dyn Score + Send> = match &observations {
            Some(obs) => Box::new(ConditionedGaussianPrior::new(prior, obs.clone())?),
            None => Box::new(prior),
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
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    let leading = if a.members == 1 {
        vec![]
    } else {
        vec![Dim::members(a.members)]
    };
    let sht = Sht::new(geometry.clone(), lmax, lmax)?;
    let meta = FieldMeta {
        long_name: "sample of the reverse-time diffusion".into(),
        units: units.clone(),
        ..FieldMeta::default()
    };
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
    if let Some(obs) = &observations {
        let sigma: Vec<f64> = obs.noise_variances().iter().map(|v| v.sqrt()).collect();
        writer.write_observations(
            &obs.points().latitudes_degrees(),
            &obs.points().longitudes_degrees(),
            obs.values(),
            &sigma,
            &units,
        )?;
    }
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "wrote {} sample(s) (lmax {lmax}, {}) to {}",
            a.members,
            geometry.describe(),
            a.output.output.display()
        ));
    }
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

/// The sampler the options ask for.
fn sampler(a: &SampleArgs, schedule: Schedule) -> Sampler {
    Sampler::new(a.method.into(), schedule).with_final_denoising(a.denoise)
}
