//! Spin-weighted transforms of [`Sht`]: synthesis, adjoint synthesis and analysis of spin-s
//! fields (a pair of real maps Q, U ↔ a pair of coefficient sets E, B), and the gradient of a
//! scalar field (docs/sht.md §6).

use super::plan::Sht;
use super::rings::{leg2map, LegLayout};
use super::spin::{spin_alm2leg, spin_leg2alm};
use super::AnalysisOptions;
use crate::alm::Alm;
use crate::error::{param_error, Error, Result};
use crate::map::Map;
use crate::par::Par;

/// The coefficients of a spin-s field: E ("gradient", healpy's E mode) and B ("curl").
#[derive(Clone, Debug, PartialEq)]
pub struct SpinAlm {
    /// Gradient (E-mode) coefficients.
    pub e: Alm,
    /// Curl (B-mode) coefficients.
    pub b: Alm,
}

impl SpinAlm {
    /// Zero coefficients.
    pub fn zeros(lmax: usize, mmax: usize) -> Result<SpinAlm> {
        Ok(SpinAlm {
            e: Alm::zeros(lmax, mmax)?,
            b: Alm::zeros(lmax, mmax)?,
        })
    }

    /// ⟨self, other⟩ = E·E' + B·B' in the real-field inner product of [`Alm::dot`].
    pub fn dot(&self, other: &SpinAlm) -> Result<f64> {
        Ok(self.e.dot(&other.e)? + self.b.dot(&other.b)?)
    }

    /// self += alpha · x.
    pub fn axpy(&mut self, alpha: f64, x: &SpinAlm) -> Result<()> {
        self.e.axpy(alpha, &x.e)?;
        self.b.axpy(alpha, &x.b)
    }

    /// self *= alpha.
    pub fn scale(&mut self, alpha: f64) {
        self.e.scale(alpha);
        self.b.scale(alpha);
    }
}

impl Sht {
    /// Checks a spin: 1 ≤ spin ≤ min(lmax, 4).
    fn check_spin(&self, spin: usize) -> Result<()> {
        if spin == 0 {
            return Err(param_error(
                "spin",
                spin,
                "must be at least 1 (spin 0 is the scalar transform: Sht::synthesis)",
            ));
        }
        if spin > self.lmax {
            return Err(param_error(
                "spin",
                spin,
                format!(
                    "exceeds lmax {}: a spin-s field has no harmonics below degree s",
                    self.lmax
                ),
            ));
        }
        if spin > super::legendre::MAX_SPIN {
            return Err(param_error(
                "spin",
                spin,
                format!(
                    "at most {} (the transforms skip near-polar rings where the harmonics are negligible, a cut-off validated for spins up to this)",
                    super::legendre::MAX_SPIN
                ),
            ));
        }
        Ok(())
    }

    fn check_spin_alm(&self, alm: &SpinAlm) -> Result<()> {
        self.check_alm(&alm.e)?;
        self.check_alm(&alm.b)
    }

    /// Spin-s synthesis: the real maps (Q, U) with
    /// $Q + iU = -\sum_{\ell m}(E_{\ell m} + iB_{\ell m})\,{}_sY_{\ell m}$, healpy's convention for
    /// s = 2 (`alm2map_spin`, `alm2map(pol=True)`'s Q, U) and ducc0's for any s. Coefficients
    /// with ℓ < s are ignored.
    ///
    /// ```
    /// use sphfield::{Geometry, Par, Sht, SpinAlm};
    /// let sht = Sht::new(Geometry::gauss_legendre(16, 31)?, 15, 15)?;
    /// let mut alm = SpinAlm::zeros(15, 15)?;
    /// alm.e[(4, 2)] = num_complex::Complex64::new(1.0, 0.5);
    /// let (q, u) = sht.spin_synthesis(2, &alm, Par::Seq)?;
    /// let back = sht.spin_analysis(2, q.values(), u.values(), Par::Seq)?;
    /// assert!(back.e.max_abs_diff(&alm.e)? < 1e-13 && back.b.max_abs() < 1e-13);
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// `Error::Param` for spin 0 or spin > lmax; `Error::Mismatch` for coefficients of another
    /// band limit; `Error::NonFinite` for NaN or infinite coefficients.
    pub fn spin_synthesis(&self, spin: usize, alm: &SpinAlm, par: Par) -> Result<(Map, Map)> {
        let npix = self.geometry.npix();
        let mut q = crate::memory::try_zeros("a synthesised map", npix)?;
        let mut u = crate::memory::try_zeros("a synthesised map", npix)?;
        self.spin_synthesis_into(spin, alm, &mut q, &mut u, par)?;
        Ok((
            Map::new(self.geometry.clone(), q)?,
            Map::new(self.geometry.clone(), u)?,
        ))
    }

    /// [`Sht::spin_synthesis`] into caller-owned buffers of `npix` values.
    pub fn spin_synthesis_into(
        &self,
        spin: usize,
        alm: &SpinAlm,
        q: &mut [f64],
        u: &mut [f64],
        par: Par,
    ) -> Result<()> {
        self.check_spin(spin)?;
        self.check_spin_alm(alm)?;
        self.check_map_len("output Q map", q)?;
        self.check_map_len("output U map", u)?;
        par.install(|| self.spin_synthesis_unchecked(spin, alm, q, u))
    }

