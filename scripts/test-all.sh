#!/usr/bin/env bash
# Every test of the project: the Rust workspace (library, CLI, C ABI and its header check),
# then the real clients — h5py/xarray/healpy on our files, the README's Tour word for word, the
# C and Fortran programs, the Python module's pytest suite — and the distributed mode under
# mpirun with 1-4 ranks (needs OpenMPI; .ci/run installs it). Each Python step makes its own virtual environment under target/.
set -euo pipefail
cd "$(dirname "$0")/.."
# HDF5 is built from bundled source (see Cargo.toml); this finds or installs a CMake for it.
CMAKE="${CMAKE:-$(scripts/cmake-for-hdf5.sh)}"
export CMAKE
cargo test --release --workspace
tests/interop/run.sh
tests/readme/run.sh
tests/ffi/run.sh
tests/python/run.sh
tests/mpi/run.sh
