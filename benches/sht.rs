//! Criterion benchmarks of the SHT: synthesis and analysis on Gauss–Legendre grids, per lmax,
//! thread count and every instruction set this CPU has; and an ensemble of 8 fields through
//! `synthesis_many` against one `synthesis` per field. The ducc0 ratio comes from
//! bench/compare_ducc0.py.

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
        let isas = [Isa::Avx512, Isa::Avx2, Isa::Neon, Isa::Scalar];
        for isa in isas.into_iter().filter(|isa| isa.checked().is_some()) {
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

    let mut group = c.benchmark_group("sht_gl_ensemble");
    group.sample_size(10);
    let lmax = 1023;
    let alms: Vec<Alm> = (0..8).map(|_| alm(lmax)).collect();
    let sht = Sht::new(
        Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
        lmax,
        lmax,
    )
    .unwrap();
    let id = format!("lmax{lmax}/8fields/{:?}/1t", sht.isa());
    group.bench_function(BenchmarkId::new("one_by_one", &id), |b| {
        b.iter(|| {
            alms.iter()
                .map(|a| sht.synthesis(a, Par::Seq).unwrap())
                .collect::<Vec<_>>()
        })
    });
    group.bench_function(BenchmarkId::new("synthesis_many", &id), |b| {
        b.iter(|| sht.synthesis_many(&alms, Par::Seq).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
