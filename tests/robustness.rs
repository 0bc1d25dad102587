//! Regression tests for what an adversarial user did to sphfield (the data-loss, hang, crash
//! and panic cases of the robustness review): each test fails on the code before its fix.
//! The byte-level fuzzing of files is in `fuzz_hdf5.rs`, the property tests of the table
//! parser and the argument space in `properties.rs`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sphfield-robust-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_sphfield"));
    c.args(args).env_remove("SPHFIELD_NUM_THREADS");
    c
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Waits for `child` at most `limit`; a child still running then is a hang (killed, test fails).
fn wait_or_kill(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{what}: still running after {limit:?} (a hang)");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// [`wait_or_kill`], then the child's output.
fn wait_bounded(mut child: Child, limit: Duration, what: &str) -> Output {
    wait_or_kill(&mut child, limit, what);
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    let child = command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_bounded(
        child,
        Duration::from_secs(120),
        &format!("sphfield {args:?}"),
    )
}

/// A command that must fail with a clear error (exit 1, no panic); returns its stderr.
fn refused(args: &[&str], expected: &str) -> String {
    let out = run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "sphfield {args:?}: {stderr}");
    assert!(
        !stderr.contains("panicked"),
        "a panic reached the user: {stderr}"
    );
    assert!(
        stderr.contains(expected),
        "sphfield {args:?}: expected {expected:?} in\n{stderr}"
    );
    stderr
}

