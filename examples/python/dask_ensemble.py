"""An ensemble of Gaussian random fields generated in parallel by Dask workers into a Zarr
store, through xarray: the same fields, bit for bit, as

    sphfield synth --grid gl --nlat NLAT --nlon NLON --lmax LMAX --members N --seed SEED \
        --rho-km RHO --nu NU -o ensemble.h5

Each member depends only on (seed, member), so any worker can draw any member; the plan and
the spectrum travel to the workers by pickling. Run:

    python examples/python/dask_ensemble.py ensemble.zarr --members 100

(needs `pip install sphfield dask distributed zarr xarray`).
"""
import argparse

import numpy as np


def draw(sht, cl, seed, members):
    """Members `members` of the seeded ensemble on the plan's grid, stacked."""
    import sphfield

    return np.stack([sphfield.kl_sample_map(sht, cl, seed, int(k)) for k in members])


def main(store, members=100, nlat=90, nlon=180, lmax=89, seed=1, rho_km=1000.0, nu=1.5,
         workers=2, chunk=4):
    import dask.array as da
    import xarray as xr
    from dask.distributed import Client, LocalCluster

    import sphfield

    sht = sphfield.Sht.gauss_legendre(nlat, nlon, lmax)
    cl = sphfield.matern_cl(lmax, variance=1.0, rho_km=rho_km, nu=nu)
    lat, lon = sht.lat, sht.lon
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        blocks = []
        for start in range(0, members, chunk):
            ks = np.arange(start, min(start + chunk, members))
            blocks.append(da.from_delayed(
                _delayed_draw(sht, cl, seed, ks),
                shape=(len(ks), nlat, nlon), dtype=np.float64))
        fields = da.concatenate(blocks, axis=0)
        ds = xr.Dataset(
            {"field": (("member", "lat", "lon"), fields,
                       {"long_name": "Gaussian random field", "units": "1"})},
            coords={"member": np.arange(members), "lat": lat, "lon": lon},
            attrs={"seed": seed, "source": "sphfield via dask"},
        )
        ds.to_zarr(store, mode="w")
    return store


def _delayed_draw(sht, cl, seed, ks):
    import dask

    return dask.delayed(draw)(sht, cl, seed, ks)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("store")
    p.add_argument("--members", type=int, default=100)
    p.add_argument("--nlat", type=int, default=90)
    p.add_argument("--nlon", type=int, default=180)
    p.add_argument("--lmax", type=int, default=89)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--rho-km", type=float, default=1000.0)
    p.add_argument("--nu", type=float, default=1.5)
    p.add_argument("--workers", type=int, default=2)
    a = p.parse_args()
    main(a.store, a.members, a.nlat, a.nlon, a.lmax, a.seed, a.rho_km, a.nu, a.workers)
