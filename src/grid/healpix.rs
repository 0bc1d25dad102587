//! HEALPix ring geometry (RING ordering), for any nside ≥ 1.
//!
//! Rings i = 1..4·nside−1 from north to south (Górski et al. 2005, §4):
//! - polar cap, i < nside: z = 1 − i²/(3 nside²), nφ = 4i, φ0 = π/(4i);
//! - equatorial belt, nside ≤ i ≤ 3 nside: z = 4/3 − 2i/(3 nside), nφ = 4 nside,
//!   φ0 = π/(4 nside) when i − nside is even, else 0;
//! - south cap mirrors the north cap.
//!
//! Near the poles sin θ is computed from 1 − z = i²/(3 nside²) directly, so it keeps full
//! relative accuracy.

use super::ring::Ring;
use std::f64::consts::PI;

/// The 4·nside − 1 rings of a HEALPix map, north to south.
pub(crate) fn rings(nside: usize) -> Vec<Ring> {
    let n = nside as f64;
    let npix = 12 * nside * nside;
    let weight = 4.0 * PI / npix as f64;
    let nrings = 4 * nside - 1;
    let mut rings = Vec::with_capacity(nrings);
    let mut offset = 0;
    for i in 1..=nrings {
        // Work on the northern mirror ring and flip the sign of z for the south.
        let north_i = if i > 2 * nside { 4 * nside - i } else { i };
        let (z, one_minus_z, nphi, phi0) = if north_i < nside {
            let omz = (north_i * north_i) as f64 / (3.0 * n * n);
            (1.0 - omz, omz, 4 * north_i, PI / (4 * north_i) as f64)
        } else {
            // z = 4/3 − 2i/(3 nside), written so that the equator gives exactly 0.
            let z = (2.0 * (2 * nside - north_i) as f64) / (3.0 * n);
            let shifted = (i - nside).is_multiple_of(2);
            (
                z,
                1.0 - z,
                4 * nside,
                if shifted { PI / (4.0 * n) } else { 0.0 },
            )
        };
        let sin_theta = (one_minus_z * (1.0 + z)).sqrt();
        let cos_theta = if i > 2 * nside { -z } else { z };
        let theta = sin_theta.atan2(cos_theta);
        rings.push(Ring {
            theta,
            cos_theta,
            sin_theta,
            phi0,
            nphi,
            offset,
            weight,
        });
        offset += nphi;
    }
    debug_assert_eq!(offset, npix);
    rings
}
