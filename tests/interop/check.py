"""Interoperability checks (run by tests/interop/run.sh).

Each check prints one line; any failure raises and exits non-zero.
"""
import os
import subprocess
import sys
import tempfile

import h5py
import healpy as hp
import numpy as np
import xarray as xr

SPHFIELD = os.path.abspath(sys.argv[1])
WORK = tempfile.mkdtemp(prefix="sphfield-interop-")


def run(*args):
    out = subprocess.run([SPHFIELD, *args, "-q"], capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError(f"sphfield {' '.join(args)} failed:\n{out.stderr}")
    return out.stdout


def path(name):
    return os.path.join(WORK, name)


def check_latlon_xarray():
    f = path("climate.h5")
    run("synth", "--resolution-deg", "1", "--rho-km", "1000", "--nu", "1.5", "--members", "3",
        "--seed", "5", "--units", "K", "--save-alm", "-o", f)
    for engine in ["h5netcdf", "netcdf4"]:
        ds = xr.open_dataset(f, engine=engine)
        assert ds["field"].dims == ("member", "lat", "lon"), ds["field"].dims
        assert ds.sizes["lat"] == 180 and ds.sizes["lon"] == 360 and ds.sizes["member"] == 3
        assert "lat" in ds.coords and "lon" in ds.coords and "member" in ds.coords
        lat = ds["lat"].values
        # Coordinates are the exact decimal values, so label-based selection finds them.
        assert np.array_equal(lat, 89.5 - np.arange(180)), lat[:3]
        assert np.array_equal(ds["lon"].values, np.arange(360.0))
        assert ds["field"].sel(lat=37.5, lon=359).shape == (3,)
        assert ds["lat"].attrs["units"] == "degrees_north"
        assert ds["lat"].attrs["standard_name"] == "latitude"
        assert ds["lon"].attrs["units"] == "degrees_east"
        assert ds["field"].attrs["units"] == "K"
        assert int(ds.attrs["seed"]) == 5
        assert "sphfield" in ds.attrs["source"]
        with h5py.File(f, "r") as h:
            raw = h["field"][...]
        assert np.array_equal(ds["field"].values, raw)
        sel = ds["field"].sel(lat=0.5, lon=10.5, method="nearest").values
        assert sel.shape == (3,) and np.all(np.isfinite(sel))
        ds.close()
    spec = xr.open_dataset(f, group="spectrum", engine="h5netcdf")
    assert spec["model"].dims == ("ell",) and spec.sizes["ell"] == 180
    print("ok: xarray (h5netcdf, netCDF4) opens a 1° ensemble with lat/lon/member coordinates")


def check_healpix_against_healpy():
    f = path("sky.h5")
    nside = 64
    run("synth", "--grid", "healpix", "--nside", str(nside), "--model", "power-law",
        "--exponent", "2.5", "--lmin", "2", "--members", "2", "--save-alm", "-o", f)
    with h5py.File(f, "r") as h:
        alm = h["harmonic/alm"][...]
        maps = h["field"][...]
        lmax = int(h["harmonic/alm"].attrs["lmax"])
        mmax = int(h["harmonic/alm"].attrs["mmax"])
        assert h["field"].attrs["ordering"] == "RING"
        assert int(h["field"].attrs["nside"]) == nside
    assert alm.dtype == np.complex128, alm.dtype
    worst = 0.0
    for k in range(2):
        ref = hp.alm2map(np.ascontiguousarray(alm[k]), nside, lmax=lmax, mmax=mmax)
        err = np.max(np.abs(ref - maps[k])) / np.max(np.abs(ref))
        worst = max(worst, err)
    assert worst < 1e-12, worst
    ds = xr.open_dataset(f, engine="h5netcdf")
    assert ds["field"].dims == ("member", "pixel") and ds.sizes["pixel"] == 12 * nside**2
    assert np.array_equal(ds["field"].values, maps)
    ds.close()
    print(f"ok: xarray opens the HEALPix ensemble as (member, pixel); healpy.alm2map on our alm matches our HEALPix maps (max relative difference {worst:.2e})")


def check_reading_h5py_files():
    # A file written by h5py in sphfield's layout: band-limited HEALPix map made by healpy.
    nside, lmax = 16, 24
    rng = np.random.default_rng(3)
    n = hp.Alm.getsize(lmax)
    alm = (rng.standard_normal(n) + 1j * rng.standard_normal(n)) / np.sqrt(2)
    alm[:lmax + 1] = alm[:lmax + 1].real  # m = 0 coefficients are real
    m = hp.alm2map(alm, nside, lmax=lmax)
    f = path("from_h5py.h5")
    with h5py.File(f, "w") as h:
        d = h.create_dataset("field", data=m)
        d.attrs["grid_type"] = "healpix"
        d.attrs["nside"] = nside
        d.attrs["ordering"] = "RING"
        d.attrs["units"] = "uK"
        g = h.create_group("harmonic")
        a = g.create_dataset("alm", data=alm)
        a.attrs["lmax"] = lmax
        a.attrs["mmax"] = lmax
        s = h.create_group("spectrum")
        s.create_dataset("model", data=hp.alm2cl(alm))
    text = run("info", f)
    assert "HEALPix nside 16" in text and "lmax 24" in text, text
    out = path("analysed.h5")
    run("analyze", f, "--lmax", str(lmax), "--iterations", "8", "-o", out)
    with h5py.File(out, "r") as h:
        back = h["harmonic/alm"][...]
        cl = h["spectrum/estimated"][...]
    err = np.max(np.abs(back - alm)) / np.max(np.abs(alm))
    assert err < 1e-8, err
    assert np.allclose(cl, hp.alm2cl(alm), rtol=1e-7)
    run("plot", f, "-o", path("from_h5py.png"))
    # A file with a wrong dtype is refused with a message.
    bad = path("bad.h5")
    with h5py.File(bad, "w") as h:
        d = h.create_dataset("field", data=np.arange(12 * 4, dtype=np.int32))
        d.attrs["grid_type"] = "healpix"
        d.attrs["nside"] = 2
    res = subprocess.run([SPHFIELD, "plot", bad, "-o", path("bad.png")], capture_output=True, text=True)
    assert res.returncode != 0 and "floating-point" in res.stderr and "panicked" not in res.stderr, res.stderr
    print(f"ok: files written by h5py are read (analysis of a healpy map recovers its alm to {err:.1e})")


def check_wind_and_polarized():
    # Winds: xarray opens u and v as one Dataset with CF standard names.
    f = path("wind.h5")
    run("synth", "--kind", "wind", "--rho-km", "800", "--radius-km", "6371", "--resolution-deg", "5",
        "--members", "2", "--seed", "3", "--units", "m s-1", "-o", f)
    ds = xr.open_dataset(f, engine="h5netcdf")
    assert ds["u"].dims == ("member", "lat", "lon") and ds["v"].dims == ("member", "lat", "lon")
    assert ds["u"].attrs["standard_name"] == "eastward_wind", ds["u"].attrs
    assert ds["v"].attrs["standard_name"] == "northward_wind", ds["v"].attrs
    assert ds["u"].attrs["units"] == "m s-1"
    ds.close()
    # Polarised sky: healpy's map2alm(pol=True) of our T, Q, U gives the six spectra that our
    # analyze gives (band-limited maps at lmax = 2 nside, where both analyses converge).
    nside, lmax = 16, 32
    sky, spec = path("sky_pol.h5"), path("sky_pol_spectra.h5")
    table = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "example_cmb_like_pol_dl.txt")
    run("synth", "--kind", "polarized", "--spectrum-file", table, "--grid", "healpix", "--nside", str(nside),
        "--lmax", str(lmax), "--seed", "8", "-o", sky)
    run("analyze", "--kind", "polarized", sky, "--lmax", str(lmax), "-o", spec)
    with h5py.File(sky, "r") as h:
        maps = [h[n][...] for n in ("T", "Q", "U")]
    alm = hp.map2alm(maps, lmax=lmax, pol=True, iter=20)
    ref = hp.alm2cl(alm)  # TT, EE, BB, TE, EB, TB
    worst = 0.0
    with h5py.File(spec, "r") as h:
        for k, name in enumerate(["TT", "EE", "BB", "TE", "EB", "TB"]):
            ours = h["spectrum/" + name][...]
            scale = np.sqrt(ref[0] * ref[1])[2:] if name in ("TE", "EB", "TB") else np.abs(ref[k][2:])
            if name in ("EB", "TB"):
                scale = np.sqrt(np.abs(ref[1] * ref[2]) + np.abs(ref[0] * ref[2]))[2:]
            worst = max(worst, float(np.max(np.abs(ours[2:] - ref[k][2:]) / scale)))
    assert worst < 1e-6, worst
    print(f"ok: xarray opens winds u, v with CF standard names; healpy's map2alm(pol=True) spectra of our T, Q, U match ours (max relative difference {worst:.1e})")


