//! Legendre kernels: for one order m, the sums over degree l for blocks of ring pairs.
//!
//! **Recurrence.** With $\lambda_{\ell m}(x) = N_{\ell m}P_\ell^m(x)$ (CS phase, math-spec §1.2–1.3),
//! $\lambda_\ell = a_\ell x\lambda_{\ell-1} - b_\ell\lambda_{\ell-2}$ where
//! $a_\ell = \sqrt{(4\ell^2-1)/(\ell^2-m^2)}$ and
//! $b_\ell = \sqrt{\frac{2\ell+1}{2\ell-3}\frac{(\ell-1)^2-m^2}{\ell^2-m^2}}$.
//! We run it on rescaled values $\mu_\ell = \lambda_\ell/g_\ell$ with $g_\ell = b_\ell g_{\ell-2}$
//! (bounded polynomially in ℓ), which turns it into
//! $\mu_\ell = c_\ell x \mu_{\ell-1} - \mu_{\ell-2}$, $c_\ell = a_\ell g_{\ell-1}/g_\ell$:
//! one multiply and one FMA per degree and ring. The factors $g_\ell$ are folded into the
//! coefficients (synthesis) or the results (adjoint) once per (ℓ, m).
//!
//! **North/south symmetry.** $\lambda_{\ell m}(-x) = (-1)^{\ell+m}\lambda_{\ell m}(x)$: each kernel
//! works on a ring pair (x, −x) and keeps even and odd ℓ−m sums apart.
//!
//! **Extended exponent.** For large m, $\lambda_{mm} \propto \sin^m\theta$ underflows near the poles.
//! Each ring carries its value as `mant · 2^(−256·k)`; while k > 0 the true value is below
//! 2⁻²⁰⁰ (negligible against any O(1) term) and is not accumulated (masked), and the mantissa
//! is rescaled by 2⁻²⁵⁶ once it passes 2⁵⁶. Rescaling is checked between chunks of degrees over
//! which no value can grow by more than 2⁶⁰, so the chunks themselves run without tests. Once
//! every ring of a block has k = 0 the kernel switches to the fast loop (two degrees per step).
//!
//! **Vectorisation.** A block holds NB ring pairs (4 scalar, 8 AVX2, 32 AVX-512); every quantity
//! is an `[f64; NB]` the compiler keeps in registers, so the inner loop is FMA on whole vectors.

mod avx2;
mod avx512;
mod scalar;

use super::{Isa, Madd};
use num_complex::Complex64;

/// Rescaling step of the extended exponent: a level is a factor 2^256.
const LEVEL_BITS: i64 = 256;
/// A mantissa at or above 2^56 on a level k > 0 moves one level up.
const RESCALE_AT: f64 = 72_057_594_037_927_936.0; // 2^56
const RESCALE_BITS: i64 = 56;
/// 2^−256.
const LEVEL_FACTOR: f64 = 8.636_168_555_094_445e-78;

/// One ring pair as the kernels see it: x = cos θ ≥ 0 of the northern ring and sin θ split
/// into mantissa and binary exponent (for the extended-exponent start values).
#[derive(Clone, Copy, Debug)]
pub(crate) struct PairLane {
    pub cos: f64,
    pub sin_mant: f64,
    pub sin_exp: i64,
}

/// Everything the kernels need for one order m.
pub(crate) struct MInput<'a> {
    /// Order.
    pub m: usize,
    /// Number of degrees, lmax − m + 1.
    pub nl: usize,
    /// `c[j]` is the recurrence factor for μ_{m+j}; length ≥ nl + 2 (the tail is padding).
    pub c: &'a [f64],
    /// $\lambda_{mm}/\sin^m\theta = (-1)^m\sqrt{\frac{2m+1}{4\pi}\prod_{k\le m}\frac{2k-1}{2k}}$.
    pub start_factor: f64,
    /// Ring pairs to process.
    pub pairs: &'a [PairLane],
    /// The pairs' [`sin_power_table`]s, `stride` entries each.
    pub powers: &'a [(f64, i64)],
    /// Length of one pair's power table.
    pub stride: usize,
}

/// Splits a positive normal number into a mantissa in [0.5, 1) and an exponent.
#[inline(always)]
fn frexp(x: f64) -> (f64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), exp)
}

