//! Linear SPDE forward processes dX = −A X dt + √β dW^Q, A = g(−Δ) (docs/mathematics.md §4.2).

mod common;

use sphfield::ou::{OrnsteinUhlenbeck, Schedule};
use sphfield::sampler::{ProbabilityFlow, ReverseMethod, ReverseSde};
use sphfield::score::{dsm_pair, EmpiricalPrior, GaussianMixturePrior, GaussianPrior, Score};
use sphfield::spectrum::{AngularSpectrum, SpectrumModel, WhittleMatern};
use sphfield::{kl::KlSampler, Alm, Par};

fn wm(lmax: usize, kappa: f64) -> AngularSpectrum {
    WhittleMatern::spde(1.0, kappa, 2.0)
        .unwrap()
        .spectrum(lmax)
        .unwrap()
}

/// A fingerprint of the exact bits of a field.
fn bits(a: &Alm) -> u64 {
    a.as_slice().iter().fold(0u64, |h, c| {
        (h.rotate_left(7) ^ c.re.to_bits()).wrapping_mul(0x100000001b3) ^ c.im.to_bits()
    })
}

/// Fingerprints of OU outputs (reverse samplers, scores, DSM pairs) computed by sphfield 0.16, before
/// the forward process became a general linear SPDE: the OU case must keep its bits.
fn ou_fingerprints() -> Vec<u64> {
    let lmax = 15;
    let ou = OrnsteinUhlenbeck::new(wm(lmax, 3.0), 1.3).unwrap();
    let data = wm(lmax, 6.0);
    let prior = GaussianPrior::new(ou.clone(), data.clone(), None).unwrap();
    let schedule = Schedule::geometric(1e-3, 8.0, 40).unwrap();
    let mut out = Vec::new();
    for method in [ReverseMethod::EulerMaruyama, ReverseMethod::ExponentialIntegrator] {
        let s = ReverseSde::new(schedule.clone(), method).with_final_denoising(true);
        out.push(bits(&s.sample(&prior, 5, 2).unwrap()));
    }
    out.push(bits(&ProbabilityFlow::new(schedule).sample(&prior, 5, 2).unwrap()));
    let training = KlSampler::new(&data, 3).sample_ensemble(0..6, Par::Seq);
    let x = KlSampler::new(&data, 4).sample(0, Par::Seq);
    let mut s = Alm::zeros(lmax, lmax).unwrap();
    let empirical = EmpiricalPrior::new(ou.clone(), &training, Par::Seq).unwrap();
    empirical.score(0.2, &x, &mut s).unwrap();
    out.push(bits(&s));
    let mixture = GaussianMixturePrior::new(ou.clone(), &training, wm(lmax, 9.0), Par::Seq).unwrap();
    mixture.score(0.2, &x, &mut s).unwrap();
    out.push(bits(&s));
    let pair = dsm_pair(&ou, &training[1], 0.4, 9, 1, 2).unwrap();
    out.push(bits(&pair.noisy));
    out.push(bits(&pair.target));
    out
}

#[test]
fn ou_outputs_keep_their_bits() {
    // Recorded before the generalisation (commit 617ea31): EM and EI reverse samples with final
    // denoising, a probability-flow sample, empirical and mixture scores, a DSM pair.
    let expected = [
        12208541323152138439,
        13027407307536719937,
        5665985103873197819,
        4299128102254033002,
        17007658616195445264,
        4903176002383982249,
        6279095163599236122,
    ];
    assert_eq!(ou_fingerprints(), expected);
}
