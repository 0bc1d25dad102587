//! Malliavin–Bismut training targets for forward processes with a pointwise nonlinear drift, at a
//! field's band limit (docs/mathematics.md §7.5):
//! $dX = (-AX - \Pi_LF(X))\,dt + \sqrt\beta\,dW^Q$, A = g(−Δ) of a [`LinearSpde`], F a polynomial acting
//! on the field's values (the Allen–Cahn / Ginzburg–Landau term εx³: [`CubicNonlinearity`]).
//!
//! **Scheme.** Lie splitting, exact in the linear part:
//! $X_{k+1} = e^{-A\Delta}(X_k - \Delta\,\Pi_LF(X_k)) + \sqrt{v_\ell(\Delta)C_\ell}\,\xi_k$ (ξ white in an orthonormal real
//! basis). Its tangent is $T_k = e^{-A\Delta}(I - \Delta M_k)$, $M_k\eta = \Pi_L[F'(X_k)\eta]$ — symmetric, and
//! invertible by conjugate gradients when $\Delta\max|F'(X_k)| < 1$ (checked).
//!
//! **Dealiasing.** Every product is computed on a Gauss–Legendre grid with
//! $\lceil((p+1)L+1)/2\rceil$ rings and at least $(p+1)L+1$ longitudes (rounded up to a 5-smooth FFT
//! length) for F of degree p: the integrands of
//! the projections — $F(X)Y_{\ell m}$, $F'(X)\eta Y_{\ell m}$, $F''(X)zy\,Y_{\ell m}$ — are polynomials of degree at most
//! $(p+1)L$, which that quadrature integrates exactly, so each product is the exact Galerkin
//! projection (no aliasing at any amplitude).
//!
//! **Weight.** The shared weight of [`super::malliavin`] with weights $c_k \propto e^{-2\kappa(n-1-k)\Delta}$,
//! κ = [`NonlinearSpde::window_rate`] (for OU without F, H is then the denoising target itself). The trace
//! correction $\mathrm{tr}[T_k^{-1}\partial T_k[\cdot, w]] = -\Delta\,\mathrm{tr}[(I-\Delta M_k)^{-1}\Pi_L(F''(X_k)w\,\cdot)]
//! = -\Delta\int F''(X_k)\,w\,D_k$, with $D_k(x)$ the diagonal of the kernel of $(I - \Delta M_k)^{-1}$ on the
//! band-limited space: $D_k = (L+1)^2/(4\pi) + \mathrm{diag}[(I-\Delta M_k)^{-1} - I]$, the second part estimated
//! without bias by one Gaussian probe z per step, $z(x)\,[(I-\Delta M_k)^{-1}z - z](x)$. The targets
//! $-Q H$ have conditional mean the score in Cameron–Martin form, $Q\nabla\log p_t$.

use super::bismut::check_horizon_steps;
use super::dsm::DsmPair;
use super::malliavin::{covering_weights, weighted_path, TangentModel};
use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::grid::Geometry;
use crate::ou::{variance_growth, LinearSpde};
use crate::par::Par;
use crate::sht::Sht;
use num_complex::Complex64;
use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha12Rng;

/// A polynomial F acting pointwise on a field's values, with its first two derivatives.
pub trait PointwiseNonlinearity: Sync + Send {
    /// Polynomial degree p (sets the dealiasing grid).
    fn degree(&self) -> usize;
    /// $(F(x), F'(x), F''(x))$.
    fn eval(&self, x: f64) -> (f64, f64, f64);
    /// One line for provenance records.
    fn describe(&self) -> String;
}

/// $F(x) = \varepsilon x^3$: with A = β/2 the drift $-\tfrac\beta2X - \varepsilon\Pi_LX^3$ is the gradient of
/// $U(X) = \tfrac\beta4\lVert X\rVert^2 + \tfrac\varepsilon4\int X^4$ (Allen–Cahn / Ginzburg–Landau).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CubicNonlinearity {
    /// ε ≥ 0.
    pub epsilon: f64,
}

impl PointwiseNonlinearity for CubicNonlinearity {
    fn degree(&self) -> usize {
        3
    }
    fn eval(&self, x: f64) -> (f64, f64, f64) {
        let e = self.epsilon;
        (e * x * x * x, 3.0 * e * x * x, 6.0 * e * x)
    }
    fn describe(&self) -> String {
        format!("F(x) = {} x^3 (Allen-Cahn)", self.epsilon)
    }
}

