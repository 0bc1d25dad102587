//! Maximum-likelihood estimation of spectrum-model parameters with standard errors from the
//! Fisher information (docs/conditioning.md §C.6).

use super::cholesky::Cholesky;
use super::observations::Observations;
use crate::error::{param_error, Error, Result};
use crate::spectrum::{
    AngularSpectrum, LegendreMatern, Length, PowerLaw, SpectrumModel, WhittleMatern,
};
use faer::Mat;
use rayon::prelude::*;

/// A family of spectrum models whose parameters are all positive; the first is the variance
/// (or amplitude), on which C_ℓ depends linearly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ModelFamily {
    /// Whittle–Matérn: variance σ², correlation length ρ (radians), smoothness ν
    /// ([`WhittleMatern::from_correlation_length`]).
    WhittleMatern,
    /// Legendre–Matérn (Guinness–Fuentes): variance, α, ν ([`LegendreMatern::with_variance`]).
    LegendreMatern,
    /// Power law A ℓ^(−p) for ℓ ≥ `lmin` ([`PowerLaw::new`]): amplitude A, exponent p.
    PowerLaw {
        /// First non-zero degree.
        lmin: usize,
    },
}

impl ModelFamily {
    /// Parameter names (the order of every parameter vector).
    pub fn parameter_names(&self) -> &'static [&'static str] {
        match self {
            ModelFamily::WhittleMatern => &["variance", "rho_rad", "nu"],
            ModelFamily::LegendreMatern => &["variance", "alpha", "nu"],
            ModelFamily::PowerLaw { .. } => &["amplitude", "exponent"],
        }
    }

    /// C_0 … C_lmax for `params`.
    ///
    /// # Errors
    /// The model's errors for parameters outside its domain.
    pub fn spectrum(&self, params: &[f64], lmax: usize) -> Result<AngularSpectrum> {
        match *self {
            ModelFamily::WhittleMatern => WhittleMatern::from_correlation_length(
                params[0],
                Length::Radians(params[1]),
                params[2],
            )?
            .spectrum(lmax),
            ModelFamily::LegendreMatern => {
                LegendreMatern::with_variance(params[0], params[1], params[2])?.spectrum(lmax)
            }
            ModelFamily::PowerLaw { lmin } => {
                PowerLaw::new(params[0], params[1], lmin)?.spectrum(lmax)
            }
        }
    }

    /// Starting points of the shape parameters (all but the first).
    fn shape_grid(&self) -> Vec<Vec<f64>> {
        let logspace = |lo: f64, hi: f64, n: usize| -> Vec<f64> {
            (0..n)
                .map(|i| (lo.ln() + (hi / lo).ln() * i as f64 / (n - 1) as f64).exp())
                .collect()
        };
        match self {
            ModelFamily::WhittleMatern => {
                let mut grid = Vec::new();
                for rho in logspace(0.005, 3.0, 14) {
                    for nu in [0.5, 1.0, 1.5, 2.5, 4.0] {
                        grid.push(vec![rho, nu]);
                    }
                }
                grid
            }
            ModelFamily::LegendreMatern => {
                let mut grid = Vec::new();
                for alpha in logspace(0.5, 1000.0, 14) {
                    for nu in [0.5, 1.0, 1.5, 2.5, 4.0] {
                        grid.push(vec![alpha, nu]);
                    }
                }
                grid
            }
            ModelFamily::PowerLaw { .. } => logspace(2.05, 8.0, 24)
                .into_iter()
                .map(|p| vec![p])
                .collect(),
        }
    }

    /// First degree whose C_ℓ the model makes non-zero.
    fn first_degree(&self) -> usize {
        match self {
            ModelFamily::PowerLaw { lmin } => *lmin,
            _ => 0,
        }
    }
}

/// Estimated parameters with their standard errors.
#[derive(Clone, Debug)]
pub struct FitResult {
    /// The family.
    pub family: ModelFamily,
    /// Parameter names, in the order of the vectors below ([`ModelFamily::parameter_names`],
    /// then `nugget` for observation fits).
    pub names: Vec<&'static str>,
    /// Maximum-likelihood estimates.
    pub parameters: Vec<f64>,
    /// Standard errors (inverse Fisher or observed information, delta method from log
    /// parameters); NaN when the information matrix is singular (the data do not determine
    /// every parameter).
    pub standard_errors: Vec<f64>,
    /// The maximised log-likelihood.
    pub log_likelihood: f64,
    /// Iterations of the optimiser.
    pub iterations: usize,
    /// The fitted spectrum at the data's band limit.
    pub spectrum: AngularSpectrum,
}

