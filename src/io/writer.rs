//! Writing sphfield files (layout in the module docs of [`crate::io`]).

use std::path::{Path, PathBuf};

use hdf5::{Dataset, Group, Location};
use num_complex::Complex64;

use super::atomic::{AtomicPath, Overwrite};
use super::attributes::{attach_scale, h5, put_f64, put_i64, put_str, put_u64, set_scale};
use super::layout::{self, Dim, FieldMeta};
use super::provenance::{now_rfc3339, Provenance};
use crate::error::{check_finite, Error, Result};
use crate::spectrum::AngularSpectrum;
use crate::{Alm, Geometry, GridKind, Map};

/// How a file is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteOptions {
    /// Replace an existing file under the final name?
    pub overwrite: Overwrite,
    /// Deflate (gzip) level 1–9 for the large datasets, or `None` for no compression.
    pub deflate: Option<u8>,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            overwrite: Overwrite::Refuse,
            deflate: None,
        }
    }
}

/// Largest chunk HDF5 accepts (4 GiB) in f64 / complex values.
const MAX_CHUNK_BYTES: usize = (1 << 32) - 1;

/// A sphfield HDF5 file being written. Data goes to a temporary file beside the target;
/// [`FileWriter::commit`] closes it and renames it into place. Dropping the writer without
/// committing deletes the temporary file.
///
/// ```no_run
/// use sphfield::io::{FieldMeta, FileWriter, Provenance, WriteOptions};
/// use sphfield::{Geometry, Map};
/// let map = Map::zeros(Geometry::fejer1(180, 360)?);
/// let mut w = FileWriter::create("zeros.h5", WriteOptions::default(),
///                                &Provenance::from_call("doc example"))?;
/// w.write_map(&map, &FieldMeta::default())?;
/// w.commit()?;
/// # Ok::<(), sphfield::Error>(())
/// ```
pub struct FileWriter {
    target: AtomicPath,
    file: hdf5::File,
    options: WriteOptions,
    /// Ensembles not yet complete: (dataset path, members written, members expected).
    pending: std::cell::RefCell<Vec<(String, usize, usize)>>,
    /// Ensembles laid out for writes by other processes ([`FileWriter::create_shared`]).
    shared: bool,
}

impl std::fmt::Debug for FileWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileWriter")
            .field("target", &self.target.final_path())
            .field("options", &self.options)
            .finish()
    }
}

impl FileWriter {
    /// Starts a file at `path` (see [`WriteOptions`]), with its provenance attributes.
    pub fn create(
        path: impl AsRef<Path>,
        options: WriteOptions,
        provenance: &Provenance,
    ) -> Result<FileWriter> {
        if let Some(level) = options.deflate {
            if !(1..=9).contains(&level) {
                return Err(crate::error::param_error(
                    "deflate",
                    level,
                    "the gzip level must be between 1 and 9",
                ));
            }
        }
        let target = AtomicPath::new(path, options.overwrite)?;
        let temp = target.temp_path().to_path_buf();
        let file = hdf5::File::create(&temp).map_err(h5(&temp, "creating the HDF5 file"))?;
        let writer = FileWriter {
            target,
            file,
            options,
            pending: std::cell::RefCell::new(Vec::new()),
            shared: false,
        };
        writer
            .write_provenance(provenance)
            .map_err(h5(&temp, "writing provenance attributes"))?;
        Ok(writer)
    }

    /// A file whose ensembles other processes fill (distributed mode): every ensemble dataset
    /// is one contiguous block of the file, allocated when it is created and never filled, so
    /// that member k of an ensemble lies at a fixed byte offset ([`MapEnsembleWriter::byte_slot`],
    /// [`AlmEnsembleWriter::byte_slot`]) and any process can write it there with a positional
    /// write, without the HDF5 library. The metadata (dimensions, attributes, spectra) is
    /// written here as usual; [`FileWriter::close_shared`] then closes the file and hands over
    /// its temporary path. No compression (`deflate` must be `None`).
    ///
    /// # Errors
    /// As [`FileWriter::create`]; `Error::Param` for a `deflate` level.
    pub fn create_shared(
        path: impl AsRef<Path>,
        options: WriteOptions,
        provenance: &Provenance,
    ) -> Result<FileWriter> {
        if let Some(level) = options.deflate {
            return Err(crate::error::param_error(
                "deflate",
                level,
                "a file written by several processes is not compressed (each member is written \
                 at a fixed offset)",
            ));
        }
        let mut writer = FileWriter::create(path, options, provenance)?;
        writer.shared = true;
        Ok(writer)
    }

