"""Types of the native module (``sphfield._sphfield``); the docstrings are on the objects."""
from os import PathLike
from typing import List, Optional, Tuple, Union

import numpy as np
from numpy.typing import ArrayLike, NDArray

_Path = Union[str, "PathLike[str]"]
_Map = NDArray[np.float64]
_Coefficients = NDArray[np.complex128]

__version__: str

def alm_len(lmax: int, mmax: Optional[int] = None) -> int: ...
def matern_cl(
    lmax: int,
    variance: float = 1.0,
    rho_km: Optional[float] = None,
    rho_rad: Optional[float] = None,
    nu: float = 1.5,
    radius_km: float = 6371.0,
) -> NDArray[np.float64]: ...
def matern_spde_cl(lmax: int, tau: float, kappa: float, alpha: float) -> NDArray[np.float64]: ...
def power_law_cl(lmax: int, amplitude: float, exponent: float, lmin: int = 1) -> NDArray[np.float64]: ...
def heat_cl(lmax: int, variance: float, scale: float) -> NDArray[np.float64]: ...
def read_spectrum_table(path: _Path, dl: bool = False, lmax: Optional[int] = None) -> NDArray[np.float64]: ...
def covariance(cl: ArrayLike, theta: ArrayLike) -> NDArray[np.float64]: ...
def anafast(alm: ArrayLike, lmax: Optional[int] = None, mmax: Optional[int] = None) -> NDArray[np.float64]: ...

class Sht:
    @staticmethod
    def gauss_legendre(nlat: int, nlon: int, lmax: int, mmax: Optional[int] = None) -> "Sht": ...
    @staticmethod
    def clenshaw_curtis(nlat: int, nlon: int, lmax: int, mmax: Optional[int] = None) -> "Sht": ...
    @staticmethod
    def fejer1(nlat: int, nlon: int, lmax: int, mmax: Optional[int] = None) -> "Sht": ...
    @staticmethod
    def healpix(nside: int, lmax: int, mmax: Optional[int] = None) -> "Sht": ...
    @staticmethod
    def from_rings(
        theta: List[float],
        phi0: List[float],
        nphi: List[int],
        weight: List[float],
        lmax: int,
        mmax: Optional[int] = None,
    ) -> "Sht": ...
    @property
    def npix(self) -> int: ...
    @property
    def shape(self) -> List[int]: ...
    @property
    def lmax(self) -> int: ...
    @property
    def mmax(self) -> int: ...
    @property
    def alm_len(self) -> int: ...
    @property
    def grid(self) -> str: ...
    @property
    def lat(self) -> NDArray[np.float64]: ...
    @property
    def lon(self) -> NDArray[np.float64]: ...
    @property
    def theta(self) -> _Map: ...
    @property
    def phi(self) -> _Map: ...
    def pixel_weights(self) -> _Map: ...
    def synthesis(self, alm: ArrayLike, threads: int = 1) -> _Map: ...
    def adjoint(self, map: ArrayLike, threads: int = 1) -> _Coefficients: ...
    def analysis(
        self,
        map: ArrayLike,
        iterations: Optional[int] = None,
        threads: int = 1,
        solver: str = "cg",
    ) -> _Coefficients: ...
    def spin_synthesis(self, spin: int, e: ArrayLike, b: ArrayLike, threads: int = 1) -> Tuple[_Map, _Map]: ...
    def spin_adjoint(self, spin: int, q: ArrayLike, u: ArrayLike, threads: int = 1) -> Tuple[_Coefficients, _Coefficients]: ...
    def spin_analysis(
        self,
        spin: int,
        q: ArrayLike,
        u: ArrayLike,
        iterations: Optional[int] = None,
        threads: int = 1,
    ) -> Tuple[_Coefficients, _Coefficients]: ...
    def gradient(self, alm: ArrayLike, threads: int = 1) -> Tuple[_Map, _Map]: ...
    def wind_synthesis(self, psi: ArrayLike, chi: ArrayLike, threads: int = 1) -> Tuple[_Map, _Map]: ...
    def wind_analysis(self, u: ArrayLike, v: ArrayLike, threads: int = 1) -> Tuple[_Coefficients, _Coefficients]: ...
    @property
    def fields_per_pass(self) -> int: ...
    def synthesis_many(self, alms: ArrayLike, threads: int = 1) -> NDArray[np.float64]: ...
    def analysis_many(
        self,
        maps: ArrayLike,
        iterations: Optional[int] = None,
        threads: int = 1,
        solver: str = "cg",
    ) -> NDArray[np.complex128]: ...

