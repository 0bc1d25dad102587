use num_complex::Complex64;
use rand::{Rng, SeedableRng};
use sphfield::{Alm, Geometry, Par, Sht};
fn main() {
    let lmax: usize = std::env::args().nth(1).map(|v| v.parse().unwrap()).unwrap_or(1023);
    let kind = std::env::args().nth(2).unwrap_or("cc".into());
    let g = match kind.as_str() { "cc" => Geometry::clenshaw_curtis(lmax + 2, 2 * lmax + 2), "f1" => Geometry::fejer1(lmax + 1, 2 * lmax + 2), _ => Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2) }.unwrap();
    let sht = Sht::new(g, lmax, lmax).unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    let mut alm = Alm::zeros(lmax, lmax).unwrap();
    for m in 0..=lmax { for a in alm.m_slice_mut(m) { *a = Complex64::new(rng.gen_range(-1.0..1.0), if m == 0 { 0.0 } else { rng.gen_range(-1.0..1.0) }); } }
    let t = std::time::Instant::now();
    let map = sht.synthesis(&alm, Par::Seq).unwrap();
    let t1 = t.elapsed();
    let t = std::time::Instant::now();
    let back = sht.analysis(map.values(), Par::Seq).unwrap();
    let t2 = t.elapsed();
    println!("synth {t1:?} analysis {t2:?}");
    let mut by_m = vec![0.0f64; lmax + 1];
    let mut by_l = vec![0.0f64; lmax + 1];
    for m in 0..=lmax { for l in m..=lmax { let e = (alm[(l, m)] - back[(l, m)]).norm(); by_m[m] = by_m[m].max(e); by_l[l] = by_l[l].max(e); } }
    for k in (0..=lmax).step_by((lmax / 16).max(1)) { println!("m {k}: {:.2e}   l {k}: {:.2e}", by_m[k], by_l[k]); }
}
