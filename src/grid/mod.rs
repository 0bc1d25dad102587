//! Ring grids and their quadrature: the lowest layer with `alm`, below [`crate::Map`] and the
//! transforms (docs/architecture.md §1–2).
//!
//! Every grid is a list of iso-latitude [`Ring`]s of equispaced pixels, defined by its θ formula:
//! Gauss–Legendre (roots of P_n(cos θ)), Clenshaw–Curtis (θ_j = πj/(n−1), poles included),
//! Fejér-1 (θ_j = π(j+½)/n, the cell-centred climate grids), HEALPix RING, and caller-supplied
//! rings. [`Geometry`] knows each grid's quadrature weights, the band limit it analyses exactly
//! and its coordinates.

pub(crate) mod equiangular;
pub(crate) mod gauss_legendre;
mod geometry;
mod healpix;
mod ring;

pub use geometry::{Geometry, GridKind, MAX_PIXELS};
pub use ring::{Ring, RingSpec};
