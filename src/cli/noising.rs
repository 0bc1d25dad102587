//! Options and set-up shared by the commands that forward-noise input fields (`diffuse`, `dsm`).

use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::Args;
use sphfield::io::Provenance;
use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::spectrum::AngularSpectrum;

use super::args::{resolve_seed, ModelArgs};
use super::fields::FieldSource;

/// Input fields, times, and the OU process X_t = e^(−βt/2) X_0 + √(1 − e^(−βt)) ξ, ξ ~ N(0, Q).
#[derive(Args, Debug)]
pub struct NoisingArgs {
    /// Input fields: a sphfield file with coefficients (harmonic/alm) or maps.
    pub input: PathBuf,
    /// Times t > 0, comma-separated, in the process's own (dimensionless) units: at time t the
    /// data's weight is e^(−βt/2) and the noise variance (1 − e^(−βt))·Q.
    #[arg(long, value_delimiter = ',', required = true)]
    pub times: Vec<f64>,
    /// OU rate β, per unit of time: dX = −(β/2)X dt + √β dW^Q.
    #[arg(long, default_value_t = 1.0)]
    pub beta: f64,
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
    pub ou: OrnsteinUhlenbeck,
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
        let ou = OrnsteinUhlenbeck::new(q.clone(), self.beta)?;
        let mut provenance = Provenance::from_command_line()
            .with_seed(seed)
            .with_parameter("input", self.input.display())
            .with_parameter("beta", self.beta)
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
