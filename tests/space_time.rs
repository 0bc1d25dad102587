//! Space–time fields (docs/mathematics.md §2.6): each a_ℓm(t) an OU process in t with rate λ_ℓ and
//! stationary variance C_ℓ; k(θ, τ) = Σ_ℓ (2ℓ+1)/(4π) C_ℓ e^{−λ_ℓ|τ|} P_ℓ(cos θ).

use sphfield::condition::Points;
use sphfield::kl::{KlSampler, SpaceTimeSampler};
use sphfield::spectrum::{SpectrumModel, WhittleMatern};
use sphfield::{Alm, Par};

fn sampler(seed: u64) -> SpaceTimeSampler {
    let c = WhittleMatern::with_variance(1.0, 6.0, 2.0)
        .unwrap()
        .spectrum(24)
        .unwrap();
    // Correlation time 3 at the largest scales, (1 + l(l+1)/9)^0.7 times shorter at degree l:
    // non-separable.
    SpaceTimeSampler::with_time_scale(&c, 3.0, 3.0, 0.7, seed).unwrap()
}

#[test]
fn empirical_space_time_covariance_matches_the_formula_z_test() {
    // Irregular stamps; products f(p, t_i) f(q, t_j) over 600 independent members have mean
    // k(θ_pq, t_j − t_i): z = (mean − k)/(sd/√N), |z| < 4.5 for each of the 15 (θ, τ) pairs (a
    // Bonferroni bound at a family-wise level of about 1e-4).
    let st = sampler(21);
    let times = [0.0, 0.4, 1.5, 4.0];
    let thetas = [0.0f64, 0.3, 1.0];
    // The north pole and points on the meridian φ = 0.7 at colatitude θ.
    let colat: Vec<f64> = thetas.to_vec();
    let lon = vec![0.7; thetas.len()];
    let points = Points::from_colat_lon(&colat, &lon).unwrap();
    let n = 600;
    // values[member][time][point]
    let values: Vec<Vec<Vec<f64>>> = (0..n)
        .map(|m| {
            let path = st.sample_times(m, &times, Par::Seq).unwrap();
            let refs: Vec<&Alm> = path.iter().collect();
            points.evaluate(&refs, Par::Seq).unwrap()
        })
        .collect();
    let mut checked = 0;
    for (i, j) in [(0, 0), (0, 1), (0, 2), (1, 3), (0, 3)] {
        let lag = times[j] - times[i];
        let k = st.covariance(&thetas, lag).unwrap();
        for (p, kp) in k.iter().enumerate() {
            // Pole at t_i against the point at colatitude θ_p at t_j.
            let prod: Vec<f64> = values.iter().map(|v| v[i][0] * v[j][p]).collect();
            let mean = prod.iter().sum::<f64>() / n as f64;
            let var = prod.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n as f64 - 1.0);
            let z = (mean - kp) / (var / n as f64).sqrt();
            assert!(
                z.abs() < 4.5,
                "θ = {}, τ = {lag}: {mean} vs {kp} (z = {z})",
                thetas[p]
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 15);
    // The formula at lag 0 is the spatial covariance; correlations decay with the lag.
    let k0 = st.covariance(&thetas, 0.0).unwrap();
    let spatial = st.spectrum().covariance(&thetas).unwrap();
    for (a, b) in k0.iter().zip(&spatial) {
        assert!((a - b).abs() < 1e-14 * b.abs().max(1.0));
    }
    assert!(st.covariance(&[0.0], 1.0).unwrap()[0] < k0[0]);
}

#[test]
fn per_degree_lag_correlation_is_exact_z_test() {
    // E[a_lm(t) conj a_lm(t+τ)] = C_l e^{−λ_l τ}: per degree, pooled over m and 300 members,
    // the normalised products have mean e^{−λτ} (z-test with the sample standard error).
    let st = sampler(5);
    let times = [0.0, 0.25, 2.0];
    let c = st.spectrum().values().to_vec();
    let paths: Vec<Vec<Alm>> = (0..300)
        .map(|m| st.sample_times(m, &times, Par::Seq).unwrap())
        .collect();
    for l in [0usize, 3, 10, 24] {
        for (i, j) in [(0, 1), (1, 2), (0, 2)] {
            let expected = (-st.rates()[l] * (times[j] - times[i])).exp();
            let mut prod = Vec::new();
            for p in &paths {
                for m in 0..=l {
                    let (a, b) = (p[i][(l, m)], p[j][(l, m)]);
                    if m == 0 {
                        prod.push(a.re * b.re / c[l]);
                    } else {
                        prod.push((a * b.conj()).re / c[l]);
                    }
                }
            }
            let n = prod.len() as f64;
            let mean = prod.iter().sum::<f64>() / n;
            let var = prod.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
            let z = (mean - expected) / (var / n).sqrt();
            assert!(
                z.abs() < 5.0,
                "l = {l}, lag {i}->{j}: {mean} vs {expected} (z = {z})"
            );
        }
    }
}

#[test]
fn longer_runs_extend_shorter_ones_bit_for_bit_for_any_threads() {
    let st = sampler(8);
    let days: Vec<f64> = (0..40).map(f64::from).collect();
    let short = st.sample_times(3, &days[..10], Par::Seq).unwrap();
    let long = st.sample_times(3, &days, Par::threads(2)).unwrap();
    assert_eq!(short[..], long[..10]);
    // The first stamp is the ordinary field draw of (seed, member).
    let c = st.spectrum().clone();
    assert_eq!(long[0], KlSampler::new(&c, 8).sample(3, Par::Seq));
    // Streamed and collected paths agree.
    let mut k = 0;
    st.for_each_time(3, &days, Par::Seq, |i, a| {
        assert_eq!(*a, long[i]);
        k += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(k, 40);
}

#[test]
fn bad_space_time_input_is_refused() {
    let st = sampler(1);
    assert!(st.sample_times(0, &[], Par::Seq).is_err());
    assert!(st.sample_times(0, &[0.0, 0.0], Par::Seq).is_err());
    assert!(st.sample_times(0, &[1.0, f64::NAN], Par::Seq).is_err());
    let c = st.spectrum().clone();
    assert!(SpaceTimeSampler::with_time_scale(&c, 0.0, 1.0, 0.0, 1).is_err());
    assert!(SpaceTimeSampler::with_time_scale(&c, 1.0, 1.0, -1.0, 1).is_err());
    assert!(SpaceTimeSampler::new(&c, vec![1.0; 3], 1).is_err());
    assert!(SpaceTimeSampler::new(&c, vec![0.0; c.lmax() + 1], 1).is_err());
    assert!(st.covariance(&[0.0], f64::INFINITY).is_err());
}
