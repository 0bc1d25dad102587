//! The Legendre stage: coefficients ↔ per-ring Fourier coefficients ("leg"), for all m.
//!
//! `leg` is stored m-major, `leg[m * nrings + r]` = $F_m(\theta_r)$, the m-th Fourier coefficient of
//! ring r: synthesis computes $F_m(\theta) = \sum_{\ell} a_{\ell m}\lambda_{\ell m}(\cos\theta)$
//! (docs/mathematics.md §2.5), the adjoint computes $a_{\ell m} = \sum_r \lambda_{\ell m}(\cos\theta_r) F_m(\theta_r)$.
//! Work is split by m (one rayon task per order), so results do not depend on the thread count.

use super::kernels::legendre::{
    self as kernel, adjoint_scratch_len, MInput, PairSource, SinPowers,
};
use super::kernels::Isa;
use super::rings::{LegLayout, M_BLOCK};
use crate::alm::Alm;
use num_complex::Complex64;
use rayon::prelude::*;
use std::collections::HashMap;
use std::f64::consts::PI;
use std::mem::MaybeUninit;

/// Rings grouped into north/south mirror pairs, sorted from the poles to the equator.
#[derive(Clone, Debug)]
pub(crate) struct RingSet {
    /// cos θ ≥ 0 of each pair's northern ring.
    pub(super) cos: Vec<f64>,
    /// sin θ ≥ 0 of each pair.
    pub(super) sin: Vec<f64>,
    pub(super) north: Vec<Option<usize>>,
    pub(super) south: Vec<Option<usize>>,
    nrings: usize,
    /// For each ring, its pair.
    pair_of_ring: Vec<(usize, bool)>,
    /// For each pair, the largest m for which it is not negligible at any l ≤ lmax.
    mlim: Vec<usize>,
    /// Powers of each pair's sin θ (start values λ_mm).
    pub(super) powers: SinPowers,
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
        let cos = pairs.iter().map(|p| p.0).collect();
        let sines: Vec<f64> = pairs.iter().map(|p| p.1).collect();
        let powers = SinPowers::new(&sines, mmax);
        let mlim = pairs
            .iter()
            .map(|p| negligible_above(lmax, p.1, 0))
            .collect();
        let mut pair_of_ring = vec![(0, true); rings.len()];
        for (p, &(_, _, n, so)) in pairs.iter().enumerate() {
            if let Some(r) = n {
                pair_of_ring[r] = (p, true);
            }
            if let Some(r) = so {
                pair_of_ring[r] = (p, false);
            }
        }
        RingSet {
            pair_of_ring,
            cos,
            sin: sines,
            north: pairs.iter().map(|p| p.2).collect(),
            south: pairs.iter().map(|p| p.3).collect(),
            nrings: rings.len(),
            mlim,
            powers,
        }
    }

    pub(crate) fn nrings(&self) -> usize {
        self.nrings
    }

    pub(super) fn npairs(&self) -> usize {
        self.cos.len()
    }

    /// What the kernels need for order m, over the pairs from `first` on.
    fn kernel_input<'a>(
        &'a self,
        m: usize,
        nl: usize,
        k: &OrderCoefficients<'a>,
        start_factor: f64,
        first: usize,
    ) -> MInput<'a> {
        MInput {
            ne: even_count(nl),
            alpha: k.alpha,
            beta: k.beta,
            bounds: k.bounds,
            start_factor,
            cos: &self.cos[first..],
            powers: self.powers.rows(m, first),
        }
    }

    /// For each ring, the largest order at which its pair is not negligible (the Legendre stage
    /// leaves exact zeros above it, and the adjoint never reads there).
    pub(crate) fn ring_order_limits(&self) -> Vec<usize> {
        self.pair_of_ring
            .iter()
            .map(|&(p, _)| self.mlim[p])
            .collect()
    }

    /// For spin-s functions: each pair's largest order that is not negligible, and each ring's
    /// (the spin counterparts of `mlim` and [`RingSet::ring_order_limits`]).
    pub(super) fn spin_limits(&self, lmax: usize, spin: usize) -> (Vec<usize>, Vec<usize>) {
        let pairs: Vec<usize> = self
            .sin
            .iter()
            .map(|&s| negligible_above(lmax, s, spin))
            .collect();
        let rings = self.pair_of_ring.iter().map(|&(p, _)| pairs[p]).collect();
        (pairs, rings)
    }

    /// Index of the first pair (pairs are sorted by sin θ) that matters for order m.
    pub(super) fn first_active(&self, m: usize) -> usize {
        self.mlim.partition_point(|&lim| lim < m)
    }
}

