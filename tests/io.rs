//! HDF5 layer: round trips on every grid, ensembles, atomic writes, and a clear error for
//! each kind of malformed file.

use std::path::PathBuf;

use num_complex::Complex64;
use sphfield::io::{Dim, FieldMeta, FileReader, FileWriter, Overwrite, Provenance, WriteOptions};
use sphfield::spectrum::AngularSpectrum;
use sphfield::{Alm, Error, Geometry, Map, RingSpec};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sphfield-io-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    let _ = std::fs::remove_file(&p);
    p
}

fn ramp(geometry: Geometry, shift: f64) -> Map {
    let n = geometry.npix();
    Map::new(
        geometry,
        (0..n).map(|i| (i as f64 * 0.37 + shift).sin()).collect(),
    )
    .unwrap()
}

fn prov() -> Provenance {
    Provenance::from_call("tests/io.rs").with_seed(u64::MAX - 1)
}

#[test]
fn maps_round_trip_on_every_grid() {
    let custom = Geometry::from_rings(&[
        RingSpec {
            theta: 0.3,
            phi0: 0.1,
            nphi: 5,
            weight: 0.0,
        },
        RingSpec {
            theta: 1.9,
            phi0: 0.0,
            nphi: 7,
            weight: 0.0,
        },
    ])
    .unwrap();
    let grids = vec![
        Geometry::gauss_legendre(9, 17).unwrap(),
        Geometry::clenshaw_curtis(10, 18).unwrap(),
        Geometry::fejer1(18, 36).unwrap().with_phi0(0.25).unwrap(),
        Geometry::healpix(3).unwrap(),
        custom,
    ];
    for (k, g) in grids.into_iter().enumerate() {
        let path = scratch(&format!("grid{k}.h5"));
        let map = ramp(g.clone(), k as f64);
        let w = FileWriter::create(&path, WriteOptions::default(), &prov()).unwrap();
        w.write_map(
            &map,
            &FieldMeta {
                units: "K".into(),
                ..FieldMeta::default()
            },
        )
        .unwrap();
        w.commit().unwrap();
        let r = FileReader::open(&path).unwrap();
        assert_eq!(r.map_names().unwrap(), vec!["field".to_string()]);
        let info = r.map_info("field").unwrap();
        assert_eq!(*info.geometry, g, "grid {k}");
        assert_eq!(info.count(), 1);
        assert_eq!(info.meta.units, "K");
        let back = r.read_map(&info, 0).unwrap();
        assert_eq!(back.values(), map.values(), "grid {k}");
        let attrs = r.attributes().unwrap();
        let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
        assert_eq!(get("seed").as_deref(), Some("18446744073709551614"));
        assert_eq!(get("command").as_deref(), Some("tests/io.rs"));
        assert_eq!(get("grid"), Some(g.describe()));
        assert!(get("created").unwrap().ends_with('Z'));
    }
}

