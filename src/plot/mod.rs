//! Pictures: Mollweide and equirectangular PNGs of a field with a colour bar, and log–log
//! spectrum plots. Text is drawn with plotters in the embedded DejaVu Sans font, so no system
//! font is needed.

mod colormap;
mod image;
mod log_log;
mod sky;
mod spectrum_plot;
mod ticks;

pub use colormap::ColorMap;
pub use image::Image;
pub use log_log::LogLogPlot;
pub use sky::{Glyph, Projection, SkyPlot};
pub use spectrum_plot::SpectrumPlot;
