//! Ring geometries: every grid is a list of iso-latitude rings of equispaced pixels.
//!
//! A ring has colatitude θ, first longitude φ0, pixel count nφ (pixel k sits at
//! φ0 + 2πk/nφ), the offset of its first pixel in the map vector and a quadrature weight
//! per pixel (so that $\int_{S^2} f\,d\sigma \approx \sum_{\text{rings}} w \sum_k f_k$).
//! Grids are defined by their θ formula (docs/architecture.md §2):
//!
//! | grid | θ_j, j = 0..n | exact analysis for |
//! |---|---|---|
//! | Gauss–Legendre | roots of $P_n(\cos\theta)$ | lmax ≤ n − 1 |
//! | Clenshaw–Curtis | π j/(n−1) (poles included) | lmax ≤ n − 2 |
//! | Fejér-1 | π (j + ½)/n (cell centres) | lmax ≤ n − 1 |
//! | HEALPix RING | HEALPix z formula | none (iterative analysis) |
//!
//! Lat–lon grids also need nφ ≥ 2·lmax + 1 for exact analysis.

use super::ring::{Ring, RingSpec};
use super::{equiangular, gauss_legendre, healpix};
use crate::error::{param_error, Error, Result};
use std::f64::consts::PI;

/// Largest number of pixels a geometry may have (2^33, 64 GiB of f64 values).
pub const MAX_PIXELS: usize = 1 << 33;

/// Which family a geometry belongs to, with its defining sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridKind {
    /// Gauss–Legendre nodes in cos θ × `nlon` equispaced longitudes.
    GaussLegendre {
        /// Number of rings.
        nlat: usize,
        /// Pixels per ring.
        nlon: usize,
    },
    /// θ_j = πj/(nlat−1), poles included, × `nlon` longitudes.
    ClenshawCurtis {
        /// Number of rings (both poles included).
        nlat: usize,
        /// Pixels per ring.
        nlon: usize,
    },
    /// θ_j = π(j+½)/nlat (cell centres) × `nlon` longitudes.
    Fejer1 {
        /// Number of rings.
        nlat: usize,
        /// Pixels per ring.
        nlon: usize,
    },
    /// HEALPix RING ordering.
    Healpix {
        /// HEALPix resolution parameter (any positive integer).
        nside: usize,
    },
    /// Rings supplied by the caller.
    Custom,
}

/// A ring geometry (see the module docs).
#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    kind: GridKind,
    rings: Vec<Ring>,
    npix: usize,
}

fn check_latlon(name: &'static str, nlat: usize, nlon: usize, min_lat: usize) -> Result<()> {
    if nlat < min_lat {
        return Err(param_error(
            "nlat",
            nlat,
            format!("{name} needs at least {min_lat} rings"),
        ));
    }
    if nlon == 0 {
        return Err(param_error("nlon", nlon, "must be at least 1"));
    }
    check_npix(nlat as u128 * nlon as u128)
}

fn check_npix(npix: u128) -> Result<()> {
    if npix > MAX_PIXELS as u128 {
        return Err(Error::TooLarge {
            what: "number of pixels".into(),
            requested: npix,
            limit: MAX_PIXELS as u128,
        });
    }
    Ok(())
}

impl Geometry {
    fn latlon(
        kind: GridKind,
        nlon: usize,
        thetas: &[(f64, f64, f64)],
        weights: &[f64],
    ) -> Geometry {
        let rings = thetas
            .iter()
            .zip(weights)
            .enumerate()
            .map(|(j, (&(theta, cos_theta, sin_theta), &w))| Ring {
                theta,
                cos_theta,
                sin_theta,
                phi0: 0.0,
                nphi: nlon,
                offset: j * nlon,
                weight: w * 2.0 * PI / nlon as f64,
            })
            .collect::<Vec<_>>();
        Geometry {
            kind,
            npix: rings.len() * nlon,
            rings,
        }
    }

    /// Gauss–Legendre grid: `nlat` rings at the roots of $P_{n}(\cos\theta)$ (north to south),
    /// `nlon` pixels per ring starting at φ = 0. Exact analysis for lmax ≤ min(nlat−1, (nlon−1)/2).
    ///
    /// ```
    /// let g = sphfield::Geometry::gauss_legendre(4, 7).unwrap();
    /// let total: f64 = g.rings().iter().map(|r| r.weight * r.nphi as f64).sum();
    /// assert!((total - 4.0 * std::f64::consts::PI).abs() < 1e-13);
    /// ```
    pub fn gauss_legendre(nlat: usize, nlon: usize) -> Result<Geometry> {
        check_latlon("Gauss-Legendre", nlat, nlon, 1)?;
        let (nodes, weights) = gauss_legendre::nodes_and_weights(nlat);
        Ok(Geometry::latlon(
            GridKind::GaussLegendre { nlat, nlon },
            nlon,
            &nodes,
            &weights,
        ))
    }

