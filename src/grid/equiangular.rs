//! Equiangular lat–lon grids (Clenshaw–Curtis with poles, Fejér-1 cell centres): nodes and
//! quadrature weights (docs/mathematics.md §1.6).
//!
//! For $\int_0^\pi g(\theta)\sin\theta\,d\theta$:
//! Clenshaw–Curtis with N = n−1 intervals, $w_j = \frac{c_j}{N}\big[1 - \sum_{k=1}^{\lfloor N/2\rfloor}
//! \frac{b_k}{4k^2-1}\cos 2k\theta_j\big]$ ($c_0 = c_N = 1$, else 2; $b_{N/2} = 1$, else 2), exact for
//! polynomials in cos θ of degree ≤ n−1; Fejér-1, $w_j = \frac{2}{n}\big[1 - 2\sum_{k=1}^{\lfloor n/2\rfloor}
//! \frac{\cos 2k\theta_j}{4k^2-1}\big]$, exact for degree ≤ n−1. Exact analysis beyond lmax ≈ n/2
//! resamples in θ (`sht/resample.rs`).

use std::f64::consts::PI;

/// (θ, cos θ, sin θ) for θ_j = πj/(n−1), with exact poles and exact mirror symmetry.
pub(crate) fn clenshaw_curtis_nodes(n: usize) -> Vec<(f64, f64, f64)> {
    let step = PI / (n - 1) as f64;
    mirrored(n, |j| j as f64 * step)
}

/// (θ, cos θ, sin θ) for θ_j = π(j+½)/n.
pub(crate) fn fejer1_nodes(n: usize) -> Vec<(f64, f64, f64)> {
    let step = PI / n as f64;
    mirrored(n, |j| (j as f64 + 0.5) * step)
}

fn mirrored(n: usize, theta: impl Fn(usize) -> f64) -> Vec<(f64, f64, f64)> {
    let mut out = vec![(0.0, 0.0, 0.0); n];
    for j in 0..n.div_ceil(2) {
        let t = theta(j);
        let (s, c) = if 2 * j + 1 == n {
            (1.0, 0.0)
        } else if t == 0.0 {
            (0.0, 1.0)
        } else {
            t.sin_cos()
        };
        let t = if 2 * j + 1 == n { PI / 2.0 } else { t };
        out[j] = (t, c, s);
        out[n - 1 - j] = (PI - t, -c, s);
    }
    out
}

/// Clenshaw–Curtis weights for $\int_0^\pi g\sin\theta\,d\theta$ on [`clenshaw_curtis_nodes`].
pub(crate) fn clenshaw_curtis_weights(n: usize) -> Vec<f64> {
    let big_n = n - 1;
    // cos(2kθ_j) = cos(2π kj / N): table lookup keeps every term exactly reproducible.
    let table: Vec<f64> = (0..big_n)
        .map(|r| (2.0 * PI * r as f64 / big_n as f64).cos())
        .collect();
    (0..n)
        .map(|j| {
            let c = if j == 0 || j == big_n { 1.0 } else { 2.0 };
            let mut s = 0.0;
            for k in 1..=big_n / 2 {
                let b = if 2 * k == big_n { 1.0 } else { 2.0 };
                s += b / (4.0 * (k * k) as f64 - 1.0) * table[(k * j) % big_n];
            }
            c / big_n as f64 * (1.0 - s)
        })
        .collect()
}

/// Fejér-1 weights for $\int_0^\pi g\sin\theta\,d\theta$ on [`fejer1_nodes`].
pub(crate) fn fejer1_weights(n: usize) -> Vec<f64> {
    // cos(2kθ_j) = cos(π k(2j+1)/n).
    let table: Vec<f64> = (0..2 * n)
        .map(|r| (PI * r as f64 / n as f64).cos())
        .collect();
    (0..n)
        .map(|j| {
            let mut s = 0.0;
            for k in 1..=n / 2 {
                s += table[(k * (2 * j + 1)) % (2 * n)] / (4.0 * (k * k) as f64 - 1.0);
            }
            2.0 / n as f64 * (1.0 - 2.0 * s)
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Asserts that the rule integrates x^k over [−1, 1] exactly (to 1e-14) for k ≤ degree.
    pub(crate) fn check_weights(nodes: &[(f64, f64, f64)], w: &[f64], degree: usize) {
        for k in 0..=degree {
            let got: f64 = nodes
                .iter()
                .zip(w)
                .map(|(nd, w)| w * nd.1.powi(k as i32))
                .sum();
            let exact = if k % 2 == 0 {
                2.0 / (k as f64 + 1.0)
            } else {
                0.0
            };
            assert!((got - exact).abs() < 1e-14, "k={k}: {got} vs {exact}");
        }
    }

    #[test]
    fn weights_are_exact_for_their_degree() {
        for n in [2usize, 3, 8, 17, 64] {
            check_weights(
                &clenshaw_curtis_nodes(n),
                &clenshaw_curtis_weights(n),
                n - 1,
            );
        }
        for n in [1usize, 2, 7, 16, 65] {
            check_weights(&fejer1_nodes(n), &fejer1_weights(n), n - 1);
        }
    }
}
