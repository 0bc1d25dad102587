#!/usr/bin/env python3
"""sphfield against GSTools for kriging and conditioned fields on the sphere, same machine, same
run: 1000 stations (uniform on the sphere, seed 1; values a smooth pattern plus noise, sigma 0.3),
Matérn with variance 1, correlation length rho = 1000 km, nu = 1.5, on the 1-degree Fejér-1 grid
(latitudes 89.5 ... -89.5, longitudes 0 ... 359): posterior mean, posterior standard deviation and
100 conditional members.

sphfield: the `sphfield condition` command (its time includes writing the HDF5 file), the exact
sphere covariance of the band-limited prior. GSTools: `krige.Simple` (mean 0, cond_err = sigma^2,
its defaults otherwise) with `return_var=True`, and `CondSRF` for the members; GSTools uses the
planar Matérn of the chordal distance (its latlon mode) with len_scale = rho / (2 sqrt 2) (the
same nu and practical range). GSTools takes minutes per few members, so its member time is
measured on --gstools-members members and scaled to 100 (printed as such).

Usage:  python3 bench/compare_gstools.py [--threads 1] [--gstools-members 3]
Makes (or reuses) .venv-bench-gstools from bench/requirements-gstools.txt; builds sphfield.
"""
import argparse, os, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

bench_env.ensure(["gstools", "h5py", "numpy"], "requirements-gstools.txt", ".venv-bench-gstools")

import h5py  # noqa: E402
import numpy as np  # noqa: E402
import gstools as gs  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--threads", type=int, default=1)
ap.add_argument("--gstools-members", type=int, default=3)
args = ap.parse_args()
T = str(args.threads)
bench_env.limit_library_threads(args.threads)
gs.config.NUM_THREADS = args.threads

exe = bench_env.build_sphfield()

rng = np.random.default_rng(1)
n, sigma, members = 1000, 0.3, 100
lat = np.degrees(np.arcsin(2 * rng.random(n) - 1))
lon = 360 * rng.random(n)
val = 2 * np.sin(np.radians(lat)) + 0.5 * np.cos(np.radians(lat)) * np.cos(3 * np.radians(lon)) + rng.normal(0, sigma, n)
work = tempfile.mkdtemp(prefix="sphfield-gstools-")
csv = os.path.join(work, "stations.csv")
with open(csv, "w") as f:
    f.write("lat,lon,value,sigma\n")
    for a, b, c in zip(lat, lon, val):
        f.write(f"{float(a)!r},{float(b)!r},{float(c)!r},{sigma}\n")

bench_env.print_run_header()
print(f"# {n} stations, Matérn sigma^2 = 1, rho = 1000 km, nu = 1.5, 1-degree Fejér-1 grid, {members} members, {T} thread(s)")

out = os.path.join(work, "post.h5")
t = time.perf_counter()
subprocess.run([exe, "condition", csv, "--rho-km", "1000", "--nu", "1.5", "--variance", "1",
                "--resolution-deg", "1", "--members", str(members), "--seed", "1", "--threads", T,
                "-q", "--force", "-o", out], check=True)
t_sph = time.perf_counter() - t
with h5py.File(out) as f:
    mean_sph, std_sph = f["mean"][...], f["std"][...]

glat = 89.5 - np.arange(180.0)
glon = np.arange(360.0)
model = gs.Matern(latlon=True, var=1.0, len_scale=1000 / (2 * np.sqrt(2)), nu=1.5, geo_scale=gs.KM_SCALE)
t = time.perf_counter()
krige = gs.krige.Simple(model, cond_pos=(lat, lon), cond_val=val, mean=0.0, cond_err=sigma ** 2)
mean_gs, var_gs = krige((glat, glon), mesh_type="structured", return_var=True)
t_krige = time.perf_counter() - t
cond = gs.CondSRF(krige)
t = time.perf_counter()
for i in range(args.gstools_members):
    cond.structured((glat, glon), seed=i)
t_members = (time.perf_counter() - t) / args.gstools_members * members
t_gs = t_krige + t_members

print(f"| | sphfield (condition, incl. file) | GSTools | ratio sphfield/GSTools |")
print(f"|---|---|---|---|")
print(f"| mean + std + {members} members | {t_sph:.2f} s | {t_gs:.1f} s (krige {t_krige:.1f} s + members "
      f"{t_members:.1f} s, scaled from {args.gstools_members}) | {t_sph / t_gs:.4f} |")
diff = mean_sph - mean_gs
print(f"# posterior means: rms {np.sqrt(np.mean(mean_sph**2)):.3f}; rms difference sphfield - GSTools {np.sqrt(np.mean(diff**2)):.3f} "
      f"(different covariances: exact sphere vs chordal planar Matérn)")
print(f"# posterior std: sphfield {std_sph.min():.3f}..{std_sph.max():.3f}, GSTools {np.sqrt(np.maximum(var_gs, 0)).min():.3f}..{np.sqrt(np.maximum(var_gs, 0)).max():.3f}")
