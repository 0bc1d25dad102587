//! Whole-sphere pictures of a field: Mollweide and equirectangular, with a colour bar.
//!
//! Every image row is a circle of constant latitude in both projections, so the picture is
//! rendered exactly: the image rows become the rings of a custom [`Geometry`] and the
//! coefficients are synthesised on them (each pixel shows the field's value at a point inside
//! it). A map without coefficients is analysed first (exact on lat–lon grids within their band
//! limit; iterative on HEALPix).

use std::f64::consts::PI;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::colormap::ColorMap;
use super::image::{text_err, Image, FONT};
use super::ticks::{nice_ticks, tick_label};
use crate::error::{param_error, Result};
use crate::{Alm, AnalysisOptions, Geometry, GridKind, Map, Par, RingSpec, Sht};

/// Map projection of a [`SkyPlot`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Projection {
    /// Equal-area Mollweide ellipse, longitude 0 in the centre, east to the right.
    #[default]
    Mollweide,
    /// Plate carrée: longitude −180°…180° left to right, latitude 90°…−90° top to bottom.
    Equirectangular,
}

/// A picture of a field on the whole sphere.
///
/// ```
/// use sphfield::plot::SkyPlot;
/// use sphfield::{Alm, Par};
/// let mut alm = Alm::zeros(4, 4).unwrap();
/// alm[(1, 0)].re = 1.0; // a dipole: positive north, negative south
/// let image = SkyPlot { width: 200, ..SkyPlot::default() }.render_alm(&alm, Par::Seq).unwrap();
/// assert_eq!(image.width(), 200);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct SkyPlot {
    /// Projection.
    pub projection: Projection,
    /// Image width in pixels (64–8192); the height follows from the projection.
    pub width: u32,
    /// Title above the map (empty for none).
    pub title: String,
    /// Units written beside the colour bar.
    pub units: String,
    /// Colour map.
    pub colormap: ColorMap,
    /// Value range of the colour bar; `None` for [`ColorMap::auto_range`].
    pub range: Option<(f64, f64)>,
    /// Points drawn as dots on the field (latitude, longitude in degrees), e.g. the stations
    /// a kriged map was conditioned on.
    pub markers: Vec<(f64, f64)>,
    /// Arrows (winds) or headless segments (polarisation) drawn on the field, the longest
    /// 1/30 of the map's width.
    pub glyphs: Vec<Glyph>,
}

/// A vector drawn on a [`SkyPlot`] at (lat, lon) in degrees with components `east`, `north`
/// (any common unit): an arrow, or with `head` false a segment centred on the point (a
/// headless orientation, e.g. polarisation).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Eastward component.
    pub east: f64,
    /// Northward component.
    pub north: f64,
    /// Draw an arrow head (vectors) or not (orientations).
    pub head: bool,
}

impl Default for SkyPlot {
    fn default() -> Self {
        SkyPlot {
            projection: Projection::Mollweide,
            width: 1200,
            title: String::new(),
            units: "1".into(),
            colormap: ColorMap::Diverging,
            range: None,
            markers: Vec::new(),
            glyphs: Vec::new(),
        }
    }
}

const MARGIN: u32 = 16;
const TITLE_BAND: u32 = 44;
const BAR_BAND: u32 = 84;

/// The rings (one per image row, with the columns each covers) of a projection.
struct RowRings {
    specs: Vec<RingSpec>,
    /// (image row, first column, number of columns) per ring.
    rows: Vec<(u32, u32, u32)>,
}

