//! # sphfield
//!
//! Gaussian random fields on the sphere and score-based diffusion models of such fields, in
//! spherical-harmonic coefficient space. This release provides the foundation layer — the data
//! types [`Alm`] and [`Map`], ring [`Geometry`]s (Gauss–Legendre, Clenshaw–Curtis, Fejér-1,
//! HEALPix, custom rings) and the spherical harmonic transform plan [`Sht`] — plus angular power
//! spectra ([`spectrum`]: Whittle–Matérn and friends, covariance functions, estimation),
//! truncated Karhunen–Loève sampling ([`kl`]), the Ornstein–Uhlenbeck forward process ([`ou`]),
//! scores in Cameron–Martin form ([`score`]), reverse-time samplers ([`sampler`]), HDF5 files
//! that h5py, xarray and healpy read ([`io`]) and pictures ([`plot`]). The `sphfield` command
//! line, the C ABI (`ffi/`) and the Python module (`python/`) are built on this crate.
//!
//! ## Conventions
//! * Colatitude θ ∈ [0, π] from the north pole, longitude φ ∈ [0, 2π).
//! * Orthonormal complex harmonics with the Condon–Shortley phase,
//!   $Y_\ell^m = N_{\ell m} P_\ell^m(\cos\theta) e^{im\phi}$, $\int |Y_\ell^m|^2 d\sigma = 1$.
//! * Real fields: $f = \sum_\ell [a_{\ell 0}Y_{\ell 0} + 2\,\mathrm{Re}\sum_{m>0} a_{\ell m}Y_\ell^m]$,
//!   coefficients stored m-major in healpy order, `index(l, m) = m(2 lmax + 1 − m)/2 + l`.
//! * Parallelism is an explicit [`Par`] argument; results are bitwise identical for any thread count.
//!
//! ```
//! use sphfield::{Alm, Geometry, Par, Sht};
//! let sht = Sht::new(Geometry::healpix(8).unwrap(), 23, 23).unwrap();
//! let mut alm = Alm::zeros(23, 23).unwrap();
//! alm[(0, 0)].re = (4.0 * std::f64::consts::PI).sqrt(); // the constant field 1
//! let map = sht.synthesis(&alm, Par::Seq).unwrap();
//! assert!(map.values().iter().all(|v| (v - 1.0).abs() < 1e-14));
//! ```
#![deny(unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks)]
#![warn(missing_docs)]

pub mod alm;
mod buffers;
pub mod condition;
pub mod error;
pub mod format;
pub mod grid;
pub mod io;
pub mod kl;
pub mod map;
pub mod memory;
#[cfg(feature = "mpi")]
pub mod mpi;
pub mod ou;
pub mod par;
pub mod plot;
pub mod sampler;
pub mod score;
pub mod sht;
pub mod spectrum;
mod text_file;
pub mod vector;

pub use alm::Alm;
pub use error::{Error, Result};
pub use grid::{Geometry, GridKind, Ring, RingSpec};
pub use map::Map;
/// The ndarray version whose views and arrays sphfield's API returns ([`Map::view`],
/// [`io::FileReader::read_maps`]).
pub use ndarray;
pub use par::Par;
pub use sht::{AnalysisOptions, AnalysisReport, Isa, Sht, SpinAlm};
