//! Spin-weighted transforms: syntheses and gradients against healpy and ducc0
//! (data/spin_reference.txt, made by scripts/make_spin_reference.py), closed forms at low
//! degree, round trips and the adjoint identity.

use num_complex::Complex64;
use sphfield::{Alm, AnalysisOptions, Geometry, Isa, Par, Sht, SpinAlm};
use std::f64::consts::PI;

struct Case {
    name: String,
    geometry: Geometry,
    spin: usize,
    lmax: usize,
    alm: SpinAlm,
    pixels: Vec<(usize, f64, f64)>,
}

/// The coefficient formula of scripts/make_spin_reference.py for case number k.
fn formula_alm(lmax: usize, spin: usize, k: usize, gradient: bool) -> SpinAlm {
    let mut alm = SpinAlm::zeros(lmax, lmax).unwrap();
    let k = k as f64;
    for m in 0..=lmax {
        for l in m.max(spin)..=lmax {
            let (lf, mf) = (l as f64, m as f64);
            let mut e = Complex64::new(
                (1.3 * lf + 0.7 * mf + k).sin(),
                (0.9 * lf - 1.1 * mf + k).cos(),
            );
            let mut b = Complex64::new(
                (0.5 * lf + 2.1 * mf + k).sin(),
                (1.7 * lf + 0.3 * mf + k).cos(),
            );
            if m == 0 {
                e.im = 0.0;
                b.im = 0.0;
            }
            alm.e[(l, m)] = e;
            if !gradient {
                alm.b[(l, m)] = b;
            }
        }
    }
    alm
}

fn reference_cases() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/spin_reference.txt"
    ))
    .unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#')).peekable();
    let mut cases = Vec::new();
    while let Some(head) = lines.next() {
        let f: Vec<&str> = head.split_whitespace().collect();
        assert_eq!(f[0], "case");
        let n: Vec<usize> = f[3..].iter().map(|v| v.parse().unwrap()).collect();
        let (n1, n2, spin, lmax) = (n[0], n[1], n[2], n[3]);
        let geometry = match f[2] {
            "healpix" => Geometry::healpix(n1),
            "gl" => Geometry::gauss_legendre(n1, n2),
            "cc" => Geometry::clenshaw_curtis(n1, n2),
            "f1" => Geometry::fejer1(n1, n2),
            g => panic!("unknown grid {g}"),
        }
        .unwrap();
        let count: usize = lines.next().unwrap()["pixels ".len()..].parse().unwrap();
        let pixels = (0..count)
            .map(|_| {
                let v: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
                (
                    v[0].parse().unwrap(),
                    v[1].parse().unwrap(),
                    v[2].parse().unwrap(),
                )
            })
            .collect();
        let alm = formula_alm(lmax, spin, cases.len(), spin == 0);
        cases.push(Case {
            name: f[1].to_string(),
            geometry,
            spin,
            lmax,
            alm,
            pixels,
        });
    }
    cases
}

/// Largest |ours − reference| over the stored pixels, relative to the largest reference value.
fn relative_error(case: &Case, q: &[f64], u: &[f64]) -> f64 {
    let scale = case
        .pixels
        .iter()
        .map(|p| p.1.abs().max(p.2.abs()))
        .fold(0.0, f64::max);
    let worst = case
        .pixels
        .iter()
        .map(|&(i, rq, ru)| (q[i] - rq).abs().max((u[i] - ru).abs()))
        .fold(0.0, f64::max);
    worst / scale
}

#[test]
fn spin_synthesis_and_gradient_match_healpy_and_ducc0() {
    let cases = reference_cases();
    assert_eq!(cases.len(), 10);
    let mut failures = Vec::new();
    for case in &cases {
        for isa in [Isa::Scalar, Isa::Avx2, Isa::Avx512, Isa::Neon] {
            let Ok(sht) = Sht::new(case.geometry.clone(), case.lmax, case.lmax)
                .unwrap()
                .with_isa(isa)
            else {
                continue;
            };
            let (q, u) = if case.spin == 0 {
                sht.gradient(&case.alm.e, Par::threads(2)).unwrap()
            } else {
                sht.spin_synthesis(case.spin, &case.alm, Par::threads(2))
                    .unwrap()
            };
            let err = relative_error(case, q.values(), u.values());
            println!("{} {isa:?}: max relative difference {err:.2e}", case.name);
            if !(err < 1e-12) {
                failures.push(format!("{} {isa:?}: {err:e}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
