//! The command line end to end: files it writes are consistent with the library (exact
//! oracles: synthesis of the stored coefficients, the OU transition, the DSM identity),
//! reproducible across thread counts, atomic under SIGKILL, and bad input gives an error
//! message and a non-zero exit, never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sphfield::io::FileReader;
use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::spectrum::{Length, SpectrumModel, WhittleMatern};
use sphfield::{Par, Sht};

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "sphfield-cli-{}-{}",
        std::process::id(),
        std::thread::current()
            .name()
            .unwrap_or("t")
            .replace("::", "_")
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sphfield(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sphfield"))
        .args(args)
        .env_remove("SPHFIELD_NUM_THREADS")
        .output()
        .expect("the sphfield binary runs")
}

fn ok(args: &[&str]) -> String {
    let out = sphfield(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "sphfield {args:?} failed:\n{stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned() + &stderr
}

/// Runs a command that must fail; returns its stderr.
fn fails(args: &[&str]) -> String {
    let out = sphfield(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "sphfield {args:?} should fail");
    assert!(
        !stderr.contains("panicked"),
        "a panic reached the user: {stderr}"
    );
    assert!(stderr.contains("error"), "{stderr}");
    stderr
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn synth_writes_maps_that_are_the_synthesis_of_its_coefficients() {
    let dir = scratch();
    let f1 = dir.join("one.h5");
    let f2 = dir.join("two.h5");
    let common = [
        "synth",
        "--grid",
        "healpix",
        "--nside",
        "16",
        "--rho-km",
        "2000",
        "--members",
        "9",
        "--seed",
        "7",
        "--save-alm",
        "-q",
    ];
    // 9 members: groups of 4 (and one of 1) with the AVX-512 kernels, for 1 and 2 threads.
    ok(&[&common[..], &["-o", s(&f1), "--threads", "1"]].concat());
    ok(&[&common[..], &["-o", s(&f2), "--threads", "2"]].concat());
    let (a, b) = (
        FileReader::open(&f1).unwrap(),
        FileReader::open(&f2).unwrap(),
    );
    let info = a.map_info("field").unwrap();
    assert_eq!(info.count(), 9);
    let alm_info = a.alm_info().unwrap().unwrap();
    assert_eq!(alm_info.lmax, 47);
    let sht = Sht::new(info.geometry.clone(), 47, 47).unwrap();
    for k in 0..9 {
        let map = a.read_map(&info, k).unwrap();
        // Same bits for 1 and 2 threads.
        assert_eq!(map.values(), b.read_map(&info, k).unwrap().values());
        let alm = a.read_alm(&alm_info, k).unwrap();
        let again = sht.synthesis(&alm, Par::Seq).unwrap();
        assert_eq!(again.values(), map.values(), "member {k}");
    }
    // The stored model spectrum is the Matérn law the command describes.
    let model = a.read_spectrum("model").unwrap();
    let wm = WhittleMatern::from_correlation_length(1.0, Length::km(2000.0), 1.5).unwrap();
    for (l, &c) in model.values().iter().enumerate() {
        assert!((c - wm.cl(l)).abs() <= 1e-15 * wm.cl(l), "l = {l}");
    }
    // info describes it.
    let text = ok(&["info", s(&f1)]);
    assert!(
        text.contains("HEALPix nside 16") && text.contains("member = 9"),
        "{text}"
    );
    assert!(text.contains("seed") && text.contains("created"), "{text}");
}

#[test]
fn overwrite_needs_force_and_errors_are_clean() {
    let dir = scratch();
    let f = dir.join("f.h5");
    ok(&["synth", "--resolution-deg", "10", "-o", s(&f), "-q"]);
    let before = std::fs::read(&f).unwrap();
    let e = fails(&[
        "synth",
        "--resolution-deg",
        "10",
        "--seed",
        "3",
        "-o",
        s(&f),
        "-q",
    ]);
    assert!(e.contains("refusing to overwrite"), "{e}");
    assert!(e.contains("pass --force to replace it"), "{e}");
    assert!(
        !e.contains("Overwrite::Allow"),
        "Rust advice for a CLI user: {e}"
    );
    assert_eq!(
        std::fs::read(&f).unwrap(),
        before,
        "the existing file is untouched"
    );
    ok(&[
        "synth",
        "--resolution-deg",
        "10",
        "--seed",
        "3",
        "-o",
        s(&f),
        "-q",
        "--force",
    ]);
    assert_ne!(std::fs::read(&f).unwrap(), before);

    let e = fails(&["synth", "--grid", "healpix", "-o", s(&dir.join("x.h5"))]);
    assert!(e.contains("--nside"), "{e}");
    let e = fails(&["synth", "--members", "0", "-o", s(&dir.join("x.h5"))]);
    assert!(e.contains("--members"), "{e}");
    let e = fails(&["synth", "--nu=-1", "-o", s(&dir.join("x.h5"))]);
    assert!(
        e.contains("ν") || e.contains("nu") || e.contains("alpha") || e.contains("α"),
        "{e}"
    );
    let e = fails(&["synth", "-o", "/no/such/folder/x.h5"]);
    assert!(e.contains("/no/such/folder"), "{e}");
    let e = fails(&[
        "analyze",
        s(&dir.join("missing.h5")),
        "-o",
        s(&dir.join("y.h5")),
    ]);
    assert!(e.contains("missing.h5"), "{e}");
    let junk = dir.join("junk.h5");
    std::fs::write(&junk, b"not hdf5").unwrap();
    let e = fails(&["info", s(&junk)]);
    assert!(e.contains("not a readable HDF5 file"), "{e}");
    let e = fails(&["synth", "--model", "table", "-o", s(&dir.join("x.h5"))]);
    assert!(e.contains("--spectrum-file"), "{e}");
    let e = fails(&[
        "diffuse",
        s(&f),
        "--times",
        "0.5,-1",
        "-o",
        s(&dir.join("z.h5")),
    ]);
    assert!(e.contains("-1"), "{e}");
    assert!(!dir.join("x.h5").exists() && !dir.join("z.h5").exists());
}

#[test]
fn killed_synth_leaves_no_file_under_the_final_name() {
    let dir = scratch();
    let target = dir.join("big.h5");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sphfield"))
        .args([
            "synth",
            "--grid",
            "healpix",
            "--nside",
            "64",
            "--members",
            "100000",
            "-q",
            "-o",
            s(&target),
        ])
        .spawn()
        .unwrap();
    // Wait until the temporary file holds some members, then SIGKILL.
    let start = std::time::Instant::now();
    loop {
        let temp_size: u64 = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains("sphfield-tmp"))
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum();
        if temp_size > 2_000_000 {
            break;
        }
        assert!(
            start.elapsed().as_secs() < 60,
            "synth did not start writing"
        );
        assert!(child.try_wait().unwrap().is_none(), "synth ended early");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert!(!target.exists(), "a killed run must not leave {target:?}");
}

#[test]
fn peak_memory_does_not_grow_with_the_ensemble() {
    let dir = scratch();
    let peak = |members: &str| -> f64 {
        let f = dir.join(format!("m{members}.h5"));
        let text = ok(&[
            "synth",
            "--grid",
            "healpix",
            "--nside",
            "64",
            "--members",
            members,
            "-o",
            s(&f),
        ]);
        std::fs::remove_file(&f).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("peak memory"))
            .expect("peak memory reported");
        line.split_whitespace().nth(2).unwrap().parse().unwrap()
    };
    // 40 members already fill the compute/write pipeline (at most 2 batches of groups of 4
    // members in flight plus the one being written, for one thread).
    let (small, large) = (peak("40"), peak("200"));
    // 160 more members hold 160 × 393 KB = 63 MB of maps; bounded memory means none of it stays.
    assert!(
        large < small + 8.0,
        "peak memory {small} MiB for 40 members, {large} MiB for 200"
    );
}

#[test]
fn diffuse_and_dsm_follow_the_ou_transition() {
    let dir = scratch();
    let train = dir.join("train.h5");
    ok(&[
        "synth",
        "--grid",
        "gl",
        "--lmax",
        "15",
        "--members",
        "3",
        "--rho-deg",
        "20",
        "--save-alm",
        "-q",
        "-o",
        s(&train),
    ]);
    let noised = dir.join("noised.h5");
    ok(&[
        "diffuse",
        s(&train),
        "--times",
        "0.2,1.5",
        "--rho-deg",
        "30",
        "--beta",
        "2",
        "--seed",
        "11",
        "-q",
        "-o",
        s(&noised),
    ]);
    let src = FileReader::open(&train).unwrap();
    let src_info = src.alm_info().unwrap().unwrap();
    let out = FileReader::open(&noised).unwrap();
    let out_info = out.alm_info().unwrap().unwrap();
    assert_eq!(out_info.count(), 6);
    let q = WhittleMatern::from_correlation_length(1.0, Length::Radians(30f64.to_radians()), 1.5)
        .unwrap()
        .spectrum(15)
        .unwrap();
    let ou = OrnsteinUhlenbeck::new(q, 2.0).unwrap();
    for (k, t) in [0.2, 1.5].into_iter().enumerate() {
        for i in 0..3 {
            let x0 = src.read_alm(&src_info, i).unwrap();
            let xi = ou.noise(11, i as u64, k as u64, 15, Par::Seq).unwrap();
            let expected = ou.transition(&x0, t, &xi).unwrap();
            let got = out.read_alm(&out_info, k * 3 + i).unwrap();
            assert_eq!(got.as_slice(), expected.as_slice(), "time {t}, member {i}");
        }
    }
    // DSM pairs: noisy = a_t x0 − v_t · target exactly (target = −ξ/√v_t).
    let pairs = dir.join("dsm.h5");
    ok(&[
        "dsm",
        s(&train),
        "--times",
        "0.5",
        "--rho-deg",
        "30",
        "-q",
        "-o",
        s(&pairs),
    ]);
    let p = FileReader::open(&pairs).unwrap();
    let clean = p.alm_info().unwrap().unwrap();
    let noisy = p.alm_info_named("noisy").unwrap().unwrap();
    let target = p.alm_info_named("target").unwrap().unwrap();
    let ou1 = OrnsteinUhlenbeck::new(ou.covariance().clone(), 1.0).unwrap();
    let (a, v) = (ou1.signal(0, 0.5), ou1.noise_variance(0, 0.5));
    for i in 0..3 {
        let x0 = p.read_alm(&clean, i).unwrap();
        let y = p.read_alm(&noisy, i).unwrap();
        let z = p.read_alm(&target, i).unwrap();
        for j in 0..x0.len() {
            let r = y.as_slice()[j] - (x0.as_slice()[j] * a - z.as_slice()[j] * v);
            assert!(
                r.norm() <= 1e-14 * (1.0 + y.as_slice()[j].norm()),
                "pair {i}, coefficient {j}"
            );
        }
    }
}

#[test]
fn sample_analyze_and_plot() {
    let dir = scratch();
    let spec = dir.join("spec.txt");
    ok(&[
        "spectrum",
        "--model",
        "heat",
        "--scale",
        "0.2",
        "--lmax",
        "20",
        "-o",
        s(&spec),
    ]);
    let samples = dir.join("samples.h5");
    ok(&[
        "sample",
        "--data-spectrum",
        s(&spec),
        "--members",
        "3",
        "--steps",
        "50",
        "--rho-deg",
        "30",
        "-q",
        "-o",
        s(&samples),
    ]);
    let r = FileReader::open(&samples).unwrap();
    let info = r.map_info("field").unwrap();
    let alm_info = r.alm_info().unwrap().unwrap();
    assert_eq!((info.count(), alm_info.lmax), (3, 20));
    let sht = Sht::new(info.geometry.clone(), 20, 20).unwrap();
    for k in 0..3 {
        let alm = r.read_alm(&alm_info, k).unwrap();
        assert_eq!(
            sht.synthesis(&alm, Par::Seq).unwrap().values(),
            r.read_map(&info, k).unwrap().values()
        );
    }
    // analyze recovers the coefficients of a lat-lon map exactly (quadrature).
    let est = dir.join("est.h5");
    ok(&["analyze", s(&samples), "-q", "-o", s(&est)]);
    let e = FileReader::open(&est).unwrap();
    let e_info = e.alm_info().unwrap().unwrap();
    for k in 0..3 {
        let back = e.read_alm(&e_info, k).unwrap();
        let orig = r.read_alm(&alm_info, k).unwrap();
        assert!(back.relative_l2_error(&orig).unwrap() < 1e-13, "member {k}");
    }
    assert_eq!(e.spectrum_names().unwrap(), vec!["estimated".to_string()]);
    // Pictures: a PNG signature and the requested width.
    for (args, width) in [
        (
            vec!["plot", s(&samples), "--member", "2", "--width", "300"],
            300u32,
        ),
        (
            vec![
                "plot",
                s(&samples),
                "--source",
                "map",
                "--projection",
                "equirect",
                "--width",
                "256",
            ],
            256,
        ),
        (vec!["plot", s(&est), "--source", "spectrum"], 900),
    ] {
        let png = dir.join(format!("p{width}.png"));
        ok(&[&args[..], &["-q", "-o", s(&png)]].concat());
        let bytes = std::fs::read(&png).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), width);
    }
    let e = fails(&[
        "plot",
        s(&samples),
        "--member",
        "3",
        "-o",
        s(&dir.join("bad.png")),
    ]);
    assert!(e.contains("member"), "{e}");
}

