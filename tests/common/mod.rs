//! Helpers shared by the integration tests.
#![allow(dead_code)]

use sphfield::Alm;

/// Random coefficients with Re, Im uniform in [−1, 1) (Im a_l0 = 0), from a fixed seed.
pub fn random_alm(lmax: usize, mmax: usize, seed: u64) -> Alm {
    Alm::random_uniform(lmax, mmax, seed).unwrap()
}

/// Largest |a − b| relative to max |a|.
pub fn rel_err(a: &Alm, b: &Alm) -> f64 {
    a.max_abs_diff(b).unwrap() / a.max_abs()
}

/// ‖a − b‖₂ / ‖a‖₂ over the stored coefficients.
pub fn l2_rel_err(a: &Alm, b: &Alm) -> f64 {
    b.relative_l2_error(a).unwrap()
}
