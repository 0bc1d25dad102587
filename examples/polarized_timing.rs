//! Times a polarised sky T, Q, U on HEALPix (draw of T, E, B and the scalar + spin-2
//! syntheses), as healpy's `synfast(pol=True)` does, and prints one JSON line; called by
//! bench/compare_healpy_pol.py.
//!
//! Usage: polarized_timing NSIDE THREADS REPS

use sphfield::vector::{PolarizedSky, PolarizedSpectra};
use sphfield::{Geometry, Par, Sht};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let nside: usize = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(1024);
    let threads: usize = args.get(2).and_then(|v| v.parse().ok()).unwrap_or(1);
    let reps: usize = args.get(3).and_then(|v| v.parse().ok()).unwrap_or(3);
    let lmax = 3 * nside - 1;
    // A smooth CMB-like shape (the timing does not depend on the values).
    let tt: Vec<f64> = (0..=lmax)
        .map(|l| {
            if l < 2 {
                0.0
            } else {
                1.0 / (l * (l + 1)) as f64
            }
        })
        .collect();
    let spectra = PolarizedSpectra {
        ee: tt.iter().map(|v| 0.05 * v).collect(),
        bb: tt.iter().map(|v| 0.005 * v).collect(),
        te: tt.iter().map(|v| 0.1 * v).collect(),
        tt,
    };
    let t = Instant::now();
    let sht = Sht::new(Geometry::healpix(nside).unwrap(), lmax, lmax).unwrap();
    let plan_s = t.elapsed().as_secs_f64();
    let par = Par::threads(threads);
    let mut times = Vec::new();
    for k in 0..reps {
        let t = Instant::now();
        let sky = PolarizedSky::sample(&spectra, 1, k as u64, par).unwrap();
        let maps = sky.to_maps(&sht, par).unwrap();
        std::hint::black_box(&maps);
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{{\"nside\": {nside}, \"lmax\": {lmax}, \"threads\": {threads}, \"isa\": \"{:?}\", \"plan_s\": {plan_s:.4}, \"synfast_pol_s\": {:.4}}}",
        sht.isa(),
        times[times.len() / 2]
    );
}
