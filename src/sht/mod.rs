//! Spherical harmonic transforms on ring grids.
//!
//! Layout follows ducc0's stages: grids ([`crate::grid`]), `legendre` (alm ↔ per-ring Fourier
//! coefficients, the O(L³) part, with SIMD kernels in `kernels`), `rings` (Fourier coefficients ↔
//! pixels by real FFTs) and [`Sht`], the plan that composes them into synthesis, adjoint synthesis
//! and analysis.
//!
//! Conventions (docs/architecture.md §2): orthonormal harmonics with the Condon–Shortley phase, real fields,
//! coefficients in healpy order (see [`crate::Alm`]); colatitude θ ∈ [0, π] from the north pole,
//! longitude φ ∈ [0, 2π).

mod distributed;
pub mod kernels;
mod legendre;
mod plan;
mod refinement;
mod resample;
mod rings;
mod spin;
mod spin_transforms;

pub(crate) use crate::grid::gauss_legendre::nodes_and_weights as gauss_legendre_nodes;
/// The grids, re-exported where the transforms' users look for them (they live in [`crate::grid`]).
pub use crate::grid::{Geometry, GridKind, Ring, RingSpec};
pub use distributed::{Decomposition, LocalAlm};
pub use kernels::Isa;
pub use plan::{
    AnalysisOptions, AnalysisReport, Sht, DEFAULT_ANALYSIS_STEPS, DEFAULT_ANALYSIS_TOLERANCE,
    MAX_ANALYSIS_ITERATIONS,
};
pub use refinement::AnalysisSolver;
pub use spin_transforms::SpinAlm;
