#!/usr/bin/env bash
# The distributed mode (cargo feature `mpi`) under mpirun with 1-4 ranks (docs/distributed.md):
#  1. the library's distributed transform and sharded prior against the serial ones
#     (examples/mpi_check.rs);
#  2. synth, diffuse, dsm, sample and sht files from P = 1..4 ranks have datasets bitwise equal
#     to the serial (non-MPI) binary's; sample --train with a sharded training set equal to
#     1e-13 and bitwise repeatable for a fixed P;
#  3. atomicity: a job killed part-way (SIGTERM to mpirun, SIGKILL to one rank) leaves nothing
#     under the output's name;
#  4. a rank that fails (bad input on one rank) ends the whole job with its error and no file.
# Needs OpenMPI's mpirun and the MPI headers (.ci/run installs openmpi-bin, libopenmpi-dev and
# libclang-dev) and h5py (target/interop-venv, made by tests/interop/run.sh if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
if ! command -v mpirun >/dev/null 2>&1; then
  echo "tests/mpi/run.sh: mpirun not found (install OpenMPI: openmpi-bin libopenmpi-dev)" >&2
  exit 1
fi
venv=target/interop-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check "numpy>=1.24" "h5py>=3.8"
py="$root/$venv/bin/python"
same="$py $root/tests/mpi/same_datasets.py"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The serial reference binary (default features), then the MPI build.
cargo build --release --quiet --bin sphfield
cp target/release/sphfield "$work/sphfield-serial"
cargo build --release --quiet --features mpi --bin sphfield --example mpi_check
cp target/release/sphfield "$work/sphfield-mpi"
cp target/release/examples/mpi_check "$work/mpi_check"
serial="$work/sphfield-serial"
S="$work/sphfield-mpi"
mpi=(mpirun --oversubscribe)
if [ "$(id -u)" -eq 0 ]; then
  mpi+=(--allow-run-as-root)
fi
export OMPI_MCA_btl_vader_single_copy_mechanism=none
cd "$work"
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

echo "== library: distributed transform and sharded prior"
for P in 1 2 3 4; do
  if "${mpi[@]}" -n "$P" ./mpi_check >"check$P.log" 2>&1; then
    pass "mpi_check with $P rank(s) ($(grep -c '^ok' "check$P.log") checks)"
  else
    cat "check$P.log"; fail "mpi_check with $P rank(s)"
  fi
done

echo "== commands: datasets bitwise equal to the serial binary's"
# $1: label; $2...: the command's arguments (the output is given as -o OUT, replaced below).
compare() {
  local label=$1; shift
  "$serial" "$@" -o "ref-$label.h5" -q
  local files=()
  for P in 1 2 3 4; do
    "${mpi[@]}" -n "$P" "$S" "$@" -o "$label-$P.h5" -q
    files+=("$label-$P.h5")
  done
  if $same "ref-$label.h5" "${files[@]}"; then pass "$label (P = 1..4)"; else fail "$label"; fi
}
"$serial" synth --grid gl --lmax 23 --members 12 --seed 9 --save-alm -o train.h5 -q
"$serial" synth --grid healpix --nside 16 --members 3 --seed 5 -o maps.h5 -q
compare synth synth --grid healpix --nside 16 --members 11 --seed 5 --save-alm
# The comparison itself can fail: another seed differs.
"$serial" synth --grid healpix --nside 16 --members 11 --seed 6 --save-alm -o other-seed.h5 -q
if $same ref-synth.h5 other-seed.h5 >/dev/null; then fail "the comparison missed a different seed"; else pass "the comparison tells another seed apart"; fi
compare synth-one synth --grid gl --lmax 31 --seed 2
compare diffuse diffuse train.h5 --times 0.1,0.5,2 --rho-km 3000 --nu 1 --seed 3
compare diffuse-maps diffuse maps.h5 --times 0.2,1 --rho-km 3000 --nu 1 --seed 3 --maps
compare dsm dsm train.h5 --times 0.05,0.2,1 --rho-km 3000 --nu 1 --seed 3
compare dsm-heat dsm train.h5 --times 0.05,0.2 --rho-km 3000 --nu 1 --seed 3 --drift heat --drift-scale 0.01
compare sample sample --data-spectrum train.h5 --rho-km 3000 --nu 1 --members 7 --steps 20 --seed 4
compare sht-synthesis sht --input train.h5 --grid healpix --nside 8
compare sht-analysis sht --input maps.h5 --transform analysis
compare sht-adjoint sht --input maps.h5 --transform adjoint
"$serial" synth --grid healpix --nside 2 --members 2 --seed 5 --save-alm -o small.h5 -q
compare dsm-allen-cahn dsm small.h5 --times 0.1 --drift allen-cahn --epsilon 0.5 --seed 2

