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
