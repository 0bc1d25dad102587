/* A Matérn field on the 1° ... here 2° (90 x 180) Fejér-1 grid through the sphfield C ABI,
 * with a statistical check of its variance, a file round trip and the error paths.
 *
 * The spatial mean of f^2 over the sphere is computed with the grid's quadrature weights,
 * which integrate f^2 exactly (band limit 44, degree 88 < 90 rings). Its expectation is the
 * truncated variance sum (2l+1) C_l / 4pi; its standard deviation for one member is
 * sqrt(sum 2(2l+1) C_l^2) / 4pi. The program fails if the mean over the members is more than
 * 5 standard errors away.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sphfield.h"

#define CHECK(call)                                                                  \
  do {                                                                               \
    SfStatus status_ = (call);                                                       \
    if (status_ != SF_OK) {                                                          \
      char msg_[512];                                                                \
      sf_last_error_message(msg_, sizeof msg_);                                      \
      fprintf(stderr, "%s failed with status %d: %s\n", #call, (int)status_, msg_); \
      return 1;                                                                      \
    }                                                                                \
  } while (0)

#define EXPECT(cond)                                  \
  do {                                                \
    if (!(cond)) {                                    \
      fprintf(stderr, "check failed: %s\n", #cond); \
      return 1;                                       \
    }                                                 \
  } while (0)

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "matern_c.h5";
  const size_t nlat = 90, nlon = 180, lmax = 44, members = 200;
  const double four_pi = 4.0 * 3.14159265358979323846;
  double cl[45];
  CHECK(sf_spectrum_matern_km(2.0, 1500.0, 6371.0, 1.5, lmax, cl, lmax + 1));

  SfSht *sht = NULL;
  CHECK(sf_sht_fejer1(nlat, nlon, lmax, lmax, &sht));
  const size_t npix = sf_sht_npix(sht);
  EXPECT(npix == nlat * nlon);
  double *map = malloc(npix * sizeof *map), *w = malloc(npix * sizeof *w);
  EXPECT(map && w);
  CHECK(sf_sht_pixel_weights(sht, w, npix));

  double expected = 0.0, var_one = 0.0, sum = 0.0;
  CHECK(sf_spectrum_variance(cl, lmax + 1, &expected));
  for (size_t l = 0; l <= lmax; ++l) var_one += 2.0 * (2.0 * l + 1.0) * cl[l] * cl[l];
  const double se = sqrt(var_one) / four_pi / sqrt((double)members);
  for (size_t m = 0; m < members; ++m) {
    CHECK(sf_kl_sample_map(sht, cl, lmax + 1, 42, m, map, npix, 1));
    double integral = 0.0;
    for (size_t i = 0; i < npix; ++i) integral += w[i] * map[i] * map[i];
    sum += integral / four_pi;
  }
  const double estimate = sum / members, z = (estimate - expected) / se;
  printf("C: variance %.6f, expected %.6f (truncated Matern, sigma^2 = 2), z = %.2f\n", estimate, expected, z);
  EXPECT(fabs(z) < 5.0);

  /* File round trip of the last member. */
  CHECK(sf_write_maps(path, sht, map, 1, npix, "K", 1));
  size_t n = 0, count = 0;
  CHECK(sf_read_map_info(path, &n, &count));
  EXPECT(n == npix && count == 1);
  double *back = malloc(npix * sizeof *back);
  CHECK(sf_read_map(path, 0, back, npix));
  EXPECT(memcmp(back, map, npix * sizeof *map) == 0);

  /* Score of a Gaussian prior N(0, Sigma) under OU noise Q, against the closed form
   * s = -Q (a^2 Sigma + v Q)^-1 x per degree (a = e^(-t/2), v = 1 - e^(-t), beta = 1). */
  {
    const size_t L = 16, n = sf_alm_len(16, 16);
    double q[17], sigma[17], *x = malloc(2 * n * sizeof *x), *s = malloc(2 * n * sizeof *s);
    SfPrior *prior = NULL;
    CHECK(sf_spectrum_matern_km(1.0, 3000.0, 6371.0, 1.0, L, q, L + 1));
    CHECK(sf_spectrum_heat(1.0, 0.2, L, sigma, L + 1));
    CHECK(sf_prior_gaussian(q, L + 1, 1.0, sigma, L + 1, &prior));
    CHECK(sf_kl_sample_alm(q, L + 1, 7, 0, x, n));
    const double t = 0.4, a = exp(-t / 2), v = -expm1(-t);
    CHECK(sf_prior_score(prior, t, x, s, n));
    double worst = 0.0;
    size_t i = 0;
    for (size_t m = 0; m <= L; ++m)
      for (size_t l = m; l <= L; ++l, ++i)
        for (int c = 0; c < 2; ++c) {
          const double expected = -q[l] / (a * a * sigma[l] + v * q[l]) * x[2 * i + c];
          worst = fmax(worst, fabs(s[2 * i + c] - expected));
        }
    printf("C: Gaussian-prior score vs closed form, max difference %.2e\n", worst);
    EXPECT(worst < 1e-12);
    sf_prior_free(prior);
    free(x);
    free(s);
  }

  /* Bad input: clear status codes and messages, no crash. */
  char msg[256];
  EXPECT(sf_sht_synthesis(sht, NULL, sf_sht_alm_len(sht), map, npix, 1) == SF_NULL_POINTER);
  EXPECT(sf_kl_sample_map(sht, cl, lmax + 1, 1, 0, map, npix - 1, 1) == SF_BAD_LENGTH);
  sf_last_error_message(msg, sizeof msg);
  EXPECT(strstr(msg, "map has length") != NULL);
  cl[3] = NAN;
  EXPECT(sf_kl_sample_map(sht, cl, lmax + 1, 1, 0, map, npix, 1) != SF_OK);
  EXPECT(sf_spectrum_matern_km(2.0, -5.0, 6371.0, 1.5, lmax, cl, lmax + 1) == SF_INVALID_ARGUMENT);
  EXPECT(sf_read_map("/nonexistent/file.h5", 0, back, npix) == SF_FILE_ERROR);
  EXPECT(sf_write_maps(path, sht, map, 1, npix, "K", 0) == SF_FILE_ERROR); /* exists, no overwrite */
  EXPECT(sf_sht_healpix(0, 4, 4, &sht) == SF_INVALID_ARGUMENT);
  sf_last_error_message(msg, sizeof msg);
  printf("C: error paths ok (last message: %s)\n", msg);

  sf_sht_free(sht);
  free(map);
  free(w);
  free(back);
  return 0;
}