/// Log-likelihood (C.6.1) of pooled empirical spectra `c_hat` from `members` fields, degrees
/// ℓ ≥ `first`: −(M/2) Σ (2ℓ+1)[log C_ℓ + Ĉ_ℓ/C_ℓ]; −∞ if a model C_ℓ is 0 where Ĉ_ℓ > 0.
fn harmonic_log_likelihood(c_hat: &[f64], model: &[f64], members: usize, first: usize) -> f64 {
    let mut total = 0.0;
    for l in first..c_hat.len() {
        let (c, e) = (model[l], c_hat[l]);
        if c <= 0.0 {
            if e > 0.0 {
                return f64::NEG_INFINITY;
            }
            continue;
        }
        total += (2 * l + 1) as f64 * (c.ln() + e / c);
    }
    -0.5 * members as f64 * total
}

/// Maximum-likelihood fit of `family` to the pooled empirical spectrum `c_hat` (Ĉ_ℓ of
/// [`crate::spectrum::anafast`], averaged over `members` independent full-sky fields), by
/// Fisher scoring from the best point of a grid over the shape parameters with the variance
/// profiled out (C.6.1–2).
///
/// ```
/// use sphfield::condition::{fit_spectrum, ModelFamily};
/// use sphfield::spectrum::{Length, SpectrumModel, WhittleMatern};
/// let truth = WhittleMatern::from_correlation_length(2.0, Length::Radians(0.3), 1.5)?.spectrum(95)?;
/// // The expected spectrum itself is fitted exactly.
/// let fit = fit_spectrum(ModelFamily::WhittleMatern, truth.values(), 10)?;
/// assert!((fit.parameters[1] - 0.3).abs() < 1e-6);
/// # Ok::<(), sphfield::Error>(())
/// ```
///
/// # Errors
/// `Error::Param` for an empty or non-finite spectrum, zero members, or when no grid point
/// gives a finite likelihood.
pub fn fit_spectrum(family: ModelFamily, c_hat: &[f64], members: usize) -> Result<FitResult> {
    if c_hat.len() < 2 || members == 0 {
        return Err(param_error(
            "empirical spectrum",
            format!("{} degrees, {members} members", c_hat.len()),
            "need at least C_0, C_1 and one field",
        ));
    }
    crate::error::check_finite("empirical spectrum", c_hat)?;
    let lmax = c_hat.len() - 1;
    let first = family.first_degree();
    let weight: f64 = (first..=lmax).map(|l| (2 * l + 1) as f64).sum();
    // Profiled variance for a shape: σ̂² = Σ(2ℓ+1)Ĉ_ℓ/c_ℓ / Σ(2ℓ+1), c the unit-variance spectrum.
    let profiled = |shape: &[f64]| -> Option<(Vec<f64>, f64)> {
        let mut p = vec![1.0];
        p.extend_from_slice(shape);
        let unit = family.spectrum(&p, lmax).ok()?;
        let u = unit.values();
        let s: f64 = (first..=lmax)
            .map(|l| {
                if u[l] > 0.0 {
                    (2 * l + 1) as f64 * c_hat[l] / u[l]
                } else {
                    0.0
                }
            })
            .sum();
        p[0] = s / weight;
        if !(p[0] > 0.0 && p[0].is_finite()) {
            return None;
        }
        let model: Vec<f64> = u.iter().map(|c| c * p[0]).collect();
        Some((p, harmonic_log_likelihood(c_hat, &model, members, first)))
    };
    let start = family
        .shape_grid()
        .par_iter()
        .filter_map(|shape| profiled(shape))
        .filter(|(_, ll)| ll.is_finite())
        .reduce_with(|a, b| if b.1 > a.1 { b } else { a })
        .ok_or_else(|| {
            param_error(
                "fit",
                "grid search",
                "no starting point gives a finite likelihood",
            )
        })?;
    let log_l = |eta: &[f64]| -> f64 {
        let p: Vec<f64> = eta.iter().map(|e| e.exp()).collect();
        match family.spectrum(&p, lmax) {
            Ok(s) => harmonic_log_likelihood(c_hat, s.values(), members, first),
            Err(_) => f64::NEG_INFINITY,
        }
    };
    let mut eta: Vec<f64> = start.0.iter().map(|p| p.ln()).collect();
    let mut current = start.1;
    let mut iterations = 0;
    for _ in 0..200 {
        iterations += 1;
        let (gradient, fisher) = score_and_fisher(family, &eta, c_hat, members, first, lmax)?;
        let Some(step) = solve_small(&fisher, &gradient) else {
            break;
        };
        let mut t = 1.0;
        let mut improved = false;
        while t > 1e-6 {
            let trial: Vec<f64> = eta.iter().zip(&step).map(|(e, s)| e + t * s).collect();
            let value = log_l(&trial);
            if value.is_finite() && value >= current {
                let change = step.iter().map(|s| (t * s).abs()).fold(0.0, f64::max);
                eta = trial;
                current = value;
                improved = change > 1e-10;
                break;
            }
            t /= 2.0;
        }
        if !improved {
            break;
        }
    }
    let (_, fisher) = score_and_fisher(family, &eta, c_hat, members, first, lmax)?;
    let parameters: Vec<f64> = eta.iter().map(|e| e.exp()).collect();
    let standard_errors = delta_method(&fisher, &parameters);
    Ok(FitResult {
        family,
        names: family.parameter_names().to_vec(),
        spectrum: family.spectrum(&parameters, lmax)?,
        parameters,
        standard_errors,
        log_likelihood: current,
        iterations,
    })
}

