//! Byte-level fuzzing of the HDF5 reader: valid sphfield files are corrupted with seeded
//! mutations (bit flips, random bytes, boundary integers written over 8 bytes, truncation,
//! duplicated blocks) and read back the way `sphfield info`, `analyze` and `diffuse` read them.
//! Every case must end in `Ok` or a clean `Err`: a panic fails the test and keeps the file; a
//! crash or abort in native code ends the test binary (also a failure); a case that runs longer
//! than the watchdog allows aborts with its number.
//!
//! CI runs 2 000 cases (under a minute). For a longer run, e.g. nightly:
//! `SPHFIELD_FUZZ_CASES=100000 SPHFIELD_FUZZ_SEED=7 cargo test --release --test fuzz_hdf5 -- --nocapture`
//! Failing inputs are kept in `target/fuzz-failures/`.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sphfield::io::{Dim, FieldMeta, FileReader, FileWriter, Provenance, WriteOptions};
use sphfield::spectrum::AngularSpectrum;
use sphfield::{Alm, AnalysisOptions, Geometry, Map, Par, Sht};

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sphfield-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ramp(geometry: &Geometry, shift: f64) -> Map {
    let n = geometry.npix();
    Map::new(
        geometry.clone(),
        (0..n).map(|i| (i as f64 * 0.37 + shift).sin()).collect(),
    )
    .unwrap()
}

/// The seed corpus: what sphfield writes — an ensemble on a lat–lon grid with coefficients and
/// a spectrum, compressed; a single HEALPix map; a custom-ring grid.
fn corpus(dir: &Path) -> Vec<Vec<u8>> {
    let prov = Provenance::from_call("tests/fuzz_hdf5.rs")
        .with_seed(7)
        .with_parameter("note", "seed file");
    let mut files = Vec::new();

    let path = dir.join("seed-ensemble.h5");
    let g = Geometry::gauss_legendre(8, 15).unwrap();
    let options = WriteOptions {
        deflate: Some(4),
        ..WriteOptions::default()
    };
    let w = FileWriter::create(&path, options, &prov).unwrap();
    let meta = FieldMeta {
        units: "K".into(),
        ..FieldMeta::default()
    };
    let mut maps = w.map_ensemble(&g, vec![Dim::members(3)], &meta).unwrap();
    let mut alms = w.alm_ensemble(7, 7, vec![Dim::members(3)]).unwrap();
    let sht = Sht::new(g.clone(), 7, 7).unwrap();
    for k in 0..3 {
        let map = ramp(&g, k as f64);
        maps.write(&map).unwrap();
        alms.write(&sht.analysis(map.values(), Par::Seq).unwrap())
            .unwrap();
    }
    drop((maps, alms));
    let cl =
        AngularSpectrum::new((0..8).map(|l| 1.0 / (1.0 + l as f64)).collect(), "test").unwrap();
    w.write_spectrum("model", &cl, "K2").unwrap();
    w.commit().unwrap();
    files.push(std::fs::read(&path).unwrap());

    let path = dir.join("seed-healpix.h5");
    let g = Geometry::healpix(2).unwrap();
    let w = FileWriter::create(&path, WriteOptions::default(), &prov).unwrap();
    w.write_map(&ramp(&g, 0.5), &FieldMeta::default()).unwrap();
    w.write_alm(&Alm::zeros(4, 4).unwrap()).unwrap();
    w.commit().unwrap();
    files.push(std::fs::read(&path).unwrap());

    let path = dir.join("seed-custom.h5");
    let g = Geometry::from_rings(&[
        sphfield::RingSpec {
            theta: 0.4,
            phi0: 0.0,
            nphi: 4,
            weight: 1.0,
        },
        sphfield::RingSpec {
            theta: 2.0,
            phi0: 0.1,
            nphi: 6,
            weight: 1.0,
        },
    ])
    .unwrap();
    let w = FileWriter::create(&path, WriteOptions::default(), &prov).unwrap();
    w.write_map(&ramp(&g, 1.0), &FieldMeta::default()).unwrap();
    w.commit().unwrap();
    files.push(std::fs::read(&path).unwrap());
    files
}

/// Integers that make size and offset fields interesting.
const BOUNDARY: [u64; 10] = [
    0,
    1,
    0x7f,
    0xff,
    0xffff,
    0x7fff_ffff,
    0xffff_ffff,
    1 << 40,
    i64::MAX as u64,
    u64::MAX,
];

