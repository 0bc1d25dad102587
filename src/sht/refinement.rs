//! Iterative analysis on grids without an exact quadrature (HEALPix, custom rings).
//!
//! With Y the synthesis and Q = Yᵀ W the quadrature (the adjoint of Y for the real-field inner
//! product of [`Alm::dot`], with the grid's pixel weights W), the coefficients of a band-limited
//! map f solve the normal equations
//!
//! $$ A a = b, \qquad A = Q Y = Y^{\mathsf T} W Y, \qquad b = Q f. $$
//!
//! A is symmetric positive definite for that inner product whenever Y is injective (HEALPix up
//! to lmax ≈ 3·nside − 1), and close to the identity (W is nearly an exact quadrature for
//! band limits up to 2·nside), so both solvers start from the quadrature direction and
//! converge quickly:
//!
//! * **Jacobi** (healpy's `iter`): $a \leftarrow a + Q(f - Ya)$ from $a_0 = Qf$; the error
//!   shrinks by the spectral radius of $I - A$ per step.
//! * **Conjugate gradients**: from $a_0 = 0$ (so that k steps cost, like k Jacobi steps, one
//!   quadrature plus k synthesis–adjoint pairs); the error shrinks by at best
//!   $(\sqrt\kappa - 1)/(\sqrt\kappa + 1)$ per step, κ the condition number of A. No
//!   preconditioner: the diagonal of A is within a few 10⁻³ of 1 at every ℓ ≤ 2·nside, so a
//!   per-degree scaling would change nothing measurable.
//!
//! Both stop after the requested steps, or earlier once the relative residual of the normal
//! equations ‖Q(f − Ya)‖ / ‖Qf‖ falls below the tolerance. The map residual ‖f − Ya‖ / ‖f‖
//! after each step is kept for the report (CG updates it for free from the synthesis it
//! computes anyway).

use rayon::prelude::*;

use super::plan::Sht;
use crate::alm::Alm;
use crate::error::{Error, Result};

/// How [`Sht::analysis_with`] refines the quadrature on grids without an exact one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AnalysisSolver {
    /// Conjugate gradients on the normal equations (the default; reaches 1e-10 on band-limited
    /// HEALPix maps with lmax ≤ 2·nside in about 8 steps).
    #[default]
    ConjugateGradient,
    /// Jacobi (Richardson) steps $a \leftarrow a + Q(f - Ya)$, as healpy's `map2alm(iter=n)`.
    Jacobi,
}

/// The result of a refinement: the coefficients, the steps taken and the relative map
/// residual after each (entry 0: the starting point).
pub(super) struct Refined {
    pub alm: Alm,
    pub steps: usize,
    pub residuals: Vec<f64>,
}

fn norm(v: &[f64]) -> f64 {
    v.par_iter().map(|x| x * x).sum::<f64>().sqrt()
}

fn relative(v: &[f64], reference: f64) -> f64 {
    let n = norm(v);
    if reference > 0.0 {
        n / reference
    } else {
        n
    }
}

/// ‖a‖ in the inner product of [`Alm::dot`].
fn alm_norm(a: &Alm) -> f64 {
    a.dot(a).expect("same shape").max(0.0).sqrt()
}

impl Sht {
    /// `resid` = f − Y a.
    fn map_residual(&self, alm: &Alm, map: &[f64], resid: &mut [f64]) -> Result<()> {
        self.synthesis_unchecked(alm, resid)?;
        resid
            .par_iter_mut()
            .zip(map.par_iter())
            .for_each(|(r, f)| *r = f - *r);
        Ok(())
    }

    /// Jacobi refinement: `steps` steps from the quadrature (`report`: the map residual after
    /// the last one too, one more synthesis).
    pub(super) fn refine_jacobi(
        &self,
        map: &[f64],
        steps: usize,
        tolerance: f64,
        report: bool,
    ) -> Result<Refined> {
        let Some(mut alm) = self.quadrature_unchecked(map)? else {
            return Err(Sht::non_finite_error("map", map));
        };
        let reference = norm(map);
        let b_norm = alm_norm(&alm);
        let mut residuals = Vec::with_capacity(steps + 1);
        let mut resid = vec![0.0; map.len()];
        let mut taken = 0;
        loop {
            if taken == steps && !report {
                break;
            }
            self.map_residual(&alm, map, &mut resid)?;
            residuals.push(relative(&resid, reference));
            if taken == steps {
                break;
            }
            // A residual overflows only for coefficients near the f64 limit.
            let Some(step) = self.quadrature_unchecked(&resid)? else {
                return Err(Sht::non_finite_error("residual map", &resid));
            };
            alm.axpy(1.0, &step).expect("same shape");
            taken += 1;
            if alm_norm(&step) <= tolerance * b_norm {
                if report {
                    self.map_residual(&alm, map, &mut resid)?;
                    residuals.push(relative(&resid, reference));
                }
                break;
            }
        }
        Ok(Refined {
            alm,
            steps: taken,
            residuals,
        })
    }

    /// Conjugate gradients on A a = b from a = 0: `steps` at most, each one synthesis and one
    /// adjoint; stops early when ‖r‖ ≤ tolerance·‖b‖.
    pub(super) fn refine_cg(&self, map: &[f64], steps: usize, tolerance: f64) -> Result<Refined> {
        let Some(b) = self.quadrature_unchecked(map)? else {
            return Err(Sht::non_finite_error("map", map));
        };
        let reference = norm(map);
        let mut x = Alm::zeros(self.lmax(), self.mmax())?;
        let mut r = b.clone();
        let mut p = b.clone();
        let mut rr = r.dot(&r).expect("same shape");
        let b_norm = rr.max(0.0).sqrt();
        // The map residual f − Y x, updated with the synthesis of each direction.
        let mut s = map.to_vec();
        let mut yp = vec![0.0; map.len()];
        let mut residuals = vec![relative(&s, reference)];
        let mut taken = 0;
        while taken < steps && rr.sqrt() > tolerance * b_norm && rr > 0.0 {
            self.synthesis_unchecked(&p, &mut yp)?;
            let Some(ap) = self.quadrature_unchecked(&yp)? else {
                return Err(Sht::non_finite_error("synthesised direction", &yp));
            };
            let p_ap = p.dot(&ap).expect("same shape");
            if p_ap.is_nan() || p_ap <= 0.0 {
                // A is positive definite on the band-limited space; a non-positive curvature
                // means the band limit is beyond what the grid determines.
                return Err(Error::Mismatch(format!(
                    "conjugate-gradient analysis broke down at step {taken} (the grid does \
                     not determine lmax {}; lower lmax or use Jacobi steps)",
                    self.lmax()
                )));
            }
            let alpha = rr / p_ap;
            x.axpy(alpha, &p).expect("same shape");
            r.axpy(-alpha, &ap).expect("same shape");
            s.par_iter_mut()
                .zip(yp.par_iter())
                .for_each(|(s, y)| *s -= alpha * y);
            residuals.push(relative(&s, reference));
            let rr_next = r.dot(&r).expect("same shape");
            let beta = rr_next / rr;
            rr = rr_next;
            // p ← r + β p
            p.scale(beta);
            p.axpy(1.0, &r).expect("same shape");
            taken += 1;
        }
        Ok(Refined {
            alm: x,
            steps: taken,
            residuals,
        })
    }
}
