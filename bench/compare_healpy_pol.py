#!/usr/bin/env python3
"""Side-by-side timing of a polarised sky (T, Q, U from TT, EE, BB, TE) on HEALPix: healpy's
`synfast(pol=True, new=True)` against sphfield's `PolarizedSky::sample` + `to_maps`
(examples/polarized_timing), same machine, same run, alternating, medians.

Usage:  python3 bench/compare_healpy_pol.py [--nside 1024] [--threads 1 2] [--rounds 3]
healpy's threads are set with OMP_NUM_THREADS in a subprocess per thread count.
"""
import argparse, json, os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEALPY = r"""
import sys, time, numpy as np, healpy as hp
nside = int(sys.argv[1]); lmax = 3 * nside - 1
l = np.arange(lmax + 1.0); tt = np.where(l < 2, 0.0, 1.0 / np.maximum(l * (l + 1), 1))
cls = [tt, 0.05 * tt, 0.005 * tt, 0.1 * tt]
hp.synfast(cls, nside, lmax=lmax, pol=True, new=True)
t = time.perf_counter(); hp.synfast(cls, nside, lmax=lmax, pol=True, new=True); print(time.perf_counter() - t)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nside", type=int, nargs="+", default=[1024])
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    bench_env.ensure(["healpy", "numpy"], "requirements-healpy.txt", ".venv-bench-healpy")
    import healpy
    import statistics as st
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "polarized_timing"], cwd=root, check=True)
    exe = os.path.join(root, "target", "release", "examples", "polarized_timing")
    bench_env.print_run_header()
    print(f"healpy {healpy.__version__} synfast(pol=True, new=True); sphfield examples/polarized_timing (draw + T and spin-2 syntheses); lmax = 3 nside - 1")
    print(f"{'nside':>6} {'thr':>3} | {'ours':>9} {'healpy':>9} {'ratio':>5}")
    for nside in args.nside:
        for thr in args.threads:
            ours, theirs = [], []
            for _ in range(args.rounds):
                r = json.loads(subprocess.run([exe, str(nside), str(thr), "1"], capture_output=True, text=True, check=True).stdout)
                ours.append(r["synfast_pol_s"])
                env = dict(os.environ, OMP_NUM_THREADS=str(thr))
                out = subprocess.run([sys.executable, "-c", HEALPY, str(nside)], capture_output=True, text=True, check=True, env=env)
                theirs.append(float(out.stdout.strip().splitlines()[-1]))
            o, h = st.median(ours), st.median(theirs)
            print(f"{nside:>6} {thr:>3} | {o:>8.2f}s {h:>8.2f}s {o / h:>5.2f}", flush=True)


if __name__ == "__main__":
    main()