/// Largest spin whose harmonics the ring cut-off of [`negligible_above`] is validated for
/// (`spin.rs`'s tests check it up to lmax 8192).
pub(crate) const MAX_SPIN: usize = 8;

/// Order above which a ring pair can be skipped: for m > (lmax + ½) sin θ + (8 + s/3)·lmax^{1/3} + 28,
/// $|\lambda_{\ell m}(\theta)| < 2^{-64}$ for every ℓ ≤ lmax (s = 0), and likewise both spin-s
/// functions $d^\ell_{m,\pm s}$ for 1 ≤ s ≤ [`MAX_SPIN`]. Beyond the turning point m ≈ (ℓ+½) sin θ
/// the functions decay exponentially in m (the transition zone is O(ℓ^{1/3}) wide; for spin s it
/// lies about s·ℓ^{1/3}/3 orders further out), and in that
/// region they grow with ℓ, so ℓ = lmax is the worst case. The margin is checked against an
/// exact extended-range recurrence in this module's tests for lmax up to 8192 (worst case
/// 2^−64.9); skipped terms are then at most lmax·2⁻⁶⁴ ≈ 1e-16 relative to the coefficients, far
/// below the transform's rounding error (ducc0 uses the same kind of cut-off).
pub(super) fn negligible_above(lmax: usize, sin_theta: f64, spin: usize) -> usize {
    let l = lmax as f64;
    let margin = (8.0 + spin as f64 / 3.0) * l.cbrt() + 28.0;
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

/// Number of steps of the x² recurrence for `nl` degrees: the even offsets 0, 2, …, < nl.
fn even_count(nl: usize) -> usize {
    nl.div_ceil(2)
}

/// Length of each coefficient array of one order (ne steps plus padding for the step the
/// kernels compute past the end).
fn coefficient_len(nl: usize) -> usize {
    even_count(nl) + 2
}

/// Number of arrays in one order's recurrence data (see [`OrderCoefficients`]).
const COEFFICIENT_ARRAYS: usize = 6;

/// Recurrence data of one order m (see the kernels' module docs): `alpha`, `beta` of the
/// rescaled x² recurrence, the rescaling `h` (λ_{m+2i} = h_i μ_i), and the Jacobi coefficients
/// the odd-degree transform's factors `inv_eps_odd[i]` = 1/ε_{m+2i+1},
/// `down[i]` = ε_{m+2i+2}/ε_{m+2i+1} and `up[i]` = ε_{m+2i}/ε_{m+2i+1} (no division per use).
#[derive(Clone, Copy)]
struct OrderCoefficients<'a> {
    alpha: &'a [f64],
    beta: &'a [f64],
    h: &'a [f64],
    inv_eps_odd: &'a [f64],
    down: &'a [f64],
    up: &'a [f64],
    /// Steps at which the kernels check for rescaling ([`kernel::rescale_bounds`]).
    bounds: &'a [u32],
}

/// Working storage for one order's recurrence data when the plan has no table.
pub(crate) struct CoefficientScratch {
    data: Vec<f64>,
    bounds: Vec<u32>,
}

impl CoefficientScratch {
    fn new(nl: usize) -> CoefficientScratch {
        CoefficientScratch {
            data: vec![0.0; COEFFICIENT_ARRAYS * coefficient_len(nl)],
            bounds: Vec::new(),
        }
    }
}

