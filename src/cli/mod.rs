//! The `sphfield` command line: one module per command, shared argument groups in `args`.

pub mod analyze;
mod analyze_vector;
pub mod args;
pub mod condition;
pub mod diffuse;
pub mod dsm;
pub mod fields;
pub mod fit;
pub mod forward;
pub mod info;
pub mod job;
pub mod model;
pub mod noising;
pub mod observed;
pub mod paths;
pub mod pipeline;
pub mod plot;
pub mod sample;
pub mod shared_output;
pub mod sht;
pub mod signals;
pub mod spectrum;
pub mod synth;
mod synth_space_time;
mod synth_vector;

use anyhow::Result;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

/// Gaussian random fields on the sphere: Matérn and tabulated spectra, fast spherical harmonic
/// transforms, HDF5 files that xarray and h5py open, pictures, and score-based diffusion in
/// harmonic space.
#[derive(Parser, Debug)]
#[command(name = "sphfield", version, about, long_about = None)]
pub struct Cli {
    /// Worker threads (0 = all cores). Default: $SPHFIELD_NUM_THREADS, else 1. Results are
    /// bit-for-bit the same for any thread count.
    #[arg(long, global = true)]
    pub threads: Option<usize>,
    /// No progress bars or messages on stderr (errors are still printed).
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands. Negative numbers are values, not options (`--rho-km -5` reaches the check
/// that refuses it with a reason).
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Draw Gaussian random fields from a spectrum (Matérn in km, tabulated C_l, ...) on a grid
    /// and write them to HDF5, member by member.
    #[command(allow_negative_numbers = true)]
    Synth(Box<synth::SynthArgs>),
    /// Condition a Gaussian field on observations (stations CSV, or a masked map): posterior
    /// mean (kriging), posterior standard deviation and constrained realisations.
    #[command(allow_negative_numbers = true)]
    Condition(Box<condition::ConditionArgs>),
    /// Fit a spectrum model (maximum likelihood, with standard errors) to fields or stations.
    #[command(allow_negative_numbers = true)]
    Fit(Box<fit::FitArgs>),
    /// Analyse the maps of a file: coefficients a_lm and the estimated spectrum C_l.
    #[command(allow_negative_numbers = true)]
    Analyze(Box<analyze::AnalyzeArgs>),
    /// Print or write a spectrum model's C_l and covariance function.
    #[command(allow_negative_numbers = true)]
    Spectrum(Box<spectrum::SpectrumArgs>),
    /// Forward-noise fields with the Ornstein–Uhlenbeck process to given times.
    #[command(allow_negative_numbers = true)]
    Diffuse(Box<diffuse::DiffuseArgs>),
    /// Generate fields by reverse-time diffusion from a Gaussian or an empirical prior.
    #[command(allow_negative_numbers = true)]
    Sample(Box<sample::SampleArgs>),
    /// Write denoising-score-matching training pairs (noisy field, score target).
    #[command(allow_negative_numbers = true)]
    Dsm(Box<dsm::DsmArgs>),
    /// Draw a field (Mollweide or equirectangular) or the spectra of a file as a PNG.
    #[command(allow_negative_numbers = true)]
    Plot(Box<plot::PlotArgs>),
    /// Describe a sphfield file: provenance, grids, ensembles, spectra.
    #[command(allow_negative_numbers = true)]
    Info(info::InfoArgs),
    /// Time a synthesis/analysis round trip and report its accuracy.
    #[command(allow_negative_numbers = true)]
    Sht(Box<sht::ShtArgs>),
}

/// Writes one line of results to standard output. A failed write is an error: `main` reports
/// a full device and ends quietly on a closed pipe (`sphfield info f.h5 | head -1`).
pub fn print_line(line: std::fmt::Arguments) -> Result<()> {
    print_text(format_args!("{line}\n"))
}

/// Writes text to standard output (see [`print_line`]).
pub fn print_text(text: std::fmt::Arguments) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_fmt(text)
        .and_then(|()| out.flush())
        .map_err(|e| anyhow::Error::new(e).context("writing to standard output"))
}

