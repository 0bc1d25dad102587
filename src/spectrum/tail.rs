//! Sums of slowly decaying series to infinity (the tails of spectra).

/// Degrees summed term by term before the tail is extrapolated.
const DIRECT_TERMS: usize = 1 << 16;

/// $\sum_{\ell \ge \ell_0} f(\ell)$ for a positive sequence with a power-law tail: the terms up to
/// N = max(ℓ₀, 2¹⁶) are summed directly (smallest first), the rest by the Euler–Maclaurin estimate
/// $\int_N^\infty f + f(N)/2$ with $f(\ell) \approx f(N)(N/\ell)^p$ and p measured from f(N), f(2N)
/// (relative error of the tail O(1/N)). Returns +∞ when the series diverges (p ≤ 1).
pub(crate) fn power_law_tail(f: impl Fn(f64) -> f64, l0: usize) -> f64 {
    let n = l0.max(DIRECT_TERMS);
    let fn_ = f(n as f64);
    let tail = if fn_ == 0.0 {
        0.0
    } else {
        let p = (fn_ / f(2.0 * n as f64)).log2();
        if p.is_nan() || p <= 1.0 {
            return f64::INFINITY;
        }
        fn_ * n as f64 / (p - 1.0) + 0.5 * fn_
    };
    (l0..n)
        .rev()
        .map(|l| f(l as f64))
        .fold(tail, |acc, v| acc + v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeta_values() {
        // ζ(2) = π²/6, ζ(3) = 1.2020569031595942.
        let z2 = power_law_tail(|l| 1.0 / (l * l), 1);
        assert!(
            (z2 / (std::f64::consts::PI.powi(2) / 6.0) - 1.0).abs() < 1e-12,
            "{z2}"
        );
        let z3 = power_law_tail(|l| 1.0 / (l * l * l), 1);
        assert!((z3 / 1.202_056_903_159_594_2 - 1.0).abs() < 1e-13, "{z3}");
        assert!(power_law_tail(|l| 1.0 / l, 1).is_infinite());
    }
}