/// ∇ log L and the Fisher information (C.6.2) in η = log θ, with ∂ log C_ℓ/∂η_i by central
/// differences.
fn score_and_fisher(
    family: ModelFamily,
    eta: &[f64],
    c_hat: &[f64],
    members: usize,
    first: usize,
    lmax: usize,
) -> Result<(Vec<f64>, Vec<Vec<f64>>)> {
    let h = 1e-4;
    let p = eta.len();
    let center: Vec<f64> = eta.iter().map(|e| e.exp()).collect();
    let model = family.spectrum(&center, lmax)?;
    let mut dlog = Vec::with_capacity(p);
    for i in 0..p {
        let mut up = eta.to_vec();
        let mut down = eta.to_vec();
        up[i] += h;
        down[i] -= h;
        let su = family.spectrum(&up.iter().map(|e| e.exp()).collect::<Vec<_>>(), lmax)?;
        let sd = family.spectrum(&down.iter().map(|e| e.exp()).collect::<Vec<_>>(), lmax)?;
        let d: Vec<f64> = (0..=lmax)
            .map(|l| {
                let (a, b) = (su.values()[l], sd.values()[l]);
                if a > 0.0 && b > 0.0 {
                    (a.ln() - b.ln()) / (2.0 * h)
                } else {
                    0.0
                }
            })
            .collect();
        dlog.push(d);
    }
    let m = members as f64;
    let mut gradient = vec![0.0; p];
    let mut fisher = vec![vec![0.0; p]; p];
    for l in first..=lmax {
        let c = model.values()[l];
        if c <= 0.0 {
            continue;
        }
        let w = 0.5 * m * (2 * l + 1) as f64;
        let r = c_hat[l] / c - 1.0;
        for i in 0..p {
            gradient[i] += w * r * dlog[i][l];
            for j in 0..p {
                fisher[i][j] += w * dlog[i][l] * dlog[j][l];
            }
        }
    }
    Ok((gradient, fisher))
}

/// Solves a small symmetric positive definite system by Cholesky; `None` if it is singular.
fn solve_small(a: &[Vec<f64>], b: &[f64]) -> Option<Vec<f64>> {
    let n = b.len();
    let factor = Cholesky::new(Mat::from_fn(n, n, |i, j| a[i][j]))?;
    Some(factor.solve(b))
}

/// se(θ_i) = θ_i √((F⁻¹)_ii) for the information F in log-parameters; NaN for every
/// parameter when F is singular or not positive definite (the data do not determine them all,
/// e.g. a correlation length far beyond the sphere).
fn delta_method(information: &[Vec<f64>], parameters: &[f64]) -> Vec<f64> {
    let n = parameters.len();
    let Some(factor) = Cholesky::new(Mat::from_fn(n, n, |i, j| information[i][j])) else {
        return vec![f64::NAN; n];
    };
    (0..n)
        .map(|i| {
            let mut e = vec![0.0; n];
            e[i] = 1.0;
            let v = factor.solve(&e)[i];
            if v.is_finite() && v >= 0.0 {
                parameters[i] * v.sqrt()
            } else {
                f64::NAN
            }
        })
        .collect()
}

/// The angles between every pair of observations (lower triangle, row by row), computed once
/// for the many likelihood evaluations of a fit.
struct PairAngles {
    angles: Vec<f64>,
}

impl PairAngles {
    fn new(observations: &Observations) -> PairAngles {
        let units = observations.points().unit_vectors();
        let angles = (0..units.len())
            .into_par_iter()
            .flat_map_iter(|i| {
                (0..=i).map(move |j| super::points::angle_between(&units[i], &units[j]))
            })
            .collect();
        PairAngles { angles }
    }

    /// k at every pair ([`super::kernel::covariances_at`]).
    fn covariances(&self, spectrum: &AngularSpectrum) -> Result<Vec<f64>> {
        super::kernel::covariances_at(spectrum, &self.angles)
    }
}

/// The exact log-likelihood (C.6.3) of point observations under the band-limited prior with
/// `spectrum` plus a nugget variance `nugget` added to each observation's own noise variance:
/// −½[yᵀ(K + Σ + τ²I)⁻¹y + log det(K + Σ + τ²I) + n log 2π]. `None` if the matrix is not
/// positive definite.
///
/// # Errors
/// The errors of [`CovarianceTable::new`].
pub fn observation_log_likelihood(
    spectrum: &AngularSpectrum,
    observations: &Observations,
    nugget: f64,
) -> Result<Option<f64>> {
    log_likelihood_with(
        &PairAngles::new(observations),
        spectrum,
        observations,
        nugget,
    )
}