/// Fills `out` ([`COEFFICIENT_ARRAYS`] arrays of [`coefficient_len`]`(nl)` values: α, β, h,
/// 1/ε_odd, down, up) for
/// order m. With $\varepsilon^2_\ell = (\ell^2-m^2)/(4\ell^2-1)$ and ℓ = m + 2i:
/// $A_i = 1/(\varepsilon_{\ell+1}\varepsilon_{\ell+2})$, $B_i = -(\varepsilon^2_{\ell+1}+\varepsilon^2_\ell)A_i$,
/// $D_i = \varepsilon_\ell\varepsilon_{\ell-1}A_i$, so $E_{i+1} = (A_i x^2 + B_i)E_i - D_iE_{i-1}$;
/// then $h_0 = h_1 = 1$, $h_{i+1} = D_ih_{i-1}$, $\alpha_i = A_ih_i/h_{i+1}$, $\beta_i = B_ih_i/h_{i+1}$.
/// (h varies only polynomially in ℓ: $D_i \to 1$.)
fn order_coefficients(m: usize, nl: usize, out: &mut [f64]) {
    let n = coefficient_len(nl);
    let (alpha, rest) = out.split_at_mut(n);
    let (beta, rest) = rest.split_at_mut(n);
    let (h, rest) = rest.split_at_mut(n);
    let (inv_eps_odd, rest) = rest.split_at_mut(n);
    let (down, rest) = rest.split_at_mut(n);
    let up = &mut rest[..n];
    let mf = m as f64;
    let eps2 = |l: usize| -> f64 {
        if l <= m {
            return 0.0;
        }
        let lf = l as f64;
        (lf - mf) * (lf + mf) / ((2.0 * lf - 1.0) * (2.0 * lf + 1.0))
    };
    let (mut h_prev, mut h_cur) = (1.0f64, 1.0f64); // h_{i-1}, h_i
    for i in 0..n {
        let l = m + 2 * i;
        let (e2l, e2l1, e2l2) = (eps2(l), eps2(l + 1), eps2(l + 2));
        inv_eps_odd[i] = 1.0 / e2l1.sqrt();
        down[i] = (e2l2 / e2l1).sqrt();
        up[i] = (e2l / e2l1).sqrt();
        let a = 1.0 / (e2l1 * e2l2).sqrt();
        let b = -(e2l1 + e2l) * a;
        let h_next = if i == 0 {
            1.0
        } else {
            (e2l * eps2(l - 1)).sqrt() * a * h_prev
        };
        h[i] = h_cur;
        alpha[i] = a * h_cur / h_next;
        beta[i] = b * h_cur / h_next;
        h_prev = h_cur;
        h_cur = h_next;
    }
}

/// Largest table of recurrence data a plan precomputes (bytes); larger plans compute them per
/// order on the fly (O(L) square roots per m, a few per cent of the transform).
const TABLE_BYTES: usize = 256 << 20;

/// Precomputed [`order_coefficients`] for every m, when they fit in [`TABLE_BYTES`].
#[derive(Clone, Debug)]
pub(crate) struct RecurrenceTable {
    offsets: Vec<usize>,
    data: Vec<f64>,
    /// Order m's rescale boundaries are `bounds[bound_offsets[m]..bound_offsets[m + 1]]`.
    bound_offsets: Vec<usize>,
    bounds: Vec<u32>,
}

impl RecurrenceTable {
    pub(crate) fn new(lmax: usize, mmax: usize) -> Option<RecurrenceTable> {
        let mut offsets = Vec::with_capacity(mmax + 2);
        let mut total = 0usize;
        for m in 0..=mmax {
            offsets.push(total);
            total += COEFFICIENT_ARRAYS * coefficient_len(lmax - m + 1);
        }
        offsets.push(total);
        if total.checked_mul(8)? > TABLE_BYTES {
            return None;
        }
        let mut data = vec![0.0; total];
        let mut bound_offsets = Vec::with_capacity(mmax + 2);
        let mut bounds = Vec::new();
        let mut order_bounds = Vec::new();
        for m in 0..=mmax {
            let (a, b) = (offsets[m], offsets[m + 1]);
            let nl = lmax - m + 1;
            order_coefficients(m, nl, &mut data[a..b]);
            let n = coefficient_len(nl);
            let (alpha, beta) = (&data[a..a + n], &data[a + n..a + 2 * n]);
            kernel::rescale_bounds(alpha, beta, even_count(nl), &mut order_bounds);
            bound_offsets.push(bounds.len());
            bounds.extend_from_slice(&order_bounds);
        }
        bound_offsets.push(bounds.len());
        Some(RecurrenceTable {
            offsets,
            data,
            bound_offsets,
            bounds,
        })
    }

    fn get(&self, m: usize) -> (&[f64], &[u32]) {
        (
            &self.data[self.offsets[m]..self.offsets[m + 1]],
            &self.bounds[self.bound_offsets[m]..self.bound_offsets[m + 1]],
        )
    }
}

