//! Time grids for forward paths and reverse-time samplers.

use crate::error::{param_error, Result};

/// Largest number of steps a schedule may have.
pub const MAX_STEPS: usize = 100_000_000;

/// Increasing forward times $0 < t_0 < t_1 < \dots < t_n = T$ (the diffusion runs from $t_0$ to T;
/// reverse samplers walk the grid from T down to the early-stopping time $t_0$).
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    times: Vec<f64>,
}

impl Schedule {
    /// `steps` equal steps from `t0` to `t_end`.
    ///
    /// # Errors
    /// `Error::Param` unless 0 < t0 < t_end (finite) and steps ≥ 1.
    pub fn uniform(t0: f64, t_end: f64, steps: usize) -> Result<Schedule> {
        check_range(t0, t_end, steps)?;
        let h = (t_end - t0) / steps as f64;
        let mut times: Vec<f64> = (0..steps).map(|k| t0 + k as f64 * h).collect();
        times.push(t_end);
        Schedule::from_times(times)
    }

    /// `steps` steps from `t0` to `t_end` with a constant ratio $t_{k+1}/t_k$ (fine near the data,
    /// coarse near the noise: the usual choice for early stopping at small t0).
    ///
    /// # Errors
    /// As [`Schedule::uniform`].
    pub fn geometric(t0: f64, t_end: f64, steps: usize) -> Result<Schedule> {
        check_range(t0, t_end, steps)?;
        let ratio = (t_end / t0).ln() / steps as f64;
        let mut times: Vec<f64> = (0..steps).map(|k| t0 * (ratio * k as f64).exp()).collect();
        times.push(t_end);
        Schedule::from_times(times)
    }

    /// A caller's grid.
    ///
    /// # Errors
    /// `Error::Param` unless there are at least two times, all finite, positive and strictly
    /// increasing.
    pub fn from_times(times: Vec<f64>) -> Result<Schedule> {
        if times.len() < 2 {
            return Err(param_error(
                "schedule",
                format!("{} time(s)", times.len()),
                "needs at least a start and an end time",
            ));
        }
        for (k, w) in times.windows(2).enumerate() {
            if !(w[0].is_finite() && w[1].is_finite() && w[0] > 0.0 && w[1] > w[0]) {
                return Err(param_error(
                    "schedule",
                    format!("t[{k}] = {}, t[{}] = {}", w[0], k + 1, w[1]),
                    "times must be finite, positive and strictly increasing",
                ));
            }
        }
        Ok(Schedule { times })
    }

    /// The times, increasing.
    pub fn times(&self) -> &[f64] {
        &self.times
    }

    /// Number of steps (times − 1).
    pub fn steps(&self) -> usize {
        self.times.len() - 1
    }

    /// First (early-stopping) time.
    pub fn start(&self) -> f64 {
        self.times[0]
    }

    /// Last time T.
    pub fn end(&self) -> f64 {
        self.times[self.times.len() - 1]
    }
}

fn check_range(t0: f64, t_end: f64, steps: usize) -> Result<()> {
    if !(t0.is_finite() && t0 > 0.0) {
        return Err(param_error(
            "t0",
            t0,
            "the first time must be finite and positive",
        ));
    }
    if !(t_end.is_finite() && t_end > t0) {
        return Err(param_error(
            "T",
            t_end,
            format!("must be finite and above t0 = {t0}"),
        ));
    }
    if steps == 0 {
        return Err(param_error("steps", 0, "need at least one step"));
    }
    if steps > MAX_STEPS {
        return Err(param_error(
            "steps",
            steps,
            format!("more than {MAX_STEPS} steps is not supported"),
        ));
    }
    Ok(())
}
