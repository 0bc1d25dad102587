//! Per-degree coefficients of one reverse-time step of length h (docs/mathematics.md §5.5).
//!
//! Reverse SDE of $dX = -\Lambda X\,dt + \sqrt\beta\,dW^Q$: $d\bar Y = [\Lambda\bar Y + \beta s(T-r,\bar Y)]dr + \sqrt\beta\,d\tilde W^Q$.
//! Over one step the linear part is exact: with $x = \lambda_\ell h$,
//! $Y_{\rm new} = e^{x}Y + \beta\int_0^he^{\lambda(h-u)}s_u\,du + \sqrt{\beta(e^{2x}-1)/(2\lambda)}\,\xi$.

use crate::ou::LinearSpde;

/// $\beta(e^{2\lambda h} - 1)/(2\lambda)$ ($\beta h$ at λ = 0): the variance, in units of $C_\ell$, that the
/// reverse step's noise gathers while the linear part grows by $e^{\lambda h}$. For OU the factor
/// β/(2λ) is exactly 1: $e^{\beta h} - 1$ keeps its bits.
fn reverse_variance(rate: f64, beta: f64, h: f64) -> f64 {
    if rate == 0.0 {
        return beta * h;
    }
    (2.0 * rate * h).exp_m1() * (beta / (2.0 * rate))
}

/// The coefficients of one step, per degree.
#[derive(Clone, Debug, Default)]
pub(crate) struct StepCoefficients {
    /// $e^{\lambda h}$.
    pub growth: Vec<f64>,
    /// Weight of the score at the step's start in the exponential integrator:
    /// $\beta\varphi_1 = \beta(e^{\lambda h}-1)/\lambda$ ($\beta h$ at λ = 0; 2(e^{βh/2} − 1) for OU).
    pub score: Vec<f64>,
    /// Standard deviation of the step's noise in units of $\sqrt{C_\ell}$.
    pub noise: Vec<f64>,
}

impl StepCoefficients {
    /// Coefficients of a step of length h > 0 for `process`.
    pub fn new(process: &LinearSpde, h: f64) -> StepCoefficients {
        let beta = process.beta();
        let mut c = StepCoefficients::default();
        for &rate in process.rates() {
            let x = rate * h;
            c.growth.push(x.exp());
            if rate == 0.0 {
                c.score.push(beta * h);
            } else {
                // β/λ = 2 exactly for OU: the OU weights keep their bits.
                c.score.push((beta / rate) * x.exp_m1());
            }
            c.noise.push(reverse_variance(rate, beta, h).sqrt());
        }
        c
    }

    /// Euler–Maruyama's coefficients: growth 1 + λh, score weight βh, noise √(βh).
    pub fn euler_maruyama(process: &LinearSpde, h: f64) -> StepCoefficients {
        let beta = process.beta();
        let n = process.rates().len();
        StepCoefficients {
            growth: process.rates().iter().map(|r| 1.0 + r * h).collect(),
            score: vec![beta * h; n],
            noise: vec![(beta * h).sqrt(); n],
        }
    }
}

/// Per-degree coefficients of one reverse step from $t_1$ down to $t_2 = t_1 - h$ with the
/// denoiser $D = E[X_0\,|\,X_t]$ as the frozen (or interpolated) quantity (docs/mathematics.md §5.5).
/// Writing the score as $s = -(Y - a_\ell D)/v_\ell$ makes the linear part of the reverse SDE
/// $(\lambda - \beta/v_\ell(t))Y$, whose propagator is $\Phi = e^{-\lambda h}v_2/v_1 \le 1$: stable for any stiffness.
#[derive(Clone, Debug, Default)]
pub(crate) struct DenoiserStep {
    /// $\Phi = e^{-\lambda h}v_2/v_1$.
    pub propagator: Vec<f64>,
    /// $G = a_2 - \Phi a_1$: weight of a denoiser frozen over the step.
    pub denoiser: Vec<f64>,
    /// $G_2$: weight of $D_2 - D_1$ when D is interpolated linearly in t between the step's ends.
    pub slope: Vec<f64>,
    /// Noise standard deviation in units of $\sqrt{C_\ell}$: $\sqrt{v_2v_h/v_1}$ (the exact bridge variance,
    /// by $v_1 = e^{-2\lambda h}v_2 + v_h$).
    pub noise: Vec<f64>,
}

