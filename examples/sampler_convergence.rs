//! Discretisation bias of the reverse-time samplers for a Gaussian prior, from their exact output
//! law (`gaussian_output_spectrum`): bias against steps for every method, the numbers and the
//! log–log figure of docs/mathematics.md §5.5.
//!
//! Run: `cargo run --release --example sampler_convergence [-- docs/sampler_convergence.png]`.
//! The set-up is the command line's default: Q Whittle–Matérn with ρ = 1000 km, ν = 1.5 on the
//! Earth, β = 1, a geometric schedule from t0 = 1e-4 (or the environment's `T0`) to T = 10; the data law N(0, Σ) with Σ
//! Whittle–Matérn ρ = 2000 km, ν = 1.5, at lmax 63.

use sphfield::io::Overwrite;
use sphfield::ou::{OrnsteinUhlenbeck, Schedule};
use sphfield::plot::LogLogPlot;
use sphfield::sampler::{ProbabilityFlow, ReverseMethod, ReverseSde};
use sphfield::score::GaussianPrior;
use sphfield::spectrum::{Length, SpectrumModel, WhittleMatern};

const EARTH_KM: f64 = 6371.0;

fn matern(rho_km: f64) -> sphfield::spectrum::AngularSpectrum {
    WhittleMatern::from_correlation_length(1.0, Length::Radians(rho_km / EARTH_KM), 1.5)
        .unwrap()
        .spectrum(63)
        .unwrap()
}

fn main() {
    let q = matern(1000.0);
    let sigma = matern(2000.0);
    let prior = GaussianPrior::new(OrnsteinUhlenbeck::new(q, 1.0).unwrap(), sigma, None).unwrap();
    let t0: f64 = std::env::var("T0")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1e-4);
    // The law the samplers target: X_{t0} ~ N(0, a²Σ + vC).
    let target = prior.marginal_variances(t0);
    let steps = [25usize, 50, 100, 200, 400, 800, 1600];
    let methods = ["em", "ei", "an", "eh", "pf"];
    let output = |name: &str, n: usize| {
        let schedule = Schedule::geometric(t0, 10.0, n).unwrap();
        let method = match name {
            "pf" => {
                return ProbabilityFlow::new(schedule)
                    .gaussian_output_spectrum(&prior)
                    .unwrap()
            }
            "em" => ReverseMethod::EulerMaruyama,
            "ei" => ReverseMethod::ExponentialIntegrator,
            "an" => ReverseMethod::Ancestral,
            _ => ReverseMethod::ExponentialHeun,
        };
        ReverseSde::new(schedule, method)
            .gaussian_output_spectrum(&prior)
            .unwrap()
    };
    let max_dev = |out: &[f64], reference: &[f64]| {
        out.iter()
            .zip(reference)
            .map(|(o, r)| (o / r - 1.0).abs())
            .fold(0.0, f64::max)
    };
    println!("t0 = {t0}: per method, max over degrees of |Var(output)/Var(limit) - 1| (the");
    println!("discretisation bias; limit = the same method with 51200 steps), then of");
    println!("|Var(output)/Sigma - 1| (what users see: early stopping and T included)");
    println!(
        "{:>6} {:>22} {:>22} {:>22} {:>22}",
        "steps", "em", "ei", "eh", "pf"
    );
    let limits: Vec<_> = methods.iter().map(|m| output(m, 51200)).collect();
    for (m, limit) in methods.iter().zip(&limits) {
        println!(
            "limit of {m}: max |Var/Var(X_t0) - 1| = {:.2e}",
            max_dev(limit.values(), &target)
        );
    }
    let mut curves = vec![Vec::new(); methods.len()];
    for &n in &steps {
        let mut row = format!("{n:>6}");
        for (k, name) in methods.iter().enumerate() {
            let out = output(name, n);
            let bias = max_dev(out.values(), limits[k].values());
            let vs_sigma = max_dev(out.values(), prior.sigma().values());
            curves[k].push((n as f64, bias));
            row += &format!(" {bias:>10.3e} {vs_sigma:>10.3e}");
        }
        println!("{row}");
    }
    for (k, name) in methods.iter().enumerate() {
        let c = &curves[k];
        let (a, b) = (c[c.len() - 2], c[c.len() - 1]);
        println!(
            "{name}: observed order between {} and {} steps: {:.2}",
            a.0,
            b.0,
            (a.1 / b.1).ln() / (b.0 / a.0).ln()
        );
    }
    if let Some(path) = std::env::args().nth(1) {
        let series: Vec<(&str, &[(f64, f64)])> = methods
            .iter()
            .zip(&curves)
            .map(|(name, c)| (*name, c.as_slice()))
            .collect();
        let plot = LogLogPlot {
            width: 800,
            height: 560,
            title: "Reverse samplers, Gaussian prior: exact variance bias".into(),
            x_label: format!("steps (geometric, t0 = {t0}, T = 10)"),
            y_label: "max over l of |Var / Var(limit) - 1|".into(),
        };
        plot.render(&series)
            .unwrap()
            .save_png(&path, Overwrite::Allow)
            .unwrap();
        println!("wrote {path}");
    }
}
