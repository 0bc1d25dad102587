//! Helpers shared by the integration tests.
#![allow(dead_code)]

use num_complex::Complex64;
use rand::{Rng, SeedableRng};
use sphfield::Alm;

/// Random coefficients with Re, Im uniform in [−1, 1) (Im a_l0 = 0), from a fixed seed.
pub fn random_alm(lmax: usize, mmax: usize, seed: u64) -> Alm {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut alm = Alm::zeros(lmax, mmax).unwrap();
    for m in 0..=mmax {
        for a in alm.m_slice_mut(m) {
            let im = if m == 0 {
                0.0
            } else {
                rng.gen_range(-1.0..1.0)
            };
            *a = Complex64::new(rng.gen_range(-1.0..1.0), im);
        }
    }
    alm
}

/// Largest |a − b| relative to max |a|.
pub fn rel_err(a: &Alm, b: &Alm) -> f64 {
    a.max_abs_diff(b).unwrap() / a.max_abs()
}

/// ‖a − b‖₂ / ‖a‖₂ over the stored coefficients.
pub fn l2_rel_err(a: &Alm, b: &Alm) -> f64 {
    let num: f64 = a
        .as_slice()
        .iter()
        .zip(b.as_slice())
        .map(|(x, y)| (x - y).norm_sqr())
        .sum();
    let den: f64 = a.as_slice().iter().map(|x| x.norm_sqr()).sum();
    (num / den).sqrt()
}
