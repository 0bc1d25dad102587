//! Constrained realisation of a HEALPix sky by harmonic conjugate gradients (docs/conditioning.md
//! §C.3–C.4): a Galactic-style cut |latitude| < 17° (about 30 % of the sky) on nside 512, C_ℓ from
//! the example table to lmax 1535, white noise of `NOISE_UK` µK per pixel. Prints the set-up time,
//! the iterations, the time per iteration and one synthesis + adjoint pair for comparison.
//!
//!     cargo run --release --example condition_timing -- [nside] [threads] [noise_uK]

use sphfield::condition::{CgOptions, HarmonicKriging, MapObservations, PixelNoise, Points};
use sphfield::kl::KlSampler;
use sphfield::spectrum::{AngularSpectrum, TableConvention};
use sphfield::{Geometry, Par, Sht};
use std::time::Instant;

fn main() -> sphfield::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let nside: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(512);
    let threads: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let noise_uk: f64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10.0);
    let par = Par::threads(threads);
    let lmax = 3 * nside - 1;
    let table = concat!(env!("CARGO_MANIFEST_DIR"), "/data/example_cmb_like_dl.txt");
    let spectrum = AngularSpectrum::from_table_file(table, TableConvention::Dl, Some(lmax))?;
    let geometry = Geometry::healpix(nside)?;
    let sht = Sht::new(geometry.clone(), lmax, lmax)?;
    let truth = sht.synthesis(&KlSampler::new(&spectrum, 1).sample(0, par), par)?;
    let lat = Points::of_geometry(&geometry).latitudes_degrees();
    let mask: Vec<bool> = lat.iter().map(|b| b.abs() >= 17.0).collect();
    let observed = mask.iter().filter(|m| **m).count();
    let obs = MapObservations::new(
        geometry.clone(),
        truth.values().to_vec(),
        mask,
        PixelNoise::Uniform(noise_uk * noise_uk),
    )?;
    let t = Instant::now();
    let options = CgOptions {
        tolerance: 1e-6,
        max_iterations: 5000,
    };
    let kriging = HarmonicKriging::new(&sht, &spectrum, obs, options, par)?;
    let setup = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let draws = kriging.draws(7, 0..1, par)?;
    let solve = t.elapsed().as_secs_f64();
    let report = draws[0].1;
    let alm = KlSampler::new(&spectrum, 2).sample(0, par);
    let t = Instant::now();
    let rounds = 3;
    for _ in 0..rounds {
        let map = sht.synthesis(&alm, par)?;
        std::hint::black_box(sht.adjoint_synthesis(map.values(), par)?);
    }
    let pair = t.elapsed().as_secs_f64() / rounds as f64;
    let per_iteration = solve / report.iterations as f64;
    println!(
        "nside {nside}, lmax {lmax}, {threads} thread(s), observed {:.1} % of the sky, noise {noise_uk} uK",
        100.0 * observed as f64 / geometry.npix() as f64
    );
    println!("set-up (preconditioner) {setup:.2} s");
    println!(
        "constrained realisation: {} iterations to {:.1e}, {solve:.2} s, {per_iteration:.3} s per iteration",
        report.iterations, report.relative_residual
    );
    println!(
        "synthesis + adjoint pair {pair:.3} s; iteration / pair = {:.2}",
        per_iteration / pair
    );
    Ok(())
}
