//! `sphfield info`: describe any sphfield file.

use sphfield::format::significant;
use std::path::PathBuf;

use super::print_line;
use anyhow::Result;
use clap::Args;
use sphfield::io::FileReader;

/// Arguments of `sphfield info`.
#[derive(Args, Debug)]
pub struct InfoArgs {
    /// A sphfield HDF5 file.
    pub input: PathBuf,
}

pub fn run(a: InfoArgs) -> Result<()> {
    let file = FileReader::open(&a.input)?;
    print_line(format_args!("{}", a.input.display()))?;
    print_line(format_args!("provenance:"))?;
    for (name, value) in file.attributes()? {
        print_line(format_args!("  {name:28} {value}"))?;
    }
    for name in file.map_names()? {
        let info = file.map_info(&name)?;
        print_line(format_args!(
            "map {name}: {} ({} pixels), {}; units {}; {}",
            info.geometry.describe(),
            info.geometry.npix(),
            describe_dims(&info.leading, "single map"),
            info.meta.units,
            info.meta.long_name
        ))?;
        let first = file.read_map(&info, 0)?;
        let v = first.values();
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / v.len() as f64;
        let (lo, hi) = v
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| {
                (a.min(x), b.max(x))
            });
        print_line(format_args!(
            "  entry 0: min {}, max {}, pixel mean {}, pixel std {}",
            significant(lo, 7),
            significant(hi, 7),
            significant(mean, 7),
            significant(var.sqrt(), 7)
        ))?;
    }
    for dataset in ["alm", "noisy", "target"] {
        if let Some(info) = file.alm_info_named(dataset)? {
            print_line(format_args!(
                "coefficients harmonic/{dataset}: lmax {}, mmax {}, {}",
                info.lmax,
                info.mmax,
                describe_dims(&info.leading, "single set")
            ))?;
        }
    }
    for name in file.spectrum_names()? {
        let s = file.read_spectrum(&name)?;
        print_line(format_args!(
            "spectrum {name}: lmax {}, variance {}; {}",
            s.lmax(),
            significant(s.variance(), 7),
            s.description()
        ))?;
    }
    Ok(())
}

fn describe_dims(leading: &[sphfield::io::Dim], single: &str) -> String {
    if leading.is_empty() {
        return single.to_string();
    }
    let dims: Vec<String> = leading
        .iter()
        .map(|d| format!("{} = {}", d.name, d.values.len()))
        .collect();
    dims.join(", ")
}
