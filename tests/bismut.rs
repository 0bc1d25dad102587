//! The Malliavin–Bismut score estimator (math-spec §7, §8 items 27–29) on
//! dX = −tanh(X) dt + √2 dB and on the linear (OU) case, with z-tests on Monte Carlo standard
//! errors (the Euler bias at 200 steps is O(0.005), well inside 5 standard errors here).

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
            let n = d.len() as f64;
            let m = d.iter().sum::<f64>() / n;
            let se = (d.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (n - 1.0) / n).sqrt();
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
    let est = BismutEstimator::new(1.0, 1.0, 10, 1).unwrap();
    assert!(est.simulate(&tanh_drift, &[f64::NAN], Par::Seq).is_err());
}
