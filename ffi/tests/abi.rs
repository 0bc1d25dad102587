//! The C ABI called from Rust: results equal the library's, lengths and NULLs are checked,
//! messages are recorded per thread.

use std::ffi::CString;
use std::ptr;

use sphfield_c::*;

/// Largest absolute difference of two equally long arrays.
fn max_diff(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
}

fn last_error() -> String {
    let mut buf = vec![0u8; 512];
    let n = unsafe { sf_last_error_message(buf.as_mut_ptr().cast(), buf.len()) };
    String::from_utf8_lossy(&buf[..n.min(511)]).into_owned()
}

#[test]
fn transforms_sampling_and_scores_match_the_library() {
    let lmax = 20;
    let mut cl = vec![0.0; lmax + 1];
    assert_eq!(
        unsafe { sf_spectrum_matern(1.0, 0.3, 1.5, lmax, cl.as_mut_ptr(), cl.len()) },
        SfStatus::SF_OK
    );
    let mut sht: *mut SfSht = ptr::null_mut();
    assert_eq!(
        unsafe { sf_sht_gauss_legendre(lmax + 1, 2 * lmax + 2, lmax, lmax, &mut sht) },
        SfStatus::SF_OK
    );
    let n = sf_alm_len(lmax, lmax);
    assert_eq!(unsafe { sf_sht_alm_len(sht) }, n);
    let mut alm = vec![0.0; 2 * n];
    assert_eq!(
        unsafe { sf_kl_sample_alm(cl.as_ptr(), cl.len(), 5, 3, alm.as_mut_ptr(), n) },
        SfStatus::SF_OK
    );
    let spectrum = sphfield::spectrum::AngularSpectrum::new(cl.clone(), "t").unwrap();
    let reference = sphfield::kl::KlSampler::new(&spectrum, 5).sample(3, sphfield::Par::Seq);
    let interleaved: Vec<f64> = reference
        .as_slice()
        .iter()
        .flat_map(|c| [c.re, c.im])
        .collect();
    assert_eq!(alm, interleaved);
    // Synthesis then analysis is the identity on a Gauss-Legendre grid.
    let npix = unsafe { sf_sht_npix(sht) };
    let mut map = vec![0.0; npix];
    assert_eq!(
        unsafe { sf_sht_synthesis(sht, alm.as_ptr(), n, map.as_mut_ptr(), npix, 2) },
        SfStatus::SF_OK
    );
    let mut back = vec![0.0; 2 * n];
    assert_eq!(
        unsafe { sf_sht_analysis(sht, map.as_ptr(), npix, -1, back.as_mut_ptr(), n, 1) },
        SfStatus::SF_OK
    );
    let err = max_diff(&alm, &back);
    assert!(err < 1e-13, "{err}");
    // Gaussian prior with data spectrum Σ = Q: the data law is the stationary law of the OU.
    let mut prior: *mut SfPrior = ptr::null_mut();
    assert_eq!(
        unsafe {
            sf_prior_gaussian(
                cl.as_ptr(),
                cl.len(),
                1.0,
                cl.as_ptr(),
                cl.len(),
                &mut prior,
            )
        },
        SfStatus::SF_OK
    );
    let mut s = vec![0.0; 2 * n];
    assert_eq!(
        unsafe { sf_prior_score(prior, 0.5, alm.as_ptr(), s.as_mut_ptr(), n) },
        SfStatus::SF_OK
    );
    // With Σ = Q the data law is stationary: the score is −x.
    let minus_x: Vec<f64> = alm.iter().map(|x| -x).collect();
    let worst = max_diff(&minus_x, &s);
    assert!(worst < 1e-12, "{worst}");
    let mut sample = vec![0.0; 2 * n];
    assert_eq!(
        unsafe { sf_prior_sample(prior, 1, 20, 1e-3, 5.0, 1, 0, sample.as_mut_ptr(), n) },
        SfStatus::SF_OK
    );
    assert!(sample.iter().all(|v| v.is_finite()));
    assert_eq!(
        unsafe { sf_prior_sample(prior, 7, 20, 1e-3, 5.0, 1, 0, sample.as_mut_ptr(), n) },
        SfStatus::SF_INVALID_ARGUMENT
    );
    assert!(last_error().contains("method"));
    unsafe { sf_prior_free(prior) };
    // A one-component mixture with mean 0 and Σ = Q is the same law: its score is −x as well.
    let zeros = vec![0.0; 2 * n];
    let mut mixture: *mut SfPrior = ptr::null_mut();
    assert_eq!(
        unsafe {
            sf_prior_mixture(
                cl.as_ptr(),
                cl.len(),
                1.0,
                zeros.as_ptr(),
                1,
                n,
                cl.as_ptr(),
                cl.len(),
                1,
                &mut mixture,
            )
        },
        SfStatus::SF_OK
    );
    assert_eq!(
        unsafe { sf_prior_score(mixture, 0.5, alm.as_ptr(), s.as_mut_ptr(), n) },
        SfStatus::SF_OK
    );
    let worst = max_diff(&minus_x, &s);
    assert!(worst < 1e-12, "{worst}");
    unsafe { sf_prior_free(mixture) };
    unsafe { sf_sht_free(sht) };
}