fn row_rings(projection: Projection, wm: u32, hm: u32) -> RowRings {
    let mut specs = Vec::new();
    let mut rows = Vec::new();
    for r in 0..hm {
        // y_n ∈ (−1, 1), top row positive (north).
        let yn = 1.0 - 2.0 * (r as f64 + 0.5) / hm as f64;
        let (lat, half) = match projection {
            Projection::Mollweide => {
                // Auxiliary angle θa: y = √2 sin θa; sin(lat) = (2θa + sin 2θa)/π; the row
                // spans |x| ≤ 2√2 cos θa, i.e. a fraction cos θa of the full width.
                let ta = yn.asin();
                let lat = ((2.0 * ta + (2.0 * ta).sin()) / PI).clamp(-1.0, 1.0).asin();
                (lat, ta.cos())
            }
            Projection::Equirectangular => (yn * PI / 2.0, 1.0),
        };
        // Columns whose centre lies inside the row's extent.
        let first = (0..wm).find(|&c| (2.0 * (c as f64 + 0.5) / wm as f64 - 1.0).abs() <= half);
        let Some(first) = first else { continue };
        let count = wm - 2 * first;
        if count == 0 {
            continue;
        }
        specs.push(RingSpec {
            theta: PI / 2.0 - lat,
            // Longitude −180° (= 180°) at the left edge, pixel centres half a step inside.
            phi0: PI + PI / count as f64,
            nphi: count as usize,
            weight: 0.0,
        });
        rows.push((r, first, count));
    }
    RowRings { specs, rows }
}

impl SkyPlot {
    fn check(&self) -> Result<()> {
        if !(64..=8192).contains(&self.width) {
            return Err(param_error(
                "width",
                self.width,
                "image width must be 64-8192 pixels",
            ));
        }
        if let Some((lo, hi)) = self.range {
            if !(lo.is_finite() && hi.is_finite() && hi > lo) {
                return Err(param_error(
                    "range",
                    format!("{lo}..{hi}"),
                    "need finite values with min < max",
                ));
            }
        }
        Ok(())
    }

    fn map_size(&self) -> (u32, u32) {
        let wm = self.width - 2 * MARGIN;
        (wm, wm / 2)
    }

    /// Renders coefficients exactly (synthesis on the image rows).
    pub fn render_alm(&self, alm: &Alm, par: Par) -> Result<Image> {
        self.check()?;
        alm.check_finite()?;
        let (wm, hm) = self.map_size();
        let rings = row_rings(self.projection, wm, hm);
        let geometry = Geometry::from_rings(&rings.specs)?;
        let sht = Sht::new(geometry, alm.lmax(), alm.mmax())?;
        let values = sht.synthesis(alm, par)?;
        let (lo, hi) = self
            .range
            .unwrap_or_else(|| self.colormap.auto_range(values.values()));
        let width = self.width;
        let height = TITLE_BAND + hm + BAR_BAND;
        let mut image = Image::white(width, height);
        for (k, &(r, first, count)) in rings.rows.iter().enumerate() {
            let ring = values.ring(k);
            for j in 0..count {
                let t = (ring[j as usize] - lo) / (hi - lo);
                image.set(MARGIN + first + j, TITLE_BAND + r, self.colormap.at(t));
            }
        }
        for &(lat, lon) in &self.markers {
            if let Some((x, y)) = self.image_position(lat, lon) {
                draw_dot(&mut image, MARGIN as f64 + x, TITLE_BAND as f64 + y);
            }
        }
        self.draw_glyphs(&mut image)?;
        self.decorate(&mut image, lo, hi, hm)?;
        Ok(image)
    }

