//! The Legendre stage: coefficients ↔ per-ring Fourier coefficients ("leg"), for all m.
//!
//! `leg` is stored m-major, `leg[m * nrings + r]` = $F_m(\theta_r)$, the m-th Fourier coefficient of
//! ring r: synthesis computes $F_m(\theta) = \sum_{\ell} a_{\ell m}\lambda_{\ell m}(\cos\theta)$
//! (math-spec §2.5 step 2), the adjoint computes $a_{\ell m} = \sum_r \lambda_{\ell m}(\cos\theta_r) F_m(\theta_r)$.
//! Work is split by m (one rayon task per order), so results do not depend on the thread count.

use super::kernels::legendre::{
    self as kernel, adjoint_scratch_len, sin_power_table, split_sin, MInput, PairLane, FINE_POWERS,
};
use super::kernels::Isa;
use super::rings::{LegLayout, M_BLOCK};
use crate::alm::Alm;
use num_complex::Complex64;
use rayon::prelude::*;
use std::collections::HashMap;
use std::f64::consts::PI;

/// Rings grouped into north/south mirror pairs, sorted from the poles to the equator.
#[derive(Clone, Debug)]
pub(crate) struct RingSet {
    lanes: Vec<PairLane>,
    north: Vec<Option<usize>>,
    south: Vec<Option<usize>>,
    nrings: usize,
    /// For each pair, the largest m for which it is not negligible at any l ≤ lmax.
    mlim: Vec<usize>,
    /// Per pair: sin^r θ for r < 64 and sin^(64q) θ, `stride` entries (start values λ_mm).
    powers: Vec<(f64, i64)>,
    stride: usize,
}

impl RingSet {
    /// Pairs rings whose cos θ are exact negatives of each other; `rings[i] = (cos θ, sin θ)`.
    pub(crate) fn new(rings: &[(f64, f64)], lmax: usize, mmax: usize) -> RingSet {
        let mut by_cos: HashMap<u64, usize> = HashMap::new();
        let mut pairs: Vec<(f64, f64, Option<usize>, Option<usize>)> = Vec::new();
        for (i, &(c, s)) in rings.iter().enumerate() {
            if c >= 0.0 {
                by_cos.insert(c.to_bits(), pairs.len());
                pairs.push((c, s, Some(i), None));
            }
        }
        for (i, &(c, s)) in rings.iter().enumerate() {
            if c < 0.0 {
                match by_cos.get(&(-c).to_bits()) {
                    Some(&p) if pairs[p].3.is_none() => pairs[p].3 = Some(i),
                    _ => pairs.push((-c, s, None, Some(i))),
                }
            }
        }
        pairs.sort_by(|a, b| a.1.total_cmp(&b.1));
        let lanes: Vec<PairLane> = pairs
            .iter()
            .map(|&(c, s, _, _)| {
                let (sin_mant, sin_exp) = split_sin(s);
                PairLane {
                    cos: c,
                    sin_mant,
                    sin_exp,
                }
            })
            .collect();
        let stride = FINE_POWERS + mmax / FINE_POWERS + 1;
        let powers = lanes
            .iter()
            .flat_map(|lane| sin_power_table(lane, mmax))
            .collect();
        let mlim = pairs.iter().map(|p| negligible_above(lmax, p.1)).collect();
        RingSet {
            lanes,
            north: pairs.iter().map(|p| p.2).collect(),
            south: pairs.iter().map(|p| p.3).collect(),
            nrings: rings.len(),
            mlim,
            powers,
            stride,
        }
    }

    pub(crate) fn nrings(&self) -> usize {
        self.nrings
    }

    fn npairs(&self) -> usize {
        self.lanes.len()
    }

    /// What the kernels need for order m, over the pairs from `first` on.
    fn kernel_input<'a>(
        &'a self,
        m: usize,
        nl: usize,
        c: &'a [f64],
        start_factor: f64,
        first: usize,
    ) -> MInput<'a> {
        MInput {
            m,
            nl,
            c,
            start_factor,
            pairs: &self.lanes[first..],
            powers: &self.powers[first * self.stride..],
            stride: self.stride,
        }
    }

    /// Index of the first pair (pairs are sorted by sin θ) that matters for order m.
    fn first_active(&self, m: usize) -> usize {
        self.mlim.partition_point(|&lim| lim < m)
    }
}

