//! Times the synfast job (draw alm from a spectrum + synthesis on HEALPix) and anafast (analysis
//! with healpy's default 3 iterations + spectrum estimate); prints one JSON line. Called by
//! bench/compare_healpy.py, which runs healpy on the same job in the same run.
//!
//! Usage: synfast_timing NSIDE LMAX THREADS REPS

use sphfield::kl::KlSampler;
use sphfield::sht::AnalysisSolver;
use sphfield::spectrum::{anafast, SpectrumModel, WhittleMatern};
use sphfield::{AnalysisOptions, Geometry, Par, Sht};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg =
        |i: usize, default: usize| args.get(i).and_then(|v| v.parse().ok()).unwrap_or(default);
    let nside = arg(1, 256);
    let lmax = arg(2, 2 * nside);
    let threads = arg(3, 1);
    let reps = arg(4, 3);
    let par = Par::threads(threads);
    // The spectrum the Python side uses too: Whittle–Matérn, σ² = 1, κ = 20, α = 2.
    let spectrum = WhittleMatern::with_variance(1.0, 20.0, 2.0)
        .expect("valid model")
        .spectrum(lmax)
        .expect("valid lmax");
    let t = Instant::now();
    let sht = Sht::new(Geometry::healpix(nside).expect("nside"), lmax, lmax).expect("plan");
    let plan_s = t.elapsed().as_secs_f64();
    let sampler = KlSampler::new(&spectrum, 1);
    let mut map = sampler.sample_map(&sht, 0, par).expect("synfast"); // warm-up
    let (mut ts, mut ta, mut tdraw) = (Vec::new(), Vec::new(), Vec::new());
    let mut cl1 = 0.0;
    for rep in 0..reps {
        let t = Instant::now();
        map = sampler.sample_map(&sht, rep as u64, par).expect("synfast");
        ts.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let drawn = sampler.sample(rep as u64, par);
        tdraw.push(t.elapsed().as_secs_f64());
        drop(drawn);
        let t = Instant::now();
        // healpy's anafast(iter=3): three Jacobi steps, for a like-for-like comparison.
        let options = AnalysisOptions::iterations(3).with_solver(AnalysisSolver::Jacobi);
        let alm = sht
            .analysis_refined(map.values(), options, par)
            .expect("analysis");
        let est = anafast(&alm).expect("finite spectrum");
        ta.push(t.elapsed().as_secs_f64());
        cl1 = est.values()[lmax / 2] / spectrum.values()[lmax / 2];
    }
    println!(
        "{{\"nside\": {nside}, \"lmax\": {lmax}, \"threads\": {threads}, \"plan_s\": {plan_s:.6}, \"synfast_s\": {:.6}, \"draw_s\": {:.6}, \"anafast_s\": {:.6}, \"cl_ratio_mid\": {cl1:.4}, \"npix\": {}}}",
        median(ts),
        median(tdraw),
        median(ta),
        map.values().len()
    );
}