#[test]
fn ensembles_alm_and_spectra_round_trip() {
    let path = scratch("ensemble.h5");
    let g = Geometry::gauss_legendre(8, 15).unwrap();
    let maps: Vec<Map> = (0..4).map(|i| ramp(g.clone(), i as f64)).collect();
    let alms: Vec<Alm> = (0..4)
        .map(|i| Alm::random_uniform(7, 5, i).unwrap())
        .collect();
    let spec = AngularSpectrum::new(vec![0.0, 1.0, 0.5, 0.25], "test").unwrap();
    let opts = WriteOptions {
        overwrite: Overwrite::Refuse,
        deflate: Some(4),
    };
    let w = FileWriter::create(&path, opts, &prov()).unwrap();
    {
        let mut e = w
            .map_ensemble(&g, vec![Dim::members(4)], &FieldMeta::default())
            .unwrap();
        for m in &maps {
            e.write(m).unwrap();
        }
        // A fifth member is refused.
        assert!(e.write(&maps[0]).is_err());
    }
    {
        let mut e = w
            .alm_ensemble(7, 5, vec![Dim::times(&[0.1, 0.5]), Dim::members(2)])
            .unwrap();
        for a in &alms {
            e.write(a).unwrap();
        }
    }
    w.write_spectrum("model", &spec, "1").unwrap();
    w.commit().unwrap();

    let r = FileReader::open(&path).unwrap();
    let info = r.map_info("field").unwrap();
    assert_eq!(info.count(), 4);
    assert_eq!(info.leading[0].name, "member");
    for (i, m) in maps.iter().enumerate() {
        assert_eq!(r.read_map(&info, i).unwrap().values(), m.values());
    }
    assert!(r.read_map(&info, 4).is_err());
    let ainfo = r.alm_info().unwrap().unwrap();
    assert_eq!((ainfo.lmax, ainfo.mmax, ainfo.count()), (7, 5, 4));
    assert_eq!(ainfo.leading[0].name, "time");
    assert_eq!(ainfo.leading[0].values, vec![0.1, 0.5]);
    for (i, a) in alms.iter().enumerate() {
        assert_eq!(r.read_alm(&ainfo, i).unwrap().as_slice(), a.as_slice());
    }
    assert_eq!(r.spectrum_names().unwrap(), vec!["model".to_string()]);
    assert_eq!(r.read_spectrum("model").unwrap().values(), spec.values());
}

#[test]
fn atomic_writes() {
    let path = scratch("atomic.h5");
    let g = Geometry::healpix(1).unwrap();
    // An incomplete ensemble is refused at commit and leaves nothing.
    let w = FileWriter::create(&path, WriteOptions::default(), &prov()).unwrap();
    {
        let mut e = w
            .map_ensemble(&g, vec![Dim::members(3)], &FieldMeta::default())
            .unwrap();
        e.write(&ramp(g.clone(), 0.0)).unwrap();
    }
    let err = w.commit().unwrap_err();
    assert!(err.to_string().contains("1 of 3 members"), "{err}");
    assert!(!path.exists());
    // A dropped writer leaves nothing, not even its temporary file.
    {
        let w = FileWriter::create(&path, WriteOptions::default(), &prov()).unwrap();
        w.write_map(&ramp(g.clone(), 0.0), &FieldMeta::default())
            .unwrap();
    }
    let dir = path.parent().unwrap();
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".atomic.h5"))
        .collect();
    assert!(leftovers.is_empty());
    assert!(!path.exists());
    // Overwrite only when asked.
    let write = |overwrite| -> sphfield::Result<()> {
        let w = FileWriter::create(
            &path,
            WriteOptions {
                overwrite,
                deflate: None,
            },
            &prov(),
        )?;
        w.write_map(&ramp(g.clone(), 1.0), &FieldMeta::default())?;
        w.commit()
    };
    write(Overwrite::Refuse).unwrap();
    assert!(write(Overwrite::Refuse)
        .unwrap_err()
        .to_string()
        .contains("refusing to overwrite"));
    write(Overwrite::Allow).unwrap();
    // Unwritable targets.
    let bad = FileWriter::create("/nonexistent-folder/x.h5", WriteOptions::default(), &prov());
    assert!(matches!(bad, Err(Error::Io { .. })), "{bad:?}");
    // Non-finite values are refused before anything is written.
    let w = FileWriter::create(scratch("nan_write.h5"), WriteOptions::default(), &prov()).unwrap();
    let mut m = ramp(g.clone(), 0.0);
    m.values_mut()[5] = f64::NAN;
    assert!(matches!(
        w.write_map(&m, &FieldMeta::default()),
        Err(Error::NonFinite { index: 5, .. })
    ));
}