/// The recurrence data of order m: from the table, or computed into the scratch.
fn coefficients<'a>(
    table: Option<&'a RecurrenceTable>,
    m: usize,
    nl: usize,
    scratch: &'a mut CoefficientScratch,
) -> OrderCoefficients<'a> {
    let n = coefficient_len(nl);
    let (data, bounds): (&[f64], &[u32]) = match table {
        Some(t) => t.get(m),
        None => {
            let data = &mut scratch.data[..COEFFICIENT_ARRAYS * n];
            order_coefficients(m, nl, data);
            let (alpha, beta) = (&data[..n], &data[n..2 * n]);
            kernel::rescale_bounds(alpha, beta, even_count(nl), &mut scratch.bounds);
            (data, &scratch.bounds)
        }
    };
    OrderCoefficients {
        alpha: &data[..n],
        beta: &data[n..2 * n],
        h: &data[2 * n..3 * n],
        inv_eps_odd: &data[3 * n..4 * n],
        down: &data[4 * n..5 * n],
        up: &data[5 * n..6 * n],
        bounds,
    }
}

/// Synthesis coefficients of one order: `ce[i]` = $a_{m+2i}h_i$ and `co[i]` = $b_ih_i$ where
/// $a_{m+2i+1} = \varepsilon_{m+2i+1}b_i + \varepsilon_{m+2i+2}b_{i+1}$ (solved downwards from
/// $b_{n_o} = 0$, $n_o$ = number of odd offsets), so that the odd part is $x\sum_i b_i\lambda_{m+2i}$.
fn synthesis_coefficients(
    a: &[Complex64],
    k: &OrderCoefficients,
    ce: &mut [Complex64],
    co: &mut [Complex64],
) {
    let nl = a.len();
    let (ne, no) = (even_count(nl), nl / 2);
    for i in 0..ne {
        ce[i] = a[2 * i] * k.h[i];
    }
    let mut b_next = Complex64::new(0.0, 0.0);
    co[no..ne].fill(Complex64::new(0.0, 0.0));
    for i in (0..no).rev() {
        let b = a[2 * i + 1] * k.inv_eps_odd[i] - b_next * k.down[i];
        co[i] = b * k.h[i];
        b_next = b;
    }
}

/// Adjoint of [`synthesis_coefficients`]: from the kernel sums `se[i]` = $\sum_p\mu_iE_p$ and
/// `so[i]` = $\sum_p\mu_i x_pO_p$, `out[2i]` = $h_i$ se_i and the odd degrees by the transposed
/// (upward) solve $y_i = (h_i\,\mathrm{so}_i - \varepsilon_{m+2i}y_{i-1})/\varepsilon_{m+2i+1}$.
/// Calls `write(j, value)` exactly once for every offset j < nl (j = ℓ − m).
fn adjoint_coefficients(
    se: &[Complex64],
    so: &[Complex64],
    k: &OrderCoefficients,
    nl: usize,
    mut write: impl FnMut(usize, Complex64),
) {
    let (ne, no) = (even_count(nl), nl / 2);
    for (i, (s, h)) in se[..ne].iter().zip(k.h).enumerate() {
        write(2 * i, s * h);
    }
    let mut y_prev = Complex64::new(0.0, 0.0);
    let factors = k.h.iter().zip(k.inv_eps_odd).zip(k.up);
    for (i, (s, ((h, inv_eps), up))) in so[..no].iter().zip(factors).enumerate() {
        let y = s * (h * inv_eps) - y_prev * up;
        write(2 * i + 1, y);
        y_prev = y;
    }
}

/// Per-thread scratch of the adjoint Legendre stage.
struct Scratch {
    /// Recurrence data of one order when the plan has no table.
    coefficients: CoefficientScratch,
    /// Per-order kernel sums of the even / odd degrees.
    ce: Vec<Complex64>,
    co: Vec<Complex64>,
    /// The kernel's accumulator rows.
    acc: Vec<f64>,
}

