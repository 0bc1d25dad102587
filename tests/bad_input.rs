//! Bad input gets a clear error naming the value and the limit, never a panic.

use sphfield::{Alm, Error, Geometry, Par, RingSpec, Sht};

fn msg<T: std::fmt::Debug>(r: Result<T, Error>) -> String {
    r.unwrap_err().to_string()
}

#[test]
fn wrong_map_length() {
    let sht = Sht::new(Geometry::healpix(4).unwrap(), 11, 11).unwrap();
    let m = msg(sht.analysis(&[0.0; 100], Par::Seq));
    assert!(m.contains("192") && m.contains("100"), "{m}");
    let m = msg(sht.adjoint_synthesis(&[0.0; 191], Par::Seq));
    assert!(m.contains("192"), "{m}");
    let mut out = vec![0.0; 10];
    assert!(sht
        .synthesis_into(&Alm::zeros(11, 11).unwrap(), &mut out, Par::Seq)
        .is_err());
}

#[test]
fn lmax_beyond_grid_for_analysis() {
    let sht = Sht::new(Geometry::healpix(512).unwrap(), 5000, 10).unwrap();
    let m = msg(sht.analysis(&vec![0.0; 12 * 512 * 512], Par::Seq));
    assert!(m.contains("5000") && m.contains("1535"), "{m}");
    let sht = Sht::new(Geometry::gauss_legendre(10, 19).unwrap(), 10, 10).unwrap();
    let m = msg(sht.analysis(&[0.0; 190], Par::Seq));
    assert!(m.contains("lmax 10") && m.contains("= 9"), "{m}");
    let sht = Sht::new(Geometry::clenshaw_curtis(12, 30).unwrap(), 11, 11).unwrap();
    assert!(msg(sht.analysis(&[0.0; 360], Par::Seq)).contains("nlat-2"));
    // Synthesis at any lmax is point evaluation and is allowed.
    assert!(sht
        .synthesis(&Alm::zeros(11, 11).unwrap(), Par::Seq)
        .is_ok());
}

#[test]
fn mmax_above_lmax_and_absurd_sizes() {
    assert!(msg(Sht::new(Geometry::healpix(4).unwrap(), 5, 6)).contains("mmax"));
    assert!(msg(Alm::zeros(1 << 40, 0)).contains("too large"));
    assert!(msg(Geometry::healpix(1 << 30)).contains("too large"));
    assert!(msg(Geometry::gauss_legendre(1 << 20, 1 << 20)).contains("too large"));
    assert!(msg(Sht::new(Geometry::healpix(1).unwrap(), usize::MAX, 0)).contains("too large"));
}

#[test]
fn nonfinite_values() {
    let sht = Sht::new(Geometry::healpix(2).unwrap(), 5, 5).unwrap();
    let mut map = vec![0.0; 48];
    map[17] = f64::NAN;
    let m = msg(sht.analysis(&map, Par::Seq));
    assert!(m.contains("index 17"), "{m}");
    map[17] = f64::INFINITY;
    assert!(sht.adjoint_synthesis(&map, Par::Seq).is_err());
    let mut alm = Alm::zeros(5, 5).unwrap();
    alm[(3, 2)].im = f64::NEG_INFINITY;
    assert!(msg(sht.synthesis(&alm, Par::Seq)).contains("non-finite"));
    // Every grid path (θ-resampler on Fejér-1, direct on GL), sequential and threaded, names
    // the first bad pixel.
    for (geometry, lmax) in [
        (Geometry::fejer1(64, 128).unwrap(), 31),
        (Geometry::gauss_legendre(64, 128).unwrap(), 63),
    ] {
        let sht = Sht::new(geometry, lmax, lmax).unwrap();
        let mut map = vec![0.5; sht.geometry().npix()];
        map[5000] = f64::INFINITY;
        map[7000] = f64::NAN;
        for par in [Par::Seq, Par::threads(2)] {
            assert!(msg(sht.analysis(&map, par)).contains("index 5000"));
            assert!(msg(sht.adjoint_synthesis(&map, par)).contains("index 5000"));
        }
    }
}

#[test]
fn bad_grid_parameters() {
    assert!(msg(Geometry::healpix(0)).contains("nside"));
    assert!(Geometry::gauss_legendre(0, 4).is_err());
    assert!(Geometry::clenshaw_curtis(1, 4).is_err());
    assert!(Geometry::fejer1(3, 0).is_err());
    assert!(Geometry::from_rings(&[]).is_err());
    let bad = RingSpec {
        theta: 4.0,
        phi0: 0.0,
        nphi: 3,
        weight: 1.0,
    };
    assert!(msg(Geometry::from_rings(&[bad])).contains("theta"));
    let bad = RingSpec {
        theta: 1.0,
        phi0: f64::NAN,
        nphi: 3,
        weight: 1.0,
    };
    assert!(Geometry::from_rings(&[bad]).is_err());
    let bad = RingSpec {
        theta: 1.0,
        phi0: 0.0,
        nphi: 0,
        weight: 1.0,
    };
    assert!(Geometry::from_rings(&[bad]).is_err());
    let sht = Sht::new(Geometry::healpix(2).unwrap(), 5, 5).unwrap();
    assert!(msg(sht.synthesis(&Alm::zeros(6, 6).unwrap(), Par::Seq)).contains("lmax 6"));
}
