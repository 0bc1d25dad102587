//! Loading the fields a diffusion command works on: coefficients from `harmonic/alm`, or maps
//! analysed to coefficients.

use std::path::Path;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use sphfield::io::{FileReader, MapInfo};
use sphfield::{Alm, AnalysisOptions, Geometry, Par, Sht};

/// Fields of an input file, read one at a time.
pub struct FieldSource {
    file: FileReader,
    alm: Option<sphfield::io::AlmInfo>,
    map: Option<(MapInfo, Sht)>,
    /// Band limit of the coefficients produced.
    pub lmax: usize,
    /// Number of fields.
    pub count: usize,
    /// The grid of the input maps, if the file has maps.
    pub geometry: Option<Arc<Geometry>>,
    /// Units of the input maps ("1" without maps).
    pub units: String,
}

impl FieldSource {
    /// Opens `path`; `lmax` truncates coefficients or sets the analysis band limit.
    pub fn open(path: &Path, lmax: Option<usize>) -> Result<FieldSource> {
        let file = FileReader::open(path)?;
        let alm = file.alm_info()?;
        let map_name = file.map_names()?.into_iter().next();
        let map_info = match &map_name {
            Some(n) => Some(file.map_info(n)?),
            None => None,
        };
        let geometry = map_info.as_ref().map(|m| m.geometry.clone());
        let units = map_info
            .as_ref()
            .map(|m| m.meta.units.clone())
            .unwrap_or_else(|| "1".into());
        if let Some(info) = alm {
            let l = lmax.unwrap_or(info.lmax);
            if l > info.lmax {
                bail!(
                    "--lmax {l} exceeds the lmax {} of the coefficients in {}",
                    info.lmax,
                    path.display()
                );
            }
            let count = info.count();
            return Ok(FieldSource {
                file,
                alm: Some(info),
                map: None,
                lmax: l,
                count,
                geometry,
                units,
            });
        }
        let Some(info) = map_info else {
            bail!(
                "{} holds neither coefficients (harmonic/alm) nor maps",
                path.display()
            );
        };
        let l = lmax.unwrap_or_else(|| info.geometry.default_lmax());
        let sht = Sht::new(info.geometry.clone(), l, l)
            .context("planning the analysis of the input maps")?;
        let count = info.count();
        Ok(FieldSource {
            file,
            alm: None,
            map: Some((info, sht)),
            lmax: l,
            count,
            geometry,
            units,
        })
    }

    /// Field number `k` as coefficients with band limit `self.lmax`.
    pub fn get(&self, k: usize, par: Par) -> sphfield::Result<Alm> {
        if let Some(info) = &self.alm {
            let a = self.file.read_alm(info, k)?;
            return truncate(&a, self.lmax);
        }
        let (info, sht) = self
            .map
            .as_ref()
            .expect("a source has coefficients or maps");
        let map = self.file.read_map(info, k)?;
        sht.analysis_refined(map.values(), AnalysisOptions::default(), par)
    }
}

/// The coefficients with l ≤ lmax (and m ≤ lmax).
pub fn truncate(a: &Alm, lmax: usize) -> sphfield::Result<Alm> {
    if lmax == a.lmax() {
        return Ok(a.clone());
    }
    let mmax = a.mmax().min(lmax);
    let mut out = Alm::zeros(lmax, mmax)?;
    for m in 0..=mmax {
        let src = a.m_slice(m);
        let dst = out.m_slice_mut(m);
        dst.copy_from_slice(&src[..dst.len()]);
    }
    Ok(out)
}