/// 2^e for −1022 ≤ e ≤ 1023.
#[inline(always)]
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// Splits sin θ for [`PairLane`].
pub(crate) fn split_sin(s: f64) -> (f64, i64) {
    if s > 0.0 {
        frexp(s)
    } else {
        (0.0, 0)
    }
}

/// Number of fine powers sin^r θ (r < FINE_POWERS) kept per ring pair; sin^m θ is the product of
/// a fine power and a coarse power sin^(64q) θ.
pub(crate) const FINE_POWERS: usize = 64;

/// $\sin^n\theta$ as (mantissa in [0.5, 1), binary exponent) by binary powering with
/// renormalisation after every product (≈ 2 log₂ n roundings, no underflow).
pub(crate) fn pow_ext(mant: f64, exp: i64, n: usize) -> (f64, i64) {
    let (mut rm, mut re) = (1.0f64, 0i64);
    let (mut bm, mut be) = (mant, exp);
    let mut e = n;
    while e > 0 {
        if e & 1 == 1 {
            let (f, x) = frexp(rm * bm);
            rm = f;
            re += be + x;
        }
        e >>= 1;
        if e > 0 {
            let (f, x) = frexp(bm * bm);
            bm = f;
            be = 2 * be + x;
        }
    }
    (rm, re)
}

/// Table of sin^r θ (r < 64) followed by sin^(64q) θ (q ≤ mmax/64), for one ring pair.
pub(crate) fn sin_power_table(lane: &PairLane, mmax: usize) -> Vec<(f64, i64)> {
    let mut t: Vec<(f64, i64)> = (0..FINE_POWERS)
        .map(|r| pow_ext(lane.sin_mant, lane.sin_exp, r))
        .collect();
    t.extend(
        (0..=mmax / FINE_POWERS).map(|q| pow_ext(lane.sin_mant, lane.sin_exp, q * FINE_POWERS)),
    );
    t
}

/// Start value λ_mm of one ring as (mantissa, level): value = mantissa · 2^(−256·level).
/// `powers` is the pair's [`sin_power_table`].
#[inline(always)]
fn start_value(lane: &PairLane, powers: &[(f64, i64)], m: usize, factor: f64) -> (f64, i32) {
    if lane.sin_mant == 0.0 {
        return (if m == 0 { factor } else { 0.0 }, 0);
    }
    let (fm, fe) = powers[m % FINE_POWERS];
    let (cm, ce) = powers[FINE_POWERS + m / FINE_POWERS];
    let (f, x) = frexp(fm * cm * factor.abs());
    let exp = fe + ce + x;
    let sign = if factor < 0.0 { -1.0 } else { 1.0 };
    // Level k such that exp + 256k lies in (56 − 256, 56].
    let level = if exp > RESCALE_BITS {
        0
    } else {
        (RESCALE_BITS - exp).div_euclid(LEVEL_BITS)
    };
    (sign * f * pow2(exp + LEVEL_BITS * level), level as i32)
}

#[inline(always)]
fn all_zero<const NB: usize>(k: &[i32; NB]) -> bool {
    k.iter().all(|&v| v == 0)
}

/// Growth budget of one unchecked chunk: the running maximum of |μ| can grow by at most
/// Π (c_j x + 1) ≤ 2^60 before the next rescale check.
const CHUNK_GROWTH: f64 = 1.152_921_504_606_847e18; // 2^60

/// End (exclusive) of the next unchecked chunk starting at degree index `j`: the largest
/// span over which |μ| cannot grow by more than 2^60 for any lane (x ≤ `xmax`).
#[inline(always)]
fn chunk_end(c: &[f64], j: usize, nl: usize, xmax: f64) -> usize {
    let mut growth = 1.0;
    let mut e = j + 1;
    while e < nl {
        growth *= c[e] * xmax + 1.0;
        if growth > CHUNK_GROWTH {
            break;
        }
        e += 1;
    }
    e.max(j + 1)
}

/// After a chunk: lanes whose mantissa passed 2^56 on a level k > 0 move up one level, and
/// the accumulation mask is refreshed (1 for level 0, else 0).
///
/// Why dropping lanes with k > 0 inside a chunk is safe: at the chunk's start their values are
/// below 2^(56−256) and they grow by at most 2^60 within it, so everything dropped is below
/// 2^−140 times the coefficients.
#[inline(always)]
fn rescale<const NB: usize>(
    p0: &mut [f64; NB],
    p1: &mut [f64; NB],
    k: &mut [i32; NB],
    mask: &mut [f64; NB],
) {
    for i in 0..NB {
        if k[i] > 0 && p0[i].abs().max(p1[i].abs()) >= RESCALE_AT {
            p0[i] *= LEVEL_FACTOR;
            p1[i] *= LEVEL_FACTOR;
            k[i] -= 1;
        }
        mask[i] = if k[i] == 0 { 1.0 } else { 0.0 };
    }
}