    /// Closes a file of [`FileWriter::create_shared`] (its metadata complete, its ensembles
    /// allocated) and returns the temporary file, still under its temporary name, for the
    /// positional writes of the members; [`SharedFile::commit`] renames it into place.
    ///
    /// # Errors
    /// `Error::Mismatch` for a file not created shared; HDF5 errors of the flush and close.
    pub fn close_shared(self) -> Result<SharedFile> {
        if !self.shared {
            return Err(Error::Mismatch(
                "close_shared on a file not created with FileWriter::create_shared".into(),
            ));
        }
        let path = self.path();
        self.file.flush().map_err(h5(&path, "flushing"))?;
        self.file.close().map_err(h5(&path, "closing"))?;
        preallocate(self.target.temp_path());
        Ok(SharedFile {
            target: self.target,
        })
    }

    fn path(&self) -> PathBuf {
        self.target.final_path().to_path_buf()
    }

    fn write_provenance(&self, p: &Provenance) -> hdf5::Result<()> {
        let root: &Location = &self.file;
        put_str(root, "Conventions", "CF-1.8")?;
        put_str(root, layout::FORMAT_ATTR, layout::FORMAT)?;
        put_str(root, "sphfield_version", env!("CARGO_PKG_VERSION"))?;
        put_str(
            root,
            "source",
            concat!("sphfield ", env!("CARGO_PKG_VERSION")),
        )?;
        put_str(
            root,
            "history",
            &format!("{}: {}", now_rfc3339(), p.command),
        )?;
        put_str(root, "command", &p.command)?;
        put_str(root, "created", &now_rfc3339())?;
        if let Some(seed) = p.seed {
            put_u64(root, "seed", seed)?;
        }
        if let Some(model) = &p.model {
            put_str(root, "spectrum_model", model)?;
        }
        for (name, value) in &p.parameters {
            if !root.attr_names()?.iter().any(|n| n == name) {
                put_str(root, name, value)?;
            }
        }
        Ok(())
    }

    /// Records the grid and lmax on the root (provenance), once.
    fn note_root(&self, name: &str, value: &str) -> hdf5::Result<()> {
        if !self.file.attr_names()?.iter().any(|n| n == name) {
            put_str(&self.file, name, value)?;
        }
        Ok(())
    }

    fn group(&self, name: &str) -> hdf5::Result<Group> {
        if name.is_empty() {
            return self.file.group("/");
        }
        if self.file.link_exists(name) {
            self.file.group(name)
        } else {
            self.file.create_group(name)
        }
    }

    /// Creates (once per group) the dimension-scale dataset of a leading dimension.
    fn leading_scale(&self, group: &Group, dim: &Dim) -> hdf5::Result<Dataset> {
        if group.link_exists(&dim.name) {
            let ds = group.dataset(&dim.name)?;
            let existing: Vec<f64> = ds.read_raw()?;
            if existing != dim.values {
                return Err(hdf5::Error::from(format!(
                    "dimension {} already exists with other values",
                    dim.name
                )));
            }
            return Ok(ds);
        }
        let ds = if dim.integer {
            let v: Vec<i64> = dim.values.iter().map(|&x| x as i64).collect();
            group
                .new_dataset_builder()
                .with_data(&v)
                .create(dim.name.as_str())?
        } else {
            group
                .new_dataset_builder()
                .with_data(&dim.values)
                .create(dim.name.as_str())?
        };
        set_scale(&ds, &dim.name)?;
        put_str(&ds, "long_name", &dim.long_name)?;
        if let Some(units) = &dim.units {
            put_str(&ds, "units", units)?;
        }
        if let Some(calendar) = &dim.calendar {
            put_str(&ds, "calendar", calendar)?;
            put_str(&ds, "standard_name", "time")?;
            put_str(&ds, "axis", "T")?;
        }
        Ok(ds)
    }

    /// A netCDF-style dimension without coordinate values (pixel index, coefficient index):
    /// a placeholder dataset that is never written, so it takes no space.
    fn bare_scale(&self, group: &Group, name: &str, len: usize) -> hdf5::Result<Dataset> {
        if group.link_exists(name) {
            return group.dataset(name);
        }
        let ds = group.new_dataset::<f32>().shape(len).create(name)?;
        set_scale(
            &ds,
            &format!("{}{len:>10}", super::attributes::NOT_A_VARIABLE),
        )?;
        Ok(ds)
    }

