//! `sphfield dsm`: denoising-score-matching training pairs.

use anyhow::Result;
use clap::Args;
use sphfield::io::{Dim, FileWriter, Provenance};
use sphfield::ou::LinearSpde;
use sphfield::score::DsmPair;
use sphfield::score::{dsm_pair, CubicNonlinearity, NonlinearSpde};
use sphfield::spectrum::AngularSpectrum;
use sphfield::Alm;
use sphfield::Par;

use super::args::{progress, OutputArgs};
use super::fields::FieldSource;
use super::job::job;
use super::noising::{Noising, NoisingArgs};
use super::note;
use super::shared_output::SharedEnsembles;

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
    if job().is_distributed() {
        let spde = match nonlinearity {
            Some(f) => Some(NonlinearSpde::new(ou.clone(), f)?),
            None => None,
        };
        return run_distributed(
            &a,
            &source,
            &q,
            &ou,
            spde.as_ref(),
            &provenance,
            seed,
            par,
            quiet,
        );
    }
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

/// `dsm` over the ranks of an MPI job: the clean fields, then the (time, field) pairs, split
/// over the ranks, each writing its pairs into the one output file; values bitwise those of the
/// serial run (each pair depends on its seed, field and time index only).
#[allow(clippy::too_many_arguments)]
fn run_distributed(
    a: &DsmArgs,
    source: &FieldSource,
    q: &AngularSpectrum,
    ou: &LinearSpde,
    spde: Option<&NonlinearSpde<CubicNonlinearity>>,
    provenance: &Provenance,
    seed: u64,
    par: Par,
    quiet: bool,
) -> Result<()> {
    let times = &a.noising.times;
    let (l, n) = (source.lmax, source.count);
    let leading = vec![Dim::times(times), Dim::members(n)];
    let out = SharedEnsembles::create(&a.output.output, a.output.options(), provenance, |w| {
        w.write_spectrum("noise_covariance", q, "1")?;
        Ok(vec![
            w.alm_ensemble(l, l, vec![Dim::members(n)])?.byte_slot()?,
            w.alm_ensemble_named("noisy", l, l, leading.clone())?
                .byte_slot()?,
            w.alm_ensemble_named("target", l, l, leading.clone())?
                .byte_slot()?,
        ])
    })?;
    let read = |i: usize| source.get(i, Par::Seq);
    let hidden = progress(0, "", true);
    out.run(
        n,
        par,
        &hidden,
        |i, _: Option<(usize, Alm)>| Ok((i, read(i)?)),
        |(i, x0)| {
            out.write_alm(0, *i, x0)?;
            Ok(1)
        },
    )?;
    let total = times.len() * n;
    let bar = progress(total as u64, "dsm", quiet);
    let max_step = a.noising.forward.max_step;
    // Item j is (time j / n, field j % n), row-major as in the file.
    let make = |j: usize, _: Option<(usize, DsmPair)>| {
        let (k, i) = (j / n, j % n);
        let x0 = read(i)?;
        let pair = match spde {
            Some(spde) => spde.bismut_pair(&x0, times[k], max_step, seed, i as u64, k as u64)?,
            None => dsm_pair(ou, &x0, times[k], seed, i as u64, k as u64)?,
        };
        Ok((j, pair))
    };
    out.run(total, par, &bar, make, |(j, pair)| {
        out.write_alm(1, *j, &pair.noisy)?;
        out.write_alm(2, *j, &pair.target)?;
        Ok(1)
    })?;
    bar.finish_and_clear();
    out.commit()?;
    if !quiet {
        note(format_args!(
            "wrote {} pairs ({} fields x {} times) to {}",
            total,
            n,
            times.len(),
            a.output.output.display()
        ));
    }
    Ok(())
}