def kl_sample_alm(cl: ArrayLike, seed: int, member: int = 0, mmax: Optional[int] = None) -> _Coefficients: ...
def kl_sample_map(sht: Sht, cl: ArrayLike, seed: int, member: int = 0, threads: int = 1) -> _Map: ...
def polarized_sample_alm(
    tt: ArrayLike, ee: ArrayLike, bb: ArrayLike, te: ArrayLike, seed: int, member: int = 0
) -> Tuple[_Coefficients, _Coefficients, _Coefficients]: ...
def ou_transition(
    x0: ArrayLike,
    q: ArrayLike,
    t: float,
    beta: float = 1.0,
    seed: int = 0,
    member: int = 0,
    step: int = 0,
    rates: Optional[ArrayLike] = None,
) -> _Coefficients: ...
def space_time_sample_alm(
    cl: ArrayLike,
    times: ArrayLike,
    temporal_scale: float,
    temporal_kappa: float = 1.0,
    temporal_exponent: float = 0.0,
    seed: int = 0,
    member: int = 0,
) -> NDArray[np.complex128]: ...
def allen_cahn_pairs(
    data: ArrayLike,
    q: ArrayLike,
    times: ArrayLike,
    epsilon: float,
    beta: float = 1.0,
    max_step: float = 0.01,
    seed: int = 0,
    threads: int = 1,
) -> Tuple[NDArray[np.complex128], NDArray[np.complex128]]: ...

class Prior:
    @property
    def lmax(self) -> int: ...
    def score(self, t: float, x: ArrayLike) -> _Coefficients: ...
    def posterior_mean(self, t: float, x: ArrayLike) -> _Coefficients: ...
    def sample(
        self,
        seed: int = 0,
        members: int = 1,
        steps: int = 200,
        t_start: float = 1e-4,
        t_end: float = 10.0,
        method: str = "eh",
        threads: int = 1,
    ) -> NDArray[np.complex128]: ...

class Kriging:
    def __init__(
        self,
        cl: ArrayLike,
        lat: ArrayLike,
        lon: ArrayLike,
        value: ArrayLike,
        sigma: Union[float, ArrayLike],
        threads: int = 1,
    ) -> None: ...
    @property
    def lmax(self) -> int: ...
    @property
    def n(self) -> int: ...
    def mean_alm(self, threads: int = 1) -> _Coefficients: ...
    def at(
        self, lat: ArrayLike, lon: ArrayLike, threads: int = 1
    ) -> Tuple[NDArray[np.float64], NDArray[np.float64]]: ...
    def maps(self, sht: Sht, threads: int = 1) -> Tuple[_Map, _Map]: ...
    def draws(
        self, sht: Sht, seed: int, members: int, first: int = 0, threads: int = 1
    ) -> NDArray[np.float64]: ...

def GaussianPrior(
    q: ArrayLike, sigma: ArrayLike, beta: float = 1.0, rates: Optional[ArrayLike] = None
) -> Prior: ...
def EmpiricalPrior(
    q: ArrayLike,
    data: ArrayLike,
    beta: float = 1.0,
    threads: int = 1,
    rates: Optional[ArrayLike] = None,
) -> Prior: ...
def GaussianMixturePrior(
    q: ArrayLike,
    means: ArrayLike,
    sigma: ArrayLike,
    beta: float = 1.0,
    threads: int = 1,
    rates: Optional[ArrayLike] = None,
) -> Prior: ...
def write_maps(path: _Path, sht: Sht, maps: ArrayLike, units: str = "1", overwrite: bool = False) -> None: ...
def read_map(path: _Path, member: int = 0, variable: Optional[str] = None) -> _Map: ...
def write_alm(
    path: _Path,
    alm: ArrayLike,
    lmax: Optional[int] = None,
    mmax: Optional[int] = None,
    overwrite: bool = False,
) -> None: ...
def read_alm(path: _Path, member: int = 0) -> Tuple[_Coefficients, int, int]: ...