fn log_likelihood_with(
    pairs: &PairAngles,
    spectrum: &AngularSpectrum,
    observations: &Observations,
    nugget: f64,
) -> Result<Option<f64>> {
    let k = pairs.covariances(spectrum)?;
    Ok(kernel_log_likelihood(&k, 1.0, observations, nugget))
}

/// (C.6.3) with K = `scale` · k (packed lower triangle) + Σ + τ²I; `None` if K is not positive
/// definite.
fn kernel_log_likelihood(
    k: &[f64],
    scale: f64,
    observations: &Observations,
    nugget: f64,
) -> Option<f64> {
    let n = observations.len();
    let noise = observations.noise_variances();
    let factor = Cholesky::new(assemble(k, scale, |i| noise[i] + nugget))?;
    let y = observations.values();
    let w = factor.solve(y);
    let quadratic: f64 = y.iter().zip(&w).map(|(a, b)| a * b).sum();
    Some(-0.5 * (quadratic + factor.log_det() + n as f64 * (2.0 * std::f64::consts::PI).ln()))
}

/// The symmetric matrix `scale` · k + diag(`diagonal`(i)) from the packed lower triangle k (row
/// by row, as [`PairAngles`] stores the pairs).
fn assemble(k: &[f64], scale: f64, diagonal: impl Fn(usize) -> f64) -> Mat<f64> {
    // k.len() = n(n + 1)/2.
    let n = ((((8 * k.len() + 1) as f64).sqrt().round()) as usize - 1) / 2;
    Mat::from_fn(n, n, |i, j| {
        let (r, c) = if j <= i { (i, j) } else { (j, i) };
        scale * k[r * (r + 1) / 2 + c] + if i == j { diagonal(i) } else { 0.0 }
    })
}

/// τ² of a parameter vector η = (log θ..., log τ²).
fn eta_nugget(eta: &[f64]) -> f64 {
    eta[eta.len() - 1].exp()
}

/// Most observations [`fit_observations`] takes (its cost is O(n³) per iteration).
pub const MAX_FIT_OBSERVATIONS: usize = 5000;

/// Maximum-likelihood fit of `family` and a nugget τ² (added to each observation's own noise
/// variance) to point observations, with the prior band-limited at `lmax` (the band limit the
/// fitted prior will be conditioned at): Fisher scoring on (C.6.3) in log-parameters from the
/// best point of a coarse grid, with the exact gradient and expected information of (C.6.4);
/// standard errors from that information at the maximum. Should the information be singular on
/// the way, Nelder–Mead takes over and the errors come from the observed information
/// (central-difference Hessian of −log L).
///
/// # Errors
/// `Error::TooLarge` above 5000 observations; `Error::Param` when no starting point gives a
/// positive definite covariance.
pub fn fit_observations(
    family: ModelFamily,
    observations: &Observations,
    lmax: usize,
) -> Result<FitResult> {
    let n = observations.len();
    if n > MAX_FIT_OBSERVATIONS {
        return Err(Error::TooLarge {
            what: "observations for the likelihood fit".into(),
            requested: n as u128,
            limit: MAX_FIT_OBSERVATIONS as u128,
        });
    }
    let y = observations.values();
    let mean_square = y.iter().map(|v| v * v).sum::<f64>() / n as f64;
    if mean_square.is_nan() || mean_square <= 0.0 {
        return Err(param_error("observations", "all zero", "nothing to fit"));
    }
    let pairs = PairAngles::new(observations);
    // η = (log θ..., log τ²); −log L, +∞ where undefined.
    let objective = |eta: &[f64]| -> f64 {
        let p: Vec<f64> = eta.iter().map(|e| e.exp()).collect();
        let (model, nugget) = p.split_at(p.len() - 1);
        match family.spectrum(model, lmax) {
            Ok(s) => match log_likelihood_with(&pairs, &s, observations, nugget[0]) {
                Ok(Some(ll)) if ll.is_finite() => -ll,
                _ => f64::INFINITY,
            },
            Err(_) => f64::INFINITY,
        }
    };
    // The start: the best of a coarse grid of shapes, each with the signal taking half or 90 %
    // of the data's mean square (one kernel per shape serves both).
    let start = family
        .shape_grid()
        .into_iter()
        .step_by(2)
        .collect::<Vec<_>>()
        .into_par_iter()
        .flat_map_iter(|shape| {
            let mut unit = vec![1.0];
            unit.extend_from_slice(&shape);
            let kernel = family
                .spectrum(&unit, lmax)
                .and_then(|s| pairs.covariances(&s))
                .ok();
            [0.5, 0.9].map(|signal| {
                let mut eta = vec![(signal * mean_square).ln()];
                eta.extend(shape.iter().map(|v| v.ln()));
                eta.push(((1.0 - signal) * mean_square).ln());
                let value = kernel
                    .as_ref()
                    .and_then(|k| {
                        kernel_log_likelihood(
                            k,
                            signal * mean_square,
                            observations,
                            eta_nugget(&eta),
                        )
                    })
                    .filter(|ll| ll.is_finite())
                    .map_or(f64::INFINITY, |ll| -ll);
                (eta, value)
            })
        })
        .filter(|(_, v)| v.is_finite())
        .reduce_with(|a, b| if b.1 < a.1 { b } else { a })
        .ok_or_else(|| {
            param_error(
                "fit",
                "grid search",
                "no starting point gives a positive definite covariance",
            )
        })?;
    let score = |eta: &[f64], with_information: bool| -> Option<ObservationScore> {
        let p: Vec<f64> = eta.iter().map(|e| e.exp()).collect();
        observation_score(family, &p, &pairs, observations, lmax, with_information).ok()?
    };
    let (eta, value, iterations, information) =
        match observation_quasi_newton(&score, start.0.clone()) {
            Some(found) => found,
            None => {
                // The quasi-Newton method failed (a singular matrix along the way): the simplex
                // needs values only, and the observed information gives the errors.
                let (eta, value, iterations) = nelder_mead(&objective, start.0, 0.5, 1e-7, 2000);
                let hessian = central_hessian(&objective, &eta, 1e-3);
                (eta, value, iterations, hessian)
            }
        };
    let mut parameters: Vec<f64> = eta.iter().map(|e| e.exp()).collect();
    let standard_errors = delta_method(&information, &parameters);
    let nugget = parameters.pop().unwrap_or(0.0);
    let spectrum = family.spectrum(&parameters, lmax)?;
    parameters.push(nugget);
    let mut names = family.parameter_names().to_vec();
    names.push("nugget");
    Ok(FitResult {
        family,
        names,
        parameters,
        standard_errors,
        log_likelihood: -value,
        iterations,
        spectrum,
    })
}

