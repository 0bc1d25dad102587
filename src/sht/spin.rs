//! The spin-weighted Legendre stage: (E, B) coefficient pairs ↔ per-ring Fourier coefficients of
//! the two real maps (Q, U) of a spin-s field (docs/sht.md §6).
//!
//! Convention (healpy for s = 2, ducc0 for any s): with E, B the coefficients of real fields
//! ($E_{\ell,-m} = (-1)^m\overline{E_{\ell m}}$),
//! $Q + iU = -\sum_{\ell m}(E_{\ell m} + iB_{\ell m})\,{}_sY_{\ell m}$, where
//! ${}_sY_{\ell m} = (-1)^s\sqrt{(2\ell+1)/4\pi}\,d^\ell_{m,-s}(\theta)\,e^{im\phi}$. Per order m ≥ 0
//! the ring Fourier coefficients are $F^Q_m = -\tfrac12(G_1 + G_2)$ and $F^U_m = \tfrac i2(G_1 - G_2)$
//! with $G_1 = \sum_\ell(E + iB)P_\ell$, $G_2 = \sum_\ell(E - iB)\sigma M_\ell$,
//! $P = (-1)^sN_\ell d^\ell_{m,-s}$, $M = (-1)^sN_\ell d^\ell_{m,s}$, σ = (−1)^s (the kernels' sums).

use super::kernels::spin::{self as kernel, SpinInput};
use super::kernels::Isa;
use super::legendre::RingSet;
use super::rings::{LegLayout, M_BLOCK};
use crate::alm::Alm;
use num_complex::Complex64;
use rayon::prelude::*;
use std::f64::consts::PI;

/// The recurrence data and start values of one order for the pairs from `first` on.
struct OrderData {
    l0: usize,
    nl: usize,
    alpha: Vec<f64>,
    gamma: Vec<f64>,
    /// $P_j = h_j\tilde P_j$: the kernels' functions are rescaled by h.
    h: Vec<f64>,
    start_p: Vec<f64>,
    start_m: Vec<f64>,
    level: Vec<i32>,
}

impl OrderData {
    fn new() -> OrderData {
        OrderData {
            l0: 0,
            nl: 0,
            alpha: Vec::new(),
            gamma: Vec::new(),
            h: Vec::new(),
            start_p: Vec::new(),
            start_m: Vec::new(),
            level: Vec::new(),
        }
    }

