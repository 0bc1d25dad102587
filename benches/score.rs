//! Criterion benchmarks of the score layer: one EmpiricalPrior evaluation (N = 100 fields,
//! lmax 511), one reverse-SDE step, and a plain memory pass over the same data (axpy over
//! N·L² complex values) as the yardstick (issue goal: ratio ≤ 2).

use criterion::{criterion_group, criterion_main, Criterion};
use sphfield::ou::{Generator, LinearSpde, OrnsteinUhlenbeck, Schedule};
use sphfield::sampler::{ReverseMethod, ReverseSde};
use sphfield::score::{EmpiricalPrior, GaussianPrior, Score};
use sphfield::spectrum::{SpectrumModel, WhittleMatern};
use sphfield::{Alm, Par};

fn bench(c: &mut Criterion) {
    let lmax = 511;
    let n = 100;
    let q = WhittleMatern::with_variance(1.0, 10.0, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap();
    let ou = OrnsteinUhlenbeck::new(q, 1.0).unwrap();
    let data: Vec<Alm> = (0..n)
        .map(|i| Alm::random_uniform(lmax, lmax, i as u64).unwrap())
        .collect();
    let x = Alm::random_uniform(lmax, lmax, 1000).unwrap();
    let mut group = c.benchmark_group("score");
    group.sample_size(20);
    for threads in [1usize, 2] {
        let par = Par::threads(threads);
        let prior = EmpiricalPrior::new(ou.clone(), &data, par).unwrap();
        let mut out = Alm::zeros(lmax, lmax).unwrap();
        group.bench_function(format!("empirical_n100_lmax511/{threads}t"), |b| {
            b.iter(|| prior.score(0.3, &x, &mut out).unwrap())
        });
    }
    // One reverse-SDE step with the empirical prior (score + N(0, Q) draw + two axpys), 1 thread.
    let prior = EmpiricalPrior::new(ou.clone(), &data, Par::Seq).unwrap();
    let (mut s_e, mut y_e) = (Alm::zeros(lmax, lmax).unwrap(), x.clone());
    let mut step_e = 0u64;
    group.bench_function("reverse_step_empirical_n100_lmax511/1t", |b| {
        b.iter(|| {
            prior.score(0.3, &y_e, &mut s_e).unwrap();
            let xi = ou.noise(1, 0, step_e, lmax, Par::Seq).unwrap();
            step_e += 1;
            y_e.scale(1.0 + 0.005);
            y_e.axpy(0.01, &s_e).unwrap();
            y_e.axpy(0.1, &xi).unwrap();
        })
    });
    // Yardstick: one axpy pass over N·L² complex values (the data once).
    let mut acc = Alm::zeros(lmax, lmax).unwrap();
    group.bench_function("axpy_pass_n100_lmax511/1t", |b| {
        b.iter(|| {
            for d in &data {
                acc.axpy(0.5, d).unwrap();
            }
        })
    });
    // One reverse-SDE step with the Gaussian prior: score + noise draw + two axpys.
    let gauss = GaussianPrior::new(ou.clone(), ou.covariance().clone(), None).unwrap();
    let mut s = Alm::zeros(lmax, lmax).unwrap();
    let mut y = x.clone();
    let mut step = 0u64;
    group.bench_function("reverse_step_gaussian_lmax511/1t", |b| {
        b.iter(|| {
            gauss.score(0.3, &y, &mut s).unwrap();
            let xi = ou.noise(1, 0, step, lmax, Par::Seq).unwrap();
            step += 1;
            y.scale(1.0 + 0.005);
            y.axpy(0.01, &s).unwrap();
            y.axpy(0.1, &xi).unwrap();
        })
    });
    // The same step without the N(0, Q) draw (score + two axpys), and the draw alone.
    let xi = ou.noise(1, 0, 0, lmax, Par::Seq).unwrap();
    group.bench_function("reverse_step_gaussian_without_noise_lmax511/1t", |b| {
        b.iter(|| {
            gauss.score(0.3, &y, &mut s).unwrap();
            y.scale(1.0 + 0.005);
            y.axpy(0.01, &s).unwrap();
            y.axpy(0.1, &xi).unwrap();
        })
    });
    group.bench_function("noise_draw_lmax511/1t", |b| {
        b.iter(|| ou.noise(1, 0, 7, lmax, Par::Seq).unwrap())
    });
    let mut acc1 = Alm::zeros(lmax, lmax).unwrap();
    group.bench_function("axpy_pass_lmax511/1t", |b| {
        b.iter(|| acc1.axpy(0.5, &x).unwrap())
    });
    // A 20-step exponential-Heun run (the default sampler) under OU and under a fractional
    // Matérn-type linear SPDE: the per-degree factors should cost ≤ 10 % (issue 17).
    let schedule = Schedule::geometric(1e-3, 10.0, 20).unwrap();
    let sampler = ReverseSde::new(schedule, ReverseMethod::ExponentialHeun);
    for (name, generator) in [
        ("ou", Generator::OrnsteinUhlenbeck),
        ("matern", Generator::matern(0.5, 2.0, 0.75).unwrap()),
    ] {
        let sde = LinearSpde::with_generator(ou.covariance().clone(), 1.0, generator).unwrap();
        let prior = GaussianPrior::new(sde, ou.covariance().clone(), None).unwrap();
        group.bench_function(format!("reverse_eh_20_steps_{name}_lmax511/1t"), |b| {
            b.iter(|| sampler.sample(&prior, 1, 0).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
