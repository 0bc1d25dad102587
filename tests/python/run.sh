#!/usr/bin/env bash
# Installs the Python module with `pip install .` into its own virtual environment
# (target/python-venv, outside git) and runs the pytest suite, which cross-checks against healpy.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/python-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check "pytest>=7" "numpy>=1.24" "healpy>=1.16" \
  "h5py>=3.8" "xarray>=2023.1" "zarr>=2.16" "dask[distributed]>=2023.1"
"$venv/bin/python" -m pip install -q --disable-pip-version-check .
cd tests/python && "../../$venv/bin/python" -m pytest -q test_sphfield.py