/// Sums over l for one block: returns (even re, even im, odd re, odd im) per lane.
#[inline(always)]
fn synth_block<const NB: usize, A: Madd>(
    c: &[f64],
    ag: &[Complex64],
    nl: usize,
    x: &[f64; NB],
    mut p1: [f64; NB],
    mut k: [i32; NB],
) -> [[f64; NB]; 4] {
    let mut p0 = [0.0f64; NB];
    let (mut er, mut ei, mut or, mut oi) = ([0.0f64; NB], [0.0f64; NB], [0.0f64; NB], [0.0f64; NB]);
    let mut j = 0usize;
    // Slow path: some ring is still below the negligible threshold. Run unchecked chunks with
    // those rings masked out, and rescale between chunks.
    let xmax = x.iter().fold(0.0f64, |a, &b| a.max(b));
    let mut mask = [0.0f64; NB];
    rescale(&mut p0, &mut p1, &mut k, &mut mask);
    while !all_zero(&k) {
        let end = chunk_end(c, j, nl, xmax);
        while j < end {
            let a = ag[j];
            let (sr, si) = if j % 2 == 0 {
                (&mut er, &mut ei)
            } else {
                (&mut or, &mut oi)
            };
            let cj = c[j + 1];
            for i in 0..NB {
                let v = p1[i] * mask[i];
                sr[i] = A::madd(a.re, v, sr[i]);
                si[i] = A::madd(a.im, v, si[i]);
                let t = A::madd(cj * x[i], p1[i], -p0[i]);
                p0[i] = p1[i];
                p1[i] = t;
            }
            j += 1;
        }
        if j >= nl {
            return [er, ei, or, oi];
        }
        rescale(&mut p0, &mut p1, &mut k, &mut mask);
    }
    // Fast path: align to an even j, then two degrees per iteration.
    if j % 2 == 1 {
        let a = ag[j];
        for i in 0..NB {
            or[i] = A::madd(a.re, p1[i], or[i]);
            oi[i] = A::madd(a.im, p1[i], oi[i]);
        }
        j += 1;
        if j >= nl {
            return [er, ei, or, oi];
        }
        let cj = c[j];
        for i in 0..NB {
            let t = A::madd(cj * x[i], p1[i], -p0[i]);
            p0[i] = p1[i];
            p1[i] = t;
        }
    }
    while j + 1 < nl {
        let (a0, a1, c1, c2) = (ag[j], ag[j + 1], c[j + 1], c[j + 2]);
        for i in 0..NB {
            er[i] = A::madd(a0.re, p1[i], er[i]);
            ei[i] = A::madd(a0.im, p1[i], ei[i]);
            p0[i] = A::madd(c1 * x[i], p1[i], -p0[i]);
            or[i] = A::madd(a1.re, p0[i], or[i]);
            oi[i] = A::madd(a1.im, p0[i], oi[i]);
            p1[i] = A::madd(c2 * x[i], p0[i], -p1[i]);
        }
        j += 2;
    }
    if j < nl {
        let a = ag[j];
        for i in 0..NB {
            er[i] = A::madd(a.re, p1[i], er[i]);
            ei[i] = A::madd(a.im, p1[i], ei[i]);
        }
    }
    [er, ei, or, oi]
}

/// Loads the lanes of one block (padding lanes are zero and contribute nothing).
#[inline(always)]
fn load_block<const NB: usize>(
    inp: &MInput,
    first: usize,
) -> (usize, [f64; NB], [f64; NB], [i32; NB]) {
    let n = (inp.pairs.len() - first).min(NB);
    let (mut x, mut p1, mut k) = ([0.0f64; NB], [0.0f64; NB], [0i32; NB]);
    for i in 0..n {
        let lane = &inp.pairs[first + i];
        x[i] = lane.cos;
        let p = first + i;
        let (v, level) = start_value(
            lane,
            &inp.powers[p * inp.stride..(p + 1) * inp.stride],
            inp.m,
            inp.start_factor,
        );
        p1[i] = v;
        k[i] = level;
    }
    (n, x, p1, k)
}

