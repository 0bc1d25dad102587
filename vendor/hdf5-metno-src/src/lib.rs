//! Dummy crate for building HDF5 C library from source.

#[cfg(feature = "zlib")]
extern crate libz_sys;
