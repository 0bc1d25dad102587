//! Harmonic oracles of docs/mathematics.md §8 (items 1, 3) and reference values from mpmath and healpy
//! (files under data/, made by scripts/make_reference.py).

mod common;
use common::random_alm;
use num_complex::Complex64;
use rand::{Rng, SeedableRng};
use sphfield::sht::AnalysisSolver;
use sphfield::{Alm, AnalysisOptions, Geometry, Par, RingSpec, Sht};
use std::f64::consts::PI;

fn point(theta: f64, phi: f64) -> Geometry {
    Geometry::from_rings(&[RingSpec {
        theta,
        phi0: phi,
        nphi: 1,
        weight: 0.0,
    }])
    .unwrap()
}

#[test]
fn single_harmonics_match_mpmath() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/ylm_reference.txt"
    ))
    .unwrap();
    let mut checked = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let (l, m): (usize, usize) = (f[0].parse().unwrap(), f[1].parse().unwrap());
        let theta: f64 = f[2].parse().unwrap();
        let expected: f64 = f[3].parse().unwrap();
        let sht = Sht::new(point(theta, 0.0), l, m).unwrap();
        let mut alm = Alm::zeros(l, m).unwrap();
        alm[(l, m)] = Complex64::new(1.0, 0.0);
        let got = sht.synthesis(&alm, Par::Seq).unwrap().values()[0];
        // Real field: the m > 0 term enters as 2 Re(a Y) = 2 Y at φ = 0.
        let got = if m > 0 { got / 2.0 } else { got };
        // Error scale: |Y_lm| ≤ √((2l+1)/4π); the recurrence costs O(l) roundings, random-walk √l.
        let scale = ((2 * l + 1) as f64 / (4.0 * PI)).sqrt();
        let tol = 100.0 * f64::EPSILON * ((l + 1) as f64).sqrt() * scale;
        assert!(
            (got - expected).abs() <= tol,
            "Y_{l}^{m}({theta}) = {got:e}, expected {expected:e}"
        );
        checked += 1;
    }
    assert_eq!(checked, 288);
}

#[test]
fn addition_theorem_with_arbitrary_points() {
    // Σ_m Y_l^m(x) conj Y_l^m(y) = (2l+1)/(4π) P_l(x·y), via the adjoint of point evaluations.
    let lmax = 60;
    let pts = [(0.3, 1.1), (2.0, -0.4 + 2.0 * PI), (1.5, 3.0), (0.001, 0.2)];
    let conj_y: Vec<Alm> = pts
        .iter()
        .map(|&(t, p)| {
            Sht::new(point(t, p), lmax, lmax)
                .unwrap()
                .adjoint_synthesis(&[1.0], Par::Seq)
                .unwrap()
        })
        .collect();
    for i in 0..pts.len() {
        for j in 0..pts.len() {
            let (a, b) = (pts[i], pts[j]);
            // x·x = 1 exactly (the rounded formula would put an error of l² ε into P_l).
            let cosg = if i == j {
                1.0
            } else {
                a.0.cos() * b.0.cos() + a.0.sin() * b.0.sin() * (a.1 - b.1).cos()
            };
            let (mut p0, mut p1) = (1.0, cosg);
            for l in 0..=lmax {
                let pl = if l == 0 { 1.0 } else { p1 };
                let mut w = vec![0.0; lmax + 1];
                w[l] = 1.0;
                let got = conj_y[i].dot_weighted(&conj_y[j], &w).unwrap();
                let expected = (2 * l + 1) as f64 / (4.0 * PI) * pl;
                // Sum of 2l+1 products of size ≤ (2l+1)/4π: rounding ~ ε per term.
                assert!(
                    (got - expected).abs() < 50.0 * f64::EPSILON * (2 * l + 1) as f64,
                    "l={l} pts {i},{j}: {got} vs {expected}"
                );
                if l >= 1 {
                    let lf = (l + 1) as f64;
                    let next = ((2.0 * lf - 1.0) * cosg * p1 - (lf - 1.0) * p0) / lf;
                    p0 = p1;
                    p1 = next;
                }
            }
        }
    }
}

#[test]
fn orthonormality_on_gauss_legendre() {
    // Gram matrix of synthesised basis fields under the GL quadrature equals the alm inner product.
    let lmax = 8;
    let geom = std::sync::Arc::new(Geometry::gauss_legendre(lmax + 1, 2 * lmax + 1).unwrap());
    let sht = Sht::new(geom.clone(), lmax, lmax).unwrap();
    let mut basis = Vec::new();
    for m in 0..=lmax {
        for l in m..=lmax {
            for im in [false, true] {
                if m == 0 && im {
                    continue;
                }
                let mut a = Alm::zeros(lmax, lmax).unwrap();
                a[(l, m)] = if im {
                    Complex64::new(0.0, 1.0)
                } else {
                    Complex64::new(1.0, 0.0)
                };
                basis.push(a);
            }
        }
    }
    let maps: Vec<Vec<f64>> = basis
        .iter()
        .map(|a| sht.synthesis(a, Par::Seq).unwrap().into_values())
        .collect();
    let mut worst: f64 = 0.0;
    for i in 0..basis.len() {
        for j in 0..basis.len() {
            let mut gram = 0.0;
            for r in geom.rings() {
                gram += r.weight
                    * (r.offset..r.offset + r.nphi)
                        .map(|p| maps[i][p] * maps[j][p])
                        .sum::<f64>();
            }
            let expected = basis[i].dot(&basis[j]).unwrap();
            worst = worst.max((gram - expected).abs());
        }
    }
    assert!(worst < 1e-14, "Gram error {worst:e}");
}

