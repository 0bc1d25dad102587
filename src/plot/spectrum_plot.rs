//! Log–log plots of angular power spectra (estimated against model).

use plotters::prelude::*;

use super::image::{text_err, Image, FONT};
use crate::error::{param_error, Result};
use crate::format::significant;

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

const COLOURS: [RGBColor; 6] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(230, 159, 0),
];

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
        let all = points.iter().flat_map(|(_, p)| p.iter());
        let (mut xmax, mut ymin, mut ymax) = (1.0f64, f64::INFINITY, 0.0f64);
        for &(x, y) in all {
            xmax = xmax.max(x);
            ymin = ymin.min(y);
            ymax = ymax.max(y);
        }
        if ymax <= 0.0 {
            return Err(param_error(
                "spectrum",
                "no positive values at l >= 1",
                "nothing to plot on a log axis",
            ));
        }
        if ymax <= ymin {
            ymin = ymax / 10.0;
        }
        let (ymin, ymax) = (ymin / 1.5, ymax * 1.5);
        let xmax = (xmax * 1.1).max(2.0);
        let title = self.title.clone();
        let quantity = if dl { "D_l = l(l+1) C_l / 2pi" } else { "C_l" };
        let ylabel = match self.units.trim() {
            "" | "1" => quantity.to_string(),
            units => format!("{quantity}  [{units}]"),
        };
        let mut image = Image::white(self.width, self.height);
        image.draw(|root| {
            let mut builder = ChartBuilder::on(root);
            builder
                .margin(16)
                .x_label_area_size(48)
                .y_label_area_size(84);
            if !title.is_empty() {
                builder.caption(title, (FONT, 22));
            }
            let mut chart = builder
                .build_cartesian_2d((1.0f64..xmax).log_scale(), (ymin..ymax).log_scale())
                .map_err(text_err)?;
            chart
                .configure_mesh()
                .x_desc("degree l")
                .y_desc(ylabel)
                .label_style((FONT, 14))
                .axis_desc_style((FONT, 16))
                .y_label_formatter(&|v| significant(*v, 6))
                .x_label_formatter(&|v| format!("{v:.0}"))
                .draw()
                .map_err(text_err)?;
            for (k, (label, pts)) in points.iter().enumerate() {
                let colour = COLOURS[k % COLOURS.len()];
                chart
                    .draw_series(LineSeries::new(pts.iter().copied(), colour.stroke_width(2)))
                    .map_err(text_err)?
                    .label(label.clone())
                    .legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(2))
                    });
            }
            chart
                .configure_series_labels()
                .label_font((FONT, 15))
                .background_style(WHITE.mix(0.85))
                .border_style(BLACK)
                .draw()
                .map_err(text_err)?;
            Ok(())
        })?;
        Ok(image)
    }
}
