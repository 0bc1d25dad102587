//! How the Malliavin–Bismut targets of the Allen–Cahn forward process approach the stationary
//! score as t grows (docs/mathematics.md §7.5).
//!
//! Run: `cargo run --release --example allen_cahn_stationary [-- LMAX PATHS STEP_1E4]` (the
//! longest time step in units of 1e-4; default 100, i.e. 0.01).
//! Set-up: dX = (−X − Π_L εX³) dt + √2 dW with Q = I (white noise at band limit L), ε = 0.2,
//! X_0 = 0. The drift is −∇U, U(X) = ½‖X‖² + (ε/4)∫X⁴, so the stationary score is
//! g_∞(X) = −∇U(X) = −X − εΠ_L X³ (L² gradient; Q = I makes it the Cameron–Martin score too).
//! For candidate scores g, the regression loss ℓ(g) = E‖H + g(X_t)‖² exceeds its minimum by
//! E‖g − s_t‖² (s_t the true score), so
//! D(t) = [ℓ(g_∞) − ℓ(g_OU)] / E‖g_OU − g_∞‖², with g_OU = −X the score without the cubic term,
//! tends to −1 when s_t → g_∞ and is +1 where s_t = g_OU. Also printed: the slope of H on −g_∞.

use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::score::{CubicNonlinearity, NonlinearSpde};
use sphfield::spectrum::AngularSpectrum;
use sphfield::Alm;

/// Per path: ℓ(g_∞) − ℓ(g_OU) terms, ‖g_OU − g_∞‖², ⟨H, g_∞⟩, ‖g_∞‖².
type Row = (f64, f64, f64, f64);

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let lmax = args.first().copied().unwrap_or(7);
    let paths = args.get(1).copied().unwrap_or(2000) as u64;
    let max_step = args.get(2).copied().unwrap_or(100) as f64 * 1e-4;
    let epsilon = 0.2;
    let q = AngularSpectrum::new(vec![1.0; lmax + 1], "white").unwrap();
    let spde = NonlinearSpde::new(
        OrnsteinUhlenbeck::new(q, 2.0).unwrap(),
        CubicNonlinearity { epsilon },
    )
    .unwrap();
    let x0 = Alm::zeros(lmax, lmax).unwrap();
    println!("lmax {lmax}, {paths} paths per time, eps = {epsilon}, steps of at most {max_step}");
    println!("   t    D(t) ± se        slope of H on -g_inf ± se");
    for t in [0.05, 0.2, 0.5, 1.0, 2.0, 4.0] {
        let half = |parity: u64| -> Vec<Row> {
            (0..paths)
                .filter(|i| i % 2 == parity)
                .map(|i| {
                    let (x, h) = spde.bismut_weight(&x0, t, max_step, 5, i, 0).unwrap();
                    // g_∞ = drift (−X − εΠX³) since β/2 = 1; g_OU = −X.
                    let g_inf = spde.drift(&x).unwrap();
                    let mut g_ou = x.clone();
                    g_ou.scale(-1.0);
                    let sq = |a: &Alm, b: &Alm| {
                        let mut d = a.clone();
                        d.axpy(1.0, b).unwrap();
                        d.dot(&d).unwrap()
                    };
                    let mut diff = g_ou.clone();
                    diff.axpy(-1.0, &g_inf).unwrap();
                    (
                        sq(&h, &g_inf) - sq(&h, &g_ou),
                        diff.dot(&diff).unwrap(),
                        h.dot(&g_inf).unwrap(),
                        g_inf.dot(&g_inf).unwrap(),
                    )
                })
                .collect()
        };
        let rows: Vec<_> = std::thread::scope(|s| {
            let a = s.spawn(|| half(0));
            let b = s.spawn(|| half(1));
            let mut v = a.join().unwrap();
            v.extend(b.join().unwrap());
            v
        });
        let n = rows.len() as f64;
        let mean = |f: &dyn Fn(&Row) -> f64| rows.iter().map(f).sum::<f64>() / n;
        let (num, den) = (mean(&|r| r.0), mean(&|r| r.1));
        // Ratio estimator with its delta-method standard error.
        let d = num / den;
        let var_d = rows
            .iter()
            .map(|r| ((r.0 - d * r.1) / den).powi(2))
            .sum::<f64>()
            / (n * (n - 1.0));
        let (hg, gg) = (mean(&|r| r.2), mean(&|r| r.3));
        let slope = -hg / gg;
        let var_s = rows
            .iter()
            .map(|r| ((-r.2 - slope * r.3) / gg).powi(2))
            .sum::<f64>()
            / (n * (n - 1.0));
        println!(
            "{t:>5}  {d:>7.3} ± {:.3}    {slope:>7.3} ± {:.3}",
            var_d.sqrt(),
            var_s.sqrt()
        );
    }
}