def check_space_time_xarray():
    # synth --times: (member, time, lat, lon) with a CF time axis that xarray decodes to dates;
    # a longer run extends a shorter one bit for bit.
    short, long_ = path("st_short.h5"), path("st_long.h5")
    common = ["synth", "--resolution-deg", "2", "--members", "2", "--seed", "9",
              "--temporal-scale", "20", "--temporal-exponent", "0.5", "--temporal-kappa", "4",
              "--time-units", "days since 2001-03-01 00:00:00", "--calendar", "noleap"]
    run(*common, "--times", "0:1:10", "-o", short)
    run(*common, "--times", "0:1:30", "-o", long_)
    for engine in ["h5netcdf", "netcdf4"]:
        ds = xr.open_dataset(long_, engine=engine, decode_times=xr.coders.CFDatetimeCoder(use_cftime=True))
        assert ds["field"].dims == ("member", "time", "lat", "lon"), ds["field"].dims
        t = ds["time"].values
        assert len(t) == 30 and str(t[0])[:10] == "2001-03-01" and str(t[29])[:10] == "2001-03-30", t[:2]
        assert t[0].calendar == "noleap"
        ds.close()
    a = xr.open_dataset(short, engine="h5netcdf")["field"].values
    b = xr.open_dataset(long_, engine="h5netcdf")["field"].values
    assert np.array_equal(a, b[:, :10]), "a longer run must extend a shorter one"
    with h5py.File(long_, "r") as h:
        assert "temporal_rate" in h["spectrum"]
    print("ok: xarray decodes synth --times as (member, time, lat, lon) with CF dates (noleap); 30 days extend 10 days bit for bit")


check_latlon_xarray()
check_space_time_xarray()
check_wind_and_polarized()
check_healpix_against_healpy()
check_reading_h5py_files()
print("all interoperability checks passed")