/// Writes a file with raw hdf5 calls (as another program would) and returns the error that
/// reading its map gives.
fn read_error(name: &str, build: impl FnOnce(&hdf5::File)) -> String {
    let path = scratch(name);
    {
        let f = hdf5::File::create(&path).unwrap();
        build(&f);
    }
    let r = FileReader::open(&path).unwrap();
    let err = match r.map_info("field") {
        Err(e) => e,
        Ok(info) => r.read_map(&info, 0).unwrap_err(),
    };
    assert!(matches!(err, Error::File { .. }), "{err:?}");
    err.to_string()
}

fn str_attr(ds: &hdf5::Dataset, name: &str, value: &str) {
    let v: hdf5::types::VarLenUnicode = value.parse().unwrap();
    ds.new_attr::<hdf5::types::VarLenUnicode>()
        .create(name)
        .unwrap()
        .write_scalar(&v)
        .unwrap();
}

fn u64_attr(ds: &hdf5::Dataset, name: &str, value: u64) {
    ds.new_attr::<u64>()
        .create(name)
        .unwrap()
        .write_scalar(&value)
        .unwrap();
}

/// File name, map values, attributes (numbers are written as f64), expected words in the error.
type MalformedCase<'a> = (&'a str, Vec<f64>, Vec<(&'a str, &'a str)>, &'a str);

#[test]
fn malformed_files_give_clear_errors() {
    // Not HDF5 at all.
    let junk = scratch("junk.h5");
    std::fs::write(&junk, b"this is not an HDF5 file").unwrap();
    let e = FileReader::open(&junk).unwrap_err().to_string();
    assert!(e.contains("not a readable HDF5 file"), "{e}");
    // Missing file.
    assert!(matches!(
        FileReader::open(scratch("missing.h5")),
        Err(Error::Io { .. })
    ));
    // Truncated file: a valid file cut in half.
    let good = scratch("good.h5");
    let g = Geometry::healpix(16).unwrap();
    let w = FileWriter::create(&good, WriteOptions::default(), &prov()).unwrap();
    w.write_map(&ramp(g.clone(), 0.0), &FieldMeta::default())
        .unwrap();
    w.commit().unwrap();
    let bytes = std::fs::read(&good).unwrap();
    let cut = scratch("cut.h5");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let err = FileReader::open(&cut)
        .and_then(|r| r.map_info("field").and_then(|i| r.read_map(&i, 0)))
        .unwrap_err();
    assert!(matches!(err, Error::File { .. }), "{err:?}");
    // Files made with raw hdf5 calls: (name, values, attributes, expected words in the error).
    let healpix2 = [("grid_type", "healpix"), ("nside", "2")];
    let mut nan = vec![1.0f64; 48];
    nan[7] = f64::INFINITY;
    let cases: Vec<MalformedCase> = vec![
        (
            "noattr.h5",
            vec![1.0; 48],
            vec![("grid_type", "healpix")],
            "attribute nside is missing",
        ),
        (
            "shape.h5",
            vec![1.0; 47],
            healpix2.to_vec(),
            "needs trailing dimensions [48]",
        ),
        (
            "grid.h5",
            vec![1.0; 48],
            vec![("grid_type", "cubed_sphere")],
            "cubed_sphere",
        ),
        (
            "nested.h5",
            vec![1.0; 48],
            vec![
                ("grid_type", "healpix"),
                ("nside", "2"),
                ("ordering", "NESTED"),
            ],
            "only RING",
        ),
        (
            "frac.h5",
            vec![1.0; 48],
            vec![("grid_type", "healpix"), ("nside", "2.5")],
            "not a non-negative integer",
        ),
        // Non-finite values (e.g. a member never written: the fill value is NaN).
        ("nan.h5", nan, healpix2.to_vec(), "index 7"),
    ];
    for (name, values, attrs, expected) in cases {
        let e = read_error(name, |f| {
            let ds = f
                .new_dataset_builder()
                .with_data(&values)
                .create("field")
                .unwrap();
            for (k, v) in attrs {
                match v.parse::<f64>() {
                    Ok(x) => ds
                        .new_attr::<f64>()
                        .create(k)
                        .unwrap()
                        .write_scalar(&x)
                        .unwrap(),
                    Err(_) => str_attr(&ds, k, v),
                }
            }
        });
        assert!(e.contains(expected), "{name}: {e}");
    }
    // Wrong dtype.
    let e = read_error("int.h5", |f| {
        let ds = f
            .new_dataset_builder()
            .with_data(&vec![1i32; 48])
            .create("field")
            .unwrap();
        str_attr(&ds, "grid_type", "healpix");
        u64_attr(&ds, "nside", 2);
    });
    assert!(e.contains("expected floating-point"), "{e}");
    // Coefficients that are not complex, and inconsistent lmax.
    let e = alm_error("alm_real.h5", &[1.0f64; 6]);
    assert!(e.contains("expected complex"), "{e}");
    let e = alm_error("alm_len.h5", &[Complex64::new(1.0, 0.0); 7]);
    assert!(e.contains("needs 6 coefficients"), "{e}");
}

