//! `sphfield synth --kind wind | polarized`: wind fields (u, v) and polarised skies (T, Q, U).

use anyhow::{bail, Context, Result};
use sphfield::io::{Dim, FieldMeta, FileWriter, Provenance};
use sphfield::spectrum::AngularSpectrum;
use sphfield::vector::{
    CrossSpectra, HelmholtzPotentials, PolarizedSky, PolarizedSpectra, WindField,
};
use sphfield::{Geometry, Par, Sht};

use super::args::{progress, resolve_seed, spectrum_units};
use super::note;
use super::synth::SynthArgs;

/// Band limit and grid of a vector synthesis: --lmax, else the grid's default (capped by a
/// table's last degree).
fn plan(a: &SynthArgs, table_lmax: Option<usize>) -> Result<(Geometry, usize, Sht)> {
    let requested = a
        .band
        .lmax
        .or(match (a.grid.nlat, a.grid.resolution_deg, a.grid.nside) {
            (None, None, None) => table_lmax,
            _ => None,
        });
    let geometry = a.grid.build(requested)?;
    let mut lmax = requested.unwrap_or_else(|| geometry.default_lmax());
    if let Some(t) = table_lmax {
        if lmax > t {
            bail!("lmax {lmax} exceeds the spectrum table's last degree {t}");
        }
        lmax = lmax.min(t);
    }
    let sht = Sht::new(geometry.clone(), lmax, lmax).context("planning the transform")?;
    Ok((geometry, lmax, sht))
}

fn leading(members: usize) -> Vec<Dim> {
    if members == 1 {
        vec![]
    } else {
        vec![Dim::members(members)]
    }
}

/// Wind fields: ψ with the model's spectrum, χ with `--divergent-fraction` times it, u and v
/// (CF eastward_wind / northward_wind) divided by the sphere's radius (`--radius-km`, in m).
pub fn run_wind(a: &SynthArgs, par: Par, quiet: bool) -> Result<()> {
    let seed = resolve_seed(a.seed, quiet)?;
    let f = a.divergent_fraction;
    if !(f.is_finite() && f >= 0.0) {
        bail!("--divergent-fraction must be a finite number ≥ 0 (got {f})");
    }
    let spectrum = a
        .model
        .build()
        .context("building the stream-function spectrum")?;
    let (geometry, lmax, sht) = plan(a, spectrum.max_lmax())?;
    if lmax < 1 {
        bail!("a wind field needs lmax ≥ 1");
    }
    let psi = spectrum.table(lmax)?;
    let chi = AngularSpectrum::new(
        psi.values().iter().map(|c| f * c).collect(),
        "velocity potential",
    )?;
    let spectra = CrossSpectra::new(&[&psi, &chi], &[])?;
    let radius_m = a.model.radius_km.map_or(1.0, |r| r * 1e3);
    if !(radius_m.is_finite() && radius_m > 0.0) {
        bail!("--radius-km must be positive");
    }
    let mut provenance = Provenance::from_command_line()
        .with_seed(seed)
        .with_parameter("kind", "wind")
        .with_parameter("stream_function_model", spectrum.describe())
        .with_parameter("divergent_fraction", f)
        .with_parameter("radius_m", radius_m)
        .with_parameter("lmax", lmax)
        .with_parameter("members", a.members);
    for (k, v) in a.model.parameters() {
        provenance = provenance.with_parameter(k, v);
    }
    provenance.model = Some(format!(
        "winds of a stream function with {}",
        spectrum.describe()
    ));
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    writer.write_spectrum("stream_function", &psi, &spectrum_units(&a.units))?;
    writer.write_spectrum("velocity_potential", &chi, &spectrum_units(&a.units))?;
    let meta = |name: &str, long: &str| FieldMeta {
        name: name.into(),
        long_name: long.into(),
        units: a.units.clone(),
    };
    let mut us = writer.map_ensemble(&geometry, leading(a.members), &meta("u", "eastward wind"))?;
    let mut vs =
        writer.map_ensemble(&geometry, leading(a.members), &meta("v", "northward wind"))?;
    writer.set_variable_attribute_str("u", "standard_name", "eastward_wind")?;
    writer.set_variable_attribute_str("v", "standard_name", "northward_wind")?;
    // --save-alm: the potentials' coefficients (unit sphere) as harmonic/psi and harmonic/chi.
    let mut coefficients = if a.save_alm {
        Some([
            writer.alm_ensemble_named("psi", lmax, lmax, leading(a.members))?,
            writer.alm_ensemble_named("chi", lmax, lmax, leading(a.members))?,
        ])
    } else {
        None
    };
    let mut ke_sum = vec![0.0; lmax + 1];
    let bar = progress(a.members as u64, "synth", quiet);
    for k in 0..a.members {
        let pot = HelmholtzPotentials::sample(&spectra, seed, k as u64, par)?;
        let mut wind = WindField::synthesize(&sht, &pot, par)?;
        for m in [&mut wind.u, &mut wind.v] {
            m.values_mut().iter_mut().for_each(|x| *x /= radius_m);
        }
        for (s, v) in ke_sum.iter_mut().zip(pot.kinetic_energy_spectrum()?) {
            *s += v / (radius_m * radius_m);
        }
        us.write(&wind.u)?;
        vs.write(&wind.v)?;
        if let Some([p, c]) = coefficients.as_mut() {
            p.write(&pot.psi)?;
            c.write(&pot.chi)?;
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    drop(us);
    drop(vs);
    drop(coefficients);
    let ke: Vec<f64> = ke_sum.iter().map(|s| s / a.members as f64).collect();
    writer.write_spectrum_values(
        "kinetic_energy",
        &ke,
        "kinetic-energy spectrum K_l (sum over l = mean of (u^2 + v^2)/2), mean over members",
        &spectrum_units(&a.units),
    )?;
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "wrote {} member(s) of u, v on {} (lmax {lmax}, seed {seed}) to {}",
            a.members,
            geometry.describe(),
            a.output.output.display()
        ));
    }
    Ok(())
}

