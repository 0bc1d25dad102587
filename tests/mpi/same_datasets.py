"""Exits 0 if every dataset of the files is bitwise equal to the first file's (values, shape,
dtype, and the dataset attributes), else prints the difference and exits 1. Root attributes
that record how and when a file was made (command, history, created, mpi_ranks) may differ.
With --rtol R, floating-point datasets may differ by R times their largest magnitude.

    python same_datasets.py [--rtol R] reference.h5 other.h5 [more.h5 ...]
"""
import sys

import h5py
import numpy as np

VOLATILE = {"command", "history", "created", "mpi_ranks"}


def items(path):
    out = {}
    with h5py.File(path, "r") as f:
        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                attrs = {k: v for k, v in obj.attrs.items() if k not in ("DIMENSION_LIST", "REFERENCE_LIST")}
                out[name] = (obj[()], attrs)
        f.visititems(visit)
        root = {k: v for k, v in f.attrs.items() if k not in VOLATILE}
    return out, root


RTOL = 0.0


def as_float(a):
    if a.dtype.names:
        return np.stack([a[n] for n in a.dtype.names], axis=-1).astype(float)
    return a


def same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    if a.dtype.kind in "fc" or a.dtype.names:
        if a.tobytes() == b.tobytes():
            return True
        if RTOL > 0 and a.size:
            fa, fb = as_float(a), as_float(b)
            scale = np.abs(fa).max()
            return bool(np.abs(fa - fb).max() <= RTOL * scale)
        return a.tobytes() == b.tobytes()
    return np.array_equal(a, b)


def main():
    global RTOL
    args = sys.argv[1:]
    if args[0] == "--rtol":
        RTOL = float(args[1])
        args = args[2:]
    ref, ref_root = items(args[0])
    ok = True
    for path in args[1:]:
        other, root = items(path)
        if set(other) != set(ref):
            print(f"{path}: datasets {sorted(other)} != {sorted(ref)}")
            ok = False
            continue
        for name, (values, attrs) in ref.items():
            v, a = other[name]
            if not same(values, v):
                print(f"{path}: dataset {name} differs")
                ok = False
            if set(attrs) != set(a) or any(not same(attrs[k], a[k]) for k in attrs):
                print(f"{path}: attributes of {name} differ")
                ok = False
        for k in ref_root:
            if k not in root or not same(ref_root[k], root[k]):
                print(f"{path}: root attribute {k} differs")
                ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
