//! One reverse-SDE step with a linear-SPDE forward process against one OU step (issue goal ≤ 1.1×),
//! Gaussian prior, lmax 511, one thread; best of 7 alternating runs of 100 steps. Prints ratios.
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
    // The score-form exponential integrator is unstable for the stiff drifts at high degree:
    // the denoiser-form methods are the ones that serve them.
    for method in [ReverseMethod::Ancestral, ReverseMethod::ExponentialHeun] {
        let priors: Vec<GaussianPrior> = drifts
            .iter()
            .map(|(_, g)| {
                let sde = LinearSpde::with_generator(q.clone(), 1.0, g.clone()).unwrap();
                GaussianPrior::new(sde, data.clone(), None).unwrap()
            })
            .collect();
        let sampler = ReverseSde::new(schedule.clone(), method);
        // Rounds alternate the drifts, so that a slow spell of the machine hits all of them;
        // the best time of each is kept.
        let mut best = vec![f64::INFINITY; drifts.len()];
        for round in 0..7 {
            for (b, prior) in best.iter_mut().zip(&priors) {
                let t = Instant::now();
                let _ = sampler.sample(prior, 1, round).unwrap();
                *b = b.min(t.elapsed().as_secs_f64());
            }
        }
        for ((name, _), b) in drifts.iter().zip(&best) {
            println!(
                "{method:?} lmax {lmax}, {name}: {:.3} ms per step, {:.3} x OU",
                b / steps as f64 * 1e3,
                b / best[0]
            );
        }
    }
}
