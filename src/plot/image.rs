//! An RGB raster with text drawn by plotters (DejaVu Sans, embedded), encoded as PNG.

use std::sync::Once;

use plotters::prelude::*;

use crate::error::{Error, Result};
use crate::io::{write_bytes_atomic, Overwrite};

/// Font family name under which the embedded DejaVu Sans is registered.
pub(crate) const FONT: &str = "sans-serif";

static FONT_ONCE: Once = Once::new();

/// Registers the embedded font with plotters (once per process).
pub(crate) fn register_font() {
    FONT_ONCE.call_once(|| {
        // The font is compiled in; registration only fails for invalid font data.
        let _ = plotters::style::register_font(FONT, FontStyle::Normal, dejavu::sans::regular());
    });
}

/// An 8-bit RGB image, row-major from the top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    width: u32,
    height: u32,
    rgb: Vec<u8>,
}

impl Image {
    /// A white image.
    pub(crate) fn white(width: u32, height: u32) -> Image {
        Image {
            width,
            height,
            rgb: vec![255; width as usize * height as usize * 3],
        }
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// The pixel at column `x`, row `y`.
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        let i = 3 * (y as usize * self.width as usize + x as usize);
        [self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]]
    }

    pub(crate) fn set(&mut self, x: u32, y: u32, c: [u8; 3]) {
        let i = 3 * (y as usize * self.width as usize + x as usize);
        self.rgb[i..i + 3].copy_from_slice(&c);
    }

    /// Draws with plotters on this image (text, axes, frames).
    pub(crate) fn draw<F>(&mut self, f: F) -> Result<()>
    where
        F: FnOnce(
            &DrawingArea<BitMapBackend<'_>, plotters::coord::Shift>,
        ) -> std::result::Result<(), String>,
    {
        register_font();
        let (w, h) = (self.width, self.height);
        let root = BitMapBackend::with_buffer(&mut self.rgb, (w, h)).into_drawing_area();
        f(&root).map_err(|e| Error::Mismatch(format!("drawing failed: {e}")))?;
        root.present()
            .map_err(|e| Error::Mismatch(format!("drawing failed: {e}")))
    }

    /// PNG bytes of the image.
    pub fn to_png(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, self.width, self.height);
            enc.set_color(png::ColorType::Rgb);
            enc.set_depth(png::BitDepth::Eight);
            let mut w = enc
                .write_header()
                .map_err(|e| Error::Mismatch(format!("PNG encoding failed: {e}")))?;
            w.write_image_data(&self.rgb)
                .map_err(|e| Error::Mismatch(format!("PNG encoding failed: {e}")))?;
        }
        Ok(out)
    }

    /// Writes the image as a PNG file, atomically.
    pub fn save_png(&self, path: impl AsRef<std::path::Path>, overwrite: Overwrite) -> Result<()> {
        write_bytes_atomic(path, &self.to_png()?, overwrite)
    }
}

/// Plotters errors carry the backend type; reduce them to text.
pub(crate) fn text_err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}
