"""The Python module: results against healpy and closed forms, the GIL released, clear errors."""
import math
import threading

import healpy as hp
import numpy as np
import pytest

import sphfield


def test_synthesis_matches_healpy():
    nside, lmax = 32, 64
    cl = sphfield.matern_cl(lmax, variance=2.0, rho_km=1500.0, nu=1.5)
    alm = sphfield.kl_sample_alm(cl, seed=3, member=1)
    assert alm.dtype == np.complex128 and alm.shape == (sphfield.alm_len(lmax),)
    sht = sphfield.Sht.healpix(nside, lmax)
    ours = sht.synthesis(alm, threads=2)
    ref = hp.alm2map(alm, nside, lmax=lmax)
    assert np.max(np.abs(ours - ref)) <= 1e-12 * np.max(np.abs(ref))
    # And healpy's analysis of our map agrees with ours (same Jacobi iterations).
    back = sht.analysis(ours, iterations=3, solver="jacobi")
    ref_back = hp.map2alm(ours, lmax=lmax, iter=3, use_pixel_weights=False)
    assert np.max(np.abs(back - ref_back)) < 1e-6 * np.max(np.abs(alm))
    # The default (conjugate gradients) recovers the band-limited coefficients to ~1e-10,
    # where healpy's iter=3 stops near 1e-5.
    best = sht.analysis(ours)
    assert np.max(np.abs(best - alm)) < 1e-9 * np.max(np.abs(alm))
    assert np.max(np.abs(ref_back - alm)) > 1e-7 * np.max(np.abs(alm))
    with pytest.raises(ValueError, match="solver"):
        sht.analysis(ours, solver="lsqr")


def test_gauss_legendre_round_trip_and_adjoint():
    lmax = 31
    sht = sphfield.Sht.gauss_legendre(lmax + 1, 2 * lmax + 2, lmax)
    rng = np.random.default_rng(0)
    alm = rng.standard_normal(sht.alm_len) + 1j * rng.standard_normal(sht.alm_len)
    alm[: lmax + 1] = alm[: lmax + 1].real
    m = sht.synthesis(alm)
    assert m.shape == (lmax + 1, 2 * lmax + 2) == tuple(sht.shape)
    assert np.max(np.abs(sht.analysis(m) - alm)) < 1e-13 * np.max(np.abs(alm))
    # Flat maps are accepted as well, with the same result.
    assert np.array_equal(sht.analysis(m.ravel()), sht.analysis(m))
    # <synthesis(a), f> = <a, adjoint(f)> with the real-field weights (m > 0 counted twice).
    f = rng.standard_normal(sht.npix)
    adj = sht.adjoint(f)
    w = np.full(sht.alm_len, 2.0)
    w[: lmax + 1] = 1.0
    lhs = np.dot(m.ravel(), f)
    rhs = np.sum(w * (alm.real * adj.real + alm.imag * adj.imag))
    assert abs(lhs - rhs) < 1e-11 * abs(lhs)


def test_matern_variance_and_covariance():
    # The variance is exactly 1.5 for the infinite series; C_l ~ l^-4 (nu = 1) leaves a tail
    # ~ 1/L^2: relative 1.2e-3 at L = 400, below 1e-6 at L = 20000.
    full = sphfield.matern_cl(20000, variance=1.5, rho_rad=0.2, nu=1.0)
    ell = np.arange(full.size)
    assert abs(np.sum((2 * ell + 1) * full) / (4 * math.pi) - 1.5) < 1.5e-6
    cl = full[:401]
    assert np.array_equal(cl, sphfield.matern_cl(400, variance=1.5, rho_rad=0.2, nu=1.0))
    ell = np.arange(cl.size)
    k = sphfield.covariance(cl, np.array([0.0, 0.1, 0.5]))
    assert abs(k[0] - np.sum((2 * ell + 1) * cl) / (4 * math.pi)) < 1e-12
    assert k[0] > k[1] > k[2] > 0


