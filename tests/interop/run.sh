#!/usr/bin/env bash
# Interoperability tests with real clients: h5py, xarray (h5netcdf and netCDF4 engines) and
# healpy open the files sphfield writes, and sphfield reads files h5py writes in its layout.
# Creates its own virtual environment (target/interop-venv, outside git).
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/interop-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check \
  "numpy>=1.24" "h5py>=3.8" "xarray>=2023.1" "h5netcdf>=1.1" "netCDF4>=1.6" "healpy>=1.16"
cargo build --release --quiet
"$venv/bin/python" tests/interop/check.py target/release/sphfield