/// $1 - (1 - e^{-x})/x$ for x ≥ 0, without cancellation (series below 0.1).
fn one_minus_phi(x: f64) -> f64 {
    if x < 0.1 {
        // x/2 − x²/6 + x³/24 − … up to x¹⁴/15! (relative truncation below 1e-17 at x = 0.1).
        let mut term = 0.5 * x;
        let mut sum = term;
        for k in 3..=15 {
            term *= -x / k as f64;
            sum += term;
        }
        sum
    } else {
        (x + (-x).exp_m1()) / x
    }
}

/// $1 - \ln(1+z)/z$ for z > 0, without cancellation (series below 0.1).
fn one_minus_log_ratio(z: f64) -> f64 {
    if z < 0.1 {
        // z/2 − z²/3 + z³/4 − … (alternating, |term| < 1e-17 after 14 terms at z = 0.1).
        let mut sum = 0.0;
        let mut power = 1.0;
        for k in 1..=14 {
            power *= z;
            let term = power / (k + 1) as f64;
            sum += if k % 2 == 1 { term } else { -term };
        }
        sum
    } else {
        1.0 - z.ln_1p() / z
    }
}

impl DenoiserStep {
    /// Coefficients of the step from `t1` down to `t2` < `t1` for `process`.
    pub fn new(process: &LinearSpde, t1: f64, t2: f64) -> DenoiserStep {
        let h = t1 - t2;
        let beta = process.beta();
        let mut c = DenoiserStep::default();
        for (l, &rate) in process.rates().iter().enumerate() {
            let (a1, a2) = (process.signal(l, t1), process.signal(l, t2));
            let (v1, v2) = (process.noise_variance(l, t1), process.noise_variance(l, t2));
            let vh = process.noise_variance(l, h);
            let phi = (-rate * h).exp() * (v2 / v1);
            c.propagator.push(phi);
            c.denoiser.push(a2 - phi * a1);
            // G₂ = a₂[1 − (v_h/(βh))·ln(1+z)/z], z = v_h e^{−2λt₂}/v₂, as
            // a₂[(1 − A) + A(1 − B)] with A = v_h/(βh), B = ln(1+z)/z.
            let a = vh / (beta * h);
            let z = vh * (-2.0 * rate * t2).exp() / v2;
            c.slope
                .push(a2 * (one_minus_phi(2.0 * rate * h) + a * one_minus_log_ratio(z)));
            c.noise.push((v2 * vh / v1).sqrt());
        }
        c
    }
}

#[cfg(test)]
mod denoiser_tests {
    use super::{one_minus_log_ratio, one_minus_phi, DenoiserStep};
    use crate::ou::{Generator, LinearSpde};
    use crate::spectrum::AngularSpectrum;

    #[test]
    fn series_meet_closed_forms() {
        for x in [0.0999, 0.1001] {
            let closed = (x + f64::exp_m1(-x)) / x;
            assert!((one_minus_phi(x) - closed).abs() < 1e-14 * closed);
            let closed = 1.0 - f64::ln_1p(x) / x;
            assert!((one_minus_log_ratio(x) - closed).abs() < 1e-14 * closed);
        }
    }

    #[test]
    fn step_weights_are_the_integrals_they_stand_for() {
        // G and G₂ against a fine midpoint quadrature of ∫ Φ(t₂←t) β a(t)/v(t) [1, (t₁−t)/h] dt.
        let q = AngularSpectrum::new(vec![1.0; 4], "flat").unwrap();
        let p = LinearSpde::with_generator(q, 1.3, Generator::heat(0.7).unwrap()).unwrap();
        let (t1, t2) = (0.9, 0.6);
        let c = DenoiserStep::new(&p, t1, t2);
        for l in 0..4 {
            let rate = p.rates()[l];
            let v2 = p.noise_variance(l, t2);
            let n = 200_000;
            let dt = (t1 - t2) / n as f64;
            let (mut g, mut g2, mut var) = (0.0, 0.0, 0.0);
            for i in 0..n {
                let t = t2 + (i as f64 + 0.5) * dt;
                let v = p.noise_variance(l, t);
                let phi = (-rate * (t - t2)).exp() * v2 / v;
                let w = phi * 1.3 * p.signal(l, t) / v;
                g += w * dt;
                g2 += w * (t1 - t) / (t1 - t2) * dt;
                var += phi * phi * 1.3 * dt;
            }
            assert!(
                (c.denoiser[l] - g).abs() < 1e-9,
                "l={l}: {} vs {g}",
                c.denoiser[l]
            );
            assert!(
                (c.slope[l] - g2).abs() < 1e-9,
                "l={l}: {} vs {g2}",
                c.slope[l]
            );
            assert!((c.noise[l].powi(2) - var).abs() < 1e-9, "l={l}");
        }
    }
}
