//! Colour maps: perceptually ordered schemes from `colorous`.

/// How values become colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColorMap {
    /// Diverging blue–white–red (ColorBrewer RdBu, lightness symmetric about the centre), for
    /// anomalies: the range is symmetric about zero, negative blue, positive red.
    #[default]
    Diverging,
    /// Viridis (perceptually uniform, monotone lightness), for positive quantities.
    Sequential,
}

impl ColorMap {
    /// The colour of `t` ∈ [0, 1] (clamped).
    pub fn at(self, t: f64) -> [u8; 3] {
        let t = if t.is_nan() { 0.5 } else { t.clamp(0.0, 1.0) };
        let c = match self {
            ColorMap::Diverging => colorous::RED_BLUE.eval_continuous(1.0 - t),
            ColorMap::Sequential => colorous::VIRIDIS.eval_continuous(t),
        };
        [c.r, c.g, c.b]
    }

    /// The default display range of `values`: ±max|v| (diverging) or [min, max].
    pub fn auto_range(self, values: &[f64]) -> (f64, f64) {
        let (lo, hi) = values
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            });
        if !lo.is_finite() {
            return (-1.0, 1.0);
        }
        match self {
            ColorMap::Diverging => {
                let m = lo.abs().max(hi.abs());
                if m > 0.0 {
                    (-m, m)
                } else {
                    (-1.0, 1.0)
                }
            }
            ColorMap::Sequential => {
                if hi > lo {
                    (lo, hi)
                } else {
                    (lo - 0.5, lo + 0.5)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_and_centre() {
        let [r, _, b] = ColorMap::Diverging.at(0.0);
        assert!(b > r, "negative end is blue");
        let [r, _, b] = ColorMap::Diverging.at(1.0);
        assert!(r > b, "positive end is red");
        let [r, g, b] = ColorMap::Diverging.at(0.5);
        assert!(r > 230 && g > 230 && b > 230, "centre is near white");
        assert_eq!(ColorMap::Diverging.auto_range(&[-1.0, 3.0]), (-3.0, 3.0));
        assert_eq!(ColorMap::Sequential.auto_range(&[-1.0, 3.0]), (-1.0, 3.0));
    }
}