    /// Draws the glyphs: each one's direction on the image is that of a short step from its
    /// point along (east, north) on the sphere, projected; lengths are proportional to the
    /// vectors', the longest 1/30 of the map's width. Glyphs whose step crosses the map's
    /// edge (longitude ±180°) or that lie at a pole are left out.
    fn draw_glyphs(&self, image: &mut Image) -> Result<()> {
        let longest = self
            .glyphs
            .iter()
            .map(|g| g.east.hypot(g.north))
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max);
        if longest <= 0.0 {
            return Ok(());
        }
        let (wm, _) = self.map_size();
        let full = wm as f64 / 30.0;
        let mut segments: Vec<[(i32, i32); 2]> = Vec::new();
        for g in &self.glyphs {
            let size = g.east.hypot(g.north);
            if !(size.is_finite() && size > 0.0) || g.lat.abs() > 89.0 {
                continue;
            }
            let step = 0.05; // degrees along the sphere
            let (Some(p), Some(q)) = (
                self.image_position(g.lat, g.lon),
                self.image_position(
                    g.lat + step * g.north / size,
                    g.lon + step * g.east / size / g.lat.to_radians().cos(),
                ),
            ) else {
                continue;
            };
            let (dx, dy) = (q.0 - p.0, q.1 - p.1);
            let d = dx.hypot(dy);
            if d.is_nan() || d <= 0.0 || d > wm as f64 / 4.0 {
                continue;
            }
            let len = full * size / longest;
            let (ux, uy) = (dx / d * len, dy / d * len);
            let (x0, y0) = (MARGIN as f64 + p.0, TITLE_BAND as f64 + p.1);
            let (a, b) = if g.head {
                ((x0, y0), (x0 + ux, y0 + uy))
            } else {
                (
                    (x0 - ux / 2.0, y0 - uy / 2.0),
                    (x0 + ux / 2.0, y0 + uy / 2.0),
                )
            };
            let pt = |v: (f64, f64)| (v.0.round() as i32, v.1.round() as i32);
            segments.push([pt(a), pt(b)]);
            if g.head && len >= 4.0 {
                // Two barbs at ±150° from the shaft, a third of its length.
                for angle in [2.618f64, -2.618] {
                    let (c, s) = (angle.cos(), angle.sin());
                    let (hx, hy) = ((ux * c - uy * s) / 3.0, (ux * s + uy * c) / 3.0);
                    segments.push([pt(b), pt((b.0 + hx, b.1 + hy))]);
                }
            }
        }
        image.draw(|root| {
            for seg in &segments {
                root.draw(&PathElement::new(
                    seg.to_vec(),
                    RGBColor(0, 0, 0).stroke_width(1),
                ))
                .map_err(text_err)?;
            }
            Ok(())
        })
    }

    /// Where (latitude, longitude in degrees) falls on the map area, in pixels from its top left
    /// corner; `None` for non-finite coordinates. Longitude 0 is in the centre, east to the
    /// right, as in [`row_rings`].
    fn image_position(&self, lat: f64, lon: f64) -> Option<(f64, f64)> {
        if !(lat.is_finite() && lon.is_finite()) || lat.abs() > 90.0 {
            return None;
        }
        let (wm, hm) = self.map_size();
        let lambda = (lon + 180.0).rem_euclid(360.0) - 180.0; // (−180, 180]
        let (xn, yn) = match self.projection {
            Projection::Mollweide => {
                // 2θa + sin 2θa = π sin(lat), by Newton from θa = lat (converges everywhere
                // except at the poles, where θa = ±π/2).
                let target = PI * lat.to_radians().sin();
                let mut ta = lat.to_radians();
                for _ in 0..50 {
                    let f = 2.0 * ta + (2.0 * ta).sin() - target;
                    let d = 2.0 + 2.0 * (2.0 * ta).cos();
                    if d.abs() < 1e-12 {
                        break;
                    }
                    ta -= f / d;
                }
                (lambda / 180.0 * ta.cos(), ta.sin())
            }
            Projection::Equirectangular => (lambda / 180.0, lat / 90.0),
        };
        Some(((xn + 1.0) / 2.0 * wm as f64, (1.0 - yn) / 2.0 * hm as f64))
    }

    /// Renders a map: lat–lon and HEALPix maps are analysed to coefficients (band limit of the
    /// grid) and rendered exactly; custom geometries are refused.
    pub fn render_map(&self, map: &Map, par: Par) -> Result<Image> {
        crate::error::check_finite("map", map.values())?;
        let geometry = map.geometry();
        let lmax = match geometry.kind() {
            GridKind::Custom => {
                return Err(param_error(
                    "map",
                    geometry.describe(),
                    "a custom geometry has no band limit to render from; plot its coefficients",
                ))
            }
            GridKind::Healpix { nside } => 3 * nside - 1,
            _ => geometry.analysis_lmax().0,
        };
        let sht = Sht::new(geometry.clone(), lmax, lmax)?;
        let alm = sht.analysis_refined(map.values(), AnalysisOptions::default(), par)?;
        self.render_alm(&alm, par)
    }

    fn decorate(&self, image: &mut Image, lo: f64, hi: f64, hm: u32) -> Result<()> {
        let width = self.width;
        // Colour bar: a gradient drawn pixel by pixel, labels by plotters.
        let bar_w = width * 3 / 5;
        let bar_x = (width - bar_w) / 2;
        let bar_y = TITLE_BAND + hm + 14;
        let bar_h = 16;
        for x in 0..bar_w {
            let c = self.colormap.at((x as f64 + 0.5) / bar_w as f64);
            for y in 0..bar_h {
                image.set(bar_x + x, bar_y + y, c);
            }
        }
        let title = fit_title(&self.title, width);
        let units = self.units.clone();
        image.draw(|root| {
            let black = RGBColor(0, 0, 0);
            if !title.is_empty() {
                let style = TextStyle::from((FONT, 22).into_font())
                    .color(&black)
                    .pos(Pos::new(HPos::Center, VPos::Center));
                root.draw(&Text::new(
                    title,
                    ((width / 2) as i32, (TITLE_BAND / 2) as i32),
                    style,
                ))
                .map_err(text_err)?;
            }
            root.draw(&Rectangle::new(
                [
                    (bar_x as i32 - 1, bar_y as i32 - 1),
                    ((bar_x + bar_w) as i32, (bar_y + bar_h) as i32),
                ],
                black.stroke_width(1),
            ))
            .map_err(text_err)?;
            let label = TextStyle::from((FONT, 14).into_font())
                .color(&black)
                .pos(Pos::new(HPos::Center, VPos::Top));
            let (ticks, step) = nice_ticks(lo, hi, 5);
            for &v in &ticks {
                let x = (bar_x as f64 + bar_w as f64 * (v - lo) / (hi - lo)).round() as i32;
                root.draw(&PathElement::new(
                    vec![(x, (bar_y + bar_h) as i32), (x, (bar_y + bar_h + 4) as i32)],
                    black,
                ))
                .map_err(text_err)?;
                root.draw(&Text::new(
                    tick_label(v, step),
                    (x, (bar_y + bar_h + 6) as i32),
                    label.clone(),
                ))
                .map_err(text_err)?;
            }
            // Dimensionless fields ("1") get no units label.
            if !matches!(units.trim(), "" | "1") {
                let units_style = TextStyle::from((FONT, 15).into_font())
                    .color(&black)
                    .pos(Pos::new(HPos::Left, VPos::Center));
                root.draw(&Text::new(
                    format!("[{units}]"),
                    ((bar_x + bar_w + 12) as i32, (bar_y + bar_h / 2) as i32),
                    units_style,
                ))
                .map_err(text_err)?;
            }
            Ok(())
        })
    }
}

