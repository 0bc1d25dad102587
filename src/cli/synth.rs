//! `sphfield synth`: Gaussian random fields from a spectrum, written member by member.

use sphfield::format::significant;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use sphfield::io::{Dim, FieldMeta, FileWriter, Provenance};
use sphfield::kl::KlSampler;
use sphfield::plot::SkyPlot;
use sphfield::{Alm, Map, Par, Sht};

use super::args::{
    check_members, peak_memory_mib, progress, resolve_seed, spectrum_units, BandArgs, GridArgs,
    ModelArgs, OutputArgs,
};
use super::job::job;
use super::note;
use super::pipeline::produce_in_order;
use super::plot::PlotStyle;
use super::shared_output::SharedEnsembles;
use super::synth_space_time::{SpaceTime, TemporalArgs};

/// What `sphfield synth` draws.
#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum FieldKind {
    /// A scalar field with the model's spectrum.
    Scalar,
    /// Winds u, v (CF eastward_wind, northward_wind) of a stream function with the model's
    /// spectrum (and a velocity potential, --divergent-fraction); derivatives divided by the
    /// sphere's radius (--radius-km; per radian without it).
    Wind,
    /// A polarised sky T, Q, U (healpy's conventions) from --spectrum-file, a CAMB-style table
    /// `l TT EE BB TE` of D_l.
    Polarized,
}

/// Arguments of `sphfield synth`.
#[derive(Args, Debug)]
pub struct SynthArgs {
    /// What to draw: scalar, wind or polarized.
    #[arg(long, value_enum, default_value = "scalar")]
    pub kind: FieldKind,
    /// Wind fields: the velocity potential's spectrum as a fraction of the stream function's
    /// (0 = non-divergent winds).
    #[arg(long, default_value_t = 0.0)]
    pub divergent_fraction: f64,
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub grid: GridArgs,
    #[command(flatten)]
    pub band: BandArgs,
    /// Number of independent fields (ensemble members).
    #[arg(long, default_value_t = 1)]
    pub members: usize,
    /// Seed of the random streams: the same seed gives the same fields, bit for bit, for any
    /// thread count [default: a fresh seed from the operating system, printed (unless --quiet)
    /// and recorded in the file's `seed` attribute].
    #[arg(long)]
    pub seed: Option<u64>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Also store the coefficients a_lm (group harmonic) — needed for exact plots and healpy;
    /// with --kind wind harmonic/psi and harmonic/chi, with --kind polarized harmonic/T, E, B.
    #[arg(long)]
    pub save_alm: bool,
    /// Name of the map variable.
    #[arg(long, default_value = "field")]
    pub name: String,
    /// Units of the field (CF units string, e.g. K, m s-1; default 1 = dimensionless).
    #[arg(long, default_value = "1")]
    pub units: String,
    /// Long name of the field.
    #[arg(long)]
    pub long_name: Option<String>,
    /// Also write a Mollweide PNG of member 0 (rendered exactly from its coefficients).
    #[arg(long)]
    pub png: Option<PathBuf>,
    #[command(flatten)]
    pub style: PlotStyle,
    /// Space–time field: time stamps `start:step:stop` (stop excluded, as numpy's arange; e.g.
    /// 0:1:365 for a year of days) or a comma-separated list, in --time-units. Each a_lm(t) is an
    /// OU process in time (exact at any spacing); writes (member, time, lat, lon).
    #[arg(long, help_heading = "Space-time")]
    pub times: Option<String>,
    #[command(flatten)]
    pub temporal: TemporalArgs,
    /// CF units of the time coordinate ("<unit> since <date>": xarray decodes them to dates).
    #[arg(
        long,
        default_value = "days since 2000-01-01 00:00:00",
        help_heading = "Space-time"
    )]
    pub time_units: String,
    /// CF calendar of the time coordinate (standard, noleap, 360_day, ...).
    #[arg(long, default_value = "standard", help_heading = "Space-time")]
    pub calendar: String,
}

