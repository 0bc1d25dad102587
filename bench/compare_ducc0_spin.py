#!/usr/bin/env python3
"""Side-by-side timing of sphfield's and ducc0's spin-2 transforms on the same Gauss-Legendre
grid, same machine, same run.

Usage:  python3 bench/compare_ducc0_spin.py [--lmax 1023 2047 4095] [--threads 1 2] [--rounds 3]
                                             [--reps 1] [--isa scalar avx2 avx512] [--spin 2]
Makes (or reuses) .venv-bench from bench/requirements-ducc0.txt, builds `examples/spin_timing`,
prints the CPU, then alternates sphfield and ducc0 (A B A B ...) and reports the medians of
spin synthesis and adjoint synthesis (ducc0 `synthesis_2d(spin=2)` /
`adjoint_synthesis_2d(spin=2)`), the ratios sphfield/ducc0, the ratio of sphfield's spin pair to
two of its scalar transforms, and the round-trip error of sphfield's spin analysis.
"""
import argparse, json, os, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ducc0_run(lmax, threads, reps, spin):
    import numpy as np, ducc0
    rng = np.random.default_rng(1)
    n = (lmax + 1) * (lmax + 2) // 2
    alm = rng.uniform(-1, 1, (2, n)) + 1j * rng.uniform(-1, 1, (2, n))
    alm[:, : lmax + 1] = alm[:, : lmax + 1].real
    kw = dict(lmax=lmax, spin=spin, geometry="GL", nthreads=threads)
    m = ducc0.sht.experimental.synthesis_2d(alm=alm, ntheta=lmax + 1, nphi=2 * lmax + 2, **kw)
    ts, ta = [], []
    for _ in range(reps):
        t = time.perf_counter()
        m = ducc0.sht.experimental.synthesis_2d(alm=alm, ntheta=lmax + 1, nphi=2 * lmax + 2, **kw)
        ts.append(time.perf_counter() - t)
        t = time.perf_counter()
        ducc0.sht.experimental.adjoint_synthesis_2d(map=m, **kw)
        ta.append(time.perf_counter() - t)
    return ts, ta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lmax", type=int, nargs="+", default=[1023, 2047, 4095])
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--spin", type=int, default=2)
    ap.add_argument("--isa", nargs="+", choices=["scalar", "avx2", "avx512"])
    args = ap.parse_args()
    bench_env.ensure(["ducc0", "numpy"], "requirements-ducc0.txt", ".venv-bench")
    import ducc0
    import statistics as st
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "spin_timing"], cwd=root, check=True)
    exe = os.path.join(root, "target", "release", "examples", "spin_timing")
    bench_env.print_run_header()
    _, flags = bench_env.cpu_description()
    isas = args.isa or [i for i, need in [("scalar", set()), ("avx2", {"avx2", "fma"}), ("avx512", {"avx512f", "fma"})] if need <= flags]
    print(f"ducc0 {ducc0.__version__}; sphfield examples/spin_timing; spin {args.spin}; Gauss-Legendre nlat=lmax+1, nlon=2lmax+2")
    print(f"{'isa':>6} {'lmax':>5} {'thr':>3} | {'synth ours':>10} {'ducc0':>8} {'ratio':>5} | {'adj ours':>9} {'ducc0':>8} {'ratio':>5} | spin pair / 2 scalar pairs | round-trip err")
    for lmax in args.lmax:
        for thr in args.threads:
            for isa in isas:
                os_, oa, ss, sa, d_s, d_a = [], [], [], [], [], []
                for _ in range(args.rounds):
                    cmd = [exe, str(lmax), str(thr), str(args.reps), isa, str(args.spin)]
                    r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
                    os_.append(r["synthesis_s"]); oa.append(r["adjoint_s"])
                    ss.append(r["two_scalar_synthesis_s"]); sa.append(r["two_scalar_adjoint_s"])
                    ts, ta = ducc0_run(lmax, thr, args.reps, args.spin)
                    d_s += ts; d_a += ta
                s, a, ds, da = st.median(os_), st.median(oa), st.median(d_s), st.median(d_a)
                pair = (s + a) / (st.median(ss) + st.median(sa))
                print(f"{isa:>6} {lmax:>5} {thr:>3} | {s*1e3:>8.1f}ms {ds*1e3:>6.1f}ms {s/ds:>5.2f} | {a*1e3:>7.1f}ms {da*1e3:>6.1f}ms {a/da:>5.2f} | {pair:>26.2f} | {r['max_rel_err']:.1e}", flush=True)


if __name__ == "__main__":
    main()