    /// Creates a data set of shape `leading × inner`, chunked one member per chunk.
    fn create_stack<T>(
        &self,
        group: &Group,
        name: &str,
        leading: &[Dim],
        inner: &[usize],
        fill: Option<T>,
    ) -> Result<Dataset>
    where
        T: hdf5::H5Type + Into<hdf5::types::OwnedDynValue> + Clone,
    {
        let path = self.path();
        let inner_len: usize = inner.iter().product();
        let chunk_bytes = inner_len.saturating_mul(std::mem::size_of::<T>());
        if chunk_bytes > MAX_CHUNK_BYTES {
            return Err(Error::TooLarge {
                what: format!("one member of {name} (bytes; HDF5 chunks are limited to 4 GiB)"),
                requested: chunk_bytes as u128,
                limit: MAX_CHUNK_BYTES as u128,
            });
        }
        if group.link_exists(name) {
            return Err(super::attributes::file_error(
                &path,
                format!("dataset {name} is written twice"),
            ));
        }
        let shape: Vec<usize> = leading
            .iter()
            .map(|d| d.values.len())
            .chain(inner.iter().copied())
            .collect();
        let chunk: Vec<usize> = leading
            .iter()
            .map(|_| 1)
            .chain(inner.iter().copied())
            .collect();
        let mut builder = group.new_dataset::<T>().shape(shape.clone());
        if self.shared {
            // One contiguous block, allocated now, never filled: member k at a fixed offset.
            builder = builder
                .alloc_time(Some(hdf5::plist::dataset_create::AllocTime::Early))
                .fill_time(hdf5::plist::dataset_create::FillTime::Never);
        } else if shape.iter().all(|&n| n > 0) {
            builder = builder.chunk(chunk);
            if let Some(level) = self.options.deflate {
                builder = builder.shuffle().deflate(level);
            }
        }
        if let Some(f) = fill {
            builder = builder.fill_value(f);
        }
        builder
            .create(name)
            .map_err(h5(&path, &format!("creating dataset {name}")))
    }

    fn map_dataset(
        &self,
        geometry: &Geometry,
        leading: &[Dim],
        meta: &FieldMeta,
    ) -> Result<Dataset> {
        let path = self.path();
        meta.validate()?;
        let root = self
            .group("")
            .map_err(h5(&path, "opening the root group"))?;
        let kind = geometry.kind();
        let inner: Vec<usize> = match kind {
            GridKind::GaussLegendre { nlat, nlon }
            | GridKind::ClenshawCurtis { nlat, nlon }
            | GridKind::Fejer1 { nlat, nlon } => vec![nlat, nlon],
            GridKind::Healpix { .. } | GridKind::Custom => vec![geometry.npix()],
        };
        let ds = self.create_stack::<f64>(&root, &meta.name, leading, &inner, Some(f64::NAN))?;
        let build = || -> hdf5::Result<()> {
            let mut scales = Vec::new();
            for d in leading {
                scales.push((self.leading_scale(&root, d)?, d.name.clone()));
            }
            match kind {
                GridKind::GaussLegendre { nlat, nlon }
                | GridKind::ClenshawCurtis { nlat, nlon }
                | GridKind::Fejer1 { nlat, nlon } => {
                    let (lat, lon) = geometry.lat_lon_degrees().unwrap_or_default();
                    let lat_ds =
                        self.coordinate(&root, "lat", &lat, "latitude", "degrees_north")?;
                    let lon_ds =
                        self.coordinate(&root, "lon", &lon, "longitude", "degrees_east")?;
                    scales.push((lat_ds, "lat".into()));
                    scales.push((lon_ds, "lon".into()));
                    put_u64(&ds, "nlat", nlat as u64)?;
                    put_u64(&ds, "nlon", nlon as u64)?;
                    put_f64(&ds, "phi0", geometry.rings()[0].phi0)?;
                }
                GridKind::Healpix { nside } => {
                    scales.push((
                        self.bare_scale(&root, "pixel", geometry.npix())?,
                        "pixel".into(),
                    ));
                    put_u64(&ds, "nside", nside as u64)?;
                    put_str(&ds, "ordering", "RING")?;
                    put_u64(&ds, "npix", geometry.npix() as u64)?;
                }
                GridKind::Custom => {
                    scales.push((
                        self.bare_scale(&root, "pixel", geometry.npix())?,
                        "pixel".into(),
                    ));
                    self.write_rings(geometry)?;
                }
            }
            for (dim, (scale, label)) in scales.iter().enumerate() {
                attach_scale(&ds, scale, dim, label)?;
            }
            put_str(&ds, "grid_type", layout::grid_type_name(kind))?;
            put_str(&ds, "grid", &geometry.describe())?;
            put_str(&ds, "long_name", &meta.long_name)?;
            put_str(&ds, "units", &meta.units)?;
            put_f64(&ds, "_FillValue", f64::NAN)?;
            put_str(&ds, layout::KIND_ATTR, layout::KIND_MAP)?;
            self.note_root("grid", &geometry.describe())?;
            Ok(())
        };
        build().map_err(h5(&path, &format!("describing dataset {}", meta.name)))?;
        Ok(ds)
    }

    fn coordinate(
        &self,
        group: &Group,
        name: &str,
        values: &[f64],
        standard_name: &str,
        units: &str,
    ) -> hdf5::Result<Dataset> {
        if group.link_exists(name) {
            return group.dataset(name);
        }
        let ds = group.new_dataset_builder().with_data(values).create(name)?;
        set_scale(&ds, name)?;
        put_str(&ds, "standard_name", standard_name)?;
        put_str(&ds, "long_name", standard_name)?;
        put_str(&ds, "units", units)?;
        put_str(&ds, "axis", if name == "lat" { "Y" } else { "X" })?;
        Ok(ds)
    }