/// Order above which a ring pair can be skipped: for m > (lmax + ½) sin θ + 15·lmax^{1/3} + 40,
/// $|\lambda_{\ell m}(\theta)| < 2^{-100}$ for every ℓ ≤ lmax. Beyond the turning point m ≈ (ℓ+½) sin θ
/// the functions decay exponentially in m (the transition zone is O(ℓ^{1/3}) wide), and in that
/// region they grow with ℓ, so ℓ = lmax is the worst case. The margin is checked against an
/// exact extended-range recurrence in this module's tests for lmax up to 8192; skipped terms are
/// then at most lmax·2⁻¹⁰⁰ ≈ 1e-26 relative to the coefficients.
fn negligible_above(lmax: usize, sin_theta: f64) -> usize {
    let l = lmax as f64;
    let margin = 15.0 * l.cbrt() + 40.0;
    let lim = (l + 0.5) * sin_theta + margin;
    if lim >= l {
        lmax
    } else {
        lim as usize
    }
}

/// $\lambda_{mm}/\sin^m\theta$ for m = 0..=mmax, each to ≈ 2 ulp (double-double running product).
pub(crate) fn start_factors(mmax: usize) -> Vec<f64> {
    let (mut hi, mut lo) = (1.0f64, 0.0f64);
    let mut out = Vec::with_capacity(mmax + 1);
    for m in 0..=mmax {
        if m > 0 {
            let (num, den) = ((2 * m - 1) as f64, (2 * m) as f64);
            let qh = num / den;
            let ql = (-qh).mul_add(den, num) / den;
            let p = hi * qh;
            let e = hi.mul_add(qh, -p) + (hi * ql + lo * qh);
            hi = p + e;
            lo = e - (hi - p);
        }
        let v = ((2 * m + 1) as f64 / (4.0 * PI) * (hi + lo)).sqrt();
        out.push(if m % 2 == 0 { v } else { -v });
    }
    out
}

/// Fills `c[j]` (recurrence factor of μ_{m+j}) and `g[j]` (λ = g·μ) for j = 0..nl+2.
fn recurrence_coefficients(m: usize, nl: usize, c: &mut [f64], g: &mut [f64]) {
    let mf = m as f64;
    c[0] = 0.0;
    g[0] = 1.0;
    c[1] = (2.0 * mf + 3.0).sqrt();
    g[1] = 1.0;
    for j in 2..nl + 2 {
        let l = (m + j) as f64;
        let lm = (l - mf) * (l + mf);
        let a = ((4.0 * l * l - 1.0) / lm).sqrt();
        let b = ((2.0 * l + 1.0) / (2.0 * l - 3.0) * ((l - 1.0 - mf) * (l - 1.0 + mf)) / lm).sqrt();
        g[j] = b * g[j - 2];
        c[j] = a * g[j - 1] / g[j];
    }
}

/// Largest table of recurrence factors a plan precomputes (bytes); larger plans compute them per
/// order on the fly (O(L) square roots per m, a few per cent of the transform).
const TABLE_BYTES: usize = 256 << 20;

/// Precomputed `c` and `g` of [`recurrence_coefficients`] for every m, when they fit in
/// [`TABLE_BYTES`].
#[derive(Clone, Debug)]
pub(crate) struct RecurrenceTable {
    offsets: Vec<usize>,
    c: Vec<f64>,
    g: Vec<f64>,
}

impl RecurrenceTable {
    pub(crate) fn new(lmax: usize, mmax: usize) -> Option<RecurrenceTable> {
        let mut offsets = Vec::with_capacity(mmax + 2);
        let mut total = 0usize;
        for m in 0..=mmax {
            offsets.push(total);
            total += lmax - m + 3;
        }
        offsets.push(total);
        if total.checked_mul(16)? > TABLE_BYTES {
            return None;
        }
        let (mut c, mut g) = (vec![0.0; total], vec![0.0; total]);
        for m in 0..=mmax {
            let (a, b) = (offsets[m], offsets[m + 1]);
            recurrence_coefficients(m, lmax - m + 1, &mut c[a..b], &mut g[a..b]);
        }
        Some(RecurrenceTable { offsets, c, g })
    }

    fn get(&self, m: usize) -> (&[f64], &[f64]) {
        let (a, b) = (self.offsets[m], self.offsets[m + 1]);
        (&self.c[a..b], &self.g[a..b])
    }
}

/// The recurrence factors of order m: from the table, or computed into the scratch.
fn coefficients<'a>(
    table: Option<&'a RecurrenceTable>,
    m: usize,
    nl: usize,
    c: &'a mut [f64],
    g: &'a mut [f64],
) -> (&'a [f64], &'a [f64]) {
    match table {
        Some(t) => t.get(m),
        None => {
            recurrence_coefficients(m, nl, c, g);
            (c, g)
        }
    }
}

/// Per-thread scratch of the Legendre stage.
struct Scratch {
    c: Vec<f64>,
    g: Vec<f64>,
    coef: Vec<Complex64>,
    /// Even / odd (ℓ−m) ring-pair sums of one block of orders, `[mi * npairs + p]`.
    e: Vec<Complex64>,
    o: Vec<Complex64>,
    acc: Vec<f64>,
}

