//! The building block of every grid: an iso-latitude ring of equispaced pixels.

/// One iso-latitude ring of equispaced pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ring {
    /// Colatitude θ ∈ [0, π].
    pub theta: f64,
    /// cos θ, computed accurately (not as `theta.cos()` where a closed form exists).
    pub cos_theta: f64,
    /// sin θ ≥ 0, computed accurately.
    pub sin_theta: f64,
    /// Longitude of the first pixel.
    pub phi0: f64,
    /// Number of pixels.
    pub nphi: usize,
    /// Index of the ring's first pixel in the map vector.
    pub offset: usize,
    /// Quadrature weight of each pixel of the ring.
    pub weight: f64,
}

/// What a caller gives to build a custom ring geometry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RingSpec {
    /// Colatitude θ ∈ [0, π].
    pub theta: f64,
    /// Longitude of the first pixel.
    pub phi0: f64,
    /// Number of pixels (≥ 1).
    pub nphi: usize,
    /// Quadrature weight of each pixel (use 0 if unknown).
    pub weight: f64,
}
