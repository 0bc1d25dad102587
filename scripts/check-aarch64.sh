#!/usr/bin/env bash
# Proves that the crate (library, command line, C ABI) builds for aarch64 Linux, and that its
# transforms are correct there with the NEON kernels: installs the Rust target, a cross C
# compiler (for the bundled HDF5) and qemu's user-mode emulator when they are missing, runs
# `cargo check` for that target, then the library's unit tests and the transform tests
# (round trips, every instruction set against the portable one, the mpmath and healpy oracles)
# under emulation. Skips with a message where neither rustup nor apt can provide them.
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

if ! command -v qemu-aarch64 >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q qemu-user >/dev/null \
    || { echo "aarch64 tests skipped: qemu-user is not installable"; exit 0; }
fi
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"
cargo test --quiet --release --target "$target" --lib --test sht_roundtrip --test oracles --test spin
echo "aarch64 tests passed under qemu (NEON kernels)"