/// log L, its gradient and the expected Fisher information (C.6.4) of the station likelihood,
/// all in η = log(θ, τ²).
struct ObservationScore {
    log_likelihood: f64,
    gradient: Vec<f64>,
    information: Vec<Vec<f64>>,
}

/// (C.6.4) at parameters `p` = (θ, τ²): with K = K_θ + Σ + τ²I = LLᵀ, α = K⁻¹y and
/// B_i = L⁻¹ ∂_iK L⁻ᵀ,
///
///   ∂_i log L = ½ αᵀ ∂_iK α − ½ tr B_i,   F_ij = ½ tr(B_i B_j),
///
/// where ∂_0K = K_θ (the variance enters linearly), ∂K for a shape parameter is the central
/// difference of K_θ in η (step 10⁻⁴, as for fields) and ∂K for the nugget is τ²I. `None` if K is
/// not positive definite. Each B_i costs two triangular solves with n right-hand sides; the
/// parameters run in parallel, each sequentially, so the bits do not depend on the threads.
fn observation_score(
    family: ModelFamily,
    p: &[f64],
    pairs: &PairAngles,
    observations: &Observations,
    lmax: usize,
    with_information: bool,
) -> Result<Option<ObservationScore>> {
    const H: f64 = 1e-4;
    let n = observations.len();
    let (model, nugget) = p.split_at(p.len() - 1);
    let nugget = nugget[0];
    let k = pairs.covariances(&family.spectrum(model, lmax)?)?;
    let noise = observations.noise_variances();
    let Some(factor) = Cholesky::new(assemble(&k, 1.0, |i| noise[i] + nugget)) else {
        return Ok(None);
    };
    let y = observations.values();
    let alpha = factor.solve(y);
    let quadratic: f64 = y.iter().zip(&alpha).map(|(a, b)| a * b).sum();
    let log_likelihood =
        -0.5 * (quadratic + factor.log_det() + n as f64 * (2.0 * std::f64::consts::PI).ln());
    // ∂K/∂η_i for every parameter, packed lower triangles (the nugget's is τ²I, built below).
    let mut derivatives: Vec<Vec<f64>> = vec![k];
    for i in 1..model.len() {
        let shifted = |sign: f64| -> Result<Vec<f64>> {
            let mut q = model.to_vec();
            q[i] *= (sign * H).exp();
            pairs.covariances(&family.spectrum(&q, lmax)?)
        };
        let (up, down) = (shifted(1.0)?, shifted(-1.0)?);
        derivatives.push(
            up.iter()
                .zip(&down)
                .map(|(a, b)| (a - b) / (2.0 * H))
                .collect(),
        );
    }
    let count = model.len() + 1;
    // αᵀ ∂_iK α for every parameter.
    let forms: Vec<f64> = (0..count)
        .map(|i| {
            if i == model.len() {
                return nugget * alpha.iter().map(|a| a * a).sum::<f64>();
            }
            let d = &derivatives[i];
            let mut total = 0.0;
            for r in 0..n {
                let row = &d[r * (r + 1) / 2..r * (r + 1) / 2 + r + 1];
                let mut off = 0.0;
                for (c, v) in row[..r].iter().enumerate() {
                    off += v * alpha[c];
                }
                total += alpha[r] * (2.0 * off + row[r] * alpha[r]);
            }
            total
        })
        .collect();
    if !with_information {
        // tr(K⁻¹ ∂_iK) = Σ_ab (K⁻¹)_ab (∂_iK)_ab from one explicit inverse.
        let mut inverse = Mat::from_fn(n, n, |a, b| if a == b { 1.0 } else { 0.0 });
        factor.solve_in_place(inverse.as_mut());
        let gradient = (0..count)
            .map(|i| {
                let trace = if i == model.len() {
                    nugget * (0..n).map(|a| inverse[(a, a)]).sum::<f64>()
                } else {
                    let d = &derivatives[i];
                    let mut total = 0.0;
                    for r in 0..n {
                        let row = &d[r * (r + 1) / 2..r * (r + 1) / 2 + r + 1];
                        for (c, v) in row[..r].iter().enumerate() {
                            total += 2.0 * v * inverse[(r, c)];
                        }
                        total += row[r] * inverse[(r, r)];
                    }
                    total
                };
                0.5 * forms[i] - 0.5 * trace
            })
            .collect();
        return Ok(Some(ObservationScore {
            log_likelihood,
            gradient,
            information: Vec::new(),
        }));
    }
    let whitened: Vec<Mat<f64>> = (0..count)
        .into_par_iter()
        .map(|i| {
            let mut m = if i < model.len() {
                assemble(&derivatives[i], 1.0, |_| 0.0)
            } else {
                Mat::from_fn(n, n, |a, b| if a == b { nugget } else { 0.0 })
            };
            factor.solve_lower_in_place(m.as_mut());
            let mut b = m.transpose().to_owned();
            factor.solve_lower_in_place(b.as_mut());
            b
        })
        .collect();
    let gradient: Vec<f64> = (0..count)
        .map(|i| {
            let trace: f64 = (0..n).map(|a| whitened[i][(a, a)]).sum();
            0.5 * forms[i] - 0.5 * trace
        })
        .collect();
    let mut information = vec![vec![0.0; count]; count];
    for i in 0..count {
        for j in 0..=i {
            let (bi, bj) = (&whitened[i], &whitened[j]);
            let mut total = 0.0;
            for c in 0..n {
                for r in 0..n {
                    total += bi[(r, c)] * bj[(r, c)];
                }
            }
            information[i][j] = 0.5 * total;
            information[j][i] = 0.5 * total;
        }
    }
    Ok(Some(ObservationScore {
        log_likelihood,
        gradient,
        information,
    }))
}

