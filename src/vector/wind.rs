//! Wind fields on the sphere from a stream function ψ and a velocity potential χ (Helmholtz
//! decomposition), and back (docs/vector-fields.md §1).
//!
//! On the unit sphere (θ colatitude, φ longitude), with u eastward and v northward,
//! $u = \partial_\theta\psi + \partial_\phi\chi/\sin\theta$ and
//! $v = \partial_\phi\psi/\sin\theta - \partial_\theta\chi$ (meteorology's
//! $\mathbf v = \hat k\times\nabla\psi + \nabla\chi$). In spin-1 form, with
//! $E_{\ell m} = \sqrt{\ell(\ell+1)}\,\chi_{\ell m}$ and $B_{\ell m} = \sqrt{\ell(\ell+1)}\,\psi_{\ell m}$, the
//! spin-1 synthesis gives $Q = -v$ and $U = u$. Vorticity $\zeta = \nabla^2\psi$ and divergence
//! $\delta = \nabla^2\chi$ have coefficients $-\ell(\ell+1)\psi_{\ell m}$, $-\ell(\ell+1)\chi_{\ell m}$. On a
//! sphere of radius R, divide the winds by R (and ζ, δ by R²).

use super::multi::{CrossSpectra, MultiFieldSampler};
use crate::alm::Alm;
use crate::error::{Error, Result};
use crate::map::Map;
use crate::par::Par;
use crate::sht::{Sht, SpinAlm};

/// Coefficients of the stream function ψ and the velocity potential χ of a wind field.
#[derive(Clone, Debug, PartialEq)]
pub struct HelmholtzPotentials {
    /// Stream function ψ (rotational part).
    pub psi: Alm,
    /// Velocity potential χ (divergent part).
    pub chi: Alm,
}

/// A wind field: eastward u and northward v on one grid.
#[derive(Clone, Debug, PartialEq)]
pub struct WindField {
    /// Eastward wind.
    pub u: Map,
    /// Northward wind.
    pub v: Map,
}

fn degree_factors(lmax: usize, f: impl Fn(f64) -> f64) -> Vec<f64> {
    (0..=lmax).map(|l| f((l * (l + 1)) as f64)).collect()
}

impl HelmholtzPotentials {
    /// Checks that ψ and χ have the same shape.
    fn check(&self) -> Result<()> {
        if self.psi.lmax() != self.chi.lmax() || self.psi.mmax() != self.chi.mmax() {
            return Err(Error::Mismatch(format!(
                "stream function (lmax {}, mmax {}) and velocity potential (lmax {}, mmax {}) differ in shape",
                self.psi.lmax(),
                self.psi.mmax(),
                self.chi.lmax(),
                self.chi.mmax()
            )));
        }
        Ok(())
    }

    /// Seeded draw of (ψ, χ) with the given 2-field cross-spectra (field 0 = ψ, 1 = χ): see
    /// [`MultiFieldSampler`] for the seeding rules.
    ///
    /// # Errors
    /// `Error::Param` if `spectra` does not describe exactly two fields.
    pub fn sample(
        spectra: &CrossSpectra,
        seed: u64,
        member: u64,
        par: Par,
    ) -> Result<HelmholtzPotentials> {
        if spectra.fields() != 2 {
            return Err(crate::error::param_error(
                "wind spectra",
                spectra.fields(),
                "need two fields: stream function and velocity potential",
            ));
        }
        let mut fields = MultiFieldSampler::new(spectra, seed)?.sample(member, par)?;
        let chi = fields.pop().expect("two fields");
        let psi = fields.pop().expect("two fields");
        Ok(HelmholtzPotentials { psi, chi })
    }

    /// The spin-1 coefficients: E = √(ℓ(ℓ+1)) χ, B = √(ℓ(ℓ+1)) ψ.
    pub fn to_spin(&self) -> Result<SpinAlm> {
        self.check()?;
        let f = degree_factors(self.psi.lmax(), f64::sqrt);
        let (mut e, mut b) = (self.chi.clone(), self.psi.clone());
        e.scale_l(&f)?;
        b.scale_l(&f)?;
        Ok(SpinAlm { e, b })
    }

