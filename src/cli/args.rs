//! Argument groups shared by several commands (clap definitions): spectrum model, grid, band
//! limit, output; what the spectrum options build is in `model.rs`.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use sphfield::io::{Overwrite, WriteOptions};
use sphfield::{Geometry, Par};

/// Spectrum model families.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ModelKind {
    /// Whittle–Matérn: C_l ∝ (κ² + l(l+1))^(−α); give --rho-km/--rho-deg and --nu, or --kappa and --alpha.
    Matern,
    /// Legendre–Matérn (Guinness–Fuentes): C_l ∝ (α² + l²)^(−ν−1/2)/(2l+1), variance --variance, --alpha, --nu.
    LegendreMatern,
    /// Power law C_l = A l^(−p) for l ≥ --lmin (0 below); p > 2.
    PowerLaw,
    /// Heat kernel: C_l ∝ exp(−l(l+1) s²/2), variance --variance, scale --scale (radians).
    Heat,
    /// Tabulated C_l from --spectrum-file (text/CSV: "l value" rows, or a sphfield HDF5 file).
    Table,
}

/// Units of a spectrum (C_l) of a field in `field_units`: "(K)2" for K, "1" for dimensionless fields.
pub fn spectrum_units(field_units: &str) -> String {
    match field_units.trim() {
        "" | "1" => "1".into(),
        u => format!("({u})2"),
    }
}

/// Convention of a tabulated spectrum.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Convention {
    /// The table holds C_l.
    Cl,
    /// The table holds D_l = l(l+1)C_l/2π (CAMB, CLASS).
    Dl,
}

/// The angular power spectrum of the field.
#[derive(Args, Clone, Debug)]
pub struct ModelArgs {
    /// Spectrum model.
    #[arg(long, value_enum, default_value = "matern", help_heading = "Spectrum")]
    pub model: ModelKind,
    /// Pointwise variance σ² of the field (units²) [matern, legendre-matern, heat; default 1].
    #[arg(long, help_heading = "Spectrum")]
    pub variance: Option<f64>,
    /// Matérn correlation length ρ in km on a sphere of radius --radius-km (ρ = √(8ν)/κ, the
    /// SPDE/INLA "practical range": the correlation at distance ρ is about 0.14; ρ is 2√2 ×
    /// GSTools' len_scale and 2 × scikit-learn's length_scale). Default 1000 km when neither
    /// --rho-deg nor --kappa is given.
    #[arg(long, help_heading = "Spectrum", conflicts_with_all = ["rho_deg", "kappa"])]
    pub rho_km: Option<f64>,
    /// Matérn correlation length ρ in degrees of arc.
    #[arg(long, help_heading = "Spectrum", conflicts_with = "kappa")]
    pub rho_deg: Option<f64>,
    /// Matérn smoothness ν (α = ν + 1 on the sphere) [matern, legendre-matern; default 1.5].
    #[arg(long, help_heading = "Spectrum")]
    pub nu: Option<f64>,
    /// Sphere radius in km for --rho-km (default: the Earth, 6371 km).
    #[arg(long, help_heading = "Spectrum")]
    pub radius_km: Option<f64>,
    /// Whittle–Matérn κ (inverse length on the unit sphere); use with --alpha instead of ρ, ν.
    #[arg(long, requires = "alpha", help_heading = "Spectrum")]
    pub kappa: Option<f64>,
    /// Whittle–Matérn exponent α > 1 (with --kappa) or Legendre–Matérn α.
    #[arg(long, help_heading = "Spectrum")]
    pub alpha: Option<f64>,
    /// Power-law amplitude A [power-law; default 1].
    #[arg(long, help_heading = "Spectrum")]
    pub amplitude: Option<f64>,
    /// Power-law exponent p > 2 [power-law; default 3].
    #[arg(long, help_heading = "Spectrum")]
    pub exponent: Option<f64>,
    /// First non-zero degree of the power law [power-law; default 1].
    #[arg(long, help_heading = "Spectrum")]
    pub lmin: Option<usize>,
    /// Heat-kernel scale s in radians [heat; default 0.1].
    #[arg(long, help_heading = "Spectrum")]
    pub scale: Option<f64>,
    /// Tabulated spectrum: text/CSV rows "l value" (# comments), or a sphfield HDF5 file
    /// (its first spectrum) [table].
    #[arg(long, help_heading = "Spectrum")]
    pub spectrum_file: Option<PathBuf>,
    /// What the table's values are [table; default cl].
    #[arg(long, value_enum, help_heading = "Spectrum")]
    pub convention: Option<Convention>,
}