/// Alm (healpy storage, lmax = mmax = L) ↔ orthonormal real coordinates: $a_{\ell0}$, then
/// $\sqrt2\,\mathrm{Re}\,a_{\ell m}$, $\sqrt2\,\mathrm{Im}\,a_{\ell m}$ for m > 0, so that the Euclidean dot product is the
/// $L^2(S^2)$ inner product of the real fields.
fn to_coordinates(a: &Alm, out: &mut [f64]) {
    let mut k = 0;
    for m in 0..=a.mmax() {
        for c in a.m_slice(m) {
            if m == 0 {
                out[k] = c.re;
                k += 1;
            } else {
                out[k] = std::f64::consts::SQRT_2 * c.re;
                out[k + 1] = std::f64::consts::SQRT_2 * c.im;
                k += 2;
            }
        }
    }
}

fn from_coordinates(x: &[f64], a: &mut Alm) {
    let mut k = 0;
    let mmax = a.mmax();
    for m in 0..=mmax {
        for c in a.m_slice_mut(m) {
            if m == 0 {
                *c = Complex64::new(x[k], 0.0);
                k += 1;
            } else {
                *c = Complex64::new(x[k], x[k + 1]) * std::f64::consts::FRAC_1_SQRT_2;
                k += 2;
            }
        }
    }
}

/// The forward process $dX = (-AX - \Pi_LF(X))\,dt + \sqrt\beta\,dW^Q$ on the band-limited space.
///
/// ```
/// use sphfield::ou::OrnsteinUhlenbeck;
/// use sphfield::score::{CubicNonlinearity, NonlinearSpde};
/// use sphfield::spectrum::AngularSpectrum;
/// use sphfield::{Alm, Par};
/// let q = AngularSpectrum::new(vec![1.0; 16], "white").unwrap();
/// let spde = NonlinearSpde::new(
///     OrnsteinUhlenbeck::new(q, 2.0).unwrap(),
///     CubicNonlinearity { epsilon: 0.2 },
/// ).unwrap();
/// // Training pair for data field x0 at time t: X_t and a target whose conditional mean is the score.
/// let x0 = Alm::zeros(15, 15).unwrap();
/// let pair = spde.bismut_pair(&x0, 0.5, 0.01, 7, 0, 0).unwrap();
/// assert_eq!(pair.target.lmax(), 15);
/// ```
pub struct NonlinearSpde<N: PointwiseNonlinearity> {
    process: LinearSpde,
    nonlinearity: N,
    sht: Sht,
    /// Degree of each orthonormal coordinate.
    degree_of: Vec<usize>,
}

/// One step's linearisation.
pub struct FieldStep {
    x: Vec<f64>,
    /// $\Pi_LF(X)$ in coordinates.
    f: Vec<f64>,
    /// $F'(X)$ and $F''(X)$ on the grid.
    df: Vec<f64>,
    d2f: Vec<f64>,
    dt: f64,
}

impl<N: PointwiseNonlinearity> NonlinearSpde<N> {
    /// The process with linear part `process` and pointwise nonlinearity `nonlinearity`.
    ///
    /// # Errors
    /// `Error::Param` for a nonlinearity of degree 0 or above 9, or a band limit above 255 (the
    /// dense per-step work grows as L³).
    pub fn new(process: LinearSpde, nonlinearity: N) -> Result<NonlinearSpde<N>> {
        let (l, p) = (process.lmax(), nonlinearity.degree());
        if !(1..=9).contains(&p) {
            return Err(param_error(
                "nonlinearity degree",
                p,
                "polynomials of degree 1 to 9 are supported",
            ));
        }
        if l > 255 {
            return Err(param_error(
                "lmax",
                l,
                "Malliavin targets at field scale are supported up to lmax 255",
            ));
        }
        let exact = (p + 1) * l;
        let nlat = (exact + 2) / 2;
        // At least exact + 1 longitudes, rounded up to a 5-smooth length (fast FFTs).
        let nlon = (exact + 1..)
            .find(|&n| is_five_smooth(n))
            .unwrap_or(exact + 1);
        let geometry = Geometry::gauss_legendre(nlat.max(1), nlon)?;
        let sht = Sht::new(geometry, l, l)?;
        let mut degree_of = Vec::with_capacity((l + 1) * (l + 1));
        for m in 0..=l {
            for deg in m..=l {
                degree_of.push(deg);
                if m > 0 {
                    degree_of.push(deg);
                }
            }
        }
        Ok(NonlinearSpde {
            process,
            nonlinearity,
            sht,
            degree_of,
        })
    }