    fn spin_synthesis_unchecked(
        &self,
        spin: usize,
        alm: &SpinAlm,
        q: &mut [f64],
        u: &mut [f64],
    ) -> Result<()> {
        let mut leg_q = self.leg_buffer()?;
        let mut leg_u = match self.leg_buffer() {
            Ok(l) => l,
            Err(e) => {
                self.buffers.give_back(leg_q);
                return Err(e);
            }
        };
        let (pair_limits, ring_limits) = self.rings.spin_limits(self.lmax, spin);
        spin_alm2leg(
            &alm.e,
            &alm.b,
            spin,
            &self.rings,
            &pair_limits,
            &self.start,
            self.isa,
            &mut leg_q,
            &mut leg_u,
        );
        for (leg, out) in [(&leg_q, q), (&leg_u, u)] {
            leg2map(
                leg,
                self.mmax,
                &ring_limits,
                self.geometry.rings(),
                &self.ffts,
                out,
            );
        }
        self.buffers.give_back(leg_q);
        self.buffers.give_back(leg_u);
        Ok(())
    }

    /// Adjoint of [`Sht::spin_synthesis`] for the inner products Σ_p (Q_p Q'_p + U_p U'_p) of
    /// maps and [`SpinAlm::dot`] of coefficients (no pixel weights); zeros below ℓ = s.
    ///
    /// # Errors
    /// As [`Sht::spin_synthesis`]; `Error::Shape` for maps of the wrong length,
    /// `Error::NonFinite` for NaN or infinite values.
    pub fn spin_adjoint_synthesis(
        &self,
        spin: usize,
        q: &[f64],
        u: &[f64],
        par: Par,
    ) -> Result<SpinAlm> {
        self.check_spin(spin)?;
        self.check_map_len("Q map", q)?;
        self.check_map_len("U map", u)?;
        let ones = vec![1.0; self.geometry.rings().len()];
        par.install(|| self.spin_weighted_adjoint(spin, q, u, &ones))
    }

    /// Σ over rings of the spin functions times the ring-scaled Fourier coefficients of q, u.
    fn spin_weighted_adjoint(
        &self,
        spin: usize,
        q: &[f64],
        u: &[f64],
        scale: &[f64],
    ) -> Result<SpinAlm> {
        // Every order of every ring: the spin functions reach further out than the scalar ring
        // limits that `ring_coefficients` would otherwise apply.
        let Some(leg_q) = self.ring_coefficients(q, scale, true)? else {
            return Err(Sht::non_finite_error("Q map", q));
        };
        let Some(leg_u) = self.ring_coefficients(u, scale, true)? else {
            self.buffers.give_back(leg_q);
            return Err(Sht::non_finite_error("U map", u));
        };
        let (pair_limits, _) = self.rings.spin_limits(self.lmax, spin);
        let out = spin_leg2alm(
            &leg_q,
            &leg_u,
            LegLayout::Grouped { mmax: self.mmax },
            spin,
            &self.rings,
            &pair_limits,
            &self.start,
            self.isa,
            self.lmax,
            self.mmax,
        );
        self.buffers.give_back(leg_q);
        self.buffers.give_back(leg_u);
        let (e, b) = out?;
        Ok(SpinAlm { e, b })
    }

    /// The quadrature step of the spin analysis: exact on GL, CC and Fejér-1 within their
    /// limits (CC and Fejér-1 by θ-resampling with the spin's parity), the ring weights
    /// elsewhere.
    fn spin_quadrature(&self, spin: usize, q: &[f64], u: &[f64]) -> Result<SpinAlm> {
        let Some((resampler, set)) = &self.resampler else {
            let w = self.geometry.ring_weights();
            return self.spin_weighted_adjoint(spin, q, u, &w);
        };
        let phi_weights = self.phi_weights();
        let mut fine = Vec::with_capacity(2);
        for (what, map) in [("Q map", q), ("U map", u)] {
            let Some(leg) = self.ring_coefficients(map, &phi_weights, true)? else {
                return Err(Sht::non_finite_error(what, map));
            };
            let resampled = self.resampled(&leg, resampler, spin);
            self.buffers.give_back(leg);
            fine.push(resampled?);
        }
        let layout = LegLayout::MMajor {
            nrings: resampler.n_dst(),
        };
        let (pair_limits, _) = set.spin_limits(self.lmax, spin);
        let out = spin_leg2alm(
            &fine[0],
            &fine[1],
            layout,
            spin,
            set,
            &pair_limits,
            &self.start,
            self.isa,
            self.lmax,
            self.mmax,
        );
        for f in fine {
            self.buffers.give_back(f);
        }
        let (e, b) = out?;
        Ok(SpinAlm { e, b })
    }