/// A message for the user on standard error (progress, what was written). Never fails: a
/// message that cannot be shown is not worth stopping the work for.
pub fn note(message: std::fmt::Arguments) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{message}");
}

/// True if the error comes from writing to a pipe whose reader has gone away.
pub fn is_closed_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The help heading of the spectrum options in the commands where they define the noise.
const NOISE_HEADING: &str = "Noise covariance Q of the forward process (a spectrum)";

/// The clap command: in `diffuse`, `dsm` and `sample` the spectrum options define the noise
/// covariance Q, and their help heading says so.
pub fn command() -> clap::Command {
    let mut cmd = Cli::command();
    for name in ["diffuse", "dsm", "sample"] {
        cmd = cmd.mut_subcommand(name, |sub| {
            let spectrum_args: Vec<clap::Id> = sub
                .get_arguments()
                .filter(|a| a.get_help_heading() == Some("Spectrum"))
                .map(|a| a.get_id().clone())
                .collect();
            spectrum_args.into_iter().fold(sub, |sub, id| {
                sub.mut_arg(id, |a| a.help_heading(NOISE_HEADING))
            })
        });
    }
    cmd
}

/// Parses the command line and runs the command.
pub fn run() -> Result<()> {
    let cli = Cli::from_arg_matches(&command().get_matches()).unwrap_or_else(|e| e.exit());
    run_command(cli).map_err(|e| job::job().fail_before_start(e))
}

fn run_command(cli: Cli) -> Result<()> {
    let (inputs, outputs) = paths::inputs_and_outputs(&cli.command);
    paths::check_distinct(&inputs, &outputs)?;
    let par = args::threads(cli.threads)?;
    // Rank 0 reports for the whole job.
    let quiet = cli.quiet || !job::job().is_root();
    let job = job::job();
    if job.is_distributed() {
        check_distributed(&cli.command)?;
        same_arguments_on_every_rank()?;
    }
    match cli.command {
        Command::Synth(a) => synth::run(*a, par, quiet),
        Command::Condition(a) => condition::run(*a, par, quiet),
        Command::Fit(a) => fit::run(*a, par, quiet),
        Command::Analyze(a) => analyze::run(*a, par, quiet),
        Command::Spectrum(a) => spectrum::run(*a, quiet),
        Command::Diffuse(a) => diffuse::run(*a, par, quiet),
        Command::Sample(a) => sample::run(*a, par, quiet),
        Command::Dsm(a) => dsm::run(*a, par, quiet),
        Command::Plot(a) => plot::run(*a, par, quiet),
        Command::Info(a) => info::run(a),
        Command::Sht(a) => sht::run(*a, par, quiet),
    }
}

/// Collective: every rank must run the same command line (mpirun's MPMD syntax could start
/// ranks with different ones, whose members would not fit together).
fn same_arguments_on_every_rank() -> Result<()> {
    use std::hash::{Hash, Hasher};
    let job = job::job();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    std::env::args_os()
        .skip(1)
        .collect::<Vec<_>>()
        .hash(&mut hasher);
    let mine = hasher.finish();
    let root = job.broadcast_u64(mine)?;
    job.agree(if root == mine {
        Ok(())
    } else {
        Err(anyhow::anyhow!(
            "rank {} was started with other arguments than rank 0; every rank must run the \
             same command",
            job.rank()
        ))
    })
}

/// Under an MPI launcher with several ranks, only the commands built for it run
/// (docs/distributed.md); the others would run once per rank.
fn check_distributed(command: &Command) -> Result<()> {
    match command {
        Command::Synth(_) | Command::Diffuse(_) | Command::Dsm(_) | Command::Sample(_) => Ok(()),
        Command::Sht(_) => Ok(()),
        _ => Err(anyhow::anyhow!(
            "this command does not run on several MPI ranks (synth, diffuse, dsm, sample and \
             sht do); run it without mpirun"
        )),
    }
}
