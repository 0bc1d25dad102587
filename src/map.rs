//! Values of a real field on a ring geometry.

use crate::error::{check_finite, shape_error, Result};
use crate::sht::Geometry;
use std::sync::Arc;

/// A real field sampled on a [`Geometry`]: one value per pixel, rings stored one after another
/// (lat–lon grids: row-major `[nlat][nlon]`, north first; HEALPix: RING order).
#[derive(Clone, Debug, PartialEq)]
pub struct Map {
    geometry: Arc<Geometry>,
    values: Vec<f64>,
}

impl Map {
    /// Wraps values after checking the length and that every value is finite.
    pub fn new(geometry: impl Into<Arc<Geometry>>, values: Vec<f64>) -> Result<Map> {
        let geometry = geometry.into();
        if values.len() != geometry.npix() {
            return Err(shape_error(
                format!("map values for the {}", geometry.describe()),
                geometry.npix(),
                values.len(),
            ));
        }
        check_finite("map values", &values)?;
        Ok(Map { geometry, values })
    }

    /// All-zero map.
    pub fn zeros(geometry: impl Into<Arc<Geometry>>) -> Map {
        let geometry = geometry.into();
        Map {
            values: vec![0.0; geometry.npix()],
            geometry,
        }
    }

    /// The grid.
    pub fn geometry(&self) -> &Arc<Geometry> {
        &self.geometry
    }
    /// Pixel values.
    pub fn values(&self) -> &[f64] {
        &self.values
    }
    /// Pixel values, mutable.
    pub fn values_mut(&mut self) -> &mut [f64] {
        &mut self.values
    }
    /// Values of ring `i`.
    pub fn ring(&self, i: usize) -> &[f64] {
        let r = &self.geometry.rings()[i];
        &self.values[r.offset..r.offset + r.nphi]
    }
    /// The value vector.
    pub fn into_values(self) -> Vec<f64> {
        self.values
    }

    /// Quadrature estimate of $\int_{S^2} f\,d\sigma$ with the geometry's ring weights.
    pub fn integral(&self) -> f64 {
        self.geometry
            .rings()
            .iter()
            .map(|r| r.weight * self.values[r.offset..r.offset + r.nphi].iter().sum::<f64>())
            .sum()
    }
}
