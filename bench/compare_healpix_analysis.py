#!/usr/bin/env python3
"""Accuracy per unit time of HEALPix analysis: sphfield's default (conjugate gradients to 1e-10)
and 3 Jacobi steps, healpy's map2alm(iter=3), and ducc0's pseudo_analysis (LSMR) to 1e-10, on
band-limited maps (lmax = 2 nside) of uniform random coefficients, same machine, same run.

Usage:  python3 bench/compare_healpix_analysis.py [--nside 256 512 1024] [--threads 1 2] [--rounds 2]
Makes (or reuses) .venv-bench-healpix from bench/requirements-healpix.txt (pinned), builds
`examples/healpix_analysis`, and prints the time and L2-relative coefficient error of each, and
the ratio of sphfield's default time to healpy's iter=3 time.
"""
import argparse, json, os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_env():
    bench_env.ensure(['healpy', 'ducc0'], "requirements-healpix.txt", ".venv-bench-healpix")


REFERENCE_JOB = r"""
import json, sys, time
import numpy as np, healpy as hp, ducc0
nside, lmax, threads = map(int, sys.argv[1:4])
rng = np.random.default_rng(7)
n = hp.Alm.getsize(lmax)
alm = rng.uniform(-1, 1, n) + 1j * rng.uniform(-1, 1, n)
alm[: lmax + 1] = alm[: lmax + 1].real
m = hp.alm2map(alm, nside, lmax=lmax)
err = lambda a: float(np.linalg.norm(a - alm) / np.linalg.norm(alm))
t = time.perf_counter(); a_hp = hp.map2alm(m, lmax=lmax, iter=3, use_pixel_weights=False); t_hp = time.perf_counter() - t
base = ducc0.healpix.Healpix_Base(nside, "RING")
geom = base.sht_info()
t = time.perf_counter()
a_d, _, _, _, _ = ducc0.sht.pseudo_analysis(map=m.reshape(1, -1), lmax=lmax, spin=0, nthreads=threads,
                                        maxiter=100, epsilon=1e-10, **geom)
t_d = time.perf_counter() - t
print(json.dumps(dict(healpy_s=t_hp, healpy_err=err(a_hp), ducc0_s=t_d, ducc0_err=err(a_d[0]))))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nside", type=int, nargs="+", default=[256, 512, 1024])
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    ensure_env()
    bench_env.print_run_header()
    import healpy, ducc0, statistics as st
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "healpix_analysis"], cwd=root, check=True)
    exe = os.path.join(root, "target", "release", "examples", "healpix_analysis")
    print(f"healpy {healpy.__version__} (OMP_NUM_THREADS = threads), ducc0 {ducc0.__version__}; "
          "sphfield examples/healpix_analysis; lmax = 2 nside, uniform random alm")
    print(f"{'nside':>5} {'thr':>3} | {'ours default':>21} | {'ours jacobi 3':>21} | {'healpy iter=3':>21} | "
          f"{'ducc0 pseudo 1e-10':>21} | default/healpy")
    for nside in args.nside:
        lmax = 2 * nside
        for thr in args.threads:
            rows = {"default": [], "jacobi3": [], "healpy": [], "ducc0": []}
            for _ in range(args.rounds):
                out = subprocess.run([exe, str(nside), str(lmax), str(thr), "3"], capture_output=True,
                                     text=True, check=True).stdout.splitlines()
                for line in map(json.loads, out):
                    if line["solver"] == "default":
                        rows["default"].append((line["seconds"], line["l2_rel_err"], line["steps"]))
                    elif line["solver"] == "jacobi" and line["steps"] == 3:
                        rows["jacobi3"].append((line["seconds"], line["l2_rel_err"], 3))
                env = dict(os.environ, OMP_NUM_THREADS=str(thr))
                ref = json.loads(subprocess.run([sys.executable, "-c", REFERENCE_JOB, str(nside), str(lmax), str(thr)],
                                                capture_output=True, text=True, check=True, env=env).stdout)
                rows["healpy"].append((ref["healpy_s"], ref["healpy_err"], 3))
                rows["ducc0"].append((ref["ducc0_s"], ref["ducc0_err"], 0))
            med = {k: (st.median(r[0] for r in v), st.median(r[1] for r in v), v[-1][2]) for k, v in rows.items()}
            cell = lambda k: f"{med[k][0]*1e3:8.0f}ms {med[k][1]:.1e}" + (f" {med[k][2]:>2}st" if k == "default" else "     ")
            print(f"{nside:>5} {thr:>3} | {cell('default')} | {cell('jacobi3')} | {cell('healpy')} | {cell('ducc0')} | "
                  f"{med['default'][0] / med['healpy'][0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
