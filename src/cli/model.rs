//! What the spectrum options mean: the model or table they select ([`Spectrum`]), its
//! checks, description and provenance parameters, and spectrum files. The clap definitions
//! are in `args.rs`.

use std::path::Path;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use sphfield::io::FileReader;
use sphfield::kl::choose_lmax;
use sphfield::spectrum::{
    AngularSpectrum, HeatKernel, LegendreMatern, Length, PowerLaw, SpectrumModel, TableConvention,
    WhittleMatern, DEFAULT_CORRELATION_LENGTH_KM,
};

use super::args::{Convention, ModelArgs, ModelKind};

/// A spectrum model or a table.
pub enum Spectrum {
    /// An analytic model (any band limit).
    Model(Box<dyn SpectrumModel + Send + Sync>),
    /// A table (band limit at most its last degree).
    Table(AngularSpectrum),
}

impl Spectrum {
    /// One-line description.
    pub fn describe(&self) -> String {
        match self {
            Spectrum::Model(m) => m.describe(),
            Spectrum::Table(t) => t.description().to_string(),
        }
    }

    /// C_0..C_lmax.
    pub fn table(&self, lmax: usize) -> Result<AngularSpectrum> {
        match self {
            Spectrum::Model(m) => Ok(m.spectrum(lmax)?),
            Spectrum::Table(t) => {
                if lmax > t.lmax() {
                    bail!(
                        "lmax {lmax} exceeds the last degree of the tabulated spectrum ({})",
                        t.lmax()
                    );
                }
                Ok(t.truncated(lmax)?)
            }
        }
    }

    /// The band limit for a relative variance tolerance.
    pub fn lmax_for_tolerance(&self, tolerance: f64) -> Result<usize> {
        match self {
            Spectrum::Model(m) => Ok(choose_lmax(m.as_ref(), tolerance)?),
            Spectrum::Table(t) => Ok(t.lmax_for_tolerance(tolerance)?),
        }
    }

    /// Largest band limit the spectrum supports (tables end).
    pub fn max_lmax(&self) -> Option<usize> {
        match self {
            Spectrum::Model(_) => None,
            Spectrum::Table(t) => Some(t.lmax()),
        }
    }

    /// Relative variance left out by truncating at lmax (for a table: of the tabulated part).
    pub fn relative_truncation(&self, lmax: usize) -> Option<f64> {
        match self {
            Spectrum::Model(m) => Some((m.energy_tail(lmax) / m.total_energy()).max(0.0)),
            Spectrum::Table(t) => {
                let total = t.total_energy();
                (total > 0.0).then(|| t.energy_tail(lmax) / total)
            }
        }
    }
}

impl ModelArgs {
    /// σ² (default 1).
    pub fn variance(&self) -> f64 {
        self.variance.unwrap_or(1.0)
    }

    /// ν (default 1.5).
    pub fn nu(&self) -> f64 {
        self.nu.unwrap_or(1.5)
    }

    /// Sphere radius for --rho-km (default the Earth's, 6371 km).
    pub fn radius_km(&self) -> f64 {
        self.radius_km
            .unwrap_or(sphfield::spectrum::EARTH_RADIUS_KM)
    }

    /// Power-law amplitude (default 1).
    pub fn amplitude(&self) -> f64 {
        self.amplitude.unwrap_or(1.0)
    }

    /// Power-law exponent (default 3).
    pub fn exponent(&self) -> f64 {
        self.exponent.unwrap_or(3.0)
    }

    /// First non-zero degree of the power law (default 1).
    pub fn lmin(&self) -> usize {
        self.lmin.unwrap_or(1)
    }

    /// Heat-kernel scale in radians (default 0.1).
    pub fn scale(&self) -> f64 {
        self.scale.unwrap_or(0.1)
    }

    /// What a table holds (default C_l).
    pub fn convention(&self) -> Convention {
        self.convention.unwrap_or(Convention::Cl)
    }