/// The title, shortened with an ellipsis to what fits in `width` pixels at 22 px.
fn fit_title(title: &str, width: u32) -> String {
    let max_chars = (width as usize).saturating_sub(2 * MARGIN as usize) / 12;
    if title.chars().count() <= max_chars {
        title.to_string()
    } else {
        let mut t: String = title.chars().take(max_chars.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A black dot of radius 3 with a white rim at (x, y).
fn draw_dot(image: &mut Image, x: f64, y: f64) {
    for dy in -4i32..=4 {
        for dx in -4i32..=4 {
            let r2 = (dx * dx + dy * dy) as f64;
            let (px, py) = (x + dx as f64, y + dy as f64);
            if r2 > 16.0 || px < 0.0 || py < 0.0 {
                continue;
            }
            let (px, py) = (px as u32, py as u32);
            if px < image.width() && py < image.height() {
                image.set(
                    px,
                    py,
                    if r2 <= 6.0 {
                        [0, 0, 0]
                    } else {
                        [255, 255, 255]
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dipole_is_red_north_blue_south() {
        let mut alm = Alm::zeros(2, 2).unwrap();
        alm[(1, 0)].re = 1.0;
        for projection in [Projection::Mollweide, Projection::Equirectangular] {
            let plot = SkyPlot {
                width: 200,
                projection,
                ..SkyPlot::default()
            };
            let img = plot.render_alm(&alm, Par::Seq).unwrap();
            let (wm, hm) = plot.map_size();
            let top = img.pixel(MARGIN + wm / 2, TITLE_BAND + 1);
            let bottom = img.pixel(MARGIN + wm / 2, TITLE_BAND + hm - 2);
            assert!(top[0] > top[2] + 50, "north is red: {top:?}");
            assert!(bottom[2] > bottom[0] + 50, "south is blue: {bottom:?}");
            // A marker at (lat 0, lon 0) is drawn in the middle of the map.
            let marked = SkyPlot {
                markers: vec![(0.0, 0.0)],
                ..plot.clone()
            }
            .render_alm(&alm, Par::Seq)
            .unwrap();
            assert_eq!(
                marked.pixel(MARGIN + wm / 2, TITLE_BAND + hm / 2),
                [0, 0, 0]
            );
            assert_ne!(img.pixel(MARGIN + wm / 2, TITLE_BAND + hm / 2), [0, 0, 0]);
            // An eastward arrow at (0, 0) darkens pixels east of the centre, not west of it.
            let arrows = SkyPlot {
                glyphs: vec![Glyph {
                    lat: 0.0,
                    lon: 0.0,
                    east: 1.0,
                    north: 0.0,
                    head: true,
                }],
                ..plot.clone()
            }
            .render_alm(&alm, Par::Seq)
            .unwrap();
            let (cx, cy) = (MARGIN + wm / 2, TITLE_BAND + hm / 2);
            assert_eq!(arrows.pixel(cx + 3, cy), [0, 0, 0]);
            assert_ne!(arrows.pixel(cx - 3, cy), [0, 0, 0]);
            // Mollweide corners lie outside the ellipse and stay white.
            if projection == Projection::Mollweide {
                assert_eq!(img.pixel(MARGIN, TITLE_BAND), [255, 255, 255]);
            }
        }
    }

    #[test]
    fn markers_land_on_the_pixel_that_shows_their_place() {
        for projection in [Projection::Mollweide, Projection::Equirectangular] {
            let plot = SkyPlot {
                width: 800,
                projection,
                ..SkyPlot::default()
            };
            let (wm, hm) = plot.map_size();
            let rings = row_rings(projection, wm, hm);
            for (lat, lon) in [(45.0, 90.0), (-30.0, -150.0), (10.0, 359.0), (-70.0, 20.0)] {
                let (x, y) = plot.image_position(lat, lon).unwrap();
                let (r, c) = (y as u32, x as u32);
                let k = rings.rows.iter().position(|row| row.0 == r).unwrap();
                let (_, first, count) = rings.rows[k];
                let spec = &rings.specs[k];
                let ring_lat = 90.0 - spec.theta.to_degrees();
                let j = c - first;
                let ring_lon = (spec.phi0 + 2.0 * PI * j as f64 / count as f64).to_degrees();
                let dlon = ((ring_lon - lon + 180.0).rem_euclid(360.0) - 180.0).abs();
                assert!(
                    (ring_lat - lat).abs() < 180.0 / hm as f64 * 1.5,
                    "{lat} vs {ring_lat}"
                );
                assert!(dlon < 360.0 / count as f64 * 1.01, "{lon} vs {ring_lon}");
            }
        }
    }
}