/// Synthesis for one m: `out_e[p]`, `out_o[p]` = even / odd (ℓ−m) parts of
/// $\sum_\ell \tilde a_\ell \mu_\ell(x_p)$ for every pair p, with $\tilde a_\ell = a_{\ell m} g_\ell$.
#[inline(always)]
pub(super) fn synth_m<const NB: usize, A: Madd>(
    inp: &MInput,
    ag: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    let mut first = 0;
    while first < inp.pairs.len() {
        let (n, x, p1, k) = load_block::<NB>(inp, first);
        let [er, ei, or, oi] = synth_block::<NB, A>(inp.c, ag, inp.nl, &x, p1, k);
        for i in 0..n {
            out_e[first + i] = Complex64::new(er[i], ei[i]);
            out_o[first + i] = Complex64::new(or[i], oi[i]);
        }
        first += NB;
    }
}

/// Adds lane products to row `j` of `acc` (rows of 2H: re lanes then im lanes; lanes h and h+H
/// of the block are summed into lane h).
#[inline(always)]
fn accumulate_row<const NB: usize, const H: usize, A: Madd>(
    acc: &mut [f64],
    j: usize,
    v: &[f64; NB],
    fr: &[f64; NB],
    fi: &[f64; NB],
) {
    let (re, im) = acc[2 * H * j..2 * H * (j + 1)].split_at_mut(H);
    let (Ok(re), Ok(im)) = (<&mut [f64; H]>::try_from(re), <&mut [f64; H]>::try_from(im)) else {
        unreachable!("rows are 2H wide by construction")
    };
    for h in 0..H {
        let (mut sr, mut si) = (re[h], im[h]);
        for q in (0..NB / H).rev() {
            sr = A::madd(v[h + q * H], fr[h + q * H], sr);
            si = A::madd(v[h + q * H], fi[h + q * H], si);
        }
        re[h] = sr;
        im[h] = si;
    }
}

/// Adjoint sums for one block into `acc` (see [`accumulate_row`]).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn adjoint_block<const NB: usize, const H: usize, A: Madd>(
    c: &[f64],
    nl: usize,
    x: &[f64; NB],
    mut p1: [f64; NB],
    mut k: [i32; NB],
    e: (&[f64; NB], &[f64; NB]),
    o: (&[f64; NB], &[f64; NB]),
    acc: &mut [f64],
) {
    let mut p0 = [0.0f64; NB];
    let mut j = 0usize;
    let xmax = x.iter().fold(0.0f64, |a, &b| a.max(b));
    let mut mask = [0.0f64; NB];
    rescale(&mut p0, &mut p1, &mut k, &mut mask);
    while !all_zero(&k) {
        let end = chunk_end(c, j, nl, xmax);
        while j < end {
            let mut v = [0.0f64; NB];
            for i in 0..NB {
                v[i] = p1[i] * mask[i];
            }
            let (fr, fi) = if j % 2 == 0 { e } else { o };
            accumulate_row::<NB, H, A>(acc, j, &v, fr, fi);
            let cj = c[j + 1];
            for i in 0..NB {
                let t = A::madd(cj * x[i], p1[i], -p0[i]);
                p0[i] = p1[i];
                p1[i] = t;
            }
            j += 1;
        }
        if j >= nl {
            return;
        }
        rescale(&mut p0, &mut p1, &mut k, &mut mask);
    }
    if j % 2 == 1 {
        accumulate_row::<NB, H, A>(acc, j, &p1, o.0, o.1);
        j += 1;
        if j >= nl {
            return;
        }
        let cj = c[j];
        for i in 0..NB {
            let t = A::madd(cj * x[i], p1[i], -p0[i]);
            p0[i] = p1[i];
            p1[i] = t;
        }
    }
    while j + 1 < nl {
        let (c1, c2) = (c[j + 1], c[j + 2]);
        accumulate_row::<NB, H, A>(acc, j, &p1, e.0, e.1);
        for i in 0..NB {
            p0[i] = A::madd(c1 * x[i], p1[i], -p0[i]);
        }
        accumulate_row::<NB, H, A>(acc, j + 1, &p0, o.0, o.1);
        for i in 0..NB {
            p1[i] = A::madd(c2 * x[i], p0[i], -p1[i]);
        }
        j += 2;
    }
    if j < nl {
        accumulate_row::<NB, H, A>(acc, j, &p1, e.0, e.1);
    }
}

