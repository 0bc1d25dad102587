#!/usr/bin/env python3
"""Regenerates the reference files under data/ used by tests/oracles.rs.

Run as  python3 scripts/make_reference.py  ; without numpy, scipy, mpmath and healpy in the
current Python it re-runs itself in the pinned .venv-bench-healpy (bench/requirements-healpy.txt).
Outputs (plain text, full double precision):
  data/ylm_reference.txt      l m theta Re(Y_l^m(theta, 0))   (mpmath, 30 digits, CS phase, orthonormal)
  data/healpix_reference.txt  nside lmax, then alm (l m re im), then healpy.alm2map values
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "bench"))
import bench_env  # noqa: E402

bench_env.ensure(["numpy", "scipy", "mpmath", "healpy"], "requirements-healpy.txt", ".venv-bench-healpy")
import numpy as np  # noqa: E402
import mpmath as mp  # noqa: E402

data = os.path.join(here, "..", "data")
os.makedirs(data, exist_ok=True)

mp.mp.dps = 30


def ylm_recurrence(l, m, theta):
    # Same function in 60-digit arithmetic by the textbook recurrence (for high degree, where
    # legenp's hypergeometric series is slow).
    with mp.workdps(60):
        x, s = mp.cos(mp.mpf(theta)), mp.sin(mp.mpf(theta))
        p = 1 / mp.sqrt(4 * mp.pi)
        for k in range(1, m + 1):
            p *= -mp.sqrt(mp.mpf(2 * k + 1) / (2 * k)) * s
        if l == m:
            return +p
        p0, p1 = p, mp.sqrt(2 * m + 3) * x * p
        for ll in range(m + 2, l + 1):
            a = mp.sqrt(mp.mpf(4 * ll * ll - 1) / (ll * ll - m * m))
            b = mp.sqrt(mp.mpf((ll - 1) ** 2 - m * m) / (4 * (ll - 1) ** 2 - 1))
            p0, p1 = p1, a * (x * p1 - b * p0)
        return +p1


def ylm(l, m, theta):
    # Orthonormal, Condon-Shortley phase: N_lm P_l^m(cos theta); mpmath.legenp includes (-1)^m.
    if l > 20:
        return ylm_recurrence(l, m, theta)
    if m > 0 and theta in (0.0, float(np.pi)):
        return mp.mpf(0)
    x = mp.cos(mp.mpf(theta))
    norm = mp.sqrt((2 * l + 1) / (4 * mp.pi) * mp.factorial(l - m) / mp.factorial(l + m))
    return norm * mp.legenp(l, m, x, type=2)


cases = []
for l in range(0, 9):
    for m in range(0, l + 1):
        for theta in (0.0, 0.3, 1.2, np.pi / 2, 2.5, np.pi):
            cases.append((l, m, theta))
for (l, m) in [(100, 0), (100, 37), (500, 250), (1000, 1), (1000, 999), (2000, 1500)]:
    for theta in (0.05, 0.7, 1.5):
        cases.append((l, m, theta))
with open(os.path.join(data, "ylm_reference.txt"), "w") as f:
    f.write("# l m theta Y_l^m(theta, phi=0)  [mpmath, orthonormal, Condon-Shortley phase]\n")
    for l, m, theta in cases:
        f.write(f"{l} {m} {theta!r} {mp.nstr(ylm(l, m, theta), 20, min_fixed=-1000, max_fixed=1000)}\n")

import healpy as hp

nside, lmax = 16, 40
rng = np.random.default_rng(20261123)
nalm = hp.Alm.getsize(lmax)
alm = rng.standard_normal(nalm) + 1j * rng.standard_normal(nalm)
alm[:lmax + 1] = alm[:lmax + 1].real
values = hp.alm2map(alm, nside, lmax=lmax)
with open(os.path.join(data, "healpix_reference.txt"), "w") as f:
    f.write(f"# healpy {hp.__version__} alm2map, RING ordering\n{nside} {lmax}\n")
    for m in range(lmax + 1):
        for l in range(m, lmax + 1):
            a = alm[hp.Alm.getidx(lmax, l, m)]
            f.write(f"{l} {m} {float(a.real)!r} {float(a.imag)!r}\n")
    for v in values:
        f.write(f"{float(v)!r}\n")
print("wrote", len(cases), "Y_lm values and", len(values), "HEALPix pixels")
