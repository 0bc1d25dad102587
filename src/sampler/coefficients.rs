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
    /// Weight of the score at the step's end in the second-order scheme, $\beta\varphi_2$ with
    /// $\varphi_2 = (e^{\lambda h} - 1 - \lambda h)/(\lambda^2h)$ (h/2 at λ = 0): the exact integral of
    /// the linear interpolant of the score between the step's ends.
    pub end_score: Vec<f64>,
    /// Standard deviation of the step's noise in units of $\sqrt{C_\ell}$.
    pub noise: Vec<f64>,
}

/// $(e^{x} - 1 - x)/x^2$, by its series below |x| = 0.1 (no cancellation).
fn phi2_ratio(x: f64) -> f64 {
    if x.abs() < 0.1 {
        // Terms up to x⁷/9!: relative error below 1e-16 for |x| < 0.1.
        let mut term = 0.5;
        let mut sum = 0.5;
        for k in 3..=9 {
            term *= x / k as f64;
            sum += term;
        }
        sum
    } else {
        (x.exp_m1() - x) / (x * x)
    }
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
            c.end_score.push(beta * h * phi2_ratio(x));
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
            end_score: vec![0.0; n],
            noise: vec![(beta * h).sqrt(); n],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::phi2_ratio;

    #[test]
    fn phi2_series_meets_closed_form() {
        // Near |x| = 0.1 both forms are accurate to ~1e-15: they must agree there.
        for x in [0.0999, -0.0999, 0.1, -0.1] {
            let closed = (f64::exp_m1(x) - x) / (x * x);
            assert!((phi2_ratio(x) - closed).abs() < 2e-14 * closed, "{x}");
        }
        assert_eq!(phi2_ratio(0.0), 0.5);
        // mpmath: (e^x − 1 − x)/x² at x = 1e-3 = 0.500166708341668055754…
        assert!((phi2_ratio(1e-3) - 0.500_166_708_341_668).abs() < 1e-16);
    }
}
