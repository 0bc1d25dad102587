! A Matern field on a 90 x 180 Fejer-1 grid through the sphfield C ABI (iso_c_binding), with
! the same variance check as the C example: the quadrature mean of f**2 over 200 members must
! lie within 5 standard errors of the truncated variance.
module sphfield
  use iso_c_binding
  implicit none
  interface
    integer(c_int) function sf_spectrum_matern_km(variance, rho_km, radius_km, nu, lmax, cl, cl_len) &
        bind(C, name="sf_spectrum_matern_km")
      import :: c_int, c_double, c_size_t
      real(c_double), value :: variance, rho_km, radius_km, nu
      integer(c_size_t), value :: lmax, cl_len
      real(c_double) :: cl(*)
    end function
    integer(c_int) function sf_sht_fejer1(nlat, nlon, lmax, mmax, sht) bind(C, name="sf_sht_fejer1")
      import :: c_int, c_size_t, c_ptr
      integer(c_size_t), value :: nlat, nlon, lmax, mmax
      type(c_ptr) :: sht
    end function
    integer(c_size_t) function sf_sht_npix(sht) bind(C, name="sf_sht_npix")
      import :: c_size_t, c_ptr
      type(c_ptr), value :: sht
    end function
    integer(c_int) function sf_sht_pixel_weights(sht, w, npix) bind(C, name="sf_sht_pixel_weights")
      import :: c_int, c_size_t, c_ptr, c_double
      type(c_ptr), value :: sht
      real(c_double) :: w(*)
      integer(c_size_t), value :: npix
    end function
    integer(c_int) function sf_spectrum_variance(cl, cl_len, variance) bind(C, name="sf_spectrum_variance")
      import :: c_int, c_size_t, c_double
      real(c_double) :: cl(*)
      integer(c_size_t), value :: cl_len
      real(c_double) :: variance
    end function
    integer(c_int) function sf_kl_sample_map(sht, cl, cl_len, seed, member, map, npix, nthreads) &
        bind(C, name="sf_kl_sample_map")
      import :: c_int, c_size_t, c_ptr, c_double, c_int64_t
      type(c_ptr), value :: sht
      real(c_double) :: cl(*), map(*)
      integer(c_size_t), value :: cl_len, npix, nthreads
      integer(c_int64_t), value :: seed, member
    end function
    integer(c_size_t) function sf_last_error_message(buf, length) bind(C, name="sf_last_error_message")
      import :: c_size_t, c_char
      character(kind=c_char) :: buf(*)
      integer(c_size_t), value :: length
    end function
    integer(c_int) function sf_spectrum_heat(variance, scale, lmax, cl, cl_len) bind(C, name="sf_spectrum_heat")
      import :: c_int, c_double, c_size_t
      real(c_double), value :: variance, scale
      integer(c_size_t), value :: lmax, cl_len
      real(c_double) :: cl(*)
    end function
    integer(c_size_t) function sf_alm_len(lmax, mmax) bind(C, name="sf_alm_len")
      import :: c_size_t
      integer(c_size_t), value :: lmax, mmax
    end function
    integer(c_int) function sf_kl_sample_alm(cl, cl_len, seed, member, alm, alm_len) bind(C, name="sf_kl_sample_alm")
      import :: c_int, c_size_t, c_double, c_double_complex, c_int64_t
      real(c_double) :: cl(*)
      integer(c_size_t), value :: cl_len, alm_len
      integer(c_int64_t), value :: seed, member
      complex(c_double_complex) :: alm(*)
    end function
    integer(c_int) function sf_prior_gaussian(q, q_len, beta, sigma, sigma_len, prior) bind(C, name="sf_prior_gaussian")
      import :: c_int, c_size_t, c_double, c_ptr
      real(c_double) :: q(*), sigma(*)
      integer(c_size_t), value :: q_len, sigma_len
      real(c_double), value :: beta
      type(c_ptr) :: prior
    end function
    integer(c_int) function sf_prior_score(prior, t, x, out, alm_len) bind(C, name="sf_prior_score")
      import :: c_int, c_size_t, c_double, c_double_complex, c_ptr
      type(c_ptr), value :: prior
      real(c_double), value :: t
      complex(c_double_complex) :: x(*), out(*)
      integer(c_size_t), value :: alm_len
    end function
    subroutine sf_prior_free(prior) bind(C, name="sf_prior_free")
      import :: c_ptr
      type(c_ptr), value :: prior
    end subroutine
    subroutine sf_sht_free(sht) bind(C, name="sf_sht_free")
      import :: c_ptr
      type(c_ptr), value :: sht
    end subroutine
  end interface
