//! `sphfield diffuse`: forward-noise fields with the Ornstein–Uhlenbeck process.

use anyhow::{bail, Result};
use clap::Args;
use sphfield::io::{Dim, FieldMeta, FileWriter, Provenance};
use sphfield::ou::LinearSpde;
use sphfield::spectrum::AngularSpectrum;
use sphfield::{Alm, Map};
use sphfield::{Par, Sht};

use super::args::{progress, OutputArgs};
use super::fields::FieldSource;
use super::job::job;
use super::noising::{Noising, NoisingArgs};
use super::note;
use super::shared_output::SharedEnsembles;

/// Arguments of `sphfield diffuse`.
#[derive(Args, Debug)]
pub struct DiffuseArgs {
    #[command(flatten)]
    pub noising: NoisingArgs,
    /// Also write the noised fields as maps on the input's grid.
    #[arg(long)]
    pub maps: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(a: DiffuseArgs, par: Par, quiet: bool) -> Result<()> {
    a.noising.forward.require_linear("diffuse")?;
    let Noising {
        source,
        q,
        ou,
        provenance,
        seed,
    } = a.noising.setup(quiet)?;
    let times = a.noising.times.clone();
    if job().is_distributed() {
        return run_distributed(&a, source, q, ou, provenance, seed, par, quiet);
    }
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    writer.write_spectrum("noise_covariance", &q, "1")?;
    let leading = vec![Dim::times(&times), Dim::members(source.count)];
    let mut alms = writer.alm_ensemble(source.lmax, source.lmax, leading.clone())?;
    let map_out = match (&source.geometry, a.maps) {
        (Some(g), true) => Some((
            writer.map_ensemble(
                g,
                leading,
                &FieldMeta {
                    units: source.units.clone(),
                    ..FieldMeta::default()
                },
            )?,
            Sht::new(g.clone(), source.lmax, source.lmax)?,
        )),
        (None, true) => {
            bail!("--maps: the input has no maps, so there is no grid to write them on")
        }
        _ => None,
    };
    let mut map_out = map_out;
    let bar = progress((times.len() * source.count) as u64, "diffuse", quiet);
    // Row-major (time, member): the input is read once per time, a group of fields at a time
    // (as many as one pass of the map transform's shared Legendre stage takes).
    let group = map_out.as_ref().map_or(1, |(_, sht)| sht.fields_per_pass());
    for (k, &t) in times.iter().enumerate() {
        for first in (0..source.count).step_by(group) {
            let members = first..(first + group).min(source.count);
            let mut noised = Vec::with_capacity(members.len());
            for i in members {
                let x0 = source.get(i, par)?;
                let xi = ou.noise(seed, i as u64, k as u64, x0.mmax(), par)?;
                let xt = ou.transition(&x0, t, &xi)?;
                alms.write(&xt)?;
                noised.push(xt);
            }
            if let Some((w, sht)) = map_out.as_mut() {
                for map in sht.synthesis_many(&noised, par)? {
                    w.write(&map)?;
                }
            }
            bar.inc(noised.len() as u64);
        }
    }
    bar.finish_and_clear();
    drop(alms);
    drop(map_out);
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "noised {} field(s) at {} time(s) (lmax {}); wrote {}",
            source.count,
            times.len(),
            source.lmax,
            a.output.output.display()
        ));
    }
    Ok(())
}

/// `diffuse` over the ranks of an MPI job: the (time, member) pairs are split over the ranks,
/// each writing its noised fields (and maps) into the one output file; values bitwise those of
/// the serial run.
#[allow(clippy::too_many_arguments)]
fn run_distributed(
    a: &DiffuseArgs,
    source: FieldSource,
    q: AngularSpectrum,
    ou: LinearSpde,
    provenance: Provenance,
    seed: u64,
    par: Par,
    quiet: bool,
) -> Result<()> {
    let times = &a.noising.times;
    let leading = vec![Dim::times(times), Dim::members(source.count)];
    let meta = FieldMeta {
        units: source.units.clone(),
        ..FieldMeta::default()
    };
    let sht = match (&source.geometry, a.maps) {
        (Some(g), true) => Some(Sht::new(g.clone(), source.lmax, source.lmax)?),
        (None, true) => {
            bail!("--maps: the input has no maps, so there is no grid to write them on")
        }
        _ => None,
    };
    let out = SharedEnsembles::create(&a.output.output, a.output.options(), &provenance, |w| {
        w.write_spectrum("noise_covariance", &q, "1")?;
        let mut slots = vec![w
            .alm_ensemble(source.lmax, source.lmax, leading.clone())?
            .byte_slot()?];
        if let Some(sht) = &sht {
            slots.push(
                w.map_ensemble(sht.geometry(), leading.clone(), &meta)?
                    .byte_slot()?,
            );
        }
        Ok(slots)
    })?;
    let n = source.count;
    let total = times.len() * n;
    let bar = progress(total as u64, "diffuse", quiet);
    // Item j is (time j / n, member j % n), row-major as in the file.
    let make = |j: usize, _: Option<(usize, Alm, Option<Map>)>| {
        let (k, i) = (j / n, j % n);
        let x0 = source.get(i, Par::Seq)?;
        let xi = ou.noise(seed, i as u64, k as u64, x0.mmax(), Par::Seq)?;
        let xt = ou.transition(&x0, times[k], &xi)?;
        let map = match &sht {
            Some(sht) => Some(sht.synthesis(&xt, Par::Seq)?),
            None => None,
        };
        Ok((j, xt, map))
    };
    out.run(total, par, &bar, make, |(j, xt, map)| {
        out.write_alm(0, *j, xt)?;
        if let Some(map) = map {
            out.write_map(1, *j, map.values())?;
        }
        Ok(1)
    })?;
    bar.finish_and_clear();
    out.commit()?;
    if !quiet {
        note(format_args!(
            "noised {} field(s) at {} time(s) (lmax {}); wrote {}",
            n,
            times.len(),
            source.lmax,
            a.output.output.display()
        ));
    }
    Ok(())
}
