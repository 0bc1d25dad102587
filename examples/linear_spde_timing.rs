//! One reverse-SDE step with a linear-SPDE forward process against one OU step (issue goal ≤ 1.1×),
//! Gaussian prior, lmax 511, one thread; best of 5 runs of 100 steps. Prints ratios.
//!
//! Run: `cargo run --release --example linear_spde_timing [-- LMAX]`.

use sphfield::ou::{Generator, LinearSpde, Schedule};
use sphfield::sampler::{ReverseMethod, ReverseSde};
use sphfield::score::GaussianPrior;
use sphfield::spectrum::{SpectrumModel, WhittleMatern};
use std::time::Instant;

fn main() {
    let lmax: usize = std::env::args()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(511);
    let q = WhittleMatern::with_variance(1.0, 10.0, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap();
    let data = WhittleMatern::with_variance(1.0, 20.0, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap();
    let steps = 100;
    let schedule = Schedule::geometric(1e-4, 10.0, steps).unwrap();
    let drifts = [
        ("ou", Generator::OrnsteinUhlenbeck),
        ("heat", Generator::heat(1e-3).unwrap()),
        (
            "matern(0.5, 2, 0.75)",
            Generator::matern(0.5, 2.0, 0.75).unwrap(),
        ),
    ];
    // The score-form exponential integrator overflows for the stiff drifts at high degree:
    // the denoiser-form methods are the ones that serve them.
    for method in [ReverseMethod::Ancestral, ReverseMethod::ExponentialHeun] {
        let mut ou_time = 0.0;
        for (name, g) in &drifts {
            let sde = LinearSpde::with_generator(q.clone(), 1.0, g.clone()).unwrap();
            let prior = GaussianPrior::new(sde, data.clone(), None).unwrap();
            let sampler = ReverseSde::new(schedule.clone(), method);
            let best = (0..5)
                .map(|k| {
                    let t = Instant::now();
                    let _ = sampler.sample(&prior, 1, k).unwrap();
                    t.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            let per_step = best / steps as f64 * 1e3;
            if *name == "ou" {
                ou_time = per_step;
            }
            println!(
                "{method:?} lmax {lmax}, {name}: {per_step:.3} ms per step, {:.3} x OU",
                per_step / ou_time
            );
        }
    }
}
