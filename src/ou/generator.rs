//! The drift operator A = g(−Δ) of a linear forward process (docs/mathematics.md §4.2): diagonal in
//! spherical harmonics, with per-degree rates $\lambda_\ell = g(\ell(\ell+1)) \ge 0$.

use crate::error::{param_error, Error, Result};

/// The operator A of $dX = -AX\,dt + \sqrt\beta\,dW^Q$, as a function g of the (positive)
/// Laplace–Beltrami operator −Δ, whose eigenvalue at degree ℓ is ℓ(ℓ+1).
///
/// ```
/// use sphfield::ou::Generator;
/// // The heat semigroup e^{tΔ}: rates ℓ(ℓ+1), so degree 0 (the mean) is a Brownian motion.
/// let heat = Generator::heat(1.0).unwrap();
/// assert_eq!(heat.rates(3, 1.0).unwrap(), vec![0.0, 2.0, 6.0, 12.0]);
/// // Matérn type (κ² − Δ)^γ, fractional γ allowed.
/// let m = Generator::matern(0.5, 2.0, 0.75).unwrap();
/// assert!((m.rates(1, 1.0).unwrap()[1] - 0.5 * 6f64.powf(0.75)).abs() < 1e-15);
/// // Ornstein–Uhlenbeck: A = β/2 at every degree.
/// assert_eq!(Generator::OrnsteinUhlenbeck.rates(2, 3.0).unwrap(), vec![1.5; 3]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Generator {
    /// A = (β/2) I: the Ornstein–Uhlenbeck process $dX = -\tfrac\beta2X\,dt + \sqrt\beta\,dW^Q$,
    /// whose invariant law is N(0, Q).
    OrnsteinUhlenbeck,
    /// $g(s) = \theta(\kappa^2 + s)^\gamma$: heat (κ = 0, γ = 1), Matérn-type and fractional
    /// dynamics. Rates grow like $\ell^{2\gamma}$.
    Matern {
        /// θ > 0, per unit of time.
        scale: f64,
        /// κ ≥ 0.
        kappa: f64,
        /// γ > 0.
        gamma: f64,
    },
    /// $g(s) = \theta s^2$: the biharmonic operator θΔ² (degree 0 is a Brownian motion).
    Biharmonic {
        /// θ > 0, per unit of time.
        scale: f64,
    },
    /// A caller's rates $\lambda_0, \dots, \lambda_L$ (finite, ≥ 0; 0 = Brownian motion in that
    /// degree).
    Table(Vec<f64>),
}

fn check_positive(name: &'static str, v: f64) -> Result<()> {
    if !(v.is_finite() && v > 0.0) {
        return Err(param_error(name, v, "must be finite and positive"));
    }
    Ok(())
}

impl Generator {
    /// $g(s) = \theta(\kappa^2 + s)^\gamma$.
    ///
    /// # Errors
    /// `Error::Param` unless θ > 0, κ ≥ 0 and γ > 0 are finite.
    pub fn matern(scale: f64, kappa: f64, gamma: f64) -> Result<Generator> {
        check_positive("drift scale θ", scale)?;
        check_positive("drift exponent γ", gamma)?;
        if !(kappa.is_finite() && kappa >= 0.0) {
            return Err(param_error("drift κ", kappa, "must be finite and ≥ 0"));
        }
        Ok(Generator::Matern {
            scale,
            kappa,
            gamma,
        })
    }

    /// The heat generator θ(−Δ): g(s) = θs.
    ///
    /// # Errors
    /// `Error::Param` unless θ > 0 is finite.
    pub fn heat(scale: f64) -> Result<Generator> {
        Generator::matern(scale, 0.0, 1.0)
    }

    /// The biharmonic generator θΔ².
    ///
    /// # Errors
    /// `Error::Param` unless θ > 0 is finite.
    pub fn biharmonic(scale: f64) -> Result<Generator> {
        check_positive("drift scale θ", scale)?;
        Ok(Generator::Biharmonic { scale })
    }

    /// Rates given per degree.
    ///
    /// # Errors
    /// `Error::Param` for an empty table or a negative or non-finite rate.
    pub fn table(rates: Vec<f64>) -> Result<Generator> {
        if rates.is_empty() {
            return Err(param_error("drift rates", "0 values", "need λ_0 … λ_L"));
        }
        if let Some(l) = rates.iter().position(|r| !(r.is_finite() && *r >= 0.0)) {
            return Err(param_error(
                "drift rate",
                format!("λ_{l} = {}", rates[l]),
                "rates must be finite and ≥ 0",
            ));
        }
        Ok(Generator::Table(rates))
    }

    /// The rates $\lambda_0, \dots, \lambda_{L}$ for noise speed β.
    ///
    /// # Errors
    /// `Error::Mismatch` for a table shorter than lmax + 1 (longer tables are truncated);
    /// `Error::Param` if a rate overflows.
    pub fn rates(&self, lmax: usize, beta: f64) -> Result<Vec<f64>> {
        let eigen = |l: usize| (l * (l + 1)) as f64;
        let rates: Vec<f64> = match self {
            Generator::OrnsteinUhlenbeck => vec![0.5 * beta; lmax + 1],
            Generator::Matern {
                scale,
                kappa,
                gamma,
            } => (0..=lmax)
                .map(|l| scale * (kappa * kappa + eigen(l)).powf(*gamma))
                .collect(),
            Generator::Biharmonic { scale } => {
                (0..=lmax).map(|l| scale * eigen(l) * eigen(l)).collect()
            }
            Generator::Table(r) => {
                if r.len() <= lmax {
                    return Err(Error::Mismatch(format!(
                        "the drift-rate table has {} degrees but the process needs lmax {lmax}",
                        r.len()
                    )));
                }
                r[..=lmax].to_vec()
            }
        };
        if let Some(l) = rates.iter().position(|r| !r.is_finite()) {
            return Err(param_error(
                "drift rate",
                format!("λ_{l} = {}", rates[l]),
                "overflows f64: use a smaller θ, κ or γ",
            ));
        }
        Ok(rates)
    }

    /// A one-line description for provenance records.
    pub fn describe(&self) -> String {
        match self {
            Generator::OrnsteinUhlenbeck => "Ornstein-Uhlenbeck: A = beta/2".into(),
            Generator::Matern {
                scale,
                kappa,
                gamma,
            } => {
                format!("A = {scale} (kappa^2 - Laplacian)^gamma, kappa = {kappa}, gamma = {gamma}")
            }
            Generator::Biharmonic { scale } => format!("A = {scale} Laplacian^2 (biharmonic)"),
            Generator::Table(r) => format!("A = per-degree rates table ({} degrees)", r.len()),
        }
    }

    /// Short name: "ou", "matern", "biharmonic" or "table".
    pub fn name(&self) -> &'static str {
        match self {
            Generator::OrnsteinUhlenbeck => "ou",
            Generator::Matern { .. } => "matern",
            Generator::Biharmonic { .. } => "biharmonic",
            Generator::Table(_) => "table",
        }
    }
}