    /// Fills the data of order m, spin s, band limit lmax (requires max(m, s) ≤ lmax).
    ///
    /// From the Wigner-d recurrence
    /// $\ell R_{\ell+1}d^{\ell+1} = (2\ell+1)(\ell(\ell+1)x - ms')d^\ell - (\ell+1)R_\ell d^{\ell-1}$,
    /// $R_\ell = \sqrt{(\ell^2-m^2)(\ell^2-s^2)}$, for the normalised functions:
    /// $\alpha_\ell = \sqrt{\tfrac{2\ell+3}{2\ell+1}}\,\tfrac{(2\ell+1)(\ell+1)}{R_{\ell+1}}$,
    /// $\beta_\ell = \sqrt{\tfrac{2\ell+3}{2\ell-1}}\,\tfrac{(\ell+1)R_\ell}{\ell R_{\ell+1}}$,
    /// $c_\ell = ms/(\ell(\ell+1))$.
    fn fill(
        &mut self,
        set: &RingSet,
        m: usize,
        s: usize,
        lmax: usize,
        start: &[f64],
        first: usize,
    ) {
        let l0 = m.max(s);
        let nl = lmax + 1 - l0;
        self.l0 = l0;
        self.nl = nl;
        let (mf, sf) = (m as f64, s as f64);
        let r = |l: usize| -> f64 {
            let lf = l as f64;
            ((lf - mf) * (lf + mf) * ((lf - sf) * (lf + sf))).sqrt()
        };
        // α_ℓ, β_ℓ, c_ℓ of the Wigner-d recurrence, then the rescaling h_0 = h_1 = 1,
        // h_{j+1} = β_j h_{j−1}, so that P̃_{j+1} = α_j (h_j/h_{j+1})(x ± c_j) P̃_j − P̃_{j−1}.
        self.alpha.clear();
        self.gamma.clear();
        self.h.clear();
        let (mut h_prev, mut h_cur) = (1.0f64, 1.0f64); // h_{j−1}, h_j
        self.h.push(1.0);
        for j in 0..nl.saturating_sub(1) {
            let l = l0 + j;
            let lf = l as f64;
            let r1 = r(l + 1);
            let alpha =
                ((2.0 * lf + 3.0) / (2.0 * lf + 1.0)).sqrt() * (2.0 * lf + 1.0) * (lf + 1.0) / r1;
            let h_next = if j == 0 {
                1.0
            } else {
                let beta =
                    ((2.0 * lf + 3.0) / (2.0 * lf - 1.0)).sqrt() * (lf + 1.0) * r(l) / (lf * r1);
                beta * h_prev
            };
            let scaled = alpha * h_cur / h_next;
            self.alpha.push(scaled);
            self.gamma.push(scaled * (mf * sf / (lf * (lf + 1.0))));
            self.h.push(h_next);
            h_prev = h_cur;
            h_cur = h_next;
        }
        let np = set.npairs() - first;
        self.start_p.clear();
        self.start_m.clear();
        self.level.clear();
        let sigma = if s.is_multiple_of(2) { 1.0 } else { -1.0 };
        // d^{ℓ0}_{m,±s} carries the sign (−1)^{m+s} in both cases below.
        let sign = if (m + s).is_multiple_of(2) { 1.0 } else { -1.0 };
        if m >= s {
            // P = ±σ|S_m| 2^s r t^{2s} sin^{m−s}θ, σM = ±|S_m| 2^s r c^{2s} sin^{m−s}θ
            // with c² = cos²(θ/2), t² = sin²(θ/2), r² = Π_{k≤s} (m−s+k)/(m+k), sign (−1)^{m+s}.
            let mut r2 = 1.0;
            for k in 1..=s {
                r2 *= (m - s + k) as f64 / (m + k) as f64;
            }
            let factor = sign * start[m].abs() * (s as f64).exp2() * r2.sqrt();
            let rows = set.powers.rows(m - s, first);
            for p in 0..np {
                let (x, sn) = (set.cos[first + p], set.sin[first + p]);
                let c2 = 0.5 * (1.0 + x);
                let t2 = sn * sn / (2.0 * (1.0 + x));
                let (cs, ts) = (c2.powi(s as i32), t2.powi(s as i32));
                let (pm, pe) = rows.get(p);
                let (a, b, level) = leveled(pm * factor, pe, sigma * ts, cs);
                self.start_p.push(a);
                self.start_m.push(b);
                self.level.push(level);
            }
        } else {
            // ℓ0 = s: P = ±σ N_s K c^{s−m} t^{s+m}, σM = ±(−1)^{s−m} N_s K c^{s+m} t^{s−m},
            // K = √binom(2s, s−m), sign (−1)^{m+s}.
            let norm =
                sign * ((2 * s + 1) as f64 / (4.0 * PI)).sqrt() * binomial(2 * s, s - m).sqrt();
            let parity = if (s - m).is_multiple_of(2) { 1.0 } else { -1.0 };
            for p in 0..np {
                let (x, sn) = (set.cos[first + p], set.sin[first + p]);
                let c = (0.5 * (1.0 + x)).sqrt();
                let t = sn / (2.0 * c);
                let pv = sigma * norm * c.powi((s - m) as i32) * t.powi((s + m) as i32);
                let mv = parity * norm * c.powi((s + m) as i32) * t.powi((s - m) as i32);
                self.start_p.push(pv);
                self.start_m.push(mv);
                self.level.push(0);
            }
        }
    }

    fn input<'a>(&'a self, set: &'a RingSet, m: usize, first: usize) -> SpinInput<'a> {
        SpinInput {
            nl: self.nl,
            alpha: &self.alpha,
            gamma: &self.gamma,
            even_start: (self.l0 + m).is_multiple_of(2),
            cos: &set.cos[first..],
            start_p: &self.start_p,
            start_m: &self.start_m,
            level: &self.level,
        }
    }
}