/// (η at the maximum, −log L there, iterations, information matrix there).
type Optimum = (Vec<f64>, f64, usize, Vec<Vec<f64>>);

/// Maximises the station likelihood from `eta` by a quasi-Newton method whose first Hessian is
/// the expected Fisher information: steps η ← η + t B⁻¹∇ log L (t halved until the likelihood
/// does not decrease), with B updated by BFGS from the gradients (which correct the expected
/// information where the data are not from the model), until the Newton decrement
/// ∇ log Lᵀ B⁻¹ ∇ log L — the squared step in units of the standard errors — falls below 10⁻⁸.
/// Gradients come from one explicit inverse of K, the information only at the start and at the
/// maximum. Returns (η, −log L, iterations, F at the maximum), or `None` if a matrix is singular
/// on the way or no step is found.
fn observation_quasi_newton(
    score: &dyn Fn(&[f64], bool) -> Option<ObservationScore>,
    mut eta: Vec<f64>,
) -> Option<Optimum> {
    let mut current = score(&eta, true)?;
    let mut hessian = current.information.clone();
    let d = eta.len();
    let mut iterations = 0;
    while iterations < 200 {
        iterations += 1;
        let step = solve_small(&hessian, &current.gradient)?;
        let decrement: f64 = current.gradient.iter().zip(&step).map(|(g, s)| g * s).sum();
        if decrement < 1e-8 {
            break;
        }
        // The trial's likelihood comes with its gradient: the usual full step is evaluated once.
        let mut t = 1.0;
        let mut accepted = None;
        while t > 1e-8 {
            let trial: Vec<f64> = eta.iter().zip(&step).map(|(e, s)| e + t * s).collect();
            if let Some(next) = score(&trial, false) {
                let value = next.log_likelihood;
                if value.is_finite() && value >= current.log_likelihood - 1e-12 {
                    accepted = Some((trial, next));
                    break;
                }
            }
            t /= 2.0;
        }
        let (trial, next) = accepted?;
        // BFGS on −log L: s = Δη, y = Δ(−∇ log L); skipped unless the curvature sᵀy is positive.
        let s: Vec<f64> = trial.iter().zip(&eta).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = current
            .gradient
            .iter()
            .zip(&next.gradient)
            .map(|(a, b)| a - b)
            .collect();
        let sy: f64 = s.iter().zip(&y).map(|(a, b)| a * b).sum();
        let bs: Vec<f64> = (0..d)
            .map(|i| (0..d).map(|j| hessian[i][j] * s[j]).sum())
            .collect();
        let sbs: f64 = s.iter().zip(&bs).map(|(a, b)| a * b).sum();
        if sy > 1e-12 * sbs.max(f64::MIN_POSITIVE) && sbs > 0.0 {
            for i in 0..d {
                for j in 0..d {
                    hessian[i][j] += y[i] * y[j] / sy - bs[i] * bs[j] / sbs;
                }
            }
        }
        let moved = s.iter().map(|v| v.abs()).fold(0.0, f64::max);
        eta = trial;
        current = next;
        if moved < 1e-10 {
            break;
        }
    }
    let at_maximum = score(&eta, true)?;
    Some((
        eta,
        -at_maximum.log_likelihood,
        iterations,
        at_maximum.information,
    ))
}

