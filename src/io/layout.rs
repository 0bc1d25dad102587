//! Names and conventions of the sphfield file layout (documented in [`crate::io`]).

use crate::error::{param_error, Result};
use crate::GridKind;

pub(crate) const FORMAT_ATTR: &str = "sphfield_format";
pub(crate) const FORMAT: &str = "sphfield-1";
pub(crate) const KIND_ATTR: &str = "sphfield_kind";
pub(crate) const KIND_MAP: &str = "map";
pub(crate) const KIND_ALM: &str = "alm";
pub(crate) const KIND_SPECTRUM: &str = "spectrum";
pub(crate) const HARMONIC_GROUP: &str = "harmonic";
pub(crate) const ALM_DATASET: &str = "alm";
pub(crate) const SPECTRUM_GROUP: &str = "spectrum";
pub(crate) const RINGS_GROUP: &str = "geometry";
pub(crate) const OBSERVATIONS_GROUP: &str = "observations";
pub(crate) const ALM_ORDERING: &str =
    "healpy m-major: index(l, m) = m (2 lmax + 1 - m) / 2 + l, 0 <= m <= mmax, m <= l <= lmax";
pub(crate) const ALM_NORMALISATION: &str =
    "orthonormal complex Y_lm with Condon-Shortley phase; real field \
     f = sum_l [a_l0 Y_l0 + 2 Re sum_{m>0} a_lm Y_lm]";

/// A leading dimension of an ensemble dataset: `member`, `time`, ...
#[derive(Clone, Debug, PartialEq)]
pub struct Dim {
    /// Dimension name (also the name of its coordinate dataset).
    pub name: String,
    /// CF `long_name` of the coordinate.
    pub long_name: String,
    /// Coordinate values (their count is the dimension's length).
    pub values: Vec<f64>,
    /// CF `units` of the coordinate, if it has any.
    pub units: Option<String>,
    /// Store the coordinate as 64-bit integers (member indices).
    pub integer: bool,
    /// CF `calendar` of a time coordinate whose `units` are "<unit> since <date>" (it then also
    /// gets `standard_name = time` and `axis = T`, and xarray decodes it to dates).
    pub calendar: Option<String>,
}

impl Dim {
    /// The `member` dimension, 0..n.
    pub fn members(n: usize) -> Dim {
        Dim {
            name: "member".into(),
            long_name: "ensemble member".into(),
            values: (0..n).map(|i| i as f64).collect(),
            units: None,
            integer: true,
            calendar: None,
        }
    }

    /// The diffusion `time` dimension (OU time, dimensionless).
    pub fn times(times: &[f64]) -> Dim {
        Dim {
            name: "time".into(),
            long_name: "diffusion time t of the Ornstein-Uhlenbeck process".into(),
            values: times.to_vec(),
            units: Some("1".into()),
            integer: false,
            calendar: None,
        }
    }

    /// A CF time coordinate: `times` in `units` ("days since 2000-01-01 00:00:00") of
    /// `calendar` ("standard", "noleap", "360_day", …).
    pub fn calendar_times(times: &[f64], units: &str, calendar: &str) -> Dim {
        Dim {
            name: "time".into(),
            long_name: "time".into(),
            values: times.to_vec(),
            units: Some(units.into()),
            integer: false,
            calendar: Some(calendar.into()),
        }
    }
}

/// Name, CF `long_name` and `units` of a map variable.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldMeta {
    /// Dataset name (letters, digits, `_`; default `field`).
    pub name: String,
    /// CF long name.
    pub long_name: String,
    /// CF units (default `1`, dimensionless).
    pub units: String,
}

impl Default for FieldMeta {
    fn default() -> Self {
        FieldMeta {
            name: "field".into(),
            long_name: "Gaussian random field".into(),
            units: "1".into(),
        }
    }
}

impl FieldMeta {
    pub(crate) fn validate(&self) -> Result<()> {
        check_name(&self.name)?;
        if [
            "lat",
            "lon",
            "member",
            "time",
            "pixel",
            "ell",
            HARMONIC_GROUP,
            SPECTRUM_GROUP,
            RINGS_GROUP,
            OBSERVATIONS_GROUP,
        ]
        .contains(&self.name.as_str())
        {
            return Err(param_error(
                "variable name",
                &self.name,
                "is reserved for a coordinate or group of the sphfield layout",
            ));
        }
        Ok(())
    }
}

/// Dataset and attribute names: ASCII letters, digits and `_`, not starting with a digit.
pub(crate) fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(param_error(
            "name",
            name,
            "use 1-64 ASCII letters, digits or '_', not starting with a digit",
        ))
    }
}

pub(crate) fn grid_type_name(kind: GridKind) -> &'static str {
    match kind {
        GridKind::GaussLegendre { .. } => "gauss_legendre",
        GridKind::ClenshawCurtis { .. } => "clenshaw_curtis",
        GridKind::Fejer1 { .. } => "fejer1",
        GridKind::Healpix { .. } => "healpix",
        GridKind::Custom => "custom",
    }
}