    /// The rate κ of the covering weights $c_k \propto e^{-2\kappa(n-1-k)\Delta}$: the smallest rate of A plus
    /// the mean slope $E[F'(Z)]$ of the nonlinearity at the linear process's pointwise stationary
    /// spread, $Z \sim N(0, \sum_\ell\frac{2\ell+1}{4\pi}\frac{\beta C_\ell}{2\lambda_\ell})$ (5-point Gauss–Hermite: exact for polynomials
    /// up to degree 9). The inverse flow in the weight grows like $e^{\kappa(t-s)}$ with the linearised
    /// contraction κ; weights decaying at 2κ keep H's variance bounded as t grows. Without the
    /// nonlinearity this is the minimal-variance choice of the linear process.
    pub fn window_rate(&self) -> f64 {
        let rates = self.process.rates();
        let lambda = rates.iter().copied().fold(f64::INFINITY, f64::min);
        let beta = self.process.beta();
        let spread: f64 = self
            .process
            .covariance()
            .values()
            .iter()
            .zip(rates)
            .enumerate()
            .map(|(l, (c, r))| {
                let per_degree = if *r > 0.0 { beta * c / (2.0 * r) } else { 0.0 };
                (2 * l + 1) as f64 / (4.0 * std::f64::consts::PI) * per_degree
            })
            .sum();
        // Gauss–Hermite (probabilists'), 5 nodes: E[g(Z)] for Z ~ N(0, 1).
        const NODES: [f64; 5] = [
            -2.856_970_013_872_805_6,
            -1.355_626_179_974_266,
            0.0,
            1.355_626_179_974_266,
            2.856_970_013_872_805_6,
        ];
        const WEIGHTS: [f64; 5] = [
            0.011_257_411_327_720_677,
            0.222_075_922_005_612_57,
            0.533_333_333_333_333_5,
            0.222_075_922_005_612_57,
            0.011_257_411_327_720_677,
        ];
        let sd = spread.sqrt();
        let slope: f64 = NODES
            .iter()
            .zip(WEIGHTS)
            .map(|(z, w)| w * self.nonlinearity.eval(sd * z).1)
            .sum();
        lambda + slope.max(0.0)
    }

    /// The linear part.
    pub fn process(&self) -> &LinearSpde {
        &self.process
    }

    /// The nonlinearity.
    pub fn nonlinearity(&self) -> &N {
        &self.nonlinearity
    }

    /// The dealiasing grid's transform.
    pub fn sht(&self) -> &Sht {
        &self.sht
    }

    /// The drift $-AX - \Pi_LF(X)$.
    ///
    /// # Errors
    /// Shape and finiteness errors.
    pub fn drift(&self, x: &Alm) -> Result<Alm> {
        self.process.check_alm("X", x)?;
        let map = self.sht.synthesis(x, Par::Seq)?;
        let values: Vec<f64> = map
            .values()
            .iter()
            .map(|&v| self.nonlinearity.eval(v).0)
            .collect();
        let mut out = self.project(values)?;
        out.scale(-1.0);
        let rates: Vec<f64> = self.process.rates().iter().map(|r| -r).collect();
        out.axpy_l(&rates, x)?;
        Ok(out)
    }

    /// $\Pi_L$ of grid values (exact Gauss–Legendre quadrature).
    fn project(&self, values: Vec<f64>) -> Result<Alm> {
        self.sht.analysis(&values, Par::Seq)
    }

    fn dim(&self) -> usize {
        self.degree_of.len()
    }

    /// Grid values of the field with coordinates `x`.
    fn grid_values(&self, x: &[f64]) -> Result<Vec<f64>> {
        let l = self.process.lmax();
        let mut a = Alm::zeros(l, l)?;
        from_coordinates(x, &mut a);
        Ok(self.sht.synthesis(&a, Par::Seq)?.values().to_vec())
    }

