//! Options and set-up shared by the commands that forward-noise input fields (`diffuse`, `dsm`).

use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::Args;
use sphfield::io::Provenance;
use sphfield::ou::LinearSpde;
use sphfield::spectrum::AngularSpectrum;

use super::args::{resolve_seed, ModelArgs};
use super::fields::FieldSource;
use super::forward::ForwardArgs;

/// Input fields, times, and the forward process (OU: X_t = e^(−βt/2) X_0 + √(1 − e^(−βt)) ξ, ξ ~ N(0, Q)).
#[derive(Args, Debug)]
pub struct NoisingArgs {
    /// Input fields: a sphfield file with coefficients (harmonic/alm) or maps.
    pub input: PathBuf,
    /// Times t > 0, comma-separated, in the process's own (dimensionless) units: at time t the
    /// data's weight is e^(−λ_l t) and the noise variance β(1 − e^(−2λ_l t))/(2λ_l)·Q per
    /// degree (OU, λ = β/2: e^(−βt/2) and (1 − e^(−βt))·Q).
    #[arg(long, value_delimiter = ',', required = true)]
    pub times: Vec<f64>,
    /// The forward process (OU by default).
    #[command(flatten)]
    pub forward: ForwardArgs,
    /// Band limit (default: the input's).
    #[arg(long)]
    pub lmax: Option<usize>,
    /// Seed of the noise streams (independent noise for every time and member) [default: a
    /// fresh seed from the operating system, printed (unless --quiet) and recorded in the file's
    /// `seed` attribute].
    #[arg(long)]
    pub seed: Option<u64>,
    /// The noise covariance Q (Whittle–Matérn by default).
    #[command(flatten)]
    pub model: ModelArgs,
}

/// What the noising commands work with.
pub struct Noising {
    pub source: FieldSource,
    pub q: AngularSpectrum,
    pub ou: LinearSpde,
    pub provenance: Provenance,
    /// The seed given, or the one drawn for this run.
    pub seed: u64,
}

impl NoisingArgs {
    /// Opens the input, builds Q and the process, and starts the provenance record.
    pub fn setup(&self, quiet: bool) -> Result<Noising> {
        for &t in &self.times {
            if !(t.is_finite() && t > 0.0) {
                bail!("--times: {t} is not a positive time");
            }
        }
        let source = FieldSource::open(&self.input, self.lmax)?;
        let seed = resolve_seed(self.seed, quiet)?;
        let q_model = self.model.build()?;
        let q = q_model.table(source.lmax)?;
        let ou = self.forward.process(q.clone())?;
        let provenance = Provenance::from_command_line()
            .with_seed(seed)
            .with_parameter("input", self.input.display());
        let mut provenance = self
            .forward
            .record(provenance)?
            .with_parameter("times", format!("{:?}", self.times))
            .with_parameter("lmax", source.lmax);
        provenance.model = Some(format!("noise covariance Q: {}", q_model.describe()));
        Ok(Noising {
            source,
            q,
            ou,
            provenance,
            seed,
        })
    }
}