/// Polarised skies: T, Q, U from a CAMB-style table (`--spectrum-file`, columns l TT EE BB TE
/// of D_l).
pub fn run_polarized(a: &SynthArgs, par: Par, quiet: bool) -> Result<()> {
    let seed = resolve_seed(a.seed, quiet)?;
    let Some(path) = &a.model.spectrum_file else {
        bail!("--kind polarized needs --spectrum-file (a CAMB-style table: l TT EE BB TE, D_l)");
    };
    let full = PolarizedSpectra::from_camb_file(path, None)?;
    let (geometry, lmax, sht) = plan(a, Some(full.lmax()))?;
    let spectra = PolarizedSpectra::from_camb_file(path, Some(lmax))?;
    let provenance = Provenance::from_command_line()
        .with_seed(seed)
        .with_parameter("kind", "polarized")
        .with_parameter("spectrum_file", path.display())
        .with_parameter("lmax", lmax)
        .with_parameter("members", a.members);
    let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
    let units = spectrum_units(&a.units);
    for (name, v) in [
        ("TT", &spectra.tt),
        ("EE", &spectra.ee),
        ("BB", &spectra.bb),
        ("TE", &spectra.te),
    ] {
        writer.write_spectrum_values(
            &format!("model_{name}"),
            v,
            &format!("{name} from {}", path.display()),
            &units,
        )?;
    }
    let meta = |name: &str, long: &str| FieldMeta {
        name: name.into(),
        long_name: long.into(),
        units: a.units.clone(),
    };
    // healpy's column order: T, Q, U.
    let mut writers = [
        writer.map_ensemble(&geometry, leading(a.members), &meta("T", "temperature"))?,
        writer.map_ensemble(&geometry, leading(a.members), &meta("Q", "Stokes Q"))?,
        writer.map_ensemble(&geometry, leading(a.members), &meta("U", "Stokes U"))?,
    ];
    // --save-alm: the coefficients as harmonic/T, harmonic/E, harmonic/B.
    let mut coefficients = if a.save_alm {
        Some([
            writer.alm_ensemble_named("T", lmax, lmax, leading(a.members))?,
            writer.alm_ensemble_named("E", lmax, lmax, leading(a.members))?,
            writer.alm_ensemble_named("B", lmax, lmax, leading(a.members))?,
        ])
    } else {
        None
    };
    let bar = progress(a.members as u64, "synth", quiet);
    for k in 0..a.members {
        let sky = PolarizedSky::sample(&spectra, seed, k as u64, par)?;
        for (w, m) in writers.iter_mut().zip(sky.to_maps(&sht, par)?) {
            w.write(&m)?;
        }
        if let Some(ws) = coefficients.as_mut() {
            for (w, alm) in ws.iter_mut().zip([&sky.t, &sky.e, &sky.b]) {
                w.write(alm)?;
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    drop(writers);
    drop(coefficients);
    writer.commit()?;
    if !quiet {
        note(format_args!(
            "wrote {} member(s) of T, Q, U on {} (lmax {lmax}, seed {seed}) to {}",
            a.members,
            geometry.describe(),
            a.output.output.display()
        ));
    }
    Ok(())
}