/// Minimises `f` by the Nelder–Mead simplex (reflection 1, expansion 2, contraction ½,
/// shrink ½) from `x0` with initial steps `step` along each axis; stops when the spread of the
/// simplex values falls below `tolerance` (absolute) or after `max_evaluations`. Returns the
/// best point, its value and the number of evaluations. (A dozen lines of a textbook method;
/// the optimisation crates would bring a second generation of `rand` with them.)
fn nelder_mead(
    f: &(impl Fn(&[f64]) -> f64 + Sync),
    x0: Vec<f64>,
    step: f64,
    tolerance: f64,
    max_evaluations: usize,
) -> (Vec<f64>, f64, usize) {
    let d = x0.len();
    let mut simplex: Vec<(Vec<f64>, f64)> = (0..=d)
        .map(|i| {
            let mut x = x0.clone();
            if i > 0 {
                x[i - 1] += step;
            }
            let v = f(&x);
            (x, v)
        })
        .collect();
    let mut evaluations = d + 1;
    let along = |from: &[f64], to: &[f64], t: f64| -> Vec<f64> {
        from.iter().zip(to).map(|(a, b)| a + t * (b - a)).collect()
    };
    while evaluations < max_evaluations {
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        if (simplex[d].1 - simplex[0].1).abs() <= tolerance {
            break;
        }
        let centroid: Vec<f64> = (0..d)
            .map(|k| simplex[..d].iter().map(|(x, _)| x[k]).sum::<f64>() / d as f64)
            .collect();
        let worst = simplex[d].0.clone();
        let reflected = along(&centroid, &worst, -1.0);
        let fr = f(&reflected);
        evaluations += 1;
        if fr < simplex[0].1 {
            let expanded = along(&centroid, &worst, -2.0);
            let fe = f(&expanded);
            evaluations += 1;
            simplex[d] = if fe < fr {
                (expanded, fe)
            } else {
                (reflected, fr)
            };
        } else if fr < simplex[d - 1].1 {
            simplex[d] = (reflected, fr);
        } else {
            let contracted = if fr < simplex[d].1 {
                along(&centroid, &reflected, 0.5)
            } else {
                along(&centroid, &worst, 0.5)
            };
            let fc = f(&contracted);
            evaluations += 1;
            if fc < simplex[d].1.min(fr) {
                simplex[d] = (contracted, fc);
            } else {
                let best = simplex[0].0.clone();
                for entry in simplex.iter_mut().skip(1) {
                    entry.0 = along(&best, &entry.0, 0.5);
                    entry.1 = f(&entry.0);
                }
                evaluations += d;
            }
        }
    }
    simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
    let (x, v) = simplex.swap_remove(0);
    (x, v, evaluations)
}