fn adjoint_check(geom: Geometry, lmax: usize, mmax: usize, seed: u64) {
    let sht = Sht::new(geom, lmax, mmax).unwrap();
    let a = random_alm(lmax, mmax, seed);
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed + 1);
    let f: Vec<f64> = (0..sht.geometry().npix())
        .map(|_| rng.gen_range(-1.0..1.0))
        .collect();
    let ya = sht.synthesis(&a, Par::Seq).unwrap();
    let lhs: f64 = ya.values().iter().zip(&f).map(|(x, y)| x * y).sum();
    let rhs = a
        .dot(&sht.adjoint_synthesis(&f, Par::Seq).unwrap())
        .unwrap();
    let scale: f64 = ya.values().iter().zip(&f).map(|(x, y)| (x * y).abs()).sum();
    // Both sides are sums of the same products in different orders: |diff| ≲ ε·√(terms)·scale.
    assert!((lhs - rhs).abs() < 1e-13 * scale, "{lhs} vs {rhs}");
}

#[test]
fn adjoint_identity() {
    adjoint_check(Geometry::gauss_legendre(33, 65).unwrap(), 32, 32, 3);
    adjoint_check(Geometry::healpix(8).unwrap(), 40, 30, 4); // lmax > 3 nside: aliasing in φ
    adjoint_check(Geometry::clenshaw_curtis(20, 7).unwrap(), 25, 25, 5); // nφ < 2 mmax + 1
    adjoint_check(
        Geometry::fejer1(13, 30).unwrap().with_phi0(0.3).unwrap(),
        12,
        12,
        6,
    );
}

fn healpix_reference() -> (usize, Alm, Vec<f64>) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/healpix_reference.txt"
    ))
    .unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let head: Vec<usize> = lines
        .next()
        .unwrap()
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect();
    let (nside, lmax) = (head[0], head[1]);
    let mut alm = Alm::zeros(lmax, lmax).unwrap();
    for _ in 0..alm.len() {
        let f: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
        alm[(f[0].parse().unwrap(), f[1].parse().unwrap())] =
            Complex64::new(f[2].parse().unwrap(), f[3].parse().unwrap());
    }
    let values: Vec<f64> = lines.map(|l| l.trim().parse().unwrap()).collect();
    assert_eq!(values.len(), 12 * nside * nside);
    (nside, alm, values)
}

#[test]
fn healpix_synthesis_matches_healpy() {
    let (nside, alm, expected) = healpix_reference();
    let sht = Sht::new(Geometry::healpix(nside).unwrap(), alm.lmax(), alm.mmax()).unwrap();
    let map = sht.synthesis(&alm, Par::Seq).unwrap();
    let scale = expected.iter().map(|v| v.abs()).fold(0.0, f64::max);
    let worst = map
        .values()
        .iter()
        .zip(&expected)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    // Two independent O(L²)-term sums: a few hundred ulps × √L of the field's size.
    assert!(
        worst < 200.0 * f64::EPSILON * ((alm.lmax() + 1) as f64).sqrt() * scale,
        "max diff {worst:e} (scale {scale})"
    );
}

#[test]
fn healpix_iterative_analysis_converges() {
    let (nside, alm, values) = healpix_reference();
    let sht = Sht::new(Geometry::healpix(nside).unwrap(), alm.lmax(), alm.mmax()).unwrap();
    let (back, report) = sht
        .analysis_with(
            &values,
            AnalysisOptions::iterations(6).with_solver(AnalysisSolver::Jacobi),
            Par::Seq,
        )
        .unwrap();
    println!("residuals {:?}", report.residuals);
    assert_eq!(report.residuals.len(), 7);
    for w in report.residuals.windows(2) {
        assert!(
            w[1] < w[0],
            "residual must decrease: {:?}",
            report.residuals
        );
    }
    // lmax 40 < 3 nside: synthesis restricted to band-limited fields is well conditioned (its
    // singular values are O(1) multiples of √(npix/4π)), so the relative coefficient error is
    // within a small factor of the relative map residual; we allow 10×.
    let err = common::l2_rel_err(&alm, &back);
    let last = *report.residuals.last().unwrap();
    println!("coefficient error {err:e}, residual {last:e}");
    assert!(
        err < 10.0 * last,
        "coefficient error {err:e} vs residual {last:e}"
    );
    // The default (conjugate gradients to the tolerance) is at least as accurate as six Jacobi
    // steps, in at most the default number of steps.
    let (best, default_report) = sht
        .analysis_with(&values, AnalysisOptions::default(), Par::Seq)
        .unwrap();
    assert!(default_report.iterations <= sphfield::sht::DEFAULT_ANALYSIS_STEPS);
    let best_err = common::l2_rel_err(&alm, &best);
    println!(
        "default: {} steps, coefficient error {best_err:e}",
        default_report.iterations
    );
    assert!(best_err <= err, "{best_err:e} vs Jacobi's {err:e}");
}
