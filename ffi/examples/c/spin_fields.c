/* Spin-weighted transforms from C: spin-2 round trip on a Gauss-Legendre grid, the gradient
 * of Y_10 against its closed form, a wind's Helmholtz decomposition, seeded polarised skies,
 * and a refused spin. Exits non-zero on any failure. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "sphfield.h"

static char message[512];

#define CHECK(call)                                                             \
  do {                                                                          \
    if ((call) != SF_OK) {                                                      \
      sf_last_error_message(message, sizeof message);                           \
      fprintf(stderr, "%s failed: %s\n", #call, message);                      \
      return 1;                                                                 \
    }                                                                           \
  } while (0)

static const double PI = 3.14159265358979323846;

static double max_diff(const double *a, const double *b, size_t n) {
  double m = 0.0;
  for (size_t i = 0; i < n; i++) m = fmax(m, fabs(a[i] - b[i]));
  return m;
}

int main(void) {
  const size_t lmax = 31, nlat = lmax + 1, nlon = 2 * lmax + 2, npix = nlat * nlon;
  const size_t nalm = sf_alm_len(lmax, lmax);
  struct SfSht *sht = NULL;
  CHECK(sf_sht_gauss_legendre(nlat, nlon, lmax, lmax, &sht));
  double *e = calloc(2 * nalm, sizeof(double)), *b = calloc(2 * nalm, sizeof(double));
  double *e2 = calloc(2 * nalm, sizeof(double)), *b2 = calloc(2 * nalm, sizeof(double));
  double *q = calloc(npix, sizeof(double)), *u = calloc(npix, sizeof(double));
  /* Spin-2 coefficients: l >= 2, real at m = 0 (index(l, m) = m(2 lmax + 1 - m)/2 + l). */
  for (size_t m = 0; m <= lmax; m++)
    for (size_t l = (m > 2 ? m : 2); l <= lmax; l++) {
      size_t i = m * (2 * lmax + 1 - m) / 2 + l;
      e[2 * i] = sin(1.3 * l + 0.7 * m);
      e[2 * i + 1] = m ? cos(0.9 * l - 1.1 * m) : 0.0;
      b[2 * i] = sin(0.5 * l + 2.1 * m);
      b[2 * i + 1] = m ? cos(1.7 * l + 0.3 * m) : 0.0;
    }
  CHECK(sf_sht_spin_synthesis(sht, 2, e, b, nalm, q, u, npix, 2));
  CHECK(sf_sht_spin_analysis(sht, 2, q, u, npix, -1, e2, b2, nalm, 2));
  double err = fmax(max_diff(e, e2, 2 * nalm), max_diff(b, b2, 2 * nalm));
  if (err > 1e-12) { fprintf(stderr, "spin-2 round trip error %g\n", err); return 1; }
  /* Gradient of Y_10 = sqrt(3/4pi) cos(theta): d/dtheta = -sqrt(3/4pi) sin(theta), d/dphi = 0. */
  double *a = calloc(2 * nalm, sizeof(double));
  a[2 * 1] = 1.0;
  CHECK(sf_sht_gradient(sht, a, nalm, q, u, npix, 1));
  /* Per ring: -dtheta / sqrt(3/4pi) = sin(theta) in (0, 1], the same on the whole ring, and
   * the largest (the ring nearest the equator of 32 Gauss-Legendre rings) above 0.99. */
  double best = 0.0;
  for (size_t r = 0; r < nlat; r++) {
    double s = -q[r * nlon] / sqrt(3.0 / (4.0 * PI));
    best = fmax(best, s);
    for (size_t k = 0; k < nlon; k++)
      if (fabs(q[r * nlon + k] - q[r * nlon]) > 1e-14 || fabs(u[r * nlon + k]) > 1e-14 || s <= 0.0 || s > 1.0 + 1e-14) {
        fprintf(stderr, "gradient ring %zu\n", r);
        return 1;
      }
  }
  if (best < 0.99) { fprintf(stderr, "gradient too small: %g\n", best); return 1; }
  /* Wind from (psi, chi) = (e, b) as potentials, and back (l = 0 does not enter a wind). */
  CHECK(sf_wind_synthesis(sht, e, b, nalm, q, u, npix, 1));
  CHECK(sf_wind_analysis(sht, q, u, npix, e2, b2, nalm, 1));
  err = fmax(max_diff(e, e2, 2 * nalm), max_diff(b, b2, 2 * nalm));
  if (err > 1e-12) { fprintf(stderr, "wind round trip error %g\n", err); return 1; }
  /* Polarised skies: same seed, same bits. */
  const size_t nl = lmax + 1;
  double tt[32], ee[32], bb[32], te[32];
  for (size_t l = 0; l < nl; l++) {
    tt[l] = 1.0 / (1.0 + l * l); ee[l] = 0.1 * tt[l]; bb[l] = 0.01 * tt[l]; te[l] = 0.2 * tt[l];
  }
  double *t1 = calloc(2 * nalm, sizeof(double)), *t2 = calloc(2 * nalm, sizeof(double));
  CHECK(sf_polarized_sample_alm(tt, ee, bb, te, nl, 7, 3, t1, e, b, nalm));
  CHECK(sf_polarized_sample_alm(tt, ee, bb, te, nl, 7, 3, t2, e2, b2, nalm));
  if (max_diff(t1, t2, 2 * nalm) != 0.0 || max_diff(b, b2, 2 * nalm) != 0.0) { fprintf(stderr, "not reproducible\n"); return 1; }
  /* Bad input: spin 0 is refused with a message. */
  if (sf_sht_spin_synthesis(sht, 0, e, b, nalm, q, u, npix, 1) == SF_OK) { fprintf(stderr, "spin 0 accepted\n"); return 1; }
  sf_last_error_message(message, sizeof message);
  printf("spin transforms from C: wind round trip %.1e; refused spin 0: %s\n", err, message);
  sf_sht_free(sht);
  free(e); free(b); free(e2); free(b2); free(q); free(u); free(a); free(t1); free(t2);
  return 0;
}