impl Scratch {
    fn new(lmax: usize) -> Scratch {
        let zero = Complex64::new(0.0, 0.0);
        let n = coefficient_len(lmax + 1);
        Scratch {
            coefficients: CoefficientScratch::new(lmax + 1),
            ce: vec![zero; n],
            co: vec![zero; n],
            acc: vec![0.0; adjoint_scratch_len(n)],
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
    alm2leg_one(alm, None, set, table, start, isa, leg);
}

/// [`alm2leg`] for [`kernel::MANY`] fields at once (same band limits): per order the recurrence
/// data are read once and the kernel runs one recurrence for all fields
/// ([`kernel::synthesis_many`]); `legs[f]` receives exactly what [`alm2leg`] writes for
/// `alms[f]`.
pub(crate) fn alm2leg_many(
    alms: [&Alm; kernel::MANY],
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    isa: Isa,
    legs: [&mut [Complex64]; kernel::MANY],
) {
    alm2leg_fields(alms, None, set, table, start, legs, |inp, ce, co, e, o| {
        kernel::synthesis_many(isa, inp, ce, co, e, o)
    });
}

/// Coefficients read order by order: a full [`Alm`], or the orders one rank holds
/// ([`super::distributed::LocalAlm`]).
pub(crate) trait OrderSource: Sync {
    fn lmax(&self) -> usize;
    fn mmax(&self) -> usize;
    /// $a_{\ell m}$ for ℓ = m..=lmax.
    fn m_slice(&self, m: usize) -> &[Complex64];
}

impl OrderSource for Alm {
    fn lmax(&self) -> usize {
        Alm::lmax(self)
    }
    fn mmax(&self) -> usize {
        Alm::mmax(self)
    }
    fn m_slice(&self, m: usize) -> &[Complex64] {
        Alm::m_slice(self, m)
    }
}

/// [`alm2leg`] for the order blocks `blocks` only: `tiles` holds one [`LegLayout::Tiled`] tile
/// (M_BLOCK × nrings values) per listed block, in the list's order, each bitwise the tile that
/// [`alm2leg`] writes for that block. Must run inside the caller's rayon pool.
pub(crate) fn alm2leg_blocks<A: OrderSource>(
    alm: &A,
    blocks: &[usize],
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    isa: Isa,
    tiles: &mut [Complex64],
) {
    alm2leg_one(alm, Some(blocks), set, table, start, isa, tiles);
}

/// One field's synthesis Legendre stage, for every block or for the listed ones.
fn alm2leg_one<A: OrderSource>(
    alm: &A,
    blocks: Option<&[usize]>,
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    isa: Isa,
    leg: &mut [Complex64],
) {
    alm2leg_fields(
        [alm],
        blocks,
        set,
        table,
        start,
        [leg],
        |inp, ce, co, e, o| {
            let ([e], [o]) = (e, o);
            kernel::synthesis(isa, inp, ce[0], co[0], e, o)
        },
    );
}

/// The synthesis Legendre stage of K fields with the same band limits: for each order, the
/// pairs no field reaches are zeroed, each field's coefficients are prepared, `kernel` forms
/// the ring-pair sums (one shared recurrence where the kernel does that), and the sums are
/// scattered to the northern (E + O) and southern (E − O) rings of each field's tile. One task
/// per block of [`M_BLOCK`] orders; must run inside the caller's rayon pool.
fn alm2leg_fields<const K: usize, A: OrderSource>(
    alms: [&A; K],
    blocks: Option<&[usize]>,
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    legs: [&mut [Complex64]; K],
    kernel: impl Fn(
            &MInput,
            &[&[Complex64]; K],
            &[&[Complex64]; K],
            &mut [&mut [Complex64]; K],
            &mut [&mut [Complex64]; K],
        ) + Sync,
) {
    let (lmax, mmax, nr) = (alms[0].lmax(), alms[0].mmax(), set.nrings());
    let zero = Complex64::new(0.0, 0.0);
    // Each task gets the tiles of its block of orders in every field's array: tile i is block
    // `blocks[i]` (block i when all blocks are computed).
    let mut tiles: Vec<Vec<&mut [Complex64]>> = Vec::new();
    for leg in legs {
        for (i, tile) in leg.chunks_mut(M_BLOCK * nr).enumerate() {
            if i == tiles.len() {
                tiles.push(Vec::with_capacity(K));
            }
            tiles[i].push(tile);
        }
    }
    tiles.into_par_iter().enumerate().for_each_init(
        || FieldsScratch::new(K, lmax, set.npairs()),
        |s, (i, mut tile)| {
            let b = blocks.map_or(i, |blocks| blocks[i]);
            for m in block_orders(b, mmax) {
                let mi = m % M_BLOCK;
                let first = set.first_active(m);
                for t in tile.iter_mut() {
                    for p in 0..first {
                        for r in [set.north[p], set.south[p]].into_iter().flatten() {
                            t[r * M_BLOCK + mi] = zero;
                        }
                    }
                }
                if first == set.npairs() {
                    continue;
                }
                let nl = lmax - m + 1;
                let ne = even_count(nl);
                let k = coefficients(table, m, nl, &mut s.coefficients);
                for (f, alm) in alms.iter().enumerate() {
                    synthesis_coefficients(alm.m_slice(m), &k, &mut s.ce[f], &mut s.co[f]);
                    if m == 0 {
                        // Real field: Im a_l0 does not contribute. The transform acts on real
                        // and imaginary parts separately, so dropping them afterwards is exact.
                        for v in s.ce[f][..ne].iter_mut().chain(s.co[f][..ne].iter_mut()) {
                            v.im = 0.0;
                        }
                    }
                }
                let inp = set.kernel_input(m, nl, &k, start[m], first);
                let np = set.npairs() - first;
                let ce: [&[Complex64]; K] = std::array::from_fn(|f| &s.ce[f][..ne]);
                let co: [&[Complex64]; K] = std::array::from_fn(|f| &s.co[f][..ne]);
                let mut e_all = s.e.iter_mut();
                let mut o_all = s.o.iter_mut();
                let mut out_e: [&mut [Complex64]; K] =
                    std::array::from_fn(|_| &mut e_all.next().expect("one output per field")[..np]);
                let mut out_o: [&mut [Complex64]; K] =
                    std::array::from_fn(|_| &mut o_all.next().expect("one output per field")[..np]);
                kernel(&inp, &ce, &co, &mut out_e, &mut out_o);
                for ((t, e), o) in tile.iter_mut().zip(&out_e).zip(&out_o) {
                    for p in 0..np {
                        if let Some(r) = set.north[first + p] {
                            t[r * M_BLOCK + mi] = e[p] + o[p];
                        }
                        if let Some(r) = set.south[first + p] {
                            t[r * M_BLOCK + mi] = e[p] - o[p];
                        }
                    }
                }
            }
        },
    );
}

/// The working vectors of one [`alm2leg_fields`] task: recurrence data, and coefficients and
/// kernel sums per field.
struct FieldsScratch {
    coefficients: CoefficientScratch,
    ce: Vec<Vec<Complex64>>,
    co: Vec<Vec<Complex64>>,
    e: Vec<Vec<Complex64>>,
    o: Vec<Vec<Complex64>>,
}

impl FieldsScratch {
    fn new(fields: usize, lmax: usize, npairs: usize) -> FieldsScratch {
        let zero = Complex64::new(0.0, 0.0);
        let n = coefficient_len(lmax + 1);
        let per_field = |len: usize| vec![vec![zero; len]; fields];
        FieldsScratch {
            coefficients: CoefficientScratch::new(lmax + 1),
            ce: per_field(n),
            co: per_field(n),
            e: per_field(npairs),
            o: per_field(npairs),
        }
    }
}

/// Adjoint Legendre stage: `alm[l, m]` = $\sum_r \lambda_{\ell m}(\theta_r)\,$`leg[m][r]`.
/// One task per block of [`M_BLOCK`] orders; the kernel reads each pair's northern and southern
/// values straight from `leg` (see [`PairSource`]). Must run inside the caller's rayon pool.
/// The coefficients are written once each into fresh memory (no zeroing pass); an error if
/// that memory cannot be allocated.
#[allow(clippy::too_many_arguments)]
pub(crate) fn leg2alm(
    leg: &[Complex64],
    layout: LegLayout,
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    isa: Isa,
    lmax: usize,
    mmax: usize,
) -> crate::Result<Alm> {
    let n = Alm::len_for(lmax, mmax);
    let mut data: Vec<Complex64> = crate::memory::try_with_capacity("analysed coefficients", n)?;
    let all: Vec<usize> = (0..=mmax / M_BLOCK).collect();
    let outs = order_outputs(&mut data.spare_capacity_mut()[..n], &all, lmax, mmax);
    let gather = pair_gather(set, |r| layout.index(0, r));
    leg2alm_blocks(
        leg,
        layout.order_stride(),
        &gather,
        &all,
        outs,
        set,
        table,
        start,
        isa,
        lmax,
        mmax,
    );
    // SAFETY: `leg2alm_blocks` wrote each of the n values: every order's lmax − m + 1
    // coefficients, as zeros for an order no ring pair reaches, otherwise through
    // `adjoint_coefficients`, which writes every offset below nl once.
    unsafe { data.set_len(n) };
    Ok(Alm::from_vec_unchecked(lmax, mmax, data))
}

/// Splits coefficient storage laid out order after order (the orders of `blocks`, in that
/// order) into one output slice per order, grouped per block.
pub(crate) fn order_outputs<'a>(
    mut rest: &'a mut [MaybeUninit<Complex64>],
    blocks: &[usize],
    lmax: usize,
    mmax: usize,
) -> Vec<Vec<&'a mut [MaybeUninit<Complex64>]>> {
    let mut outs = Vec::with_capacity(blocks.len());
    for &b in blocks {
        let mut block = Vec::with_capacity(M_BLOCK);
        for m in block_orders(b, mmax) {
            let (head, tail) = rest.split_at_mut(lmax + 1 - m);
            block.push(head);
            rest = tail;
        }
        outs.push(block);
    }
    outs
}

