//! Times synthesis and analysis on a Gauss–Legendre grid and prints one JSON line; called by
//! bench/compare_ducc0.py (which runs ducc0 on the same grid in the same run).
//!
//! Usage: sht_timing LMAX THREADS REPS [gl|cc|f1] [scalar|avx2|avx512]
//! Same random coefficients as the Python side's generator is not needed: both report the
//! round-trip error of their own uniform random alm (Re, Im in [−1, 1), Im a_l0 = 0).

use sphfield::{Alm, Geometry, Par, Sht};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lmax: usize = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(1023);
    let threads: usize = args.get(2).and_then(|v| v.parse().ok()).unwrap_or(1);
    let reps: usize = args.get(3).and_then(|v| v.parse().ok()).unwrap_or(5);
    let grid = args.get(4).map(String::as_str).unwrap_or("gl");
    let geom = match grid {
        "cc" => Geometry::clenshaw_curtis(lmax + 2, 2 * lmax + 2),
        "f1" => Geometry::fejer1(lmax + 1, 2 * lmax + 2),
        _ => Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2),
    }
    .expect("valid grid");
    let t = Instant::now();
    let mut sht = Sht::new(geom, lmax, lmax).expect("valid plan");
    if let Some(isa) = args.get(5) {
        let isa = match isa.as_str() {
            "scalar" => sphfield::Isa::Scalar,
            "avx2" => sphfield::Isa::Avx2,
            _ => sphfield::Isa::Avx512,
        };
        sht = sht
            .with_isa(isa)
            .expect("instruction set supported by this CPU");
    }
    let plan_s = t.elapsed().as_secs_f64();
    let par = Par::threads(threads);
    let alm = Alm::random_uniform(lmax, lmax, 1).unwrap();
    let mut map = vec![0.0; sht.geometry().npix()];
    sht.synthesis_into(&alm, &mut map, par).unwrap(); // warm-up (pools, page faults)
    let mut ts = Vec::new();
    let mut ta = Vec::new();
    let mut back = alm.clone();
    for _ in 0..reps {
        let t = Instant::now();
        sht.synthesis_into(&alm, &mut map, par).unwrap();
        ts.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        back = sht.analysis(&map, par).unwrap();
        ta.push(t.elapsed().as_secs_f64());
    }
    let max_rel = alm.max_abs_diff(&back).unwrap() / alm.max_abs();
    println!(
        "{{\"lmax\": {lmax}, \"threads\": {threads}, \"grid\": \"{grid}\", \"isa\": \"{:?}\", \"plan_s\": {plan_s:.6}, \"synthesis_s\": {:.6}, \"analysis_s\": {:.6}, \"l2_rel_err\": {:.3e}, \"max_rel_err\": {:.3e}}}",
        sht.isa(),
        median(ts),
        median(ta),
        back.relative_l2_error(&alm).expect("same shape"),
        max_rel
    );
}