    /// Coordinates of $\Pi_L$ of grid values.
    fn project_coordinates(&self, values: Vec<f64>, out: &mut [f64]) -> Result<()> {
        let a = self.project(values)?;
        to_coordinates(&a, out);
        Ok(())
    }

    /// Solves $(I - \Delta M)y = b$ by conjugate gradients ($M\eta = \Pi_L[F'\eta]$, symmetric, and
    /// $I - \Delta M$ positive definite when $\Delta\max|F'| < 1$).
    fn solve(&self, step: &FieldStep, b: &[f64]) -> Result<Vec<f64>> {
        let apply = |v: &[f64]| -> Result<Vec<f64>> {
            let grid = self.grid_values(v)?;
            let prod: Vec<f64> = grid.iter().zip(&step.df).map(|(g, d)| g * d).collect();
            let mut mv = vec![0.0; v.len()];
            self.project_coordinates(prod, &mut mv)?;
            Ok(v.iter()
                .zip(&mv)
                .map(|(vi, mi)| vi - step.dt * mi)
                .collect())
        };
        let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
        let norm_b = dot(b, b).sqrt();
        let mut y = vec![0.0; b.len()];
        if norm_b == 0.0 || step.df.iter().all(|d| *d == 0.0) {
            y.copy_from_slice(b);
            return Ok(y);
        }
        let mut r = b.to_vec();
        let mut p = r.clone();
        let mut rr = dot(&r, &r);
        for _ in 0..500 {
            if rr.sqrt() <= 1e-11 * norm_b {
                return Ok(y);
            }
            let ap = apply(&p)?;
            let alpha = rr / dot(&p, &ap);
            for ((yi, pi), (ri, api)) in y.iter_mut().zip(&p).zip(r.iter_mut().zip(&ap)) {
                *yi += alpha * pi;
                *ri -= alpha * api;
            }
            let rr_new = dot(&r, &r);
            let beta = rr_new / rr;
            rr = rr_new;
            for (pi, ri) in p.iter_mut().zip(&r) {
                *pi = ri + beta * *pi;
            }
        }
        Err(param_error(
            "conjugate gradients",
            "500 iterations",
            "the tangent solve (I − ΔM)y = b did not converge: use a smaller --max-step",
        ))
    }

    /// One path from `x0` to time t in steps of at most `max_step`, on the stream (seed,
    /// member, index): ($X_t$, H) with $E[H\,|\,X_t] = -\nabla\log p_t(X_t)$ ($L^2$ gradient). Runs
    /// on the calling thread; for many paths in parallel use [`NonlinearSpde::bismut_pairs`] or
    /// plain threads (not rayon tasks, whose waiting workers would nest further paths).
    ///
    /// # Errors
    /// Time, shape and finiteness errors; a step too long for the nonlinearity.
    pub fn bismut_weight(
        &self,
        x0: &Alm,
        t: f64,
        max_step: f64,
        seed: u64,
        member: u64,
        index: u64,
    ) -> Result<(Alm, Alm)> {
        self.process.check_time(t)?;
        self.process.check_alm("X_0", x0)?;
        if x0.mmax() != x0.lmax() {
            return Err(Error::Mismatch(
                "Malliavin targets need fields with mmax = lmax".into(),
            ));
        }
        if !(max_step.is_finite() && max_step > 0.0) {
            return Err(param_error(
                "max step",
                max_step,
                "must be finite and positive",
            ));
        }
        let steps = (t / max_step).ceil().max(1.0);
        check_horizon_steps(t, steps as usize)?;
        let steps = steps as usize;
        let dt = t / steps as f64;
        let weights = covering_weights(steps, dt, self.window_rate());
        let mut start = vec![0.0; self.dim()];
        to_coordinates(x0, &mut start);
        let mut rng = field_stream(seed, member, index);
        // One sequential context for the whole path: the many small transforms then run in
        // place instead of each hopping to a worker thread.
        let (x, h) = Par::Seq.install(|| weighted_path(self, &start, dt, &weights, &mut rng))?;
        crate::error::check_finite("simulated X_t", &x)?;
        crate::error::check_finite("Malliavin weight H", &h)?;
        let l = self.process.lmax();
        let (mut xt, mut ht) = (Alm::zeros(l, l)?, Alm::zeros(l, l)?);
        from_coordinates(&x, &mut xt);
        from_coordinates(&h, &mut ht);
        Ok((xt, ht))
    }

