//! Conditioning on station observations: kriging, posterior standard deviation, constrained
//! realisations (docs/conditioning.md).

use numpy::{Complex64, PyArray1, PyArrayDyn};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use sf::condition::{DenseKriging, Observations, Points};
use sphfield_core as sf;

use crate::convert::{alm_out, par, shaped, spectrum, values, vector, OrPy};
use crate::transform::Sht;

/// Two float64 arrays: posterior mean and standard deviation at points.
type PointPair<'py> = (Bound<'py, PyArray1<f64>>, Bound<'py, PyArray1<f64>>);
/// Two maps: posterior mean and standard deviation.
type MapPair<'py> = (Bound<'py, PyArrayDyn<f64>>, Bound<'py, PyArrayDyn<f64>>);

/// The isotropic Gaussian prior with spectrum ``cl`` conditioned on point observations.
///
/// ``Kriging(cl, lat, lon, value, sigma)`` factors the n × n covariance of the observations
/// (n ≤ 10 000; latitudes and longitudes in degrees; ``sigma`` the noise standard deviation,
/// one value or one per observation, 0 for exact data at distinct points). The prior is the
/// band-limited field of ``kl_sample_alm(cl, ...)``, so the posterior is exact for it.
///
/// Examples
/// --------
/// >>> cl = matern_cl(63, variance=1.0, rho_rad=0.2, nu=1.5)
/// >>> k = Kriging(cl, [10.0, 20.0], [30.0, 40.0], [1.0, -0.5], 0.1)
/// >>> mean, std = k.at([15.0], [35.0])
#[pyclass(frozen, module = "sphfield")]
pub struct Kriging {
    inner: DenseKriging,
}

impl Kriging {
    fn check_plan(&self, sht: &Sht) -> PyResult<()> {
        let l = self.inner.spectrum().lmax();
        if sht.inner.lmax() != l || sht.inner.mmax() != l {
            return Err(PyValueError::new_err(format!(
                "the plan has (lmax, mmax) = ({}, {}); the posterior needs ({l}, {l}), len(cl) − 1",
                sht.inner.lmax(),
                sht.inner.mmax()
            )));
        }
        Ok(())
    }
}

/// Latitudes and longitudes (degrees) as points.
fn points(lat: &Bound<'_, PyAny>, lon: &Bound<'_, PyAny>) -> PyResult<Points> {
    let lat = vector::<f64>(lat, "lat")?;
    let lon = vector::<f64>(lon, "lon")?;
    Points::from_lat_lon_degrees(values(&lat, "lat")?, values(&lon, "lon")?).py()
}

#[pymethods]
impl Kriging {
    #[new]
    #[pyo3(signature = (cl, lat, lon, value, sigma, threads=1))]
    fn new(
        py: Python<'_>,
        cl: &Bound<'_, PyAny>,
        lat: &Bound<'_, PyAny>,
        lon: &Bound<'_, PyAny>,
        value: &Bound<'_, PyAny>,
        sigma: &Bound<'_, PyAny>,
        threads: usize,
    ) -> PyResult<Kriging> {
        let s = spectrum(cl, "cl")?;
        let pts = points(lat, lon)?;
        let v = vector::<f64>(value, "value")?;
        let y = values(&v, "value")?.to_vec();
        let sd: Vec<f64> = match sigma.extract::<f64>() {
            Ok(one) => vec![one; y.len()],
            Err(_) => {
                let a = vector::<f64>(sigma, "sigma")?;
                values(&a, "sigma")?.to_vec()
            }
        };
        if let Some(i) = sd.iter().position(|s| !(s.is_finite() && *s >= 0.0)) {
            return Err(PyValueError::new_err(format!(
                "sigma[{i}] = {} must be finite and ≥ 0",
                sd[i]
            )));
        }
        let obs = Observations::new(pts, y, sd.iter().map(|s| s * s).collect()).py()?;
        let p = par(threads)?;
        let inner = py.detach(|| DenseKriging::new(&s, obs, p)).py()?;
        Ok(Kriging { inner })
    }

