"""sphfield: Gaussian random fields on the sphere and score-based diffusion models of them.

Spherical harmonic transforms on Gauss–Legendre, Clenshaw–Curtis, Fejér-1 and HEALPix grids
(:class:`Sht`), Whittle–Matérn and other angular power spectra, seeded Karhunen–Loève
sampling, the Ornstein–Uhlenbeck forward process, exact scores and reverse-time sampling
(:class:`Prior`), kriging and constrained realisations from station data
(:class:`Kriging`), HDF5 files that xarray and healpy read, and healpy-style helpers
(:class:`Alm`, :func:`almxfl`, :func:`alm2cl`).

Coefficients are complex128 arrays in healpy order; maps are float64 arrays of shape
``sht.shape`` — ``(nlat, nlon)`` on lat–lon grids, ``(npix,)`` on HEALPix (RING order).
Array arguments accept anything numpy converts (lists, other real dtypes, any layout); a
C-contiguous array of the right dtype is used without a copy.
"""
from ._sphfield import (
    EmpiricalPrior,
    GaussianMixturePrior,
    GaussianPrior,
    Kriging,
    Prior,
    Sht,
    __version__,
    allen_cahn_pairs,
    alm_len,
    anafast,
    covariance,
    heat_cl,
    kl_sample_alm,
    kl_sample_map,
    matern_cl,
    matern_spde_cl,
    ou_transition,
    polarized_sample_alm,
    power_law_cl,
    read_alm,
    read_map,
    read_spectrum_table,
    space_time_sample_alm,
    write_alm,
    write_maps,
)
from .alm import Alm, alm2cl, almxfl

__all__ = [
    "Alm",
    "Kriging",
    "EmpiricalPrior",
    "GaussianMixturePrior",
    "GaussianPrior",
    "Prior",
    "Sht",
    "__version__",
    "alm2cl",
    "allen_cahn_pairs",
    "alm_len",
    "almxfl",
    "anafast",
    "covariance",
    "heat_cl",
    "kl_sample_alm",
    "kl_sample_map",
    "matern_cl",
    "matern_spde_cl",
    "ou_transition",
    "polarized_sample_alm",
    "power_law_cl",
    "read_alm",
    "read_map",
    "read_spectrum_table",
    "space_time_sample_alm",
    "write_alm",
    "write_maps",
]
