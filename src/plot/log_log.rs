//! Log–log line charts of (x, y) series: spectra against degree, errors against steps.

use plotters::prelude::*;

use super::image::{text_err, Image, FONT};
use crate::error::{param_error, Result};
use crate::format::significant;

/// A log–log chart of labelled (x, y) series; points with x or y ≤ 0 or non-finite are left out.
///
/// ```
/// use sphfield::plot::LogLogPlot;
/// let errors = [(25.0, 1e-2), (50.0, 2.5e-3), (100.0, 6.2e-4)];
/// let plot = LogLogPlot { x_label: "steps".into(), y_label: "bias".into(), ..LogLogPlot::default() };
/// let image = plot.render(&[("second order", &errors)]).unwrap();
/// assert_eq!(image.height(), 600);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LogLogPlot {
    /// Image width in pixels (200–8192).
    pub width: u32,
    /// Image height in pixels (150–8192).
    pub height: u32,
    /// Title (empty for none).
    pub title: String,
    /// Label of the x axis.
    pub x_label: String,
    /// Label of the y axis.
    pub y_label: String,
}

impl Default for LogLogPlot {
    fn default() -> Self {
        LogLogPlot {
            width: 900,
            height: 600,
            title: String::new(),
            x_label: String::new(),
            y_label: String::new(),
        }
    }
}

pub(crate) const COLOURS: [RGBColor; 6] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(230, 159, 0),
];

/// The positive range of `values` widened by `pad` on a log axis (a decade when all are equal).
fn log_range(values: impl Iterator<Item = f64>, pad: f64) -> Option<(f64, f64)> {
    let (mut lo, mut hi) = (f64::INFINITY, 0.0f64);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if hi <= 0.0 {
        return None;
    }
    if hi <= lo {
        lo = hi / 10.0;
    }
    Some((lo / pad, hi * pad))
}

impl LogLogPlot {
    /// Draws each `(label, points)` series as a line with markers.
    ///
    /// # Errors
    /// `Error::Param` for an image size out of range or no positive point to draw.
    pub fn render(&self, series: &[(&str, &[(f64, f64)])]) -> Result<Image> {
        if !(200..=8192).contains(&self.width) || !(150..=8192).contains(&self.height) {
            return Err(param_error(
                "image size",
                format!("{}x{}", self.width, self.height),
                "width 200-8192 and height 150-8192 pixels",
            ));
        }
        let points: Vec<(String, Vec<(f64, f64)>)> = series
            .iter()
            .map(|(label, pts)| {
                let kept = pts
                    .iter()
                    .copied()
                    .filter(|&(x, y)| x.is_finite() && y.is_finite() && x > 0.0 && y > 0.0)
                    .collect();
                (label.to_string(), kept)
            })
            .collect();
        let all = || points.iter().flat_map(|(_, p)| p.iter());
        let (Some((xmin, xmax)), Some((ymin, ymax))) = (
            log_range(all().map(|p| p.0), 1.1),
            log_range(all().map(|p| p.1), 1.5),
        ) else {
            return Err(param_error(
                "plot",
                "no positive values",
                "nothing to draw on log axes",
            ));
        };
        let (title, x_label, y_label) = (&self.title, &self.x_label, &self.y_label);
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
                .build_cartesian_2d((xmin..xmax).log_scale(), (ymin..ymax).log_scale())
                .map_err(text_err)?;
            chart
                .configure_mesh()
                .x_desc(x_label.as_str())
                .y_desc(y_label.as_str())
                .label_style((FONT, 14))
                .axis_desc_style((FONT, 16))
                .y_label_formatter(&|v| significant(*v, 6))
                .x_label_formatter(&|v| significant(*v, 6))
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
                if pts.len() <= 64 {
                    chart
                        .draw_series(pts.iter().map(|&p| Circle::new(p, 3, colour.filled())))
                        .map_err(text_err)?;
                }
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
