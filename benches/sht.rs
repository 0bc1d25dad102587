//! Criterion benchmarks of the SHT: synthesis and analysis on Gauss–Legendre grids, per lmax,
//! thread count and instruction set. The ducc0 ratio comes from bench/compare_ducc0.py.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use num_complex::Complex64;
use sphfield::{Alm, Geometry, Isa, Par, Sht};

fn alm(lmax: usize) -> Alm {
    let mut a = Alm::zeros(lmax, lmax).unwrap();
    for (i, v) in a.as_mut_slice().iter_mut().enumerate() {
        *v = Complex64::new(
            ((i * 7919) % 1000) as f64 / 500.0 - 1.0,
            ((i * 104729) % 1000) as f64 / 500.0 - 1.0,
        );
    }
    a
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("sht_gl");
    group.sample_size(10);
    for lmax in [255usize, 1023] {
        let a = alm(lmax);
        for isa in [Isa::detect(), Isa::Scalar] {
            let sht = Sht::new(
                Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
                lmax,
                lmax,
            )
            .unwrap()
            .with_isa(isa)
            .unwrap();
            let map = sht.synthesis(&a, Par::Seq).unwrap();
            for threads in [1usize, 2] {
                let par = Par::threads(threads);
                let id = format!("lmax{lmax}/{isa:?}/{threads}t");
                group.bench_function(BenchmarkId::new("synthesis", &id), |b| {
                    b.iter(|| sht.synthesis(&a, par).unwrap())
                });
                group.bench_function(BenchmarkId::new("analysis", &id), |b| {
                    b.iter(|| sht.analysis(map.values(), par).unwrap())
                });
            }
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