    fn write_rings(&self, geometry: &Geometry) -> hdf5::Result<()> {
        if self.file.link_exists(layout::RINGS_GROUP) {
            return Ok(());
        }
        let g = self.file.create_group(layout::RINGS_GROUP)?;
        let rings = geometry.rings();
        let theta: Vec<f64> = rings.iter().map(|r| r.theta).collect();
        let phi0: Vec<f64> = rings.iter().map(|r| r.phi0).collect();
        let nphi: Vec<u64> = rings.iter().map(|r| r.nphi as u64).collect();
        let weight: Vec<f64> = rings.iter().map(|r| r.weight).collect();
        g.new_dataset_builder().with_data(&theta).create("theta")?;
        g.new_dataset_builder().with_data(&phi0).create("phi0")?;
        g.new_dataset_builder().with_data(&nphi).create("nphi")?;
        g.new_dataset_builder()
            .with_data(&weight)
            .create("weight")?;
        put_str(
            &g,
            "long_name",
            "rings of a custom geometry: colatitude theta (rad), \
                 first-pixel longitude phi0 (rad), pixels nphi, pixel weight",
        )
    }

    /// Writes one map (dimensions `lat, lon` on lat–lon grids, `pixel` otherwise).
    pub fn write_map(&self, map: &Map, meta: &FieldMeta) -> Result<()> {
        check_finite("map", map.values())?;
        let ds = self.map_dataset(map.geometry(), &[], meta)?;
        write_row(
            &ds,
            &[],
            &ds.shape(),
            map.values(),
            &self.path(),
            &meta.name,
        )
    }

