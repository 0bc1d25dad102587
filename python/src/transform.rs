//! The transform plan `Sht`: grids, synthesis, adjoint, analysis, and the grid's coordinates.

use numpy::{Complex64, PyArray1, PyArrayDyn, PyReadonlyArrayDyn, PyUntypedArrayMethods};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use sf::{Alm, AnalysisOptions, Geometry, RingSpec};
use sphfield_core as sf;

use crate::convert::{alm_arg, alm_out, array, par, shaped, values, OrPy};

/// Two maps (Q, U; u, v; ∂θ f, ∂φ f / sin θ).
type MapPair<'py> = (Bound<'py, PyArrayDyn<f64>>, Bound<'py, PyArrayDyn<f64>>);
/// Two coefficient arrays (E, B; ψ, χ).
type CoefficientPair<'py> = (
    Bound<'py, PyArray1<Complex64>>,
    Bound<'py, PyArray1<Complex64>>,
);

/// A spherical harmonic transform plan: a grid, ``lmax`` and ``mmax``.
///
/// Build it with one of the static constructors (``gauss_legendre``, ``clenshaw_curtis``,
/// ``fejer1``, ``healpix``, ``from_rings``). Maps are float64 arrays of shape ``sht.shape``:
/// ``(nlat, nlon)`` on lat–lon grids (north to south, longitudes eastwards from ``lon[0]``),
/// ``(npix,)`` on HEALPix (RING order) and custom rings. Methods accept any array-like with
/// ``npix`` values. Coefficients are complex128 arrays in healpy order.
///
/// Plans can be pickled (``pickle``, ``multiprocessing``, Dask): a plan is rebuilt from the
/// constructor and arguments that made it.
#[pyclass(frozen, module = "sphfield")]
pub struct Sht {
    pub inner: sf::Sht,
    /// The static constructor that made the plan and its arguments (for pickling).
    recipe: (&'static str, Py<PyTuple>),
}

fn plan<'py>(
    geometry: sf::Result<Geometry>,
    lmax: usize,
    mmax: Option<usize>,
    constructor: &'static str,
    args: Bound<'py, PyTuple>,
) -> PyResult<Sht> {
    let inner = sf::Sht::new(geometry.py()?, lmax, mmax.unwrap_or(lmax)).py()?;
    Ok(Sht {
        inner,
        recipe: (constructor, args.unbind()),
    })
}

impl Sht {
    /// The shape of one map on this grid.
    /// Two coefficient arrays of the plan's shape as a spin pair.
    fn spin_alm(
        &self,
        e: &Bound<'_, PyAny>,
        b: &Bound<'_, PyAny>,
        names: [&str; 2],
    ) -> PyResult<sf::SpinAlm> {
        let (l, m) = (Some(self.inner.lmax()), Some(self.inner.mmax()));
        Ok(sf::SpinAlm {
            e: alm_arg(e, names[0], l, m)?,
            b: alm_arg(b, names[1], l, m)?,
        })
    }

    pub fn map_shape(&self) -> Vec<usize> {
        self.inner.geometry().shape()
    }

    /// A map argument: any array-like holding `npix` values (of shape `sht.shape`, flat, …);
    /// a C-contiguous float64 array is used in place.
    pub fn map_array<'py>(
        &self,
        obj: &Bound<'py, PyAny>,
        name: &str,
    ) -> PyResult<PyReadonlyArrayDyn<'py, f64>> {
        let a = array::<f64>(obj, name)?;
        let npix = self.inner.geometry().npix();
        if a.len() != npix {
            return Err(PyValueError::new_err(format!(
                "{name} has {} values (shape {:?}); the grid has {npix} pixels (shape {:?})",
                a.len(),
                a.shape(),
                self.map_shape()
            )));
        }
        Ok(a)
    }

    /// Per-pixel values computed from each ring and the pixel's index on it, in map shape.
    fn per_pixel<'py>(
        &self,
        py: Python<'py>,
        value: impl Fn(&sf::Ring, usize) -> f64,
    ) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
        let mut out = Vec::with_capacity(self.inner.geometry().npix());
        for ring in self.inner.geometry().rings() {
            out.extend((0..ring.nphi).map(|j| value(ring, j)));
        }
        shaped(py, out, &self.map_shape())
    }
}

