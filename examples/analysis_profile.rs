//! Runs only the analysis many times (for profilers):
//! `analysis_profile LMAX REPS [THREADS] [scalar|avx2|avx512]`.
use sphfield::{Alm, Geometry, Isa, Par, Sht};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let lmax: usize = args.get(1).and_then(|v| v.parse().ok()).unwrap_or(1023);
    let reps: usize = args.get(2).and_then(|v| v.parse().ok()).unwrap_or(50);
    let par = Par::threads(args.get(3).and_then(|v| v.parse().ok()).unwrap_or(1));
    let sht = Sht::new(
        Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
        lmax,
        lmax,
    )
    .unwrap();
    let sht = match args.get(4).map(String::as_str) {
        Some("scalar") => sht.with_isa(Isa::Scalar),
        Some("avx2") => sht.with_isa(Isa::Avx2),
        Some("avx512") => sht.with_isa(Isa::Avx512),
        _ => Ok(sht),
    }
    .expect("instruction set supported by this CPU");
    let map = sht
        .synthesis(&Alm::random_uniform(lmax, lmax, 1).unwrap(), Par::Seq)
        .unwrap();
    let t = std::time::Instant::now();
    let mut s = 0.0;
    for _ in 0..reps {
        s += sht.analysis(map.values(), par).unwrap().as_slice()[5].re;
    }
    println!(
        "{:.2} ms per analysis ({s})",
        t.elapsed().as_secs_f64() * 1e3 / reps as f64
    );
}
