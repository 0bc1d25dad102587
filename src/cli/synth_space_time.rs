//! `sphfield synth --times`: space–time fields, each degree an OU process in time
//! ([`SpaceTimeSampler`]), written as (member, time, lat, lon) with a CF time coordinate.

use anyhow::{bail, Context, Result};
use clap::Args;
use rayon::prelude::*;
use sphfield::io::{Dim, FieldMeta, FileWriter, Provenance};
use sphfield::kl::SpaceTimeSampler;
use sphfield::spectrum::AngularSpectrum;
use sphfield::{Alm, Geometry, Map, Par, Sht};
use std::sync::Mutex;

use super::args::progress;
use super::pipeline::produce_in_order;
use super::synth::SynthArgs;

/// The temporal model of space–time fields: per-degree rates of the OU process in time.
#[derive(Args, Clone, Debug)]
pub struct TemporalArgs {
    /// Correlation time τ of the largest scales, in the units of the time stamps.
    #[arg(long, help_heading = "Space-time")]
    pub temporal_scale: Option<f64>,
    /// γ ≥ 0: degree l decorrelates at the rate (1 + l(l+1)/κ²)^γ / τ (0: one correlation time
    /// for all scales, a separable covariance).
    #[arg(long, default_value_t = 0.0, help_heading = "Space-time")]
    pub temporal_exponent: f64,
    /// κ > 0 of the temporal rates (degrees l ≲ κ share the correlation time τ).
    #[arg(long, default_value_t = 1.0, help_heading = "Space-time")]
    pub temporal_kappa: f64,
}

impl TemporalArgs {
    /// The space–time sampler of spectrum `table`; `needed_by` names the option that needs it.
    pub fn sampler(
        &self,
        table: &AngularSpectrum,
        seed: u64,
        needed_by: &str,
    ) -> Result<SpaceTimeSampler> {
        let Some(tau) = self.temporal_scale else {
            bail!(
                "{needed_by} needs --temporal-scale (the correlation time of the largest scales)"
            );
        };
        Ok(SpaceTimeSampler::with_time_scale(
            table,
            tau,
            self.temporal_kappa,
            self.temporal_exponent,
            seed,
        )?)
    }

    /// The model in words, for provenance records and printed tables.
    pub fn describe(&self) -> String {
        format!(
            "each a_lm(t) an OU process in t with stationary variance C_l and rate \
             lambda_l = (1 + l(l+1)/kappa^2)^gamma / tau; tau = {}, kappa = {}, gamma = {}",
            self.temporal_scale.unwrap_or(f64::NAN),
            self.temporal_kappa,
            self.temporal_exponent
        )
    }
}

/// Largest number of time stamps.
const MAX_TIMES: usize = 10_000_000;

/// Parses `start:step:stop` (stop excluded, as numpy's arange) or a comma-separated list.
pub fn parse_times(text: &str) -> Result<Vec<f64>> {
    let number = |s: &str| -> Result<f64> {
        let v: f64 = s
            .trim()
            .parse()
            .with_context(|| format!("--times: {s:?} is not a number"))?;
        if !v.is_finite() {
            bail!("--times: {s} is not finite");
        }
        Ok(v)
    };
    let parts: Vec<&str> = text.split(':').collect();
    let times = match parts.as_slice() {
        [start, step, stop] => {
            let (start, step, stop) = (number(start)?, number(step)?, number(stop)?);
            if step <= 0.0 || stop <= start {
                bail!("--times {text}: need step > 0 and stop > start (start:step:stop)");
            }
            let count = ((stop - start) / step - 1e-9).ceil();
            if count > MAX_TIMES as f64 {
                bail!("--times {text}: more than {MAX_TIMES} time stamps");
            }
            (0..count as usize)
                .map(|k| start + k as f64 * step)
                .collect()
        }
        [list] => list.split(',').map(number).collect::<Result<Vec<f64>>>()?,
        _ => bail!("--times {text}: use start:step:stop or a comma-separated list"),
    };
    if let Some(k) = times.windows(2).position(|w| w[1] <= w[0]) {
        bail!(
            "--times: the time stamps must increase ({} then {})",
            times[k],
            times[k + 1]
        );
    }
    Ok(times)
}

/// The space–time model of the options.
pub struct SpaceTime {
    pub times: Vec<f64>,
    pub sampler: SpaceTimeSampler,
}

impl SpaceTime {
    /// Builds the sampler for spectrum `table` from the options.
    pub fn from_args(
        a: &SynthArgs,
        text: &str,
        table: &AngularSpectrum,
        seed: u64,
    ) -> Result<Self> {
        let times = parse_times(text)?;
        let sampler = a.temporal.sampler(table, seed, "--times")?;
        Ok(SpaceTime { times, sampler })
    }

    /// Records the temporal model in the provenance.
    pub fn record(&self, a: &SynthArgs, provenance: Provenance) -> Provenance {
        provenance
            .with_parameter("temporal_model", a.temporal.describe())
            .with_parameter("times", self.times.len())
            .with_parameter("time_units", &a.time_units)
    }

