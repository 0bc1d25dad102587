//! Options of the forward process dX = −A X dt + √β dW^Q shared by `sample`, `diffuse` and `dsm`.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use sphfield::io::Provenance;
use sphfield::ou::{Generator, LinearSpde};
use sphfield::score::{CubicNonlinearity, PointwiseNonlinearity};
use sphfield::spectrum::AngularSpectrum;

use super::args::Convention;
use super::model::read_spectrum_file;

/// Drift operators A = g(−Δ).
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum DriftKind {
    /// Ornstein–Uhlenbeck: A = β/2 (invariant law N(0, Q)).
    Ou,
    /// A = θ(κ² − Δ)^γ (fractional γ allowed): rates θ(κ² + l(l+1))^γ.
    Matern,
    /// The heat generator A = −θΔ: rates θ·l(l+1) (the mean, l = 0, is a Brownian motion).
    Heat,
    /// The biharmonic A = θΔ²: rates θ·(l(l+1))².
    Biharmonic,
    /// Rates per degree from --drift-rates.
    Table,
    /// Allen–Cahn / Ginzburg–Landau: A = β/2 plus the pointwise cubic term ε x³ (--epsilon). No
    /// closed-form score: `dsm` writes Malliavin–Bismut training pairs.
    AllenCahn,
}

/// The forward process.
#[derive(Args, Clone, Debug)]
pub struct ForwardArgs {
    /// Noise speed β, per unit of time: dX = −A X dt + √β dW^Q (OU: A = β/2).
    #[arg(long, default_value_t = 1.0, help_heading = "Forward process")]
    pub beta: f64,
    /// Drift operator A of the forward process, diagonal in spherical harmonics.
    #[arg(
        long,
        value_enum,
        default_value = "ou",
        help_heading = "Forward process"
    )]
    pub drift: DriftKind,
    /// θ > 0 of the matern, heat and biharmonic drifts, per unit of time [default 1].
    #[arg(long, help_heading = "Forward process")]
    pub drift_scale: Option<f64>,
    /// κ ≥ 0 of the matern drift [default 1].
    #[arg(long, help_heading = "Forward process")]
    pub drift_kappa: Option<f64>,
    /// γ > 0 of the matern drift [default 1].
    #[arg(long, help_heading = "Forward process")]
    pub drift_gamma: Option<f64>,
    /// Table drift: text/CSV rows "l rate" (l = 0..lmax, rates ≥ 0; 0 = Brownian motion).
    #[arg(long, help_heading = "Forward process")]
    pub drift_rates: Option<PathBuf>,
    /// ε ≥ 0 of the allen-cahn drift's cubic term ε x³ [default 1].
    #[arg(long, help_heading = "Forward process")]
    pub epsilon: Option<f64>,
    /// allen-cahn: the longest time step of the simulated paths (each step must keep
    /// Δ·max|3εX²| below 0.5).
    #[arg(long, default_value_t = 0.01, help_heading = "Forward process")]
    pub max_step: f64,
}

impl ForwardArgs {
    /// The drift operator the options describe.
    pub fn generator(&self) -> Result<Generator> {
        let scale = self.drift_scale.unwrap_or(1.0);
        let unused = |what: &str, given: bool| -> Result<()> {
            if given {
                bail!("{what} does not apply to --drift {:?}", self.drift);
            }
            Ok(())
        };
        let g = match self.drift {
            DriftKind::AllenCahn => {
                unused("--drift-scale", self.drift_scale.is_some())?;
                Generator::OrnsteinUhlenbeck
            }
            DriftKind::Ou => {
                unused("--drift-scale", self.drift_scale.is_some())?;
                Generator::OrnsteinUhlenbeck
            }
            DriftKind::Matern => Generator::matern(
                scale,
                self.drift_kappa.unwrap_or(1.0),
                self.drift_gamma.unwrap_or(1.0),
            )?,
            DriftKind::Heat => Generator::heat(scale)?,
            DriftKind::Biharmonic => Generator::biharmonic(scale)?,
            DriftKind::Table => {
                let Some(path) = &self.drift_rates else {
                    bail!("--drift table needs --drift-rates FILE");
                };
                let rates = read_spectrum_file(path, Convention::Cl)
                    .with_context(|| format!("reading drift rates from {}", path.display()))?;
                Generator::table(rates.values().to_vec())?
            }
        };
        if self.drift != DriftKind::Matern {
            unused("--drift-kappa", self.drift_kappa.is_some())?;
            unused("--drift-gamma", self.drift_gamma.is_some())?;
        }
        if self.drift != DriftKind::Table {
            unused("--drift-rates", self.drift_rates.is_some())?;
        }
        if self.drift != DriftKind::AllenCahn {
            unused("--epsilon", self.epsilon.is_some())?;
        }
        Ok(g)
    }

    /// The cubic term of --drift allen-cahn, if chosen.
    pub fn nonlinearity(&self) -> Result<Option<CubicNonlinearity>> {
        if self.drift != DriftKind::AllenCahn {
            return Ok(None);
        }
        let epsilon = self.epsilon.unwrap_or(1.0);
        if !(epsilon.is_finite() && epsilon >= 0.0) {
            bail!("--epsilon must be finite and ≥ 0 (got {epsilon})");
        }
        Ok(Some(CubicNonlinearity { epsilon }))
    }

    /// `Err` for --drift allen-cahn in a command that needs a closed-form score.
    pub fn require_linear(&self, command: &str) -> Result<()> {
        if self.drift == DriftKind::AllenCahn {
            bail!(
                "`{command}` needs a linear forward process: --drift allen-cahn has no closed-form \
                 score (use `dsm --drift allen-cahn` for Malliavin training pairs)"
            );
        }
        Ok(())
    }

    /// The process with noise covariance `q`.
    pub fn process(&self, q: AngularSpectrum) -> Result<LinearSpde> {
        Ok(LinearSpde::with_generator(q, self.beta, self.generator()?)?)
    }

    /// Records β and the drift in a provenance record.
    pub fn record(&self, provenance: Provenance) -> Result<Provenance> {
        let process = match self.nonlinearity()? {
            Some(f) => format!(
                "dX = (-A X - Pi_L F(X)) dt + sqrt(beta) dW^Q, {}, {}; paths in steps of at \
                 most {}",
                self.generator()?.describe(),
                f.describe(),
                self.max_step
            ),
            None => format!(
                "dX = -A X dt + sqrt(beta) dW^Q, {}",
                self.generator()?.describe()
            ),
        };
        Ok(provenance
            .with_parameter("beta", self.beta)
            .with_parameter("forward_process", process))
    }
}
