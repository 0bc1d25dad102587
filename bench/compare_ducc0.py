#!/usr/bin/env python3
"""Side-by-side timing of sphfield and ducc0 on the same Gauss-Legendre grid, same machine, same run.

Usage:  python3 bench/compare_ducc0.py [--lmax 255 1023 2047 4095] [--threads 1 2] [--rounds 3]
                                        [--reps 3] [--isa scalar avx2 avx512]
Makes (or reuses) its own virtual environment .venv-bench from bench/requirements-ducc0.txt
(pinned), builds `examples/sht_timing` in release mode, prints the CPU model and its SIMD flags,
then for every instruction set the CPU supports (or those given with --isa, forced with
`Sht::with_isa`) alternates sphfield and ducc0 (A B A B ...), and reports the median of each,
the ratio sphfield/ducc0, and both round-trip errors (L2-relative and max-abs relative, for
uniform random alm in [-1, 1)).
"""
import argparse, json, os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_ducc0():
    bench_env.ensure(['ducc0', 'numpy'], "requirements-ducc0.txt", ".venv-bench")


def supported_isas(flags):
    isas = ["scalar"]
    if {"avx2", "fma"} <= flags:
        isas.append("avx2")
    if {"avx512f", "fma"} <= flags:
        isas.append("avx512")
    return isas


def ducc0_run(lmax, threads, reps):
    import numpy as np, ducc0
    rng = np.random.default_rng(1)
    nalm = (lmax + 1) * (lmax + 2) // 2
    alm = rng.uniform(-1, 1, nalm) + 1j * rng.uniform(-1, 1, nalm)
    alm[: lmax + 1] = alm[: lmax + 1].real
    kw = dict(lmax=lmax, spin=0, geometry="GL", nthreads=threads)
    m = ducc0.sht.synthesis_2d(alm=alm[None, :], ntheta=lmax + 1, nphi=2 * lmax + 2, **kw)
    ts, ta = [], []
    for _ in range(reps):
        t = time.perf_counter()
        m = ducc0.sht.synthesis_2d(alm=alm[None, :], ntheta=lmax + 1, nphi=2 * lmax + 2, **kw)
        ts.append(time.perf_counter() - t)
        t = time.perf_counter()
        back = ducc0.sht.analysis_2d(map=m, **kw)[0]
        ta.append(time.perf_counter() - t)
    return dict(synthesis_s=ts, analysis_s=ta,
                l2_rel_err=float(np.linalg.norm(back - alm) / np.linalg.norm(alm)),
                max_rel_err=float(np.abs(back - alm).max() / np.abs(alm).max()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lmax", type=int, nargs="+", default=[255, 1023, 2047, 4095])
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--isa", nargs="+", choices=["scalar", "avx2", "avx512"],
                    help="instruction sets to force (default: every one this CPU supports)")
    args = ap.parse_args()
    ensure_ducc0()
    import ducc0
    import statistics as st
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "sht_timing"], cwd=root, check=True)
    exe = os.path.join(root, "target", "release", "examples", "sht_timing")
    bench_env.print_run_header()
    _, flags = bench_env.cpu_description()
    print(f"ducc0 {ducc0.__version__}; sphfield examples/sht_timing; Gauss-Legendre nlat=lmax+1, nlon=2lmax+2")
    isas = args.isa or supported_isas(flags)
    print(f"{'isa':>6} {'lmax':>5} {'thr':>3} | {'synth ours':>10} {'ducc0':>8} {'ratio':>5} | {'anal ours':>10} {'ducc0':>8} {'ratio':>5} | err ours (l2/max)   err ducc0 (l2/max)")
    for lmax in args.lmax:
        for thr in args.threads:
            for isa in isas:
                ours_s, ours_a, d_s, d_a = [], [], [], []
                for _ in range(args.rounds):
                    cmd = [exe, str(lmax), str(thr), str(args.reps), "gl", isa]
                    r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
                    ours_s.append(r["synthesis_s"]); ours_a.append(r["analysis_s"])
                    d = ducc0_run(lmax, thr, args.reps)
                    d_s += d["synthesis_s"]; d_a += d["analysis_s"]
                os_, oa, ds, da = st.median(ours_s), st.median(ours_a), st.median(d_s), st.median(d_a)
                print(f"{isa:>6} {lmax:>5} {thr:>3} | {os_*1e3:>8.1f}ms {ds*1e3:>6.1f}ms {os_/ds:>5.2f} | {oa*1e3:>8.1f}ms {da*1e3:>6.1f}ms {oa/da:>5.2f} | "
                      f"{r['l2_rel_err']:.1e}/{r['max_rel_err']:.1e}   {d['l2_rel_err']:.1e}/{d['max_rel_err']:.1e}", flush=True)


if __name__ == "__main__":
    main()