    /// Band limit of the prior (len(cl) − 1).
    #[getter]
    fn lmax(&self) -> usize {
        self.inner.spectrum().lmax()
    }

    /// Number of observations.
    #[getter]
    fn n(&self) -> usize {
        self.inner.observations().len()
    }

    /// Coefficients of the posterior mean (complex128, healpy order, lmax = mmax = len(cl) − 1).
    #[pyo3(signature = (threads=1))]
    fn mean_alm<'py>(
        &self,
        py: Python<'py>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        let p = par(threads)?;
        let a = py.detach(|| self.inner.mean_alm(p)).py()?;
        Ok(alm_out(py, a))
    }

    /// Posterior mean and standard deviation at points (degrees): two float64 arrays.
    #[pyo3(signature = (lat, lon, threads=1))]
    fn at<'py>(
        &self,
        py: Python<'py>,
        lat: &Bound<'py, PyAny>,
        lon: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<PointPair<'py>> {
        let pts = points(lat, lon)?;
        let p = par(threads)?;
        let (mean, var) = py
            .detach(|| -> sf::Result<_> {
                Ok((
                    self.inner.mean_at(&pts, p)?,
                    self.inner.variance_at(&pts, p)?,
                ))
            })
            .py()?;
        let std: Vec<f64> = var.iter().map(|v| v.sqrt()).collect();
        Ok((PyArray1::from_vec(py, mean), PyArray1::from_vec(py, std)))
    }

    /// Posterior mean and standard deviation on the grid of ``sht`` (its lmax and mmax must be
    /// len(cl) − 1): two maps of ``sht.shape`` (the std is exact: one triangular solve per pixel).
    #[pyo3(signature = (sht, threads=1))]
    fn maps<'py>(&self, py: Python<'py>, sht: &Sht, threads: usize) -> PyResult<MapPair<'py>> {
        self.check_plan(sht)?;
        let p = par(threads)?;
        let (mean, var) = py
            .detach(|| -> sf::Result<_> {
                let mean = sht.inner.synthesis(&self.inner.mean_alm(p)?, p)?;
                let var = self
                    .inner
                    .variance_at(&Points::of_geometry(sht.inner.geometry()), p)?;
                Ok((mean.into_values(), var))
            })
            .py()?;
        let std: Vec<f64> = var.iter().map(|v| v.sqrt()).collect();
        let shape = sht.map_shape();
        Ok((shaped(py, mean, &shape)?, shaped(py, std, &shape)?))
    }

    /// Conditional draws (constrained realisations) ``first`` … ``first + members − 1`` of the
    /// seeded ensemble on the grid of ``sht``: shape ``(members, *sht.shape)``. Draw j is the
    /// prior draw ``kl_sample_alm(cl, seed, j)`` corrected by the data (Matheron's update);
    /// same seed → same bits for any ``threads``.
    #[pyo3(signature = (sht, seed, members, first=0, threads=1))]
    fn draws<'py>(
        &self,
        py: Python<'py>,
        sht: &Sht,
        seed: u64,
        members: u64,
        first: u64,
        threads: usize,
    ) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
        self.check_plan(sht)?;
        let end = first
            .checked_add(members)
            .ok_or_else(|| PyValueError::new_err("first + members overflows"))?;
        let p = par(threads)?;
        let npix = sht.inner.geometry().npix();
        let data = py
            .detach(|| -> sf::Result<Vec<f64>> {
                let alms = self.inner.draws(seed, first..end, p)?;
                let mut out = sf::memory::try_with_capacity("the draws", alms.len() * npix)?;
                for alm in &alms {
                    out.extend_from_slice(sht.inner.synthesis(alm, p)?.values());
                }
                Ok(out)
            })
            .py()?;
        let mut shape = vec![members as usize];
        shape.extend(sht.map_shape());
        shaped(py, data, &shape)
    }
}
