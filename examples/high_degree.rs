//! High-degree accuracy: round-trip error analysis(synthesis(a)) on Gauss–Legendre grids at
//! large lmax (default 4095 and 8191; goals ≤ 1e-12 and ≤ 3e-12, L2-relative).
//!
//! `cargo run --release --example high_degree -- [LMAX ...]`  (threads: SPHFIELD_NUM_THREADS, default all)
//! Needs about 16·lmax² bytes × 4 of memory (≈ 4.5 GB at 8191).

use sphfield::{Alm, Geometry, Par, Sht};
use std::time::Instant;

fn main() {
    let mut lmaxes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    if lmaxes.is_empty() {
        lmaxes = vec![4095, 8191];
    }
    let threads = std::env::var("SPHFIELD_NUM_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let par = Par::threads(threads);
    for lmax in lmaxes {
        let t = Instant::now();
        let sht = Sht::new(
            Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).expect("grid"),
            lmax,
            lmax,
        )
        .expect("plan");
        let t_plan = t.elapsed();
        let alm = Alm::random_uniform(lmax, lmax, lmax as u64).expect("valid lmax");
        let t = Instant::now();
        let map = sht.synthesis(&alm, par).expect("synthesis");
        let t_syn = t.elapsed();
        let t = Instant::now();
        let back = sht.analysis(map.values(), par).expect("analysis");
        let t_ana = t.elapsed();
        println!(
            "lmax {lmax}: L2-relative error {:.2e}, max-abs relative {:.2e}; plan (grid+plan) {:.2?}, synthesis {:.2?}, analysis {:.2?}, {} threads, {:?}",
            back.relative_l2_error(&alm).expect("same shape"),
            alm.max_abs_diff(&back).unwrap() / alm.max_abs(),
            t_plan,
            t_syn,
            t_ana,
            par.count(),
            sht.isa()
        );
    }
}
