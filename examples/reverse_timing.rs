//! Times a 1000-step reverse-SDE run (exponential integrator) at lmax 511 with the Gaussian
//! prior and with an empirical prior of 100 fields; prints one JSON line.
//!
//! Usage: reverse_timing [LMAX] [STEPS] [THREADS]

use sphfield::ou::{OrnsteinUhlenbeck, Schedule};
use sphfield::sampler::{ReverseMethod, ReverseSde};
use sphfield::score::{EmpiricalPrior, GaussianPrior};
use sphfield::spectrum::{SpectrumModel, WhittleMatern};
use sphfield::{Alm, Par};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize, d: usize| args.get(i).and_then(|v| v.parse().ok()).unwrap_or(d);
    let (lmax, steps, threads) = (arg(1, 511), arg(2, 1000), arg(3, 1));
    let par = Par::threads(threads);
    let q = WhittleMatern::with_variance(1.0, 10.0, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap();
    let ou = OrnsteinUhlenbeck::new(q.clone(), 1.0).unwrap();
    let sde = ReverseSde::new(
        Schedule::geometric(1e-3, 10.0, steps).unwrap(),
        ReverseMethod::ExponentialIntegrator,
    );
    let gauss = GaussianPrior::new(ou.clone(), q, None).unwrap();
    let t = Instant::now();
    let _ = par.count();
    let _y = sde.sample(&gauss, 1, 0).unwrap();
    let gaussian_s = t.elapsed().as_secs_f64();
    let data: Vec<Alm> = (0..100)
        .map(|i| Alm::random_uniform(lmax, lmax, i).unwrap())
        .collect();
    let emp = EmpiricalPrior::new(ou, &data, par).unwrap();
    let t = Instant::now();
    let _y = sde.sample(&emp, 1, 0).unwrap();
    let empirical_s = t.elapsed().as_secs_f64();
    println!(
        "{{\"lmax\": {lmax}, \"steps\": {steps}, \"threads\": {threads}, \"gaussian_prior_s\": {gaussian_s:.3}, \"empirical_prior_n100_s\": {empirical_s:.3}}}"
    );
}