fn succeeds(args: &[&str]) -> Output {
    let out = run(args);
    assert!(
        out.status.success(),
        "sphfield {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("sphfield-tmp"))
        .collect()
}

#[cfg(unix)]
#[test]
fn force_never_replaces_a_device() {
    use std::os::unix::fs::FileTypeExt;
    for device in ["/dev/null", "/dev/full"] {
        if !Path::new(device).exists() {
            continue;
        }
        refused(
            &["synth", "-q", "--nlat", "8", "--force", "-o", device],
            "is a device",
        );
        let kind = std::fs::metadata(device).unwrap().file_type();
        assert!(kind.is_char_device(), "{device} was replaced");
    }
}

#[test]
fn outputs_may_not_collide_with_each_other_or_an_input() {
    let dir = scratch("collide");
    let data = dir.join("f.h5");
    succeeds(&["synth", "-q", "--nlat", "8", "--seed", "1", "-o", s(&data)]);
    let before = std::fs::read(&data).unwrap();
    // The same file, and the same file under another spelling.
    let other = format!("{}/./f.h5", s(&dir));
    for png in [s(&data), other.as_str()] {
        let args = [
            "synth",
            "-q",
            "--nlat",
            "8",
            "-o",
            s(&data),
            "--png",
            png,
            "--force",
        ];
        refused(&args, "name the same file");
    }
    refused(
        &["analyze", "-q", s(&data), "-o", s(&data), "--force"],
        "is also the input",
    );
    refused(
        &["plot", "-q", s(&data), "-o", s(&data), "--force"],
        "is also the input",
    );
    assert_eq!(
        std::fs::read(&data).unwrap(),
        before,
        "the data file changed"
    );
}

#[test]
fn thread_counts_are_bounded_everywhere() {
    refused(
        &[
            "--threads",
            "100000",
            "synth",
            "-q",
            "--nlat",
            "8",
            "-o",
            "/nonexistent/x.h5",
        ],
        "at most",
    );
    let out = command(&["synth", "-q", "--nlat", "8", "-o", "/nonexistent/x.h5"])
        .env("SPHFIELD_NUM_THREADS", "100000")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("SPHFIELD_NUM_THREADS") && stderr.contains("at most"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn termination_signals_remove_the_temporary_file() {
    for signal in [
        libc_signal::SIGTERM,
        libc_signal::SIGINT,
        libc_signal::SIGHUP,
    ] {
        let dir = scratch(&format!("signal{signal}"));
        let target = dir.join("big.h5");
        let mut child = command(&[
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
        let start = Instant::now();
        while temporaries(&dir).is_empty() || file_bytes(&dir) < 1_000_000 {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "synth did not start"
            );
            assert!(child.try_wait().unwrap().is_none(), "synth ended early");
            std::thread::sleep(Duration::from_millis(20));
        }
        let status = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let ended = wait_or_kill(&mut child, Duration::from_secs(30), "after the signal");
        assert!(!ended.success(), "signal {signal}: {ended:?}");
        assert_eq!(temporaries(&dir), Vec::<String>::new(), "signal {signal}");
        assert!(!target.exists());
    }
}

/// Signal numbers (the same on every Linux and BSD for these three).
mod libc_signal {
    pub const SIGHUP: i32 = 1;
    pub const SIGINT: i32 = 2;
    pub const SIGTERM: i32 = 15;
}

fn file_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// `ulimit -v` for a child: its address space is limited to `bytes`.
#[cfg(target_os = "linux")]
fn with_address_space_limit(cmd: &mut Command, bytes: u64) -> &mut Command {
    use std::os::unix::process::CommandExt;
    // SAFETY: only setrlimit, which is async-signal-safe, runs between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        })
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_failing_write_ends_the_command_instead_of_hanging() {
    // Regression: under `ulimit -v 200000` the HDF5 write failed part-way while the member
    // producer was blocked on a full channel, and the process waited forever at 0 % CPU.
    let dir = scratch("memlimit");
    let target = dir.join("mem.h5");
    let mut cmd = command(&[
        "synth",
        "--members",
        "5",
        "--grid",
        "healpix",
        "--nside",
        "256",
        "-q",
        "-o",
        s(&target),
    ]);
    with_address_space_limit(&mut cmd, 200_000 * 1024);
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_bounded(child, Duration::from_secs(60), "synth under a memory limit");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Either it fits (exit 0) or it says why (exit 1); never a hang, a panic or an abort.
    assert!(
        matches!(out.status.code(), Some(0) | Some(1)),
        "{:?}: {stderr}",
        out.status
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    if out.status.code() == Some(1) {
        assert!(!target.exists());
        assert_eq!(temporaries(&dir), Vec::<String>::new());
    }
}

/// Writes a file in sphfield's layout whose map variable claims `shape` (chunked, unwritten:
/// a few KiB on disk) on HEALPix `nside`.
fn sparse_file(path: &Path, shape: &[usize], nside: usize) {
    let file = hdf5::File::create(path).unwrap();
    let ds = file
        .new_dataset::<f64>()
        .chunk(
            vec![1; shape.len() - 1]
                .into_iter()
                .chain([768.min(shape[shape.len() - 1])])
                .collect::<Vec<_>>(),
        )
        .shape(shape)
        .create("field")
        .unwrap();
    let text: hdf5::types::VarLenUnicode = "healpix".parse().unwrap();
    ds.new_attr::<hdf5::types::VarLenUnicode>()
        .create("grid_type")
        .unwrap()
        .write_scalar(&text)
        .unwrap();
    ds.new_attr::<u64>()
        .create("nside")
        .unwrap()
        .write_scalar(&(nside as u64))
        .unwrap();
}

#[test]
fn sizes_claimed_by_tiny_files_are_refused_before_allocating() {
    let dir = scratch("claims");
    let out = dir.join("out.h5");
    let huge = dir.join("huge.h5");
    sparse_file(&huge, &[1 << 40, 768], 8);
    let billion = dir.join("billion.h5");
    sparse_file(&billion, &[1_000_000_000, 768], 8);
    for file in [&huge, &billion] {
        for args in [
            vec!["info", s(file)],
            vec!["analyze", "-q", s(file), "-o", s(&out), "--force"],
            vec![
                "diffuse",
                "-q",
                s(file),
                "--times",
                "0.1",
                "-o",
                s(&out),
                "--force",
            ],
            vec!["plot", "-q", s(file), "-o", s(&out), "--force"],
        ] {
            refused(&args, "more than the 100000000 maps");
        }
    }
    assert!(!out.exists());
}

#[cfg(target_os = "linux")]
#[test]
fn a_map_larger_than_memory_is_an_error() {
    // A sparse HEALPix nside 16384 map (3.2e9 pixels, 25.8 GB as f64) with the address space
    // limited to 4 GiB, so that the check is the same on machines with more memory.
    let dir = scratch("bigmap");
    let big = dir.join("nside16384.h5");
    sparse_file(&big, &[12 * 16384 * 16384], 16384);
    for args in [
        vec!["plot", "-q", s(&big), "-o", "/nonexistent/x.png"],
        vec![
            "analyze",
            "-q",
            s(&big),
            "--lmax",
            "8",
            "-o",
            "/nonexistent/x.h5",
        ],
    ] {
        let mut cmd = command(&args);
        with_address_space_limit(&mut cmd, 4 << 30);
        let child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = wait_bounded(child, Duration::from_secs(60), "reading a huge map");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("too large") || stderr.contains("exceeds"),
            "{stderr}"
        );
    }
}

#[test]
fn endless_spectrum_files_are_refused() {
    if Path::new("/dev/zero").exists() {
        refused(
            &[
                "synth",
                "-q",
                "--model",
                "table",
                "--spectrum-file",
                "/dev/zero",
                "-o",
                "/nonexistent/x.h5",
            ],
            "too large",
        );
    }
}

#[test]
fn overflowing_spectra_are_input_errors() {
    use num_complex::Complex64;
    let mut alm = sphfield::Alm::zeros(4, 4).unwrap();
    alm[(3, 1)] = Complex64::new(1e160, 1e160);
    let err = sphfield::spectrum::anafast(&alm).unwrap_err().to_string();
    assert!(err.contains("overflows"), "{err}");

    // The same through the command line: a map of 1e200 values.
    let dir = scratch("overflow");
    let path = dir.join("huge-values.h5");
    let g = sphfield::Geometry::gauss_legendre(8, 15).unwrap();
    let map = sphfield::Map::new(g.clone(), vec![1e200; g.npix()]).unwrap();
    let w = sphfield::io::FileWriter::create(
        &path,
        Default::default(),
        &sphfield::io::Provenance::from_call("test"),
    )
    .unwrap();
    w.write_map(&map, &Default::default()).unwrap();
    w.commit().unwrap();
    refused(
        &["analyze", "-q", s(&path), "-o", s(&dir.join("a.h5"))],
        "overflows",
    );
}

#[test]
fn a_closed_pipe_ends_quietly_and_a_full_device_is_an_error() {
    let dir = scratch("pipes");
    let data = dir.join("f.h5");
    succeeds(&["synth", "-q", "--nlat", "8", "-o", s(&data)]);
    for args in [vec!["info", s(&data)], vec!["spectrum", "--lmax", "3000"]] {
        // The reader goes away at once, as `| head -1` does after its line.
        let mut child = command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = wait_bounded(child, Duration::from_secs(60), "closed pipe");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let out = command(&["info", s(&data)])
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("writing to standard output"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn file_names_need_not_be_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("names");
    let name = std::ffi::OsStr::from_bytes(b"bad\xff.h5");
    let path = dir.join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_sphfield"))
        .args(["synth", "-q", "--nlat", "8", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(path.exists());
    // Long names (≤ 255 bytes) work too, despite the temporary-name affix.
    let long = dir.join("x".repeat(250) + ".h5");
    succeeds(&["synth", "-q", "--nlat", "8", "-o", s(&long)]);
    assert!(long.exists());
}

#[test]
fn smaller_cases_each_get_a_clear_error() {
    let dir = scratch("small");
    let out = dir.join("o.h5");
    refused(
        &[
            "synth",
            "-q",
            "--lmax",
            "18446744073709551615",
            "-o",
            s(&out),
        ],
        "exceeds the largest band limit",
    );
    let data = dir.join("f.h5");
    succeeds(&[
        "synth",
        "-q",
        "--grid",
        "healpix",
        "--nside",
        "4",
        "-o",
        s(&data),
    ]);
    refused(
        &[
            "analyze",
            "-q",
            s(&data),
            "--iterations",
            "1000000",
            "-o",
            s(&out),
        ],
        "at most 100",
    );
    // --convention is refused where nothing is tabulated, and acts on --data-spectrum via
    // --data-convention.
    let table = dir.join("dl.txt");
    std::fs::write(&table, "0 0\n1 1\n2 1\n3 1\n4 1\n").unwrap();
    refused(
        &[
            "sample",
            "-q",
            "--data-spectrum",
            s(&table),
            "--convention",
            "dl",
            "-o",
            s(&out),
        ],
        "--convention not used by --model matern",
    );
    let as_dl = dir.join("as-dl.h5");
    let as_cl = dir.join("as-cl.h5");
    for (path, convention) in [(&as_dl, "dl"), (&as_cl, "cl")] {
        succeeds(&[
            "sample",
            "-q",
            "--data-spectrum",
            s(&table),
            "--data-convention",
            convention,
            "--steps",
            "5",
            "--seed",
            "3",
            "-o",
            s(path),
        ]);
    }
    let read = |p: &Path| -> Vec<f64> {
        let f = sphfield::io::FileReader::open(p).unwrap();
        let a = f.alm_info().unwrap().unwrap();
        f.read_alm(&a, 0)
            .unwrap()
            .as_slice()
            .iter()
            .map(|c| c.re)
            .collect()
    };
    assert_ne!(
        read(&as_dl),
        read(&as_cl),
        "--data-convention had no effect"
    );
    // So is any option the chosen model does not use, and model options without a model.
    refused(
        &[
            "synth",
            "-q",
            "--model",
            "heat",
            "--nu",
            "2.5",
            "-o",
            s(&out),
        ],
        "--nu not used by --model heat",
    );
    refused(
        &["analyze", "-q", s(&data), "--rho-km", "500", "-o", s(&out)],
        "add --with-model",
    );
    // --quiet leaves only the data.
    let out = succeeds(&["spectrum", "--quiet", "--lmax", "2"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("variance of the field"), "{text}");
}

#[test]
fn a_file_with_no_members_is_refused_by_name() {
    let dir = scratch("empty");
    let path = dir.join("empty.h5");
    sparse_file(&path, &[0, 768], 8);
    refused(
        &["analyze", "-q", s(&path), "-o", s(&dir.join("a.h5"))],
        "holds no maps",
    );
}
