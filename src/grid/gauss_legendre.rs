//! Gauss–Legendre nodes and weights.
//!
//! Nodes are the roots of $P_n(\cos\theta)$, found by Newton's method in θ (not in
//! x = cos θ), so that sin θ near the poles keeps full relative accuracy; the weights are
//! $w = 2\sin^2\theta / (n P_{n-1}(\cos\theta))^2$, which sum to 2 (docs/mathematics.md §1.6).
//! Cost O(n²) (one three-term recurrence per node, half the nodes by symmetry).

use std::f64::consts::PI;

/// $(P_n(\cos\theta), P_{n-1}(\cos\theta))$. Near the poles, where x = cos θ rounded to f64 has lost
/// the digits of θ, the recurrence runs on differences $D_k = P_k - P_{k-1}$ with
/// u = 1 − x = 2 sin²(θ/2) (Reinsch's modification):
/// $D_{k+1} = (k D_k - (2k+1) u P_k)/(k+1)$.
fn legendre_pair_theta(n: usize, theta: f64) -> (f64, f64) {
    let x = theta.cos();
    if x <= 0.5 {
        return legendre_pair(n, x);
    }
    if n == 0 {
        return (1.0, 0.0);
    }
    let h = (0.5 * theta).sin();
    let u = 2.0 * h * h;
    let (mut p, mut d) = (1.0 - u, -u); // P_1 and D_1 = P_1 − P_0
    let mut p_prev = 1.0;
    for k in 1..n {
        let kf = k as f64;
        d = (kf * d - (2.0 * kf + 1.0) * u * p) / (kf + 1.0);
        p_prev = p;
        p += d;
    }
    (p, p_prev)
}

/// $(P_n(x), P_{n-1}(x))$ by the three-term recurrence.
fn legendre_pair(n: usize, x: f64) -> (f64, f64) {
    let (mut p_prev, mut p) = (1.0, x);
    if n == 0 {
        return (1.0, 0.0);
    }
    for k in 2..=n {
        let kf = k as f64;
        let next = ((2.0 * kf - 1.0) * x * p - (kf - 1.0) * p_prev) / kf;
        p_prev = p;
        p = next;
    }
    (p, p_prev)
}

/// Nodes as (θ, cos θ, sin θ) from north to south and their weights for $\int_{-1}^1 dx$.
pub(crate) fn nodes_and_weights(n: usize) -> (Vec<(f64, f64, f64)>, Vec<f64>) {
    let mut nodes = vec![(0.0, 0.0, 0.0); n];
    let mut weights = vec![0.0; n];
    let nf = n as f64;
    for k in 0..n.div_ceil(2) {
        // Initial guess (Tricomi): θ_k ≈ π(k + 3/4)/(n + 1/2).
        let mut theta = PI * (k as f64 + 0.75) / (nf + 0.5);
        // Newton converges quadratically: once a step is below 1e-9 (relative), one more step
        // reaches the rounding level of θ.
        let mut polish = false;
        for _ in 0..100 {
            let (x, s) = (theta.cos(), theta.sin());
            let (p, q) = legendre_pair_theta(n, theta);
            // d/dθ P_n(cos θ) = n (x P_n − P_{n−1}) / sin θ.
            let step = p * s / (nf * (x * p - q));
            theta -= step;
            if polish {
                break;
            }
            polish = step.abs() <= 1e-9 * theta;
        }
        let (cos_t, sin_t) = if 2 * k + 1 == n {
            (0.0, 1.0)
        } else {
            (theta.cos(), theta.sin())
        };
        let p_nm1 = if 2 * k + 1 == n {
            theta = PI / 2.0;
            legendre_pair(n, 0.0).1
        } else {
            legendre_pair_theta(n, theta).1
        };
        let w = 2.0 * sin_t * sin_t / (nf * nf * p_nm1 * p_nm1);
        nodes[k] = (theta, cos_t, sin_t);
        weights[k] = w;
        nodes[n - 1 - k] = (PI - theta, -cos_t, sin_t);
        weights[n - 1 - k] = w;
    }
    (nodes, weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrates_polynomials_exactly() {
        for n in [1usize, 2, 5, 16, 33, 128] {
            let (nodes, w) = nodes_and_weights(n);
            // Gauss–Legendre with n nodes is exact for degree ≤ 2n − 1.
            crate::grid::equiangular::tests::check_weights(&nodes, &w, 2 * n - 1);
        }
    }

    #[test]
    fn nodes_are_roots_and_sorted() {
        let n = 1000;
        let (nodes, _) = nodes_and_weights(n);
        for pair in nodes.windows(2) {
            assert!(pair[0].0 < pair[1].0);
        }
        for nd in &nodes[..n / 2] {
            // The Newton correction at a converged node is at the rounding level of θ.
            let (p, q) = legendre_pair_theta(n, nd.0);
            let step = p * nd.2 / (n as f64 * (nd.1 * p - q));
            assert!(
                step.abs() < 4.0 * f64::EPSILON * nd.0,
                "theta {}: step {step:e}",
                nd.0
            );
            assert!((nd.1 * nd.1 + nd.2 * nd.2 - 1.0).abs() < 4e-16);
        }
    }
}
