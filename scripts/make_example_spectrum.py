#!/usr/bin/env python3
"""Writes data/example_cmb_like_dl.txt: a smooth toy table of D_l = l(l+1)C_l/2pi (in uK^2) with
CMB-like features (a Sachs-Wolfe plateau, damped acoustic oscillations, Silk damping), for the
README's sky example and examples/sky.rs. It is NOT a physical CMB spectrum; use a CAMB/CLASS
table (same two-column format) for science.
"""
import math
import os

LMAX = 2000
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "data", "example_cmb_like_dl.txt"), "w") as f:
    f.write("# toy CMB-like angular power spectrum (not physical), made by scripts/make_example_spectrum.py\n")
    f.write("# l  D_l = l(l+1)C_l/2pi [uK^2]\n")
    f.write("0 0\n1 0\n")
    for l in range(2, LMAX + 1):
        plateau = 1000.0 * math.exp(-((l / 400.0) ** 2))
        peaks = 4500.0 * (1.0 + 0.45 * math.cos(math.pi * (l - 220.0) / 300.0 * 1.35)) / (1.0 + (220.0 / l) ** 2)
        damping = math.exp(-((l / 900.0) ** 2))
        f.write(f"{l} {plateau + peaks * damping:.6f}\n")

# data/example_cmb_like_pol_dl.txt: the same toy TT with toy EE, BB and TE in CAMB's column
# layout `l TT EE BB TE` (D_l, uK^2), for `sphfield synth --kind polarized`. Not physical: EE
# is a damped oscillation at a few per cent of TT, BB a small smooth bump, and TE a fraction of
# sqrt(TT EE) with an oscillating sign (|TE| <= 0.7 sqrt(TT EE), so every 2x2 block is valid).
with open(os.path.join(root, "data", "example_cmb_like_pol_dl.txt"), "w") as f:
    f.write("# toy polarised CMB-like spectra (not physical), made by scripts/make_example_spectrum.py\n")
    f.write("#    L    TT    EE    BB    TE   (D_l = l(l+1)C_l/2pi [uK^2], CAMB column order)\n")
    for l in range(2, LMAX + 1):
        plateau = 1000.0 * math.exp(-((l / 400.0) ** 2))
        peaks = 4500.0 * (1.0 + 0.45 * math.cos(math.pi * (l - 220.0) / 300.0 * 1.35)) / (1.0 + (220.0 / l) ** 2)
        damping = math.exp(-((l / 900.0) ** 2))
        tt = plateau + peaks * damping
        ee = 40.0 * (1.0 + 0.8 * math.sin(math.pi * l / 300.0) ** 2) * (l / 1000.0) ** 2 * math.exp(-((l / 1200.0) ** 2)) + 0.05
        bb = 0.02 * math.exp(-(((l - 80.0) / 60.0) ** 2)) + 0.002
        te = 0.7 * math.sqrt(tt * ee) * math.cos(math.pi * l / 250.0)
        f.write(f"{l} {tt:.6f} {ee:.6f} {bb:.6f} {te:.6f}\n")
