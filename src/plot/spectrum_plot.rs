//! Log–log plots of angular power spectra (estimated against model).

use super::image::Image;
use super::log_log::LogLogPlot;
use crate::error::{param_error, Result};

/// A log–log plot of one or more spectra $C_\ell$ (or $D_\ell = \ell(\ell+1)C_\ell/2\pi$) against ℓ ≥ 1.
///
/// ```
/// use sphfield::plot::SpectrumPlot;
/// let cl: Vec<f64> = (0..64).map(|l| 1.0 / (1.0 + l as f64).powi(3)).collect();
/// let image = SpectrumPlot::default().render(&[("model", &cl)]).unwrap();
/// assert_eq!(image.width(), 900);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SpectrumPlot {
    /// Image width in pixels (200–8192).
    pub width: u32,
    /// Image height in pixels (150–8192).
    pub height: u32,
    /// Title (empty for none).
    pub title: String,
    /// Plot $D_\ell$ instead of $C_\ell$.
    pub dl: bool,
    /// Units of $C_\ell$ (the square of the field's units, e.g. "K^2"), shown on the y axis;
    /// empty or "1" for dimensionless spectra.
    pub units: String,
}

impl Default for SpectrumPlot {
    fn default() -> Self {
        SpectrumPlot {
            width: 900,
            height: 600,
            title: String::new(),
            dl: false,
            units: String::new(),
        }
    }
}

impl SpectrumPlot {
    /// Draws each `(label, C_l for l = 0..)` series; non-positive values are left out (log axis).
    pub fn render(&self, series: &[(&str, &[f64])]) -> Result<Image> {
        if !(200..=8192).contains(&self.width) || !(150..=8192).contains(&self.height) {
            return Err(param_error(
                "image size",
                format!("{}x{}", self.width, self.height),
                "width 200-8192 and height 150-8192 pixels",
            ));
        }
        let dl = self.dl;
        let points: Vec<(String, Vec<(f64, f64)>)> = series
            .iter()
            .map(|(label, cl)| {
                let pts = cl
                    .iter()
                    .enumerate()
                    .skip(1)
                    .map(|(l, &c)| {
                        let l = l as f64;
                        (
                            l,
                            if dl {
                                l * (l + 1.0) * c / (2.0 * std::f64::consts::PI)
                            } else {
                                c
                            },
                        )
                    })
                    .filter(|&(_, v)| v.is_finite() && v > 0.0)
                    .collect();
                (label.to_string(), pts)
            })
            .collect();
        let quantity = if dl { "D_l = l(l+1) C_l / 2pi" } else { "C_l" };
        let y_label = match self.units.trim() {
            "" | "1" => quantity.to_string(),
            units => format!("{quantity}  [{units}]"),
        };
        let series: Vec<(&str, &[(f64, f64)])> = points
            .iter()
            .map(|(label, pts)| (label.as_str(), pts.as_slice()))
            .collect();
        LogLogPlot {
            width: self.width,
            height: self.height,
            title: self.title.clone(),
            x_label: "degree l".into(),
            y_label,
        }
        .render(&series)
    }
}
