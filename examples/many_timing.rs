//! Per-field time of `Sht::synthesis_many` against one `Sht::synthesis` per field, on a
//! Gauss–Legendre grid. Usage: `many_timing LMAX FIELDS THREADS REPS [isa]`; prints one JSON line.

use std::time::Instant;

use sphfield::{Alm, Geometry, Isa, Par, Sht};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg =
        |i: usize, default: usize| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    let (lmax, fields, threads, reps) = (arg(1, 1023), arg(2, 8), arg(3, 1), arg(4, 3));
    let mut sht = Sht::new(
        Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
        lmax,
        lmax,
    )
    .unwrap();
    if let Some(name) = args.get(5) {
        let isa = match name.as_str() {
            "scalar" => Isa::Scalar,
            "avx2" => Isa::Avx2,
            _ => Isa::Avx512,
        };
        sht = sht.with_isa(isa).expect("instruction set not available");
    }
    let alms: Vec<Alm> = (0..fields)
        .map(|k| {
            let mut a = Alm::zeros(lmax, lmax).unwrap();
            for (i, v) in a.as_mut_slice().iter_mut().enumerate() {
                v.re = ((i * 7 + k) as f64 * 0.37).sin();
                v.im = ((i * 3 + k) as f64 * 0.73).cos();
            }
            a
        })
        .collect();
    let par = Par::threads(threads);
    let _ = sht.synthesis_many(&alms, par).unwrap(); // warm-up: pools, page faults
    let (mut single, mut many) = (Vec::new(), Vec::new());
    for _ in 0..reps {
        // Both keep every map until the end, as an ensemble's user does (dropping each map
        // at once would let the allocator hand the same warm pages to the next one).
        let t = Instant::now();
        let maps: Vec<_> = alms
            .iter()
            .map(|a| sht.synthesis(a, par).unwrap())
            .collect();
        std::hint::black_box(maps);
        single.push(t.elapsed().as_secs_f64() / fields as f64);
        let t = Instant::now();
        std::hint::black_box(sht.synthesis_many(&alms, par).unwrap());
        many.push(t.elapsed().as_secs_f64() / fields as f64);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (s, m) = (median(&mut single), median(&mut many));
    println!(
        "{{\"lmax\": {lmax}, \"fields\": {fields}, \"threads\": {threads}, \"isa\": \"{:?}\", \"single_per_field_s\": {s:.6}, \"many_per_field_s\": {m:.6}, \"ratio\": {:.3}}}",
        sht.isa(),
        m / s
    );
}
