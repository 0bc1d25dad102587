#!/usr/bin/env python3
"""The climate/cosmology pipeline job end to end: N random fields at HEALPix nside written to
one HDF5 file, by `sphfield synth` and by a Python loop of healpy.synfast + h5py writes, on the
same machine in the same run, same spectrum (sphfield's Matérn model, written out with
`sphfield spectrum`), same lmax = 3*nside - 1, same layout (one (N, npix) float64 dataset chunked
per member, no compression). Reports wall time, peak resident memory of each process (from
wait4), and the ratio sphfield/healpy.

Usage:  python3 bench/compare_healpy_io.py [--nside 256] [--members 1000] [--threads 1 2]
Needs healpy and h5py (uses the pinned .venv-bench-healpy of bench/requirements-healpy.txt,
made by bench/bench_env.py, if the current Python lacks them). Writes the files to a temporary folder and deletes them.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# healpy and h5py from the same virtual environment as compare_healpy.py.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402
from compare_healpy import ensure_healpy  # noqa: E402


HEALPY_JOB = r"""
import sys
import numpy as np, healpy as hp, h5py
nside, members, lmax = map(int, sys.argv[1:4]); cl_file, out = sys.argv[4:6]
cl = np.loadtxt(cl_file)[:, 1]
npix = hp.nside2npix(nside)
np.random.seed(0)
with h5py.File(out, "w") as f:
    d = f.create_dataset("field", shape=(members, npix), dtype="f8", chunks=(1, npix))
    for k in range(members):
        d[k] = hp.synfast(cl, nside, lmax=lmax, new=True)
"""


def timed(cmd, env):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"{cmd[0]} failed: {p.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024.0  # KiB -> MiB


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nside", type=int, default=256)
    ap.add_argument("--members", type=int, default=1000)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    ensure_healpy()
    bench_env.print_run_header()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=root, check=True)
    exe = os.path.join(root, "target", "release", "sphfield")
    nside, n, lmax = args.nside, args.members, 3 * args.nside - 1
    work = tempfile.mkdtemp(prefix="sphfield-io-bench-")
    try:
        cl = os.path.join(work, "cl.txt")
        subprocess.run([exe, "spectrum", "--rho-km", "1000", "--nu", "1.5", "--lmax", str(lmax), "-o", cl],
                       check=True, capture_output=True)
        print(f"{n} fields, HEALPix nside {nside}, lmax {lmax}, float64, one (member, pixel) dataset")
        print(f"{'threads':>7} {'sphfield s':>11} {'MiB':>7} {'healpy s':>9} {'MiB':>7} {'ratio':>6}")
        for th in args.threads:
            env = dict(os.environ, OMP_NUM_THREADS=str(th), SPHFIELD_NUM_THREADS=str(th))
            out_s = os.path.join(work, "s.h5")
            out_h = os.path.join(work, "h.h5")
            ts, ms = timed([exe, "synth", "--grid", "healpix", "--nside", str(nside), "--lmax", str(lmax),
                            "--model", "table", "--spectrum-file", cl, "--members", str(n), "-q",
                            "--force", "-o", out_s], env)
            os.remove(out_s)
            th_, mh = timed([sys.executable, "-c", HEALPY_JOB, str(nside), str(n), str(lmax), cl, out_h], env)
            os.remove(out_h)
            print(f"{th:>7} {ts:>11.2f} {ms:>7.1f} {th_:>9.2f} {mh:>7.1f} {ts / th_:>6.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
