//! Property tests over inputs a user controls: the spectrum-table parser on arbitrary text and
//! on generated valid tables, and the command line over a space of options and hostile values
//! (negative, huge, NaN, overflowing, not numbers). Every run must end with exit 0, 1 (a clear
//! error) or 2 (a usage error from the argument parser), within a minute, and never panic.
//! `PROPTEST_CASES=2000 PROPTEST_RNG_SEED=7 cargo test --release --test properties` for a
//! longer run on other cases (CI runs a fixed seed).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use sphfield::spectrum::{AngularSpectrum, TableConvention};

/// A fixed seed, so that CI runs the same cases every time; `PROPTEST_RNG_SEED=n` explores others.
fn seed() -> RngSeed {
    let n = std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20261127);
    RngSeed::Fixed(n)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, rng_seed: seed(), ..ProptestConfig::default() })]

    #[test]
    fn table_parser_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        for convention in [TableConvention::Cl, TableConvention::Dl] {
            if let Ok(s) = AngularSpectrum::from_table_str(&text, convention, None, "fuzz") {
                prop_assert!(s.values().iter().all(|c| c.is_finite() && *c >= 0.0));
                prop_assert!(s.lmax() <= sphfield::alm::MAX_LMAX);
            }
        }
    }

    #[test]
    fn table_parser_reads_what_was_written(
        first in 0usize..5,
        values in prop::collection::vec(0.0f64..1e12, 1..60),
        separator in prop::sample::select(vec![" ", "\t", ",", ";", " , ", "   "]),
        header in any::<bool>(),
        comments in any::<bool>(),
    ) {
        let mut text = String::new();
        if comments {
            text.push_str("# a spectrum table\n% another comment\n\n");
        }
        if header {
            text.push_str(&format!("ell{separator}cl\n"));
        }
        for (k, v) in values.iter().enumerate() {
            let trailing = if comments { "  # note" } else { "" };
            text.push_str(&format!("{}{separator}{v:e}{trailing}\n", first + k));
        }
        let s = AngularSpectrum::from_table_str(&text, TableConvention::Cl, None, "generated")
            .unwrap();
        prop_assert_eq!(s.lmax(), first + values.len() - 1);
        prop_assert!(s.values()[..first].iter().all(|&c| c == 0.0));
        prop_assert_eq!(&s.values()[first..], &values[..]);
    }
}

fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("sphfield-props-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // A small input for the commands that read one.
        let input = dir.join("input.h5");
        let status = Command::new(env!("CARGO_BIN_EXE_sphfield"))
            .args([
                "synth",
                "-q",
                "--grid",
                "gl",
                "--nlat",
                "9",
                "--members",
                "2",
                "--save-alm",
            ])
            .arg("-o")
            .arg(&input)
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::write(dir.join("table.txt"), "0 0\n1 0.5\n2 0.25\n3 0.125\n").unwrap();
        dir
    })
}

const COMMANDS: [&str; 9] = [
    "synth", "spectrum", "analyze", "sample", "diffuse", "dsm", "plot", "info", "sht",
];

const OPTIONS: [&str; 34] = [
    "--nlat",
    "--nlon",
    "--nside",
    "--lmax",
    "--members",
    "--seed",
    "--rho-km",
    "--rho-deg",
    "--nu",
    "--variance",
    "--kappa",
    "--alpha",
    "--tolerance",
    "--resolution-deg",
    "--times",
    "--beta",
    "--steps",
    "--t-end",
    "--t-start",
    "--iterations",
    "--member",
    "--covariance-deg",
    "--grid",
    "--model",
    "--threads",
    "--exponent",
    "--scale",
    "--lmin",
    "--deflate",
    "--method",
    "--convention",
    "--data-spectrum",
    "--spectrum-file",
    "--variable",
];

