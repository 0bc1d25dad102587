//! The probability-flow ODE of a linear forward process (docs/mathematics.md §5.5).

use super::{batch, gaussian_variances_through};
use crate::alm::Alm;
use crate::error::Result;
use crate::ou::Schedule;
use crate::par::Par;
use crate::score::{GaussianPrior, Score};
use crate::spectrum::AngularSpectrum;

/// The probability-flow ODE $\dot x = -\Lambda x - \tfrac\beta2s(t,x)$ ($-\tfrac\beta2(x + s)$ for OU) integrated
/// backwards from T to $t_0$ with Heun's method (second order), deterministic given its start.
#[derive(Clone, Debug)]
pub struct ProbabilityFlow {
    schedule: Schedule,
}

impl ProbabilityFlow {
    /// Flow on `schedule`.
    pub fn new(schedule: Schedule) -> ProbabilityFlow {
        ProbabilityFlow { schedule }
    }

    /// Transports `x_end` (a point at time T) back to time $t_0$.
    ///
    /// # Errors
    /// Errors of the score evaluations.
    pub fn transport(&self, score: &(impl Score + ?Sized), x_end: &Alm) -> Result<Alm> {
        let ou = score.process();
        let beta = ou.beta();
        // f = −(β/2)(s + (2Λ/β)x): 2Λ/β is exactly 1 for OU (its bits are kept).
        let ratio: Vec<f64> = ou.rates().iter().map(|r| 2.0 * r / beta).collect();
        let times = self.schedule.times();
        let mut x = x_end.clone();
        let (mut f0, mut f1) = (x.clone(), x.clone());
        let mut pred = x.clone();
        // f(t, x) = −(β/2)(s(t, x) + (2Λ/β)x), written into `f`.
        let velocity = |t: f64, x: &Alm, f: &mut Alm| -> Result<()> {
            score.score(t, x, f)?;
            f.axpy_l(&ratio, x)?;
            f.scale(-0.5 * beta);
            Ok(())
        };
        for k in (1..times.len()).rev() {
            let (t, t_prev) = (times[k], times[k - 1]);
            let h = t - t_prev;
            velocity(t, &x, &mut f0)?;
            pred.as_mut_slice().copy_from_slice(x.as_slice());
            pred.axpy(-h, &f0)?;
            velocity(t_prev, &pred, &mut f1)?;
            x.axpy(-0.5 * h, &f0)?;
            x.axpy(-0.5 * h, &f1)?;
        }
        Ok(x)
    }

    /// Members `members` in parallel (each identical to [`ProbabilityFlow::sample`]).
    ///
    /// # Errors
    /// The first error of any member.
    pub fn sample_batch(
        &self,
        score: &(impl Score + ?Sized),
        seed: u64,
        members: std::ops::Range<u64>,
        par: Par,
    ) -> Result<Vec<Alm>> {
        batch(members, par, |k| self.sample(score, seed, k))
    }

    /// A sample: transport a draw of the start law (N(0, Q) for OU;
    /// [`crate::ou::LinearSpde::start_factors`]) for (seed, member).
    ///
    /// # Errors
    /// Errors of the score evaluations.
    pub fn sample(&self, score: &(impl Score + ?Sized), seed: u64, member: u64) -> Result<Alm> {
        let ou = score.process();
        let (_, start) = ou.reverse_start(seed, member, self.schedule.end())?;
        self.transport(score, &start)
    }

    /// The exact per-degree variance of the flow's output for a zero-mean Gaussian prior (the
    /// flow is linear then): the start variance times the squared per-degree gain of
    /// [`ProbabilityFlow::transport`].
    ///
    /// # Errors
    /// `Error::Param` for a prior with a mean.
    pub fn gaussian_output_spectrum(&self, prior: &GaussianPrior) -> Result<AngularSpectrum> {
        prior.check_zero_mean()?;
        let ou = prior.process();
        let start: Vec<f64> = ou
            .start_factors(self.schedule.end())
            .iter()
            .zip(ou.covariance().values())
            .map(|(f, c)| f * c)
            .collect();
        let var = gaussian_variances_through(
            &start,
            |x, out| {
                let y = self.transport(prior, x)?;
                out.as_mut_slice().copy_from_slice(y.as_slice());
                Ok(())
            },
            ou.lmax(),
        )?;
        AngularSpectrum::new(var, "exact output variance of the probability-flow ODE")
    }
}
