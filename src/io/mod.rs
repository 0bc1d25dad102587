//! HDF5 files: maps, coefficients, spectra, ensembles, provenance (docs/architecture.md §5).
//!
//! # Layout
//! ```text
//! /                          root attributes: Conventions = "CF-1.8", sphfield_format = "sphfield-1",
//!                            sphfield_version, source, history, command, created (UTC), seed,
//!                            spectrum_model, grid, lmax, and free-form parameters
//! /<field>                   f64 map variable (default name "field"), shape
//!                              lat-lon grids: [leading...,] lat, lon
//!                              HEALPix, custom:  [leading...,] pixel
//!                            attributes grid_type (gauss_legendre | clenshaw_curtis | fejer1 |
//!                            healpix | custom), grid, long_name, units, _FillValue = NaN;
//!                            nlat, nlon, phi0 (rad) on lat-lon grids; nside, ordering = "RING",
//!                            npix on HEALPix
//! /lat, /lon                 coordinates (degrees_north, north to south; degrees_east),
//!                            standard_name latitude / longitude, attached as HDF5 dimension scales
//! /member, /time             leading-dimension coordinates (dimension scales)
//! /pixel                     netCDF dimension without a variable (no storage)
//! /geometry/{theta,phi0,nphi,weight}   rings of a custom geometry
//! /harmonic/alm              complex a_lm (compound {r, i} of f64, read by h5py as complex128),
//!                            shape [leading...,] coefficient; attributes lmax, mmax, ordering
//!                            (healpy m-major), normalisation
//! /spectrum/<name>           f64 C_l over the dimension ell, attributes description, units
//! ```
//! `xarray.open_dataset(path)` shows the map variables with `lat`/`lon` (or `pixel`) and
//! `member` coordinates; `h5py.File(path)["harmonic/alm"][...]` is a complex array that
//! `healpy.alm2map` accepts directly. Ensembles are chunked one member per chunk (optionally
//! deflate-compressed) and written member by member, so memory stays bounded whatever the
//! ensemble size.
//!
//! # Safety of writes
//! [`FileWriter`] writes to a temporary file in the target folder and renames it into place in
//! [`FileWriter::commit`]; an interrupted run never leaves a file under the final name, and an
//! existing file is replaced only with [`Overwrite::Allow`].
//!
//! # Validation on read
//! [`FileReader`] checks types (floats for maps and spectra, compound complex for
//! coefficients), required attributes, shapes against the grid, and finiteness of every value
//! read; any problem is an [`crate::Error::File`] naming the dataset or attribute.

mod atomic;
mod attributes;
mod layout;
mod provenance;
mod reader;
mod writer;

pub use atomic::{remove_temporary_files, write_bytes_atomic, AtomicPath, Overwrite};
pub use layout::{Dim, FieldMeta};
pub use provenance::Provenance;
pub use reader::{AlmInfo, FileReader, MapInfo, MAX_ENSEMBLE};
pub use writer::{
    AlmEnsembleWriter, ByteSlot, FileWriter, MapEnsembleWriter, MemberWriter, SharedFile,
    WriteOptions,
};