/// C(n, k) in floating point (n ≤ 2·lmax; used for small spins only).
fn binomial(n: usize, k: usize) -> f64 {
    let k = k.min(n - k);
    (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

/// (fa · v, fb · v) for v = mant · 2^exp as mantissas on a shared level (value = mantissa ·
/// 2^(−256·level), level ≥ 0, |v| below 2^76 unless level = 0; |fa|, |fb| ≤ 1).
fn leveled(mant: f64, exp: i64, fa: f64, fb: f64) -> (f64, f64, i32) {
    if mant == 0.0 {
        return (0.0, 0.0, 0);
    }
    let level = ((76 - exp).max(0)) >> 8;
    let e = (exp + 256 * level).clamp(-1022, 1023);
    let v = mant * f64::from_bits(((e + 1023) as u64) << 52);
    (v * fa, v * fb, level as i32)
}

/// Fills the spin data of order m; `None` if no pair is active (`limits`: each pair's largest
/// non-negligible order, [`RingSet::spin_limits`]), else the first active pair.
fn prepare(
    set: &RingSet,
    limits: &[usize],
    m: usize,
    s: usize,
    lmax: usize,
    start: &[f64],
    d: &mut OrderData,
) -> Option<usize> {
    let first = limits.partition_point(|&lim| lim < m);
    if m.max(s) > lmax || first == set.npairs() {
        return None;
    }
    d.fill(set, m, s, lmax, start, first);
    Some(first)
}

/// Synthesis stage: `leg_q`, `leg_u` ([`LegLayout::Tiled`]) ← $F^Q_m(\theta_r)$, $F^U_m(\theta_r)$
/// for m = 0..=mmax. One task per block of [`M_BLOCK`] orders; must run inside the caller's pool.
#[allow(clippy::too_many_arguments)]
pub(crate) fn spin_alm2leg(
    e: &Alm,
    b: &Alm,
    spin: usize,
    set: &RingSet,
    limits: &[usize],
    start: &[f64],
    isa: Isa,
    leg_q: &mut [Complex64],
    leg_u: &mut [Complex64],
) {
    let (lmax, mmax, nr) = (e.lmax(), e.mmax(), set.nrings());
    let zero = Complex64::new(0.0, 0.0);
    let tiles = leg_q
        .chunks_mut(M_BLOCK * nr)
        .zip(leg_u.chunks_mut(M_BLOCK * nr))
        .enumerate()
        .collect::<Vec<_>>();
    tiles.into_par_iter().for_each_init(
        || {
            (
                OrderData::new(),
                vec![[zero; 4]; lmax + 1],
                vec![[zero; 4]; set.npairs()],
            )
        },
        |(d, coef, out), (blk, (tq, tu))| {
            tq.fill(zero);
            tu.fill(zero);
            for m in blk * M_BLOCK..((blk + 1) * M_BLOCK).min(mmax + 1) {
                let mi = m % M_BLOCK;
                let Some(first) = prepare(set, limits, m, spin, lmax, start, d) else {
                    continue;
                };
                let (es, bs) = (e.m_slice(m), b.m_slice(m));
                let off = d.l0 - m;
                let sigma = if spin.is_multiple_of(2) { 1.0 } else { -1.0 };
                let mut sign = if (d.l0 + m).is_multiple_of(2) {
                    sigma
                } else {
                    -sigma
                };
                for (j, c) in coef[..d.nl].iter_mut().enumerate() {
                    let (mut ev, mut bv) = (es[off + j], bs[off + j]);
                    if m == 0 {
                        // Real fields: Im E_l0 and Im B_l0 do not contribute.
                        ev.im = 0.0;
                        bv.im = 0.0;
                    }
                    // c1 = (E + iB)h, c2 = (E − iB)h and their southern copies σρ c1, σρ c2.
                    let ib = Complex64::new(-bv.im, bv.re);
                    let (c1, c2) = ((ev + ib) * d.h[j], (ev - ib) * d.h[j]);
                    *c = [c1, c2, c1 * sign, c2 * sign];
                    sign = -sign;
                }
                let np = set.npairs() - first;
                let inp = d.input(set, m, first);
                kernel::synthesis_dispatch(isa, &inp, &coef[..d.nl], &mut out[..np]);
                for (p, v) in out[..np].iter().enumerate() {
                    if let Some(r) = set.north[first + p] {
                        tq[r * M_BLOCK + mi] = v[0];
                        tu[r * M_BLOCK + mi] = v[2];
                    }
                    if let Some(r) = set.south[first + p] {
                        tq[r * M_BLOCK + mi] = v[1];
                        tu[r * M_BLOCK + mi] = v[3];
                    }
                }
            }
        },
    );
}

/// Adjoint stage, the transpose of [`spin_alm2leg`] for the real-field inner product:
/// $E_{\ell m} = -\tfrac12(H_1 + H_2)$, $B_{\ell m} = \tfrac i2(H_1 - H_2)$ with
/// $H_1 = \sum_r P_\ell(F^Q + iF^U)$, $H_2 = \sum_r \sigma M_\ell(F^Q - iF^U)$ over the rings, from
/// `leg_q`, `leg_u` in `layout`; zeros below ℓ = s and at orders no ring reaches.
#[allow(clippy::too_many_arguments)]
pub(crate) fn spin_leg2alm(
    leg_q: &[Complex64],
    leg_u: &[Complex64],
    layout: LegLayout,
    spin: usize,
    set: &RingSet,
    limits: &[usize],
    start: &[f64],
    isa: Isa,
    lmax: usize,
    mmax: usize,
) -> crate::Result<(Alm, Alm)> {
    let mut e = Alm::zeros(lmax, mmax)?;
    let mut b = Alm::zeros(lmax, mmax)?;
    let zero = Complex64::new(0.0, 0.0);
    let npairs = set.npairs();
    let orders: Vec<(usize, Vec<Complex64>, Vec<Complex64>)> = (0..=mmax)
        .into_par_iter()
        .map_init(
            || {
                (
                    OrderData::new(),
                    vec![[zero; 4]; npairs],
                    vec![0.0; kernel::adjoint_scratch_len(lmax + 1)],
                    vec![[zero; 2]; lmax + 1],
                )
            },
            |(d, pairs, acc, out), m| {
                let Some(first) = prepare(set, limits, m, spin, lmax, start, d) else {
                    return (m, Vec::new(), Vec::new());
                };
                let sigma = if spin.is_multiple_of(2) { 1.0 } else { -1.0 };
                let np = npairs - first;
                for (p, v) in pairs[..np].iter_mut().enumerate() {
                    let get = |leg: &[Complex64], r: Option<usize>| {
                        r.map_or(zero, |r| leg[layout.index(m, r)])
                    };
                    let (n, s) = (set.north[first + p], set.south[first + p]);
                    let (qn, qs) = (get(leg_q, n), get(leg_q, s));
                    let (un, us) = (get(leg_u, n), get(leg_u, s));
                    // y1 = Q + iU, y2 = Q − iU; the southern ones times σ.
                    let iu = |u: Complex64| Complex64::new(-u.im, u.re);
                    *v = [
                        qn + iu(un),
                        qn - iu(un),
                        (qs + iu(us)) * sigma,
                        (qs - iu(us)) * sigma,
                    ];
                }
                let inp = d.input(set, m, first);
                kernel::adjoint_dispatch(isa, &inp, &pairs[..np], acc, out);
                // E = −(H1 + H2)h/2, B = i(H1 − H2)h/2; a real field's Im E_l0, Im B_l0 are 0.
                let real = |v: Complex64| if m == 0 { Complex64::new(v.re, 0.0) } else { v };
                let ev = out[..d.nl]
                    .iter()
                    .zip(&d.h)
                    .map(|(o, h)| real(-0.5 * h * (o[0] + o[1])))
                    .collect();
                let bv = out[..d.nl]
                    .iter()
                    .zip(&d.h)
                    .map(|(o, h)| {
                        let dlt = (o[0] - o[1]) * (0.5 * h);
                        real(Complex64::new(-dlt.im, dlt.re))
                    })
                    .collect();
                (m, ev, bv)
            },
        )
        .collect();
    for (m, ev, bv) in orders {
        if ev.is_empty() {
            continue;
        }
        let off = (lmax + 1 - m) - ev.len();
        e.m_slice_mut(m)[off..].copy_from_slice(&ev);
        b.m_slice_mut(m)[off..].copy_from_slice(&bv);
    }
    Ok((e, b))
}

#[cfg(test)]
mod tests {
    use super::super::legendre::negligible_above;

    /// log2 |P_ℓ| and log2 |M_ℓ| at ℓ = lmax for order m, spin s, by the kernels' recurrences
    /// with an unbounded exponent (start values from logarithms).
    pub(super) fn spin_log2(lmax: usize, m: usize, s: usize, theta: f64) -> (f64, f64) {
        assert!(m >= s);
        let (x, c, t) = (theta.cos(), (theta / 2.0).cos(), (theta / 2.0).sin());
        // log2 of √((2m+1)/4π) √binom(2m, m ± s) c^{m∓s} t^{m±s} (the sign does not matter).
        let lfact = |n: usize| (1..=n).map(|k| (k as f64).log2()).sum::<f64>();
        let lbinom = 0.5 * (lfact(2 * m) - lfact(m + s) - lfact(m - s));
        let norm = 0.5 * ((2 * m + 1) as f64 / (4.0 * std::f64::consts::PI)).log2() + lbinom;
        let mut out = [0.0; 2];
        for (k, sp) in [-(s as f64), s as f64].into_iter().enumerate() {
            let a = m as f64 + sp;
            let b = m as f64 - sp;
            let mut e = norm + a * c.log2() + b * t.log2();
            let (mf, sf) = (m as f64, s as f64);
            let r = |l: f64| ((l - mf) * (l + mf) * (l - sf) * (l + sf)).sqrt();
            let (mut p0, mut p1) = (0.0f64, 1.0f64);
            for l in m..lmax {
                let lf = l as f64;
                let alpha =
                    ((2.0 * lf + 3.0) / (2.0 * lf + 1.0)).sqrt() * (2.0 * lf + 1.0) * (lf + 1.0)
                        / r(lf + 1.0);
                let beta = if l == m {
                    0.0
                } else {
                    ((2.0 * lf + 3.0) / (2.0 * lf - 1.0)).sqrt() * (lf + 1.0) * r(lf)
                        / (lf * r(lf + 1.0))
                };
                // d_{m,s'} with s' = ∓s: x − m s'/(ℓ(ℓ+1)).
                let cl = -mf * (-sp) / (lf * (lf + 1.0));
                let p2 = alpha * (x + cl) * p1 - beta * p0;
                p0 = p1;
                p1 = p2;
                if p1.abs() > 1e30 {
                    p0 *= 1e-30;
                    p1 *= 1e-30;
                    e += 30.0 * 10f64.log2();
                }
            }
            out[k] = e + p1.abs().log2();
        }
        (out[0], out[1])
    }

    #[test]
    fn skipped_pairs_are_negligible_for_spin_functions() {
        // The transforms' skip limit also holds for spins up to MAX_SPIN: just above it both
        // functions are below 2^-64 at ℓ = lmax (where they are largest).
        for lmax in [64usize, 512, 2048, 8192] {
            for k in 1..78 {
                let theta = k as f64 * 0.02;
                for s in 1..=super::super::legendre::MAX_SPIN {
                    let lim = negligible_above(lmax, theta.sin(), s);
                    if lim + 1 > lmax {
                        continue;
                    }
                    let (p, m) = spin_log2(lmax, lim + 1, s, theta);
                    assert!(
                        p < -64.0 && m < -64.0,
                        "lmax {lmax}, theta {theta}, s {s}, m {}: {p}, {m}",
                        lim + 1
                    );
                }
            }
        }
    }
}
