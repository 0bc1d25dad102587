//! Same input → identical bits for 1 and 2 threads (docs/architecture.md §7).

mod common;
use common::random_alm;
use sphfield::{Geometry, Par, Sht};

fn check(geom: Geometry, lmax: usize) {
    let sht = Sht::new(geom, lmax, lmax).unwrap();
    let alm = random_alm(lmax, lmax, 99);
    let m1 = sht.synthesis(&alm, Par::Seq).unwrap();
    let m2 = sht.synthesis(&alm, Par::threads(2)).unwrap();
    assert!(m1
        .values()
        .iter()
        .zip(m2.values())
        .all(|(a, b)| a.to_bits() == b.to_bits()));
    let a1 = sht.analysis(m1.values(), Par::Seq).unwrap();
    let a2 = sht.analysis(m1.values(), Par::threads(2)).unwrap();
    assert!(a1
        .as_slice()
        .iter()
        .zip(a2.as_slice())
        .all(|(a, b)| a.re.to_bits() == b.re.to_bits() && a.im.to_bits() == b.im.to_bits()));
    let many = sht
        .synthesis_many(&[alm.clone(), alm], Par::threads(2))
        .unwrap();
    assert_eq!(many[0].values(), m1.values());
    assert_eq!(many[1].values(), m1.values());
}

#[test]
fn thread_count_does_not_change_bits() {
    check(Geometry::gauss_legendre(200, 399).unwrap(), 199);
    check(Geometry::healpix(64).unwrap(), 191);
    check(Geometry::clenshaw_curtis(130, 257).unwrap(), 128);
}