echo "== sample --train with the training set split over the ranks"
"$serial" sample --train train.h5 --rho-km 3000 --nu 1 --members 4 --steps 20 --seed 4 -o ref-train.h5 -q
files=()
for P in 1 2 3 4; do
  "${mpi[@]}" -n "$P" "$S" sample --train train.h5 --rho-km 3000 --nu 1 --members 4 --steps 20 --seed 4 -o "train-$P.h5" -q
  files+=("train-$P.h5")
done
if $same --rtol 1e-13 ref-train.h5 "${files[@]}"; then pass "sharded empirical prior = serial to 1e-13 (P = 1..4)"; else fail "sharded empirical prior"; fi
"${mpi[@]}" -n 3 "$S" sample --train train.h5 --rho-km 3000 --nu 1 --members 4 --steps 20 --seed 4 -o train-3b.h5 -q
if $same train-3.h5 train-3b.h5; then pass "sharded empirical prior bitwise repeatable (P = 3)"; else fail "sharded repeatability"; fi

echo "== atomicity: a killed job leaves nothing under the output's name"
# $1: how to kill (term-mpirun | kill-rank)
killed_run() {
  local how=$1 out="killed-$1.h5"
  "${mpi[@]}" -n 2 "$S" synth --grid gl --lmax 255 --members 4000 --seed 1 -o "$out" -q >"$how.log" 2>&1 &
  local job=$!
  local waited=0
  until ls ."$out".sphfield-tmp* >/dev/null 2>&1; do
    sleep 0.1; waited=$((waited + 1))
    if [ "$waited" -gt 300 ]; then fail "kill ($how): the temporary file never appeared"; kill -9 "$job" 2>/dev/null; return; fi
  done
  sleep 1
  if [ "$how" = term-mpirun ]; then
    kill -TERM "$job"
  else
    # The rank processes are the sphfield-mpi children; kill the last one outright.
    local victim
    victim=$(pgrep -f "sphfield-mpi synth .*$out" | tail -1)
    kill -KILL "$victim"
  fi
  wait "$job" 2>/dev/null && status=0 || status=$?
  if [ "$status" -eq 0 ]; then fail "kill ($how): the job reported success"; return; fi
  if [ -e "$out" ]; then fail "kill ($how): $out exists"; else pass "kill ($how): no $out (exit status $status)"; fi
}
killed_run term-mpirun
killed_run kill-rank
rm -f .killed-*.sphfield-tmp*

echo "== a failing rank ends the job with its error and no file"
set +e
"${mpi[@]}" -n 1 "$S" synth --grid gl --lmax 15 --members 4 --seed 1 -o bad.h5 \
  : -n 1 env SPHFIELD_NUM_THREADS=abc "$S" synth --grid gl --lmax 15 --members 4 --seed 1 -o bad.h5 >bad.log 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] && grep -q 'rank 1 failed: SPHFIELD_NUM_THREADS="abc"' bad.log && [ ! -e bad.h5 ]; then
  pass "bad environment on rank 1: exit $status, rank 0 reports rank 1's error, no file"
else
  cat bad.log; fail "bad environment on rank 1"
fi
set +e
"${mpi[@]}" -n 1 "$S" synth --grid gl --lmax 15 --members 4 --seed 1 -o bad2.h5 \
  : -n 2 "$S" synth --grid gl --lmax 15 --members 5 --seed 1 -o bad2.h5 >bad2.log 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] && grep -q 'started with other arguments than rank 0' bad2.log && [ ! -e bad2.h5 ]; then
  pass "different arguments on ranks 1-2: exit $status, clear error, no file"
else
  cat bad2.log; fail "different arguments"
fi
set +e
"${mpi[@]}" -n 2 "$S" synth --grid gl --lmax 15 --members 1 --seed 1 -o /nonexistent-dir/x.h5 >bad3.log 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] && grep -q 'nonexistent-dir' bad3.log; then
  pass "unwritable output: exit $status, clear error"
else
  cat bad3.log; fail "unwritable output"
fi

if [ "$failures" -gt 0 ]; then
  echo "tests/mpi/run.sh: $failures failure(s)" >&2
  exit 1
fi
echo "tests/mpi/run.sh: all passed"