    /// Clenshaw–Curtis grid: θ_j = πj/(nlat−1), j = 0..nlat (both poles included), `nlon`
    /// pixels per ring. Exact analysis for lmax ≤ min(nlat−2, (nlon−1)/2).
    pub fn clenshaw_curtis(nlat: usize, nlon: usize) -> Result<Geometry> {
        check_latlon("Clenshaw-Curtis", nlat, nlon, 2)?;
        let nodes = equiangular::clenshaw_curtis_nodes(nlat);
        let weights = equiangular::clenshaw_curtis_weights(nlat);
        Ok(Geometry::latlon(
            GridKind::ClenshawCurtis { nlat, nlon },
            nlon,
            &nodes,
            &weights,
        ))
    }

    /// Fejér-1 grid (cell-centred latitudes): θ_j = π(j+½)/nlat, `nlon` pixels per ring. The
    /// climate 1° grid is `fejer1(180, 360)`, 0.25° is `fejer1(720, 1440)`; use
    /// [`Geometry::with_phi0`] for cell-centred longitudes. Exact analysis for
    /// lmax ≤ min(nlat−1, (nlon−1)/2).
    pub fn fejer1(nlat: usize, nlon: usize) -> Result<Geometry> {
        check_latlon("Fejer-1", nlat, nlon, 1)?;
        let nodes = equiangular::fejer1_nodes(nlat);
        let weights = equiangular::fejer1_weights(nlat);
        Ok(Geometry::latlon(
            GridKind::Fejer1 { nlat, nlon },
            nlon,
            &nodes,
            &weights,
        ))
    }

    /// HEALPix grid in RING ordering for any `nside ≥ 1` (not only powers of two). Ring
    /// colatitudes, first longitudes and pixel counts follow Górski et al. (2005); every pixel
    /// has weight 4π/npix.
    pub fn healpix(nside: usize) -> Result<Geometry> {
        if nside == 0 {
            return Err(param_error("nside", nside, "must be a positive integer"));
        }
        check_npix(12 * nside as u128 * nside as u128)?;
        let rings = healpix::rings(nside);
        Ok(Geometry {
            kind: GridKind::Healpix { nside },
            npix: 12 * nside * nside,
            rings,
        })
    }

    /// A geometry from caller-supplied rings; pixels are stored ring after ring in the given order.
    pub fn from_rings(specs: &[RingSpec]) -> Result<Geometry> {
        if specs.is_empty() {
            return Err(param_error(
                "rings",
                0,
                "a geometry needs at least one ring",
            ));
        }
        let mut rings = Vec::with_capacity(specs.len());
        let mut offset: u128 = 0;
        for (i, s) in specs.iter().enumerate() {
            if !(s.theta.is_finite() && (0.0..=PI).contains(&s.theta)) {
                return Err(param_error(
                    "theta",
                    s.theta,
                    format!("ring {i}: colatitude must lie in [0, pi]"),
                ));
            }
            if !s.phi0.is_finite() {
                return Err(param_error(
                    "phi0",
                    s.phi0,
                    format!("ring {i}: must be finite"),
                ));
            }
            if !s.weight.is_finite() {
                return Err(param_error(
                    "weight",
                    s.weight,
                    format!("ring {i}: must be finite"),
                ));
            }
            if s.nphi == 0 {
                return Err(param_error(
                    "nphi",
                    s.nphi,
                    format!("ring {i}: needs at least one pixel"),
                ));
            }
            rings.push(Ring {
                theta: s.theta,
                cos_theta: s.theta.cos(),
                sin_theta: s.theta.sin(),
                phi0: s.phi0,
                nphi: s.nphi,
                offset: offset as usize,
                weight: s.weight,
            });
            offset += s.nphi as u128;
            check_npix(offset)?;
        }
        Ok(Geometry {
            kind: GridKind::Custom,
            npix: offset as usize,
            rings,
        })
    }

    /// The same grid with every ring's first longitude set to `phi0` (lat–lon grids only make
    /// sense with one value; e.g. `π/nlon` for cell-centred longitudes).
    pub fn with_phi0(mut self, phi0: f64) -> Result<Geometry> {
        if !phi0.is_finite() {
            return Err(param_error("phi0", phi0, "must be finite"));
        }
        for r in &mut self.rings {
            r.phi0 = phi0;
        }
        Ok(self)
    }