/// Writes `values` as harmonic/alm with lmax = mmax = 2 (6 coefficients) and returns the
/// error that describing them gives.
fn alm_error<T: hdf5::H5Type>(name: &str, values: &[T]) -> String {
    let path = scratch(name);
    {
        let f = hdf5::File::create(&path).unwrap();
        let g = f.create_group("harmonic").unwrap();
        let ds = g
            .new_dataset_builder()
            .with_data(values)
            .create("alm")
            .unwrap();
        u64_attr(&ds, "lmax", 2);
        u64_attr(&ds, "mmax", 2);
    }
    FileReader::open(&path)
        .unwrap()
        .alm_info()
        .unwrap_err()
        .to_string()
}

/// Ensembles come back as ndarray arrays of shape (leading…, grid…) with the same values as
/// map-by-map reads; maps give (nlat, nlon) and per-ring views of their own storage.
#[test]
fn ensembles_read_as_arrays_and_maps_as_views() {
    let meta = FieldMeta::default();
    for (g, grid_shape) in [
        (Geometry::fejer1(6, 12).unwrap(), vec![6, 12]),
        (Geometry::healpix(2).unwrap(), vec![48]),
    ] {
        let path = scratch(&format!("arrays-{}.h5", g.npix()));
        let w = FileWriter::create(&path, WriteOptions::default(), &prov()).unwrap();
        let mut e = w
            .map_ensemble(&g, vec![Dim::times(&[0.1, 0.5]), Dim::members(3)], &meta)
            .unwrap();
        let maps: Vec<Map> = (0..6).map(|k| ramp(g.clone(), k as f64)).collect();
        for m in &maps {
            e.write(m).unwrap();
        }
        drop(e);
        w.commit().unwrap();
        let r = FileReader::open(&path).unwrap();
        let info = r.map_info("field").unwrap();
        let all = r.read_maps(&info).unwrap();
        let mut expected_shape = vec![2, 3];
        expected_shape.extend(&grid_shape);
        assert_eq!(all.shape(), &expected_shape[..]);
        for (k, m) in maps.iter().enumerate() {
            let entry = all.index_axis(ndarray::Axis(0), k / 3);
            let entry = entry.index_axis(ndarray::Axis(0), k % 3);
            assert_eq!(entry, m.view());
            assert_eq!(r.read_map(&info, k).unwrap(), *m);
        }
        let m = &maps[4];
        assert_eq!(m.rings().map(|r| r.len()).sum::<usize>(), g.npix());
        match m.as_lat_lon() {
            Some(v) => {
                assert_eq!(v.dim(), (6, 12));
                assert_eq!(v[[2, 5]], m.values()[2 * 12 + 5]);
                assert_eq!(v.row(3).to_vec(), m.ring(3));
                // A view, not a copy.
                assert!(std::ptr::eq(v.as_ptr(), m.values().as_ptr()));
            }
            None => assert_eq!(grid_shape.len(), 1),
        }
        assert_eq!(m.clone().into_array().shape(), &grid_shape[..]);
    }
}
