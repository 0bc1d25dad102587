#!/usr/bin/env bash
# Space–time synthesis of 365 daily 1° fields (`synth --times 0:1:365`) against 365 independent
# members (`synth --members 365`) on the same grid: 5 alternating runs each, median wall times and
# their ratio (issue goal ≤ 1.1). Writes to a temporary folder (tmpfs when available).
# Usage: bench/space_time_vs_members.sh [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-2}"
cargo build --release --quiet
bin="$PWD/target/release/sphfield"
dir=$(mktemp -d -p "$( [ -d /dev/shm ] && echo /dev/shm || echo /tmp )")
trap 'rm -rf "$dir"' EXIT
st=() ; mem=()
for _ in 1 2 3 4 5; do
  s=$(date +%s.%N)
  "$bin" synth --resolution-deg 1 --times 0:1:365 --temporal-scale 10 --temporal-exponent 0.5 \
    --temporal-kappa 5 --seed 1 -q --force --threads "$threads" -o "$dir/st.h5"
  e=$(date +%s.%N); st+=("$(echo "$e - $s" | bc)")
  s=$(date +%s.%N)
  "$bin" synth --resolution-deg 1 --members 365 --seed 1 -q --force --threads "$threads" \
    -o "$dir/m.h5"
  e=$(date +%s.%N); mem+=("$(echo "$e - $s" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
a=$(median "${st[@]}"); b=$(median "${mem[@]}")
echo "space-time 365 x 1 deg: median ${a} s; 365 members: median ${b} s; ratio $(echo "scale=3; $a / $b" | bc) (threads $threads)"
