//! Times spin-2 synthesis and adjoint synthesis on a Gauss–Legendre grid, next to two scalar
//! syntheses and adjoints on the same plan, and prints one JSON line; called by
//! bench/compare_ducc0_spin.py (which runs ducc0 on the same grid in the same run).
//!
//! Usage: spin_timing LMAX THREADS REPS [scalar|avx2|avx512] [SPIN]

use sphfield::{Alm, Geometry, Isa, Par, Sht, SpinAlm};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lmax: usize = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(1023);
    let threads: usize = args.get(2).and_then(|v| v.parse().ok()).unwrap_or(1);
    let reps: usize = args.get(3).and_then(|v| v.parse().ok()).unwrap_or(3);
    let spin: usize = args.get(5).and_then(|v| v.parse().ok()).unwrap_or(2);
    let geom = Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).expect("valid grid");
    let mut sht = Sht::new(geom, lmax, lmax).expect("valid plan");
    if let Some(isa) = args.get(4) {
        let isa = match isa.as_str() {
            "scalar" => Isa::Scalar,
            "avx2" => Isa::Avx2,
            _ => Isa::Avx512,
        };
        sht = sht
            .with_isa(isa)
            .expect("instruction set supported by this CPU");
    }
    let par = Par::threads(threads);
    let mut alm = SpinAlm {
        e: Alm::random_uniform(lmax, lmax, 1).unwrap(),
        b: Alm::random_uniform(lmax, lmax, 2).unwrap(),
    };
    for a in [&mut alm.e, &mut alm.b] {
        for l in 0..spin {
            for m in 0..=l {
                a[(l, m)] = num_complex::Complex64::new(0.0, 0.0);
            }
        }
    }
    let npix = sht.geometry().npix();
    let (mut q, mut u) = (vec![0.0; npix], vec![0.0; npix]);
    sht.spin_synthesis_into(spin, &alm, &mut q, &mut u, par)
        .unwrap(); // warm-up
    let (mut ts, mut ta, mut ss, mut sa) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut back = alm.clone();
    for _ in 0..reps {
        let t = Instant::now();
        sht.spin_synthesis_into(spin, &alm, &mut q, &mut u, par)
            .unwrap();
        ts.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let adj = sht.spin_adjoint_synthesis(spin, &q, &u, par).unwrap();
        ta.push(t.elapsed().as_secs_f64());
        std::hint::black_box(adj);
        let t = Instant::now();
        sht.synthesis_into(&alm.e, &mut q, par).unwrap();
        sht.synthesis_into(&alm.b, &mut u, par).unwrap();
        ss.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        std::hint::black_box(sht.adjoint_synthesis(&q, par).unwrap());
        std::hint::black_box(sht.adjoint_synthesis(&u, par).unwrap());
        sa.push(t.elapsed().as_secs_f64());
    }
    sht.spin_synthesis_into(spin, &alm, &mut q, &mut u, par)
        .unwrap();
    back = match sht.spin_analysis(spin, &q, &u, par) {
        Ok(b) => b,
        Err(_) => back,
    };
    let err = back
        .e
        .max_abs_diff(&alm.e)
        .unwrap()
        .max(back.b.max_abs_diff(&alm.b).unwrap())
        / alm.e.max_abs().max(alm.b.max_abs());
    println!(
        "{{\"lmax\": {lmax}, \"threads\": {threads}, \"isa\": \"{:?}\", \"spin\": {spin}, \"synthesis_s\": {:.6}, \"adjoint_s\": {:.6}, \"two_scalar_synthesis_s\": {:.6}, \"two_scalar_adjoint_s\": {:.6}, \"max_rel_err\": {err:.3e}}}",
        sht.isa(),
        median(ts),
        median(ta),
        median(ss),
        median(sa),
    );
}
