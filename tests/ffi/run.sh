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
cc -std=c11 -O2 -Wall -Wextra -Werror -I ffi/include ffi/examples/c/spin_fields.c \
  -L "$lib" -lsphfield_c -Wl,-rpath,"$lib" -lm -o "$out/spin_c"
"$out/spin_c"
gfortran -O2 -Wall -J "$out" ffi/examples/fortran/matern_field.f90 \
  -L "$lib" -lsphfield_c -Wl,-rpath,"$lib" -o "$out/matern_fortran"
"$out/matern_fortran"
# The same C program linked statically: the archive carries HDF5 itself, so -lm is all it needs.
cc -std=c11 -O2 -Wall -Wextra -Werror -I ffi/include ffi/examples/c/matern_field.c \
  "$lib/libsphfield_c.a" -lm -o "$out/matern_c_static"
"$out/matern_c_static" "$out/matern_c_static.h5"
# The README's C snippet, word for word: it must compile without warnings and run.
awk '/^```c$/{on=1; next} /^```$/{if (on) exit} on' README.md > "$out/readme.c"
cc -std=c11 -O2 -Wall -Wextra -Werror -I ffi/include "$out/readme.c" \
  -L "$lib" -lsphfield_c -Wl,-rpath,"$lib" -lm -o "$out/readme_c"
(cd "$out" && rm -f field.h5 && ./readme_c && test -s field.h5)
echo "C (shared and static), README snippet and Fortran examples passed"