    /// Spin-s analysis (inverse of [`Sht::spin_synthesis`] on band-limited maps): exact (to
    /// rounding) on Gauss–Legendre, Clenshaw–Curtis and Fejér-1 grids within
    /// [`crate::Geometry::exact_lmax`]; on HEALPix and custom rings conjugate gradients on the
    /// normal equations from the ring-weight quadrature, as for scalars
    /// ([`Sht::spin_analysis_refined`] sets the steps).
    ///
    /// # Errors
    /// As [`Sht::spin_adjoint_synthesis`]; `Error::LmaxTooLarge` beyond what the grid resolves.
    pub fn spin_analysis(&self, spin: usize, q: &[f64], u: &[f64], par: Par) -> Result<SpinAlm> {
        self.spin_analysis_refined(spin, q, u, AnalysisOptions::default(), par)
    }

    /// [`Sht::spin_analysis`] with options: `iterations` conjugate-gradient steps at most (each one
    /// spin synthesis and one adjoint), stopping at `tolerance` (relative residual of the normal
    /// equations; default 1e-11). Jacobi steps are not offered for spin fields.
    pub fn spin_analysis_refined(
        &self,
        spin: usize,
        q: &[f64],
        u: &[f64],
        options: AnalysisOptions,
        par: Par,
    ) -> Result<SpinAlm> {
        self.check_spin(spin)?;
        self.check_map_len("Q map", q)?;
        self.check_map_len("U map", u)?;
        let (steps, tolerance) = self.analysis_plan(options)?;
        par.install(|| {
            if steps == 0 {
                return self.spin_quadrature(spin, q, u);
            }
            self.spin_refine_cg(spin, q, u, steps, tolerance)
        })
    }

    /// Conjugate gradients on (Yᵀ W Y) a = Yᵀ W f for a spin field (see `refinement.rs`).
    fn spin_refine_cg(
        &self,
        spin: usize,
        q: &[f64],
        u: &[f64],
        steps: usize,
        tolerance: f64,
    ) -> Result<SpinAlm> {
        let b = self.spin_quadrature(spin, q, u)?;
        let mut x = SpinAlm::zeros(self.lmax, self.mmax)?;
        let mut r = b.clone();
        let mut p = b;
        let mut rr = r.dot(&r)?;
        let b_norm = rr.max(0.0).sqrt();
        let npix = self.geometry.npix();
        let (mut yq, mut yu) = (vec![0.0; npix], vec![0.0; npix]);
        let mut taken = 0;
        while taken < steps && rr.sqrt() > tolerance * b_norm && rr > 0.0 {
            self.spin_synthesis_unchecked(spin, &p, &mut yq, &mut yu)?;
            let ap = self.spin_quadrature(spin, &yq, &yu)?;
            let p_ap = p.dot(&ap)?;
            if p_ap.is_nan() || p_ap <= 0.0 {
                return Err(Error::Mismatch(format!(
                    "conjugate-gradient spin analysis broke down at step {taken} (the grid \
                     does not determine lmax {})",
                    self.lmax
                )));
            }
            let alpha = rr / p_ap;
            x.axpy(alpha, &p)?;
            r.axpy(-alpha, &ap)?;
            let rr_next = r.dot(&r)?;
            p.scale(rr_next / rr);
            p.axpy(1.0, &r)?;
            rr = rr_next;
            taken += 1;
        }
        Ok(x)
    }

    /// Gradient of a scalar field from its coefficients: the maps
    /// $(\partial_\theta f,\ \partial_\phi f/\sin\theta)$ (ducc0's `synthesis_deriv1`, healpy's
    /// `alm2map_der1` without the map itself), as the spin-1 synthesis of
    /// $E_{\ell m} = \sqrt{\ell(\ell+1)}\,a_{\ell m}$, B = 0.
    ///
    /// ```
    /// use sphfield::{Alm, Geometry, Par, Sht};
    /// let sht = Sht::new(Geometry::gauss_legendre(8, 15)?, 7, 7)?;
    /// let mut alm = Alm::zeros(7, 7)?;
    /// alm[(1, 0)].re = 1.0; // f = √(3/4π) cos θ
    /// let (dtheta, dphi) = sht.gradient(&alm, Par::Seq)?;
    /// let (ring, _) = (&sht.geometry().rings()[2], 0);
    /// let expected = -(3.0 / (4.0 * std::f64::consts::PI)).sqrt() * ring.sin_theta;
    /// assert!((dtheta.values()[ring.offset] - expected).abs() < 1e-14);
    /// assert!(dphi.values().iter().all(|v| v.abs() < 1e-14));
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Sht::synthesis`]; `Error::Param` for lmax 0 (no gradient to take).
    pub fn gradient(&self, alm: &Alm, par: Par) -> Result<(Map, Map)> {
        self.check_alm(alm)?;
        let mut e = alm.clone();
        let factors: Vec<f64> = (0..=self.lmax)
            .map(|l| ((l * (l + 1)) as f64).sqrt())
            .collect();
        e.scale_l(&factors)?;
        let b = Alm::zeros(self.lmax, self.mmax)?;
        self.spin_synthesis(1, &SpinAlm { e, b }, par)
    }
}
