#!/usr/bin/env bash
# Proves that the crate (library, command line, C ABI) builds for aarch64 Linux, where the
# portable kernels run: installs the Rust target and a cross C compiler (for the bundled HDF5)
# when they are missing, then runs `cargo check` for that target. Skips with a message where
# neither rustup nor apt can provide them.
set -euo pipefail
cd "$(dirname "$0")/.."
target=aarch64-unknown-linux-gnu
if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  rustup target add "$target" || { echo "aarch64 check skipped: cannot install the $target target"; exit 0; }
fi
if ! command -v aarch64-linux-gnu-gcc >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q >/dev/null 2>&1 || true
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q gcc-aarch64-linux-gnu g++-aarch64-linux-gnu \
    || { echo "aarch64 check skipped: no cross compiler for the bundled HDF5"; exit 0; }
fi
CMAKE="${CMAKE:-$(scripts/cmake-for-hdf5.sh)}"
export CMAKE
cargo check --quiet --target "$target" --workspace --lib --bins
echo "aarch64 check passed: the workspace builds for $target"