/// Per ring pair: where its rings' values of order 0 are in a `leg` array (`index0(r)`) and the
/// weights that form (E, O) = (wn N + ws S, wn N − ws S), also for unpaired rings.
pub(crate) fn pair_gather(
    set: &RingSet,
    index0: impl Fn(usize) -> usize,
) -> Vec<(usize, usize, f64, f64)> {
    (0..set.npairs())
        .map(|p| match (set.north[p], set.south[p]) {
            (Some(n), Some(so)) => (index0(n), index0(so), 1.0, 1.0),
            (Some(n), None) => (index0(n), index0(n), 1.0, 0.0),
            (None, Some(so)) => (index0(so), index0(so), 0.0, 1.0),
            (None, None) => unreachable!("every pair holds a ring"),
        })
        .collect()
}

/// Adjoint Legendre stage of the order blocks `blocks` (`outs[i]`: the outputs of block
/// `blocks[i]`, one slice per order). Order m of the i-th block is read from `leg` at
/// `gather` + (i·M_BLOCK + m mod M_BLOCK)·`order_stride` (m·`order_stride` when every block is
/// listed). One task per block; must run inside the caller's rayon pool. Every output value is
/// written once.
#[allow(clippy::too_many_arguments)]
pub(crate) fn leg2alm_blocks(
    leg: &[Complex64],
    order_stride: usize,
    gather: &[(usize, usize, f64, f64)],
    blocks: &[usize],
    outs: Vec<Vec<&mut [MaybeUninit<Complex64>]>>,
    set: &RingSet,
    table: Option<&RecurrenceTable>,
    start: &[f64],
    isa: Isa,
    lmax: usize,
    mmax: usize,
) {
    let npairs = set.npairs();
    outs.into_par_iter().enumerate().for_each_init(
        || Scratch::new(lmax),
        |s, (i, outs)| {
            let orders = block_orders(blocks[i], mmax);
            for (m, out) in orders.clone().zip(outs) {
                let first = set.first_active(m);
                if first == npairs {
                    for v in out.iter_mut() {
                        v.write(Complex64::new(0.0, 0.0));
                    }
                    continue;
                }
                let nl = lmax - m + 1;
                let k = coefficients(table, m, nl, &mut s.coefficients);
                let inp = set.kernel_input(m, nl, &k, start[m], first);
                let ne = even_count(nl);
                let src = PairSource {
                    leg,
                    gather: &gather[first..],
                    shift: (i * M_BLOCK + m % M_BLOCK) * order_stride,
                };
                kernel::adjoint(
                    isa,
                    &inp,
                    &src,
                    &mut s.acc,
                    &mut s.ce[..ne],
                    &mut s.co[..ne],
                );
                adjoint_coefficients(&s.ce[..ne], &s.co[..ne], &k, nl, |j, v| {
                    out[j].write(v);
                });
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

    /// Deterministic pseudo-random complex values in [−1, 1)².
    fn test_values(n: usize, seed: u64) -> Vec<Complex64> {
        let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0
        };
        (0..n).map(|_| Complex64::new(next(), next())).collect()
    }

    #[test]
    fn x2_recurrence_and_odd_transform_reproduce_direct_sums() {
        // λ_{m+2i} = h_i μ_i, and Σ_l a_l λ_l = Σ_i ce_i μ_i + x Σ_i co_i μ_i, against the
        // textbook recurrence (errors of a few ulp times the sum's scale).
        for (m, lmax, theta) in [
            (0usize, 40usize, 0.7f64),
            (3, 40, 0.7),
            (3, 41, 2.9),
            (60, 141, 1.2),
        ] {
            let nl = lmax - m + 1;
            let mut data = CoefficientScratch::new(nl);
            let k = coefficients(None, m, nl, &mut data);
            let x = theta.cos();
            let mut mu = vec![start_factors(m)[m] * theta.sin().powi(m as i32)];
            let mut prev = 0.0;
            for i in 0..even_count(nl) {
                let next = (k.alpha[i] * x * x + k.beta[i]) * mu[i] - prev;
                prev = mu[i];
                mu.push(next);
                let direct = lambda_direct(m + 2 * i, m, theta);
                let scale = direct.abs().max(1e-3 * mu[0].abs().max(1e-300));
                assert!(
                    (k.h[i] * mu[i] - direct).abs() < 1e-13 * scale.max(1.0),
                    "m={m} l={}: {} vs {direct}",
                    m + 2 * i,
                    k.h[i] * mu[i]
                );
            }
            let a = test_values(nl, m as u64 + 7);
            let ne = even_count(nl);
            let (mut ce, mut co) = (
                vec![Complex64::default(); ne],
                vec![Complex64::default(); ne],
            );
            synthesis_coefficients(&a, &k, &mut ce, &mut co);
            let mut via_x2 = Complex64::default();
            for i in 0..ne {
                via_x2 += ce[i] * mu[i] + co[i] * (x * mu[i]);
            }
            let mut direct = Complex64::default();
            let mut scale = 0.0f64;
            for (j, a) in a.iter().enumerate() {
                let l = lambda_direct(m + j, m, theta);
                direct += a * l;
                scale += l.abs();
            }
            assert!(
                (via_x2 - direct).norm() < 1e-13 * scale,
                "m={m}: {via_x2} vs {direct}"
            );
        }
    }

    #[test]
    fn adjoint_coefficients_are_the_transpose() {
        // <T a, u> = <a, T^T u> for the real inner product Σ Re(x conj y).
        for (m, lmax) in [(0usize, 30usize), (5, 30), (5, 31), (29, 30), (30, 30)] {
            let nl = lmax - m + 1;
            let mut data = CoefficientScratch::new(nl);
            let k = coefficients(None, m, nl, &mut data);
            let ne = even_count(nl);
            let a = test_values(nl, 1 + m as u64);
            let (se, so) = (test_values(ne, 2), test_values(ne, 3));
            let (mut ce, mut co) = (
                vec![Complex64::default(); ne],
                vec![Complex64::default(); ne],
            );
            synthesis_coefficients(&a, &k, &mut ce, &mut co);
            let mut out = vec![Complex64::default(); nl];
            adjoint_coefficients(&se, &so, &k, nl, |j, v| out[j] = v);
            let dot = |x: &[Complex64], y: &[Complex64]| -> f64 {
                x.iter()
                    .zip(y)
                    .map(|(x, y)| x.re * y.re + x.im * y.im)
                    .sum()
            };
            let lhs = dot(&ce, &se) + dot(&co, &so);
            let rhs = dot(&a, &out);
            assert!(
                (lhs - rhs).abs() < 1e-12 * lhs.abs().max(1.0),
                "m={m}: {lhs} vs {rhs}"
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
        // Just above the skip limit, |λ_lm| must be below 2^-64 for every l ≤ lmax
        // (in the evanescent region |λ_lm| grows with l, so l = lmax is the largest).
        for lmax in [64usize, 512, 2048, 8192] {
            for k in 1..78 {
                let theta = k as f64 * 0.02;
                let lim = negligible_above(lmax, theta.sin(), 0);
                if lim + 1 > lmax {
                    continue;
                }
                let v = lambda_log2(lmax, lim + 1, theta);
                assert!(
                    v < -64.0,
                    "lmax {lmax}, theta {theta}, m {}: log2|lambda| = {v}",
                    lim + 1
                );
            }
        }
    }
}
