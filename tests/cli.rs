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
    let (a, v) = (ou1.signal(0.5), ou1.noise_variance(0.5));
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