fn mutate(seed: &[u8], rng: &mut ChaCha8Rng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    let edits = rng.gen_range(1..=6);
    for _ in 0..edits {
        if bytes.len() < 16 {
            break;
        }
        let at = rng.gen_range(0..bytes.len());
        match rng.gen_range(0..100) {
            0..=44 => bytes[at] ^= 1 << rng.gen_range(0..8),
            45..=69 => bytes[at] = rng.gen(),
            70..=89 => {
                let value = BOUNDARY[rng.gen_range(0..BOUNDARY.len())].to_le_bytes();
                let width = [1, 2, 4, 8][rng.gen_range(0..4)];
                let end = (at + width).min(bytes.len());
                bytes[at..end].copy_from_slice(&value[..end - at]);
            }
            90..=95 => bytes.truncate(at.max(8)),
            _ => {
                // Copy a block over another (plausible structures in the wrong place).
                let len = rng.gen_range(1..=64).min(bytes.len() - at);
                let from = rng.gen_range(0..bytes.len() - len);
                let block = bytes[from..from + len].to_vec();
                bytes[at..at + len].copy_from_slice(&block);
            }
        }
    }
    bytes
}

/// Reads everything a command would read; any error is a fine outcome.
fn exercise(path: &Path) -> sphfield::Result<()> {
    let file = FileReader::open(path)?;
    let _ = file.attributes();
    for name in file.map_names()? {
        let info = match file.map_info(&name) {
            Ok(info) => info,
            Err(_) => continue,
        };
        let count = info.count();
        for k in [0, count.saturating_sub(1)] {
            if let Ok(map) = file.read_map(&info, k) {
                // What `analyze` does next, on grids small enough to be quick.
                if map.geometry().npix() <= 4096 {
                    if let Ok(sht) = Sht::new(info.geometry.clone(), 3, 3) {
                        let _ =
                            sht.analysis_with(map.values(), AnalysisOptions::default(), Par::Seq);
                    }
                }
            }
        }
    }
    if let Ok(Some(info)) = file.alm_info() {
        for k in [0, info.count().saturating_sub(1)] {
            if let Ok(alm) = file.read_alm(&info, k) {
                let _ = sphfield::spectrum::anafast(&alm);
            }
        }
    }
    for name in file.spectrum_names()? {
        let _ = file.read_spectrum(&name);
    }
    Ok(())
}

fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

#[test]
fn corrupted_files_give_errors_not_crashes() {
    let cases: usize = std::env::var("SPHFIELD_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let seed: u64 = std::env::var("SPHFIELD_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20261127);
    let dir = scratch();
    let seeds = corpus(&dir);
    for s in &seeds {
        exercise_bytes(&dir, s, usize::MAX).expect("seed files read cleanly");
    }

    // Watchdog: a case that takes more than 30 s is a hang.
    let current = Arc::new(AtomicUsize::new(usize::MAX));
    let started = Arc::new(std::sync::Mutex::new(Instant::now()));
    {
        let (current, started) = (current.clone(), started.clone());
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            let case = current.load(Ordering::Relaxed);
            let t = *started.lock().unwrap();
            if case != usize::MAX && t.elapsed() > Duration::from_secs(30) {
                eprintln!("fuzz case {case} has run for 30 s: a hang");
                std::process::abort();
            }
        });
    }

    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (mut ok, mut errors, mut panics) = (0usize, 0usize, Vec::new());
    let begin = Instant::now();
    for case in 0..cases {
        let seed_file = &seeds[rng.gen_range(0..seeds.len())];
        let bytes = mutate(seed_file, &mut rng);
        *started.lock().unwrap() = Instant::now();
        current.store(case, Ordering::Relaxed);
        match std::panic::catch_unwind(|| exercise_bytes(&dir, &bytes, case)) {
            Ok(Ok(())) => ok += 1,
            Ok(Err(_)) => errors += 1,
            Err(_) => {
                let keep = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
                    .join("../fuzz-failures")
                    .join(format!("case-{seed}-{case}.h5"));
                let _ = std::fs::create_dir_all(keep.parent().unwrap());
                let _ = std::fs::write(&keep, &bytes);
                panics.push(keep);
            }
        }
        current.store(usize::MAX, Ordering::Relaxed);
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!(
        "fuzz_hdf5: {cases} cases (seed {seed}) in {:.1} s: {ok} read, {errors} clean errors, \
         {} panics; peak memory {:.0} MiB",
        begin.elapsed().as_secs_f64(),
        panics.len(),
        peak_memory_mib().unwrap_or(f64::NAN)
    );
    assert!(panics.is_empty(), "panics on (kept) inputs: {panics:?}");
}

fn exercise_bytes(dir: &Path, bytes: &[u8], case: usize) -> sphfield::Result<()> {
    let path = dir.join(format!("case-{case}.h5"));
    std::fs::write(&path, bytes).unwrap();
    let result = exercise(&path);
    let _ = std::fs::remove_file(&path);
    result
}