    /// Starts an ensemble of maps with leading dimensions `leading` (usually
    /// [`Dim::members`]); members are then written one at a time, in order.
    pub fn map_ensemble(
        &self,
        geometry: &Geometry,
        leading: Vec<Dim>,
        meta: &FieldMeta,
    ) -> Result<MapEnsembleWriter<'_>> {
        let ds = self.map_dataset(geometry, &leading, meta)?;
        let slot = self.track(&meta.name, &leading);
        Ok(MapEnsembleWriter {
            stack: Stack {
                writer: self,
                ds,
                leading,
                slot,
            },
            geometry: geometry.clone(),
        })
    }

    /// Registers an ensemble whose completeness [`FileWriter::commit`] checks.
    fn track(&self, name: &str, leading: &[Dim]) -> usize {
        let total = leading.iter().map(|d| d.values.len()).product();
        let mut pending = self.pending.borrow_mut();
        pending.push((name.to_string(), 0, total));
        pending.len() - 1
    }

    fn alm_dataset(
        &self,
        name: &str,
        lmax: usize,
        mmax: usize,
        leading: &[Dim],
    ) -> Result<Dataset> {
        let path = self.path();
        let group = self
            .group(layout::HARMONIC_GROUP)
            .map_err(h5(&path, "creating group harmonic"))?;
        let ncoef = Alm::len_for(lmax, mmax);
        let ds = self.create_stack::<Complex64>(&group, name, leading, &[ncoef], None)?;
        let build = || -> hdf5::Result<()> {
            let mut scales = Vec::new();
            for d in leading {
                scales.push((self.leading_scale(&group, d)?, d.name.clone()));
            }
            scales.push((
                self.bare_scale(&group, "coefficient", ncoef)?,
                "coefficient".into(),
            ));
            for (dim, (scale, label)) in scales.iter().enumerate() {
                attach_scale(&ds, scale, dim, label)?;
            }
            put_u64(&ds, "lmax", lmax as u64)?;
            put_u64(&ds, "mmax", mmax as u64)?;
            put_str(&ds, "ordering", layout::ALM_ORDERING)?;
            put_str(&ds, "normalisation", layout::ALM_NORMALISATION)?;
            put_str(&ds, layout::KIND_ATTR, layout::KIND_ALM)?;
            put_str(
                &ds,
                "long_name",
                "spherical harmonic coefficients a_lm (m >= 0)",
            )?;
            self.note_root("lmax", &lmax.to_string())?;
            Ok(())
        };
        build().map_err(h5(&path, &format!("describing dataset harmonic/{name}")))?;
        Ok(ds)
    }

    /// Writes one set of coefficients as `harmonic/alm`.
    pub fn write_alm(&self, alm: &Alm) -> Result<()> {
        alm.check_finite()?;
        let ds = self.alm_dataset(layout::ALM_DATASET, alm.lmax(), alm.mmax(), &[])?;
        write_row(
            &ds,
            &[],
            &ds.shape(),
            alm.as_slice(),
            &self.path(),
            "harmonic/alm",
        )
    }

    /// Starts an ensemble of coefficient sets (`harmonic/alm` with leading dimensions).
    pub fn alm_ensemble(
        &self,
        lmax: usize,
        mmax: usize,
        leading: Vec<Dim>,
    ) -> Result<AlmEnsembleWriter<'_>> {
        self.alm_ensemble_named(layout::ALM_DATASET, lmax, mmax, leading)
    }

    /// As [`FileWriter::alm_ensemble`] for another dataset of group `harmonic` (e.g. the
    /// `noisy` and `target` coefficients of denoising pairs).
    pub fn alm_ensemble_named(
        &self,
        name: &str,
        lmax: usize,
        mmax: usize,
        leading: Vec<Dim>,
    ) -> Result<AlmEnsembleWriter<'_>> {
        layout::check_name(name)?;
        let ds = self.alm_dataset(name, lmax, mmax, &leading)?;
        let slot = self.track(&format!("{}/{name}", layout::HARMONIC_GROUP), &leading);
        Ok(AlmEnsembleWriter {
            stack: Stack {
                writer: self,
                ds,
                leading,
                slot,
            },
            lmax,
            mmax,
        })
    }

    /// Writes an angular power spectrum as `spectrum/<name>` over the dimension `ell`.
    pub fn write_spectrum(
        &self,
        name: &str,
        spectrum: &AngularSpectrum,
        units: &str,
    ) -> Result<()> {
        self.write_spectrum_values(name, spectrum.values(), spectrum.description(), units)
    }

    /// Writes per-degree values (a spectrum, a cross-spectrum that may be negative, or a
    /// kinetic-energy spectrum) as `spectrum/<name>` over the dimension `ell` (ℓ = 0, 1, …).
    pub fn write_spectrum_values(
        &self,
        name: &str,
        values: &[f64],
        description: &str,
        units: &str,
    ) -> Result<()> {
        let path = self.path();
        layout::check_name(name)?;
        check_finite(&format!("spectrum {name}"), values)?;
        let lmax = values.len().saturating_sub(1);
        let group = self
            .group(layout::SPECTRUM_GROUP)
            .map_err(h5(&path, "creating group spectrum"))?;
        let what = format!("writing spectrum/{name}");
        let write = || -> hdf5::Result<()> {
            let ell = Dim {
                name: "ell".into(),
                long_name: "spherical harmonic degree".into(),
                values: (0..=lmax).map(|l| l as f64).collect(),
                units: None,
                integer: true,
                calendar: None,
            };
            let scale = self.leading_scale(&group, &ell)?;
            if group.link_exists(name) {
                return Err(hdf5::Error::from(format!(
                    "spectrum/{name} is written twice"
                )));
            }
            let ds = group.new_dataset_builder().with_data(values).create(name)?;
            attach_scale(&ds, &scale, 0, "ell")?;
            put_str(
                &ds,
                "long_name",
                &format!("angular power spectrum C_l: {description}"),
            )?;
            put_str(&ds, "description", description)?;
            put_str(&ds, "units", units)?;
            put_u64(&ds, "lmax", lmax as u64)?;
            put_str(&ds, layout::KIND_ATTR, layout::KIND_SPECTRUM)?;
            Ok(())
        };
        write().map_err(h5(&path, &what))
    }

    /// Sets a string attribute on the map variable `variable` (e.g. its CF `standard_name`).
    pub fn set_variable_attribute_str(
        &self,
        variable: &str,
        name: &str,
        value: &str,
    ) -> Result<()> {
        layout::check_name(name)?;
        let path = self.path();
        let ds = self
            .file
            .dataset(variable)
            .map_err(h5(&path, &format!("opening variable {variable}")))?;
        put_str(&ds, name, value).map_err(h5(&path, &format!("attribute {name} of {variable}")))
    }

    /// Writes point observations as the group `observations`: 1-d datasets `lat`
    /// (degrees_north), `lon` (degrees_east), `value` (in `units`) and `sigma` (the noise
    /// standard deviation, same units) over the dimension `observation`
    /// (`xarray.open_dataset(path, group="observations")` reads them as one Dataset).
    ///
    /// # Errors
    /// `Error::Shape` for columns of different lengths; `Error::NonFinite` for a NaN.
    pub fn write_observations(
        &self,
        lat: &[f64],
        lon: &[f64],
        value: &[f64],
        sigma: &[f64],
        units: &str,
    ) -> Result<()> {
        let n = lat.len();
        for (what, column) in [("longitudes", lon), ("values", value), ("noise σ", sigma)] {
            if column.len() != n {
                return Err(crate::error::shape_error(
                    format!("observation {what}"),
                    n,
                    column.len(),
                ));
            }
        }
        for (what, column) in [
            ("lat", lat),
            ("lon", lon),
            ("value", value),
            ("sigma", sigma),
        ] {
            check_finite(&format!("observation {what}"), column)?;
        }
        let path = self.path();
        let group = self
            .group(layout::OBSERVATIONS_GROUP)
            .map_err(h5(&path, "creating group observations"))?;
        let write = || -> hdf5::Result<()> {
            let index = Dim {
                name: "observation".into(),
                long_name: "observation index".into(),
                values: (0..n).map(|i| i as f64).collect(),
                units: None,
                integer: true,
                calendar: None,
            };
            let scale = self.leading_scale(&group, &index)?;
            let column = |name: &str, data: &[f64], long_name: &str, unit: &str| {
                let ds = group.new_dataset_builder().with_data(data).create(name)?;
                attach_scale(&ds, &scale, 0, "observation")?;
                put_str(&ds, "long_name", long_name)?;
                put_str(&ds, "units", unit)?;
                Ok::<Dataset, hdf5::Error>(ds)
            };
            let ds = column("lat", lat, "latitude", "degrees_north")?;
            put_str(&ds, "standard_name", "latitude")?;
            let ds = column("lon", lon, "longitude", "degrees_east")?;
            put_str(&ds, "standard_name", "longitude")?;
            column("value", value, "observed value", units)?;
            column(
                "sigma",
                sigma,
                "noise standard deviation of the observation",
                units,
            )?;
            Ok(())
        };
        write().map_err(h5(&path, "writing the observations"))
    }

    /// Adds a root attribute (a number) after creation, e.g. a result summary.
    pub fn set_attribute_f64(&self, name: &str, value: f64) -> Result<()> {
        layout::check_name(name)?;
        put_f64(&self.file, name, value).map_err(h5(&self.path(), &format!("attribute {name}")))
    }

    /// Adds a root attribute (a string) after creation.
    pub fn set_attribute_str(&self, name: &str, value: &str) -> Result<()> {
        layout::check_name(name)?;
        put_str(&self.file, name, value).map_err(h5(&self.path(), &format!("attribute {name}")))
    }

    /// Adds an integer root attribute after creation.
    pub fn set_attribute_i64(&self, name: &str, value: i64) -> Result<()> {
        layout::check_name(name)?;
        put_i64(&self.file, name, value).map_err(h5(&self.path(), &format!("attribute {name}")))
    }

    /// Closes the file and renames it into place. Fails (and deletes the temporary file) if
    /// an ensemble is incomplete.
    pub fn commit(self) -> Result<()> {
        let path = self.path();
        if let Some((name, done, total)) = self.pending.borrow().iter().find(|(_, d, t)| d < t) {
            return Err(super::attributes::file_error(
                &path,
                format!("dataset {name} is incomplete: {done} of {total} members written; file not saved"),
            ));
        }
        self.file.flush().map_err(h5(&path, "flushing"))?;
        self.file.close().map_err(h5(&path, "closing"))?;
        self.target.commit()
    }
}

