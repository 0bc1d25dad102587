//! Points on the sphere and the evaluation of band-limited fields at them (docs/conditioning.md
//! §C.2): P a = (f(x_i))_i and its adjoint Pᵀ w = Σ_i w_i conj(Y_ℓ^m(x_i)), for several fields at
//! once so that the Legendre values of a point are computed once for all of them.

use crate::alm::Alm;
use crate::error::{param_error, shape_error, Error, Result};
use crate::par::Par;
use num_complex::Complex64;
use rayon::prelude::*;
use std::f64::consts::PI;

/// Points x_i on the unit sphere, kept as colatitude/longitude (radians) and as unit vectors.
///
/// ```
/// use sphfield::condition::Points;
/// let p = Points::from_lat_lon_degrees(&[90.0, 0.0], &[0.0, 90.0]).unwrap();
/// assert!((p.angle(0, 1) - std::f64::consts::FRAC_PI_2).abs() < 1e-15);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Points {
    theta: Vec<f64>,
    phi: Vec<f64>,
    unit: Vec<[f64; 3]>,
}

impl Points {
    /// Points from latitudes and longitudes in degrees (longitudes any finite value; they are
    /// reduced to [0°, 360°)).
    ///
    /// # Errors
    /// `Error::Shape` if the lengths differ; `Error::Param` naming the point for a non-finite
    /// coordinate or |latitude| > 90°.
    pub fn from_lat_lon_degrees(lat: &[f64], lon: &[f64]) -> Result<Points> {
        if lat.len() != lon.len() {
            return Err(shape_error(
                "longitudes (one per latitude)",
                lat.len(),
                lon.len(),
            ));
        }
        let mut theta = Vec::with_capacity(lat.len());
        let mut phi = Vec::with_capacity(lat.len());
        for (i, (&la, &lo)) in lat.iter().zip(lon).enumerate() {
            if !la.is_finite() || !lo.is_finite() {
                return Err(param_error(
                    "point",
                    format!("#{i} (lat {la}, lon {lo})"),
                    "coordinates must be finite",
                ));
            }
            if la.abs() > 90.0 {
                return Err(param_error(
                    "latitude",
                    format!("{la} at point #{i}"),
                    "latitudes lie in [-90, 90] degrees",
                ));
            }
            theta.push((90.0 - la).to_radians());
            phi.push(lo.rem_euclid(360.0).to_radians());
        }
        Ok(Points::from_valid(theta, phi))
    }

    /// Points from colatitudes θ ∈ [0, π] and longitudes φ (radians, any finite value).
    ///
    /// # Errors
    /// As [`Points::from_lat_lon_degrees`], with θ outside [0, π] rejected.
    pub fn from_colat_lon(theta: &[f64], phi: &[f64]) -> Result<Points> {
        if theta.len() != phi.len() {
            return Err(shape_error(
                "longitudes (one per colatitude)",
                theta.len(),
                phi.len(),
            ));
        }
        for (i, (&t, &p)) in theta.iter().zip(phi).enumerate() {
            if !t.is_finite() || !p.is_finite() {
                return Err(param_error(
                    "point",
                    format!("#{i} (θ {t}, φ {p})"),
                    "coordinates must be finite",
                ));
            }
            if !(0.0..=PI).contains(&t) {
                return Err(param_error(
                    "colatitude",
                    format!("{t} at point #{i}"),
                    "colatitudes lie in [0, π]",
                ));
            }
        }
        let phi = phi.iter().map(|p| p.rem_euclid(2.0 * PI)).collect();
        Ok(Points::from_valid(theta.to_vec(), phi))
    }

    /// Points from coordinates already checked to be finite.
    pub(crate) fn from_valid(theta: Vec<f64>, phi: Vec<f64>) -> Points {
        let unit = theta
            .iter()
            .zip(&phi)
            .map(|(&t, &p)| {
                let (st, ct) = t.sin_cos();
                let (sp, cp) = p.sin_cos();
                [st * cp, st * sp, ct]
            })
            .collect();
        Points { theta, phi, unit }
    }

    /// The pixels `indices` of a geometry (rings in order, pixels in ring order).
    pub(crate) fn of_pixels(geometry: &crate::Geometry, indices: &[usize]) -> Points {
        let mut positions = vec![(0.0, 0.0); geometry.npix()];
        for ring in geometry.rings() {
            for j in 0..ring.nphi {
                positions[ring.offset + j] = (
                    ring.theta,
                    ring.phi0 + 2.0 * PI * j as f64 / ring.nphi as f64,
                );
            }
        }
        let (theta, phi): (Vec<f64>, Vec<f64>) = indices.iter().map(|&i| positions[i]).unzip();
        let phi = phi.iter().map(|p| p.rem_euclid(2.0 * PI)).collect();
        Points::from_valid(theta, phi)
    }