/// Without --seed every run draws a fresh seed from the operating system, says which, and
/// records it in the file; giving that seed back repeats the run bit for bit.
#[test]
fn default_seed_is_fresh_printed_recorded_and_repeatable() {
    let dir = scratch();
    let run = |name: &str, extra: &[&str]| {
        let path = dir.join(name);
        let mut args = vec!["synth", "--grid", "gl", "--lmax", "15", "-o", s(&path)];
        args.extend_from_slice(extra);
        let log = ok(&args);
        let file = FileReader::open(&path).unwrap();
        let seed = file
            .attributes()
            .unwrap()
            .into_iter()
            .find(|(k, _)| k == "seed")
            .map(|(_, v)| v)
            .expect("the file records its seed");
        let values = file
            .read_map(&file.map_info("field").unwrap(), 0)
            .unwrap()
            .values()
            .to_vec();
        (log, seed, values)
    };
    let (log_a, seed_a, a) = run("a.h5", &[]);
    let (_, seed_b, b) = run("b.h5", &[]);
    assert!(
        log_a.contains(&format!("--seed {seed_a} repeats this run")),
        "the drawn seed is printed: {log_a}"
    );
    assert_ne!(seed_a, seed_b, "two runs drew the same seed");
    assert_ne!(a, b, "two runs without --seed drew the same field");
    let (log_c, seed_c, c) = run("c.h5", &["--seed", &seed_a]);
    assert_eq!(seed_c, seed_a);
    assert_eq!(c, a, "--seed repeats the run bit for bit");
    assert!(
        !log_c.contains("drawn from the operating system"),
        "{log_c}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `sphfield condition` on stations: the file holds the library's posterior (mean coefficients
/// synthesised, exact std, Matheron draws of the same seed), the same bits on 1 and 2 threads,
/// and the observations.
#[test]
fn condition_stations_writes_the_library_posterior() {
    use sphfield::condition::{DenseKriging, Observations, Points};
    let dir = scratch();
    let csv = dir.join("stations.csv");
    let mut text = String::from("# test stations\nlat,lon,value,sigma\n");
    for i in 0..40 {
        let lat = -80.0 + 4.0 * i as f64;
        let lon = (i * 47 % 360) as f64;
        text += &format!(
            "{lat},{lon},{},{}\n",
            (i as f64 * 0.7).sin(),
            0.1 + 0.01 * i as f64
        );
    }
    std::fs::write(&csv, &text).unwrap();
    let run = |threads: &str, out: &Path| {
        ok(&[
            "condition",
            s(&csv),
            "--rho-km",
            "1500",
            "--nu",
            "1.5",
            "--grid",
            "gl",
            "--lmax",
            "31",
            "--members",
            "3",
            "--seed",
            "4",
            "--save-alm",
            "--threads",
            threads,
            "-q",
            "-o",
            s(out),
        ])
    };
    let (one, two) = (dir.join("one.h5"), dir.join("two.h5"));
    run("1", &one);
    run("2", &two);
    let r = FileReader::open(&one).unwrap();
    let r2 = FileReader::open(&two).unwrap();
    let spectrum = r.read_spectrum("model").unwrap();
    let obs = Observations::from_csv_str(&text, None, "stations").unwrap();
    let kriging = DenseKriging::new(&spectrum, obs.clone(), Par::Seq).unwrap();
    let mean_info = r.map_info("mean").unwrap();
    let sht = Sht::new(mean_info.geometry.clone(), 31, 31).unwrap();
    let expected = sht
        .synthesis(&kriging.mean_alm(Par::Seq).unwrap(), Par::Seq)
        .unwrap();
    assert_eq!(
        r.read_map(&mean_info, 0).unwrap().values(),
        expected.values()
    );
    let std = r.read_map(&r.map_info("std").unwrap(), 0).unwrap();
    let var = kriging
        .variance_at(&Points::of_geometry(&mean_info.geometry), Par::Seq)
        .unwrap();
    for (s, v) in std.values().iter().zip(&var) {
        assert_eq!(*s, v.sqrt());
    }
    let field = r.map_info("field").unwrap();
    let draws = kriging.draws(4, 0..3, Par::Seq).unwrap();
    for (k, draw) in draws.iter().enumerate() {
        let map = r.read_map(&field, k).unwrap();
        assert_eq!(
            map.values(),
            sht.synthesis(draw, Par::Seq).unwrap().values()
        );
        assert_eq!(
            map.values(),
            r2.read_map(&r2.map_info("field").unwrap(), k)
                .unwrap()
                .values()
        );
    }
    // Bad input: the line of a bad row, solvers that do not apply, a missing noise level.
    std::fs::write(dir.join("bad.csv"), "lat,lon,value\n10,20,1\n95,20,1\n").unwrap();
    let e = fails(&[
        "condition",
        s(&dir.join("bad.csv")),
        "--noise-sd",
        "0.1",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("line 3"), "{e}");
    let e = fails(&[
        "condition",
        s(&csv),
        "--solver",
        "harmonic",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("harmonic"), "{e}");
    assert!(!dir.join("x.h5").exists());
}

/// A masked map (HDF5 map + mask variable, NaN where unobserved): the harmonic and the dense
/// solver give the same posterior mean; errors for a missing noise level and a mask of the
/// wrong shape.
/// A HEALPix nside-8 field (lmax 16) in `dir/sky.h5` with a `mask` variable (NaN where
/// unobserved: every fourth pixel and the first hundred) and a `short_mask` of the wrong shape.
fn masked_sky(dir: &Path) -> PathBuf {
    let sky = dir.join("sky.h5");
    ok(&[
        "synth",
        "--grid",
        "healpix",
        "--nside",
        "8",
        "--lmax",
        "16",
        "--rho-deg",
        "30",
        "--seed",
        "2",
        "-q",
        "-o",
        s(&sky),
    ]);
    {
        let file = hdf5::File::open_rw(&sky).unwrap();
        let ds = file.dataset("field").unwrap();
        let mut values: Vec<f64> = ds.read_raw().unwrap();
        let mask: Vec<u8> = (0..values.len())
            .map(|p| u8::from(p % 4 != 0 && p > 100))
            .collect();
        for (v, m) in values.iter_mut().zip(&mask) {
            if *m == 0 {
                *v = f64::NAN;
            }
        }
        ds.write_raw(&values).unwrap();
        file.new_dataset_builder()
            .with_data(&mask)
            .create("mask")
            .unwrap();
        let wrong: Vec<u8> = vec![1; 10];
        file.new_dataset_builder()
            .with_data(&wrong)
            .create("short_mask")
            .unwrap();
    }
    sky
}

#[test]
fn condition_masked_map_harmonic_matches_dense() {
    let dir = scratch();
    let sky = masked_sky(&dir);
    let common = [
        "--rho-deg",
        "30",
        "--lmax",
        "16",
        "--noise-sd",
        "0.2",
        "--save-alm",
        "-q",
    ];
    let (h, d) = (dir.join("h.h5"), dir.join("d.h5"));
    ok(&[
        &[
            "condition",
            s(&sky),
            "--solver",
            "harmonic",
            "--cg-tolerance",
            "1e-13",
            "-o",
            s(&h),
        ],
        &common[..],
    ]
    .concat());
    ok(&[
        &["condition", s(&sky), "--solver", "dense", "-o", s(&d)],
        &common[..],
    ]
    .concat());
    let read = |p: &Path| {
        let r = FileReader::open(p).unwrap();
        let info = r.alm_info_named("mean").unwrap().unwrap();
        r.read_alm(&info, 0).unwrap()
    };
    let (a, b) = (read(&h), read(&d));
    let diff = a.max_abs_diff(&b).unwrap();
    assert!(diff <= 1e-10 * b.max_abs(), "harmonic vs dense: {diff}");
    let e = fails(&[
        "condition",
        s(&sky),
        "--rho-deg",
        "30",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("--noise-sd"), "{e}");
    let e = fails(&[
        "condition",
        s(&sky),
        "--rho-deg",
        "30",
        "--noise-sd",
        "1",
        "--mask",
        "short_mask",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("short_mask") && e.contains("shape"), "{e}");
    let e = fails(&[
        "condition",
        s(&sky),
        "--rho-deg",
        "30",
        "--noise-sd",
        "1",
        "--solver",
        "harmonic",
        "--png-std",
        s(&dir.join("s.png")),
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("--members"), "{e}");
    assert!(
        !dir.join("x.h5").exists(),
        "nothing is written when the arguments are refused"
    );
}

/// `sphfield fit` on fields drawn with known parameters recovers them within a few standard
/// errors and writes the estimated and fitted spectra.
#[test]
fn fit_recovers_the_parameters_of_synth_fields() {
    let dir = scratch();
    let fields = dir.join("fields.h5");
    ok(&[
        "synth",
        "--grid",
        "gl",
        "--lmax",
        "47",
        "--rho-deg",
        "15",
        "--nu",
        "1.5",
        "--variance",
        "2",
        "--members",
        "6",
        "--seed",
        "8",
        "-q",
        "-o",
        s(&fields),
    ]);
    let out = dir.join("fit.h5");
    let png = dir.join("fit.png");
    let printed = ok(&["fit", s(&fields), "-q", "-o", s(&out), "--png", s(&png)]);
    assert!(printed.contains("rho_km"), "{printed}");
    let r = FileReader::open(&out).unwrap();
    let attrs: std::collections::HashMap<String, String> =
        r.attributes().unwrap().into_iter().collect();
    let get = |k: &str| attrs[k].parse::<f64>().unwrap();
    for (name, truth) in [
        ("variance", 2.0),
        ("rho_rad", 15f64.to_radians()),
        ("nu", 1.5),
    ] {
        let z = (get(name) - truth) / get(&format!("{name}_se"));
        assert!(
            z.abs() < 5.0,
            "{name}: {} ± {} vs {truth}",
            get(name),
            get(&format!("{name}_se"))
        );
    }
    assert_eq!(
        r.spectrum_names().unwrap(),
        vec!["estimated".to_string(), "fitted".to_string()]
    );
    assert_eq!(&std::fs::read(&png).unwrap()[..8], b"\x89PNG\r\n\x1a\n");
}

/// `sphfield sample --observations`: posterior diffusion sampling with the Gaussian prior; the
/// samples' mean at a station agrees with the exact posterior mean (z-test), and the file keeps
/// the observations.
#[test]
fn sample_with_observations_draws_from_the_posterior() {
    use sphfield::condition::{DenseKriging, Observations, Points};
    let dir = scratch();
    let spec = dir.join("spec.txt");
    ok(&[
        "spectrum",
        "--rho-deg",
        "25",
        "--lmax",
        "16",
        "-o",
        s(&spec),
    ]);
    let csv = dir.join("obs.csv");
    std::fs::write(
        &csv,
        "lat,lon,value,sigma\n20,30,1.5,0.1\n-40,200,-1.0,0.1\n",
    )
    .unwrap();
    let out = dir.join("post.h5");
    ok(&[
        "sample",
        "--data-spectrum",
        s(&spec),
        "--observations",
        s(&csv),
        "--rho-deg",
        "40",
        "--members",
        "60",
        "--steps",
        "300",
        "--seed",
        "3",
        "--denoise",
        "--threads",
        "2",
        "-q",
        "-o",
        s(&out),
    ]);
    let r = FileReader::open(&out).unwrap();
    let info = r.alm_info().unwrap().unwrap();
    let alms: Vec<sphfield::Alm> = (0..60).map(|k| r.read_alm(&info, k).unwrap()).collect();
    let c = sphfield::spectrum::AngularSpectrum::from_table_file(
        &spec,
        sphfield::spectrum::TableConvention::Cl,
        None,
    )
    .unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    let obs = Observations::from_csv_str(&text, None, "obs").unwrap();
    let kriging = DenseKriging::new(&c, obs, Par::Seq).unwrap();
    let at = Points::from_lat_lon_degrees(&[20.0, 0.0], &[30.0, 100.0]).unwrap();
    let (m, v) = (
        kriging.mean_at(&at, Par::Seq).unwrap(),
        kriging.variance_at(&at, Par::Seq).unwrap(),
    );
    let refs: Vec<&sphfield::Alm> = alms.iter().collect();
    let values = at.evaluate(&refs, Par::Seq).unwrap();
    for j in 0..2 {
        let mean = values.iter().map(|f| f[j]).sum::<f64>() / 60.0;
        // At t0 = 1e-3 the denoised samples E[X_0 | X_t0, y] are posterior draws up to a
        // shrinkage of order v_t0 = 1e-3: their mean is N(m, v/N) to that accuracy.
        let z = (mean - m[j]) / (v[j] / 60.0).sqrt();
        assert!(
            z.abs() < 5.0,
            "point {j}: sample mean {mean}, posterior mean {}, sd {}",
            m[j],
            v[j].sqrt()
        );
    }
    let group = hdf5::File::open(&out)
        .unwrap()
        .group("observations")
        .unwrap();
    assert_eq!(
        group.dataset("value").unwrap().read_raw::<f64>().unwrap(),
        vec![1.5, -1.0]
    );
}

/// `sphfield fit --mask` fits a masked map's observed pixels: the same estimates as the same
/// pixels given as a stations CSV.
#[test]
fn fit_masked_map_equals_its_pixels_as_stations() {
    use sphfield::condition::Points;
    let dir = scratch();
    let sky = masked_sky(&dir);
    let r = FileReader::open(&sky).unwrap();
    let info = r.map_info("field").unwrap();
    let values = r.read_map_values(&info, 0).unwrap();
    let grid = Points::of_geometry(&info.geometry);
    let (lat, lon) = (grid.latitudes_degrees(), grid.longitudes_degrees());
    let mut text = String::from("lat,lon,value\n");
    for (p, v) in values.iter().enumerate() {
        if v.is_finite() {
            text += &format!("{:?},{:?},{:?}\n", lat[p], lon[p], v);
        }
    }
    let csv = dir.join("pixels.csv");
    std::fs::write(&csv, text).unwrap();
    let common = ["--lmax", "16", "--noise-sd", "0.05", "-q"];
    let (a, b) = (dir.join("a.h5"), dir.join("b.h5"));
    ok(&[
        &["fit", s(&sky), "--mask", "mask", "-o", s(&a)],
        &common[..],
    ]
    .concat());
    ok(&[&["fit", s(&csv), "-o", s(&b)], &common[..]].concat());
    let attributes = |p: &Path| -> std::collections::HashMap<String, String> {
        FileReader::open(p)
            .unwrap()
            .attributes()
            .unwrap()
            .into_iter()
            .collect()
    };
    let (ea, eb) = (attributes(&a), attributes(&b));
    for name in ["variance", "rho_rad", "nu"] {
        let (x, y): (f64, f64) = (ea[name].parse().unwrap(), eb[name].parse().unwrap());
        assert!((x - y).abs() <= 1e-6 * y.abs(), "{name}: {x} vs {y}");
    }
    // The field has no noise beyond the given σ = 0.05, so the fitted nugget goes to 0 in both:
    // compare it with the noise variance it adds to.
    let (x, y): (f64, f64) = (ea["nugget"].parse().unwrap(), eb["nugget"].parse().unwrap());
    assert!((x - y).abs() <= 1e-6 * 0.05 * 0.05, "nugget: {x} vs {y}");
    let e = fails(&[
        "fit",
        s(&sky),
        "--mask",
        "short_mask",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("short_mask"), "{e}");
}

/// `sphfield sample --observations MAP`: the Gaussian prior conditioned on a masked map by
/// conjugate gradients, bit for bit the library's MapConditionedGaussianPrior through the same
/// sampler; `--mixture` bit for bit the library's GaussianMixturePrior; a mixture with map
/// observations is refused.
#[test]
fn sample_conditions_on_masked_maps_and_samples_mixtures() {
    use sphfield::condition::{
        CgOptions, MapConditionedGaussianPrior, MapObservations, PixelNoise,
    };
    use sphfield::ou::Schedule;
    use sphfield::sampler::{Method, Sampler};
    use sphfield::score::{GaussianMixturePrior, GaussianPrior};
    use sphfield::spectrum::{AngularSpectrum, TableConvention};
    let dir = scratch();
    let sky = masked_sky(&dir);
    let spec = dir.join("spec.txt");
    ok(&[
        "spectrum",
        "--rho-deg",
        "30",
        "--lmax",
        "16",
        "-o",
        s(&spec),
    ]);
    let out = dir.join("post.h5");
    let common = [
        "--data-spectrum",
        s(&spec),
        "--rho-deg",
        "40",
        "--members",
        "2",
        "--steps",
        "40",
        "--seed",
        "5",
        "--threads",
        "2",
        "-q",
    ];
    ok(&[
        &[
            "sample",
            "--observations",
            s(&sky),
            "--noise-sd",
            "0.2",
            "--cg-tolerance",
            "1e-10",
            "-o",
            s(&out),
        ],
        &common[..],
    ]
    .concat());
    let c = AngularSpectrum::from_table_file(&spec, TableConvention::Cl, None).unwrap();
    // The OU noise covariance of --rho-deg 40 (variance 1, ν = 1.5 by default).
    let q = WhittleMatern::from_correlation_length(1.0, Length::Radians(40f64.to_radians()), 1.5)
        .unwrap()
        .spectrum(16)
        .unwrap();
    let ou = OrnsteinUhlenbeck::new(q, 1.0).unwrap();
    let r = FileReader::open(&sky).unwrap();
    let info = r.map_info("field").unwrap();
    let values = r.read_map_values(&info, 0).unwrap();
    let mask: Vec<bool> = values.iter().map(|v| v.is_finite()).collect();
    let observed = mask.iter().filter(|m| **m).count();
    let obs = MapObservations::new(
        info.geometry.clone(),
        values,
        mask,
        PixelNoise::Uniform(0.2 * 0.2), // as the CLI squares --noise-sd
    )
    .unwrap();
    let prior = GaussianPrior::new(ou.clone(), c.clone(), None).unwrap();
    let sht = Sht::new(info.geometry.clone(), 16, 16).unwrap();
    let options = CgOptions {
        tolerance: 1e-10,
        max_iterations: 2000,
    };
    let score = MapConditionedGaussianPrior::new(prior, sht, obs, options).unwrap();
    // The command line's defaults: exponential Heun, geometric from t0 = 1e-4 to T = 10.
    let sampler = Sampler::new(
        Method::ExponentialHeun,
        Schedule::geometric(1e-4, 10.0, 40).unwrap(),
    );
    let expected = sampler.sample_batch(&score, 5, 0..2, Par::Seq).unwrap();
    let read = |p: &Path| -> Vec<sphfield::Alm> {
        let r = FileReader::open(p).unwrap();
        let info = r.alm_info().unwrap().unwrap();
        (0..2).map(|k| r.read_alm(&info, k).unwrap()).collect()
    };
    assert_eq!(read(&out), expected, "CLI = library, bit for bit");
    let group = hdf5::File::open(&out)
        .unwrap()
        .group("observations")
        .unwrap();
    assert_eq!(group.dataset("value").unwrap().size(), observed);

    // A mixture whose means are three synth fields.
    let means = dir.join("means.h5");
    ok(&[
        "synth",
        "--grid",
        "gl",
        "--lmax",
        "16",
        "--rho-deg",
        "30",
        "--members",
        "3",
        "--seed",
        "6",
        "--save-alm",
        "-q",
        "-o",
        s(&means),
    ]);
    let mix = dir.join("mix.h5");
    ok(&[
        &["sample", "--mixture", s(&means), "-o", s(&mix)],
        &common[..],
    ]
    .concat());
    let r = FileReader::open(&means).unwrap();
    let info = r.alm_info().unwrap().unwrap();
    let m: Vec<sphfield::Alm> = (0..3).map(|k| r.read_alm(&info, k).unwrap()).collect();
    let mixture = GaussianMixturePrior::new(ou, &m, c, Par::Seq).unwrap();
    let expected = sampler.sample_batch(&mixture, 5, 0..2, Par::Seq).unwrap();
    assert_eq!(read(&mix), expected, "CLI mixture = library, bit for bit");
    let e = fails(
        &[
            &[
                "sample",
                "--mixture",
                s(&means),
                "--observations",
                s(&sky),
                "--noise-sd",
                "0.2",
                "-o",
                s(&dir.join("x.h5")),
            ],
            &common[..],
        ]
        .concat(),
    );
    assert!(e.contains("mixture") && e.contains("station"), "{e}");
}

#[test]
fn wind_and_polarized_synth_match_the_library() {
    use sphfield::vector::{
        CrossSpectra, HelmholtzPotentials, PolarizedSky, PolarizedSpectra, WindField,
    };
    let dir = scratch();
    // Winds: ψ Matérn (ρ = 1000 km on the Earth), χ at 30 % of it, divided by the radius.
    let wind = dir.join("wind.h5");
    let args = |out: &Path, threads: &'static str| -> Vec<String> {
        [
            "synth",
            "--kind",
            "wind",
            "--rho-km",
            "1000",
            "--nu",
            "1.5",
            "--radius-km",
            "6371",
            "--divergent-fraction",
            "0.3",
            "--grid",
            "gl",
            "--nlat",
            "24",
            "--members",
            "2",
            "--seed",
            "9",
            "--threads",
            threads,
            "-q",
            "-o",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([s(out).to_string()])
        .collect()
    };
    let a1: Vec<String> = args(&wind, "1");
    ok(&a1.iter().map(String::as_str).collect::<Vec<_>>());
    let wind2 = dir.join("wind2.h5");
    let a2: Vec<String> = args(&wind2, "2");
    ok(&a2.iter().map(String::as_str).collect::<Vec<_>>());
    let file = FileReader::open(&wind).unwrap();
    let file2 = FileReader::open(&wind2).unwrap();
    let (u_info, v_info) = (file.map_info("u").unwrap(), file.map_info("v").unwrap());
    let lmax = u_info.geometry.default_lmax();
    let psi = file.read_spectrum("stream_function").unwrap();
    assert_eq!(psi.lmax(), lmax);
    let chi = file.read_spectrum("velocity_potential").unwrap();
    for (c, p) in chi.values().iter().zip(psi.values()) {
        assert_eq!(*c, 0.3 * p);
    }
    let spectra = CrossSpectra::new(&[&psi, &chi], &[]).unwrap();
    let sht = Sht::new(u_info.geometry.clone(), lmax, lmax).unwrap();
    for k in 0..2 {
        let pot = HelmholtzPotentials::sample(&spectra, 9, k as u64, Par::Seq).unwrap();
        let w = WindField::synthesize(&sht, &pot, Par::Seq).unwrap();
        let u = file.read_map(&u_info, k).unwrap();
        let v = file.read_map(&v_info, k).unwrap();
        let scale = 6371e3;
        for (got, want) in [(&u, &w.u), (&v, &w.v)] {
            let worst = got
                .values()
                .iter()
                .zip(want.values())
                .map(|(g, w)| (g - w / scale).abs())
                .fold(0.0, f64::max);
            let size = want
                .values()
                .iter()
                .map(|w| (w / scale).abs())
                .fold(0.0, f64::max);
            assert!(worst <= 1e-13 * size, "member {k}: {worst:e} of {size:e}");
        }
        assert_eq!(
            u.values(),
            file2
                .read_map(&file2.map_info("u").unwrap(), k)
                .unwrap()
                .values()
        );
    }
    // Polarised sky from the example CAMB-style table.
    let table = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/example_cmb_like_pol_dl.txt"
    );
    let sky = dir.join("sky.h5");
    ok(&[
        "synth",
        "--kind",
        "polarized",
        "--spectrum-file",
        table,
        "--grid",
        "healpix",
        "--nside",
        "8",
        "--lmax",
        "16",
        "--seed",
        "4",
        "--units",
        "uK",
        "--save-alm",
        "-q",
        "-o",
        s(&sky),
    ]);
    let f = FileReader::open(&sky).unwrap();
    let infos: Vec<_> = ["T", "Q", "U"]
        .iter()
        .map(|n| f.map_info(n).unwrap())
        .collect();
    let spectra = PolarizedSpectra::from_camb_file(table, Some(16)).unwrap();
    let want = PolarizedSky::sample(&spectra, 4, 0, Par::Seq).unwrap();
    let sht = Sht::new(infos[0].geometry.clone(), 16, 16).unwrap();
    let maps = want.to_maps(&sht, Par::Seq).unwrap();
    for (info, m) in infos.iter().zip(&maps) {
        assert_eq!(f.read_map(info, 0).unwrap().values(), m.values());
    }
    for (name, alm) in [("T", &want.t), ("E", &want.e), ("B", &want.b)] {
        let info = f
            .alm_info_named(name)
            .unwrap()
            .expect("harmonic coefficients");
        assert_eq!(&f.read_alm(&info, 0).unwrap(), alm, "harmonic/{name}");
    }
    // analyze --kind polarized: the six spectra of the library's analysis of those maps.
    let out = dir.join("spectra.h5");
    ok(&[
        "analyze",
        "--kind",
        "polarized",
        s(&sky),
        "--lmax",
        "16",
        "-q",
        "-o",
        s(&out),
    ]);
    let back = PolarizedSky::from_maps(
        &sht,
        maps[0].values(),
        maps[1].values(),
        maps[2].values(),
        Par::Seq,
    )
    .unwrap();
    let est = back.spectra().unwrap();
    let fa = FileReader::open(&out).unwrap();
    for (name, want) in [("TT", &est.tt), ("EE", &est.ee), ("BB", &est.bb)] {
        let got = fa.read_spectrum(name).unwrap();
        for (g, w) in got.values().iter().zip(want.iter()) {
            assert!(
                (g - w).abs() <= 1e-12 * w.abs().max(1e-30),
                "{name}: {g} vs {w}"
            );
        }
    }
    // analyze --kind wind on the wind file.
    let ke = dir.join("ke.h5");
    ok(&["analyze", "--kind", "wind", s(&wind), "-q", "-o", s(&ke)]);
    let fk = FileReader::open(&ke).unwrap();
    assert!(fk
        .spectrum_names()
        .unwrap()
        .contains(&"kinetic_energy".to_string()));
    // Errors.
    let e = fails(&[
        "synth",
        "--kind",
        "polarized",
        "--grid",
        "healpix",
        "--nside",
        "4",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("--spectrum-file"), "{e}");
    let e = fails(&[
        "synth",
        "--kind",
        "wind",
        "--divergent-fraction",
        "-1",
        "--grid",
        "healpix",
        "--nside",
        "4",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(e.contains("divergent-fraction"), "{e}");
    let e = fails(&[
        "analyze",
        "--kind",
        "wind",
        s(&sky),
        "-o",
        s(&dir.join("y.h5")),
    ]);
    assert!(e.contains("variable u"), "{e}");
}

#[test]
fn synth_times_writes_space_time_fields_and_spectrum_prints_k_theta_tau() {
    let dir = scratch();
    let out = dir.join("st.h5");
    let args = [
        "synth",
        "--nlat",
        "16",
        "--times",
        "0:0.5:3",
        "--temporal-scale",
        "2",
        "--temporal-exponent",
        "0.5",
        "--members",
        "2",
        "--seed",
        "4",
        "--save-alm",
        "-q",
        "-o",
        s(&out),
    ];
    ok(&args);
    let f = hdf5::File::open(&out).unwrap();
    let field = f.dataset("field").unwrap();
    assert_eq!(field.shape()[..2], [2, 6]);
    let time = f.dataset("time").unwrap();
    assert_eq!(
        time.read_raw::<f64>().unwrap(),
        vec![0.0, 0.5, 1.0, 1.5, 2.0, 2.5]
    );
    let units: hdf5::types::VarLenUnicode = time.attr("units").unwrap().read_scalar().unwrap();
    assert!(units.as_str().starts_with("days since"));
    let history: hdf5::types::VarLenUnicode = f.attr("history").unwrap().read_scalar().unwrap();
    assert!(history.as_str().contains("--times"));
    // The same (seed, member) at the first stamp is the ordinary synth field.
    let plain = dir.join("plain.h5");
    ok(&[
        "synth",
        "--nlat",
        "16",
        "--members",
        "2",
        "--seed",
        "4",
        "-q",
        "-o",
        s(&plain),
    ]);
    let first: Vec<f64> = field.read_raw().unwrap();
    let plain: Vec<f64> = hdf5::File::open(&plain)
        .unwrap()
        .dataset("field")
        .unwrap()
        .read_raw()
        .unwrap();
    let npix = plain.len() / 2;
    assert_eq!(first[..npix], plain[..npix]);
    // Errors.
    for bad in ["0:0:3", "3,1"] {
        let mut a = args.to_vec();
        a[4] = bad;
        a.push("--force");
        assert!(fails(&a).contains("--times"));
    }
    let no_scale = fails(&[
        "synth",
        "--nlat",
        "8",
        "--times",
        "0:1:2",
        "-o",
        s(&dir.join("x.h5")),
    ]);
    assert!(no_scale.contains("--temporal-scale"), "{no_scale}");
    // spectrum --lags: the lag-0 row is the spatial covariance.
    let text = ok(&[
        "spectrum",
        "--lmax",
        "30",
        "--covariance-deg",
        "0,10",
        "--lags",
        "0,2",
        "--temporal-scale",
        "2",
        "-q",
    ]);
    let rows: Vec<Vec<f64>> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_whitespace().map(|v| v.parse().unwrap()).collect())
        .filter(|r: &Vec<f64>| r.len() == 4)
        .collect();
    assert_eq!(rows.len(), 4);
    let spatial: Vec<Vec<f64>> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_whitespace().map(|v| v.parse().unwrap()).collect())
        .filter(|r: &Vec<f64>| r.len() == 3)
        .collect();
    assert_eq!(rows[0][2], spatial[0][1]);
    // Separable (γ = 0): k(θ, τ) = k(θ) e^{−τ/τ0}.
    let expected = spatial[1][1] * (-1.0f64).exp();
    assert!((rows[3][2] - expected).abs() < 1e-12 * expected.abs());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dsm_writes_linear_spde_and_allen_cahn_pairs() {
    // Linear (heat) and Allen–Cahn with ε = 0 (where the Malliavin target must be the denoising
    // target of its own path): target = −(noisy − a_l clean)/v_l per degree, to rounding.
    let dir = scratch();
    let data = dir.join("data.h5");
    ok(&[
        "synth",
        "--nlat",
        "24",
        "--lmax",
        "11",
        "--members",
        "2",
        "--seed",
        "3",
        "--save-alm",
        "-q",
        "-o",
        s(&data),
    ]);
    let beta = 1.5f64;
    for (drift, extra) in [
        ("heat", vec!["--drift-scale", "0.05"]),
        ("allen-cahn", vec!["--epsilon", "0"]),
    ] {
        let out = dir.join(format!("{drift}.h5"));
        let mut args = vec![
            "dsm",
            s(&data),
            "--times",
            "0.2,1.0",
            "--beta",
            "1.5",
            "--drift",
            drift,
            "--seed",
            "8",
            "-q",
            "-o",
            s(&out),
        ];
        args.extend(extra);
        ok(&args);
        let r = FileReader::open(&out).unwrap();
        let read = |name: &str| -> Vec<num_complex::Complex64> {
            let info = r.alm_info_named(name).unwrap().unwrap();
            (0..info.count())
                .flat_map(|k| r.read_alm(&info, k).unwrap().as_slice().to_vec())
                .collect()
        };
        let (clean, noisy, target) = (read("alm"), read("noisy"), read("target"));
        let ncoef = clean.len() / 2;
        let rate = |l: usize| match drift {
            "heat" => 0.05 * (l * (l + 1)) as f64,
            _ => beta / 2.0,
        };
        for (k, t) in [0.2f64, 1.0].iter().enumerate() {
            for i in 0..2 {
                let at = (k * 2 + i) * ncoef;
                let mut idx = 0;
                for m in 0..=11usize {
                    for l in m..=11usize {
                        let lam = rate(l);
                        let a = (-lam * t).exp();
                        let v = if lam == 0.0 {
                            beta * t
                        } else {
                            -(-2.0 * lam * t).exp_m1() * beta / (2.0 * lam)
                        };
                        let expected = -(noisy[at + idx] - clean[i * ncoef + idx] * a) / v;
                        let got = target[at + idx];
                        assert!(
                            (got - expected).norm() <= 1e-9 * expected.norm().max(1.0),
                            "{drift} t={t} member {i} (l={l}, m={m}): {got} vs {expected}"
                        );
                        idx += 1;
                    }
                }
            }
        }
    }
    assert!(fails(&[
        "diffuse",
        s(&data),
        "--times",
        "1",
        "--drift",
        "allen-cahn",
        "-o",
        s(&dir.join("x.h5"))
    ])
    .contains("linear"));
    let _ = std::fs::remove_dir_all(&dir);
}
