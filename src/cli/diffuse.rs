//! `sphfield diffuse`: forward-noise fields with the Ornstein–Uhlenbeck process.

use anyhow::{bail, Result};
use clap::Args;
use sphfield::io::{Dim, FieldMeta, FileWriter};
use sphfield::{Par, Sht};

use super::args::{progress, OutputArgs};
use super::noising::{Noising, NoisingArgs};
use super::note;

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