contains
  subroutine check(status, what)
    integer(c_int), intent(in) :: status
    character(*), intent(in) :: what
    character(kind=c_char) :: buf(512)
    integer(c_size_t) :: n
    if (status /= 0) then
      n = sf_last_error_message(buf, int(size(buf), c_size_t))
      print *, what, " failed: ", buf(1:min(n, int(size(buf) - 1, c_size_t)))
      stop 1
    end if
  end subroutine
end module

program matern_field
  use sphfield
  implicit none
  integer(c_size_t), parameter :: nlat = 90, nlon = 180, lmax = 44, members = 200
  real(c_double), parameter :: four_pi = 4.0d0 * acos(-1.0d0)
  real(c_double) :: cl(lmax + 1), expected, var_one, total, se, z
  real(c_double), allocatable :: map(:), w(:)
  type(c_ptr) :: sht, prior
  integer(c_size_t) :: npix, l, m, i, n, status_len
  integer(c_size_t), parameter :: ls = 16
  real(c_double) :: q(ls + 1), sigma(ls + 1), a, v, t, worst
  complex(c_double_complex), allocatable :: x(:), s(:)
  character(kind=c_char) :: msg(256)

  call check(sf_spectrum_matern_km(2.0d0, 1500.0d0, 6371.0d0, 1.5d0, lmax, cl, lmax + 1), "spectrum")
  call check(sf_sht_fejer1(nlat, nlon, lmax, lmax, sht), "plan")
  npix = sf_sht_npix(sht)
  allocate(map(npix), w(npix))
  call check(sf_sht_pixel_weights(sht, w, npix), "weights")
  call check(sf_spectrum_variance(cl, lmax + 1, expected), "variance")
  var_one = 0
  do l = 0, lmax
    var_one = var_one + 2.0d0 * (2 * l + 1) * cl(l + 1)**2
  end do
  se = sqrt(var_one) / four_pi / sqrt(real(members, c_double))
  total = 0
  do m = 0, members - 1
    call check(sf_kl_sample_map(sht, cl, lmax + 1, 42_c_int64_t, int(m, c_int64_t), map, npix, 1_c_size_t), "sample")
    total = total + sum(w * map**2) / four_pi
  end do
  z = (total / members - expected) / se
  print '(a, f10.6, a, f10.6, a, f6.2)', "Fortran: variance ", total / members, ", expected ", expected, ", z = ", z
  if (abs(z) >= 5.0d0) stop 1

  ! A wrong buffer length is refused with a status code and a message.
  if (sf_kl_sample_map(sht, cl, lmax + 1, 1_c_int64_t, 0_c_int64_t, map, npix - 1, 1_c_size_t) /= 2) stop 1
  status_len = sf_last_error_message(msg, int(size(msg), c_size_t))
  print '(a, 256a)', "Fortran: wrong length refused: ", msg(1:status_len)
  call sf_sht_free(sht)

  ! Score of a Gaussian prior against the closed form -Q (a^2 Sigma + v Q)^-1 x per degree.
  call check(sf_spectrum_matern_km(1.0d0, 3000.0d0, 6371.0d0, 1.0d0, ls, q, ls + 1), "Q")
  call check(sf_spectrum_heat(1.0d0, 0.2d0, ls, sigma, ls + 1), "Sigma")
  call check(sf_prior_gaussian(q, ls + 1, 1.0d0, sigma, ls + 1, prior), "prior")
  n = sf_alm_len(ls, ls)
  allocate(x(n), s(n))
  call check(sf_kl_sample_alm(q, ls + 1, 7_c_int64_t, 0_c_int64_t, x, n), "x")
  t = 0.4d0
  a = exp(-t / 2)
  v = 1 - exp(-t)
  call check(sf_prior_score(prior, t, x, s, n), "score")
  worst = 0
  i = 0
  do m = 0, ls
    do l = m, ls
      i = i + 1
      worst = max(worst, abs(s(i) + q(l + 1) / (a * a * sigma(l + 1) + v * q(l + 1)) * x(i)))
    end do
  end do
  print '(a, es9.2)', "Fortran: Gaussian-prior score vs closed form, max difference ", worst
  call sf_prior_free(prior)
  if (worst > 1d-12) stop 1
end program