def test_ensemble_variance_z_test():
    # Mean of the quadrature integral of f^2 over 100 members (exact on this grid) against its
    # expectation, in units of its standard error: |z| < 5.
    lmax = 30
    cl = sphfield.heat_cl(lmax, variance=1.0, scale=0.3)
    sht = sphfield.Sht.fejer1(64, 128, lmax)
    w = sht.pixel_weights()
    vals = [np.sum(w * sphfield.kl_sample_map(sht, cl, seed=9, member=k) ** 2) / (4 * math.pi) for k in range(100)]
    ell = np.arange(lmax + 1)
    expected = np.sum((2 * ell + 1) * cl) / (4 * math.pi)
    se = math.sqrt(np.sum(2 * (2 * ell + 1) * cl**2)) / (4 * math.pi) / math.sqrt(100)
    assert abs((np.mean(vals) - expected) / se) < 5


def test_scores():
    lmax = 12
    q = sphfield.matern_cl(lmax, rho_rad=0.5)
    sigma = sphfield.heat_cl(lmax, 1.0, 0.2)
    prior = sphfield.GaussianPrior(q, sigma, beta=1.0)
    x = sphfield.kl_sample_alm(q, seed=1)
    t = 0.7
    a, v = math.exp(-t / 2), -math.expm1(-t)
    # Closed form: s = -Q (a^2 Σ + v Q)^(-1) x, per degree.
    ell = np.concatenate([np.arange(m, lmax + 1) for m in range(lmax + 1)])
    expected = -q[ell] / (a * a * sigma[ell] + v * q[ell]) * x
    assert np.allclose(prior.score(t, x), expected, rtol=1e-12, atol=1e-14)
    data = np.stack([sphfield.kl_sample_alm(sigma, seed=2, member=k) for k in range(20)])
    emp = sphfield.EmpiricalPrior(q, data, threads=2)
    s = emp.score(t, x)
    assert s.shape == x.shape and np.all(np.isfinite(s))
    # A one-component mixture with mean 0 is the Gaussian prior itself.
    mixture = sphfield.GaussianMixturePrior(q, np.zeros((1, x.size), dtype=np.complex128), sigma)
    assert np.allclose(mixture.score(t, x), expected, rtol=1e-12, atol=1e-14)
    samples = prior.sample(seed=4, members=3, steps=50, method="ei")
    assert samples.shape == (3, sphfield.alm_len(lmax))
    xt = sphfield.ou_transition(x, q, 0.3, seed=1)
    assert xt.shape == x.shape


def test_files_round_trip(tmp_path):
    sht = sphfield.Sht.fejer1(18, 36, 8)
    cl = sphfield.matern_cl(8, rho_rad=0.4)
    maps = np.stack([sphfield.kl_sample_map(sht, cl, seed=1, member=k) for k in range(3)])
    path = str(tmp_path / "maps.h5")
    sphfield.write_maps(path, sht, maps, units="K")
    assert np.array_equal(sphfield.read_map(path, member=2), maps[2])
    with pytest.raises(FileExistsError, match=r"refusing to overwrite.*overwrite=True"):
        sphfield.write_maps(path, sht, maps)
    sphfield.write_maps(path, sht, maps[:1], overwrite=True)
    assert sphfield.read_map(path).shape == maps[0].shape
    alm = np.stack([sphfield.kl_sample_alm(cl, seed=5, member=k) for k in range(2)])
    apath = str(tmp_path / "alm.h5")
    sphfield.write_alm(apath, alm, 8)
    back, lmax, mmax = sphfield.read_alm(apath, member=1)
    assert (lmax, mmax) == (8, 8) and np.array_equal(back, alm[1])
    with pytest.raises(OSError):
        sphfield.read_map(str(tmp_path / "missing.h5"))


def test_bad_input_raises_clear_errors():
    sht = sphfield.Sht.healpix(4, 8)
    good = np.zeros(sht.alm_len, dtype=np.complex128)
    with pytest.raises(TypeError, match="real"):
        sht.analysis(np.zeros(sht.npix, dtype=np.complex128))  # complex values for a map
    with pytest.raises(TypeError, match="convertible"):
        sht.analysis(["a"] * sht.npix)
    with pytest.raises(ValueError, match="length"):
        sht.synthesis(good[:-1])
    with pytest.raises(ValueError, match="pixels"):
        sht.analysis(np.zeros(sht.npix + 1))
    bad = good.copy()
    bad[3] = np.nan
    with pytest.raises(ValueError, match="non-finite"):
        sht.synthesis(bad)
    with pytest.raises(ValueError, match="nside"):
        sphfield.Sht.healpix(0, 4)
    with pytest.raises(ValueError):
        sphfield.matern_cl(10, rho_km=100.0, rho_rad=0.1)
    with pytest.raises(ValueError, match="method"):
        sphfield.GaussianPrior(sphfield.heat_cl(8, 1, 0.3), sphfield.heat_cl(8, 1, 0.3)).sample(method="rk4")


