#!/usr/bin/env python3
"""sphfield fit against GSTools' variogram fit on the same stations, same machine, same run.

Data: 1000 stations (uniform on the sphere, seed 3) of a GSTools Matérn field in latlon mode
(variance 1, len_scale = 1000 km / (2 sqrt 2), i.e. practical range rho = 1000 km, nu = 1.5) plus
white noise of variance 0.05 (the nugget). sphfield: `sphfield fit stations.csv --lmax L` (exact
Gaussian likelihood of the band-limited sphere Matérn with a nugget, quasi-Newton from the
expected Fisher information, standard errors from that information). GSTools: `vario_estimate` (latlon, 30 bins up to 3000 km)
+ `Matern.fit_variogram(nugget=True)` (variance, len_scale, nu, nugget by least squares).
Prints times, estimates (rho in km), and sphfield's standard errors.

Usage:  python3 bench/compare_gstools_fit.py [--threads 1] [--lmax 191]
"""
import argparse, os, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402

bench_env.ensure(["gstools", "h5py", "numpy"], "requirements-gstools.txt", ".venv-bench-gstools")

import numpy as np  # noqa: E402
import gstools as gs  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--threads", type=int, default=1)
ap.add_argument("--lmax", type=int, default=191)
args = ap.parse_args()
T = str(args.threads)
bench_env.limit_library_threads(args.threads)
gs.config.NUM_THREADS = args.threads
exe = bench_env.build_sphfield()

rng = np.random.default_rng(3)
n, nugget = 1000, 0.05
lat = np.degrees(np.arcsin(2 * rng.random(n) - 1))
lon = 360 * rng.random(n)
truth = gs.Matern(latlon=True, var=1.0, len_scale=1000 / (2 * np.sqrt(2)), nu=1.5, geo_scale=gs.KM_SCALE)
field = gs.SRF(truth, seed=4)((lat, lon))
values = field + rng.normal(0, np.sqrt(nugget), n)
work = tempfile.mkdtemp(prefix="sphfield-gstools-fit-")
csv = os.path.join(work, "stations.csv")
with open(csv, "w") as f:
    f.write("lat,lon,value\n")
    for a, b, c in zip(lat, lon, values):
        f.write(f"{float(a)!r},{float(b)!r},{float(c)!r}\n")

bench_env.print_run_header()
print(f"# {n} stations; truth: variance 1, rho 1000 km, nu 1.5, nugget {nugget}; {T} thread(s)")
t = time.perf_counter()
out = subprocess.run([exe, "fit", csv, "--lmax", str(args.lmax), "--threads", T, "-q", "--force",
                      "-o", os.path.join(work, "fit.h5")], check=True, capture_output=True, text=True)
t_sph = time.perf_counter() - t
est = {}
for line in out.stdout.splitlines():
    parts = line.split(None, 2)
    if len(parts) >= 2 and parts[0] in ("variance", "rho_km", "nu", "nugget"):
        est[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")

t = time.perf_counter()
bins = np.linspace(0, 3000, 31)
centers, gamma = gs.vario_estimate((lat, lon), values, bins, latlon=True, geo_scale=gs.KM_SCALE)
model = gs.Matern(latlon=True, geo_scale=gs.KM_SCALE)
model.fit_variogram(centers, gamma, nugget=True)
t_gs = time.perf_counter() - t

print("| | time | variance | rho (km) | nu | nugget |")
print("|---|---|---|---|---|---|")
print(f"| truth | | 1 | 1000 | 1.5 | {nugget} |")
fmt = lambda k: f"{est[k][0]} ± {est[k][1]}" if k in est else "?"
print(f"| sphfield fit (lmax {args.lmax}) | {t_sph:.2f} s | {fmt('variance')} | {fmt('rho_km')} | {fmt('nu')} | {fmt('nugget')} |")
print(f"| GSTools vario_estimate + fit_variogram | {t_gs:.2f} s | {model.var:.4g} | {model.len_scale * 2 * np.sqrt(2):.4g} | {model.nu:.4g} | {model.nugget:.4g} |")
print(f"# time ratio sphfield / GSTools: {t_sph / t_gs:.2f}")
