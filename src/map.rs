//! Values of a real field on a ring geometry.

use crate::error::{check_finite, shape_error, Result};
use crate::grid::Geometry;
use ndarray::{ArrayD, ArrayView2, ArrayViewD, ArrayViewMut2, IxDyn};
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
    /// The rings' values, one slice per ring in storage order (HEALPix rings differ in length).
    pub fn rings(&self) -> impl Iterator<Item = &[f64]> + '_ {
        self.geometry
            .rings()
            .iter()
            .map(|r| &self.values[r.offset..r.offset + r.nphi])
    }
    /// The value vector.
    pub fn into_values(self) -> Vec<f64> {
        self.values
    }

    /// The values as an `(nlat, nlon)` view on lat–lon grids (rows north to south, columns
    /// eastwards from the first longitude), without copying; `None` on HEALPix and custom rings
    /// (use [`Map::rings`]).
    ///
    /// ```
    /// use sphfield::{Geometry, Map};
    /// let mut map = Map::zeros(Geometry::fejer1(180, 360).unwrap());
    /// map.as_lat_lon_mut().unwrap()[[52, 359]] = 1.0; // 37.5° N, 359° E
    /// let grid = map.as_lat_lon().unwrap();
    /// assert_eq!(grid.dim(), (180, 360));
    /// assert_eq!(grid.row(52).sum(), 1.0);
    /// ```
    pub fn as_lat_lon(&self) -> Option<ArrayView2<'_, f64>> {
        match self.geometry.shape()[..] {
            [nlat, nlon] => ArrayView2::from_shape((nlat, nlon), &self.values).ok(),
            _ => None,
        }
    }

    /// The values as a mutable `(nlat, nlon)` view on lat–lon grids; `None` otherwise.
    pub fn as_lat_lon_mut(&mut self) -> Option<ArrayViewMut2<'_, f64>> {
        match self.geometry.shape()[..] {
            [nlat, nlon] => ArrayViewMut2::from_shape((nlat, nlon), &mut self.values).ok(),
            _ => None,
        }
    }

    /// The values as a view of the grid's shape ([`Geometry::shape`]): `(nlat, nlon)` or
    /// `(npix,)`, without copying.
    pub fn view(&self) -> ArrayViewD<'_, f64> {
        ArrayViewD::from_shape(IxDyn(&self.geometry.shape()), &self.values)
            .expect("the geometry's shape holds npix values, the length of a map")
    }

    /// The values as an owned array of the grid's shape, without copying them.
    pub fn into_array(self) -> ArrayD<f64> {
        let shape = self.geometry.shape();
        ArrayD::from_shape_vec(IxDyn(&shape), self.values)
            .expect("the geometry's shape holds npix values, the length of a map")
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
