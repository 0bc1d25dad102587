//! `sphfield diffuse`: forward-noise fields with the Ornstein–Uhlenbeck process.

use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::Args;
use sphfield::io::{Dim, FieldMeta, FileWriter, Provenance};
use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::{Par, Sht};

use super::args::{progress, ModelArgs, OutputArgs};
use super::fields::FieldSource;

/// Arguments of `sphfield diffuse`.
#[derive(Args, Debug)]
pub struct DiffuseArgs {
    /// Input fields: a sphfield file with coefficients (harmonic/alm) or maps.
    pub input: PathBuf,
    /// Diffusion times t > 0, comma-separated (X_t = e^(−βt/2) X_0 + √(1 − e^(−βt)) ξ, ξ ~ N(0, Q)).
    #[arg(long, value_delimiter = ',', required = true)]
    pub times: Vec<f64>,
    /// OU rate β.
    #[arg(long, default_value_t = 1.0)]
    pub beta: f64,
    /// Band limit (default: the input's).
    #[arg(long)]
    pub lmax: Option<usize>,
    /// Seed of the noise streams (independent noise for every time and member).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Also write the noised fields as maps on the input's grid.
    #[arg(long)]
    pub maps: bool,
    #[command(flatten)]
    pub output: OutputArgs,
    /// The noise covariance Q (Whittle–Matérn by default).
    #[command(flatten)]
    pub model: ModelArgs,
}

pub fn run(a: DiffuseArgs, par: Par, quiet: bool) -> Result<()> {
    let times = a.times.clone();
    let source = FieldSource::open(&a.input, a.lmax)?;
    let q_model = a.model.build()?;
    let q = q_model.table(source.lmax)?;
    let ou = OrnsteinUhlenbeck::new(q.clone(), a.beta)?;
    for &t in &times {
        if !(t.is_finite() && t > 0.0) {
            bail!("--times: {t} is not a positive time");
        }
    }
    let mut provenance = Provenance::from_command_line()
        .with_seed(a.seed)
        .with_parameter("input", a.input.display())
        .with_parameter("beta", a.beta)
        .with_parameter("times", format!("{times:?}"))
        .with_parameter("lmax", source.lmax);
    provenance.model = Some(format!("noise covariance Q: {}", q_model.describe()));
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
    // Row-major (time, member): the input is read once per time, one field at a time.
    for (k, &t) in times.iter().enumerate() {
        for i in 0..source.count {
            let x0 = source.get(i, par)?;
            let xi = ou.noise(a.seed, i as u64, k as u64, x0.mmax(), par)?;
            let xt = ou.transition(&x0, t, &xi)?;
            alms.write(&xt)?;
            if let Some((w, sht)) = map_out.as_mut() {
                w.write(&sht.synthesis(&xt, par)?)?;
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    drop(alms);
    drop(map_out);
    writer.commit()?;
    if !quiet {
        eprintln!(
            "noised {} field(s) at {} time(s) (lmax {}); wrote {}",
            source.count,
            times.len(),
            source.lmax,
            a.output.output.display()
        );
    }
    Ok(())
}