    /// Every pixel of a geometry, in map order.
    pub fn of_geometry(geometry: &crate::Geometry) -> Points {
        let all: Vec<usize> = (0..geometry.npix()).collect();
        Points::of_pixels(geometry, &all)
    }

    /// Number of points.
    pub fn len(&self) -> usize {
        self.theta.len()
    }

    /// True when there are no points.
    pub fn is_empty(&self) -> bool {
        self.theta.is_empty()
    }

    /// Colatitudes θ (radians).
    pub fn colatitudes(&self) -> &[f64] {
        &self.theta
    }

    /// Longitudes φ ∈ [0, 2π) (radians).
    pub fn longitudes(&self) -> &[f64] {
        &self.phi
    }

    /// Latitudes in degrees.
    pub fn latitudes_degrees(&self) -> Vec<f64> {
        self.theta.iter().map(|t| 90.0 - t.to_degrees()).collect()
    }

    /// Longitudes in degrees, in [0, 360).
    pub fn longitudes_degrees(&self) -> Vec<f64> {
        self.phi.iter().map(|p| p.to_degrees()).collect()
    }

    /// Unit vectors (x, y, z).
    pub fn unit_vectors(&self) -> &[[f64; 3]] {
        &self.unit
    }

    /// The angle between points i and j (radians), accurate near 0 and π.
    pub fn angle(&self, i: usize, j: usize) -> f64 {
        angle_between(&self.unit[i], &self.unit[j])
    }

    /// The points `indices` (in that order).
    pub fn select(&self, indices: &[usize]) -> Points {
        Points {
            theta: indices.iter().map(|&i| self.theta[i]).collect(),
            phi: indices.iter().map(|&i| self.phi[i]).collect(),
            unit: indices.iter().map(|&i| self.unit[i]).collect(),
        }
    }

    /// Values at the points of the real fields with coefficients `alms` (one vector per field),
    /// P a of docs/conditioning.md §C.2. Cost O(n L²) Legendre steps for all fields together
    /// plus O(n L² k) multiply-adds; the result does not depend on `par`.
    ///
    /// # Errors
    /// `Error::Mismatch` if the fields have different (lmax, mmax).
    pub fn evaluate(&self, alms: &[&Alm], par: Par) -> Result<Vec<Vec<f64>>> {
        let Some(first) = alms.first() else {
            return Ok(Vec::new());
        };
        let (lmax, mmax) = (first.lmax(), first.mmax());
        check_same_shapes(alms, lmax, mmax)?;
        let k = alms.len();
        let recurrence = Recurrence::new(lmax, mmax);
        // One task per point: the sums over m run in order inside it.
        let per_point: Vec<Vec<f64>> = par.install(|| {
            (0..self.len())
                .into_par_iter()
                .map_init(
                    || (vec![0.0; lmax + 1], vec![Complex64::new(0.0, 0.0); k]),
                    |(lambda, sums), i| {
                        let mut totals = vec![0.0; k];
                        let (x, s) = (self.theta[i].cos(), self.theta[i].sin());
                        let mut start = Start::new();
                        for m in 0..=mmax {
                            start.advance(m, s);
                            let values = &mut lambda[..=lmax - m];
                            recurrence.fill(m, x, &start, values);
                            for (sum, alm) in sums.iter_mut().zip(alms) {
                                *sum = dot_real(alm.m_slice(m), values);
                            }
                            let rotation = Complex64::from_polar(1.0, m as f64 * self.phi[i]);
                            for (t, sum) in totals.iter_mut().zip(sums.iter()) {
                                *t += if m == 0 {
                                    sum.re
                                } else {
                                    2.0 * (sum * rotation).re
                                };
                            }
                        }
                        totals
                    },
                )
                .collect()
        });
        let mut out = vec![vec![0.0; self.len()]; k];
        for (i, totals) in per_point.into_iter().enumerate() {
            for (field, t) in out.iter_mut().zip(totals) {
                field[i] = t;
            }
        }
        Ok(out)
    }