/// Writes `values` at the leading multi-index `index` of `ds` (full extent in the others).
fn write_row<T: hdf5::H5Type>(
    ds: &Dataset,
    index: &[usize],
    shape: &[usize],
    values: &[T],
    path: &Path,
    name: &str,
) -> Result<()> {
    let inner = &shape[index.len()..];
    let view = ndarray::ArrayView::from_shape(ndarray::IxDyn(inner), values).map_err(|_| {
        crate::error::shape_error(
            format!("member of {name}"),
            inner.iter().product(),
            values.len(),
        )
    })?;
    let sel: Vec<hdf5::SliceOrIndex> = index
        .iter()
        .map(|&i| hdf5::SliceOrIndex::Index(i))
        .chain(inner.iter().map(|&n| hdf5::SliceOrIndex::SliceTo {
            start: 0,
            step: 1,
            end: n,
            block: 1,
        }))
        .collect();
    ds.write_slice(view, hdf5::Hyperslab::from(sel))
        .map_err(h5(path, &format!("writing {name}")))
}

/// Position `flat` (row-major) in the leading dimensions.
pub(crate) fn multi_index(flat: usize, leading: &[usize]) -> Vec<usize> {
    let mut index = vec![0; leading.len()];
    let mut rest = flat;
    for (slot, &n) in index.iter_mut().zip(leading).rev() {
        *slot = rest % n.max(1);
        rest /= n.max(1);
    }
    index
}

/// The part shared by both ensemble writers: a dataset, its leading dimensions and its slot in
/// the writer's completeness record.
struct Stack<'a> {
    writer: &'a FileWriter,
    ds: Dataset,
    leading: Vec<Dim>,
    slot: usize,
}

