//! `sphfield dsm`: denoising-score-matching training pairs.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use sphfield::io::{Dim, FileWriter, Provenance};
use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::score::dsm_pair;
use sphfield::Par;

use super::args::{progress, ModelArgs, OutputArgs};
use super::fields::FieldSource;

/// Arguments of `sphfield dsm`.
#[derive(Args, Debug)]
pub struct DsmArgs {
    /// Training fields: a sphfield file with coefficients (harmonic/alm) or maps.
    pub input: PathBuf,
    /// Times t > 0 at which to noise every field, comma-separated.
    #[arg(long, value_delimiter = ',', required = true)]
    pub times: Vec<f64>,
    /// OU rate β.
    #[arg(long, default_value_t = 1.0)]
    pub beta: f64,
    /// Band limit (default: the input's).
    #[arg(long)]
    pub lmax: Option<usize>,
    /// Seed of the noise streams.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    #[command(flatten)]
    pub output: OutputArgs,
    /// The noise covariance Q (Whittle–Matérn by default).
    #[command(flatten)]
    pub model: ModelArgs,
}

pub fn run(a: DsmArgs, par: Par, quiet: bool) -> Result<()> {
    let times = a.times.clone();
    let source = FieldSource::open(&a.input, a.lmax)?;
    let q_model = a.model.build()?;
    let q = q_model.table(source.lmax)?;
    let ou = OrnsteinUhlenbeck::new(q.clone(), a.beta)?;
    let mut provenance = Provenance::from_command_line()
        .with_seed(a.seed)
        .with_parameter("input", a.input.display())
        .with_parameter("beta", a.beta)
        .with_parameter("times", format!("{times:?}"))
        .with_parameter("lmax", source.lmax)
        .with_parameter(
            "pairs",
            "harmonic/noisy = X_t = e^(-beta t/2) X_0 + sqrt(v_t) xi, harmonic/target = -xi/sqrt(v_t), \
             xi ~ N(0, Q), v_t = 1 - e^(-beta t); E[target | X_t] is the score in Cameron-Martin form",
        );
    provenance.model = Some(format!("noise covariance Q: {}", q_model.describe()));
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    writer.write_spectrum("noise_covariance", &q, "1")?;
    let leading = vec![Dim::times(&times), Dim::members(source.count)];
    let (l, n) = (source.lmax, source.count);
    let mut clean = writer.alm_ensemble(l, l, vec![Dim::members(n)])?;
    let mut noisy = writer.alm_ensemble_named("noisy", l, l, leading.clone())?;
    let mut target = writer.alm_ensemble_named("target", l, l, leading)?;
    for i in 0..n {
        clean.write(&source.get(i, par)?)?;
    }
    let bar = progress((times.len() * n) as u64, "dsm", quiet);
    for (k, &t) in times.iter().enumerate() {
        for i in 0..n {
            let x0 = source.get(i, par)?;
            let pair = dsm_pair(&ou, &x0, t, a.seed, i as u64, k as u64)?;
            noisy.write(&pair.noisy)?;
            target.write(&pair.target)?;
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    drop((clean, noisy, target));
    writer.commit()?;
    if !quiet {
        eprintln!(
            "wrote {} pairs ({} fields x {} times) to {}",
            n * times.len(),
            n,
            times.len(),
            a.output.output.display()
        );
    }
    Ok(())
}