#[pymethods]
impl Sht {
    /// Gauss–Legendre grid: ``nlat`` rings at the roots of P_nlat(cos θ), ``nlon`` longitudes.
    ///
    /// Exact analysis for lmax ≤ min(nlat − 1, (nlon − 1)/2).
    #[staticmethod]
    #[pyo3(signature = (nlat, nlon, lmax, mmax=None))]
    fn gauss_legendre(
        py: Python<'_>,
        nlat: usize,
        nlon: usize,
        lmax: usize,
        mmax: Option<usize>,
    ) -> PyResult<Sht> {
        let args = (nlat, nlon, lmax, mmax).into_pyobject(py)?;
        plan(
            Geometry::gauss_legendre(nlat, nlon),
            lmax,
            mmax,
            "gauss_legendre",
            args,
        )
    }

    /// Clenshaw–Curtis grid: θ_j = πj/(nlat − 1), both poles included.
    #[staticmethod]
    #[pyo3(signature = (nlat, nlon, lmax, mmax=None))]
    fn clenshaw_curtis(
        py: Python<'_>,
        nlat: usize,
        nlon: usize,
        lmax: usize,
        mmax: Option<usize>,
    ) -> PyResult<Sht> {
        let args = (nlat, nlon, lmax, mmax).into_pyobject(py)?;
        plan(
            Geometry::clenshaw_curtis(nlat, nlon),
            lmax,
            mmax,
            "clenshaw_curtis",
            args,
        )
    }

    /// Fejér-1 grid: cell-centred latitudes θ_j = π(j + ½)/nlat; 180 × 360 is the 1° grid.
    #[staticmethod]
    #[pyo3(signature = (nlat, nlon, lmax, mmax=None))]
    fn fejer1(
        py: Python<'_>,
        nlat: usize,
        nlon: usize,
        lmax: usize,
        mmax: Option<usize>,
    ) -> PyResult<Sht> {
        let args = (nlat, nlon, lmax, mmax).into_pyobject(py)?;
        plan(Geometry::fejer1(nlat, nlon), lmax, mmax, "fejer1", args)
    }

    /// HEALPix grid in RING order (12 nside² pixels).
    #[staticmethod]
    #[pyo3(signature = (nside, lmax, mmax=None))]
    fn healpix(py: Python<'_>, nside: usize, lmax: usize, mmax: Option<usize>) -> PyResult<Sht> {
        let args = (nside, lmax, mmax).into_pyobject(py)?;
        plan(Geometry::healpix(nside), lmax, mmax, "healpix", args)
    }