impl Stack<'_> {
    /// Where the members lie in the file (datasets of [`FileWriter::create_shared`]).
    fn byte_slot<T>(&self) -> Result<ByteSlot> {
        let (name, _, members) = self.writer.pending.borrow()[self.slot].clone();
        let offset = match (self.writer.shared, self.ds.offset()) {
            (true, Some(offset)) => offset,
            _ => {
                return Err(Error::Mismatch(format!(
                    "dataset {name} has no fixed place in the file (not created shared)"
                )))
            }
        };
        let shape = self.ds.shape();
        let inner: usize = shape[self.leading.len()..].iter().product();
        Ok(ByteSlot {
            name,
            offset,
            member_bytes: (inner * std::mem::size_of::<T>()) as u64,
            members,
        })
    }

    fn written(&self) -> usize {
        self.writer.pending.borrow()[self.slot].1
    }

    /// The dataset name and the index of the next member, or an error if the stack is full.
    fn next(&self) -> Result<(String, usize)> {
        let (name, done, total) = self.writer.pending.borrow()[self.slot].clone();
        if done >= total {
            return Err(crate::error::param_error(
                "member",
                done,
                format!("{name} holds {total} members"),
            ));
        }
        Ok((name, done))
    }

    /// Writes member `done` (see [`Stack::next`]) and counts it.
    fn write<T: hdf5::H5Type>(&self, name: &str, done: usize, values: &[T]) -> Result<()> {
        let lens: Vec<usize> = self.leading.iter().map(|d| d.values.len()).collect();
        let index = multi_index(done, &lens);
        write_row(
            &self.ds,
            &index,
            &self.ds.shape(),
            values,
            &self.writer.path(),
            name,
        )?;
        self.writer.pending.borrow_mut()[self.slot].1 += 1;
        Ok(())
    }
}

/// Writes the members of a map ensemble in order (see [`FileWriter::map_ensemble`]).
pub struct MapEnsembleWriter<'a> {
    stack: Stack<'a>,
    geometry: Geometry,
}

impl MapEnsembleWriter<'_> {
    /// Where the members lie in a file of [`FileWriter::create_shared`].
    ///
    /// # Errors
    /// `Error::Mismatch` if the file was not created shared.
    pub fn byte_slot(&self) -> Result<ByteSlot> {
        self.stack.byte_slot::<f64>()
    }

    /// Number of members written so far.
    pub fn written(&self) -> usize {
        self.stack.written()
    }

    /// Writes the next member (row-major over the leading dimensions).
    pub fn write(&mut self, map: &Map) -> Result<()> {
        let (name, done) = self.stack.next()?;
        if **map.geometry() != self.geometry {
            return Err(Error::Mismatch(format!(
                "map on {} written to an ensemble on {}",
                map.geometry().describe(),
                self.geometry.describe()
            )));
        }
        check_finite(&format!("member {done} of {name}"), map.values())?;
        self.stack.write(&name, done, map.values())
    }
}

/// Writes the members of a coefficient ensemble in order (see [`FileWriter::alm_ensemble`]).
pub struct AlmEnsembleWriter<'a> {
    stack: Stack<'a>,
    lmax: usize,
    mmax: usize,
}

impl AlmEnsembleWriter<'_> {
    /// Where the members lie in a file of [`FileWriter::create_shared`].
    ///
    /// # Errors
    /// `Error::Mismatch` if the file was not created shared.
    pub fn byte_slot(&self) -> Result<ByteSlot> {
        self.stack.byte_slot::<Complex64>()
    }

    /// Number of members written so far.
    pub fn written(&self) -> usize {
        self.stack.written()
    }

    /// Writes the next member (row-major over the leading dimensions).
    pub fn write(&mut self, alm: &Alm) -> Result<()> {
        let (name, _) = self.stack.next()?;
        if alm.lmax() != self.lmax || alm.mmax() != self.mmax {
            return Err(Error::Mismatch(format!(
                "alm with lmax {} mmax {} written to an ensemble with lmax {} mmax {}",
                alm.lmax(),
                alm.mmax(),
                self.lmax,
                self.mmax
            )));
        }
        alm.check_finite()?;
        let done = self.stack.written();
        self.stack.write(&name, done, alm.as_slice())
    }
}

/// Reserves the disk blocks of a shared file's whole length at once (Linux `fallocate`), so
/// that the ranks' writes fill blocks instead of each allocating them under the file's lock
/// (measured on ext4: two ranks writing 800 MB spent 1.2 s each in the kernel without it).
/// Best effort: where it is not supported the writes allocate as they go.
fn preallocate(path: &Path) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        if let Ok(file) = std::fs::OpenOptions::new().write(true).open(path) {
            if let Ok(meta) = file.metadata() {
                // SAFETY: fallocate reads no memory; the descriptor is open for the call.
                unsafe {
                    libc::fallocate(file.as_raw_fd(), 0, 0, meta.len() as libc::off_t);
                }
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = path;
}

/// Where the members of one ensemble dataset lie in a file of [`FileWriter::create_shared`]:
/// member k (row-major over the leading dimensions) occupies `member_bytes` bytes at
/// `offset + k · member_bytes`, in the machine's native byte order (the dataset's type).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ByteSlot {
    /// The dataset's path in the file.
    pub name: String,
    /// Byte offset of member 0.
    pub offset: u64,
    /// Bytes per member.
    pub member_bytes: u64,
    /// Number of members.
    pub members: usize,
}