    /// Writes every member's fields at every time stamp; returns member 0's field at the first
    /// time.
    #[allow(clippy::too_many_arguments)]
    pub fn write(
        &self,
        writer: &FileWriter,
        geometry: &Geometry,
        sht: &Sht,
        meta: &FieldMeta,
        members: usize,
        save_alm: bool,
        units: (&str, &str),
        par: Par,
        quiet: bool,
    ) -> Result<Alm> {
        let lmax = sht.lmax();
        writer.write_spectrum_values(
            "temporal_rate",
            self.sampler.rates(),
            "rate lambda_l of the OU process in time of degree l",
            &format!(
                "1/({})",
                units.0.split(" since").next().unwrap_or("time unit")
            ),
        )?;
        let leading = vec![
            Dim::members(members),
            Dim::calendar_times(&self.times, units.0, units.1),
        ];
        let mut maps = writer.map_ensemble(geometry, leading.clone(), meta)?;
        let mut alms = if save_alm {
            Some(writer.alm_ensemble(lmax, lmax, leading)?)
        } else {
            None
        };
        // Chunks of consecutive (member, time) fields, made in order on a producer thread (the
        // recursion is sequential and cheap, O(L²) per stamp; the chunk's syntheses run in
        // parallel) while the previous chunk is written.
        let chunk = (2 * sht.fields_per_pass() * par.count()).max(2);
        let total = members * self.times.len();
        let state = Mutex::new(Alm::zeros(lmax, lmax)?);
        let bar = progress(total as u64, "synth", quiet);
        let mut first = None;
        let times = &self.times;
        let make = |c: usize, recycled: Option<Chunk>| -> sphfield::Result<Chunk> {
            let jobs: Vec<(u64, usize)> = (c * chunk..(total).min((c + 1) * chunk))
                .map(|j| ((j / times.len()) as u64, j % times.len()))
                .collect();
            let mut out = recycled.unwrap_or_default();
            out.alms.truncate(jobs.len());
            out.maps.truncate(jobs.len());
            while out.alms.len() < jobs.len() {
                out.alms.push(Alm::zeros(lmax, lmax)?);
                out.maps.push(Map::zeros(geometry.clone()));
            }
            // The draws are independent streams: in parallel; the recursion in order.
            par.install(|| {
                out.alms
                    .par_iter_mut()
                    .zip(&jobs)
                    .try_for_each(|(alm, &(m, k))| self.sampler.draw_into(m, k, alm, Par::Seq))
            })?;
            let mut a = state.lock().unwrap_or_else(|e| e.into_inner());
            for (alm, &(_, k)) in out.alms.iter_mut().zip(&jobs) {
                if k == 0 {
                    a.as_mut_slice().copy_from_slice(alm.as_slice());
                } else {
                    self.sampler.advance(&mut a, times[k] - times[k - 1], alm)?;
                    alm.as_mut_slice().copy_from_slice(a.as_slice());
                }
            }
            drop(a);
            // Groups of fields_per_pass fields, one group per task (as `synth` does for members).
            let group = sht.fields_per_pass().max(1);
            let mut outs: Vec<&mut [f64]> = out.maps.iter_mut().map(|m| m.values_mut()).collect();
            par.install(|| {
                out.alms
                    .par_chunks(group)
                    .zip(outs.par_chunks_mut(group))
                    .try_for_each(|(alms, maps)| sht.synthesis_many_into(alms, maps, Par::Seq))
            })?;
            Ok(out)
        };
        // The producer runs sequentially (chunks in order); the parallelism is inside a chunk.
        produce_in_order(total.div_ceil(chunk), Par::Seq, make, |c| {
            for (alm, map) in c.alms.iter().zip(&c.maps) {
                maps.write(map)?;
                if let Some(w) = alms.as_mut() {
                    w.write(alm)?;
                }
                if first.is_none() {
                    first = Some(alm.clone());
                }
                bar.inc(1);
            }
            Ok(())
        })?;
        bar.finish_and_clear();
        first.context("no field was written")
    }
}

/// Consecutive fields: coefficients and maps.
#[derive(Default)]
struct Chunk {
    alms: Vec<Alm>,
    maps: Vec<Map>,
}

#[cfg(test)]
mod tests {
    use super::parse_times;

    #[test]
    fn time_stamps_parse_as_arange_or_list() {
        assert_eq!(parse_times("0:1:365").unwrap().len(), 365);
        assert_eq!(parse_times("0:0.5:2").unwrap(), vec![0.0, 0.5, 1.0, 1.5]);
        assert_eq!(parse_times("1,2.5,7").unwrap(), vec![1.0, 2.5, 7.0]);
        for bad in ["0:0:5", "5:1:0", "1,1", "2,1", "a:1:3", "1:2", "0:1:nan"] {
            assert!(parse_times(bad).is_err(), "{bad}");
        }
    }
}