    /// The shape of a map on this grid: `[nlat, nlon]` for lat–lon grids (rows north to south),
    /// `[npix]` for HEALPix and custom rings.
    ///
    /// ```
    /// use sphfield::Geometry;
    /// assert_eq!(Geometry::fejer1(180, 360).unwrap().shape(), vec![180, 360]);
    /// assert_eq!(Geometry::healpix(4).unwrap().shape(), vec![192]);
    /// ```
    pub fn shape(&self) -> Vec<usize> {
        match self.kind {
            GridKind::GaussLegendre { nlat, nlon }
            | GridKind::ClenshawCurtis { nlat, nlon }
            | GridKind::Fejer1 { nlat, nlon } => vec![nlat, nlon],
            GridKind::Healpix { .. } | GridKind::Custom => vec![self.npix],
        }
    }

    /// Latitudes of the rings in degrees north (storage order, north to south) and longitudes
    /// of the pixels of the first ring in degrees east, for lat–lon grids (`None` for HEALPix
    /// and custom rings).
    ///
    /// Regular grids give the correctly rounded decimal values: Fejér-1 latitudes are
    /// 90(n − 2j − 1)/n and Clenshaw–Curtis ones 90(n − 1 − 2j)/(n − 1), longitudes
    /// 360j/nlon, shifted by φ₀ — each computed as an exact integer product divided once, so
    /// the 1° grid has exactly 89.5, …, −89.5 and 0, 1, …, 359 (and 0.5, …, 359.5 with
    /// `with_phi0(π/nlon)`), and `ds.sel(lon=359)` finds its column. Gauss–Legendre latitudes
    /// are 90° − θ in degrees.
    ///
    /// ```
    /// let (lat, lon) = sphfield::Geometry::fejer1(180, 360).unwrap().lat_lon_degrees().unwrap();
    /// assert_eq!((lat[0], lat[52], lat[179]), (89.5, 37.5, -89.5));
    /// assert_eq!((lon[1], lon[359]), (1.0, 359.0));
    /// ```
    pub fn lat_lon_degrees(&self) -> Option<(Vec<f64>, Vec<f64>)> {
        let (nlat, nlon) = match self.kind {
            GridKind::GaussLegendre { nlat, nlon }
            | GridKind::ClenshawCurtis { nlat, nlon }
            | GridKind::Fejer1 { nlat, nlon } => (nlat, nlon),
            GridKind::Healpix { .. } | GridKind::Custom => return None,
        };
        let lat = match self.kind {
            GridKind::Fejer1 { .. } => (0..nlat)
                .map(|j| 90.0 * (nlat as f64 - 2.0 * j as f64 - 1.0) / nlat as f64)
                .collect(),
            GridKind::ClenshawCurtis { .. } => (0..nlat)
                .map(|j| 90.0 * (nlat as f64 - 1.0 - 2.0 * j as f64) / (nlat - 1) as f64)
                .collect(),
            _ => self
                .rings
                .iter()
                .map(|r| 90.0 - r.theta.to_degrees())
                .collect(),
        };
        Some((lat, longitudes_degrees(self.rings[0].phi0, nlon)))
    }

    /// The grid family and its sizes.
    pub fn kind(&self) -> GridKind {
        self.kind
    }
    /// The rings, in storage order.
    pub fn rings(&self) -> &[Ring] {
        &self.rings
    }
    /// Total number of pixels.
    pub fn npix(&self) -> usize {
        self.npix
    }

    /// A short human description, used in error messages ("Gauss-Legendre 64x127").
    pub fn describe(&self) -> String {
        match self.kind {
            GridKind::GaussLegendre { nlat, nlon } => format!("Gauss-Legendre grid {nlat}x{nlon}"),
            GridKind::ClenshawCurtis { nlat, nlon } => {
                format!("Clenshaw-Curtis grid {nlat}x{nlon}")
            }
            GridKind::Fejer1 { nlat, nlon } => format!("Fejer-1 grid {nlat}x{nlon}"),
            GridKind::Healpix { nside } => format!("HEALPix nside {nside}"),
            GridKind::Custom => format!("custom geometry with {} rings", self.rings.len()),
        }
    }

    /// Largest lmax for which [`crate::sht::Sht::analysis`] is exact (quadrature), with the
    /// formula; `None` for grids without an exact quadrature (HEALPix, custom rings).
    pub fn exact_lmax(&self) -> Option<(usize, String)> {
        let lon = |nlon: usize| (nlon.saturating_sub(1)) / 2;
        match self.kind {
            GridKind::GaussLegendre { nlat, nlon } | GridKind::Fejer1 { nlat, nlon } => {
                let v = (nlat - 1).min(lon(nlon));
                Some((v, format!("min(nlat-1, (nlon-1)/2) = {v}")))
            }
            GridKind::ClenshawCurtis { nlat, nlon } => {
                let v = (nlat - 2).min(lon(nlon));
                Some((v, format!("min(nlat-2, (nlon-1)/2) = {v}")))
            }
            GridKind::Healpix { .. } | GridKind::Custom => None,
        }
    }

