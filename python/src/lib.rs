//! The native part of the `sphfield` Python package (`sphfield._sphfield`): numpy arrays in and
//! out, the GIL released during heavy work. `python/sphfield/__init__.py` re-exports it and
//! adds healpy-style helpers; `python/sphfield/_sphfield.pyi` gives its types.
//!
//! Conventions as in the Rust library: coefficients are complex128 arrays in healpy order
//! (`healpy.alm2map` accepts them); maps are float64 arrays of the grid's shape, `(nlat, nlon)`
//! on lat–lon grids and `(npix,)` on HEALPix (RING order) and custom rings.

mod conditioning;
mod convert;
mod files;
mod priors;
mod sampling;
mod spectra;
mod transform;

use pyo3::prelude::*;

/// Gaussian random fields on the sphere: spherical harmonic transforms, Matérn spectra,
/// Karhunen–Loève sampling, OU diffusion, exact scores and HDF5 files.
#[pymodule]
fn _sphfield(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<transform::Sht>()?;
    m.add_class::<priors::Prior>()?;
    m.add_class::<conditioning::Kriging>()?;
    m.add_function(wrap_pyfunction!(spectra::alm_len, m)?)?;
    m.add_function(wrap_pyfunction!(spectra::matern_cl, m)?)?;
    m.add_function(wrap_pyfunction!(spectra::matern_spde_cl, m)?)?;
    m.add_function(wrap_pyfunction!(spectra::power_law_cl, m)?)?;
    m.add_function(wrap_pyfunction!(spectra::heat_cl, m)?)?;
    m.add_function(wrap_pyfunction!(spectra::read_spectrum_table, m)?)?;
    m.add_function(wrap_pyfunction!(spectra::covariance, m)?)?;
    m.add_function(wrap_pyfunction!(spectra::anafast, m)?)?;
    m.add_function(wrap_pyfunction!(sampling::kl_sample_alm, m)?)?;
    m.add_function(wrap_pyfunction!(sampling::kl_sample_map, m)?)?;
    m.add_function(wrap_pyfunction!(sampling::ou_transition, m)?)?;
    m.add_function(wrap_pyfunction!(sampling::polarized_sample_alm, m)?)?;
    m.add_function(wrap_pyfunction!(sampling::space_time_sample_alm, m)?)?;
    m.add_function(wrap_pyfunction!(sampling::allen_cahn_pairs, m)?)?;
    m.add_function(wrap_pyfunction!(priors::gaussian_prior, m)?)?;
    m.add_function(wrap_pyfunction!(priors::empirical_prior, m)?)?;
    m.add_function(wrap_pyfunction!(priors::gaussian_mixture_prior, m)?)?;
    m.add_function(wrap_pyfunction!(files::write_maps, m)?)?;
    m.add_function(wrap_pyfunction!(files::read_map, m)?)?;
    m.add_function(wrap_pyfunction!(files::write_alm, m)?)?;
    m.add_function(wrap_pyfunction!(files::read_alm, m)?)?;
    Ok(())
}