/// Numbers that broke or could break parsers and allocators (as every numeric option sees
/// them), with small valid ones so that accepted runs stay short; and hostile text.
const NUMBERS: [&str; 22] = [
    "0",
    "1",
    "2",
    "3",
    "7",
    "16",
    "-1",
    "-5",
    "0.5",
    "1e308",
    "-1e308",
    "nan",
    "inf",
    "-inf",
    "1e-320",
    "18446744073709551615",
    "99999999999999999999",
    "100000001",
    "1000000",
    "1,2",
    "0.1,0.2",
    "",
];
const WORDS: [&str; 14] = [
    "gl",
    "cc",
    "f1",
    "healpix",
    "matern",
    "legendre-matern",
    "table",
    "power-law",
    "heat",
    "dl",
    "cl",
    "ei",
    "em",
    "TABLE",
];

/// The values an option is tried with: words for the enumerations, numbers otherwise, and a
/// file (or a missing one) for the file options.
fn values_for(option: &str) -> Vec<String> {
    match option {
        "--grid" | "--model" | "--method" | "--convention" => WORDS
            .iter()
            .map(|w| w.to_string())
            .chain(["abc".into()])
            .collect(),
        "--data-spectrum" | "--spectrum-file" => {
            let dir = scratch();
            ["table.txt", "input.h5", "missing.txt"]
                .iter()
                .map(|n| dir.join(n).display().to_string())
                .chain(["/dev/zero".into(), "/dev/null".into()])
                .collect()
        }
        "--variable" => vec!["field".into(), "nothing".into(), "".into()],
        _ => NUMBERS.iter().map(|n| n.to_string()).collect(),
    }
}

/// The options of OPTIONS that `command --help` lists.
fn accepted_options(command: &str) -> Vec<&'static str> {
    let help = Command::new(env!("CARGO_BIN_EXE_sphfield"))
        .args([command, "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&help.stdout).into_owned();
    OPTIONS
        .iter()
        .copied()
        .filter(|o| {
            text.contains(&format!("{o} "))
                || text.contains(&format!("{o}="))
                || text.contains(&format!("{o} <"))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, rng_seed: seed(), ..ProptestConfig::default() })]

    #[test]
    fn the_command_line_never_panics_or_hangs(
        command in prop::sample::select(COMMANDS.to_vec()),
        options in prop::collection::vec(
            (prop::sample::select(OPTIONS.to_vec()), any::<usize>()),
            0..5,
        ),
        case in any::<u32>(),
    ) {
        let dir = scratch();
        let mut args: Vec<String> = vec![command.to_string(), "-q".into()];
        if matches!(command, "analyze" | "diffuse" | "dsm" | "plot" | "info") {
            args.push(dir.join("input.h5").display().to_string());
        }
        // Only options this command has (the rest would only exercise the usage error).
        let accepted = accepted_options(command);
        for (option, pick) in options.iter().filter(|(o, _)| accepted.contains(o)) {
            let values = values_for(option);
            args.push(format!("{option}={}", values[pick % values.len()]));
        }
        // What the parser requires, when the draw did not give it.
        let has = |args: &[String], o: &str| args.iter().any(|a| a.starts_with(o));
        if matches!(command, "diffuse" | "dsm") && !has(&args, "--times") {
            args.push("--times=0.1".into());
        }
        if command == "sample" && !has(&args, "--data-spectrum") {
            args.push(format!("--data-spectrum={}", dir.join("table.txt").display()));
        }
        if !matches!(command, "info" | "sht" | "spectrum") {
            args.push("--force".into());
            args.push("-o".into());
            let ext = if command == "plot" { "png" } else { "h5" };
            args.push(dir.join(format!("out-{case}.{ext}")).display().to_string());
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_sphfield"))
            .args(&args)
            .env_remove("SPHFIELD_NUM_THREADS")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let start = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > Duration::from_secs(60) {
                let _ = child.kill();
                panic!("sphfield {args:?} still runs after 60 s");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
        if std::env::var_os("SPHFIELD_PROPS_VERBOSE").is_some() {
            eprintln!("{:?} {:.2}s {:?}", status.code(), start.elapsed().as_secs_f64(), args);
        }
        prop_assert!(!stderr.contains("panicked"), "sphfield {:?}: {}", args, stderr);
        prop_assert!(
            matches!(status.code(), Some(0..=2)),
            "sphfield {:?} ended with {:?}: {}", args, status, stderr
        );
        if status.code() == Some(1) {
            prop_assert!(stderr.starts_with("error: "), "sphfield {:?}: {}", args, stderr);
        }
    }
}