    /// Pickling: the constructor that made this plan and its arguments.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let constructor = py.get_type::<Sht>().getattr(self.recipe.0)?;
        Ok((constructor, self.recipe.1.bind(py).clone()))
    }

    /// Custom rings.
    ///
    /// Parameters
    /// ----------
    /// theta, phi0 : array_like
    ///     Colatitude and longitude of the first pixel of each ring (radians).
    /// nphi : sequence of int
    ///     Pixels per ring.
    /// weight : array_like
    ///     Quadrature weight of each ring's pixels (0 if unknown).
    /// lmax, mmax : int
    ///     Band limit and largest order (mmax defaults to lmax).
    #[staticmethod]
    #[pyo3(signature = (theta, phi0, nphi, weight, lmax, mmax=None))]
    fn from_rings(
        py: Python<'_>,
        theta: Vec<f64>,
        phi0: Vec<f64>,
        nphi: Vec<usize>,
        weight: Vec<f64>,
        lmax: usize,
        mmax: Option<usize>,
    ) -> PyResult<Sht> {
        let n = theta.len();
        if phi0.len() != n || nphi.len() != n || weight.len() != n {
            return Err(PyValueError::new_err(
                "theta, phi0, nphi and weight must have the same length",
            ));
        }
        let specs: Vec<RingSpec> = (0..n)
            .map(|i| RingSpec {
                theta: theta[i],
                phi0: phi0[i],
                nphi: nphi[i],
                weight: weight[i],
            })
            .collect();
        let args = (theta, phi0, nphi, weight, lmax, mmax).into_pyobject(py)?;
        plan(Geometry::from_rings(&specs), lmax, mmax, "from_rings", args)
    }

    /// Number of pixels.
    #[getter]
    fn npix(&self) -> usize {
        self.inner.geometry().npix()
    }

    /// Shape of one map: ``(nlat, nlon)`` on lat–lon grids, ``(npix,)`` otherwise.
    #[getter]
    fn shape(&self) -> Vec<usize> {
        self.map_shape()
    }

    /// Band limit.
    #[getter]
    fn lmax(&self) -> usize {
        self.inner.lmax()
    }

    /// Largest order.
    #[getter]
    fn mmax(&self) -> usize {
        self.inner.mmax()
    }

    /// Number of coefficients.
    #[getter]
    fn alm_len(&self) -> usize {
        Alm::len_for(self.inner.lmax(), self.inner.mmax())
    }

    /// The grid, in words.
    #[getter]
    fn grid(&self) -> String {
        self.inner.geometry().describe()
    }

    /// Latitudes of the rings in degrees north (lat–lon grids; the same values as the files'
    /// ``lat`` coordinate, exact decimals on regular grids).
    #[getter]
    fn lat<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyArray1<f64>>> {
        let (lat, _) = self.lat_lon()?;
        Ok(PyArray1::from_vec(py, lat))
    }

    /// Longitudes of the columns in degrees east (lat–lon grids).
    #[getter]
    fn lon<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyArray1<f64>>> {
        let (_, lon) = self.lat_lon()?;
        Ok(PyArray1::from_vec(py, lon))
    }

    /// Colatitude θ of every pixel in radians, shaped like a map (as ``healpy.pix2ang``).
    #[getter]
    fn theta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
        self.per_pixel(py, |ring, _| ring.theta)
    }

    /// Longitude φ of every pixel in radians, in [0, 2π), shaped like a map.
    #[getter]
    fn phi<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
        let two_pi = 2.0 * std::f64::consts::PI;
        self.per_pixel(py, |ring, j| {
            (ring.phi0 + two_pi * j as f64 / ring.nphi as f64).rem_euclid(two_pi)
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Sht({}, lmax={}, mmax={})",
            self.grid(),
            self.lmax(),
            self.mmax()
        )
    }

    /// Per-pixel quadrature weights, shaped like a map (HEALPix: 4π/npix).
    fn pixel_weights<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
        shaped(py, self.inner.geometry().pixel_weights(), &self.map_shape())
    }

    /// Synthesis: coefficients → map.
    ///
    /// Parameters
    /// ----------
    /// alm : array_like of complex
    ///     ``alm_len`` coefficients in healpy order.
    /// threads : int, default 1
    ///     Worker threads (0 = all cores); the result does not depend on it.
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     The map, float64, shape ``sht.shape``.
    #[pyo3(signature = (alm, threads=1))]
    fn synthesis<'py>(
        &self,
        py: Python<'py>,
        alm: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
        let pool = par(threads)?;
        let a = alm_arg(alm, "alm", Some(self.inner.lmax()), Some(self.inner.mmax()))?;
        let map = py.detach(|| self.inner.synthesis(&a, pool)).py()?;
        shaped(py, map.into_values(), &self.map_shape())
    }

    /// Adjoint synthesis (the exact transpose of ``synthesis``): map → coefficients.
    ///
    /// Parameters
    /// ----------
    /// map : array_like
    ///     ``npix`` values (shape ``sht.shape`` or flat).
    /// threads : int, default 1
    ///     Worker threads (0 = all cores).
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     Coefficients, complex128, healpy order.
    #[pyo3(signature = (map, threads=1))]
    fn adjoint<'py>(
        &self,
        py: Python<'py>,
        map: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        let pool = par(threads)?;
        let m = self.map_array(map, "map")?;
        let m = values(&m, "map")?;
        let a = py.detach(|| self.inner.adjoint_synthesis(m, pool)).py()?;
        Ok(alm_out(py, a))
    }

    /// Analysis: map → coefficients.
    ///
    /// Exact quadrature on Gauss–Legendre, Clenshaw–Curtis and Fejér-1 grids. On HEALPix and
    /// custom rings the normal equations are solved iteratively.
    ///
    /// Parameters
    /// ----------
    /// map : array_like
    ///     ``npix`` values (shape ``sht.shape`` or flat).
    /// iterations : int, optional
    ///     Refinement steps (HEALPix). Default: conjugate gradients until the coefficients are
    ///     accurate to about 1e-10 for lmax ≤ 2·nside, at most 12 steps.
    /// threads : int, default 1
    ///     Worker threads (0 = all cores).
    /// solver : {"cg", "jacobi"}, default "cg"
    ///     Conjugate gradients, or Jacobi steps as healpy's ``iter``.
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     Coefficients, complex128, healpy order.
    #[pyo3(signature = (map, iterations=None, threads=1, solver="cg"))]
    fn analysis<'py>(
        &self,
        py: Python<'py>,
        map: &Bound<'py, PyAny>,
        iterations: Option<usize>,
        threads: usize,
        solver: &str,
    ) -> PyResult<Bound<'py, PyArray1<Complex64>>> {
        let pool = par(threads)?;
        let m = self.map_array(map, "map")?;
        let m = values(&m, "map")?;
        let options = analysis_options(iterations, solver)?;
        let a = py
            .detach(|| self.inner.analysis_refined(m, options, pool))
            .py()?;
        Ok(alm_out(py, a))
    }

    /// Spin-s synthesis (1 ≤ s ≤ 8): coefficients E, B → maps Q, U with
    /// Q + iU = −Σ (E + iB) ₛY — healpy's ``alm2map_spin`` convention (and the Q, U of
    /// ``alm2map(pol=True)`` for s = 2), ducc0's ``synthesis(spin=s)``.
    ///
    /// Parameters
    /// ----------
    /// spin : int
    ///     The spin s.
    /// e, b : array_like of complex
    ///     ``alm_len`` coefficients each (gradient/E and curl/B), healpy order.
    /// threads : int, default 1
    ///     Worker threads (0 = all cores); the result does not depend on it.
    ///
    /// Returns
    /// -------
    /// tuple of numpy.ndarray
    ///     (Q, U), float64, shape ``sht.shape`` each.
    #[pyo3(signature = (spin, e, b, threads=1))]
    fn spin_synthesis<'py>(
        &self,
        py: Python<'py>,
        spin: usize,
        e: &Bound<'py, PyAny>,
        b: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<MapPair<'py>> {
        let pool = par(threads)?;
        let alm = self.spin_alm(e, b, ["e", "b"])?;
        let (q, u) = py
            .detach(|| self.inner.spin_synthesis(spin, &alm, pool))
            .py()?;
        Ok((
            shaped(py, q.into_values(), &self.map_shape())?,
            shaped(py, u.into_values(), &self.map_shape())?,
        ))
    }

    /// Adjoint of ``spin_synthesis`` (for the inner products Σ Q Q' + U U' and the real-field
    /// inner product of coefficients): maps Q, U → coefficients E, B.
    #[pyo3(signature = (spin, q, u, threads=1))]
    fn spin_adjoint<'py>(
        &self,
        py: Python<'py>,
        spin: usize,
        q: &Bound<'py, PyAny>,
        u: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<CoefficientPair<'py>> {
        let pool = par(threads)?;
        let (q, u) = (self.map_array(q, "q")?, self.map_array(u, "u")?);
        let (q, u) = (values(&q, "q")?, values(&u, "u")?);
        let r = py
            .detach(|| self.inner.spin_adjoint_synthesis(spin, q, u, pool))
            .py()?;
        Ok((alm_out(py, r.e), alm_out(py, r.b)))
    }

    /// Spin-s analysis: maps Q, U → coefficients E, B (healpy's ``map2alm_spin``; exact on
    /// Gauss–Legendre, Clenshaw–Curtis and Fejér-1 grids, conjugate gradients on HEALPix).
    ///
    /// Parameters
    /// ----------
    /// spin : int
    ///     The spin s.
    /// q, u : array_like
    ///     ``npix`` values each.
    /// iterations : int, optional
    ///     Conjugate-gradient steps on HEALPix (default: to about 1e-10, at most 12).
    /// threads : int, default 1
    ///     Worker threads (0 = all cores).
    ///
    /// Returns
    /// -------
    /// tuple of numpy.ndarray
    ///     (E, B), complex128, healpy order.
    #[pyo3(signature = (spin, q, u, iterations=None, threads=1))]
    fn spin_analysis<'py>(
        &self,
        py: Python<'py>,
        spin: usize,
        q: &Bound<'py, PyAny>,
        u: &Bound<'py, PyAny>,
        iterations: Option<usize>,
        threads: usize,
    ) -> PyResult<CoefficientPair<'py>> {
        let pool = par(threads)?;
        let (q, u) = (self.map_array(q, "q")?, self.map_array(u, "u")?);
        let (q, u) = (values(&q, "q")?, values(&u, "u")?);
        let options = analysis_options(iterations, "cg")?;
        let r = py
            .detach(|| self.inner.spin_analysis_refined(spin, q, u, options, pool))
            .py()?;
        Ok((alm_out(py, r.e), alm_out(py, r.b)))
    }

    /// Gradient of a scalar field from its coefficients: (∂θ f, ∂φ f / sin θ), θ colatitude
    /// (healpy's ``alm2map_der1`` without the map, ducc0's ``synthesis_deriv1``).
    #[pyo3(signature = (alm, threads=1))]
    fn gradient<'py>(
        &self,
        py: Python<'py>,
        alm: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<MapPair<'py>> {
        let pool = par(threads)?;
        let a = alm_arg(alm, "alm", Some(self.inner.lmax()), Some(self.inner.mmax()))?;
        let (dt, dp) = py.detach(|| self.inner.gradient(&a, pool)).py()?;
        Ok((
            shaped(py, dt.into_values(), &self.map_shape())?,
            shaped(py, dp.into_values(), &self.map_shape())?,
        ))
    }

    /// Winds (u eastward, v northward) on the unit sphere from a stream function ψ and a
    /// velocity potential χ: u = ∂θψ + ∂φχ/sin θ, v = ∂φψ/sin θ − ∂θχ (divide by the radius).
    #[pyo3(signature = (psi, chi, threads=1))]
    fn wind_synthesis<'py>(
        &self,
        py: Python<'py>,
        psi: &Bound<'py, PyAny>,
        chi: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<MapPair<'py>> {
        let pool = par(threads)?;
        let p = self.spin_alm(psi, chi, ["psi", "chi"])?;
        let pot = sf::vector::HelmholtzPotentials { psi: p.e, chi: p.b };
        let w = py
            .detach(|| sf::vector::WindField::synthesize(&self.inner, &pot, pool))
            .py()?;
        Ok((
            shaped(py, w.u.into_values(), &self.map_shape())?,
            shaped(py, w.v.into_values(), &self.map_shape())?,
        ))
    }

    /// Helmholtz decomposition of a wind (u eastward, v northward): (ψ, χ) coefficients
    /// (ψ₀₀ = χ₀₀ = 0). Vorticity and divergence are −l(l+1)ψ and −l(l+1)χ.
    #[pyo3(signature = (u, v, threads=1))]
    fn wind_analysis<'py>(
        &self,
        py: Python<'py>,
        u: &Bound<'py, PyAny>,
        v: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<CoefficientPair<'py>> {
        let pool = par(threads)?;
        let (u, v) = (self.map_array(u, "u")?, self.map_array(v, "v")?);
        let g = self.inner.geometry().clone();
        let wind = sf::vector::WindField {
            u: sf::Map::new(g.clone(), values(&u, "u")?.to_vec()).py()?,
            v: sf::Map::new(g, values(&v, "v")?.to_vec()).py()?,
        };
        let pot = py
            .detach(|| sf::vector::WindField::analyze(&self.inner, &wind, pool))
            .py()?;
        Ok((alm_out(py, pot.psi), alm_out(py, pot.chi)))
    }

    /// Synthesis of several fields at once: the same maps as ``synthesis`` of each row, bit for
    /// bit; with the AVX-512 and AVX2 kernels groups of ``sht.fields_per_pass`` fields share
    /// the Legendre recurrence, which is faster per field.
    ///
    /// Parameters
    /// ----------
    /// alms : array_like of complex, shape (n, alm_len)
    ///     One row of coefficients (healpy order) per field.
    /// threads : int, default 1
    ///     Worker threads (0 = all cores); the result does not depend on it.
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     The maps, float64, shape ``(n, *sht.shape)``.
    #[pyo3(signature = (alms, threads=1))]
    fn synthesis_many<'py>(
        &self,
        py: Python<'py>,
        alms: &Bound<'py, PyAny>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyArrayDyn<f64>>> {
        let pool = par(threads)?;
        let (lmax, mmax) = (self.inner.lmax(), self.inner.mmax());
        let len = Alm::len_for(lmax, mmax);
        let a = array::<Complex64>(alms, "alms")?;
        if a.ndim() != 2 || a.shape()[1] != len {
            return Err(PyValueError::new_err(format!(
                "alms must have shape (n, {len}) (one row of coefficients per field); got {:?}",
                a.shape()
            )));
        }
        let fields = values(&a, "alms")?
            .chunks_exact(len)
            .map(|row| Alm::from_vec(lmax, mmax, row.to_vec()))
            .collect::<sf::Result<Vec<Alm>>>()
            .py()?;
        let npix = self.inner.geometry().npix();
        let mut out = sf::memory::try_zeros("the synthesised maps", fields.len() * npix).py()?;
        py.detach(|| {
            let mut maps: Vec<&mut [f64]> = out.chunks_exact_mut(npix).collect();
            self.inner.synthesis_many_into(&fields, &mut maps, pool)
        })
        .py()?;
        let mut shape = vec![fields.len()];
        shape.extend(self.map_shape());
        shaped(py, out, &shape)
    }

    /// Analysis of several maps at once: the coefficients ``analysis`` gives for each, bit for
    /// bit.
    ///
    /// Parameters
    /// ----------
    /// maps : array_like, shape (n, *sht.shape) or (n, npix)
    ///     One map per field.
    /// iterations, threads, solver
    ///     As for ``analysis``.
    ///
    /// Returns
    /// -------
    /// numpy.ndarray
    ///     Coefficients, complex128, shape ``(n, alm_len)``, healpy order.
    #[pyo3(signature = (maps, iterations=None, threads=1, solver="cg"))]
    fn analysis_many<'py>(
        &self,
        py: Python<'py>,
        maps: &Bound<'py, PyAny>,
        iterations: Option<usize>,
        threads: usize,
        solver: &str,
    ) -> PyResult<Bound<'py, PyArrayDyn<Complex64>>> {
        let pool = par(threads)?;
        let options = analysis_options(iterations, solver)?;
        let npix = self.inner.geometry().npix();
        let m = array::<f64>(maps, "maps")?;
        let shape = m.shape().to_vec();
        let per_field: usize = shape.iter().skip(1).product();
        if shape.len() < 2 || per_field != npix {
            return Err(PyValueError::new_err(format!(
                "maps must have shape (n, {npix}) or (n, *{:?}) (one map per field); got {shape:?}",
                self.map_shape()
            )));
        }
        let fields: Vec<&[f64]> = values(&m, "maps")?.chunks_exact(npix).collect();
        let alms = py
            .detach(|| self.inner.analysis_many(&fields, options, pool))
            .py()?;
        let len = Alm::len_for(self.inner.lmax(), self.inner.mmax());
        let mut out =
            sf::memory::try_with_capacity("the analysed coefficients", alms.len() * len).py()?;
        for a in alms {
            out.extend_from_slice(a.as_slice());
        }
        shaped(py, out, &[shape[0], len])
    }

    /// Fields per pass of the Legendre stage in ``synthesis_many``: 4 with the AVX-512 and
    /// AVX2 kernels, 1 otherwise. Batches in multiples of it go fastest.
    #[getter]
    fn fields_per_pass(&self) -> usize {
        self.inner.fields_per_pass()
    }
}

/// The analysis options of the Python methods: refinement steps (default: the library's) and
/// the solver by name.
fn analysis_options(iterations: Option<usize>, solver: &str) -> PyResult<AnalysisOptions> {
    let solver = match solver {
        "cg" => sf::sht::AnalysisSolver::ConjugateGradient,
        "jacobi" => sf::sht::AnalysisSolver::Jacobi,
        other => {
            return Err(PyValueError::new_err(format!(
                "solver {other:?}: use \"cg\" or \"jacobi\""
            )))
        }
    };
    Ok(iterations
        .map_or_else(AnalysisOptions::default, AnalysisOptions::iterations)
        .with_solver(solver))
}

impl Sht {
    fn lat_lon(&self) -> PyResult<(Vec<f64>, Vec<f64>)> {
        self.inner.geometry().lat_lon_degrees().ok_or_else(|| {
            PyValueError::new_err(format!(
                "{} is not a lat–lon grid: use sht.theta and sht.phi (radians, per pixel)",
                self.inner.geometry().describe()
            ))
        })
    }
}