    /// Largest lmax that analysis accepts on this grid: the exact limit for lat–lon grids,
    /// 3·nside − 1 for HEALPix (the healpy default; beyond it the iterative analysis does not
    /// converge), unlimited for custom rings (the caller supplies the weights and takes the risk).
    pub fn analysis_lmax(&self) -> (usize, String) {
        match self.kind {
            GridKind::Healpix { nside } => {
                (3 * nside - 1, format!("3*nside-1 = {}", 3 * nside - 1))
            }
            GridKind::Custom => (
                crate::alm::MAX_LMAX,
                format!("MAX_LMAX = {}", crate::alm::MAX_LMAX),
            ),
            _ => self
                .exact_lmax()
                .expect("lat-lon grids have an exact limit"),
        }
    }

    /// The band limit used when the caller gives none: what [`Geometry::analysis_lmax`]
    /// allows (exact analysis on lat–lon grids, 3·nside − 1 on HEALPix).
    pub fn default_lmax(&self) -> usize {
        self.analysis_lmax().0
    }

    /// Per-pixel quadrature weight of every ring (HEALPix: 4π/npix, which is not exact).
    pub fn ring_weights(&self) -> Vec<f64> {
        self.rings.iter().map(|r| r.weight).collect()
    }

    /// Quadrature weight of every pixel, in map order: ∫f dσ ≈ Σ_i w_i f_i (exact on the
    /// lat–lon grids for band limits within [`Geometry::exact_lmax`]).
    ///
    /// ```
    /// let g = sphfield::Geometry::fejer1(18, 36).unwrap();
    /// let area: f64 = g.pixel_weights().iter().sum();
    /// assert!((area - 4.0 * std::f64::consts::PI).abs() < 1e-13);
    /// ```
    pub fn pixel_weights(&self) -> Vec<f64> {
        let mut w = vec![0.0; self.npix];
        for r in &self.rings {
            w[r.offset..r.offset + r.nphi].fill(r.weight);
        }
        w
    }

    /// True for the lat–lon grids whose analysis works by resampling in θ (CC, Fejér-1).
    pub(crate) fn equiangular_layout(&self) -> Option<(usize, bool)> {
        match self.kind {
            GridKind::ClenshawCurtis { nlat, .. } => Some((nlat, true)),
            GridKind::Fejer1 { nlat, .. } => Some((nlat, false)),
            _ => None,
        }
    }
}

/// Longitudes φ₀ + 360°·j/nlon in degrees. When φ₀ is a whole number of half-cells
/// (k·π/nlon, e.g. 0 or the cell-centred π/nlon) each value is 180(2j + k)/nlon, an exact
/// integer product divided once, hence correctly rounded.
fn longitudes_degrees(phi0: f64, nlon: usize) -> Vec<f64> {
    let half_cells = phi0 * nlon as f64 / PI;
    let k = half_cells.round();
    if (half_cells - k).abs() <= 1e-9 * half_cells.abs().max(1.0) && k.abs() < 1e9 {
        (0..nlon)
            .map(|j| 180.0 * (2.0 * j as f64 + k) / nlon as f64)
            .collect()
    } else {
        (0..nlon)
            .map(|j| phi0.to_degrees() + 360.0 * j as f64 / nlon as f64)
            .collect()
    }
}

#[cfg(test)]
mod coordinate_tests {
    use super::*;

    /// Regular grids' coordinates are the correctly rounded decimal values users select by.
    #[test]
    fn regular_grid_coordinates_are_exact_decimals() {
        let quarter = Geometry::fejer1(720, 1440)
            .unwrap()
            .with_phi0(PI / 1440.0)
            .unwrap();
        let (lat, lon) = quarter.lat_lon_degrees().unwrap();
        assert_eq!((lat[0], lat[719]), (89.875, -89.875));
        assert_eq!((lon[0], lon[1], lon[1439]), (0.125, 0.375, 359.875));
        for (j, &l) in lat.iter().enumerate() {
            assert_eq!(l, 89.875 - 0.25 * j as f64);
        }
        let (lat, lon) = Geometry::clenshaw_curtis(181, 360)
            .unwrap()
            .lat_lon_degrees()
            .unwrap();
        assert_eq!((lat[0], lat[90], lat[180]), (90.0, 0.0, -90.0));
        assert!(lat.iter().enumerate().all(|(j, &l)| l == 90.0 - j as f64));
        assert!(lon.iter().enumerate().all(|(j, &l)| l == j as f64));
        assert!(Geometry::healpix(4).unwrap().lat_lon_degrees().is_none());
    }
}
