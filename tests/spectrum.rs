//! Angular power spectra: docs/mathematics.md §8 items 7, 9, 11, 12, 14, 15 and the §3.2 table, the
//! inverse covariance map, spectrum files and bad input.

use sphfield::kl::TruncationError;
use sphfield::spectrum::{
    whittle_matern_normaliser, AngularSpectrum, HeatKernel, LegendreMatern, Length, PowerLaw,
    SpectrumModel, TableConvention, WhittleMatern,
};
use std::f64::consts::PI;

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs()
}

#[test]
fn whittle_matern_normaliser_matches_the_mpmath_table() {
    // docs/mathematics.md §3.2: S(κ, α) = Σ (2l+1)(κ² + l(l+1))^(−α) to 15 digits (mpmath); Z = S/4π.
    // Tolerance 1e-13: the table's 15 significant digits plus our summation rounding.
    let table = [
        (1.0, 1.5, 2.48311564789039),
        (3.0, 2.0, 0.115422565058813),
        (5.0, 2.0, 0.0405420701656195),
        (2.0, 2.5, 0.0953704777239104),
        (10.0, 3.0, 5.03353487662105e-5),
    ];
    for (kappa, alpha, s) in table {
        let z = whittle_matern_normaliser(kappa, alpha).unwrap();
        assert!(
            rel(z * 4.0 * PI, s) < 1e-13,
            "κ={kappa} α={alpha}: {} vs {s}",
            z * 4.0 * PI
        );
    }
}

#[test]
fn variance_normalised_spectrum_has_the_requested_variance() {
    // docs/mathematics.md §8 item 11: Σ(2l+1)C_l/4π = σ², checked as band-limited sum + exact tail.
    for (sigma2, kappa, alpha) in [(2.5, 3.0, 2.0), (0.3, 20.0, 1.5), (1.0, 1.0, 4.0)] {
        let wm = WhittleMatern::with_variance(sigma2, kappa, alpha).unwrap();
        let s = wm.spectrum(500).unwrap();
        let total = s.variance() + wm.energy_tail(500) / (4.0 * PI);
        assert!(rel(total, sigma2) < 1e-12, "{total} vs {sigma2}");
        assert!(rel(wm.variance(), sigma2) < 1e-13);
    }
    // The correlation-length form: α = ν + 1, κ = √(8ν)/ρ, lengths in km on the Earth.
    let wm = WhittleMatern::from_correlation_length(4.0, Length::km(500.0), 1.5).unwrap();
    assert_eq!(wm.alpha(), 2.5);
    assert!(rel(wm.kappa(), (12.0f64).sqrt() / (500.0 / 6371.0)) < 1e-15);
    assert!(rel(wm.correlation_length(), 500.0 / 6371.0) < 1e-15);
    assert!(rel(wm.variance(), 4.0) < 1e-13);
}

#[test]
fn large_kappa_approximation() {
    // docs/mathematics.md §8 item 12: S ≈ (κ² − 1/4)^(1−α)/(α−1) with relative error ≈ (α−1)/(12κ²);
    // tolerance 2(α−1)/(12κ²) as the spec prescribes.
    for (kappa, alpha) in [
        (5.0f64, 1.5f64),
        (5.0, 2.0),
        (5.0, 3.0),
        (8.0, 2.0),
        (20.0, 2.5),
    ] {
        let s = whittle_matern_normaliser(kappa, alpha).unwrap() * 4.0 * PI;
        let approx = (kappa * kappa - 0.25).powf(1.0 - alpha) / (alpha - 1.0);
        assert!(rel(approx, s) < 2.0 * (alpha - 1.0) / (12.0 * kappa * kappa));
    }
}

