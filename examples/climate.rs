//! The climate example of the README as a program: 100 unit-variance Matérn anomaly fields
//! (ρ = 1000 km, ν = 1.5) on the 1° grid, written member by member to `climate.h5` (open it
//! with `xarray.open_dataset("climate.h5")`), and a Mollweide picture of member 0.
//!
//!     cargo run --release --example climate [-- OUTPUT_DIR]

use sphfield::io::{Dim, FieldMeta, FileWriter, Overwrite, Provenance, WriteOptions};
use sphfield::kl::KlSampler;
use sphfield::plot::SkyPlot;
use sphfield::spectrum::{Length, SpectrumModel, WhittleMatern};
use sphfield::{Geometry, Par, Sht};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let (members, seed, par) = (100, 2024, Par::threads(0));
    let model = WhittleMatern::from_correlation_length(1.0, Length::km(1000.0), 1.5)?;
    let grid = Geometry::fejer1(180, 360)?; // the 1° cell-centred grid
    let lmax = grid.analysis_lmax().0; // 179
    let sht = Sht::new(grid.clone(), lmax, lmax)?;
    let sampler = KlSampler::new(&model.spectrum(lmax)?, seed);

    let provenance = Provenance::from_call("examples/climate.rs")
        .with_seed(seed)
        .with_model(&model)
        .with_parameter("lmax", lmax);
    let options = WriteOptions {
        overwrite: Overwrite::Allow,
        deflate: Some(4),
    };
    let path = format!("{dir}/climate.h5");
    let file = FileWriter::create(&path, options, &provenance)?;
    let meta = FieldMeta {
        name: "anomaly".into(),
        long_name: "temperature anomaly".into(),
        units: "K".into(),
    };
    let mut maps = file.map_ensemble(&grid, vec![Dim::members(members)], &meta)?;
    for k in 0..members {
        maps.write(&sampler.sample_map(&sht, k as u64, par)?)?;
    }
    drop(maps);
    file.commit()?;

    let plot = SkyPlot {
        title: "Matérn anomaly, ρ = 1000 km, ν = 1.5".into(),
        units: "K".into(),
        ..SkyPlot::default()
    };
    plot.render_alm(&sampler.sample(0, par), par)?
        .save_png(format!("{dir}/climate.png"), Overwrite::Allow)?;
    println!("wrote {path} and {dir}/climate.png");
    Ok(())
}
