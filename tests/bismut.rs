//! The Malliavin–Bismut score estimator (docs/mathematics.md §7, §8 items 27–29) on
//! dX = −tanh(X) dt + √2 dB and on the linear (OU) case, with z-tests on Monte Carlo standard
//! errors (the Euler bias at 200 steps is O(0.005), well inside 5 standard errors here).

mod common;

use sphfield::score::BismutEstimator;
use sphfield::Par;

fn tanh_drift(x: f64) -> (f64, f64, f64) {
    let (t, s) = (x.tanh(), 1.0 / x.cosh());
    (-t, -s * s, 2.0 * t * s * s)
}

#[test]
fn weak_integration_by_parts_holds_with_the_second_variation() {
    // Item 28: E[φ'(X_T)] = E[φ(X_T) H] for φ = sin and φ = exp(−x²), x0 = 0.7 and −1.5.
    let est = BismutEstimator::new(2f64.sqrt(), 1.0, 200, 11).unwrap();
    for x0 in [0.7, -1.5] {
        let paths = 100_000;
        let s = est
            .simulate(&tanh_drift, &vec![x0; paths], Par::threads(2))
            .unwrap();
        type Pair = (fn(f64) -> f64, fn(f64) -> f64);
        let cases: [Pair; 2] = [
            (f64::sin, f64::cos),
            (|x| (-x * x).exp(), |x| -2.0 * x * (-x * x).exp()),
        ];
        for (phi, dphi) in cases {
            // Paired differences d = φ'(X_T) − φ(X_T)H have mean 0; z on their standard error.
            let d: Vec<f64> = s
                .endpoints
                .iter()
                .zip(&s.weights)
                .map(|(x, h)| dphi(*x) - phi(*x) * h)
                .collect();
            let (m, se) = common::mean_and_se(&d);
            assert!(
                (m / se).abs() < 5.0,
                "x0 = {x0}: mean difference {m} (se {se})"
            );
            let (weak, err) = s.weak_derivative(phi);
            assert!(err > 0.0 && weak.is_finite());
        }
    }
}

#[test]
fn linear_case_reproduces_the_ou_score() {
    // Item 27: for b(x) = −x/2, σ = 1 (the OU process with β = 1, Q = 1) and fixed x0,
    // −E[H | X_T = y] = −(y − a_T x0)/v_T. Binned z-tests; bins are narrow (0.1) and the score is
    // linear, so bin averaging adds no bias beyond the endpoint spread within a bin.
    let (t, x0) = (0.8f64, 0.5f64);
    let est = BismutEstimator::new(1.0, t, 200, 5).unwrap();
    let s = est
        .simulate(
            &|x: f64| (-0.5 * x, -0.5, 0.0),
            &vec![x0; 100_000],
            Par::threads(2),
        )
        .unwrap();
    let (a, v) = ((-0.5 * t).exp(), -(-t).exp_m1());
    // Within a bin the average of the exact score is the score at the mean endpoint of the bin.
    for (centre, value, se, count) in s.score_binned(-1.0, 1.5, 25) {
        if count < 500 {
            continue;
        }
        let exact = -(centre - a * x0) / v;
        let width_bias = 0.05 / v; // at most half a bin of the linear score's slope 1/v
        assert!(
            (value - exact).abs() < 5.0 * se + width_bias,
            "y = {centre}: {value} vs {exact} (se {se})"
        );
    }
}

#[test]
fn stationary_start_gives_minus_tanh() {
    // Item 29: X_0 with density sech(x)/π is invariant for dX = −tanh X dt + √2 dB, so the score
    // of X_T is −tanh(y). X_0 = log tan(πU/2) with U from a fixed low-discrepancy sequence
    // (independent of the Brownian streams).
    let paths = 100_000;
    let starts: Vec<f64> = (0..paths)
        .map(|i| {
            let u = ((i as f64 + 0.5) * 0.618_033_988_749_894_8).fract();
            (std::f64::consts::FRAC_PI_2 * u).tan().ln()
        })
        .collect();
    let est = BismutEstimator::new(2f64.sqrt(), 1.0, 200, 17).unwrap();
    let s = est.simulate(&tanh_drift, &starts, Par::threads(2)).unwrap();
    let mut checked = 0;
    for (centre, value, se, count) in s.score_binned(-2.2, 2.2, 22) {
        if count < 500 {
            continue;
        }
        // Bin averaging of tanh over a 0.2-wide bin shifts it by ≲ 3e-3 (curvature and density
        // slope), well below the standard errors (~0.02).
        let z = (value + centre.tanh()) / se;
        assert!(
            z.abs() < 5.0,
            "y = {centre}: {value} vs {} (se {se})",
            -centre.tanh()
        );
        checked += 1;
    }
    assert!(checked >= 18);
    // The kernel regression agrees with −tanh to the accuracy of its bias and variance.
    let ys = [-1.5, -0.5, 0.0, 0.5, 1.5];
    for (y, k) in ys.iter().zip(s.score_kernel(&ys, None)) {
        assert!((k + y.tanh()).abs() < 0.05, "kernel at {y}: {k}");
    }
    // Same seed, same bits for 1 and 2 threads.
    let one = est
        .simulate(&tanh_drift, &starts[..1000], Par::Seq)
        .unwrap();
    let two = est
        .simulate(&tanh_drift, &starts[..1000], Par::threads(2))
        .unwrap();
    assert_eq!(one, two);
}