    /// A training pair at time t: `noisy` = $X_t$ and `target` = $-QH$, whose conditional mean given
    /// $X_t$ is the score in Cameron–Martin form (as [`super::dsm_pair`]'s for OU).
    ///
    /// # Errors
    /// As [`NonlinearSpde::bismut_weight`].
    pub fn bismut_pair(
        &self,
        x0: &Alm,
        t: f64,
        max_step: f64,
        seed: u64,
        member: u64,
        index: u64,
    ) -> Result<DsmPair> {
        let (noisy, mut target) = self.bismut_weight(x0, t, max_step, seed, member, index)?;
        let minus_q: Vec<f64> = self
            .process
            .covariance()
            .values()
            .iter()
            .map(|c| -c)
            .collect();
        target.scale_l(&minus_q)?;
        Ok(DsmPair { t, noisy, target })
    }

    /// Pairs for every data field i and time k (member i, index k), in that order, in parallel
    /// (same bits for any `par`).
    ///
    /// # Errors
    /// `Error::Param` for empty data or times; the errors of [`NonlinearSpde::bismut_pair`].
    pub fn bismut_pairs(
        &self,
        data: &[Alm],
        times: &[f64],
        max_step: f64,
        seed: u64,
        par: Par,
    ) -> Result<Vec<DsmPair>> {
        if data.is_empty() || times.is_empty() {
            return Err(param_error(
                "training pairs",
                format!("{} fields × {} times", data.len(), times.len()),
                "need at least one field and one time",
            ));
        }
        let jobs: Vec<(usize, usize)> = (0..data.len())
            .flat_map(|i| (0..times.len()).map(move |k| (i, k)))
            .collect();
        self.pairs_for(&jobs, data, times, max_step, seed, par)
    }

    /// The pairs of every field at the single time `times[k]` (member i, index k): the same
    /// pairs as [`NonlinearSpde::bismut_pairs`] gives for them, one time at a time.
    ///
    /// # Errors
    /// As [`NonlinearSpde::bismut_pairs`]; `Error::Param` for k out of range.
    pub fn bismut_pairs_at(
        &self,
        data: &[Alm],
        times: &[f64],
        k: usize,
        max_step: f64,
        seed: u64,
        par: Par,
    ) -> Result<Vec<DsmPair>> {
        if k >= times.len() || data.is_empty() {
            return Err(param_error(
                "training pairs",
                format!("time index {k} of {}, {} fields", times.len(), data.len()),
                "need a time index within the times and at least one field",
            ));
        }
        let jobs: Vec<(usize, usize)> = (0..data.len()).map(|i| (i, k)).collect();
        self.pairs_for(&jobs, data, times, max_step, seed, par)
    }

