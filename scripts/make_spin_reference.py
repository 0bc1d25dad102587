#!/usr/bin/env python3
"""Regenerates data/spin_reference.txt, the oracle of tests/spin.rs: spin-weighted syntheses and
gradients computed by healpy and ducc0 from coefficients given by a formula that the test
evaluates too (see `coefficients`), so that only the maps are stored.

Run as  python3 scripts/make_spin_reference.py  ; without numpy, healpy and ducc0 in the current
Python it re-runs itself in .venv-bench-healpy (bench/requirements-healpy.txt plus ducc0).

Format (plain text, full double precision):
  case NAME GRID N1 N2 SPIN LMAX
      GRID = healpix (N1 = nside, N2 = 0) | gl | cc | f1 (N1 = rings, N2 = pixels per ring);
      SPIN = 0 for a gradient case (then B is zero and the maps are d/dtheta, d/dphi / sin theta)
  pixels K  then K lines:  pixel-index Q U
The coefficients of case number k (0, 1, ...) are, for l >= max(SPIN, 0):
  E_lm = sin(1.3 l + 0.7 m + k) + i cos(0.9 l - 1.1 m + k)
  B_lm = sin(0.5 l + 2.1 m + k) + i cos(1.7 l + 0.3 m + k)   (B = 0 for gradient cases)
with Im E_l0 = Im B_l0 = 0 and zeros below l = SPIN.
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "bench"))
import bench_env  # noqa: E402

bench_env.ensure(["numpy", "healpy", "ducc0"], "requirements-healpy.txt", ".venv-bench-healpy")
import numpy as np  # noqa: E402
import healpy as hp  # noqa: E402
import ducc0  # noqa: E402

case_number = 0
out = open(os.path.join(here, "..", "data", "spin_reference.txt"), "w")
out.write(f"# healpy {hp.__version__}, ducc0 {ducc0.__version__}; made by scripts/make_spin_reference.py\n")


def coefficients(lmax, spin, gradient=False):
    """E, B of the next case (the formula in the module docstring), healpy's index order."""
    global case_number
    k = case_number
    case_number += 1
    n = (lmax + 1) * (lmax + 2) // 2
    e = np.zeros(n, complex)
    b = np.zeros(n, complex)
    for m in range(lmax + 1):
        for l in range(max(m, spin), lmax + 1):
            i = hp.Alm.getidx(lmax, l, m)
            e[i] = np.sin(1.3 * l + 0.7 * m + k) + 1j * np.cos(0.9 * l - 1.1 * m + k)
            b[i] = np.sin(0.5 * l + 2.1 * m + k) + 1j * np.cos(1.7 * l + 0.3 * m + k)
            if m == 0:
                e[i], b[i] = e[i].real, b[i].real
    if gradient:
        b[:] = 0
    return e, b


def write_case(name, grid, n1, n2, spin, lmax, e, b, q, u, every=1):
    out.write(f"case {name} {grid} {n1} {n2} {spin} {lmax}\n")
    pix = list(range(0, q.size, every))
    out.write(f"pixels {len(pix)}\n")
    for p in pix:
        out.write(f"{p} {float(q[p])!r} {float(u[p])!r}\n")


def ducc_2d(e, b, spin, lmax, grid, nlat, nlon):
    maps = ducc0.sht.experimental.synthesis_2d(
        alm=np.array([e, b]), spin=spin, lmax=lmax, geometry=grid, ntheta=nlat, nphi=nlon)
    return maps[0].ravel(), maps[1].ravel()


# healpy spin 2 (alm2map_spin), and the same Q, U from alm2map(pol=True).
nside, lmax = 8, 20
e, b = coefficients(lmax, 2)
q, u = hp.alm2map_spin([e, b], nside, 2, lmax)
t = np.cos(np.arange(e.size)) + 0j
_, q2, u2 = hp.alm2map([t, e, b], nside, lmax=lmax, pol=True)
assert np.allclose(q, q2, atol=1e-12) and np.allclose(u, u2, atol=1e-12)
write_case("healpy-spin2", "healpix", nside, 0, 2, lmax, e, b, q, u, 3)

# healpy spin 1 and spin 3 (alm2map_spin, any spin).
for spin in (1, 3):
    e, b = coefficients(lmax, spin)
    q, u = hp.alm2map_spin([e, b], nside, spin, lmax)
    write_case(f"healpy-spin{spin}", "healpix", nside, 0, spin, lmax, e, b, q, u, 3)

# ducc0 on the equiangular grids.
for name, grid, code, nlat, nlon, spin, lmax, every in [
    ("ducc0-gl-spin1", "gl", "GL", 32, 64, 1, 31, 5),
    ("ducc0-gl-spin2", "gl", "GL", 32, 63, 2, 31, 5),
    ("ducc0-cc-spin2", "cc", "CC", 27, 52, 2, 25, 5),
    ("ducc0-f1-spin3", "f1", "F1", 26, 51, 3, 25, 5),
    ("ducc0-gl-spin2-l383", "gl", "GL", 384, 768, 2, 383, 149),
]:
    e, b = coefficients(lmax, spin)
    q, u = ducc_2d(e, b, spin, lmax, code, nlat, nlon)
    write_case(name, grid, nlat, nlon, spin, lmax, e, b, q, u, every)

# Gradients: ducc0 synthesis_deriv1 (GL) and healpy alm2map_der1 (HEALPix).
lmax = 31
a, zero = coefficients(lmax, 0, gradient=True)
d = ducc0.sht.experimental.synthesis_2d_deriv1(alm=a[None, :], lmax=lmax, geometry="GL", ntheta=32, nphi=64)
write_case("ducc0-gl-deriv1", "gl", 32, 64, 0, lmax, a, zero, d[0].ravel(), d[1].ravel(), 5)
lmax = 20
a, zero = coefficients(lmax, 0, gradient=True)
_, dth, dph = hp.alm2map_der1(a, nside, lmax=lmax)
write_case("healpy-der1", "healpix", nside, 0, 0, lmax, a, zero, dth, dph, 3)
out.close()