/// Grid families.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum GridFamily {
    /// Gauss–Legendre latitudes (exact analysis up to lmax = nlat − 1).
    Gl,
    /// Clenshaw–Curtis, both poles included (lmax = nlat − 2).
    Cc,
    /// Fejér-1 cell-centred latitudes: the climate grids (1° = 180×360, 0.25° = 720×1440).
    F1,
    /// HEALPix, RING ordering (needs --nside).
    Healpix,
}

/// The grid of the output maps.
#[derive(Args, Clone, Debug)]
pub struct GridArgs {
    /// Grid family [default: f1].
    #[arg(long, value_enum, help_heading = "Grid")]
    pub grid: Option<GridFamily>,
    /// Lat–lon resolution in degrees (nlat = 180/res, nlon = 360/res), e.g. 1 or 0.25.
    #[arg(long, help_heading = "Grid", conflicts_with_all = ["nlat", "nside"])]
    pub resolution_deg: Option<f64>,
    /// Rings of a lat–lon grid.
    #[arg(long, help_heading = "Grid")]
    pub nlat: Option<usize>,
    /// Pixels per ring of a lat–lon grid (default 2·nlat).
    #[arg(long, help_heading = "Grid")]
    pub nlon: Option<usize>,
    /// HEALPix resolution parameter (12·nside² pixels).
    #[arg(long, help_heading = "Grid")]
    pub nside: Option<usize>,
}

impl GridArgs {
    /// The grid family given, or Fejér-1.
    pub fn family(&self) -> GridFamily {
        self.grid.unwrap_or(GridFamily::F1)
    }

    /// Whether any grid option was given.
    pub fn any_given(&self) -> bool {
        self.grid.is_some()
            || self.resolution_deg.is_some()
            || self.nlat.is_some()
            || self.nlon.is_some()
            || self.nside.is_some()
    }

    /// The geometry; `lmax` (if known) sizes a lat–lon grid when no size was given.
    pub fn build(&self, lmax: Option<usize>) -> Result<Geometry> {
        if self.family() == GridFamily::Healpix {
            let nside = self.nside.context("--grid healpix needs --nside")?;
            return Ok(Geometry::healpix(nside)?);
        }
        if self.nside.is_some() {
            bail!("--nside applies to --grid healpix only");
        }
        let (nlat, nlon) = match (self.resolution_deg, self.nlat) {
            (Some(res), _) => {
                if !(res.is_finite() && res > 0.0 && res <= 90.0) {
                    bail!("--resolution-deg {res} must be in (0, 90]");
                }
                let nlat = (180.0 / res).round() as usize;
                let nlon = (360.0 / res).round() as usize;
                if ((180.0 / res) - nlat as f64).abs() > 1e-6 {
                    bail!("--resolution-deg {res} does not divide 180°");
                }
                let nlat = if self.family() == GridFamily::Cc {
                    nlat + 1
                } else {
                    nlat
                };
                (nlat, nlon)
            }
            (None, Some(nlat)) => (nlat, self.nlon.unwrap_or(2 * nlat)),
            (None, None) => match lmax {
                Some(l) if l > sphfield::alm::MAX_LMAX => {
                    bail!(
                        "--lmax {l} exceeds the largest band limit sphfield supports ({})",
                        sphfield::alm::MAX_LMAX
                    )
                }
                Some(l) => {
                    let nlat = if self.family() == GridFamily::Cc {
                        l + 2
                    } else {
                        l + 1
                    };
                    (nlat, self.nlon.unwrap_or(2 * l + 2))
                }
                None => {
                    let nlat = if self.family() == GridFamily::Cc {
                        181
                    } else {
                        180
                    };
                    (nlat, 360)
                }
            },
        };
        let nlon = self.nlon.unwrap_or(nlon);
        Ok(match self.family() {
            GridFamily::Gl => Geometry::gauss_legendre(nlat, nlon)?,
            GridFamily::Cc => Geometry::clenshaw_curtis(nlat, nlon)?,
            GridFamily::F1 => Geometry::fejer1(nlat, nlon)?,
            GridFamily::Healpix => unreachable!("handled above"),
        })
    }
}