impl Scratch {
    fn new(lmax: usize, npairs: usize) -> Scratch {
        let zero = Complex64::new(0.0, 0.0);
        Scratch {
            c: vec![0.0; lmax + 3],
            g: vec![0.0; lmax + 3],
            coef: vec![zero; lmax + 1],
            e: vec![zero; M_BLOCK * npairs],
            o: vec![zero; M_BLOCK * npairs],
            acc: vec![0.0; adjoint_scratch_len(lmax + 1)],
        }
    }
}

/// Orders of block b (at most [`M_BLOCK`] consecutive orders ≤ mmax).
fn block_orders(b: usize, mmax: usize) -> std::ops::Range<usize> {
    b * M_BLOCK..((b + 1) * M_BLOCK).min(mmax + 1)
}

/// Synthesis Legendre stage: `leg` ([`LegLayout::Tiled`]) ← $F_m(\theta_r)$ for m = 0..=alm.mmax().
/// One task per block of [`M_BLOCK`] orders, each writing its own tile. Must run inside the
/// caller's rayon pool (`Par::install`).
pub(crate) fn alm2leg(
    alm: &Alm,
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    isa: Isa,
    leg: &mut [Complex64],
) {
    let (lmax, mmax, nr) = (alm.lmax(), alm.mmax(), set.nrings());
    let zero = Complex64::new(0.0, 0.0);
    leg.par_chunks_mut(M_BLOCK * nr).enumerate().for_each_init(
        || Scratch::new(lmax, set.npairs()),
        |s, (b, tile)| {
            for m in block_orders(b, mmax) {
                let mi = m % M_BLOCK;
                let first = set.first_active(m);
                for p in 0..first {
                    for r in [set.north[p], set.south[p]].into_iter().flatten() {
                        tile[r * M_BLOCK + mi] = zero;
                    }
                }
                if first == set.npairs() {
                    continue;
                }
                let nl = lmax - m + 1;
                let (c, g) = coefficients(table, m, nl, &mut s.c, &mut s.g);
                for (j, (t, a)) in s.coef.iter_mut().zip(alm.m_slice(m)).enumerate() {
                    let a = if m == 0 {
                        Complex64::new(a.re, 0.0)
                    } else {
                        *a
                    };
                    *t = a * g[j];
                }
                let inp = set.kernel_input(m, nl, c, start[m], first);
                let np = set.npairs() - first;
                kernel::synthesis(isa, &inp, &s.coef[..nl], &mut s.e[..np], &mut s.o[..np]);
                for p in 0..np {
                    let (e, o) = (s.e[p], s.o[p]);
                    if let Some(r) = set.north[first + p] {
                        tile[r * M_BLOCK + mi] = e + o;
                    }
                    if let Some(r) = set.south[first + p] {
                        tile[r * M_BLOCK + mi] = e - o;
                    }
                }
            }
        },
    );
}

