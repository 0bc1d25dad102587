//! Accuracy and time of the HEALPix analysis solvers on a band-limited map: for each number of
//! steps, the L2-relative coefficient error of Jacobi steps (healpy's `iter`) and of conjugate
//! gradients, and the default analysis. Prints one JSON line per row (bench/compare_healpy.py
//! reads the `default` row).
//!
//! Usage: healpix_analysis NSIDE LMAX THREADS [MAX_STEPS]

use std::time::Instant;

use sphfield::sht::AnalysisSolver;
use sphfield::{Alm, AnalysisOptions, Geometry, Par, Sht};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let nside: usize = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(256);
    let lmax: usize = args
        .get(2)
        .and_then(|v| v.parse().ok())
        .unwrap_or(2 * nside);
    let threads: usize = args.get(3).and_then(|v| v.parse().ok()).unwrap_or(1);
    let max_steps: usize = args.get(4).and_then(|v| v.parse().ok()).unwrap_or(12);
    let par = Par::threads(threads);
    let sht = Sht::new(Geometry::healpix(nside).expect("nside"), lmax, lmax).expect("plan");
    let alm = Alm::random_uniform(lmax, lmax, 7).expect("alm");
    let map = sht.synthesis(&alm, par).expect("synthesis");
    let run = |options: AnalysisOptions| {
        let t = Instant::now();
        let (back, report) = sht
            .analysis_with(map.values(), options, par)
            .expect("analysis");
        let seconds = t.elapsed().as_secs_f64();
        let err = back.relative_l2_error(&alm).expect("same shape");
        (seconds, err, report.iterations)
    };
    for steps in 0..=max_steps {
        for (name, solver) in [
            ("jacobi", AnalysisSolver::Jacobi),
            ("cg", AnalysisSolver::ConjugateGradient),
        ] {
            let (s, err, taken) = run(AnalysisOptions::iterations(steps).with_solver(solver));
            println!(
                "{{\"nside\": {nside}, \"lmax\": {lmax}, \"threads\": {threads}, \"solver\": \"{name}\", \"steps\": {taken}, \"seconds\": {s:.4}, \"l2_rel_err\": {err:.3e}}}"
            );
        }
    }
    let (s, err, taken) = run(AnalysisOptions::default());
    println!(
        "{{\"nside\": {nside}, \"lmax\": {lmax}, \"threads\": {threads}, \"solver\": \"default\", \"steps\": {taken}, \"seconds\": {s:.4}, \"l2_rel_err\": {err:.3e}}}"
    );
}
