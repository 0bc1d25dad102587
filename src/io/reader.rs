//! Reading sphfield files, validating everything on the way in.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hdf5::types::TypeDescriptor;
use hdf5::{Dataset, Group};
use num_complex::Complex64;

use super::attributes::{
    clean_names, file_error, get_display, get_f64, get_str, h5, has_attr, lossy, object_name,
    require_str, require_usize,
};
use super::layout::{self, Dim, FieldMeta};
use super::writer::multi_index;
use crate::alm::MAX_LMAX;
use crate::error::{Error, Result};
use crate::memory;
use crate::spectrum::AngularSpectrum;
use crate::{Alm, Geometry, Map, RingSpec};

/// Most maps (or coefficient sets) one variable may hold: the product of its leading
/// dimensions. Larger claims come from corrupted or sparse files and are refused before any
/// coordinate is allocated.
pub const MAX_ENSEMBLE: usize = 100_000_000;

/// Most rings a custom geometry may list (a HEALPix grid of nside 2²⁰ has 4·2²⁰ − 1).
const MAX_RINGS: usize = 1 << 24;

/// A map variable of a file: its grid, leading (ensemble) dimensions and CF metadata.
#[derive(Clone, Debug)]
pub struct MapInfo {
    /// The grid, rebuilt from the attributes.
    pub geometry: Arc<Geometry>,
    /// Leading dimensions (empty for a single map).
    pub leading: Vec<Dim>,
    /// Variable name, long name and units.
    pub meta: FieldMeta,
}

impl MapInfo {
    /// Number of maps stored (product of the leading dimensions).
    pub fn count(&self) -> usize {
        self.leading.iter().map(|d| d.values.len()).product()
    }
}

/// The coefficient dataset `harmonic/alm` of a file.
#[derive(Clone, Debug)]
pub struct AlmInfo {
    /// Dataset name inside group `harmonic`.
    pub dataset: String,
    /// Band limit.
    pub lmax: usize,
    /// Largest order.
    pub mmax: usize,
    /// Leading dimensions (empty for a single set).
    pub leading: Vec<Dim>,
}

impl AlmInfo {
    /// Number of coefficient sets stored.
    pub fn count(&self) -> usize {
        self.leading.iter().map(|d| d.values.len()).product()
    }
}

/// An open sphfield (or sphfield-layout) HDF5 file.
///
/// ```no_run
/// use sphfield::io::FileReader;
/// let file = FileReader::open("fields.h5")?;
/// let info = file.map_info("field")?;
/// let first = file.read_map(&info, 0)?;
/// println!("{} maps on {}", info.count(), first.geometry().describe());
/// # Ok::<(), sphfield::Error>(())
/// ```
pub struct FileReader {
    path: PathBuf,
    file: hdf5::File,
}

impl std::fmt::Debug for FileReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileReader")
            .field("path", &self.path)
            .finish()
    }
}

/// The label of dimension `dim` of `ds`: entry `dim` of its `DIMENSION_LABELS` attribute
/// (as `H5DSset_label` writes it). Read here with checks of the attribute's shape and type,
/// not with `H5DSget_label`, which trusts the attribute to hold `rank` variable-length strings
/// and frees uninitialised pointers when a corrupted file's attribute does not.
fn dimension_label(ds: &Dataset, dim: usize, path: &Path) -> Option<String> {
    if !has_attr(ds, "DIMENSION_LABELS", path).ok()? {
        return None;
    }
    let attr = ds.attr("DIMENSION_LABELS").ok()?;
    if attr.ndim() != 1 || attr.size() != ds.ndim() || dim >= attr.size() {
        return None;
    }
    let label = match attr.dtype().ok()?.to_descriptor().ok()? {
        TypeDescriptor::VarLenAscii => attr
            .as_reader()
            .read_raw::<hdf5::types::VarLenAscii>()
            .ok()?
            .get(dim)
            .map(|v| lossy(v.as_bytes()))?,
        TypeDescriptor::VarLenUnicode => attr
            .as_reader()
            .read_raw::<hdf5::types::VarLenUnicode>()
            .ok()?
            .get(dim)
            .map(|v| lossy(v.as_bytes()))?,
        _ => return None,
    };
    (!label.is_empty()).then_some(label)
}

