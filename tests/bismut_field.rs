//! Malliavin–Bismut training targets at field scale (docs/mathematics.md §7.5) for
//! dX = (−AX − Π_L εX³) dt + √β dW^Q: exactness without the nonlinearity, and integration-by-parts
//! identities of the weight with it (z-tests at fixed seeds).

mod common;

use sphfield::kl::KlSampler;
use sphfield::ou::{Generator, LinearSpde, OrnsteinUhlenbeck};
use sphfield::score::{dsm_pair, CubicNonlinearity, NonlinearSpde};
use sphfield::spectrum::{AngularSpectrum, SpectrumModel, WhittleMatern};
use sphfield::{Alm, Par};

fn white(lmax: usize) -> AngularSpectrum {
    AngularSpectrum::new(vec![1.0; lmax + 1], "white").unwrap()
}

#[test]
fn without_nonlinearity_the_target_is_the_denoising_target() {
    // ε = 0, OU: with the weights c_k ∝ e^{−β(n−1−k)Δ} the weight collapses to the denoising
    // target −(X_t − a_t x_0)/v_t of the same path, up to rounding.
    let lmax = 12;
    let q = WhittleMatern::with_variance(1.0, 4.0, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap();
    let ou = OrnsteinUhlenbeck::new(q.clone(), 1.3).unwrap();
    let spde = NonlinearSpde::new(ou.clone(), CubicNonlinearity { epsilon: 0.0 }).unwrap();
    let x0 = KlSampler::new(&q, 2).sample(0, Par::Seq);
    for t in [0.05, 0.7, 3.0] {
        let pair = spde.bismut_pair(&x0, t, 0.1, 4, 0, 0).unwrap();
        let f = ou.transition_factors(t);
        let mut dsm = pair.noisy.clone();
        let minus_a: Vec<f64> = f.signal.iter().map(|a| -a).collect();
        dsm.axpy_l(&minus_a, &x0).unwrap();
        let inv: Vec<f64> = f.noise_variance.iter().map(|v| -1.0 / v).collect();
        dsm.scale_l(&inv).unwrap();
        let err = common::rel_err(&dsm, &pair.target);
        assert!(err < 1e-11, "t = {t}: {err}");
    }
    // And its law is the DSM pair's: the same kind of object as `dsm_pair` (different streams).
    let reference = dsm_pair(&ou, &x0, 0.7, 4, 0, 0).unwrap();
    assert_eq!(reference.target.lmax(), lmax);
}

/// Paths of the Allen–Cahn process at L = 7 from x0 = 0 (white Q, β = 2, A = 1, ε = 0.15):
/// (X_t, H) with H the L² weight.
fn allen_cahn_paths(n: u64, t: f64) -> Vec<(Alm, Alm)> {
    let lmax = 7;
    let ou = OrnsteinUhlenbeck::new(white(lmax), 2.0).unwrap();
    let spde = NonlinearSpde::new(ou, CubicNonlinearity { epsilon: 0.15 }).unwrap();
    let x0 = Alm::zeros(lmax, lmax).unwrap();
    // Two plain threads, even and odd paths.
    let half = |parity: u64| {
        (0..n)
            .filter(|i| i % 2 == parity)
            .map(|i| spde.bismut_weight(&x0, t, 0.02, 31, i, 0).unwrap())
            .collect::<Vec<_>>()
    };
    let (even, odd) = std::thread::scope(|s| {
        let e = s.spawn(|| half(0));
        let o = s.spawn(|| half(1));
        (e.join().unwrap(), o.join().unwrap())
    });
    even.into_iter()
        .zip(odd)
        .flat_map(|(a, b)| [a, b])
        .collect()
}

#[test]
fn weight_satisfies_integration_by_parts_with_the_nonlinearity() {
    // For every direction h: E[⟨∇φ(X_t), h⟩] = E[φ(X_t)⟨H, h⟩]. With φ(X) = ½‖X‖² summed over an
    // orthonormal basis: E⟨H, X_t⟩ = dim = (L+1)² (a virial identity); with φ = ⟨X, e⟩³:
    // E[3⟨X, e⟩²‖e‖²] = E[⟨X, e⟩³⟨H, e⟩]. Paired-difference z-tests over 3000 paths.
    let t = 0.5;
    let paths = allen_cahn_paths(3000, t);
    let dim = 64.0;
    let virial: Vec<f64> = paths.iter().map(|(x, h)| h.dot(x).unwrap() - dim).collect();
    let (m, se) = common::mean_and_se(&virial);
    assert!((m / se).abs() < 5.0, "virial: mean {m} (se {se})");
    let e = common::random_alm(7, 7, 5);
    let ee = e.dot(&e).unwrap();
    let cubic: Vec<f64> = paths
        .iter()
        .map(|(x, h)| {
            let xe = x.dot(&e).unwrap();
            3.0 * xe * xe * ee - xe.powi(3) * h.dot(&e).unwrap()
        })
        .collect();
    let (m, se) = common::mean_and_se(&cubic);
    assert!((m / se).abs() < 5.0, "cubic: mean {m} (se {se})");
    // The nonlinearity is felt: ‖X_t‖² is below the linear process's mean (L+1)² v_t.
    let mean_norm: f64 = paths.iter().map(|(x, _)| x.dot(x).unwrap()).sum::<f64>() / 3000.0;
    let linear = dim * -(-2.0f64 * t).exp_m1();
    assert!(mean_norm < 0.9 * linear, "{mean_norm} vs {linear}");
}

#[test]
fn field_targets_are_reproducible_and_refuse_bad_input() {
    let lmax = 5;
    let ou = LinearSpde::with_generator(white(lmax), 1.0, Generator::heat(0.1).unwrap()).unwrap();
    let spde = NonlinearSpde::new(ou, CubicNonlinearity { epsilon: 0.1 }).unwrap();
    let data: Vec<Alm> = (0..3).map(|i| common::random_alm(lmax, lmax, i)).collect();
    let one = spde
        .bismut_pairs(&data, &[0.1, 0.4], 0.05, 9, Par::Seq)
        .unwrap();
    let two = spde
        .bismut_pairs(&data, &[0.1, 0.4], 0.05, 9, Par::threads(2))
        .unwrap();
    assert_eq!(one, two);
    assert_eq!(one.len(), 6);
    assert!(spde.bismut_pair(&data[0], 0.0, 0.05, 1, 0, 0).is_err());
    assert!(spde.bismut_pair(&data[0], 0.1, -1.0, 1, 0, 0).is_err());
    let wrong = common::random_alm(6, 6, 1);
    assert!(spde.bismut_pair(&wrong, 0.1, 0.05, 1, 0, 0).is_err());
    // A step far too long for the cubic term is refused with a clear message.
    let mut big = data[0].clone();
    big.scale(1e3);
    let err = spde
        .bismut_pair(&big, 0.5, 0.5, 1, 0, 0)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("max-step") || err.contains("too long"),
        "{err}"
    );
}
