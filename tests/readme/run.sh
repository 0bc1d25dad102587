#!/usr/bin/env bash
# The README's Tour, word for word (tests/readme/check_tour.py), with the interoperability
# environment's xarray for its Python block.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
venv=target/interop-venv
if [ ! -x "$venv/bin/python" ]; then
  tests/interop/run.sh
fi
"$venv/bin/python" tests/readme/check_tour.py