impl FileReader {
    /// Opens a file for reading.
    pub fn open(path: impl AsRef<Path>) -> Result<FileReader> {
        let path = path.as_ref().to_path_buf();
        std::fs::metadata(&path).map_err(|e| Error::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        let file = hdf5::File::open(&path).map_err(|e| {
            file_error(
                &path,
                format!(
                    "is not a readable HDF5 file (truncated, corrupted or another format): {}",
                    lossy(e.to_string().as_bytes())
                ),
            )
        })?;
        Ok(FileReader { path, file })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Root attributes (provenance) as `(name, value)` text, in name order.
    pub fn attributes(&self) -> Result<Vec<(String, String)>> {
        let mut names = clean_names(
            self.file
                .attr_names()
                .map_err(h5(&self.path, "listing root attributes"))?,
        );
        names.sort();
        let mut out = Vec::new();
        for name in names {
            let value = get_display(&self.file, &name, &self.path)
                .unwrap_or_else(|| "(not a scalar string or number)".into());
            out.push((name, value));
        }
        Ok(out)
    }

    /// Names of the map variables in the root group (datasets carrying `grid_type`).
    pub fn map_names(&self) -> Result<Vec<String>> {
        let root = self.root()?;
        let mut names = Vec::new();
        for name in clean_names(
            root.member_names()
                .map_err(h5(&self.path, "listing datasets"))?,
        ) {
            if let Ok(ds) = root.dataset(&name) {
                if get_str(&ds, "grid_type", &self.path)?.is_some() {
                    names.push(name);
                }
            }
        }
        Ok(names)
    }

    fn root(&self) -> Result<Group> {
        self.file
            .group("/")
            .map_err(h5(&self.path, "opening the root group"))
    }

    fn dataset(&self, name: &str) -> Result<Dataset> {
        if !self.file.link_exists(name) {
            return Err(file_error(&self.path, format!("has no dataset {name}")));
        }
        self.file
            .dataset(name)
            .map_err(h5(&self.path, &format!("opening dataset {name}")))
    }

    fn check_float(&self, ds: &Dataset, name: &str) -> Result<()> {
        let desc = ds
            .dtype()
            .and_then(|t| t.to_descriptor())
            .map_err(h5(&self.path, &format!("type of {name}")))?;
        match desc {
            TypeDescriptor::Float(_) => Ok(()),
            other => Err(file_error(
                &self.path,
                format!("dataset {name} holds {other}; expected floating-point values"),
            )),
        }
    }

    fn leading_dims(
        &self,
        ds: &Dataset,
        group: &Group,
        count: usize,
        shape: &[usize],
    ) -> Result<Vec<Dim>> {
        let lens = &shape[..count.min(shape.len())];
        let maps = lens
            .iter()
            .try_fold(1usize, |acc, &n| acc.checked_mul(n))
            .filter(|&total| total <= MAX_ENSEMBLE);
        if maps.is_none() {
            return Err(file_error(
                &self.path,
                format!(
                    "dataset {} has leading dimensions {lens:?}, more than the {MAX_ENSEMBLE} \
                     maps or coefficient sets sphfield reads from one variable (a corrupted or \
                     sparse file?)",
                    object_name(ds)
                ),
            ));
        }
        let coordinate_bytes: u128 = lens.iter().map(|&n| n as u128 * 8).sum();
        memory::ensure_available(
            format!("the coordinates of dataset {}", object_name(ds)),
            coordinate_bytes,
        )?;
        let mut dims = Vec::with_capacity(count);
        for (k, &n) in shape.iter().enumerate().take(count) {
            let name = dimension_label(ds, k, &self.path).unwrap_or_else(|| {
                if count == 1 {
                    "member".into()
                } else {
                    format!("dim{k}")
                }
            });
            let mut dim = if name == "member" {
                Dim::members(n)
            } else {
                Dim {
                    name: name.clone(),
                    long_name: name.clone(),
                    values: (0..n).map(|i| i as f64).collect(),
                    units: None,
                    integer: true,
                    calendar: None,
                }
            };
            if group.link_exists(&name) {
                if let Ok(coord) = group.dataset(&name) {
                    if coord.shape() == [n] {
                        if let Ok(v) = coord.read_raw::<f64>() {
                            dim.integer = v.iter().all(|x| x.fract() == 0.0);
                            dim.values = v;
                        }
                    }
                }
            }
            dims.push(dim);
        }
        Ok(dims)
    }

    /// Describes map variable `name`: validates its type, attributes and shape and rebuilds
    /// its grid.
    pub fn map_info(&self, name: &str) -> Result<MapInfo> {
        let ds = self.dataset(name)?;
        self.check_float(&ds, name)?;
        let p = &self.path;
        let grid = require_str(&ds, "grid_type", p)?;
        let (geometry, inner) = match grid.as_str() {
            "gauss_legendre" | "clenshaw_curtis" | "fejer1" => {
                let nlat = require_usize(&ds, "nlat", p)?;
                let nlon = require_usize(&ds, "nlon", p)?;
                let phi0 = get_f64(&ds, "phi0", p)?.unwrap_or(0.0);
                let g = match grid.as_str() {
                    "gauss_legendre" => Geometry::gauss_legendre(nlat, nlon),
                    "clenshaw_curtis" => Geometry::clenshaw_curtis(nlat, nlon),
                    _ => Geometry::fejer1(nlat, nlon),
                }
                .and_then(|g| {
                    if phi0 != 0.0 {
                        g.with_phi0(phi0)
                    } else {
                        Ok(g)
                    }
                })
                .map_err(|e| file_error(p, format!("dataset {name}: invalid grid: {e}")))?;
                (g, vec![nlat, nlon])
            }
            "healpix" => {
                let nside = require_usize(&ds, "nside", p)?;
                if let Some(ordering) = get_str(&ds, "ordering", p)? {
                    if !ordering.eq_ignore_ascii_case("RING") {
                        return Err(file_error(
                            p,
                            format!(
                                "dataset {name} has HEALPix ordering {ordering}; only RING is \
                                 supported (convert with healpy.reorder(map, n2r=True))"
                            ),
                        ));
                    }
                }
                let g = Geometry::healpix(nside)
                    .map_err(|e| file_error(p, format!("dataset {name}: invalid grid: {e}")))?;
                let npix = g.npix();
                (g, vec![npix])
            }
            "custom" => {
                let g = self.read_rings()?;
                let npix = g.npix();
                (g, vec![npix])
            }
            other => {
                return Err(file_error(
                    p,
                    format!(
                        "dataset {name} has grid_type {other:?}; expected gauss_legendre, \
                         clenshaw_curtis, fejer1, healpix or custom"
                    ),
                ))
            }
        };
        let shape = ds.shape();
        if shape.len() < inner.len() || shape[shape.len() - inner.len()..] != inner[..] {
            return Err(file_error(
                p,
                format!(
                    "dataset {name} has shape {shape:?}; a map on {} needs trailing dimensions {inner:?}",
                    geometry.describe()
                ),
            ));
        }
        let count = shape.len() - inner.len();
        let root = self.root()?;
        let leading = self.leading_dims(&ds, &root, count, &shape)?;
        let meta = FieldMeta {
            name: name.to_string(),
            long_name: get_str(&ds, "long_name", p)?.unwrap_or_else(|| name.to_string()),
            units: get_str(&ds, "units", p)?.unwrap_or_else(|| "1".into()),
        };
        Ok(MapInfo {
            geometry: Arc::new(geometry),
            leading,
            meta,
        })
    }

    fn read_rings(&self) -> Result<Geometry> {
        let p = &self.path;
        let read = |name: &str| -> Result<Vec<f64>> {
            let full = format!("{}/{name}", layout::RINGS_GROUP);
            let ds = self.dataset(&full)?;
            if ds.ndim() != 1 {
                return Err(file_error(
                    p,
                    format!("dataset {full} should be one-dimensional"),
                ));
            }
            if ds.size() > MAX_RINGS {
                return Err(file_error(
                    p,
                    format!(
                        "dataset {full} lists {} rings; a grid has at most {MAX_RINGS}",
                        ds.size()
                    ),
                ));
            }
            ds.read_raw::<f64>()
                .map_err(h5(p, &format!("reading {full}")))
        };
        let theta = read("theta")?;
        let phi0 = read("phi0")?;
        let nphi = read("nphi")?;
        let weight = read("weight")?;
        let n = theta.len();
        if phi0.len() != n || nphi.len() != n || weight.len() != n {
            return Err(file_error(
                p,
                "the datasets of group geometry differ in length",
            ));
        }
        let mut specs = Vec::with_capacity(n);
        for i in 0..n {
            if !(nphi[i] >= 1.0 && nphi[i].fract() == 0.0 && nphi[i] < 1e12) {
                return Err(file_error(
                    p,
                    format!("geometry/nphi[{i}] = {} is not a pixel count", nphi[i]),
                ));
            }
            specs.push(RingSpec {
                theta: theta[i],
                phi0: phi0[i],
                nphi: nphi[i] as usize,
                weight: weight[i],
            });
        }
        Geometry::from_rings(&specs).map_err(|e| file_error(p, format!("group geometry: {e}")))
    }

    /// Reads map number `index` (row-major over the leading dimensions) of a variable.
    pub fn read_map(&self, info: &MapInfo, index: usize) -> Result<Map> {
        let name = &info.meta.name;
        let ds = self.dataset(name)?;
        let values: Vec<f64> = self.read_row(&ds, name, &info.leading, index)?;
        let what = if info.leading.is_empty() {
            format!("dataset {name}")
        } else {
            format!("member {index} of dataset {name}")
        };
        crate::error::check_finite(&what, &values)
            .map_err(|e| file_error(&self.path, e.to_string()))?;
        Map::new(info.geometry.clone(), values)
    }

    /// Reads map number `index` of a variable like [`FileReader::read_map`] but without the
    /// finiteness check: for observed maps whose unobserved pixels hold NaN (or healpy's
    /// UNSEEN); the caller decides which pixels count ([`crate::condition::MapObservations`]).
    pub fn read_map_values(&self, info: &MapInfo, index: usize) -> Result<Vec<f64>> {
        let name = &info.meta.name;
        let ds = self.dataset(name)?;
        self.read_row(&ds, name, &info.leading, index)
    }

    /// Reads a per-pixel variable of `geometry` that is not itself a map variable — a mask
    /// (non-zero = observed), a noise level — from the root dataset `name`: any integer or
    /// floating-point type, shape the grid's (`lat, lon` or `pixel`) or its pixel count.
    ///
    /// # Errors
    /// `Error::File` naming the dataset if it is missing, of another shape or not numeric.
    pub fn read_pixel_variable(&self, name: &str, geometry: &Geometry) -> Result<Vec<f64>> {
        let ds = self.dataset(name)?;
        let shape = ds.shape();
        let grid = geometry.shape();
        if shape != grid && shape != [geometry.npix()] {
            return Err(file_error(
                &self.path,
                format!("dataset {name} has shape {shape:?}; the map's grid is {grid:?}"),
            ));
        }
        let desc = ds
            .dtype()
            .and_then(|t| t.to_descriptor())
            .map_err(h5(&self.path, &format!("type of {name}")))?;
        if !matches!(
            desc,
            TypeDescriptor::Float(_)
                | TypeDescriptor::Integer(_)
                | TypeDescriptor::Unsigned(_)
                | TypeDescriptor::Boolean
        ) {
            return Err(file_error(
                &self.path,
                format!("dataset {name} holds {desc}; expected numbers"),
            ));
        }
        memory::ensure_available(
            format!("reading dataset {name}"),
            8 * geometry.npix() as u128,
        )
        .map_err(|e| file_error(&self.path, e.to_string()))?;
        ds.read_raw::<f64>()
            .map_err(h5(&self.path, &format!("reading {name}")))
    }

    /// Reads every map of a variable as one array of shape (leading dimensions…, grid shape…):
    /// `(member, lat, lon)` for a lat–lon ensemble, `(time, member, pixel)` for noised HEALPix
    /// maps, just the grid shape for a single map. The values are read once, into the array.
    ///
    /// # Errors
    /// `Error::TooLarge` when the memory available cannot hold the array; `Error::File` for
    /// non-finite values.
    ///
    /// ```no_run
    /// use sphfield::io::FileReader;
    /// let file = FileReader::open("climate.h5")?;
    /// let info = file.map_info("field")?;
    /// let maps = file.read_maps(&info)?; // shape [members, 180, 360]
    /// let first = maps.index_axis(ndarray::Axis(0), 0);
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    pub fn read_maps(&self, info: &MapInfo) -> Result<ndarray::ArrayD<f64>> {
        let name = &info.meta.name;
        let ds = self.dataset(name)?;
        let mut shape: Vec<usize> = info.leading.iter().map(|d| d.values.len()).collect();
        shape.extend(info.geometry.shape());
        let bytes = shape
            .iter()
            .fold(8u128, |acc, &n| acc.saturating_mul(n as u128));
        memory::ensure_available(format!("reading every map of dataset {name}"), bytes)
            .map_err(|e| file_error(&self.path, e.to_string()))?;
        let values = ds
            .read_raw::<f64>()
            .map_err(h5(&self.path, &format!("reading {name}")))?;
        crate::error::check_finite(&format!("dataset {name}"), &values)
            .map_err(|e| file_error(&self.path, e.to_string()))?;
        ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(&shape), values).map_err(|_| {
            file_error(
                &self.path,
                format!("dataset {name} does not hold {shape:?} values"),
            )
        })
    }

    fn read_row<T: hdf5::H5Type>(
        &self,
        ds: &Dataset,
        name: &str,
        leading: &[Dim],
        index: usize,
    ) -> Result<Vec<T>> {
        let lens: Vec<usize> = leading.iter().map(|d| d.values.len()).collect();
        let count: usize = lens.iter().product();
        if index >= count {
            return Err(crate::error::param_error(
                "member",
                index,
                match count {
                    0 => format!("dataset {name} holds no entries"),
                    1 => format!("dataset {name} holds 1 entry: the only valid index is 0"),
                    _ => format!(
                        "dataset {name} holds {count} entries: valid indices are 0 to {}",
                        count - 1
                    ),
                },
            ));
        }
        let shape = ds.shape();
        let row_bytes = shape[lens.len()..]
            .iter()
            .fold(std::mem::size_of::<T>() as u128, |acc, &n| {
                acc.saturating_mul(n as u128)
            });
        memory::ensure_available(format!("reading one entry of dataset {name}"), row_bytes)
            .map_err(|e| file_error(&self.path, e.to_string()))?;
        let sel: Vec<hdf5::SliceOrIndex> = multi_index(index, &lens)
            .into_iter()
            .map(hdf5::SliceOrIndex::Index)
            .chain(
                shape[lens.len()..]
                    .iter()
                    .map(|&n| hdf5::SliceOrIndex::SliceTo {
                        start: 0,
                        step: 1,
                        end: n,
                        block: 1,
                    }),
            )
            .collect();
        let arr = ds
            .read_slice::<T, _, ndarray::IxDyn>(hdf5::Hyperslab::from(sel))
            .map_err(h5(&self.path, &format!("reading {name}")))?;
        Ok(arr.into_raw_vec_and_offset().0)
    }

    /// Describes `harmonic/alm`, or `None` if the file has no coefficients.
    pub fn alm_info(&self) -> Result<Option<AlmInfo>> {
        self.alm_info_named(layout::ALM_DATASET)
    }

    /// Describes `harmonic/<dataset>` (e.g. `noisy`, `target`), or `None` if absent.
    pub fn alm_info_named(&self, dataset: &str) -> Result<Option<AlmInfo>> {
        let name = format!("{}/{dataset}", layout::HARMONIC_GROUP);
        if !self.file.link_exists(layout::HARMONIC_GROUP) {
            return Ok(None);
        }
        let group = self
            .file
            .group(layout::HARMONIC_GROUP)
            .map_err(h5(&self.path, "opening group harmonic"))?;
        if !group.link_exists(dataset) {
            return Ok(None);
        }
        let ds = self.dataset(&name)?;
        let p = &self.path;
        let desc = ds
            .dtype()
            .and_then(|t| t.to_descriptor())
            .map_err(h5(p, &format!("type of {name}")))?;
        let complex = match &desc {
            TypeDescriptor::Compound(c) => {
                c.fields.len() == 2
                    && c.fields
                        .iter()
                        .all(|f| matches!(f.ty, TypeDescriptor::Float(_)))
            }
            _ => false,
        };
        if !complex {
            return Err(file_error(
                p,
                format!("dataset {name} holds {desc}; expected complex numbers (compound {{r, i}} of floats)"),
            ));
        }
        let lmax = require_usize(&ds, "lmax", p)?;
        let mmax = require_usize(&ds, "mmax", p)?;
        if lmax > MAX_LMAX {
            return Err(file_error(
                p,
                format!("dataset {name}: lmax {lmax} exceeds the largest band limit {MAX_LMAX}"),
            ));
        }
        if mmax > lmax {
            return Err(file_error(
                p,
                format!("dataset {name}: mmax {mmax} exceeds lmax {lmax}"),
            ));
        }
        if let Some(ordering) = get_str(&ds, "ordering", p)? {
            if !ordering.starts_with("healpy") {
                return Err(file_error(
                    p,
                    format!("dataset {name} has ordering {ordering:?}; only the healpy m-major order is supported"),
                ));
            }
        }
        let ncoef =
            (lmax as u128 + 1) * (mmax as u128 + 1) - (mmax as u128 * (mmax as u128 + 1)) / 2;
        let shape = ds.shape();
        if shape.last().map(|&n| n as u128) != Some(ncoef) {
            return Err(file_error(
                p,
                format!("dataset {name} has shape {shape:?}; lmax {lmax}, mmax {mmax} needs {ncoef} coefficients in the last dimension"),
            ));
        }
        let leading = self.leading_dims(&ds, &group, shape.len() - 1, &shape)?;
        Ok(Some(AlmInfo {
            dataset: dataset.to_string(),
            lmax,
            mmax,
            leading,
        }))
    }

    /// Reads coefficient set number `index`.
    pub fn read_alm(&self, info: &AlmInfo, index: usize) -> Result<Alm> {
        let name = format!("{}/{}", layout::HARMONIC_GROUP, info.dataset);
        let ds = self.dataset(&name)?;
        let values: Vec<Complex64> = self.read_row(&ds, &name, &info.leading, index)?;
        let alm = Alm::from_vec(info.lmax, info.mmax, values)?;
        alm.check_finite()
            .map_err(|e| file_error(&self.path, format!("{name} entry {index}: {e}")))?;
        Ok(alm)
    }

    /// Names of the spectra in group `spectrum`.
    pub fn spectrum_names(&self) -> Result<Vec<String>> {
        if !self.file.link_exists(layout::SPECTRUM_GROUP) {
            return Ok(Vec::new());
        }
        let group = self
            .file
            .group(layout::SPECTRUM_GROUP)
            .map_err(h5(&self.path, "opening group spectrum"))?;
        let names = clean_names(
            group
                .member_names()
                .map_err(h5(&self.path, "listing spectra"))?,
        );
        Ok(names.into_iter().filter(|n| n != "ell").collect())
    }

    /// Reads `spectrum/<name>`.
    pub fn read_spectrum(&self, name: &str) -> Result<AngularSpectrum> {
        let full = format!("{}/{name}", layout::SPECTRUM_GROUP);
        let ds = self.dataset(&full)?;
        self.check_float(&ds, &full)?;
        if ds.ndim() != 1 || ds.size() == 0 {
            return Err(file_error(
                &self.path,
                format!("dataset {full} should be a non-empty 1-d array of C_l"),
            ));
        }
        if ds.size() > MAX_LMAX + 1 {
            return Err(file_error(
                &self.path,
                format!(
                    "dataset {full} holds {} values; spectra end at lmax {MAX_LMAX}",
                    ds.size()
                ),
            ));
        }
        let values: Vec<f64> = ds
            .read_raw()
            .map_err(h5(&self.path, &format!("reading {full}")))?;
        let description = get_str(&ds, "description", &self.path)?.unwrap_or_else(|| full.clone());
        AngularSpectrum::new(values, description)
            .map_err(|e| file_error(&self.path, format!("{full}: {e}")))
    }

    /// The `units` attribute of `spectrum/<name>` (units of C_l, e.g. "K2"), if it has one.
    pub fn spectrum_units(&self, name: &str) -> Result<Option<String>> {
        let full = format!("{}/{name}", layout::SPECTRUM_GROUP);
        let ds = self.dataset(&full)?;
        get_str(&ds, "units", &self.path)
    }
}