#[test]
fn poisson_kernel_covariance() {
    // docs/mathematics.md §8 item 7: C_l = t^l gives k(θ) = (1 − t²)/(4π(1 − 2t cos θ + t²)^{3/2}).
    // t^l < 1e-40 beyond l = 200 for t = 0.6, so the truncation is invisible; Clenshaw's error is
    // a few ulp of Σ(2l+1)C_l/4π ≈ 0.8.
    let t: f64 = 0.6;
    let s = AngularSpectrum::new((0..=200).map(|l| t.powi(l)).collect(), "Poisson").unwrap();
    let thetas: Vec<f64> = (0..=32).map(|i| i as f64 * PI / 32.0).collect();
    let k = s.covariance(&thetas).unwrap();
    for (theta, k) in thetas.iter().zip(&k) {
        let exact = (1.0 - t * t) / (4.0 * PI * (1.0 - 2.0 * t * theta.cos() + t * t).powf(1.5));
        assert!((k - exact).abs() < 1e-15, "θ={theta}: {k} vs {exact}");
    }
    assert!((k[0] - 0.7957747154594766).abs() < 1e-15);
    let c = s.correlation(&[0.0]).unwrap();
    assert!((c[0] - 1.0).abs() < 1e-15);
}

#[test]
fn whittle_matern_truncation_tails() {
    // docs/mathematics.md §8 item 9: WM(κ=3, α=2, τ=1) tails Σ_{l>L}(2l+1)C_l, given to 10 digits.
    let wm = WhittleMatern::spde(1.0, 3.0, 2.0).unwrap();
    let tails = [
        (8, 0.01111518763),
        (16, 0.003355817699),
        (32, 0.0009107490766),
        (64, 0.0002361833177),
    ];
    for (l, expected) in tails {
        let t = TruncationError::of(&wm, l);
        assert!(
            rel(t.energy, expected) < 1e-9,
            "L={l}: {} vs {expected}",
            t.energy
        );
        assert!(rel(t.variance, expected / (4.0 * PI)) < 1e-9);
        // tail · L^{2(α−1)} → 1/(α−1) = 1 from below (0.711, 0.859, 0.933, 0.967).
        let scaled = t.energy * (l as f64).powi(2);
        assert!(scaled < 1.0 && scaled > 0.7);
    }
    // α ≤ 2: the sup-norm series Σ(2l+1)√C_l diverges.
    assert!(TruncationError::of(&wm, 8).sup_norm_bound.is_infinite());
    let smooth = WhittleMatern::spde(1.0, 3.0, 3.0).unwrap();
    let direct: f64 = (9..200_000)
        .map(|l| (2 * l + 1) as f64 * (smooth.cl(l) / (4.0 * PI)).sqrt())
        .sum();
    let bound = TruncationError::of(&smooth, 8).sup_norm_bound;
    // The direct partial sum misses Σ_{l≥N} (2l+1)l^{−3}/√(4π) ≈ 2/(√(4π) N) for N = 200000;
    // the next order of that estimate is O(N⁻²), far below the 1 % allowed here.
    let missing = 2.0 / ((4.0 * PI).sqrt() * 200_000.0);
    assert!(
        ((bound - direct) - missing).abs() < 0.01 * missing,
        "{bound} vs {direct}"
    );
}

#[test]
fn kl_between_whittle_matern_measures() {
    // docs/mathematics.md §3.6 reference values (α = 2, τ₁ = τ₂ = 1), given to 15 digits.
    let a = WhittleMatern::spde(1.0, 2.0, 2.0).unwrap();
    let b = WhittleMatern::spde(1.0, 3.0, 2.0).unwrap();
    assert!(a.equivalent(&b));
    assert!(
        rel(a.kl_divergence(&b), 5.87483612249551) < 1e-11,
        "{}",
        a.kl_divergence(&b)
    );
    assert!(
        rel(b.kl_divergence(&a), 3.28991010999686) < 1e-11,
        "{}",
        b.kl_divergence(&a)
    );
    assert_eq!(a.kl_divergence(&a), 0.0);
    // Singular pairs (α or τ differ): infinite, and the band-limited KL grows without bound.
    let c = WhittleMatern::spde(1.0, 2.0, 2.5).unwrap();
    let d = WhittleMatern::spde(1.1, 2.0, 2.0).unwrap();
    assert!(!a.equivalent(&c) && !a.equivalent(&d));
    assert!(a.kl_divergence(&c).is_infinite() && a.kl_divergence(&d).is_infinite());
    let kl = |l: usize| {
        a.spectrum(l)
            .unwrap()
            .kl_divergence(&d.spectrum(l).unwrap())
            .unwrap()
    };
    assert!(kl(400) > 3.9 * kl(100));
    // Band-limited KL of the equivalent pair converges to the full value.
    let finite = a
        .spectrum(4000)
        .unwrap()
        .kl_divergence(&b.spectrum(4000).unwrap())
        .unwrap();
    assert!(rel(finite, 5.87483612249551) < 1e-5);
}

