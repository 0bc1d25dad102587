//! Cost of Malliavin–Bismut training pairs at field scale against denoising pairs, and the
//! spread of the targets (docs/mathematics.md §7.5; the numbers of docs/performance.md).
//!
//! Run: `cargo run --release --example bismut_field_timing [-- LMAX ...]`.
//! Set-up: dX = (−X − Π_L εX³) dt + √2 dW^Q with Q = C_l = 1/(1 + l(l+1)/100)² (a smooth field),
//! ε = 0.5, from x0 = 0; time steps of at most 0.01.

use std::time::Instant;

use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::score::{dsm_pair, CubicNonlinearity, NonlinearSpde};
use sphfield::spectrum::AngularSpectrum;
use sphfield::{Alm, Par};

fn main() {
    let lmaxes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let lmaxes = if lmaxes.is_empty() {
        vec![15, 31, 63]
    } else {
        lmaxes
    };
    println!("lmax  t     pairs  ms/Bismut pair  ms/DSM pair  ratio   Var(target)/Var(DSM target)");
    for &lmax in &lmaxes {
        let c: Vec<f64> = (0..=lmax)
            .map(|l| 1.0 / (1.0 + (l * (l + 1)) as f64 / 100.0).powi(2))
            .collect();
        let q = AngularSpectrum::new(c.clone(), "smooth").unwrap();
        let ou = OrnsteinUhlenbeck::new(q, 2.0).unwrap();
        let spde = NonlinearSpde::new(ou.clone(), CubicNonlinearity { epsilon: 0.5 }).unwrap();
        let x0 = Alm::zeros(lmax, lmax).unwrap();
        for t in [0.1, 0.5, 2.0] {
            let n = if lmax >= 63 { 8 } else { 40 };
            let start = Instant::now();
            let pairs: Vec<_> = (0..n)
                .map(|i| spde.bismut_pair(&x0, t, 0.01, 1, i, 0).unwrap())
                .collect();
            let bismut = start.elapsed().as_secs_f64() * 1e3 / n as f64;
            let start = Instant::now();
            let reps = 200;
            for i in 0..reps {
                let _ = dsm_pair(&ou, &x0, t, 1, i, 0).unwrap();
            }
            let dsm = start.elapsed().as_secs_f64() * 1e3 / reps as f64;
            // Spread: mean over coefficients of target² against the DSM target's variance C_l/v_t
            // (per real component).
            let v = ou.transition_factors(t).noise_variance;
            let mut ratio = 0.0;
            let mut count = 0.0;
            for p in &pairs {
                for m in 0..=lmax {
                    for (l, z) in (m..=lmax).zip(p.target.m_slice(m)) {
                        let dsm_var = c[l] / v[l];
                        ratio += if m == 0 {
                            z.re * z.re / dsm_var
                        } else {
                            2.0 * (z.re * z.re + z.im * z.im) / (2.0 * dsm_var)
                        };
                        count += if m == 0 { 1.0 } else { 2.0 };
                    }
                }
            }
            println!(
                "{lmax:>4}  {t:<4}  {n:>5}  {bismut:>14.2}  {dsm:>11.4}  {:>6.0}  {:>8.3}",
                bismut / dsm,
                ratio / count
            );
        }
    }
    let _ = Par::Seq;
}