    /// The adjoint of [`Points::evaluate`] for each weight vector:
    /// $(P^\top w)_{\ell m} = \sum_i w_i \lambda_{\ell m}(\cos\theta_i) e^{-im\phi_i}$ (docs/conditioning.md
    /// (C.2.3)); ⟨P a, w⟩ = ⟨a, Pᵀ w⟩ in the real-field inner product of [`Alm::dot`].
    ///
    /// # Errors
    /// `Error::Shape` if a weight vector's length is not the number of points; `Error::NonFinite`
    /// for a non-finite weight; the errors of [`Alm::zeros`].
    pub fn adjoint(
        &self,
        weights: &[&[f64]],
        lmax: usize,
        mmax: usize,
        par: Par,
    ) -> Result<Vec<Alm>> {
        for w in weights {
            if w.len() != self.len() {
                return Err(shape_error("point weights", self.len(), w.len()));
            }
            crate::error::check_finite("point weights", w)?;
        }
        if mmax > lmax {
            return Err(param_error("mmax", mmax, format!("exceeds lmax {lmax}")));
        }
        let mut out: Vec<Alm> = (0..weights.len())
            .map(|_| Alm::zeros(lmax, mmax))
            .collect::<Result<_>>()?;
        if weights.is_empty() {
            return Ok(out);
        }
        let recurrence = Recurrence::new(lmax, mmax);
        // λ_mm of every point at order m is advanced from order m − 1: each order's task
        // recomputes the start from scratch in O(m) (cheap next to its O(n (L − m)) work).
        let columns: Vec<Vec<Vec<Complex64>>> = par.install(|| {
            (0..=mmax)
                .into_par_iter()
                .map(|m| {
                    let len = lmax + 1 - m;
                    let mut acc = vec![vec![Complex64::new(0.0, 0.0); len]; weights.len()];
                    let mut lambda = vec![0.0; len];
                    for i in 0..self.len() {
                        let (x, s) = (self.theta[i].cos(), self.theta[i].sin());
                        let start = Start::at(m, s);
                        recurrence.fill(m, x, &start, &mut lambda);
                        let rotation = Complex64::from_polar(1.0, -(m as f64) * self.phi[i]);
                        for (column, w) in acc.iter_mut().zip(weights) {
                            let c = rotation * w[i];
                            for (a, &v) in column.iter_mut().zip(&lambda) {
                                *a += c * v;
                            }
                        }
                    }
                    acc
                })
                .collect()
        });
        for (m, per_field) in columns.into_iter().enumerate() {
            for (alm, column) in out.iter_mut().zip(per_field) {
                alm.m_slice_mut(m).copy_from_slice(&column);
                if m == 0 {
                    for a in alm.m_slice_mut(0) {
                        a.im = 0.0;
                    }
                }
            }
        }
        Ok(out)
    }
}

/// atan2(|x × y|, x · y): the angle between unit vectors, accurate at all separations.
pub(crate) fn angle_between(x: &[f64; 3], y: &[f64; 3]) -> f64 {
    let cross = [
        x[1] * y[2] - x[2] * y[1],
        x[2] * y[0] - x[0] * y[2],
        x[0] * y[1] - x[1] * y[0],
    ];
    let sin = (cross[0] * cross[0] + cross[1] * cross[1] + cross[2] * cross[2]).sqrt();
    let cos = x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
    sin.atan2(cos)
}

fn check_same_shapes(alms: &[&Alm], lmax: usize, mmax: usize) -> Result<()> {
    match alms.iter().find(|a| a.lmax() != lmax || a.mmax() != mmax) {
        Some(a) => Err(Error::Mismatch(format!(
            "fields have (lmax, mmax) = ({lmax}, {mmax}) and ({}, {})",
            a.lmax(),
            a.mmax()
        ))),
        None => Ok(()),
    }
}

/// Σ_l a_l v_l for complex a and real v (a_l0's imaginary part is ignored by the caller).
fn dot_real(a: &[Complex64], v: &[f64]) -> Complex64 {
    let (mut re, mut im) = (0.0, 0.0);
    for (c, &x) in a.iter().zip(v) {
        re += c.re * x;
        im += c.im * x;
    }
    Complex64::new(re, im)
}

/// λ_mm(θ) as mantissa · 2^exp (docs/mathematics.md §1.2):
/// λ_mm = −√((2m+1)/(2m)) sin θ · λ_{m−1,m−1}, λ_00 = 1/√(4π). The mantissa is rescaled by 2^500
/// when it falls below 1e-150 so that large orders near the poles neither underflow nor lose the
/// values that grow back above 2^−1000 in the recurrence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Start {
    mantissa: f64,
    exp: i32,
}

impl Start {
    pub(crate) fn new() -> Start {
        Start {
            mantissa: (1.0 / (4.0 * PI)).sqrt(),
            exp: 0,
        }
    }

    /// Moves from order m − 1 to order m (no-op for m = 0).
    pub(crate) fn advance(&mut self, m: usize, sin_theta: f64) {
        if m == 0 {
            return;
        }
        let k = m as f64;
        self.mantissa *= -((2.0 * k + 1.0) / (2.0 * k)).sqrt() * sin_theta;
        if self.mantissa != 0.0 && self.mantissa.abs() < 1e-150 {
            self.mantissa *= 2f64.powi(500);
            self.exp -= 500;
        }
    }

    /// λ_mm from scratch.
    pub(crate) fn at(m: usize, sin_theta: f64) -> Start {
        let mut s = Start::new();
        for k in 1..=m {
            s.advance(k, sin_theta);
        }
        s
    }
}