    /// Refuses options given on the command line that the chosen model does not use (they
    /// would otherwise be ignored without a word, e.g. `--convention dl` with a Matérn model).
    fn check_applicable(&self) -> Result<()> {
        let given = self.given_options();
        let uses: &[&str] = match self.model {
            ModelKind::Matern if self.kappa.is_some() => &["--variance", "--kappa", "--alpha"],
            ModelKind::Matern if self.rho_deg.is_some() => &["--variance", "--rho-deg", "--nu"],
            ModelKind::Matern => &["--variance", "--rho-km", "--nu", "--radius-km", "--alpha"],
            ModelKind::LegendreMatern => &["--variance", "--alpha", "--nu"],
            ModelKind::PowerLaw => &["--amplitude", "--exponent", "--lmin"],
            ModelKind::Heat => &["--variance", "--scale"],
            ModelKind::Table => &["--spectrum-file", "--convention"],
        };
        let unused: Vec<&str> = given
            .iter()
            .filter(|(name, set)| *set && !uses.contains(name))
            .map(|(name, _)| *name)
            .collect();
        if !unused.is_empty() {
            let hint = if unused.contains(&"--convention") {
                "; --convention describes a tabulated spectrum (--model table)"
            } else {
                ""
            };
            bail!(
                "{} not used by --model {} (it takes {}){hint}",
                unused.join(", "),
                self.model_name(),
                uses.join(", ")
            );
        }
        Ok(())
    }

