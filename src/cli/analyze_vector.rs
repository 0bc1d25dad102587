//! `sphfield analyze --kind wind | polarized`: kinetic-energy, vorticity and divergence spectra
//! of wind fields (u, v), and the six spectra of polarised skies (T, Q, U).

use anyhow::{bail, Context, Result};
use sphfield::io::{FileReader, FileWriter, Provenance};
use sphfield::spectrum::cross_spectrum;
use sphfield::vector::{PolarizedSky, WindField};
use sphfield::{Par, Sht};

use super::analyze::AnalyzeArgs;
use super::args::{progress, spectrum_units};
use super::note;

/// Reads the named map variables (same grid and member count) and calls `each(k, maps)` for
/// every member.
fn members(
    file: &FileReader,
    names: &[&str],
    input: &std::path::Path,
    mut each: impl FnMut(usize, Vec<sphfield::Map>) -> Result<()>,
) -> Result<(sphfield::Geometry, usize)> {
    let infos = names
        .iter()
        .map(|n| {
            file.map_info(n)
                .with_context(|| format!("{} has no variable {n}", input.display()))
        })
        .collect::<Result<Vec<_>>>()?;
    let count = infos[0].count();
    if infos
        .iter()
        .any(|i| i.count() != count || *i.geometry != *infos[0].geometry)
    {
        bail!(
            "{} do not share one grid and member count in {}",
            names.join(", "),
            input.display()
        );
    }
    if count == 0 {
        bail!("{} holds no maps", input.display());
    }
    for k in 0..count {
        let maps = infos
            .iter()
            .map(|i| file.read_map(i, k))
            .collect::<sphfield::Result<Vec<_>>>()?;
        each(k, maps)?;
    }
    Ok(((*infos[0].geometry).clone(), count))
}

/// The output file, with the input, the kind and lmax in its provenance.
fn output(a: &AnalyzeArgs, kind: &str, lmax: usize) -> Result<FileWriter> {
    let provenance = Provenance::from_command_line()
        .with_parameter("input", a.input.display())
        .with_parameter("kind", kind)
        .with_parameter("lmax", lmax);
    Ok(FileWriter::create(
        &a.output.output,
        a.output.options(),
        &provenance,
    )?)
}

/// Mean over members of per-degree values.
fn accumulate(sum: &mut [f64], v: &[f64]) {
    for (s, x) in sum.iter_mut().zip(v) {
        *s += x;
    }
}

pub fn run_wind(a: &AnalyzeArgs, par: Par, quiet: bool) -> Result<()> {
    let file = FileReader::open(&a.input)?;
    let info = file
        .map_info("u")
        .with_context(|| format!("{} has no variable u", a.input.display()))?;
    let lmax = a.lmax.unwrap_or_else(|| info.geometry.default_lmax());
    let sht = Sht::new(info.geometry.clone(), lmax, lmax).context("planning the analysis")?;
    let units = spectrum_units(&info.meta.units);
    let (mut ke, mut vort, mut div) = (
        vec![0.0; lmax + 1],
        vec![0.0; lmax + 1],
        vec![0.0; lmax + 1],
    );
    let bar = progress(info.count() as u64, "analyze", quiet);
    let (geometry, count) = members(&file, &["u", "v"], &a.input, |_, maps| {
        let mut it = maps.into_iter();
        let (u, v) = (it.next().expect("u"), it.next().expect("v"));
        let pot = WindField::analyze(&sht, &WindField { u, v }, par)?;
        accumulate(&mut ke, &pot.kinetic_energy_spectrum()?);
        let (z, d) = (pot.vorticity()?, pot.divergence()?);
        accumulate(&mut vort, &cross_spectrum(&z, &z)?);
        accumulate(&mut div, &cross_spectrum(&d, &d)?);
        bar.inc(1);
        Ok(())
    })?;
    bar.finish_and_clear();
    let writer = output(a, "wind", lmax)?;
    let mean = |v: &[f64]| v.iter().map(|x| x / count as f64).collect::<Vec<_>>();
    let src = a.input.display();
    writer.write_spectrum_values("kinetic_energy", &mean(&ke), &format!("kinetic-energy spectrum K_l of u, v in {src} (sum over l = mean of (u^2+v^2)/2; per radian^2 of the stored winds), mean over {count} member(s)"), &units)?;
    writer.write_spectrum_values(
        "vorticity",
        &mean(&vort),
        &format!("anafast of the vorticity of u, v in {src} (unit sphere)"),
        &units,
    )?;
    writer.write_spectrum_values(
        "divergence",
        &mean(&div),
        &format!("anafast of the divergence of u, v in {src} (unit sphere)"),
        &units,
    )?;
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "analysed {count} wind field(s) on {} at lmax {lmax}; wrote {}",
            geometry.describe(),
            a.output.output.display()
        ));
    }
    Ok(())
}

pub fn run_polarized(a: &AnalyzeArgs, par: Par, quiet: bool) -> Result<()> {
    let file = FileReader::open(&a.input)?;
    let info = file
        .map_info("T")
        .with_context(|| format!("{} has no variable T", a.input.display()))?;
    let lmax = a.lmax.unwrap_or_else(|| info.geometry.default_lmax());
    let sht = Sht::new(info.geometry.clone(), lmax, lmax).context("planning the analysis")?;
    let units = spectrum_units(&info.meta.units);
    let mut sums = vec![vec![0.0; lmax + 1]; 6];
    let bar = progress(info.count() as u64, "analyze", quiet);
    let (geometry, count) = members(&file, &["T", "Q", "U"], &a.input, |_, maps| {
        let sky = PolarizedSky::from_maps(
            &sht,
            maps[0].values(),
            maps[1].values(),
            maps[2].values(),
            par,
        )?;
        let s = sky.spectra()?;
        for (sum, v) in sums
            .iter_mut()
            .zip([&s.tt, &s.ee, &s.bb, &s.te, &s.eb, &s.tb])
        {
            accumulate(sum, v);
        }
        bar.inc(1);
        Ok(())
    })?;
    bar.finish_and_clear();
    let writer = output(a, "polarized", lmax)?;
    for (name, sum) in ["TT", "EE", "BB", "TE", "EB", "TB"].iter().zip(&sums) {
        let mean: Vec<f64> = sum.iter().map(|x| x / count as f64).collect();
        writer.write_spectrum_values(
            name,
            &mean,
            &format!(
                "{name} anafast estimate of T, Q, U in {}, mean over {count} sky(ies)",
                a.input.display()
            ),
            &units,
        )?;
    }
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "analysed {count} polarised sky(ies) on {} at lmax {lmax}; wrote {}",
            geometry.describe(),
            a.output.output.display()
        ));
    }
    Ok(())
}
