#!/usr/bin/env bash
# Builds the C ABI library and runs the C and Fortran example programs against it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet -p sphfield-ffi
lib="$PWD/target/release"
out=target/ffi-tests
mkdir -p "$out"
cc -std=c11 -O2 -Wall -Wextra -Werror -I ffi/include ffi/examples/c/matern_field.c \
  -L "$lib" -lsphfield_c -Wl,-rpath,"$lib" -lm -o "$out/matern_c"
"$out/matern_c" "$out/matern_c.h5"
gfortran -O2 -Wall -J "$out" ffi/examples/fortran/matern_field.f90 \
  -L "$lib" -lsphfield_c -Wl,-rpath,"$lib" -o "$out/matern_fortran"
"$out/matern_fortran"
echo "C and Fortran examples passed"
