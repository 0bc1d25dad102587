//! `sphfield dsm`: denoising-score-matching training pairs.

use anyhow::Result;
use clap::Args;
use sphfield::io::{Dim, FileWriter};
use sphfield::score::{dsm_pair, NonlinearSpde};
use sphfield::Alm;
use sphfield::Par;

use super::args::{progress, OutputArgs};
use super::noising::{Noising, NoisingArgs};
use super::note;

/// Arguments of `sphfield dsm`.
#[derive(Args, Debug)]
pub struct DsmArgs {
    #[command(flatten)]
    pub noising: NoisingArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(a: DsmArgs, par: Par, quiet: bool) -> Result<()> {
    let Noising {
        source,
        q,
        ou,
        provenance,
        seed,
    } = a.noising.setup(quiet)?;
    let times = a.noising.times.clone();
    let nonlinearity = a.noising.forward.nonlinearity()?;
    let pairs_text = if nonlinearity.is_some() {
        "harmonic/noisy = X_t of dX = (-A X - Pi_L F(X)) dt + sqrt(beta) dW^Q from X_0 (Lie-split \
         steps), harmonic/target = -Q H with H the Malliavin-Bismut weight of the path; E[target | \
         X_t] is the score in Cameron-Martin form"
    } else {
        "harmonic/noisy = X_t = a_l(t) X_0 + sqrt(v_l(t)) xi, harmonic/target = -xi/sqrt(v_l(t)), \
         xi ~ N(0, Q), a_l = exp(-lambda_l t), v_l = beta (1 - exp(-2 lambda_l t))/(2 lambda_l) \
         (OU: lambda_l = beta/2); E[target | X_t] is the score in Cameron-Martin form"
    };
    let provenance = provenance.with_parameter("pairs", pairs_text);
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
    if let Some(f) = nonlinearity {
        let spde = NonlinearSpde::new(ou, f)?;
        let data: Vec<Alm> = (0..n)
            .map(|i| source.get(i, par))
            .collect::<Result<_, _>>()?;
        let max_step = a.noising.forward.max_step;
        for k in 0..times.len() {
            for pair in spde.bismut_pairs_at(&data, &times, k, max_step, seed, par)? {
                noisy.write(&pair.noisy)?;
                target.write(&pair.target)?;
                bar.inc(1);
            }
        }
    } else {
        for (k, &t) in times.iter().enumerate() {
            for i in 0..n {
                let x0 = source.get(i, par)?;
                let pair = dsm_pair(&ou, &x0, t, seed, i as u64, k as u64)?;
                noisy.write(&pair.noisy)?;
                target.write(&pair.target)?;
                bar.inc(1);
            }
        }
    }
    bar.finish_and_clear();
    drop((clean, noisy, target));
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "wrote {} pairs ({} fields x {} times) to {}",
            n * times.len(),
            n,
            times.len(),
            a.output.output.display()
        ));
    }
    Ok(())
}
