#!/usr/bin/env python3
"""How far HEALPix's normal matrix is from the identity, and what preconditioning could gain.

The HEALPix analysis solves A a = b with A = Q S (S: synthesis, Q: the ring-weighted quadrature,
sphfield's `analysis(iterations=0)`); conjugate gradients converge at a rate set by A's condition
number κ, about (√κ − 1)/(√κ + 1) per step. This script builds A column by column on small grids
(real basis: Re a_lm for every (l, m), Im a_lm for m > 0), and prints κ(A), κ after a diagonal
(Jacobi) preconditioner, and κ after an exact block preconditioner per (m, re/im) — the best a
preconditioner that ignores the φ-aliasing between orders could do.

Usage:  python3 bench/healpix_normal_matrix.py [--nside 8 16]
Makes (or reuses) .venv-bench-python (see compare_python.py) and installs the module from this
checkout.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_env  # noqa: E402
from compare_python import ensure_env  # noqa: E402


def normal_matrix(sphfield, np, nside, lmax):
    sht = sphfield.Sht.healpix(nside, lmax)
    n = sht.alm_len
    basis = [(k, 1.0) for k in range(n)] + [(k, 1j) for k in range(lmax + 1, n)]
    a_matrix = np.zeros((len(basis), len(basis)))
    for j, (k, unit) in enumerate(basis):
        a = np.zeros(n, complex)
        a[k] = unit
        b = sht.analysis(sht.synthesis(a), iterations=0, solver="jacobi")
        a_matrix[:, j] = np.concatenate([b.real, b.imag[lmax + 1:]])
    keys = np.array([2 * int(sphfield.Alm.getlm(lmax, k)[1]) + (unit != 1.0) for k, unit in basis])
    return 0.5 * (a_matrix + a_matrix.T), keys


def kappa(np, m):
    ev = np.linalg.eigvalsh(0.5 * (m + m.T))
    return ev.max() / ev.min(), ev.min(), ev.max()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nside", type=int, nargs="+", default=[8, 16])
    args = ap.parse_args()
    ensure_env()
    bench_env.print_run_header()
    import numpy as np
    import sphfield
    print("nside lmax     N | kappa(A) [eig min, max] | Jacobi-preconditioned | per-m block-preconditioned")
    for nside in args.nside:
        lmax = 2 * nside
        a, keys = normal_matrix(sphfield, np, nside, lmax)
        d = np.diag(a)
        jacobi = a / np.sqrt(np.outer(d, d))
        blocks = np.zeros_like(a)
        for key in np.unique(keys):
            s = np.where(keys == key)[0]
            blocks[np.ix_(s, s)] = a[np.ix_(s, s)]
        li = np.linalg.inv(np.linalg.cholesky(blocks))
        rows = [kappa(np, x) for x in (a, jacobi, li @ a @ li.T)]
        text = " | ".join(f"{k:.4f} [{lo:.4f}, {hi:.4f}]" for k, lo, hi in rows)
        print(f"{nside:5d} {lmax:4d} {len(keys):5d} | {text}")


if __name__ == "__main__":
    main()
