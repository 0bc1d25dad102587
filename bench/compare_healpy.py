#!/usr/bin/env python3
"""Side-by-side timing of sphfield and healpy for the synfast and anafast jobs on HEALPix maps,
same machine, same run (A B A B ...), same spectrum, lmax = 2*nside, healpy's default 3
analysis iterations on both sides.

Usage:  python3 bench/compare_healpy.py [--nside 256 512 1024] [--threads 1 2] [--rounds 3] [--reps 3]
Makes (or reuses) its own pinned environment .venv-bench-healpy (bench/requirements-healpy.txt)
if healpy is missing, builds `examples/synfast_timing` in release mode, and prints medians and ratios sphfield/healpy.
healpy's threads are set with OMP_NUM_THREADS in a child process per thread count.
"""
import argparse, json, os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_healpy():
    bench_env.ensure(["healpy", "h5py", "scipy"], "requirements-healpy.txt", ".venv-bench-healpy")


HEALPY_JOB = r"""
import json, sys, time
import numpy as np, healpy as hp
from scipy.special import eval_legendre  # noqa: F401 (import cost outside the timing)
nside, lmax, reps = map(int, sys.argv[1:4])
l = np.arange(lmax + 1)
c = (400.0 + l * (l + 1.0)) ** -2.0
c /= np.sum((2 * l + 1) * c) / (4 * np.pi)  # same normalisation as sphfield (lmax-truncated sum close to 1)
np.random.seed(1)
m = hp.synfast(c, nside, lmax=lmax, new=True)
ts, ta = [], []
for _ in range(reps):
    t = time.perf_counter(); m = hp.synfast(c, nside, lmax=lmax, new=True); ts.append(time.perf_counter() - t)
    t = time.perf_counter(); est = hp.anafast(m, lmax=lmax, iter=3); ta.append(time.perf_counter() - t)
print(json.dumps(dict(synfast_s=sorted(ts)[len(ts)//2], anafast_s=sorted(ta)[len(ta)//2],
                      cl_ratio_mid=float(est[lmax//2] / c[lmax//2]))))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nside", type=int, nargs="+", default=[256, 512, 1024])
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    ensure_healpy()
    bench_env.print_run_header()
    import healpy, statistics as st
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "synfast_timing"], cwd=root, check=True)
    exe = os.path.join(root, "target", "release", "examples", "synfast_timing")
    print(f"healpy {healpy.__version__}; sphfield examples/synfast_timing; HEALPix, lmax = 2 nside, "
          "Whittle-Matern C_l (kappa=20, alpha=2), anafast with iter=3 on both sides")
    print(f"{'nside':>5} {'thr':>3} | {'synfast ours':>12} {'healpy':>8} {'ratio':>5} | {'anafast ours':>12} {'healpy':>8} {'ratio':>5}")
    for nside in args.nside:
        lmax = 2 * nside
        for thr in args.threads:
            o_s, o_a, h_s, h_a = [], [], [], []
            for _ in range(args.rounds):
                r = json.loads(subprocess.run([exe, str(nside), str(lmax), str(thr), str(args.reps)],
                                              capture_output=True, text=True, check=True).stdout)
                o_s.append(r["synfast_s"]); o_a.append(r["anafast_s"])
                env = dict(os.environ, OMP_NUM_THREADS=str(thr))
                h = json.loads(subprocess.run([sys.executable, "-c", HEALPY_JOB, str(nside), str(lmax), str(args.reps)],
                                              capture_output=True, text=True, check=True, env=env).stdout)
                h_s.append(h["synfast_s"]); h_a.append(h["anafast_s"])
            os_, oa, hs, ha = map(st.median, (o_s, o_a, h_s, h_a))
            print(f"{nside:>5} {thr:>3} | {os_*1e3:>10.1f}ms {hs*1e3:>6.1f}ms {os_/hs:>5.2f} | "
                  f"{oa*1e3:>10.1f}ms {ha*1e3:>6.1f}ms {oa/ha:>5.2f}", flush=True)


if __name__ == "__main__":
    main()