/// Length of the accumulator [`adjoint_m`] needs for `nl` degrees (the widest ISA's rows).
pub(crate) fn adjoint_scratch_len(nl: usize) -> usize {
    16 * nl
}

/// Adjoint for one m: `out[j]` = $\sum_p \mu_{m+j}(x_p)\,(E_p$ or $O_p)$ (even / odd ℓ−m), before
/// the $g_\ell$ factor. `acc` must hold at least [`adjoint_scratch_len`] values.
#[inline(always)]
pub(super) fn adjoint_m<const NB: usize, const H: usize, A: Madd>(
    inp: &MInput,
    e_in: &[Complex64],
    o_in: &[Complex64],
    acc: &mut [f64],
    out: &mut [Complex64],
) {
    debug_assert_eq!(NB % H, 0);
    let acc = &mut acc[..2 * H * inp.nl];
    acc.fill(0.0);
    let mut first = 0;
    while first < inp.pairs.len() {
        let (n, x, p1, k) = load_block::<NB>(inp, first);
        let (mut er, mut ei, mut or, mut oi) =
            ([0.0f64; NB], [0.0f64; NB], [0.0f64; NB], [0.0f64; NB]);
        for i in 0..n {
            er[i] = e_in[first + i].re;
            ei[i] = e_in[first + i].im;
            or[i] = o_in[first + i].re;
            oi[i] = o_in[first + i].im;
        }
        adjoint_block::<NB, H, A>(inp.c, inp.nl, &x, p1, k, (&er, &ei), (&or, &oi), acc);
        first += NB;
    }
    for (j, v) in out[..inp.nl].iter_mut().enumerate() {
        let row = &acc[2 * H * j..2 * H * (j + 1)];
        let (mut re, mut im) = (0.0, 0.0);
        for h in 0..H {
            re += row[h];
            im += row[H + h];
        }
        *v = Complex64::new(re, im);
    }
}

/// Synthesis sums for one m on the given instruction set (see [`synth_m`]).
pub(crate) fn synthesis(
    isa: Isa,
    inp: &MInput,
    ag: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    match isa {
        // SAFETY: an `Isa::Avx512` value only exists after `Isa::detect`/`checked` saw AVX-512F and FMA.
        Isa::Avx512 => unsafe { avx512::synthesis(inp, ag, out_e, out_o) },
        // SAFETY: an `Isa::Avx2` value only exists after `Isa::detect`/`checked` saw AVX2 and FMA.
        Isa::Avx2 => unsafe { avx2::synthesis(inp, ag, out_e, out_o) },
        Isa::Scalar => scalar::synthesis(inp, ag, out_e, out_o),
    }
}

/// Adjoint sums for one m on the given instruction set (see [`adjoint_m`]).
pub(crate) fn adjoint(
    isa: Isa,
    inp: &MInput,
    e: &[Complex64],
    o: &[Complex64],
    acc: &mut [f64],
    out: &mut [Complex64],
) {
    match isa {
        // SAFETY: see `synthesis`.
        Isa::Avx512 => unsafe { avx512::adjoint(inp, e, o, acc, out) },
        // SAFETY: see `synthesis`.
        Isa::Avx2 => unsafe { avx2::adjoint(inp, e, o, acc, out) },
        Isa::Scalar => scalar::adjoint(inp, e, o, acc, out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_values_match_direct_products() {
        // λ_mm = factor · sin^m θ where representable.
        let s = 0.3f64;
        let (sm, se) = split_sin(s);
        let lane = PairLane {
            cos: (1.0 - s * s).sqrt(),
            sin_mant: sm,
            sin_exp: se,
        };
        let table = sin_power_table(&lane, 5000);
        for m in [0usize, 1, 2, 7, 30, 63, 64, 100, 129] {
            let (v, k) = start_value(&lane, &table, m, -1.25);
            let direct = -1.25 * s.powi(m as i32);
            let got = v * pow2(-LEVEL_BITS).powi(k);
            assert!(
                (got - direct).abs() <= 4e-16 * direct.abs(),
                "m={m}: {got} vs {direct}"
            );
        }
        // Far below f64 range: level > 0 and mantissa in range.
        let (v, k) = start_value(&lane, &table, 5000, 1.0);
        assert!(k > 0 && v.abs() < RESCALE_AT && v.abs() >= pow2(RESCALE_BITS - LEVEL_BITS - 1));
    }
}