/// A closed file of [`FileWriter::create_shared`], under its temporary name until
/// [`SharedFile::commit`]; dropped without commit, it is deleted.
#[derive(Debug)]
pub struct SharedFile {
    target: AtomicPath,
}

impl SharedFile {
    /// The temporary file that the members are written into.
    pub fn temp_path(&self) -> &Path {
        self.target.temp_path()
    }

    /// Renames the file into place (call once every member of every ensemble is written and
    /// every writer has closed the file).
    ///
    /// # Errors
    /// `Error::Io` if the rename fails (the temporary file is then deleted).
    pub fn commit(self) -> Result<()> {
        self.target.commit()
    }
}

/// Positional writes of ensemble members into a file of [`FileWriter::create_shared`], by any
/// process that can open it: [`MemberWriter::write_map`] / [`MemberWriter::write_alm`] put a
/// member at its place; [`MemberWriter::sync`] makes the writes durable.
#[derive(Debug)]
pub struct MemberWriter {
    file: std::fs::File,
    path: PathBuf,
}

impl MemberWriter {
    /// Opens the temporary file for writing (no truncation).
    ///
    /// # Errors
    /// `Error::Io` if it cannot be opened.
    pub fn open(temp_path: impl AsRef<Path>) -> Result<MemberWriter> {
        let path = temp_path.as_ref().to_path_buf();
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .map_err(|source| Error::Io {
                path: path.display().to_string(),
                source,
            })?;
        Ok(MemberWriter { file, path })
    }

    /// Writes member `k` of a map ensemble (its values checked finite).
    ///
    /// # Errors
    /// Shape and finiteness errors; `Error::Io` for a failed write (full disk).
    pub fn write_map(&self, slot: &ByteSlot, k: usize, values: &[f64]) -> Result<()> {
        check_finite(&format!("member {k} of {}", slot.name), values)?;
        // SAFETY: f64 has no padding and any byte is a valid u8; the length covers the slice.
        let bytes = unsafe {
            std::slice::from_raw_parts(values.as_ptr().cast::<u8>(), std::mem::size_of_val(values))
        };
        self.write_member(slot, k, bytes)
    }

    /// Writes member `k` of a coefficient ensemble (its values checked finite).
    ///
    /// # Errors
    /// Shape and finiteness errors; `Error::Io` for a failed write (full disk).
    pub fn write_alm(&self, slot: &ByteSlot, k: usize, alm: &Alm) -> Result<()> {
        alm.check_finite()?;
        let values = alm.as_slice();
        // SAFETY: Complex64 is #[repr(C)] {re, im} of two f64 (no padding), the layout of the
        // dataset's compound type; any byte is a valid u8; the length covers the slice.
        let bytes = unsafe {
            std::slice::from_raw_parts(values.as_ptr().cast::<u8>(), std::mem::size_of_val(values))
        };
        self.write_member(slot, k, bytes)
    }

    fn write_member(&self, slot: &ByteSlot, k: usize, bytes: &[u8]) -> Result<()> {
        if k >= slot.members {
            return Err(crate::error::param_error(
                "member",
                k,
                format!("{} holds {} members", slot.name, slot.members),
            ));
        }
        if bytes.len() as u64 != slot.member_bytes {
            return Err(crate::error::shape_error(
                format!("member {k} of {} (bytes)", slot.name),
                slot.member_bytes as usize,
                bytes.len(),
            ));
        }
        let at = slot.offset + k as u64 * slot.member_bytes;
        write_all_at(&self.file, bytes, at).map_err(|source| Error::Io {
            path: self.path.display().to_string(),
            source,
        })
    }

    /// Flushes the writes to the disk (fsync).
    ///
    /// # Errors
    /// `Error::Io` if the system reports a failed write.
    pub fn sync(&self) -> Result<()> {
        self.file.sync_data().map_err(|source| Error::Io {
            path: self.path.display().to_string(),
            source,
        })
    }
}

#[cfg(unix)]
fn write_all_at(file: &std::fs::File, bytes: &[u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, at)
}

#[cfg(windows)]
fn write_all_at(file: &std::fs::File, mut bytes: &[u8], mut at: u64) -> std::io::Result<()> {
    while !bytes.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_write(file, bytes, at)?;
        if n == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        bytes = &bytes[n..];
        at += n as u64;
    }
    Ok(())
}
