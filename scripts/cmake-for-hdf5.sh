#!/usr/bin/env bash
# Prints the path of a CMake that can build the HDF5 library that sphfield bundles (HDF5 2.x
# needs CMake >= 3.26). Uses the system's cmake when it is new enough; otherwise installs a
# pinned CMake from PyPI into target/tools-venv (Debian 12 ships 3.25). Usage:
#   export CMAKE="$(scripts/cmake-for-hdf5.sh)"
set -euo pipefail
cd "$(dirname "$0")/.."
new_enough() {
  local v
  v="$("$1" --version 2>/dev/null | head -1 | sed -E 's/[^0-9]*([0-9]+)\.([0-9]+).*/\1 \2/')" || return 1
  set -- $v
  [ -n "${1:-}" ] && { [ "$1" -gt 3 ] || { [ "$1" -eq 3 ] && [ "$2" -ge 26 ]; }; }
}
if command -v cmake >/dev/null 2>&1 && new_enough "$(command -v cmake)"; then
  command -v cmake
  exit 0
fi
venv=target/tools-venv
if [ ! -x "$venv/bin/cmake" ] || ! new_enough "$venv/bin/cmake"; then
  python3 -m venv "$venv" >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r scripts/requirements-tools.txt >&2
fi
echo "$PWD/$venv/bin/cmake"