    /// The inverse of [`HelmholtzPotentials::to_spin`] (ψ₀₀ = χ₀₀ = 0: a wind does not see them).
    pub fn from_spin(spin: &SpinAlm) -> Result<HelmholtzPotentials> {
        let f = degree_factors(
            spin.e.lmax(),
            |x| if x > 0.0 { 1.0 / x.sqrt() } else { 0.0 },
        );
        let (mut chi, mut psi) = (spin.e.clone(), spin.b.clone());
        chi.scale_l(&f)?;
        psi.scale_l(&f)?;
        Ok(HelmholtzPotentials { psi, chi })
    }

    /// Vorticity ζ = ∇²ψ: coefficients −ℓ(ℓ+1)ψ.
    pub fn vorticity(&self) -> Result<Alm> {
        let mut z = self.psi.clone();
        z.scale_l(&degree_factors(z.lmax(), |x| -x))?;
        Ok(z)
    }

    /// Divergence δ = ∇²χ: coefficients −ℓ(ℓ+1)χ.
    pub fn divergence(&self) -> Result<Alm> {
        let mut d = self.chi.clone();
        d.scale_l(&degree_factors(d.lmax(), |x| -x))?;
        Ok(d)
    }

    /// Kinetic-energy spectrum $K_\ell = \frac{\ell(\ell+1)}{8\pi}\sum_{m=-\ell}^{\ell}(|\psi_{\ell m}|^2 + |\chi_{\ell m}|^2)$,
    /// so that $\sum_\ell K_\ell$ is the spatial mean of ½(u² + v²) (Parseval for the spin-1
    /// field u·e_φ − v·e_θ). Its expectation for a Gaussian ψ-only field is
    /// $\ell(\ell+1)(2\ell+1)C^\psi_\ell/8\pi$.
    pub fn kinetic_energy_spectrum(&self) -> Result<Vec<f64>> {
        self.check()?;
        let cp = crate::spectrum::cross_spectrum(&self.psi, &self.psi)?;
        let cc = crate::spectrum::cross_spectrum(&self.chi, &self.chi)?;
        Ok((0..cp.len())
            .map(|l| {
                let lf = l as f64;
                lf * (lf + 1.0) * (2.0 * lf + 1.0) * (cp[l] + cc[l]) / (8.0 * std::f64::consts::PI)
            })
            .collect())
    }
}

impl WindField {
    /// The winds of (ψ, χ) on the plan's grid (one spin-1 synthesis).
    ///
    /// ```
    /// use sphfield::vector::{HelmholtzPotentials, WindField};
    /// use sphfield::{Alm, Geometry, Par, Sht};
    /// let sht = Sht::new(Geometry::gauss_legendre(16, 32)?, 15, 15)?;
    /// let mut psi = Alm::zeros(15, 15)?;
    /// psi[(1, 0)].re = 1.0; // solid-body rotation about the pole: u ∝ sin θ, v = 0
    /// let wind = WindField::synthesize(&sht, &HelmholtzPotentials { psi, chi: Alm::zeros(15, 15)? }, Par::Seq)?;
    /// assert!(wind.v.values().iter().all(|v| v.abs() < 1e-14));
    /// let back = WindField::analyze(&sht, &wind, Par::Seq)?;
    /// assert!((back.psi[(1, 0)].re - 1.0).abs() < 1e-13);
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Sht::spin_synthesis`]; `Error::Mismatch` if ψ and χ differ in shape.
    pub fn synthesize(sht: &Sht, potentials: &HelmholtzPotentials, par: Par) -> Result<WindField> {
        let (q, u) = sht.spin_synthesis(1, &potentials.to_spin()?, par)?;
        let mut v = q;
        v.values_mut().iter_mut().for_each(|x| *x = -*x);
        Ok(WindField { u, v })
    }

    /// The Helmholtz decomposition of a wind field: (ψ, χ) by spin-1 analysis (exact on GL,
    /// CC and Fejér-1 grids, iterative on HEALPix).
    pub fn analyze(sht: &Sht, wind: &WindField, par: Par) -> Result<HelmholtzPotentials> {
        let q: Vec<f64> = wind.v.values().iter().map(|x| -x).collect();
        let spin = sht.spin_analysis(1, &q, wind.u.values(), par)?;
        HelmholtzPotentials::from_spin(&spin)
    }
}