/// The Hessian of `f` at `x` by central differences with step `h`.
fn central_hessian(f: &(impl Fn(&[f64]) -> f64 + Sync), x: &[f64], h: f64) -> Vec<Vec<f64>> {
    let d = x.len();
    let at = |di: usize, si: f64, dj: usize, sj: f64| {
        let mut y = x.to_vec();
        y[di] += si * h;
        y[dj] += sj * h;
        f(&y)
    };
    let f0 = f(x);
    let entry = |i: usize, j: usize| {
        if i == j {
            (at(i, 1.0, i, 0.0) - 2.0 * f0 + at(i, -1.0, i, 0.0)) / (h * h)
        } else {
            (at(i, 1.0, j, 1.0) - at(i, 1.0, j, -1.0) - at(i, -1.0, j, 1.0) + at(i, -1.0, j, -1.0))
                / (4.0 * h * h)
        }
    };
    let lower: Vec<Vec<f64>> = (0..d)
        .map(|i| (0..=i).map(|j| entry(i, j)).collect())
        .collect();
    let hess: Vec<Vec<f64>> = (0..d)
        .map(|i| {
            (0..d)
                .map(|j| if j <= i { lower[i][j] } else { lower[j][i] })
                .collect()
        })
        .collect();
    hess
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::condition::Points;

    /// Stations with values from a smooth deterministic pattern (the derivatives below are
    /// identities in the parameters, whatever the data).
    fn stations(n: usize) -> Observations {
        let lat: Vec<f64> = (0..n)
            .map(|i| -80.0 + 160.0 * (i as f64 + 0.5) / n as f64)
            .collect();
        let lon: Vec<f64> = (0..n).map(|i| (i as f64 * 137.5) % 360.0).collect();
        let y: Vec<f64> = (0..n)
            .map(|i| (0.3 * i as f64).sin() + 0.2 * (1.1 * i as f64).cos())
            .collect();
        let noise: Vec<f64> = (0..n).map(|i| 0.01 * (1 + i % 3) as f64).collect();
        Observations::new(Points::from_lat_lon_degrees(&lat, &lon).unwrap(), y, noise).unwrap()
    }

    #[test]
    fn station_gradient_matches_differences_of_the_likelihood() {
        // ∂ log L/∂η_i of (C.6.4), by whitened derivatives and by the explicit inverse, against central differences of (C.6.3) itself (step 1e-5 in
        // η: truncation O(h²) ≈ 1e-10 of the curvature, rounding ≈ 1e-16 |log L| / h).
        let obs = stations(40);
        let pairs = PairAngles::new(&obs);
        let family = ModelFamily::WhittleMatern;
        let lmax = 20;
        let p = [1.3, 0.5, 1.2, 0.04];
        let at = |eta: &[f64]| -> f64 {
            let q: Vec<f64> = eta.iter().map(|e| e.exp()).collect();
            let s = family.spectrum(&q[..3], lmax).unwrap();
            log_likelihood_with(&pairs, &s, &obs, q[3])
                .unwrap()
                .unwrap()
        };
        let score = observation_score(family, &p, &pairs, &obs, lmax, true)
            .unwrap()
            .unwrap();
        let eta: Vec<f64> = p.iter().map(|v| v.ln()).collect();
        assert!((score.log_likelihood - at(&eta)).abs() < 1e-12 * at(&eta).abs());
        // The gradient from the explicit inverse (no information) is the same.
        let fast = observation_score(family, &p, &pairs, &obs, lmax, false)
            .unwrap()
            .unwrap();
        for (a, b) in fast.gradient.iter().zip(&score.gradient) {
            assert!((a - b).abs() < 1e-9 * (1.0 + b.abs()), "{a} vs {b}");
        }
        let h = 1e-5;
        for i in 0..4 {
            let (mut up, mut down) = (eta.clone(), eta.clone());
            up[i] += h;
            down[i] -= h;
            let numeric = (at(&up) - at(&down)) / (2.0 * h);
            assert!(
                (score.gradient[i] - numeric).abs() < 1e-6 * (1.0 + numeric.abs()),
                "parameter {i}: {} vs {numeric}",
                score.gradient[i]
            );
        }
    }

    #[test]
    fn station_information_is_half_the_trace_of_the_whitened_derivatives() {
        // F_ij = ½ tr(K⁻¹ ∂_iK K⁻¹ ∂_jK) evaluated independently: K⁻¹ as a dense inverse and the
        // derivatives of K as central differences of the assembled matrix.
        let obs = stations(30);
        let pairs = PairAngles::new(&obs);
        let family = ModelFamily::WhittleMatern;
        let lmax = 16;
        let p = [0.8, 0.3, 2.0, 0.02];
        let n = obs.len();
        let matrix = |q: &[f64]| -> Mat<f64> {
            let k = pairs
                .covariances(&family.spectrum(&q[..3], lmax).unwrap())
                .unwrap();
            Mat::from_fn(n, n, |i, j| {
                let (r, c) = if j <= i { (i, j) } else { (j, i) };
                k[r * (r + 1) / 2 + c]
                    + if i == j {
                        obs.noise_variances()[i] + q[3]
                    } else {
                        0.0
                    }
            })
        };
        let inverse = {
            let factor = Cholesky::new(matrix(&p)).unwrap();
            let mut id = Mat::from_fn(n, n, |i, j| if i == j { 1.0 } else { 0.0 });
            factor.solve_in_place(id.as_mut());
            id
        };
        let h: f64 = 1e-5;
        let derivative = |i: usize| -> Mat<f64> {
            let (mut up, mut down) = (p.to_vec(), p.to_vec());
            up[i] *= h.exp();
            down[i] *= (-h).exp();
            let (a, b) = (matrix(&up), matrix(&down));
            Mat::from_fn(n, n, |r, c| (a[(r, c)] - b[(r, c)]) / (2.0 * h))
        };
        let products: Vec<Mat<f64>> = (0..4).map(|i| &inverse * &derivative(i)).collect();
        let score = observation_score(family, &p, &pairs, &obs, lmax, true)
            .unwrap()
            .unwrap();
        for i in 0..4 {
            for j in 0..4 {
                let mut trace = 0.0;
                for r in 0..n {
                    for c in 0..n {
                        trace += products[i][(r, c)] * products[j][(c, r)];
                    }
                }
                let expected = 0.5 * trace;
                let got = score.information[i][j];
                assert!(
                    (got - expected).abs() < 1e-6 * expected.abs().max(1.0),
                    "F[{i}][{j}] = {got} vs {expected}"
                );
            }
        }
    }
}