    /// The pairs of the (field, time) jobs, in job order. Plain threads, each running its pairs
    /// in its own sequential context (the many small transforms of a path then run in place;
    /// rayon workers waiting on them would steal further pairs and nest without bound).
    fn pairs_for(
        &self,
        jobs: &[(usize, usize)],
        data: &[Alm],
        times: &[f64],
        max_step: f64,
        seed: u64,
        par: Par,
    ) -> Result<Vec<DsmPair>> {
        let total = jobs.len();
        let threads = par.count().min(total).max(1);
        let results: Vec<Vec<(usize, Result<DsmPair>)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|first| {
                    scope.spawn(move || {
                        (first..total)
                            .step_by(threads)
                            .map(|j| {
                                let (i, k) = jobs[j];
                                let pair = self.bismut_pair(
                                    &data[i], times[k], max_step, seed, i as u64, k as u64,
                                );
                                (j, pair)
                            })
                            .collect()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        let mut ordered: Vec<Option<Result<DsmPair>>> = (0..total).map(|_| None).collect();
        for (j, pair) in results.into_iter().flatten() {
            ordered[j] = Some(pair);
        }
        ordered
            .into_iter()
            .map(|p| {
                p.unwrap_or_else(|| {
                    Err(param_error(
                        "training pairs",
                        "a worker",
                        "stopped unexpectedly",
                    ))
                })
            })
            .collect()
    }
}

/// True when n has no prime factor above 5.
fn is_five_smooth(mut n: usize) -> bool {
    for p in [2, 3, 5] {
        while n > 1 && n.is_multiple_of(p) {
            n /= p;
        }
    }
    n == 1
}

/// The stream of one path: (seed, member, index) under its own domain tag.
fn field_stream(seed: u64, member: u64, index: u64) -> ChaCha12Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    key[8..16].copy_from_slice(&member.to_le_bytes());
    key[16..24].copy_from_slice(b"sf/bisf1");
    key[24..].copy_from_slice(&index.to_le_bytes());
    ChaCha12Rng::from_seed(key)
}

impl<N: PointwiseNonlinearity> TangentModel for NonlinearSpde<N> {
    type Step = FieldStep;

    fn dim(&self) -> usize {
        self.degree_of.len()
    }

    fn noise_dim(&self) -> usize {
        self.degree_of.len()
    }

    fn probe_dim(&self) -> usize {
        self.degree_of.len()
    }

    fn linearize(&self, x: &[f64], dt: f64) -> Result<FieldStep> {
        let grid = self.grid_values(x)?;
        let n = grid.len();
        let (mut f, mut df, mut d2f) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        let mut stiffest = 0.0f64;
        for &v in &grid {
            let (a, b, c) = self.nonlinearity.eval(v);
            f.push(a);
            df.push(b);
            d2f.push(c);
            stiffest = stiffest.max(b.abs());
        }
        if !stiffest.is_finite() || dt * stiffest >= 0.5 {
            return Err(param_error(
                "step",
                dt,
                format!(
                    "too long for the nonlinearity: Δ·max|F'(X)| = {:.3} must stay below 0.5 \
                     (use a smaller --max-step)",
                    dt * stiffest
                ),
            ));
        }
        let mut projected = vec![0.0; x.len()];
        self.project_coordinates(f, &mut projected)?;
        Ok(FieldStep {
            x: x.to_vec(),
            f: projected,
            df,
            d2f,
            dt,
        })
    }

    fn advance(&self, s: &FieldStep, normals: &[f64], next: &mut [f64], iota: &mut [f64]) {
        let rates = self.process.rates();
        let c = self.process.covariance().values();
        let beta = self.process.beta();
        for (k, &l) in self.degree_of.iter().enumerate() {
            let decay = (-rates[l] * s.dt).exp();
            let sd = (variance_growth(rates[l], beta, s.dt) * c[l]).sqrt();
            next[k] = decay * (s.x[k] - s.dt * s.f[k]) + sd * normals[k];
            iota[k] = normals[k] / sd;
        }
    }

    fn inverse_transpose_tangent(&self, s: &FieldStep, v: &mut [f64]) -> Result<()> {
        // T^{-T} = e^{AΔ}(I − ΔM)^{-1}.
        let y = self.solve(s, v)?;
        let rates = self.process.rates();
        for ((vk, yk), &l) in v.iter_mut().zip(&y).zip(&self.degree_of) {
            *vk = (rates[l] * s.dt).exp() * yk;
        }
        Ok(())
    }

    fn trace_gradient(&self, s: &FieldStep, probe: &[f64], out: &mut [f64]) -> Result<()> {
        if s.d2f.iter().all(|v| *v == 0.0) {
            out.fill(0.0);
            return Ok(());
        }
        let l = self.process.lmax() as f64;
        let diagonal = (l + 1.0) * (l + 1.0) / (4.0 * std::f64::consts::PI);
        // D = (L+1)²/4π + z·[(I − ΔM)^{-1}z − z] (unbiased for the kernel diagonal).
        let solved = self.solve(s, probe)?;
        let excess: Vec<f64> = solved.iter().zip(probe).map(|(y, z)| y - z).collect();
        let (zg, eg) = (self.grid_values(probe)?, self.grid_values(&excess)?);
        let values: Vec<f64> = s
            .d2f
            .iter()
            .zip(zg.iter().zip(&eg))
            .map(|(d2, (z, e))| -s.dt * d2 * (diagonal + z * e))
            .collect();
        self.project_coordinates(values, out)
    }
}