/// Adjoint Legendre stage: `alm[l, m]` = $\sum_r \lambda_{\ell m}(\theta_r)\,$`leg[m][r]`.
/// One task per block of [`M_BLOCK`] orders; each first gathers its orders' values of every
/// ring pair (reading `leg` with the order index innermost, contiguous in the grouped layout).
/// Must run inside the caller's rayon pool.
pub(crate) fn leg2alm(
    leg: &[Complex64],
    layout: LegLayout,
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    isa: Isa,
    alm: &mut Alm,
) {
    let (lmax, mmax) = (alm.lmax(), alm.mmax());
    let npairs = set.npairs();
    let mut blocks: Vec<Vec<&mut [Complex64]>> = Vec::new();
    let mut rest = alm.as_mut_slice();
    for m in 0..=mmax {
        let (head, tail) = rest.split_at_mut(lmax + 1 - m);
        if m % M_BLOCK == 0 {
            blocks.push(Vec::with_capacity(M_BLOCK));
        }
        if let Some(block) = blocks.last_mut() {
            block.push(head);
        }
        rest = tail;
    }
    blocks.into_par_iter().enumerate().for_each_init(
        || Scratch::new(lmax, npairs),
        |s, (b, outs)| {
            let orders = block_orders(b, mmax);
            let first_of_block = set.first_active(orders.start);
            for p in first_of_block..npairs {
                let (n, so) = (set.north[p], set.south[p]);
                for m in orders.clone() {
                    let n = n.map(|r| leg[layout.index(m, r)]);
                    let so = so.map(|r| leg[layout.index(m, r)]);
                    let (e, o) = match (n, so) {
                        (Some(n), Some(so)) => (n + so, n - so),
                        (Some(n), None) => (n, n),
                        (None, Some(so)) => (so, -so),
                        (None, None) => unreachable!("every pair holds a ring"),
                    };
                    let at = (m - orders.start) * npairs + p;
                    s.e[at] = e;
                    s.o[at] = o;
                }
            }
            for (m, out) in orders.clone().zip(outs) {
                out.fill(Complex64::new(0.0, 0.0));
                let first = set.first_active(m);
                if first == npairs {
                    continue;
                }
                let nl = lmax - m + 1;
                let (c, g) = coefficients(table, m, nl, &mut s.c, &mut s.g);
                let row = (m - orders.start) * npairs;
                let inp = set.kernel_input(m, nl, c, start[m], first);
                kernel::adjoint(
                    isa,
                    &inp,
                    &s.e[row + first..row + npairs],
                    &s.o[row + first..row + npairs],
                    &mut s.acc,
                    out,
                );
                for (v, g) in out.iter_mut().zip(g) {
                    *v *= *g;
                }
            }
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// λ_lm(x) by the textbook normalised recurrence, for comparison.
    fn lambda_direct(l: usize, m: usize, theta: f64) -> f64 {
        let (x, s) = (theta.cos(), theta.sin());
        let mut pmm = (1.0 / (4.0 * PI)).sqrt();
        for k in 1..=m {
            pmm *= -((2 * k + 1) as f64 / (2 * k) as f64).sqrt() * s;
        }
        if l == m {
            return pmm;
        }
        let mut p0 = pmm;
        let mut p1 = (2.0 * m as f64 + 3.0).sqrt() * x * pmm;
        for ll in m + 2..=l {
            let lf = ll as f64;
            let mf = m as f64;
            let a = ((4.0 * lf * lf - 1.0) / (lf * lf - mf * mf)).sqrt();
            let b = (((lf - 1.0) * (lf - 1.0) - mf * mf) / (4.0 * (lf - 1.0) * (lf - 1.0) - 1.0))
                .sqrt();
            let p2 = a * (x * p1 - b * p0);
            p0 = p1;
            p1 = p2;
        }
        p1
    }

    #[test]
    fn rescaled_recurrence_reproduces_lambda() {
        let (m, lmax) = (3usize, 40usize);
        let nl = lmax - m + 1;
        let (mut c, mut g) = (vec![0.0; nl + 2], vec![0.0; nl + 2]);
        recurrence_coefficients(m, nl, &mut c, &mut g);
        let theta = 0.7f64;
        let x = theta.cos();
        let start = start_factors(m)[m] * theta.sin().powi(m as i32);
        let (mut p0, mut p1) = (0.0, start);
        for j in 0..nl {
            if j > 0 {
                let t = c[j] * x * p1 - p0;
                p0 = p1;
                p1 = t;
            }
            let direct = lambda_direct(m + j, m, theta);
            assert!(
                (g[j] * p1 - direct).abs() < 1e-13,
                "l={}: {} vs {direct}",
                m + j,
                g[j] * p1
            );
        }
    }

    /// log2 |λ_lm(θ)| with an unbounded exponent (no underflow), by the textbook recurrence.
    fn lambda_log2(l: usize, m: usize, theta: f64) -> f64 {
        let (x, s) = (theta.cos(), theta.sin());
        let mut e = 0.5 * (1.0 / (4.0 * PI)).log2();
        for k in 1..=m {
            e += 0.5 * ((2 * k + 1) as f64 / (2 * k) as f64).log2() + s.log2();
        }
        let (mut p0, mut p1) = (0.0f64, 1.0f64);
        let mf = m as f64;
        for ll in m + 1..=l {
            let lf = ll as f64;
            let a = ((4.0 * lf * lf - 1.0) / (lf * lf - mf * mf)).sqrt();
            let b = if ll == m + 1 {
                0.0
            } else {
                (((lf - 1.0) * (lf - 1.0) - mf * mf) / (4.0 * (lf - 1.0) * (lf - 1.0) - 1.0)).sqrt()
            };
            let p2 = a * (x * p1 - b * p0);
            p0 = p1;
            p1 = p2;
            if p1.abs() > 1e30 {
                p0 *= 1e-30;
                p1 *= 1e-30;
                e += 30.0 * 10f64.log2();
            }
        }
        e + p1.abs().log2()
    }

    #[test]
    fn skipped_pairs_are_negligible() {
        // Just above the skip limit, |λ_lm| must be below 2^-100 for every l ≤ lmax
        // (in the evanescent region |λ_lm| grows with l, so l = lmax is the largest).
        for lmax in [64usize, 512, 2048, 8192] {
            for k in 1..78 {
                let theta = k as f64 * 0.02;
                let lim = negligible_above(lmax, theta.sin());
                if lim + 1 > lmax {
                    continue;
                }
                let v = lambda_log2(lmax, lim + 1, theta);
                assert!(
                    v < -100.0,
                    "lmax {lmax}, theta {theta}, m {}: log2|lambda| = {v}",
                    lim + 1
                );
            }
        }
    }
}