    /// Each option of the group with whether it was given on the command line.
    fn given_options(&self) -> [(&'static str, bool); 13] {
        [
            ("--variance", self.variance.is_some()),
            ("--rho-km", self.rho_km.is_some()),
            ("--rho-deg", self.rho_deg.is_some()),
            ("--nu", self.nu.is_some()),
            ("--radius-km", self.radius_km.is_some()),
            ("--kappa", self.kappa.is_some()),
            ("--alpha", self.alpha.is_some()),
            ("--amplitude", self.amplitude.is_some()),
            ("--exponent", self.exponent.is_some()),
            ("--lmin", self.lmin.is_some()),
            ("--scale", self.scale.is_some()),
            ("--spectrum-file", self.spectrum_file.is_some()),
            ("--convention", self.convention.is_some()),
        ]
    }

    /// True if any option of the group was given (the model itself included).
    pub fn any_given(&self) -> bool {
        self.model != ModelKind::Matern || self.given_options().iter().any(|(_, set)| *set)
    }

    fn model_name(&self) -> String {
        self.model
            .to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    }

    /// Builds the spectrum the arguments describe.
    pub fn build(&self) -> Result<Spectrum> {
        self.check_applicable()?;
        let model: Box<dyn SpectrumModel + Send + Sync> = match self.model {
            ModelKind::Matern => match (self.kappa, self.alpha) {
                (Some(kappa), Some(alpha)) => Box::new(WhittleMatern::with_variance(self.variance(), kappa, alpha)?),
                (None, Some(_)) => bail!("--alpha for the Matérn model needs --kappa (or use --rho-km/--rho-deg with --nu)"),
                _ => {
                    let rho = match (self.rho_km, self.rho_deg) {
                        (Some(km), _) => Length::Km { km, radius_km: self.radius_km() },
                        (None, Some(deg)) => Length::Radians(deg.to_radians()),
                        (None, None) => Length::Km { km: DEFAULT_CORRELATION_LENGTH_KM, radius_km: self.radius_km() },
                    };
                    Box::new(WhittleMatern::from_correlation_length(self.variance(), rho, self.nu())?)
                }
            },
            ModelKind::LegendreMatern => {
                let alpha = self.alpha.context("--model legendre-matern needs --alpha")?;
                Box::new(LegendreMatern::with_variance(self.variance(), alpha, self.nu())?)
            }
            ModelKind::PowerLaw => Box::new(PowerLaw::new(self.amplitude(), self.exponent(), self.lmin())?),
            ModelKind::Heat => Box::new(HeatKernel::new(self.variance(), self.scale())?),
            ModelKind::Table => {
                let path = self
                    .spectrum_file
                    .as_ref()
                    .context("--model table needs --spectrum-file")?;
                return Ok(Spectrum::Table(read_spectrum_file(path, self.convention())?));
            }
        };
        Ok(Spectrum::Model(model))
    }

    /// A short human description for picture titles.
    pub fn short(&self) -> String {
        match self.model {
            ModelKind::Matern => match (self.kappa, self.alpha) {
                (Some(k), Some(a)) => {
                    format!("Whittle-Matérn κ = {k}, α = {a}, σ² = {}", self.variance())
                }
                _ => {
                    let rho = match self.rho_deg {
                        Some(d) => format!("{d}°"),
                        None => format!(
                            "{} km",
                            self.rho_km.unwrap_or(DEFAULT_CORRELATION_LENGTH_KM)
                        ),
                    };
                    format!(
                        "Matérn ρ = {rho}, ν = {}, σ² = {}",
                        self.nu(),
                        self.variance()
                    )
                }
            },
            ModelKind::LegendreMatern => format!(
                "Legendre-Matérn α = {}, ν = {}, σ² = {}",
                self.alpha.unwrap_or(f64::NAN),
                self.nu(),
                self.variance()
            ),
            ModelKind::PowerLaw => format!(
                "power law C_l = {} l^-{} (l ≥ {})",
                self.amplitude(),
                self.exponent(),
                self.lmin()
            ),
            ModelKind::Heat => {
                format!(
                    "heat kernel s = {} rad, σ² = {}",
                    self.scale(),
                    self.variance()
                )
            }
            ModelKind::Table => match &self.spectrum_file {
                Some(f) => format!(
                    "C_l from {}",
                    f.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default()
                ),
                None => "tabulated C_l".into(),
            },
        }
    }

    /// Provenance parameters: what was given on the command line.
    pub fn parameters(&self) -> Vec<(&'static str, String)> {
        let mut p = vec![("model", format!("{:?}", self.model).to_lowercase())];
        match self.model {
            ModelKind::Matern => {
                p.push(("variance", self.variance().to_string()));
                if let (Some(k), Some(a)) = (self.kappa, self.alpha) {
                    p.push(("kappa", k.to_string()));
                    p.push(("alpha", a.to_string()));
                } else {
                    if let Some(d) = self.rho_deg {
                        p.push(("rho_deg", d.to_string()));
                    } else {
                        p.push((
                            "rho_km",
                            self.rho_km
                                .unwrap_or(DEFAULT_CORRELATION_LENGTH_KM)
                                .to_string(),
                        ));
                        p.push(("radius_km", self.radius_km().to_string()));
                    }
                    p.push(("nu", self.nu().to_string()));
                }
            }
            ModelKind::LegendreMatern => {
                p.push(("variance", self.variance().to_string()));
                p.push(("alpha", format!("{:?}", self.alpha)));
                p.push(("nu", self.nu().to_string()));
            }
            ModelKind::PowerLaw => {
                p.push(("amplitude", self.amplitude().to_string()));
                p.push(("exponent", self.exponent().to_string()));
                p.push(("lmin", self.lmin().to_string()));
            }
            ModelKind::Heat => {
                p.push(("variance", self.variance().to_string()));
                p.push(("scale", self.scale().to_string()));
            }
            ModelKind::Table => {
                if let Some(f) = &self.spectrum_file {
                    p.push(("spectrum_file", f.display().to_string()));
                }
            }
        }
        p
    }
}

/// Reads a spectrum from a text/CSV table or from a sphfield HDF5 file (its first spectrum).
pub fn read_spectrum_file(path: &Path, convention: Convention) -> Result<AngularSpectrum> {
    if is_hdf5(path) {
        if convention == Convention::Dl {
            bail!(
                "{} is a sphfield HDF5 file, whose spectra are C_l; the D_l convention applies \
                 to text tables only",
                path.display()
            );
        }
        let file = FileReader::open(path)?;
        let names = file.spectrum_names()?;
        let first = names.first().with_context(|| {
            format!(
                "{} holds no spectrum (group spectrum is empty)",
                path.display()
            )
        })?;
        return Ok(file.read_spectrum(first)?);
    }
    let convention = match convention {
        Convention::Cl => TableConvention::Cl,
        Convention::Dl => TableConvention::Dl,
    };
    Ok(AngularSpectrum::from_table_file(path, convention, None)?)
}

/// True if the file starts with the HDF5 signature (false also when it cannot be read: the
/// table reader then names the problem).
pub fn is_hdf5(path: &Path) -> bool {
    super::observed::is_hdf5(path).unwrap_or(false)
}
