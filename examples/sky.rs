//! The sky example of the README as a program: a HEALPix nside-512 map from a tabulated
//! spectrum (D_l table, here the toy `data/example_cmb_like_dl.txt`), its coefficients, the
//! estimated spectrum against the table, and pictures of both.
//!
//!     cargo run --release --example sky [-- OUTPUT_DIR]

use sphfield::io::{FieldMeta, FileWriter, Overwrite, Provenance, WriteOptions};
use sphfield::kl::KlSampler;
use sphfield::plot::{SkyPlot, SpectrumPlot};
use sphfield::spectrum::{anafast, AngularSpectrum, TableConvention};
use sphfield::{Geometry, Par, Sht};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let par = Par::threads(0);
    let table = concat!(env!("CARGO_MANIFEST_DIR"), "/data/example_cmb_like_dl.txt");
    let nside = 512;
    let lmax = 3 * nside - 1;
    let cl = AngularSpectrum::from_table_file(table, TableConvention::Dl, Some(lmax))?;
    let sht = Sht::new(Geometry::healpix(nside)?, lmax, lmax)?;
    let alm = KlSampler::new(&cl, 1).sample(0, par);
    let map = sht.synthesis(&alm, par)?;
    let estimated = anafast(&alm)?;

    let provenance = Provenance::from_call("examples/sky.rs")
        .with_seed(1)
        .with_parameter("spectrum_file", table);
    let path = format!("{dir}/sky.h5");
    let file = FileWriter::create(
        &path,
        WriteOptions {
            overwrite: Overwrite::Allow,
            deflate: None,
        },
        &provenance,
    )?;
    file.write_map(
        &map,
        &FieldMeta {
            units: "uK".into(),
            long_name: "toy CMB temperature".into(),
            ..FieldMeta::default()
        },
    )?;
    file.write_alm(&alm)?;
    file.write_spectrum("model", &cl, "uK2")?;
    file.write_spectrum("estimated", &estimated, "uK2")?;
    file.commit()?;

    let sky = SkyPlot {
        title: "toy CMB-like sky, HEALPix nside 512".into(),
        units: "uK".into(),
        ..SkyPlot::default()
    };
    sky.render_alm(&alm, par)?
        .save_png(format!("{dir}/sky.png"), Overwrite::Allow)?;
    let spectra = SpectrumPlot {
        title: "estimated vs model".into(),
        dl: true,
        ..SpectrumPlot::default()
    };
    spectra
        .render(&[("estimated", estimated.values()), ("model", cl.values())])?
        .save_png(format!("{dir}/sky_spectrum.png"), Overwrite::Allow)?;
    println!("wrote {path}, {dir}/sky.png and {dir}/sky_spectrum.png");
    Ok(())
}