def test_gil_is_released():
    # Two threads each running a long synthesis finish in well under twice the time of one
    # only if the GIL is released; here we only check that another Python thread makes progress.
    sht = sphfield.Sht.gauss_legendre(512, 1024, 511)
    alm = sphfield.kl_sample_alm(sphfield.heat_cl(511, 1.0, 0.01), seed=1)
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    for _ in range(3):
        sht.synthesis(alm)
    done.set()
    t.join()
    assert len(ticks) > 5


def test_custom_rings_match_the_built_in_grid():
    lmax, nlat, nlon = 10, 11, 22
    gl = sphfield.Sht.gauss_legendre(nlat, nlon, lmax)
    x, w = np.polynomial.legendre.leggauss(nlat)
    theta = np.arccos(-x)  # north to south
    weights = w[::-1] * 2 * np.pi / nlon
    custom = sphfield.Sht.from_rings(list(theta), [0.0] * nlat, [nlon] * nlat, list(weights), lmax)
    alm = sphfield.kl_sample_alm(sphfield.heat_cl(lmax, 1.0, 0.3), seed=2)
    # Custom rings give flat maps; the Gauss–Legendre plan gives (nlat, nlon).
    assert np.allclose(custom.synthesis(alm), gl.synthesis(alm).ravel(), rtol=0, atol=1e-13)
    assert np.allclose(custom.pixel_weights(), gl.pixel_weights().ravel(), rtol=1e-12, atol=0)
    with pytest.raises(ValueError):
        sphfield.Sht.from_rings([1.0], [0.0, 0.0], [4], [0.0], 2)


def test_robustness_regressions():
    # Thread counts are bounded (100 000 threads took the machine down).
    sht = sphfield.Sht.healpix(4, 8)
    alm = np.zeros(sht.alm_len, dtype=np.complex128)
    with pytest.raises(ValueError, match="at most"):
        sht.synthesis(alm, threads=100000)
    # An overflowing spectrum is an input error, not a PanicException.
    big = sphfield.kl_sample_alm(sphfield.heat_cl(16, 1, 0.2), seed=1) * 1e160
    with pytest.raises(ValueError, match="overflows"):
        sphfield.anafast(big, 16)
    # Sampling in chunks (to honour Ctrl-C) gives the same members as one call.
    prior = sphfield.GaussianPrior(sphfield.heat_cl(8, 1, 0.3), sphfield.heat_cl(8, 1, 0.2))
    five = prior.sample(seed=9, members=5, steps=20, threads=2)
    two = prior.sample(seed=9, members=2, steps=20, threads=1)
    assert np.array_equal(five[:2], two)


def test_ctrl_c_interrupts_a_long_sample():
    # SIGINT arrives while a long reverse-time sampling runs; the call must end with
    # KeyboardInterrupt well before the sampling would have finished.
    import signal, threading, time

    lmax = 96
    prior = sphfield.GaussianPrior(sphfield.heat_cl(lmax, 1, 0.05), sphfield.heat_cl(lmax, 1, 0.05))
    start = time.perf_counter()
    prior.sample(seed=1, members=2, steps=400)
    per_member = (time.perf_counter() - start) / 2
    # A process started in the background by a non-interactive shell inherits SIGINT ignored,
    # and Python then installs no handler (the signal would be lost): install Python's own.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(0.3, lambda: signal.raise_signal(signal.SIGINT))
    timer.start()
    start = time.perf_counter()
    try:
        with pytest.raises(KeyboardInterrupt):
            prior.sample(seed=1, members=400, steps=400)
    finally:
        elapsed = time.perf_counter() - start
        timer.cancel()
        signal.signal(signal.SIGINT, previous)
    # 400 members would take 400 × per_member; stopping must come within a few members.
    assert elapsed < 0.3 + 20 * per_member + 1.0, (elapsed, per_member)


