//! Axis ticks at round values (1, 2, 2.5 or 5 × 10^k) and their labels.

/// Round tick values covering `[lo, hi]`: multiples of a step of 1, 2, 2.5 or 5 × 10^k,
/// chosen so that there are about `target` intervals. Returns the ticks inside `[lo, hi]`
/// (ascending) and the step. Needs finite `lo < hi`; otherwise returns `[lo]`.
pub(crate) fn nice_ticks(lo: f64, hi: f64, target: usize) -> (Vec<f64>, f64) {
    let span = hi - lo;
    if !(lo.is_finite() && hi.is_finite() && span > 0.0 && span.is_finite()) {
        return (vec![lo], 0.0);
    }
    let raw = span / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step - 1e-9).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    let ticks = (first..=last)
        .map(|k| {
            let t = k as f64 * step;
            if t.abs() < step * 1e-9 {
                0.0
            } else {
                t
            }
        })
        .collect();
    (ticks, step)
}

/// A tick label with the digits the step needs and no more: `-4`, `0.25`, `1500`, `2.5e-07`.
pub(crate) fn tick_label(v: f64, step: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let step_exp = if step > 0.0 {
        step.log10().floor() as i32
    } else {
        v.abs().log10().floor() as i32 - 2
    };
    // 2.5 × 10^k needs one digit more than its power of ten.
    let extra = if step > 0.0 && (step / 10f64.powi(step_exp) - 2.5).abs() < 1e-9 {
        1
    } else {
        0
    };
    let magnitude = v.abs().max(step);
    if (1e-3..1e6).contains(&magnitude) {
        let decimals = (extra - step_exp).clamp(0, 9) as usize;
        format!("{v:.decimals$}")
    } else {
        let digits = (magnitude.log10().floor() as i32 - step_exp + extra).clamp(0, 9) as usize;
        format!("{v:.digits$e}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        let (t, step) = nice_ticks(-4.24, 4.24, 5);
        assert_eq!(step, 2.0);
        assert_eq!(t, vec![-4.0, -2.0, 0.0, 2.0, 4.0]);
        let labels: Vec<String> = t.iter().map(|&v| tick_label(v, step)).collect();
        assert_eq!(labels, ["-4", "-2", "0", "2", "4"]);
        let (t, step) = nice_ticks(0.0, 1.0, 4);
        assert_eq!((step, t.len()), (0.25, 5));
        assert_eq!(tick_label(0.75, step), "0.75");
        let (t, step) = nice_ticks(-3.0e-7, 3.0e-7, 5);
        assert_eq!(tick_label(t[0], step), "-2e-7");
        assert_eq!(tick_label(1500.0, 500.0), "1500");
        assert_eq!(nice_ticks(1.0, 1.0, 5).0, vec![1.0]);
    }

    /// The log axis of spectrum plots labels its ticks with `significant(v, 6)`.
    #[test]
    fn log_axis_numbers_are_short() {
        use crate::format::significant;
        let label = |v: f64| significant(v, 6);
        assert_eq!(label(1000.0), "1000");
        assert_eq!(label(0.01), "0.01");
        assert_eq!(label(1e-7), "1e-7");
        assert_eq!(label(2.5e8), "2.5e8");
        assert_eq!(label(-3.883323), "-3.88332");
    }
}