/// The coefficients of the three-term recurrence in ℓ for every order:
/// λ_{ℓ,m} = α_ℓm (cos θ λ_{ℓ−1,m} − β_ℓm λ_{ℓ−2,m}), α = √((4ℓ²−1)/(ℓ²−m²)),
/// β = √(((ℓ−1)²−m²)/(4(ℓ−1)²−1)) — stored in the coefficient layout of [`Alm`] (entry (ℓ, m)).
pub(crate) struct Recurrence {
    lmax: usize,
    alpha: Vec<f64>,
    beta: Vec<f64>,
}

impl Recurrence {
    pub(crate) fn new(lmax: usize, mmax: usize) -> Recurrence {
        let len = Alm::len_for(lmax, mmax);
        let (mut alpha, mut beta) = (vec![0.0; len], vec![0.0; len]);
        let mut offset = 0;
        for m in 0..=mmax {
            let mf = m as f64;
            for l in m + 1..=lmax {
                let lf = l as f64;
                alpha[offset + l - m] = ((4.0 * lf * lf - 1.0) / (lf * lf - mf * mf)).sqrt();
                if l > m + 1 {
                    let p = lf - 1.0;
                    beta[offset + l - m] = ((p * p - mf * mf) / (4.0 * p * p - 1.0)).sqrt();
                }
            }
            offset += lmax + 1 - m;
        }
        Recurrence { lmax, alpha, beta }
    }

    /// λ_ℓm(x) for ℓ = m..=lmax into `out` (length lmax + 1 − m), from the start λ_mm.
    pub(crate) fn fill(&self, m: usize, x: f64, start: &Start, out: &mut [f64]) {
        let offset = m * (2 * self.lmax + 3 - m) / 2;
        let alpha = &self.alpha[offset..offset + out.len()];
        let beta = &self.beta[offset..offset + out.len()];
        let (mut p0, mut p1, mut e) = (0.0f64, start.mantissa, start.exp);
        let mut scale = if e > -1000 { 2f64.powi(e) } else { 0.0 };
        for (j, o) in out.iter_mut().enumerate() {
            if j > 0 {
                let next = alpha[j] * (x * p1 - beta[j] * p0);
                p0 = p1;
                p1 = next;
                if p1.abs() > 1e150 {
                    p0 *= 2f64.powi(-500);
                    p1 *= 2f64.powi(-500);
                    e += 500;
                    scale = if e > -1000 { 2f64.powi(e) } else { 0.0 };
                }
            }
            *o = p1 * scale;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Geometry, Sht};

    #[test]
    fn evaluation_matches_synthesis_on_grid_pixels() {
        let (lmax, mmax) = (40, 35);
        let alm = Alm::random_uniform(lmax, mmax, 3).unwrap();
        let geometry = Geometry::gauss_legendre(42, 90).unwrap();
        let sht = Sht::new(geometry.clone(), lmax, mmax).unwrap();
        let map = sht.synthesis(&alm, Par::Seq).unwrap();
        let points = Points::of_geometry(&geometry);
        let values = points.evaluate(&[&alm], Par::threads(2)).unwrap();
        let scale = map.values().iter().fold(0.0f64, |s, v| s.max(v.abs()));
        let err = values[0]
            .iter()
            .zip(map.values())
            .fold(0.0f64, |e, (a, b)| e.max((a - b).abs()));
        assert!(err < 1e-13 * scale, "err {err}, scale {scale}");
    }

    #[test]
    fn adjoint_is_the_transpose_of_evaluation() {
        let (lmax, mmax) = (30, 30);
        let points = Points::from_lat_lon_degrees(
            &[89.9, -45.0, 0.0, 12.5, -90.0],
            &[10.0, 200.0, 359.0, 77.0, 0.0],
        )
        .unwrap();
        let a = Alm::random_uniform(lmax, mmax, 1).unwrap();
        let b = Alm::random_uniform(lmax, mmax, 2).unwrap();
        let w = [0.3, -1.2, 2.0, 0.7, -0.4];
        let w2 = [1.0, 0.0, 0.0, -3.0, 0.5];
        let pa = points.evaluate(&[&a, &b], Par::Seq).unwrap();
        let ptw = points
            .adjoint(&[&w, &w2], lmax, mmax, Par::threads(2))
            .unwrap();
        for (field, alm) in [&a, &b].iter().enumerate() {
            for (wv, adj) in [&w, &w2].iter().zip(&ptw) {
                let lhs: f64 = pa[field].iter().zip(wv.iter()).map(|(x, y)| x * y).sum();
                let rhs = alm.dot(adj).unwrap();
                assert!(
                    (lhs - rhs).abs() < 1e-12 * lhs.abs().max(1.0),
                    "{lhs} vs {rhs}"
                );
            }
        }
    }
}
