#!/usr/bin/env bash
# Scaling of the distributed mode on this machine (docs/scaling.md, docs/distributed.md):
#  1. ensemble weak scaling: `synth` of N members on 1 rank vs 2N members on 2 ranks (1 thread
#     each, Gauss-Legendre lmax ELMAX = 1023); efficiency = T(1 rank, N) / T(2 ranks, 2N), best
#     and median of ROUNDS;
#  2. one transform at lmax LMAX (default 4095) on a Gauss-Legendre grid: 2 ranks x 1 thread vs
#     1 rank x 2 threads (distributed plan on one rank, and the serial plan), synthesis and
#     analysis, best of REPS; plus the exchange volume, measured and predicted.
# Runs alternate the two sides (this VM's timings wander). Needs OpenMPI.
set -euo pipefail
cd "$(dirname "$0")/.."
LMAX=${LMAX:-4095}
REPS=${REPS:-3}
N=${N:-24}
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
ELMAX=${ELMAX:-1023}
echo "== ensemble weak scaling: synth --grid gl --lmax $ELMAX, $N members per rank, 1 thread per rank"
echo "   (the page cache is flushed before each run; the 2-core VM's second core also serves the"
echo "   1-rank run's writes, so a 2-rank run cannot reach 1.0 here)"
seconds() { local s; sync; s=$(date +%s.%N); "$@" >/dev/null 2>&1; awk -v a="$s" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }'; }
# The machine's own bound: two independent serial processes of N members each, at once.
indep() {
  "$S" --threads 1 synth --grid gl --lmax "$ELMAX" --members "$N" --seed 1 -q --force -o "$out/i1.h5" &
  "$S" --threads 1 synth --grid gl --lmax "$ELMAX" --members "$N" --seed 2 -q --force -o "$out/i2.h5"
  wait
}
one=(); two=(); ind=()
for r in $(seq "$ROUNDS"); do
  t1=$(seconds "${mpi[@]}" -n 1 "$S" --threads 1 synth --grid gl --lmax "$ELMAX" --members "$N" --seed 1 -q --force -o "$out/e1.h5")
  t2=$(seconds "${mpi[@]}" -n 2 "$S" --threads 1 synth --grid gl --lmax "$ELMAX" --members $((2 * N)) --seed 1 -q --force -o "$out/e2.h5")
  ti=$(seconds indep)
  one+=("$t1"); two+=("$t2"); ind+=("$ti")
  echo "round $r: 1 rank x $N members ${t1} s; 2 ranks x $N members ${t2} s; two independent serial processes x $N members ${ti} s"
done
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%s %s", v[1], v[int((NR + 1) / 2)] }'; }
read -r b1 m1 <<<"$(stats "${one[@]}")"
read -r b2 m2 <<<"$(stats "${two[@]}")"
read -r bi mi <<<"$(stats "${ind[@]}")"
awk -v b1="$b1" -v m1="$m1" -v b2="$b2" -v m2="$m2" -v bi="$bi" -v mi="$mi" 'BEGIN {
  printf "efficiency T(1 rank, N) / T(2 ranks, 2N): best %.2f (%.3f / %.3f s), median %.2f (%.3f / %.3f s)\n", b1 / b2, b1, b2, m1 / m2, m1, m2
  printf "this machine with no MPI, T(1 process) / T(2 independent processes): best %.2f, median %.2f\n", b1 / bi, m1 / mi
  printf "MPI against that bound, T(2 independent processes) / T(2 ranks): best %.2f, median %.2f\n", bi / b2, mi / m2 }'
[ "${SKIP_SHT:-0}" = 1 ] && exit 0
echo "== one transform at lmax $LMAX (Gauss-Legendre), best of $REPS"
for r in $(seq "$ROUNDS"); do
  "${mpi[@]}" -n 2 "$T" "$LMAX" 1 "$REPS"
  "${mpi[@]}" -n 1 "$T" "$LMAX" 2 "$REPS"
done