/// The band limit of the harmonic representation.
#[derive(Args, Clone, Debug)]
pub struct BandArgs {
    /// Band limit (largest degree). Default: what the grid resolves (lat–lon: its exact
    /// analysis limit; HEALPix: 3·nside − 1).
    #[arg(long, help_heading = "Band limit", conflicts_with = "tolerance")]
    pub lmax: Option<usize>,
    /// Choose the smallest lmax whose truncation leaves out at most this fraction of the
    /// field's variance (e.g. 1e-3).
    #[arg(long, help_heading = "Band limit")]
    pub tolerance: Option<f64>,
}

/// Output-file options.
#[derive(Args, Clone, Debug)]
pub struct OutputArgs {
    /// Output HDF5 file.
    #[arg(long, short)]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Deflate (gzip) level 1–9 for the data sets (default: no compression).
    #[arg(long)]
    pub deflate: Option<u8>,
}

impl OutputArgs {
    /// Write options.
    pub fn options(&self) -> WriteOptions {
        WriteOptions {
            overwrite: self.overwrite(),
            deflate: self.deflate,
        }
    }

    /// Overwrite policy.
    pub fn overwrite(&self) -> Overwrite {
        if self.force {
            Overwrite::Allow
        } else {
            Overwrite::Refuse
        }
    }
}

/// A progress bar on stderr (hidden with --quiet or when stderr is not a terminal).
pub fn progress(len: u64, what: &str, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{msg:12} [{bar:40}] {pos}/{len} ({elapsed}, eta {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(what.to_string());
    bar
}

/// The thread setting: --threads, else $SPHFIELD_NUM_THREADS, else 1.
pub fn threads(cli: Option<usize>) -> Result<Par> {
    let n = match cli {
        Some(n) => n,
        None => match std::env::var("SPHFIELD_NUM_THREADS") {
            Ok(v) => v
                .trim()
                .parse()
                .with_context(|| format!("SPHFIELD_NUM_THREADS={v:?} is not a whole number"))?,
            Err(_) => 1,
        },
    };
    Par::try_threads(n).with_context(|| match cli {
        Some(_) => "--threads is too large".to_string(),
        None => "SPHFIELD_NUM_THREADS is too large".to_string(),
    })
}

/// Peak resident memory of this process in MiB (Linux: VmHWM of /proc/self/status).
pub fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Largest ensemble the commands accept (the member coordinate alone is 8 bytes a member).
pub const MAX_MEMBERS: usize = sphfield::io::MAX_ENSEMBLE;

/// Checks `--members`.
pub fn check_members(members: usize) -> Result<()> {
    if members == 0 || members > MAX_MEMBERS {
        bail!("--members {members} must be between 1 and {MAX_MEMBERS}");
    }
    Ok(())
}

/// The seed of a run: the one given with `--seed`, or a fresh one drawn from the operating system.
/// A drawn seed is printed (unless `quiet`) so the run can be repeated; the caller records it
/// in the file's provenance either way.
pub fn resolve_seed(given: Option<u64>, quiet: bool) -> Result<u64> {
    if let Some(seed) = given {
        return Ok(seed);
    }
    // A distributed run uses rank 0's seed on every rank.
    let job = super::job::job();
    if job.is_distributed() {
        let drawn = if job.is_root() {
            draw_seed(quiet)
        } else {
            Ok(0)
        };
        let drawn = job.agree(drawn)?;
        return job.broadcast_u64(drawn);
    }
    draw_seed(quiet)
}

fn draw_seed(quiet: bool) -> Result<u64> {
    use rand::RngCore;
    let mut bytes = [0u8; 8];
    rand::rngs::OsRng
        .try_fill_bytes(&mut bytes)
        .context("drawing a seed from the operating system (give one with --seed)")?;
    let seed = u64::from_le_bytes(bytes);
    if !quiet {
        super::note(format_args!(
            "seed {seed} (drawn from the operating system; --seed {seed} repeats this run)"
        ));
    }
    Ok(seed)
}
