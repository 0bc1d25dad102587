#!/usr/bin/env python3
"""sphfield's Python module against ducc0 from Python, in one process: synthesis and analysis on
the same Gauss-Legendre grid (nlat = lmax+1, nlon = 2lmax+2), alternating (A B A B ...), medians
and ratios sphfield/ducc0, and the same job through the Rust example (examples/sht_timing) for
the cost of the binding itself.

Usage:  python3 bench/compare_python.py [--lmax 511 1023 2047] [--threads 1 2] [--reps 5]
Makes (or reuses) .venv-bench-python from bench/requirements-ducc0.txt and installs the module
into it with `pip install .` (a release build of python/, a few minutes the first time).
"""
import argparse, json, os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

root = bench_env.root


def ensure_env():
    venv = os.path.join(root, ".venv-bench-python")
    py = os.path.join(venv, "bin", "python")
    if sys.executable != py:
        if not os.path.exists(py):
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
            subprocess.run([py, "-m", "pip", "install", "-q", "-r",
                            os.path.join(root, "bench", "requirements-ducc0.txt")], check=True)
        # Always reinstall the module from this checkout, so that the numbers are for this code.
        subprocess.run([py, "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", root], check=True)
        os.execv(py, [py] + sys.argv)


def median(v):
    v = sorted(v)
    return v[len(v) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lmax", type=int, nargs="+", default=[511, 1023, 2047])
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    ensure_env()
    bench_env.print_run_header()
    import numpy as np, ducc0, sphfield
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "sht_timing"], cwd=root, check=True)
    exe = os.path.join(root, "target", "release", "examples", "sht_timing")
    print(f"ducc0 {ducc0.__version__}; sphfield Python module (this checkout) and examples/sht_timing; GL grid")
    print(f"{'lmax':>5} {'thr':>3} | {'py synth':>9} {'ducc0':>8} {'ratio':>5} {'rust':>8} | "
          f"{'py anal':>9} {'ducc0':>8} {'ratio':>5} {'rust':>8} | err py")
    for lmax in args.lmax:
        rng = np.random.default_rng(1)
        n = (lmax + 1) * (lmax + 2) // 2
        alm = rng.uniform(-1, 1, n) + 1j * rng.uniform(-1, 1, n)
        alm[: lmax + 1] = alm[: lmax + 1].real
        sht = sphfield.Sht.gauss_legendre(lmax + 1, 2 * lmax + 2, lmax)
        for thr in args.threads:
            kw = dict(lmax=lmax, spin=0, geometry="GL", nthreads=thr)
            ours_s, ours_a, d_s, d_a = [], [], [], []
            m = sht.synthesis(alm, threads=thr)  # warm-up
            dm = ducc0.sht.synthesis_2d(alm=alm[None, :], ntheta=lmax + 1, nphi=2 * lmax + 2, **kw)
            for _ in range(args.reps):
                t = time.perf_counter(); m = sht.synthesis(alm, threads=thr); ours_s.append(time.perf_counter() - t)
                t = time.perf_counter(); back = sht.analysis(m, threads=thr); ours_a.append(time.perf_counter() - t)
                t = time.perf_counter()
                dm = ducc0.sht.synthesis_2d(alm=alm[None, :], ntheta=lmax + 1, nphi=2 * lmax + 2, **kw)
                d_s.append(time.perf_counter() - t)
                t = time.perf_counter(); ducc0.sht.analysis_2d(map=dm, **kw); d_a.append(time.perf_counter() - t)
            rust = json.loads(subprocess.run([exe, str(lmax), str(thr), str(args.reps)], capture_output=True,
                                             text=True, check=True).stdout)
            err = float(np.linalg.norm(back - alm) / np.linalg.norm(alm))
            os_, oa, ds, da = median(ours_s), median(ours_a), median(d_s), median(d_a)
            print(f"{lmax:>5} {thr:>3} | {os_*1e3:>7.1f}ms {ds*1e3:>6.1f}ms {os_/ds:>5.2f} {rust['synthesis_s']*1e3:>6.1f}ms | "
                  f"{oa*1e3:>7.1f}ms {da*1e3:>6.1f}ms {oa/da:>5.2f} {rust['analysis_s']*1e3:>6.1f}ms | {err:.1e}", flush=True)


if __name__ == "__main__":
    main()