pub fn run(a: SynthArgs, par: Par, quiet: bool) -> Result<()> {
    check_members(a.members)?;
    if job().is_distributed() && a.kind != FieldKind::Scalar {
        bail!("--kind wind and --kind polarized are not drawn by several MPI ranks yet; run without mpirun");
    }
    match a.kind {
        FieldKind::Wind => return super::synth_vector::run_wind(&a, par, quiet),
        FieldKind::Polarized => return super::synth_vector::run_polarized(&a, par, quiet),
        FieldKind::Scalar => {}
    }
    if a.times.is_some() && a.kind != FieldKind::Scalar {
        bail!("--times draws scalar space-time fields (--kind scalar)");
    }
    let seed = resolve_seed(a.seed, quiet)?;
    let spectrum = a.model.build().context("building the spectrum model")?;
    // Band limit: --lmax, --tolerance, or what the grid resolves.
    let requested = match (a.band.lmax, a.band.tolerance) {
        (Some(l), _) => Some(l),
        (None, Some(tol)) => Some(spectrum.lmax_for_tolerance(tol)?),
        (None, None) => None,
    };
    let requested = match (requested, spectrum.max_lmax()) {
        (None, Some(table_lmax))
            if a.grid.nlat.is_none()
                && a.grid.resolution_deg.is_none()
                && a.grid.nside.is_none() =>
        {
            Some(table_lmax)
        }
        (r, _) => r,
    };
    let geometry = a.grid.build(requested)?;
    let mut lmax = requested.unwrap_or_else(|| geometry.default_lmax());
    if requested.is_none() {
        if let Some(table_lmax) = spectrum.max_lmax() {
            lmax = lmax.min(table_lmax);
        }
    }
    let table = spectrum.table(lmax)?;
    let sht = Sht::new(geometry.clone(), lmax, lmax).context("planning the transform")?;
    let sampler = KlSampler::new(&table, seed);
    let space_time = match &a.times {
        Some(text) => Some(SpaceTime::from_args(&a, text, &table, seed)?),
        None => None,
    };
    let truncation = spectrum.relative_truncation(lmax);
    if !quiet {
        note(format_args!(
            "{}; {} on {} (lmax {lmax}), {} member(s), seed {}",
            spectrum.describe(),
            a.name,
            geometry.describe(),
            a.members,
            seed
        ));
        if let Some(t) = truncation {
            note(format_args!(
                "truncation at lmax {lmax} leaves out {t:.3e} of the variance"
            ));
        }
    }

    let mut provenance = Provenance::from_command_line()
        .with_seed(seed)
        .with_parameter("spectrum_model", spectrum.describe())
        .with_parameter("lmax", lmax)
        .with_parameter("members", a.members);
    for (k, v) in a.model.parameters() {
        provenance = provenance.with_parameter(k, v);
    }
    if let Some(t) = truncation {
        provenance = provenance.with_parameter("relative_truncation_error", significant(t, 6));
    }
    if let Some(st) = &space_time {
        provenance = st.record(&a, provenance);
    }
    provenance.model = Some(spectrum.describe());
    let meta = FieldMeta {
        name: a.name.clone(),
        long_name: a
            .long_name
            .clone()
            .unwrap_or_else(|| format!("Gaussian random field, {}", spectrum.describe())),
        units: a.units.clone(),
    };
    if job().is_distributed() && space_time.is_some() {
        bail!(
            "--times: space-time fields are not drawn by several MPI ranks yet; run without mpirun"
        );
    }
    if let Some(st) = &space_time {
        let writer = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
        writer.write_spectrum("model", &table, &spectrum_units(&a.units))?;
        let first = st.write(
            &writer,
            &geometry,
            &sht,
            &meta,
            a.members,
            a.save_alm,
            (&a.time_units, &a.calendar),
            par,
            quiet,
        )?;
        writer.commit()?;
        return finish(&a, Some(first), seed, par, quiet);
    }
    let single = a.members == 1;
    let leading = if single {
        vec![]
    } else {
        vec![Dim::members(a.members)]
    };
    // The output is opened (and its datasets created) before the memory checks below, so
    // that they see what the file library has taken.
    let shared = if job().is_distributed() {
        // Every rank writes its members into the one output file (docs/distributed.md §1).
        Some(SharedEnsembles::create(
            &a.output.output,
            a.output.options(),
            &provenance,
            |w| {
                w.write_spectrum("model", &table, &spectrum_units(&a.units))?;
                let mut slots = vec![w
                    .map_ensemble(&geometry, leading.clone(), &meta)?
                    .byte_slot()?];
                if a.save_alm {
                    slots.push(w.alm_ensemble(lmax, lmax, leading.clone())?.byte_slot()?);
                }
                Ok(slots)
            },
        )?)
    } else {
        None
    };
    let writer = match shared {
        None => {
            let w = FileWriter::create(&a.output.output, a.output.options(), &provenance)?;
            w.write_spectrum("model", &table, &spectrum_units(&a.units))?;
            Some(w)
        }
        Some(_) => None,
    };
    let mut serial = match &writer {
        Some(w) => Some((
            w.map_ensemble(&geometry, leading.clone(), &meta)?,
            if a.save_alm {
                Some(w.alm_ensemble(lmax, lmax, leading.clone())?)
            } else {
                None
            },
        )),
        None => None,
    };

    // Members are computed in parallel batches on a producer thread and written here, in
    // order, while the next batch is computed: memory holds two batches at most.
    let inner = if par.count() > 1 && a.members > 1 {
        Par::Seq
    } else {
        par
    };
    let run_par = if inner == Par::Seq { par } else { Par::Seq };
    // Members go through the transform in groups of `fields_per_pass` (fields of a group share
    // the Legendre recurrence on AVX-512 and AVX2; the maps are bitwise those of one-by-one
    // synthesis), as long as every thread still gets a group.
    //
    // Memory: up to two batches of groups of (coefficients, map) pairs and the one being
    // written. Groups are a speed-up only: they are used when twice what they need is
    // available (the estimate leaves out the file library's buffers and the allocator's
    // reserves), else members go one at a time.
    let member_bytes = 16 * Alm::len_for(lmax, lmax) as u128 + 8 * geometry.npix() as u128;
    let ensure_memory = |group: usize, margin: u128| {
        let in_flight = ((4 * run_par.count() + 1) * group).min(a.members) as u128;
        let working = run_par.count() as u128 * sht.working_bytes(group);
        sphfield::memory::ensure_available(
            format!(
                "{in_flight} members in flight (coefficients and map) and the transforms' \
                 working arrays"
            ),
            margin * (in_flight * member_bytes + working),
        )
    };
    let per_pass = sht.fields_per_pass();
    let grouped = a.members >= per_pass * run_par.count() * job().size()
        && ensure_memory(per_pass, 2).is_ok();
    // Every rank must cut the members into the same groups.
    let group = job().min_u64(if grouped { per_pass as u64 } else { 1 })? as usize;
    if group == 1 {
        job().agree(ensure_memory(1, 1).map_err(anyhow::Error::from))?;
    }
    let bar = progress(a.members as u64, "synth", quiet);
    let mut first: Option<Alm> = None;
    let make = |g: usize, recycled: Option<Members>| -> sphfield::Result<Members> {
        let range = g * group..((g + 1) * group).min(a.members);
        let mut m = recycled.unwrap_or_default();
        m.first = range.start;
        m.alms.truncate(range.len());
        m.maps.truncate(range.len());
        while m.alms.len() < range.len() {
            m.alms.push(Alm::zeros(lmax, lmax)?);
            m.maps.push(Map::zeros(geometry.clone()));
        }
        for (alm, k) in m.alms.iter_mut().zip(range) {
            sampler.sample_into(k as u64, alm, inner)?;
        }
        let mut outs: Vec<&mut [f64]> = m.maps.iter_mut().map(|m| m.values_mut()).collect();
        sht.synthesis_many_into(&m.alms, &mut outs, inner)?;
        Ok(m)
    };
    let groups = a.members.div_ceil(group);
    if let Some(out) = shared {
        out.run(groups, run_par, &bar, make, |m| {
            for (j, (alm, map)) in m.alms.iter().zip(&m.maps).enumerate() {
                out.write_map(0, m.first + j, map.values())?;
                if a.save_alm {
                    out.write_alm(1, m.first + j, alm)?;
                }
                if m.first + j == 0 && a.png.is_some() {
                    first = Some(alm.clone());
                }
            }
            Ok(m.alms.len() as u64)
        })?;
        bar.finish_and_clear();
        out.commit()?;
        return finish(&a, first, seed, par, quiet);
    }
    let Some((mut maps, mut alms)) = serial.take() else {
        bail!("internal: no output file");
    };
    produce_in_order(groups, run_par, make, |m| {
        for (alm, map) in m.alms.iter().zip(&m.maps) {
            maps.write(map)?;
            if let Some(w) = alms.as_mut() {
                w.write(alm)?;
            }
            if first.is_none() && a.png.is_some() {
                first = Some(alm.clone());
            }
            bar.inc(1);
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    drop(maps);
    drop(alms);
    if let Some(writer) = writer {
        writer.commit()?;
    }
    finish(&a, first, seed, par, quiet)
}

/// Reports the written file and draws the PNG of member 0 (its first time).
fn finish(a: &SynthArgs, first: Option<Alm>, seed: u64, par: Par, quiet: bool) -> Result<()> {
    if !job().is_root() {
        return Ok(());
    }
    if !quiet {
        note(format_args!("wrote {}", a.output.output.display()));
        if let Some(mib) = peak_memory_mib() {
            note(format_args!("peak memory {mib:.1} MiB"));
        }
    }
    if let (Some(png), Some(alm)) = (&a.png, first) {
        let plot = SkyPlot {
            title: if a.style.title.is_empty() {
                format!("{} (member 0, seed {})", a.model.short(), seed)
            } else {
                a.style.title.clone()
            },
            units: a.units.clone(),
            ..a.style.sky()?
        };
        plot.render_alm(&alm, par)?
            .save_png(png, a.output.overwrite())?;
        if !quiet {
            note(format_args!("wrote {}", png.display()));
        }
    }
    Ok(())
}

/// A group of consecutive members (from member `first`): their coefficients and maps.
#[derive(Default)]
struct Members {
    first: usize,
    alms: Vec<Alm>,
    maps: Vec<Map>,
}