#[test]
fn bad_input_is_reported_not_crashed() {
    let mut cl = vec![0.0; 5];
    assert_eq!(
        unsafe { sf_spectrum_heat(1.0, 0.2, 4, cl.as_mut_ptr(), 3) },
        SfStatus::SF_BAD_LENGTH
    );
    assert!(
        last_error().contains("cl has length 3, expected 5"),
        "{}",
        last_error()
    );
    assert_eq!(
        unsafe { sf_spectrum_heat(1.0, 0.2, 4, ptr::null_mut(), 5) },
        SfStatus::SF_NULL_POINTER
    );
    assert_eq!(
        unsafe { sf_spectrum_heat(1.0, 0.2, 4, cl.as_mut_ptr(), 5) },
        SfStatus::SF_OK
    );
    assert_eq!(last_error(), "");
    let mut sht: *mut SfSht = ptr::null_mut();
    assert_eq!(
        unsafe { sf_sht_healpix(2, 4, 4, ptr::null_mut()) },
        SfStatus::SF_NULL_POINTER
    );
    assert_eq!(
        unsafe { sf_sht_healpix(2, 4, 4, &mut sht) },
        SfStatus::SF_OK
    );
    let mut map = vec![f64::NAN; 48];
    let mut alm = vec![0.0; 2 * sf_alm_len(4, 4)];
    assert_eq!(
        unsafe {
            sf_sht_analysis(
                sht,
                map.as_ptr(),
                48,
                3,
                alm.as_mut_ptr(),
                sf_alm_len(4, 4),
                1,
            )
        },
        SfStatus::SF_NON_FINITE
    );
    map.fill(0.0);
    assert_eq!(
        unsafe { sf_sht_analysis(ptr::null(), map.as_ptr(), 48, 3, alm.as_mut_ptr(), 15, 1) },
        SfStatus::SF_NULL_POINTER
    );
    assert_eq!(unsafe { sf_sht_npix(ptr::null()) }, 0);
    unsafe { sf_sht_free(sht) };
    unsafe { sf_sht_free(ptr::null_mut()) };
    // Messages are per thread.
    std::thread::spawn(|| assert_eq!(last_error(), ""))
        .join()
        .unwrap();
    // Files: alm round trip, refusal to overwrite.
    let dir = std::env::temp_dir().join(format!("sphfield-abi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = CString::new(dir.join("a.h5").to_str().unwrap()).unwrap();
    let n = sf_alm_len(4, 2);
    let data: Vec<f64> = (0..4 * n).map(|i| i as f64 * 0.25).collect();
    assert_eq!(
        unsafe { sf_write_alm(path.as_ptr(), data.as_ptr(), 2, 4, 2, 0) },
        SfStatus::SF_OK
    );
    assert_eq!(
        unsafe { sf_write_alm(path.as_ptr(), data.as_ptr(), 2, 4, 2, 0) },
        SfStatus::SF_FILE_ERROR
    );
    // The advice names the C switch, not the command line's or Rust's.
    let message = last_error();
    assert!(message.contains("pass overwrite = 1"), "{message}");
    assert!(!message.contains("--force") && !message.contains("Overwrite::Allow"));
    let (mut l, mut m, mut c) = (0usize, 0usize, 0usize);
    assert_eq!(
        unsafe { sf_read_alm_info(path.as_ptr(), &mut l, &mut m, &mut c) },
        SfStatus::SF_OK
    );
    assert_eq!((l, m, c), (4, 2, 2));
    let mut back = vec![0.0; 2 * n];
    assert_eq!(
        unsafe { sf_read_alm(path.as_ptr(), 1, back.as_mut_ptr(), n) },
        SfStatus::SF_OK
    );
    assert_eq!(back, data[2 * n..]);
}

#[test]
fn caller_supplied_rings_give_the_same_transform_as_the_built_in_grid() {
    // The rings of a Gauss-Legendre grid, passed one by one, must reproduce its synthesis.
    let (lmax, nlat, nlon) = (12usize, 13usize, 26usize);
    let g = sphfield::Geometry::gauss_legendre(nlat, nlon).unwrap();
    let theta: Vec<f64> = g.rings().iter().map(|r| r.theta).collect();
    let phi0: Vec<f64> = g.rings().iter().map(|r| r.phi0).collect();
    let nphi: Vec<usize> = g.rings().iter().map(|r| r.nphi).collect();
    let weight: Vec<f64> = g.rings().iter().map(|r| r.weight).collect();
    let (mut custom, mut builtin): (*mut SfSht, *mut SfSht) = (ptr::null_mut(), ptr::null_mut());
    let status = unsafe {
        sf_sht_rings(
            nlat,
            theta.as_ptr(),
            phi0.as_ptr(),
            nphi.as_ptr(),
            weight.as_ptr(),
            lmax,
            lmax,
            &mut custom,
        )
    };
    assert_eq!(status, SfStatus::SF_OK, "{}", last_error());
    assert_eq!(
        unsafe { sf_sht_gauss_legendre(nlat, nlon, lmax, lmax, &mut builtin) },
        SfStatus::SF_OK
    );
    let n = sf_alm_len(lmax, lmax);
    let alm: Vec<f64> = (0..2 * n)
        .map(|i| ((i * 7919) % 13) as f64 / 13.0 - 0.5)
        .collect();
    let mut alm = alm;
    for m0 in 0..=lmax {
        alm[2 * m0 + 1] = 0.0; // m = 0 coefficients are real
    }
    let npix = nlat * nlon;
    let (mut a, mut b) = (vec![0.0; npix], vec![0.0; npix]);
    assert_eq!(
        unsafe { sf_sht_synthesis(custom, alm.as_ptr(), n, a.as_mut_ptr(), npix, 1) },
        SfStatus::SF_OK
    );
    assert_eq!(
        unsafe { sf_sht_synthesis(builtin, alm.as_ptr(), n, b.as_mut_ptr(), npix, 1) },
        SfStatus::SF_OK
    );
    let worst = max_diff(&a, &b);
    assert!(worst < 1e-13, "{worst}");
    // A ring with an invalid colatitude is refused.
    let mut bad = theta.clone();
    bad[0] = -1.0;
    let status = unsafe {
        sf_sht_rings(
            nlat,
            bad.as_ptr(),
            phi0.as_ptr(),
            nphi.as_ptr(),
            weight.as_ptr(),
            lmax,
            lmax,
            &mut custom,
        )
    };
    assert_eq!(status, SfStatus::SF_INVALID_ARGUMENT, "{}", last_error());
    unsafe {
        sf_sht_free(custom);
        sf_sht_free(builtin);
    }
}

#[test]
fn robustness_regressions_through_the_c_abi() {
    let mut sht: *mut SfSht = ptr::null_mut();
    assert_eq!(
        unsafe { sf_sht_healpix(2, 4, 4, &mut sht) },
        SfStatus::SF_OK
    );
    let n = sf_alm_len(4, 4);
    let npix = unsafe { sf_sht_npix(sht) };
    let alm = vec![0.0; 2 * n];
    let mut map = vec![0.0; npix];
    // 100 000 threads: an invalid argument naming the limit, not a pool of 100 000 threads.
    let status = unsafe { sf_sht_synthesis(sht, alm.as_ptr(), n, map.as_mut_ptr(), npix, 100_000) };
    assert_eq!(status, SfStatus::SF_INVALID_ARGUMENT);
    assert!(last_error().contains("at most"), "{}", last_error());
    // overwrite = 1 never replaces a device (it turned /dev/full into a regular file).
    #[cfg(unix)]
    if std::path::Path::new("/dev/full").exists() {
        let path = CString::new("/dev/full").unwrap();
        let status =
            unsafe { sf_write_maps(path.as_ptr(), sht, map.as_ptr(), 1, npix, ptr::null(), 1) };
        assert_eq!(status, SfStatus::SF_FILE_ERROR);
        assert!(last_error().contains("is a device"), "{}", last_error());
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device());
    }
    unsafe { sf_sht_free(sht) };
}

/// The batched transforms give each field's single-call result bit for bit (six fields: one
/// group of four sharing the recurrence on AVX-512 and two more), check the per-field lengths
/// and NULLs, and accept zero fields.
#[test]
fn batched_transforms_equal_single_calls() {
    let lmax = 16;
    let mut sht: *mut SfSht = ptr::null_mut();
    assert_eq!(
        unsafe { sf_sht_healpix(8, lmax, lmax, &mut sht) },
        SfStatus::SF_OK
    );
    let (n, npix) = (sf_alm_len(lmax, lmax), unsafe { sf_sht_npix(sht) });
    let fields = 6;
    let alms: Vec<f64> = (0..fields * 2 * n)
        .map(|i| {
            let (field, k) = (i / (2 * n), i % (2 * n));
            // Im a_l0 = 0 (entries 1, 3, …, 2·lmax + 1 of each field).
            if k < 2 * (lmax + 1) && k % 2 == 1 {
                0.0
            } else {
                ((i * 7 + field) as f64).sin()
            }
        })
        .collect();
    let mut maps = vec![0.0; fields * npix];
    assert_eq!(
        unsafe { sf_sht_synthesis_many(sht, fields, alms.as_ptr(), n, maps.as_mut_ptr(), npix, 2) },
        SfStatus::SF_OK
    );
    let mut back = vec![0.0; fields * 2 * n];
    assert_eq!(
        unsafe {
            sf_sht_analysis_many(sht, fields, maps.as_ptr(), npix, 4, back.as_mut_ptr(), n, 2)
        },
        SfStatus::SF_OK
    );
    for f in 0..fields {
        let mut one = vec![0.0; npix];
        let a = &alms[f * 2 * n..(f + 1) * 2 * n];
        assert_eq!(
            unsafe { sf_sht_synthesis(sht, a.as_ptr(), n, one.as_mut_ptr(), npix, 1) },
            SfStatus::SF_OK
        );
        assert!(one == maps[f * npix..(f + 1) * npix], "field {f}");
        let mut coefficients = vec![0.0; 2 * n];
        assert_eq!(
            unsafe { sf_sht_analysis(sht, one.as_ptr(), npix, 4, coefficients.as_mut_ptr(), n, 1) },
            SfStatus::SF_OK
        );
        assert!(
            coefficients == back[f * 2 * n..(f + 1) * 2 * n],
            "field {f}"
        );
    }
    // Per-field lengths are checked; NULL data is refused; zero fields is a no-op.
    let status = unsafe {
        sf_sht_synthesis_many(
            sht,
            fields,
            alms.as_ptr(),
            n - 1,
            maps.as_mut_ptr(),
            npix,
            1,
        )
    };
    assert_eq!(status, SfStatus::SF_BAD_LENGTH);
    assert!(last_error().contains("alm"), "{}", last_error());
    let status =
        unsafe { sf_sht_synthesis_many(sht, 2, ptr::null(), n, maps.as_mut_ptr(), npix, 1) };
    assert_eq!(status, SfStatus::SF_NULL_POINTER);
    let status = unsafe {
        sf_sht_analysis_many(
            sht,
            usize::MAX,
            maps.as_ptr(),
            npix,
            -1,
            back.as_mut_ptr(),
            n,
            1,
        )
    };
    assert_eq!(status, SfStatus::SF_TOO_LARGE);
    let status =
        unsafe { sf_sht_analysis_many(sht, 0, ptr::null(), npix, -1, ptr::null_mut(), n, 1) };
    assert_eq!(status, SfStatus::SF_OK);
    unsafe { sf_sht_free(sht) };
}

#[test]
fn kriging_matches_the_library_and_refuses_bad_input() {
    use sphfield::condition::{DenseKriging, Observations, Points};
    let lmax = 24;
    let mut cl = vec![0.0; lmax + 1];
    assert_eq!(
        unsafe { sf_spectrum_matern(1.0, 0.3, 1.5, lmax, cl.as_mut_ptr(), cl.len()) },
        SfStatus::SF_OK
    );
    let lat = [10.0, -35.0, 60.0, 0.0];
    let lon = [20.0, 140.0, 300.0, 0.0];
    let value = [1.0, -0.5, 0.3, 0.8];
    let sigma = [0.1, 0.2, 0.0, 0.1];
    let mut k: *mut SfKriging = ptr::null_mut();
    assert_eq!(
        unsafe {
            sf_kriging_new(
                cl.as_ptr(),
                cl.len(),
                lat.as_ptr(),
                lon.as_ptr(),
                value.as_ptr(),
                sigma.as_ptr(),
                4,
                1,
                &mut k,
            )
        },
        SfStatus::SF_OK
    );
    let spectrum = sphfield::spectrum::AngularSpectrum::new(cl.clone(), "t").unwrap();
    let variances: Vec<f64> = sigma.iter().map(|s| s * s).collect();
    let obs = Observations::from_lat_lon_degrees(&lat, &lon, &value, &variances).unwrap();
    let reference = DenseKriging::new(&spectrum, obs, sphfield::Par::Seq).unwrap();
    let mut sht: *mut SfSht = ptr::null_mut();
    assert_eq!(
        unsafe { sf_sht_gauss_legendre(lmax + 1, 2 * lmax + 2, lmax, lmax, &mut sht) },
        SfStatus::SF_OK
    );
    let npix = unsafe { sf_sht_npix(sht) };
    let (mut mean, mut std) = (vec![0.0; npix], vec![0.0; npix]);
    assert_eq!(
        unsafe { sf_kriging_maps(k, sht, mean.as_mut_ptr(), std.as_mut_ptr(), npix, 2) },
        SfStatus::SF_OK
    );
    let plan = sphfield::Sht::new(
        sphfield::Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(),
        lmax,
        lmax,
    )
    .unwrap();
    let expected = plan
        .synthesis(
            &reference.mean_alm(sphfield::Par::Seq).unwrap(),
            sphfield::Par::Seq,
        )
        .unwrap();
    assert_eq!(mean, expected.values());
    let var = reference
        .variance_at(&Points::of_geometry(plan.geometry()), sphfield::Par::Seq)
        .unwrap();
    assert_eq!(std, var.iter().map(|v| v.sqrt()).collect::<Vec<_>>());
    // At the noise-free station the posterior interpolates.
    let (mut m, mut s) = ([0.0], [0.0]);
    assert_eq!(
        unsafe {
            sf_kriging_at_points(
                k,
                [60.0].as_ptr(),
                [300.0].as_ptr(),
                1,
                m.as_mut_ptr(),
                s.as_mut_ptr(),
                1,
            )
        },
        SfStatus::SF_OK
    );
    assert!((m[0] - 0.3).abs() < 1e-10 && s[0] < 1e-5, "{m:?} {s:?}");
    let mut draw = vec![0.0; npix];
    assert_eq!(
        unsafe { sf_kriging_draw_map(k, sht, 9, 2, draw.as_mut_ptr(), npix, 2) },
        SfStatus::SF_OK
    );
    let expected = plan
        .synthesis(
            &reference.draws(9, 2..3, sphfield::Par::Seq).unwrap()[0],
            sphfield::Par::Seq,
        )
        .unwrap();
    assert_eq!(draw, expected.values());
    let n = sf_alm_len(lmax, lmax);
    let mut alm = vec![0.0; 2 * n];
    assert_eq!(
        unsafe { sf_kriging_mean_alm(k, alm.as_mut_ptr(), n, 1) },
        SfStatus::SF_OK
    );
    // Bad input: a negative sigma, a plan of another band limit, a NULL output.
    let bad_sigma = [0.1, -0.2, 0.0, 0.1];
    let mut k2: *mut SfKriging = ptr::null_mut();
    assert_ne!(
        unsafe {
            sf_kriging_new(
                cl.as_ptr(),
                cl.len(),
                lat.as_ptr(),
                lon.as_ptr(),
                value.as_ptr(),
                bad_sigma.as_ptr(),
                4,
                1,
                &mut k2,
            )
        },
        SfStatus::SF_OK
    );
    assert!(last_error().contains("sigma[1]"), "{}", last_error());
    assert!(k2.is_null());
    let mut other: *mut SfSht = ptr::null_mut();
    assert_eq!(
        unsafe { sf_sht_gauss_legendre(12, 24, 10, 10, &mut other) },
        SfStatus::SF_OK
    );
    let npix2 = unsafe { sf_sht_npix(other) };
    let mut m2 = vec![0.0; npix2];
    assert_ne!(
        unsafe { sf_kriging_maps(k, other, m2.as_mut_ptr(), ptr::null_mut(), npix2, 1) },
        SfStatus::SF_OK
    );
    assert!(last_error().contains("lmax"), "{}", last_error());
    assert_ne!(
        unsafe { sf_kriging_draw_map(k, sht, 1, 0, ptr::null_mut(), npix, 1) },
        SfStatus::SF_OK
    );
    unsafe {
        sf_kriging_free(k);
        sf_sht_free(sht);
        sf_sht_free(other);
    }
}

#[test]
fn linear_spde_space_time_and_allen_cahn_match_the_library() {
    use sphfield::kl::SpaceTimeSampler;
    use sphfield::ou::{Generator, LinearSpde};
    use sphfield::score::{CubicNonlinearity, GaussianPrior, NonlinearSpde};
    use sphfield::{Alm, Par};
    let lmax = 6;
    let len = Alm::len_for(lmax, lmax);
    let q: Vec<f64> = (0..=lmax).map(|l| 1.0 / (1.0 + l as f64).powi(2)).collect();
    let sigma: Vec<f64> = (0..=lmax).map(|l| 2.0 / (1.0 + l as f64).powi(3)).collect();
    let rates: Vec<f64> = (0..=lmax).map(|l| 0.1 * (l * (l + 1)) as f64).collect();
    let x0 = Alm::random_uniform(lmax, lmax, 3).unwrap();
    let flat = |a: &Alm| -> Vec<f64> { a.as_slice().iter().flat_map(|c| [c.re, c.im]).collect() };
    let spectrum = |v: &[f64]| sphfield::spectrum::AngularSpectrum::new(v.to_vec(), "t").unwrap();
    let process =
        LinearSpde::with_generator(spectrum(&q), 1.2, Generator::table(rates.clone()).unwrap())
            .unwrap();
    // Transition.
    let mut out = vec![0.0; 2 * len];
    let st = unsafe {
        sf_spde_transition(
            q.as_ptr(),
            q.len(),
            1.2,
            rates.as_ptr(),
            rates.len(),
            0.4,
            5,
            1,
            2,
            flat(&x0).as_ptr(),
            out.as_mut_ptr(),
            len,
        )
    };
    assert_eq!(st, SfStatus::SF_OK, "{}", last_error());
    let xi = process.noise(5, 1, 2, lmax, Par::Seq).unwrap();
    let expected = process.transition(&x0, 0.4, &xi).unwrap();
    assert_eq!(out, flat(&expected));
    // Gaussian prior under the SPDE: its score and its exponential-Heun sample.
    let mut prior: *mut SfPrior = std::ptr::null_mut();
    let st = unsafe {
        sf_prior_gaussian_spde(
            q.as_ptr(),
            q.len(),
            1.2,
            rates.as_ptr(),
            rates.len(),
            sigma.as_ptr(),
            sigma.len(),
            &mut prior,
        )
    };
    assert_eq!(st, SfStatus::SF_OK, "{}", last_error());
    let st = unsafe { sf_prior_sample(prior, 3, 50, 1e-3, 8.0, 9, 0, out.as_mut_ptr(), len) };
    assert_eq!(st, SfStatus::SF_OK, "{}", last_error());
    let lib = GaussianPrior::new(process.clone(), spectrum(&sigma), None).unwrap();
    let sampler = sphfield::sampler::Sampler::new(
        sphfield::sampler::Method::ExponentialHeun,
        sphfield::ou::Schedule::geometric(1e-3, 8.0, 50).unwrap(),
    );
    assert_eq!(out, flat(&sampler.sample(&lib, 9, 0).unwrap()));
    unsafe { sf_prior_free(prior) };
    // Space–time coefficients.
    let times = [0.0, 0.5, 2.0];
    let mut st_out = vec![0.0; 2 * len * times.len()];
    let st = unsafe {
        sf_space_time_sample_alm(
            sigma.as_ptr(),
            sigma.len(),
            2.0,
            1.5,
            0.5,
            4,
            1,
            times.as_ptr(),
            times.len(),
            st_out.as_mut_ptr(),
            len * times.len(),
        )
    };
    assert_eq!(st, SfStatus::SF_OK, "{}", last_error());
    let sampler = SpaceTimeSampler::with_time_scale(&spectrum(&sigma), 2.0, 1.5, 0.5, 4).unwrap();
    let path = sampler.sample_times(1, &times, Par::Seq).unwrap();
    let expected: Vec<f64> = path.iter().flat_map(flat).collect();
    assert_eq!(st_out, expected);
    // Allen–Cahn pair.
    let (mut noisy, mut target) = (vec![0.0; 2 * len], vec![0.0; 2 * len]);
    let st = unsafe {
        sf_allen_cahn_pair(
            q.as_ptr(),
            q.len(),
            1.0,
            0.3,
            0.2,
            0.02,
            7,
            0,
            1,
            flat(&x0).as_ptr(),
            noisy.as_mut_ptr(),
            target.as_mut_ptr(),
            len,
        )
    };
    assert_eq!(st, SfStatus::SF_OK, "{}", last_error());
    let spde = NonlinearSpde::new(
        LinearSpde::new(spectrum(&q), 1.0).unwrap(),
        CubicNonlinearity { epsilon: 0.3 },
    )
    .unwrap();
    let pair = spde.bismut_pair(&x0, 0.2, 0.02, 7, 0, 1).unwrap();
    assert_eq!((&noisy, &target), (&flat(&pair.noisy), &flat(&pair.target)));
    // Bad input: wrong rate count, negative ε.
    let st = unsafe {
        sf_prior_gaussian_spde(
            q.as_ptr(),
            q.len(),
            1.2,
            rates.as_ptr(),
            3,
            sigma.as_ptr(),
            sigma.len(),
            &mut prior,
        )
    };
    assert_ne!(st, SfStatus::SF_OK);
    let st = unsafe {
        sf_allen_cahn_pair(
            q.as_ptr(),
            q.len(),
            1.0,
            -1.0,
            0.2,
            0.02,
            7,
            0,
            1,
            flat(&x0).as_ptr(),
            noisy.as_mut_ptr(),
            target.as_mut_ptr(),
            len,
        )
    };
    assert_ne!(st, SfStatus::SF_OK);
}
