#!/usr/bin/env bash
# Scaling of the distributed mode on this machine (docs/scaling.md, docs/distributed.md):
#  1. ensemble weak scaling: `synth` of N members on 1 rank vs 2N members on 2 ranks (1 thread
#     each); efficiency = T(1 rank, N) / T(2 ranks, 2N);
#  2. one transform at lmax LMAX (default 4095) on a Gauss-Legendre grid: 2 ranks x 1 thread vs
#     1 rank x 2 threads (distributed plan on one rank, and the serial plan), synthesis and
#     analysis, best of REPS; plus the exchange volume, measured and predicted.
# Runs alternate the two sides (this VM's timings wander). Needs OpenMPI.
set -euo pipefail
cd "$(dirname "$0")/.."
LMAX=${LMAX:-4095}
REPS=${REPS:-3}
N=${N:-48}
ROUNDS=${ROUNDS:-3}
CMAKE="${CMAKE:-$(scripts/cmake-for-hdf5.sh)}"
export CMAKE
cargo build --release --quiet --features mpi --bin sphfield --example mpi_sht_timing
S=target/release/sphfield
T=target/release/examples/mpi_sht_timing
mpi=(mpirun --oversubscribe --bind-to none)
if [ "$(id -u)" -eq 0 ]; then mpi+=(--allow-run-as-root); fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) logical CPUs; flags: $(grep -m1 -o -w -E 'avx512f|avx2|fma' /proc/cpuinfo | sort -u | tr '\n' ' ')"
echo "== ensemble weak scaling: synth --grid gl --lmax 511, $N members per rank, 1 thread per rank"
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
for r in $(seq "$ROUNDS"); do
  t1=$(seconds "${mpi[@]}" -n 1 "$S" --threads 1 synth --grid gl --lmax 511 --members "$N" --seed 1 -q --force -o "$out/e1.h5")
  t2=$(seconds "${mpi[@]}" -n 2 "$S" --threads 1 synth --grid gl --lmax 511 --members $((2 * N)) --seed 1 -q --force -o "$out/e2.h5")
  echo "round $r: 1 rank x $N members ${t1} s; 2 ranks x $N members ${t2} s; efficiency $(echo "scale=3; $t1 / $t2" | bc)"
done
echo "== one transform at lmax $LMAX (Gauss-Legendre), best of $REPS"
for r in $(seq "$ROUNDS"); do
  "${mpi[@]}" -n 2 "$T" "$LMAX" 1 "$REPS"
  "${mpi[@]}" -n 1 "$T" "$LMAX" 2 "$REPS"
done