def test_array_likes_shapes_and_coordinates():
    # Lat–lon maps come back as (nlat, nlon); lists, other dtypes and strided arrays are
    # converted; the coordinates are the exact decimal values of the files.
    sht = sphfield.Sht.fejer1(180, 360, 20)
    assert sht.shape == [180, 360]
    assert sht.lat[0] == 89.5 and sht.lat[52] == 37.5 and sht.lon[359] == 359.0
    assert sht.theta.shape == (180, 360) and sht.phi.shape == (180, 360)
    assert np.allclose(90 - np.degrees(sht.theta[:, 0]), sht.lat)
    assert np.allclose(np.degrees(sht.phi[0]), sht.lon)
    cl = sphfield.matern_cl(20, rho_rad=0.3)
    alm = sphfield.kl_sample_alm(cl, seed=7)
    m = sht.synthesis(alm)
    assert m.shape == (180, 360)
    assert np.array_equal(sht.synthesis(list(alm)), m)
    strided = np.zeros(2 * alm.size, dtype=np.complex128)
    strided[::2] = alm
    assert np.array_equal(sht.synthesis(strided[::2]), m)
    assert np.array_equal(sht.analysis(m.astype(np.float32).astype(np.float64)),
                          sht.analysis(m.astype(np.float32)))
    assert np.array_equal(sphfield.covariance(list(cl), [0.0, 0.1]), sphfield.covariance(cl, np.array([0.0, 0.1])))
    # HEALPix: per-pixel angles are healpy's.
    hpx = sphfield.Sht.healpix(8, 16)
    theta, phi = hp.pix2ang(8, np.arange(hpx.npix))
    assert hpx.shape == [hpx.npix]
    assert np.allclose(hpx.theta, theta, atol=1e-14) and np.allclose(hpx.phi, phi, atol=1e-13)
    with pytest.raises(ValueError, match="not a lat"):
        hpx.lat


def test_files_keep_the_grid_shape(tmp_path):
    sht = sphfield.Sht.gauss_legendre(16, 32, 15)
    cl = sphfield.heat_cl(15, 1.0, 0.3)
    maps = np.stack([sphfield.kl_sample_map(sht, cl, seed=2, member=k) for k in range(3)])
    assert maps.shape == (3, 16, 32)
    path = str(tmp_path / "gl.h5")
    sphfield.write_maps(path, sht, maps)
    assert np.array_equal(sphfield.read_map(path, member=1), maps[1])
    with pytest.raises(ValueError, match="shape"):
        sphfield.write_maps(str(tmp_path / "bad.h5"), sht, np.zeros((3, 16, 31)))
    # lmax inferred from the length, as healpy does.
    alm = sphfield.kl_sample_alm(cl, seed=1)
    apath = str(tmp_path / "a.h5")
    sphfield.write_alm(apath, alm)
    assert sphfield.read_alm(apath)[1:] == (15, 15)
    assert np.array_equal(sphfield.anafast(alm), sphfield.anafast(alm, 15))
    with pytest.raises(ValueError, match="no lmax"):
        sphfield.anafast(alm[:-1])


def test_healpy_style_helpers_match_healpy():
    lmax = 12
    rng = np.random.default_rng(3)
    n = sphfield.Alm.getsize(lmax)
    assert n == hp.Alm.getsize(lmax) == sphfield.alm_len(lmax)
    assert sphfield.Alm.getsize(lmax, 5) == hp.Alm.getsize(lmax, 5)
    assert sphfield.Alm.getlmax(n) == lmax
    assert sphfield.Alm.getlmax(hp.Alm.getsize(lmax, 5), 5) == lmax
    with pytest.raises(ValueError):
        sphfield.Alm.getlmax(n + 1)
    ls, ms = hp.Alm.getlm(lmax)
    ours_l, ours_m = sphfield.Alm.getlm(lmax)
    assert np.array_equal(ls, ours_l) and np.array_equal(ms, ours_m)
    assert sphfield.Alm.getlm(lmax, 20) == tuple(int(v) for v in hp.Alm.getlm(lmax, 20))
    assert np.array_equal(sphfield.Alm.getidx(lmax, ls, ms), np.arange(n))
    assert sphfield.Alm.getidx(lmax, 5, 3) == hp.Alm.getidx(lmax, 5, 3)
    a = rng.standard_normal(n) + 1j * rng.standard_normal(n)
    a[: lmax + 1] = a[: lmax + 1].real
    b = rng.standard_normal(n) + 1j * rng.standard_normal(n)
    b[: lmax + 1] = b[: lmax + 1].real
    fl = rng.standard_normal(lmax - 2)
    assert np.allclose(sphfield.almxfl(a, fl), hp.almxfl(a, fl), rtol=0, atol=1e-15)
    assert np.allclose(sphfield.alm2cl(a), hp.alm2cl(a), rtol=1e-14, atol=0)
    assert np.allclose(sphfield.alm2cl(a, b), hp.alm2cl(a, b), rtol=1e-13, atol=1e-16)
    assert np.allclose(sphfield.alm2cl(a), sphfield.anafast(a), rtol=1e-14, atol=0)
    assert np.allclose(sphfield.alm2cl(a, lmax_out=20)[: lmax + 1], hp.alm2cl(a))
    c = a.copy()
    sphfield.almxfl(c, fl, inplace=True)
    assert np.array_equal(c, sphfield.almxfl(a, fl))