#[test]
fn legendre_matern_reproduces_its_covariance() {
    // docs/mathematics.md §8 item 14: C_l = 4πσ²(α²+l²)^{−ν−1/2}/(2l+1) reproduces ψ(θ), here against an
    // independent forward Legendre recurrence summed over l ≤ 3000 (the terms beyond are
    // below 1e-16 of ψ for ν = 2.5).
    let (s2, alpha, nu) = (1.7, 4.0, 2.5);
    let lm = LegendreMatern::new(s2, alpha, nu).unwrap();
    let s = lm.spectrum(3000).unwrap();
    for theta in [0.0, 0.1, 0.5, 1.0, 2.0, 3.0] {
        let x = f64::cos(theta);
        let (mut p0, mut p1) = (1.0f64, x);
        let mut psi =
            s2 * alpha.powf(-2.0 * nu - 1.0) + s2 * (alpha * alpha + 1.0).powf(-nu - 0.5) * x;
        for l in 2..=3000usize {
            let lf = l as f64;
            let p2 = ((2.0 * lf - 1.0) * x * p1 - (lf - 1.0) * p0) / lf;
            p0 = p1;
            p1 = p2;
            psi += s2 * (alpha * alpha + lf * lf).powf(-nu - 0.5) * p1;
        }
        let k = s.covariance(&[theta]).unwrap()[0];
        // Both sums round each of 3000 terms: a random walk of √3000 ulp of Σ|b_l| = ψ(0), with
        // a factor 20 of room.
        let psi0 = s.variance();
        let tol = 20.0 * 3000f64.sqrt() * f64::EPSILON * psi0;
        assert!((k - psi).abs() < tol, "θ={theta}: {k} vs {psi}");
    }
    let lv = LegendreMatern::with_variance(2.0, alpha, nu).unwrap();
    assert!(rel(lv.variance(), 2.0) < 1e-12);
}

#[test]
fn other_models() {
    let p = PowerLaw::new(2.0, 3.0, 1).unwrap();
    assert_eq!(p.cl(0), 0.0);
    assert_eq!(p.cl(2), 0.25);
    // Σ_{l≥1}(2l+1)2 l^{-3} = 4ζ(2) + 2ζ(3).
    let expected = 4.0 * PI * PI / 6.0 + 2.0 * 1.2020569031595942;
    assert!(rel(p.total_energy(), expected) < 1e-10);
    let h = HeatKernel::new(1.5, 0.05).unwrap();
    assert!(rel(h.variance(), 1.5) < 1e-13);
    let s = h.spectrum(400).unwrap();
    // Small scale: k(θ) ≈ σ² exp(−θ²/(2s²)) (spherical corrections O(s²)).
    let k = s.correlation(&[0.05]).unwrap()[0];
    assert!((k - (-0.5f64).exp()).abs() < 0.01, "{k}");
}

