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

/// Sample mean and its standard error (sample standard deviation / √n).
pub fn mean_and_se(v: &[f64]) -> (f64, f64) {
    let n = v.len() as f64;
    let m = v.iter().sum::<f64>() / n;
    let var = v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0);
    (m, (var / n).sqrt())
}

/// Per-degree χ² test: `sums[l]` is a sum over `draws` independent χ²_{2l+1} variables, i.e.
/// χ²_{draws·(2l+1)} with mean k and variance 2k; asserts |z| < 5 for every degree.
pub fn assert_chi_square_per_degree(sums: &[f64], draws: u64, what: &str) {
    for (l, x) in sums.iter().enumerate() {
        let k = draws as f64 * (2 * l + 1) as f64;
        let z = (x - k) / (2.0 * k).sqrt();
        assert!(z.abs() < 5.0, "{what}, l = {l}: z = {z}");
    }
}