def test_matern_default_correlation_length_is_1000_km():
    assert np.array_equal(sphfield.matern_cl(30), sphfield.matern_cl(30, rho_km=1000.0))


def test_readme_python_snippet_runs(tmp_path, monkeypatch):
    # The README's Python example, word for word.
    import pathlib, re

    readme = (pathlib.Path(__file__).resolve().parents[2] / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    snippet = next(b for b in blocks if "import numpy as np, sphfield" in b)
    monkeypatch.chdir(tmp_path)
    namespace = {}
    exec(compile(snippet, "README.md", "exec"), namespace)
    assert namespace["field"].shape == (180, 360)
    assert (tmp_path / "field.h5").exists()


def test_batched_transforms_equal_one_by_one():
    # Six fields: on AVX-512 one group of four shares the Legendre recurrence, two go alone;
    # every map and every coefficient set is bitwise the single call's.
    lmax = 40
    cl = sphfield.matern_cl(lmax, variance=1.0, rho_km=2000.0, nu=1.5)
    alms = np.stack([sphfield.kl_sample_alm(cl, seed=11, member=k) for k in range(6)])
    for sht in (sphfield.Sht.gauss_legendre(41, 82, lmax), sphfield.Sht.healpix(16, lmax)):
        maps = sht.synthesis_many(alms, threads=2)
        assert maps.shape == (6, *sht.shape)
        for k in range(6):
            assert np.array_equal(maps[k], sht.synthesis(alms[k]))
        back = sht.analysis_many(maps)
        assert back.shape == (6, sht.alm_len) and back.dtype == np.complex128
        for k in range(6):
            assert np.array_equal(back[k], sht.analysis(maps[k]))
        # Flat maps work too; an empty batch gives an empty result.
        flat = sht.analysis_many(maps.reshape(6, -1), iterations=1, solver="jacobi")
        assert np.array_equal(flat[2], sht.analysis(maps[2], iterations=1, solver="jacobi"))
        assert sht.synthesis_many(np.zeros((0, sht.alm_len), complex)).shape == (0, *sht.shape)
    assert sht.fields_per_pass in (1, 4)
    with pytest.raises(ValueError, match=r"shape \(n, "):
        sht.synthesis_many(alms[:, :-1])
    with pytest.raises(ValueError, match="one map per field"):
        sht.analysis_many(np.zeros(sht.npix))
    bad = maps.copy()
    bad[3, 7] = np.nan
    with pytest.raises(ValueError, match="NaN|finite"):
        sht.analysis_many(bad)


def test_kriging_one_station_closed_form_and_draws():
    # One observation: m(x) = k(θ) y / (k(0) + σ²), sd(x)² = k(0) − k(θ)²/(k(0) + σ²)
    # (docs/conditioning.md C.2.4), k from sphfield.covariance (Clenshaw).
    cl = sphfield.matern_cl(47, variance=1.0, rho_rad=0.3, nu=1.5)
    y, s = 1.3, 0.2
    k = sphfield.Kriging(cl, [30.0], [40.0], [y], s)
    assert (k.lmax, k.n) == (47, 1)
    lat = np.array([30.0, 35.0, -10.0, 80.0])
    lon = np.array([40.0, 45.0, 200.0, 0.0])
    mean, sd = k.at(lat, lon)
    x1 = np.array([np.cos(np.radians(30)) * np.cos(np.radians(40)), np.cos(np.radians(30)) * np.sin(np.radians(40)), np.sin(np.radians(30))])
    xs = np.stack([np.cos(np.radians(lat)) * np.cos(np.radians(lon)), np.cos(np.radians(lat)) * np.sin(np.radians(lon)), np.sin(np.radians(lat))], axis=1)
    theta = np.arctan2(np.linalg.norm(np.cross(xs, x1), axis=1), xs @ x1)
    kt = sphfield.covariance(cl, theta)
    k0 = sphfield.covariance(cl, [0.0])[0]
    np.testing.assert_allclose(mean, kt * y / (k0 + s * s), rtol=0, atol=1e-12)
    np.testing.assert_allclose(sd**2, k0 - kt**2 / (k0 + s * s), rtol=0, atol=1e-12)
    sht = sphfield.Sht.gauss_legendre(48, 96, 47)
    mean_map, sd_map = k.maps(sht, threads=2)
    assert mean_map.shape == sd_map.shape == (48, 96)
    np.testing.assert_allclose(mean_map, sht.synthesis(k.mean_alm()), rtol=0, atol=1e-14)
    draws = k.draws(sht, seed=3, members=4, threads=2)
    assert draws.shape == (4, 48, 96)
    np.testing.assert_array_equal(draws[2:], k.draws(sht, seed=3, members=2, first=2))
    with pytest.raises(ValueError, match="sigma"):
        sphfield.Kriging(cl, [0.0], [0.0], [1.0], -1.0)
    with pytest.raises(ValueError, match="lmax"):
        k.maps(sphfield.Sht.gauss_legendre(20, 40, 19))


def _random_spin_alm(lmax, spin, seed):
    rng = np.random.default_rng(seed)
    n = hp.Alm.getsize(lmax)
    out = []
    for _ in range(2):
        a = rng.normal(size=n) + 1j * rng.normal(size=n)
        for m in range(lmax + 1):
            for l in range(m, lmax + 1):
                i = hp.Alm.getidx(lmax, l, m)
                if l < spin:
                    a[i] = 0
                elif m == 0:
                    a[i] = a[i].real
        out.append(a)
    return out


def test_spin_transforms_match_healpy():
    nside, lmax = 16, 32
    sht = sphfield.Sht.healpix(nside, lmax)
    for spin in (1, 2, 3):
        e, b = _random_spin_alm(lmax, spin, spin)
        q, u = sht.spin_synthesis(spin, e, b)
        hq, hu = hp.alm2map_spin([e, b], nside, spin, lmax)
        scale = max(np.abs(hq).max(), np.abs(hu).max())
        assert max(np.abs(q - hq).max(), np.abs(u - hu).max()) < 1e-12 * scale
        # The analysis inverts the synthesis (band-limited at lmax = 2 nside).
        e2, b2 = sht.spin_analysis(spin, q, u)
        assert np.abs(e2 - e).max() < 1e-9 and np.abs(b2 - b).max() < 1e-9
    # Spin 2 is alm2map(pol=True)'s Q, U; the gradient is alm2map_der1's derivatives.
    t = _random_spin_alm(lmax, 0, 9)[0]
    e, b = _random_spin_alm(lmax, 2, 8)
    _, hq, hu = hp.alm2map([t, e, b], nside, lmax=lmax, pol=True)
    q, u = sht.spin_synthesis(2, e, b)
    assert np.abs(q - hq).max() < 1e-12 * np.abs(hq).max()
    _, dth, dph = hp.alm2map_der1(t, nside, lmax=lmax)
    gt, gp = sht.gradient(t)
    assert np.abs(gt - dth).max() < 1e-12 * np.abs(dth).max()
    assert np.abs(gp - dph).max() < 1e-12 * np.abs(dph).max()
    with pytest.raises(ValueError, match="spin"):
        sht.spin_synthesis(0, e, b)


def test_winds_and_polarized_skies():
    lmax = 24
    sht = sphfield.Sht.gauss_legendre(lmax + 1, 2 * lmax + 2, lmax)
    psi, chi = _random_spin_alm(lmax, 1, 4)
    u, v = sht.wind_synthesis(psi, chi)
    assert u.shape == tuple(sht.shape)
    p2, c2 = sht.wind_analysis(u, v)
    assert np.abs(p2 - psi).max() < 1e-12 and np.abs(c2 - chi).max() < 1e-12
    # A pure stream function has no divergence: the analysed velocity potential vanishes.
    zero = np.zeros_like(chi)
    u, v = sht.wind_synthesis(psi, zero)
    _, c3 = sht.wind_analysis(u, v)
    assert np.abs(c3).max() < 1e-12 * np.abs(psi).max() * lmax
    ells = np.arange(lmax + 1)
    tt = 1.0 / (1.0 + ells) ** 2
    ee, bb, te = 0.1 * tt, 0.01 * tt, 0.2 * tt
    t1, e1, b1 = sphfield.polarized_sample_alm(tt, ee, bb, te, seed=5, member=2)
    t2, e2, b2 = sphfield.polarized_sample_alm(tt, ee, bb, 0 * bb + te, seed=5, member=2)
    assert np.array_equal(t1, t2) and np.array_equal(e1, e2) and np.array_equal(b1, b2)
    t3, e3, _ = sphfield.polarized_sample_alm(tt, ee, 0 * bb, te, seed=5, member=2)
    assert np.array_equal(t1, t3) and np.array_equal(e1, e3)
    with pytest.raises(ValueError, match="semi-definite"):
        sphfield.polarized_sample_alm(tt, ee, bb, 10 * te, seed=5)


def test_linear_spde_space_time_and_allen_cahn():
    lmax = 8
    q = sphfield.matern_cl(lmax, rho_km=3000.0)
    sigma = sphfield.matern_cl(lmax, rho_km=6000.0)
    ell = np.arange(lmax + 1)
    rates = 0.05 * ell * (ell + 1.0)
    x0 = sphfield.kl_sample_alm(sigma, seed=1)
    # The linear-SPDE transition: X_t − a_l x0 has per-degree scale √(v_l C_l); with rates = β/2
    # it is the OU transition bit for bit.
    ou = sphfield.ou_transition(x0, q, 0.3, beta=1.4, seed=2)
    table = sphfield.ou_transition(x0, q, 0.3, beta=1.4, seed=2, rates=np.full(lmax + 1, 0.7))
    assert np.array_equal(ou, table)
    xt = sphfield.ou_transition(x0, q, 0.3, beta=1.4, seed=2, rates=rates)
    assert xt.shape == x0.shape and not np.array_equal(xt, ou)
    # Gaussian prior under the SPDE with the default (exponential Heun) sampler.
    prior = sphfield.GaussianPrior(q, sigma, beta=1.0, rates=rates)
    s = prior.sample(seed=3, members=2, steps=100)
    assert s.shape == (2, sphfield.alm_len(lmax)) and np.all(np.isfinite(s))
    with pytest.raises(ValueError):
        sphfield.GaussianPrior(q, sigma, rates=rates[:3])
    # Space-time: the first stamp is the plain field draw; longer runs extend shorter ones.
    a = sphfield.space_time_sample_alm(sigma, [0.0, 1.0, 2.5], 2.0, temporal_exponent=0.5, seed=4)
    b = sphfield.space_time_sample_alm(sigma, [0.0, 1.0], 2.0, temporal_exponent=0.5, seed=4)
    assert a.shape == (3, sphfield.alm_len(lmax))
    assert np.array_equal(a[:2], b)
    assert np.array_equal(a[0], sphfield.kl_sample_alm(sigma, seed=4))
    with pytest.raises(ValueError):
        sphfield.space_time_sample_alm(sigma, [1.0, 0.0], 2.0)
    # Allen–Cahn pairs: with ε = 0 the target is the denoising target of its own path.
    data = np.stack([sphfield.kl_sample_alm(sigma, seed=5, member=k) for k in range(2)])
    noisy, target = sphfield.allen_cahn_pairs(data, q, [0.2, 0.8], 0.0, beta=1.0, seed=6)
    assert noisy.shape == (2, 2, sphfield.alm_len(lmax))
    for k, t in enumerate([0.2, 0.8]):
        a_t, v_t = np.exp(-t / 2), -np.expm1(-t)
        expected = -(noisy[:, k] - a_t * data) / v_t
        assert np.max(np.abs(target[:, k] - expected)) < 1e-9 * np.max(np.abs(expected))
    noisy2, _ = sphfield.allen_cahn_pairs(data, q, [0.2], 0.3, seed=6, threads=2)
    assert np.all(np.isfinite(noisy2))
    with pytest.raises(ValueError):
        sphfield.allen_cahn_pairs(data, q, [0.2], -1.0)


def test_plans_and_priors_pickle_and_cross_processes():
    # Plans and priors are rebuilt from their constructor and (copies of) its arguments, so
    # multiprocessing and Dask workers get working copies that give the same bits.
    import multiprocessing
    import pickle

    lmax = 15
    plans = [
        sphfield.Sht.gauss_legendre(16, 31, lmax),
        sphfield.Sht.clenshaw_curtis(18, 33, lmax, 12),
        sphfield.Sht.fejer1(16, 31, lmax),
        sphfield.Sht.healpix(8, lmax),
    ]
    rng = np.random.default_rng(3)
    for sht in plans:
        copy = pickle.loads(pickle.dumps(sht))
        assert (copy.lmax, copy.mmax, copy.shape) == (sht.lmax, sht.mmax, sht.shape)
        alm = sphfield.kl_sample_alm(np.ones(lmax + 1), 5, 0, sht.mmax)
        assert np.array_equal(copy.synthesis(alm), sht.synthesis(alm))
    rings = plans[0]
    custom = sphfield.Sht.from_rings(
        rings.theta[:, 0],
        np.zeros(16),
        [31] * 16,
        np.zeros(16),
        lmax,
    )
    alm = sphfield.kl_sample_alm(np.ones(lmax + 1), 5, 1)
    assert np.array_equal(pickle.loads(pickle.dumps(custom)).synthesis(alm), custom.synthesis(alm))

    q = sphfield.matern_cl(lmax, rho_km=3000.0, nu=1.0)
    sigma = sphfield.matern_cl(lmax, rho_km=2000.0, nu=1.5)
    data = np.stack([sphfield.kl_sample_alm(sigma, 7, k) for k in range(6)])
    rates = 0.02 * np.arange(lmax + 1) * (np.arange(lmax + 1) + 1.0) + 0.5
    priors = [
        sphfield.GaussianPrior(q, sigma),
        sphfield.GaussianPrior(q, sigma, beta=2.0, rates=rates),
        sphfield.EmpiricalPrior(q, data),
        sphfield.GaussianMixturePrior(q, data[:3], sigma),
    ]
    x = data[4] + 0.3 * sphfield.kl_sample_alm(q, 11, 0)
    for prior in priors:
        copy = pickle.loads(pickle.dumps(prior))
        assert np.array_equal(copy.score(0.3, x), prior.score(0.3, x))
        assert np.array_equal(copy.sample(seed=2, members=1, steps=10), prior.sample(seed=2, members=1, steps=10))
    # Changing the caller's array afterwards does not change a pickled prior.
    kept = pickle.dumps(priors[2])
    data[:] = 0
    assert np.array_equal(pickle.loads(kept).score(0.3, x), priors[2].score(0.3, x))
    # A process pool (spawned: a fresh interpreter) evaluates the same scores.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        remote = pool.starmap(_score_of, [(p, 0.3, x) for p in priors])
    for prior, r in zip(priors, remote):
        assert np.array_equal(r, prior.score(0.3, x))


def _score_of(prior, t, x):
    return prior.score(t, x)


def test_dask_ensemble_into_zarr_equals_synth(tmp_path):
    # examples/python/dask_ensemble.py on a LocalCluster of 2 workers writes the same fields
    # as `sphfield synth` with the same seed (read back through xarray from the Zarr store).
    pytest.importorskip("dask.distributed")
    pytest.importorskip("zarr")
    import importlib.util
    import pathlib
    import subprocess

    root = pathlib.Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("dask_ensemble", root / "examples/python/dask_ensemble.py")
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    store = tmp_path / "ensemble.zarr"
    example.main(store, members=10, nlat=32, nlon=64, lmax=31, seed=42, rho_km=2000.0, nu=1.5, workers=2)

    import xarray as xr

    zarr_fields = xr.open_zarr(store)["field"].values
    binary = root / "target/release/sphfield"
    if not binary.exists():
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "sphfield"], cwd=root, check=True)
    out = tmp_path / "synth.h5"
    subprocess.run(
        [str(binary), "synth", "--grid", "gl", "--nlat", "32", "--nlon", "64", "--lmax", "31",
         "--members", "10", "--seed", "42", "--rho-km", "2000", "--nu", "1.5", "-q", "-o", str(out)],
        check=True,
    )
    import h5py

    with h5py.File(out, "r") as f:
        synth_fields = f["field"][()]
    assert zarr_fields.shape == synth_fields.shape == (10, 32, 64)
    assert np.array_equal(zarr_fields, synth_fields)