#[test]
fn covariance_to_spectrum_and_back() {
    // The inverse map C_l = 2π ∫ k P_l is exact by Gauss–Legendre for a band-limited k.
    let wm = WhittleMatern::with_variance(1.0, 4.0, 2.0).unwrap();
    let s = wm.spectrum(60).unwrap();
    let k = |theta: f64| s.covariance(&[theta]).unwrap()[0];
    let back = AngularSpectrum::from_covariance(k, 60, 64, "inverse").unwrap();
    for (a, b) in back.values().iter().zip(s.values()) {
        assert!((a - b).abs() < 1e-15 * s.values()[0] * 100.0, "{a} vs {b}");
    }
    // Not positive definite: a covariance with a negative Legendre coefficient is refused.
    let bad = |theta: f64| f64::cos(theta) - 0.5 * (3.0 * f64::cos(theta).powi(2) - 1.0) / 2.0;
    let err = AngularSpectrum::from_covariance(bad, 4, 8, "bad").unwrap_err();
    assert!(err.to_string().contains("Schoenberg"), "{err}");
}

#[test]
fn spectrum_tables() {
    let text = "# a CAMB-like file\nL, TT, EE\n2, 100.0, 1.0\n3, 90.0, 1.0\n4, 80.0, 1.0\n";
    let s = AngularSpectrum::from_table_str(text, TableConvention::Dl, None, "camb.csv").unwrap();
    assert_eq!(s.lmax(), 4);
    assert_eq!(s.values()[0], 0.0);
    assert!(rel(s.values()[2], 2.0 * PI * 100.0 / 6.0) < 1e-15);
    assert!(s.description().contains("camb.csv"));
    let c =
        AngularSpectrum::from_table_str("0 1\n1 0.5\n2 0.25\n", TableConvention::Cl, Some(1), "t")
            .unwrap();
    assert_eq!(c.values(), &[1.0, 0.5]);
    // Errors carry the file and the line.
    let cases = [
        ("0 1\n1 abc\n", "line 2"),
        ("0 1\n2 0.5\n", "line 2"),
        ("0 1\n1 -0.5\n", "line 2"),
        ("0 1\n1\n", "line 2"),
        ("0 1\n1.5 2\n", "line 2"),
        ("# nothing\n", "no data"),
    ];
    for (text, needle) in cases {
        let err =
            AngularSpectrum::from_table_str(text, TableConvention::Cl, None, "f.txt").unwrap_err();
        assert!(err.to_string().contains(needle), "{text:?}: {err}");
    }
    let err = AngularSpectrum::from_table_str("0 1\n1 1\n", TableConvention::Cl, Some(5), "f")
        .unwrap_err();
    assert!(err.to_string().contains("ends at l = 1"), "{err}");
    let err = AngularSpectrum::from_table_str("0 1\n", TableConvention::Dl, None, "f").unwrap_err();
    assert!(err.to_string().contains("D_0"), "{err}");
    // Files: round trip through the file system, and a clear error for a missing file.
    let dir = std::env::temp_dir().join(format!("sphfield-spectrum-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cl.txt");
    std::fs::write(&path, "0 0\n1 0\n2 3e-10\n").unwrap();
    let f = AngularSpectrum::from_table_file(&path, TableConvention::Cl, None).unwrap();
    assert_eq!(f.values()[2], 3e-10);
    let err = AngularSpectrum::from_table_file(dir.join("missing.txt"), TableConvention::Cl, None)
        .unwrap_err();
    assert!(err.to_string().contains("missing.txt"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_parameters_are_refused_with_reasons() {
    let msg = |r: Result<WhittleMatern, sphfield::Error>| r.unwrap_err().to_string();
    assert!(msg(WhittleMatern::spde(1.0, 1.0, 1.0)).contains("trace class"));
    assert!(msg(WhittleMatern::spde(1.0, 1.0, 0.5)).contains("exceed 1"));
    assert!(msg(WhittleMatern::spde(1.0, 0.0, 2.0)).contains("κ"));
    assert!(msg(WhittleMatern::spde(f64::NAN, 1.0, 2.0)).contains("τ"));
    assert!(msg(WhittleMatern::with_variance(-1.0, 1.0, 2.0)).contains("σ²"));
    assert!(msg(WhittleMatern::from_correlation_length(
        1.0,
        Length::Radians(0.0),
        1.0
    ))
    .contains("ρ"));
    assert!(msg(WhittleMatern::from_correlation_length(
        1.0,
        Length::km(-3.0),
        1.0
    ))
    .contains("ρ"));
    assert!(msg(WhittleMatern::from_correlation_length(
        1.0,
        Length::Radians(0.1),
        0.0
    ))
    .contains("ν"));
    assert!(PowerLaw::new(1.0, 2.0, 1)
        .unwrap_err()
        .to_string()
        .contains("γ > 2"));
    assert!(AngularSpectrum::new(vec![1.0, -1e-3], "x")
        .unwrap_err()
        .to_string()
        .contains("l = 1"));
    assert!(AngularSpectrum::new(vec![1.0, f64::NAN], "x").is_err());
    assert!(AngularSpectrum::new(vec![], "x").is_err());
    let s = AngularSpectrum::new(vec![1.0, 1.0], "x").unwrap();
    assert!(s.truncated(5).is_err());
    assert!(s.covariance(&[f64::INFINITY]).is_err());
    assert!(s
        .kl_divergence(&AngularSpectrum::new(vec![1.0], "y").unwrap())
        .is_err());
}

#[test]
fn sobolev_energy_converges_exactly_below_the_smoothness() {
    // docs/mathematics.md §8 item 13: E‖u‖²_{H^s} = Σ(2l+1)(1+l(l+1))^s C_l is finite iff s < α − 1. With
    // C_l ≍ l^{−2α} the terms behave like l^{1+2s−2α}: doubling the band limit adds a vanishing
    // amount for s < α − 1 (geometric decay of the increments) and a non-vanishing one at s = α − 1
    // (log growth, increment → (2 ln 2)/τ²).
    let wm = WhittleMatern::spde(1.0, 2.0, 2.5).unwrap();
    let energy = |s: f64, l: usize| wm.spectrum(l).unwrap().sobolev_energy(s);
    let below = 1.0; // s < ν = 1.5
    let inc1 = energy(below, 2000) - energy(below, 1000);
    let inc2 = energy(below, 4000) - energy(below, 2000);
    assert!(inc2 < 0.75 * inc1, "{inc1} {inc2}"); // ratio → 2^{−1} for s = ν − 1/2
    let at = 1.5; // s = ν: increments tend to 2 ln 2
    let inc = energy(at, 4000) - energy(at, 2000);
    assert!((inc - 2.0 * 2f64.ln()).abs() < 0.01, "{inc}");
    assert_eq!(wm.nu(), 1.5);
}

/// A table's tail is the model's tail minus what lies beyond the table, and the band limit it
/// chooses for a tolerance is the brute-force smallest one.
#[test]
fn table_tails_and_tolerance_band_limits() {
    use sphfield::spectrum::{SpectrumModel, WhittleMatern};
    let model = WhittleMatern::with_variance(1.0, 8.0, 2.0).unwrap();
    let table = model.spectrum(400).unwrap();
    for l in [0usize, 10, 50, 399, 400] {
        let expected = model.energy_tail(l) - model.energy_tail(400);
        let got = table.energy_tail(l);
        assert!(
            (got - expected).abs() <= 1e-12 * model.total_energy(),
            "l = {l}: {got} vs {expected}"
        );
    }
    assert_eq!(table.energy_tail(500), 0.0);
    for tol in [1e-1, 1e-2, 1e-3, 1e-4] {
        let target = tol * table.total_energy();
        let brute = (0..=400).find(|&l| table.energy_tail(l) <= target).unwrap();
        assert_eq!(
            table.lmax_for_tolerance(tol).unwrap(),
            brute,
            "tolerance {tol}"
        );
    }
    assert!(table.lmax_for_tolerance(1.5).is_err());
}