#[test]
fn bad_settings_are_refused() {
    assert!(BismutEstimator::new(0.0, 1.0, 10, 1).is_err());
    assert!(BismutEstimator::new(1.0, -1.0, 10, 1).is_err());
    assert!(BismutEstimator::new(1.0, 1.0, 0, 1).is_err());
    assert!(BismutEstimator::new(1.0, 1.0, usize::MAX, 1).is_err());
    let est = BismutEstimator::new(1.0, 1.0, 10, 1).unwrap();
    assert!(est.simulate(&tanh_drift, &[f64::NAN], Par::Seq).is_err());
}

struct Coupled;
impl sphfield::score::VectorDrift for Coupled {
    fn dim(&self) -> usize {
        2
    }
    fn eval(&self, x: &[f64], b: &mut [f64], jac: &mut [f64], hess: &mut [f64]) {
        let (t1, t2) = (x[0].tanh(), x[1].tanh());
        let (s1, s2) = (1.0 - t1 * t1, 1.0 - t2 * t2);
        b[0] = -t1 + 0.3 * x[1];
        b[1] = -t2 - 0.2 * x[0];
        jac.copy_from_slice(&[-s1, 0.3, -0.2, -s2]);
        hess.fill(0.0);
        hess[0] = 2.0 * t1 * s1; // ∂²b₁/∂x₁²
        hess[7] = 2.0 * t2 * s2; // ∂²b₂/∂x₂² at (i=1, j=1, k=1)
    }
}

#[test]
fn multivariate_estimator_reduces_to_the_scalar_one() {
    // d = m = 1: the same streams and the same formula, so the same weights up to rounding.
    struct Tanh1;
    impl sphfield::score::VectorDrift for Tanh1 {
        fn dim(&self) -> usize {
            1
        }
        fn eval(&self, x: &[f64], b: &mut [f64], jac: &mut [f64], hess: &mut [f64]) {
            let (v, d1, d2) = tanh_drift(x[0]);
            b[0] = v;
            jac[0] = d1;
            hess[0] = d2;
        }
    }
    let sigma = 2f64.sqrt();
    let scalar = BismutEstimator::new(sigma, 1.0, 100, 3).unwrap();
    let multi = sphfield::score::BismutEstimatorNd::new(vec![sigma], 1, 1, 1.0, 100, 3).unwrap();
    let starts = vec![0.7; 200];
    let a = scalar.simulate(&tanh_drift, &starts, Par::Seq).unwrap();
    let b = multi.simulate(&Tanh1, &starts, Par::Seq).unwrap();
    for ((x, y), (h, g)) in a
        .endpoints
        .iter()
        .zip(&b.endpoints)
        .zip(a.weights.iter().zip(&b.weights))
    {
        assert!(
            (x - y).abs() < 1e-12 && (h - g).abs() < 1e-9 * h.abs().max(1.0),
            "{h} vs {g}"
        );
    }
}

#[test]
fn multivariate_weak_integration_by_parts() {
    // E[∂_k φ(X_T)] = E[φ(X_T) δ(u_k)] for a coupled nonlinear 2-d drift with correlated noise
    // (σ 2 × 2), φ(x) = sin(x₁ + x₂/2); paired-difference z-tests per component.
    let sigma = vec![1.2, 0.0, 0.4, 1.0];
    let est = sphfield::score::BismutEstimatorNd::new(sigma, 2, 2, 1.0, 100, 23).unwrap();
    let paths = 40_000;
    let starts: Vec<f64> = (0..paths).flat_map(|_| [0.5, -0.8]).collect();
    let s = est.simulate(&Coupled, &starts, Par::threads(2)).unwrap();
    let arg = |x: &[f64]| x[0] + 0.5 * x[1];
    for (k, factor) in [1.0, 0.5].iter().enumerate() {
        let d: Vec<f64> = s
            .endpoints
            .chunks_exact(2)
            .zip(s.weights.chunks_exact(2))
            .map(|(x, h)| factor * arg(x).cos() - arg(x).sin() * h[k])
            .collect();
        let (m, se) = common::mean_and_se(&d);
        assert!(
            (m / se).abs() < 5.0,
            "component {k}: mean difference {m} (se {se})"
        );
    }
    let g = s.weak_gradient(|x| arg(x).sin());
    assert_eq!(g.len(), 2);
    // Singular noise (σ of rank 1 in 2-d with a linear drift that never mixes it in) is refused.
    struct Decoupled;
    impl sphfield::score::VectorDrift for Decoupled {
        fn dim(&self) -> usize {
            2
        }
        fn eval(&self, x: &[f64], b: &mut [f64], jac: &mut [f64], hess: &mut [f64]) {
            b[0] = -x[0];
            b[1] = -x[1];
            jac.copy_from_slice(&[-1.0, 0.0, 0.0, -1.0]);
            hess.fill(0.0);
        }
    }
    let rank1 = sphfield::score::BismutEstimatorNd::new(vec![1.0, 0.0], 2, 1, 1.0, 20, 1).unwrap();
    assert!(rank1.simulate(&Decoupled, &[0.0, 0.0], Par::Seq).is_err());
}
