//! Legendre kernels: for one order m, the sums over degree l for blocks of ring pairs.
//!
//! **Recurrence in x².** With $\lambda_{\ell m}(x) = N_{\ell m}P_\ell^m(x)$ (CS phase,
//! docs/mathematics.md §1.2–1.3) and $\varepsilon_\ell = \sqrt{(\ell^2-m^2)/(4\ell^2-1)}$, the three-term
//! relation $x\lambda_\ell = \varepsilon_{\ell+1}\lambda_{\ell+1} + \varepsilon_\ell\lambda_{\ell-1}$ applied
//! twice links degrees of equal parity:
//! $\varepsilon_{\ell+1}\varepsilon_{\ell+2}\lambda_{\ell+2} = (x^2 - \varepsilon_{\ell+1}^2 - \varepsilon_\ell^2)\lambda_\ell - \varepsilon_\ell\varepsilon_{\ell-1}\lambda_{\ell-2}$.
//! The kernels run it on the even-offset functions $E_i = \lambda_{m+2i}$, rescaled to
//! $\mu_i = E_i/h_i$ so that it reads $\mu_{i+1} = (\alpha_i x^2 + \beta_i)\mu_i - \mu_{i-1}$: two FMAs
//! per ring and *two* degrees (`legendre.rs` computes α, β, h).
//!
//! **Odd degrees through the even functions.** An odd-parity sum is x times an even-parity one:
//! $\sum_i a_{m+2i+1}\lambda_{m+2i+1} = x\sum_i b_i\lambda_{m+2i}$ with
//! $a_{m+2i+1} = \varepsilon_{m+2i+1}b_i + \varepsilon_{m+2i+2}b_{i+1}$ (a bidiagonal system solved
//! in O(L) per m in `legendre.rs`, and its transpose for the adjoint). So one sequence μ_i
//! serves four accumulations (even re/im, odd re/im): 6 FMAs per ring and two degrees, against 8
//! for the plain recurrence in x.
//!
//! **North/south symmetry.** $\lambda_{\ell m}(-x) = (-1)^{\ell+m}\lambda_{\ell m}(x)$: each kernel
//! works on a ring pair (x, −x) and returns the even and odd parts separately.
//!
//! **Extended exponent.** For large m, $\lambda_{mm} \propto \sin^m\theta$ underflows near the poles.
//! Each ring carries its value as `mant · 2^(−256·k)`; while k > 0 the true value is below
//! 2⁻¹⁸⁰ and is not accumulated (masked; growing by at most 2¹²⁰ before the next check, a
//! dropped value stays below 2⁻⁶⁰ of the coefficients), and the mantissa is rescaled by 2⁻²⁵⁶
//! once it passes 2⁷⁶. Rescaling is checked between chunks of steps over which no value can
//! grow by more than 2¹²⁰ (the same checkpoints for every block of an order), so the chunks run
//! the same unrolled loop as the rest, with the masked rings' inputs or sums zeroed per chunk.
//!
//! **Vectorisation.** A block holds NB ring pairs (4 scalar, 8 AVX2, 16 or 32 AVX-512); every
//! quantity is an `[f64; NB]` the compiler keeps in registers, so the inner loop is FMA on whole
//! vectors.

// The AVX kernels exist on x86-64 only and the NEON ones on aarch64; `Isa::checked` never
// yields another architecture's, and other architectures run the portable kernels.
#[cfg(target_arch = "x86_64")]
mod avx2;
#[cfg(target_arch = "x86_64")]
mod avx512;
#[cfg(target_arch = "aarch64")]
mod neon;
mod scalar;

use super::{Isa, Madd};
use num_complex::Complex64;

/// Rescaling step of the extended exponent: a level is a factor 2^256.
const LEVEL_BITS: i64 = 256;
/// A mantissa at or above 2^76 on a level k > 0 moves one level up (so level 0 starts at
/// 2^−180; values below it are not accumulated).
const RESCALE_AT: f64 = 7.555_786_372_591_432e22; // 2^76
const RESCALE_BITS: i64 = 76;
/// 2^−256.
const LEVEL_FACTOR: f64 = 8.636_168_555_094_445e-78;

/// Everything the kernels need for one order m.
pub(crate) struct MInput<'a> {
    /// Number of steps of the x² recurrence: ne = ⌈(lmax − m + 1)/2⌉ even offsets.
    pub ne: usize,
    /// `alpha[i]`, `beta[i]`: $\mu_{i+1} = (\alpha_i x^2 + \beta_i)\mu_i - \mu_{i-1}$; length ≥ ne + 1.
    pub alpha: &'a [f64],
    pub beta: &'a [f64],
    /// Rescale checkpoints `0 = b_0 < b_1 < … = ne` from [`rescale_bounds`].
    pub bounds: &'a [u32],
    /// $\lambda_{mm}/\sin^m\theta = (-1)^m\sqrt{\frac{2m+1}{4\pi}\prod_{k\le m}\frac{2k-1}{2k}}$.
    pub start_factor: f64,
    /// x = cos θ ≥ 0 of the northern ring of each pair to process.
    pub cos: &'a [f64],
    /// The pairs' sin powers for this order ([`SinPowers::rows`]).
    pub powers: PowerRows<'a>,
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

/// $\sin^r\theta$ (r < 64) and $\sin^{64q}\theta$ (q ≤ mmax/64) of every ring pair as (mantissa,
/// binary exponent), stored power-major (row r holds every pair) so that a block's start
/// values come from two contiguous rows: $\sin^m\theta$ = fine row m mod 64 × coarse row ⌊m/64⌋.
#[derive(Clone, Debug)]
pub(crate) struct SinPowers {
    npairs: usize,
    mant: Vec<f64>,
    exp: Vec<i64>,
}

/// The rows of [`SinPowers`] for one order, from some pair on.
#[derive(Clone, Copy)]
pub(crate) struct PowerRows<'a> {
    fine_mant: &'a [f64],
    fine_exp: &'a [i64],
    coarse_mant: &'a [f64],
    coarse_exp: &'a [i64],
}

impl PowerRows<'_> {
    /// $\sin^m\theta$ of the i-th pair of the rows as (mantissa in [0.5, 1) or 0, binary exponent).
    pub(crate) fn get(&self, i: usize) -> (f64, i64) {
        let product = self.fine_mant[i] * self.coarse_mant[i];
        if product == 0.0 {
            return (0.0, 0);
        }
        let (f, x) = frexp(product);
        (f, self.fine_exp[i] + self.coarse_exp[i] + x)
    }
}

impl SinPowers {
    /// Powers of the pairs' sin θ (≥ 0; a pole has sin^0 = 1 and every other power 0).
    pub(crate) fn new(sines: &[f64], mmax: usize) -> SinPowers {
        let npairs = sines.len();
        let exponents = (0..FINE_POWERS).chain((0..=mmax / FINE_POWERS).map(|q| q * FINE_POWERS));
        let (mut mant, mut exp) = (Vec::new(), Vec::new());
        for n in exponents {
            for &s in sines {
                let (f, e) = match (s > 0.0, n) {
                    (_, 0) => (1.0, 0),
                    (false, _) => (0.0, 0),
                    (true, _) => {
                        let (sm, se) = frexp(s);
                        pow_ext(sm, se, n)
                    }
                };
                mant.push(f);
                exp.push(e);
            }
        }
        SinPowers { npairs, mant, exp }
    }

    /// The rows giving $\sin^m\theta$ for the pairs from `first` on.
    pub(crate) fn rows(&self, m: usize, first: usize) -> PowerRows<'_> {
        let fine = (m % FINE_POWERS) * self.npairs + first;
        let coarse = (FINE_POWERS + m / FINE_POWERS) * self.npairs + first;
        let len = self.npairs - first;
        PowerRows {
            fine_mant: &self.mant[fine..fine + len],
            fine_exp: &self.exp[fine..fine + len],
            coarse_mant: &self.mant[coarse..coarse + len],
            coarse_exp: &self.exp[coarse..coarse + len],
        }
    }
}

/// Start value λ_mm = factor · sin^m θ of one ring as (mantissa, level): value =
/// mantissa · 2^(−256·level), from sin^m θ = (fm · cm) · 2^(fe + ce). Branch-free, so that
/// the compiler vectorises it over a block.
#[inline(always)]
fn start_value(fm: f64, fe: i64, cm: f64, ce: i64, factor: f64) -> (f64, i32) {
    let product = fm * cm * factor.abs();
    let (f, x) = frexp(product);
    let exp = fe + ce + x;
    // Level k such that exp + 256k lies in (RESCALE_BITS − 256, RESCALE_BITS].
    let level = ((RESCALE_BITS - exp).max(0)) >> 8;
    let value = f.copysign(factor) * pow2((exp + LEVEL_BITS * level).clamp(-1022, 1023));
    if product == 0.0 {
        (0.0, 0)
    } else {
        (value, level as i32)
    }
}

#[inline(always)]
fn all_zero<const NB: usize>(k: &[i32; NB]) -> bool {
    k.iter().all(|&v| v == 0)
}

/// Growth budget of one unchecked chunk: the running maximum of |μ| grows by at most
/// Π (max(|β_i|, |α_i + β_i|) + 1) ≤ 2^120 before the next rescale check. With [`RESCALE_AT`]
/// = 2^76 a masked mantissa stays below 2^196 (no overflow) and its true value below 2^−60.
const CHUNK_GROWTH: f64 = 1.329_227_995_784_916e36; // 2^120

/// Rescale checkpoints of one order: `out` = [0, b_1, …, ne], each span the longest over which
/// no |μ| can grow by more than [`CHUNK_GROWTH`] for any x² in [0, 1]. The multiplier
/// α_i x² + β_i is linear in x², so |α_i x² + β_i| ≤ max(|β_i|, |α_i + β_i|), and
/// |μ_{i+1}| ≤ (that + 1) · max(|μ_i|, |μ_{i−1}|). Computed once per order (in the plan's
/// recurrence table) and shared by every block of ring pairs.
pub(crate) fn rescale_bounds(alpha: &[f64], beta: &[f64], ne: usize, out: &mut Vec<u32>) {
    out.clear();
    out.push(0);
    let mut i = 0usize;
    while i < ne {
        let mut growth = 1.0;
        let mut e = i;
        while e < ne {
            growth *= beta[e].abs().max((alpha[e] + beta[e]).abs()) + 1.0;
            if growth > CHUNK_GROWTH {
                break;
            }
            e += 1;
        }
        i = e.max(i + 1);
        out.push(i as u32);
    }
}

/// After a chunk: lanes whose mantissa passed 2^76 on a level k > 0 move up one level, and
/// the accumulation mask is refreshed (1 for level 0, else 0).
///
/// Why dropping lanes with k > 0 inside a chunk is safe: at the chunk's start their values are
/// below 2^(76−256) = 2^−180 and they grow by at most 2^120 within it, so everything dropped is
/// below 2^−60 times the coefficients.
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

/// Recurrence-only steps `i..end` (no accumulation): while every lane of a block is below the
/// negligible threshold there is nothing to add, and a step costs 2 FMAs per lane instead of 6.
#[inline(always)]
fn recurrence_steps<const NB: usize, A: Madd>(
    inp: &MInput,
    x2: &[f64; NB],
    (mut p0, mut p1): ([f64; NB], [f64; NB]),
    range: std::ops::Range<usize>,
) -> ([f64; NB], [f64; NB]) {
    let (alpha, beta) = (inp.alpha, inp.beta);
    let (mut i, end) = (range.start, range.end);
    while i + 1 < end {
        let (al0, be0, al1, be1) = (alpha[i], beta[i], alpha[i + 1], beta[i + 1]);
        for q in 0..NB {
            p0[q] = A::madd(A::madd(al0, x2[q], be0), p1[q], -p0[q]);
            p1[q] = A::madd(A::madd(al1, x2[q], be1), p0[q], -p1[q]);
        }
        i += 2;
    }
    if i < end {
        (p0, p1) = step::<NB, A>(x2, alpha[i], beta[i], p0, p1);
    }
    (p0, p1)
}

/// One step with the roles moving on: (μ_{i−1}, μ_i) → (μ_i, μ_{i+1}).
#[inline(always)]
fn step<const NB: usize, A: Madd>(
    x2: &[f64; NB],
    al: f64,
    be: f64,
    p0: [f64; NB],
    p1: [f64; NB],
) -> ([f64; NB], [f64; NB]) {
    let mut next = [0.0f64; NB];
    for q in 0..NB {
        next[q] = A::madd(A::madd(al, x2[q], be), p1[q], -p0[q]);
    }
    (p1, next)
}

/// The recurrence-only loop ([`recurrence_steps`]) that synthesis and adjoint blocks run while
/// all their lanes are negligible.
pub(super) trait RecurrenceSteps<const NB: usize> {
    /// [`recurrence_steps`].
    fn recurrence(
        inp: &MInput,
        x2: &[f64; NB],
        p: ([f64; NB], [f64; NB]),
        range: std::ops::Range<usize>,
    ) -> ([f64; NB], [f64; NB]);
}

/// The generic loops with multiply-add `A`.
pub(super) struct Portable<A>(std::marker::PhantomData<A>);

impl<const NB: usize, A: Madd> RecurrenceSteps<NB> for Portable<A> {
    #[inline(always)]
    fn recurrence(
        inp: &MInput,
        x2: &[f64; NB],
        p: ([f64; NB], [f64; NB]),
        range: std::ops::Range<usize>,
    ) -> ([f64; NB], [f64; NB]) {
        recurrence_steps::<NB, A>(inp, x2, p, range)
    }
}

/// Loads the lanes of one block: (lane count, x, x², start mantissas, start levels). Padding
/// lanes are zero and contribute nothing.
#[inline(always)]
#[allow(clippy::type_complexity)]
fn load_block<const NB: usize>(
    inp: &MInput,
    first: usize,
) -> (usize, [f64; NB], [f64; NB], [f64; NB], [i32; NB]) {
    let n = (inp.cos.len() - first).min(NB);
    let (mut x, mut x2, mut p1, mut k) = ([0.0f64; NB], [0.0f64; NB], [0.0f64; NB], [0i32; NB]);
    let rows = &inp.powers;
    let at = first..first + n;
    let (cos, fm, fe) = (
        &inp.cos[at.clone()],
        &rows.fine_mant[at.clone()],
        &rows.fine_exp[at.clone()],
    );
    let (cm, ce) = (&rows.coarse_mant[at.clone()], &rows.coarse_exp[at]);
    for q in 0..n {
        x[q] = cos[q];
        x2[q] = cos[q] * cos[q];
        (p1[q], k[q]) = start_value(fm[q], fe[q], cm[q], ce[q], inp.start_factor);
    }
    (n, x, x2, p1, k)
}

/// Synthesis for one m: `out_e[p]` = $\sum_i c^e_i\mu_i(x_p)$ (the even ℓ−m part) and
/// `out_o[p]` = $x_p\sum_i c^o_i\mu_i(x_p)$ (the odd part) for every pair p: [`synth_m_many`]
/// for one field.
#[inline(always)]
pub(super) fn synth_m<const NB: usize, S: SynthSteps<NB, 1>>(
    inp: &MInput,
    ce: &[Complex64],
    co: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    synth_m_many::<NB, 1, S>(inp, &[ce], &[co], &mut [out_e], &mut [out_o])
}

/// Recurrence state (μ_{i−1}, μ_i) and the K fields' lane sums of one synthesis block, passed
/// by value between chunks so that the compiler keeps them in registers.
#[derive(Clone, Copy)]
pub(super) struct SynthState<const NB: usize, const K: usize> {
    pub(super) p0: [f64; NB],
    pub(super) p1: [f64; NB],
    pub(super) sums: [[[f64; NB]; 4]; K],
}

/// The inner loop of a synthesis block of K fields: the generic [`synth_steps`] ([`Portable`]),
/// or an ISA's intrinsics version with the same fused operations in the same order, so the
/// results are bitwise equal (AVX2: the compiled generic lane loops stayed scalar,
/// `vfmadd231sd`, 2.5× slower than the portable kernel; AVX-512 with K > 1: the compiled loop
/// kept its sums on the stack).
pub(super) trait SynthSteps<const NB: usize, const K: usize>: RecurrenceSteps<NB> {
    /// [`synth_steps`].
    fn steps(
        inp: &MInput,
        ce: &[&[Complex64]; K],
        co: &[&[Complex64]; K],
        x2: &[f64; NB],
        state: SynthState<NB, K>,
        range: std::ops::Range<usize>,
    ) -> SynthState<NB, K>;
}

impl<const NB: usize, const K: usize, A: Madd> SynthSteps<NB, K> for Portable<A> {
    #[inline(always)]
    fn steps(
        inp: &MInput,
        ce: &[&[Complex64]; K],
        co: &[&[Complex64]; K],
        x2: &[f64; NB],
        state: SynthState<NB, K>,
        range: std::ops::Range<usize>,
    ) -> SynthState<NB, K> {
        synth_steps::<NB, K, A>(inp, ce, co, x2, state, range)
    }
}

/// Synthesis steps `i..end` of one block for K fields sharing one recurrence, two steps per
/// iteration (p0 and p1 swap roles instead of moving): adds $c^e_i\mu_i$ and $c^o_i\mu_i$ of
/// every field to its lane sums (even re, even im, odd re, odd im) and advances (p0, p1) =
/// (μ_{i−1}, μ_i). Each field's sums get the same operations in the same order whatever K, so
/// K fields together give bitwise the K one-field results, with μ computed once (2 of the
/// 4K + 2 FMAs per lane and step).
#[inline(always)]
fn synth_steps<const NB: usize, const K: usize, A: Madd>(
    inp: &MInput,
    ce: &[&[Complex64]; K],
    co: &[&[Complex64]; K],
    x2: &[f64; NB],
    state: SynthState<NB, K>,
    range: std::ops::Range<usize>,
) -> SynthState<NB, K> {
    let (alpha, beta) = (inp.alpha, inp.beta);
    let SynthState {
        mut p0,
        mut p1,
        mut sums,
    } = state;
    let (mut i, end) = (range.start, range.end);
    while i + 1 < end {
        let (al0, be0, al1, be1) = (alpha[i], beta[i], alpha[i + 1], beta[i + 1]);
        add_step::<NB, K, A>(&mut sums, ce, co, i, &p1);
        for q in 0..NB {
            p0[q] = A::madd(A::madd(al0, x2[q], be0), p1[q], -p0[q]);
        }
        add_step::<NB, K, A>(&mut sums, ce, co, i + 1, &p0);
        for q in 0..NB {
            p1[q] = A::madd(A::madd(al1, x2[q], be1), p0[q], -p1[q]);
        }
        i += 2;
    }
    if i < end {
        add_step::<NB, K, A>(&mut sums, ce, co, i, &p1);
        (p0, p1) = step::<NB, A>(x2, alpha[i], beta[i], p0, p1);
    }
    SynthState { p0, p1, sums }
}

/// The K fields' four sums of one step: coefficients (c^e_i, c^o_i) of each field times μ_i.
#[inline(always)]
fn add_step<const NB: usize, const K: usize, A: Madd>(
    sums: &mut [[[f64; NB]; 4]; K],
    ce: &[&[Complex64]; K],
    co: &[&[Complex64]; K],
    i: usize,
    mu: &[f64; NB],
) {
    for f in 0..K {
        let (a, b) = (ce[f][i], co[f][i]);
        let [er, ei, or, oi] = &mut sums[f];
        for q in 0..NB {
            er[q] = A::madd(a.re, mu[q], er[q]);
            ei[q] = A::madd(a.im, mu[q], ei[q]);
            or[q] = A::madd(b.re, mu[q], or[q]);
            oi[q] = A::madd(b.im, mu[q], oi[q]);
        }
    }
}

/// Sums over the steps i for one block and K fields: per field (even re, even im, odd re,
/// odd im) per lane, $\sum_i c^e_i\mu_i$ and $\sum_i c^o_i\mu_i$ (the odd part before its factor x).
///
/// While some lane is below the negligible threshold (level k > 0), the steps run in the
/// order's unchecked chunks ([`rescale_bounds`]) at full speed on every lane; after each chunk
/// the sums of the lanes that were masked during it are dropped, then the levels are updated.
/// Chunks in which every lane is masked run only the recurrence.
#[inline(always)]
fn synth_block<const NB: usize, const K: usize, S: SynthSteps<NB, K>>(
    inp: &MInput,
    ce: &[&[Complex64]; K],
    co: &[&[Complex64]; K],
    x2: &[f64; NB],
    p1: [f64; NB],
    mut k: [i32; NB],
) -> [[[f64; NB]; 4]; K] {
    let ne = inp.ne;
    let mut state = SynthState {
        p0: [0.0f64; NB],
        p1,
        sums: [[[0.0f64; NB]; 4]; K],
    };
    let mut mask = [0.0f64; NB];
    let (mut i, mut chunk) = (0usize, 1usize);
    rescale(&mut state.p0, &mut state.p1, &mut k, &mut mask);
    while !all_zero(&k) {
        let end = inp.bounds[chunk] as usize;
        if mask.iter().all(|&v| v == 0.0) {
            (state.p0, state.p1) = S::recurrence(inp, x2, (state.p0, state.p1), i..end);
        } else {
            state = S::steps(inp, ce, co, x2, state, i..end);
            for lane_sums in state.sums.iter_mut().flatten() {
                for q in 0..NB {
                    if mask[q] == 0.0 {
                        lane_sums[q] = 0.0;
                    }
                }
            }
        }
        (i, chunk) = (end, chunk + 1);
        if i >= ne {
            return state.sums;
        }
        rescale(&mut state.p0, &mut state.p1, &mut k, &mut mask);
    }
    S::steps(inp, ce, co, x2, state, i..ne).sums
}

/// Synthesis for one m and K fields at once: `out_e[f]`, `out_o[f]` as [`synth_m`] gives them
/// for field f's coefficients `ce[f]`, `co[f]`, bit for bit.
#[inline(always)]
pub(super) fn synth_m_many<const NB: usize, const K: usize, S: SynthSteps<NB, K>>(
    inp: &MInput,
    ce: &[&[Complex64]; K],
    co: &[&[Complex64]; K],
    out_e: &mut [&mut [Complex64]; K],
    out_o: &mut [&mut [Complex64]; K],
) {
    let mut first = 0;
    while first < inp.cos.len() {
        let (n, x, x2, p1, k) = load_block::<NB>(inp, first);
        let sums = synth_block::<NB, K, S>(inp, ce, co, &x2, p1, k);
        for (f, [er, ei, or, oi]) in sums.iter().enumerate() {
            for q in 0..n {
                out_e[f][first + q] = Complex64::new(er[q], ei[q]);
                out_o[f][first + q] = Complex64::new(or[q], oi[q]) * x[q];
            }
        }
        first += NB;
    }
}

/// Adds lane products to row `i` of `acc` (rows of 4H: even re, even im, odd re, odd im lanes;
/// lanes h, h+H, … of the block are summed into lane h). With `FIRST` the row is overwritten
/// instead (the first block of an order initialises the rows, so they need no zeroing; the
/// first product is a plain multiply, which rounds exactly as a multiply-add onto zero).
#[inline(always)]
fn accumulate_row<const NB: usize, const H: usize, const FIRST: bool, A: Madd>(
    acc: &mut [f64],
    i: usize,
    v: &[f64; NB],
    f: [&[f64; NB]; 4],
) {
    let row = &mut acc[4 * H * i..4 * H * (i + 1)];
    for (p, fp) in f.iter().enumerate() {
        for h in 0..H {
            let top = NB / H - 1;
            let mut sum = if FIRST {
                v[h + top * H] * fp[h + top * H]
            } else {
                A::madd(v[h + top * H], fp[h + top * H], row[p * H + h])
            };
            for q in (0..top).rev() {
                sum = A::madd(v[h + q * H], fp[h + q * H], sum);
            }
            row[p * H + h] = sum;
        }
    }
}

/// Adjoint steps `i..end` of one block, two per iteration: adds the lane products
/// $\mu_i f$ to row i of `acc` (see [`accumulate_row`]) and advances (p0, p1) = (μ_{i−1}, μ_i).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn adjoint_steps<const NB: usize, const H: usize, const FIRST: bool, A: Madd>(
    inp: &MInput,
    x2: &[f64; NB],
    (mut p0, mut p1): ([f64; NB], [f64; NB]),
    f: [&[f64; NB]; 4],
    acc: &mut [f64],
    range: std::ops::Range<usize>,
) -> ([f64; NB], [f64; NB]) {
    let (alpha, beta) = (inp.alpha, inp.beta);
    let (mut i, end) = (range.start, range.end);
    while i + 1 < end {
        let (al0, be0, al1, be1) = (alpha[i], beta[i], alpha[i + 1], beta[i + 1]);
        accumulate_row::<NB, H, FIRST, A>(acc, i, &p1, f);
        for q in 0..NB {
            p0[q] = A::madd(A::madd(al0, x2[q], be0), p1[q], -p0[q]);
        }
        accumulate_row::<NB, H, FIRST, A>(acc, i + 1, &p0, f);
        for q in 0..NB {
            p1[q] = A::madd(A::madd(al1, x2[q], be1), p0[q], -p1[q]);
        }
        i += 2;
    }
    if i < end {
        accumulate_row::<NB, H, FIRST, A>(acc, i, &p1, f);
        (p0, p1) = step::<NB, A>(x2, alpha[i], beta[i], p0, p1);
    }
    (p0, p1)
}

/// The two inner loops of an adjoint block: [`adjoint_steps`] and [`recurrence_steps`], generic
/// ([`Portable`]) or written with intrinsics by an ISA whose compiled loops are slow (AVX2: the
/// compiled loop kept bounds checks and spilled the lane inputs), with the same fused
/// operations in the same order, hence the same bits.
pub(super) trait AdjointSteps<const NB: usize, const H: usize>: RecurrenceSteps<NB> {
    /// [`adjoint_steps`].
    fn adjoint<const FIRST: bool>(
        inp: &MInput,
        x2: &[f64; NB],
        p: ([f64; NB], [f64; NB]),
        f: [&[f64; NB]; 4],
        acc: &mut [f64],
        range: std::ops::Range<usize>,
    ) -> ([f64; NB], [f64; NB]);
}

impl<const NB: usize, const H: usize, A: Madd> AdjointSteps<NB, H> for Portable<A> {
    #[inline(always)]
    fn adjoint<const FIRST: bool>(
        inp: &MInput,
        x2: &[f64; NB],
        p: ([f64; NB], [f64; NB]),
        f: [&[f64; NB]; 4],
        acc: &mut [f64],
        range: std::ops::Range<usize>,
    ) -> ([f64; NB], [f64; NB]) {
        adjoint_steps::<NB, H, FIRST, A>(inp, x2, p, f, acc, range)
    }
}

/// Adjoint sums for one block into `acc` (see [`accumulate_row`]); `f` = even re, even im,
/// and the odd re, im inputs already multiplied by x. While some lane is below the negligible
/// threshold, the order's unchecked chunks run with that lane's inputs replaced by zeros, or
/// only the recurrence when every lane is.
#[inline(always)]
fn adjoint_block<const NB: usize, const H: usize, const FIRST: bool, S: AdjointSteps<NB, H>>(
    inp: &MInput,
    x2: &[f64; NB],
    mut p1: [f64; NB],
    mut k: [i32; NB],
    f: [&[f64; NB]; 4],
    acc: &mut [f64],
) {
    let ne = inp.ne;
    let mut p0 = [0.0f64; NB];
    let mut mask = [0.0f64; NB];
    let (mut i, mut chunk) = (0usize, 1usize);
    rescale(&mut p0, &mut p1, &mut k, &mut mask);
    while !all_zero(&k) {
        let end = inp.bounds[chunk] as usize;
        if mask.iter().all(|&v| v == 0.0) {
            if FIRST {
                acc[4 * H * i..4 * H * end].fill(0.0);
            }
            (p0, p1) = S::recurrence(inp, x2, (p0, p1), i..end);
        } else {
            let mut masked = [[0.0f64; NB]; 4];
            for (m, fp) in masked.iter_mut().zip(f) {
                for q in 0..NB {
                    m[q] = if mask[q] == 0.0 { 0.0 } else { fp[q] };
                }
            }
            let fm = [&masked[0], &masked[1], &masked[2], &masked[3]];
            (p0, p1) = S::adjoint::<FIRST>(inp, x2, (p0, p1), fm, acc, i..end);
        }
        (i, chunk) = (end, chunk + 1);
        if i >= ne {
            return;
        }
        rescale(&mut p0, &mut p1, &mut k, &mut mask);
    }
    S::adjoint::<FIRST>(inp, x2, (p0, p1), f, acc, i..ne);
}

/// Length of the accumulator [`adjoint_m`] needs for `ne` steps (the widest ISA's rows).
pub(crate) fn adjoint_scratch_len(ne: usize) -> usize {
    32 * ne
}

/// Adjoint for one m, first stage: fills the first `4H·ne` values of `acc` (at least
/// [`adjoint_scratch_len`] long) with rows whose lane sums ([`reduce_rows`]) are
/// `out_e[i]` = $\sum_p \mu_i(x_p)E_p$ and `out_o[i]` = $\sum_p \mu_i(x_p)\,x_p O_p$ for i < ne, from the
/// even / odd pair combinations E, O. There must be at least one pair ([`adjoint`] handles
/// the empty case), since the first block is what initialises the rows.
#[inline(always)]
pub(super) fn adjoint_m<const NB: usize, const H: usize, S: AdjointSteps<NB, H>>(
    inp: &MInput,
    src: &PairSource,
    acc: &mut [f64],
) {
    debug_assert_eq!(NB % H, 0);
    debug_assert!(!inp.cos.is_empty());
    let acc = &mut acc[..4 * H * inp.ne];
    let mut first = 0;
    while first < inp.cos.len() {
        let (n, x, x2, p1, k) = load_block::<NB>(inp, first);
        let mut f = [[0.0f64; NB]; 4];
        for q in 0..n {
            let (n_at, s_at, wn, ws) = src.gather[first + q];
            let (north, south) = (
                src.leg[n_at + src.shift] * wn,
                src.leg[s_at + src.shift] * ws,
            );
            let (e, o) = (north + south, (north - south) * x[q]);
            f[0][q] = e.re;
            f[1][q] = e.im;
            f[2][q] = o.re;
            f[3][q] = o.im;
        }
        // The next block's ring coefficients are scattered over the leg array (one cache line
        // per ring): ask for them now, so they arrive while this block's steps run.
        let next = (first + NB).min(inp.cos.len());
        let after = (first + 2 * NB).min(inp.cos.len());
        for &(n_at, s_at, _, _) in &src.gather[next..after] {
            prefetch(&src.leg[n_at + src.shift]);
            prefetch(&src.leg[s_at + src.shift]);
        }
        let f = [&f[0], &f[1], &f[2], &f[3]];
        // Every block runs all ne steps, so the first one writes every row.
        if first == 0 {
            adjoint_block::<NB, H, true, S>(inp, &x2, p1, k, f, acc);
        } else {
            adjoint_block::<NB, H, false, S>(inp, &x2, p1, k, f, acc);
        }
        first += NB;
    }
}

/// Portable second stage of [`adjoint_m`]: the four lane sums of every accumulator row (even re,
/// even im, odd re, odd im) into `out_e`, `out_o`. The ISA files replace it with shuffles where
/// the compiler would otherwise gather across rows.
#[inline(always)]
pub(super) fn reduce_rows<const H: usize>(
    acc: &[f64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    let rows = acc.chunks_exact(4 * H);
    for ((row, e), o) in rows.zip(out_e.iter_mut()).zip(out_o.iter_mut()) {
        let part = |j: usize| row[j * H..(j + 1) * H].iter().sum::<f64>();
        *e = Complex64::new(part(0), part(1));
        *o = Complex64::new(part(2), part(3));
    }
}

/// A hint that `value` will be read soon (no effect on results).
#[inline(always)]
fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch only hints the cache; the pointer comes from a live reference.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
            (value as *const T).cast::<i8>(),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// Where the adjoint kernel reads the ring-pair values of one order: pair p's northern and
/// southern Fourier coefficients are `leg[gather[p].0 + shift]` and `leg[gather[p].1 + shift]`,
/// weighted by `gather[p].2`, `.3` (a ring without a mirror is read twice with one weight 0), so
/// that E = N + S and O = N − S are formed as the kernel loads each block.
pub(crate) struct PairSource<'a> {
    pub leg: &'a [Complex64],
    pub gather: &'a [(usize, usize, f64, f64)],
    pub shift: usize,
}

/// Synthesis sums for one m on the given instruction set (see [`synth_m`]).
pub(crate) fn synthesis(
    isa: Isa,
    inp: &MInput,
    ce: &[Complex64],
    co: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    match isa {
        // SAFETY: an `Isa::Avx512` value only exists after `Isa::detect`/`checked` saw AVX-512F and FMA.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx512 => unsafe { avx512::synthesis(inp, ce, co, out_e, out_o) },
        // SAFETY: an `Isa::Avx2` value only exists after `Isa::detect`/`checked` saw AVX2 and FMA.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => unsafe { avx2::synthesis(inp, ce, co, out_e, out_o) },
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => neon::synthesis(inp, ce, co, out_e, out_o),
        // Unreachable: `Isa::checked` never yields another architecture's instruction set.
        #[cfg(not(target_arch = "x86_64"))]
        Isa::Avx2 | Isa::Avx512 => scalar::synthesis(inp, ce, co, out_e, out_o),
        #[cfg(not(target_arch = "aarch64"))]
        Isa::Neon => scalar::synthesis(inp, ce, co, out_e, out_o),
        Isa::Scalar => scalar::synthesis(inp, ce, co, out_e, out_o),
    }
}

/// Fields per pass of [`synthesis_many`].
pub(crate) const MANY: usize = 4;

/// Synthesis sums for one m of [`MANY`] fields (see [`synth_m_many`]): on AVX-512 one shared
/// recurrence (blocks of 8 ring pairs, one vector per quantity and field), on AVX2 one per pair
/// of fields (blocks of 4 ring pairs); elsewhere field by field. Either way each field's sums are
/// bitwise those of [`synthesis`].
pub(crate) fn synthesis_many(
    isa: Isa,
    inp: &MInput,
    ce: &[&[Complex64]; MANY],
    co: &[&[Complex64]; MANY],
    out_e: &mut [&mut [Complex64]; MANY],
    out_o: &mut [&mut [Complex64]; MANY],
) {
    match isa {
        // SAFETY: see `synthesis`.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx512 => unsafe { avx512::synthesis_many(inp, ce, co, out_e, out_o) },
        // SAFETY: see `synthesis`.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => unsafe { avx2::synthesis_many(inp, ce, co, out_e, out_o) },
        _ => {
            for f in 0..MANY {
                synthesis(isa, inp, ce[f], co[f], out_e[f], out_o[f]);
            }
        }
    }
}

/// Adjoint sums for one m on the given instruction set (see [`adjoint_m`]).
pub(crate) fn adjoint(
    isa: Isa,
    inp: &MInput,
    src: &PairSource,
    acc: &mut [f64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    let (out_e, out_o) = (&mut out_e[..inp.ne], &mut out_o[..inp.ne]);
    if inp.cos.is_empty() {
        out_e.fill(Complex64::new(0.0, 0.0));
        out_o.fill(Complex64::new(0.0, 0.0));
        return;
    }
    match isa {
        // SAFETY: see `synthesis`.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx512 => unsafe { avx512::adjoint(inp, src, acc, out_e, out_o) },
        // SAFETY: see `synthesis`.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => unsafe { avx2::adjoint(inp, src, acc, out_e, out_o) },
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => neon::adjoint(inp, src, acc, out_e, out_o),
        // Unreachable: `Isa::checked` never yields another architecture's instruction set.
        #[cfg(not(target_arch = "x86_64"))]
        Isa::Avx2 | Isa::Avx512 => scalar::adjoint(inp, src, acc, out_e, out_o),
        #[cfg(not(target_arch = "aarch64"))]
        Isa::Neon => scalar::adjoint(inp, src, acc, out_e, out_o),
        Isa::Scalar => scalar::adjoint(inp, src, acc, out_e, out_o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_values_match_direct_products() {
        // λ_mm = factor · sin^m θ where representable.
        let s = 0.3f64;
        let powers = SinPowers::new(&[0.0, s], 5000);
        let start = |m: usize, factor: f64, pair: usize| {
            let r = powers.rows(m, pair);
            start_value(
                r.fine_mant[0],
                r.fine_exp[0],
                r.coarse_mant[0],
                r.coarse_exp[0],
                factor,
            )
        };
        // Reference s^m in double-double arithmetic (relative error ~m·2^-104). Ours is a
        // product of m factors s (through the fine and coarse powers) and the factor: the usual
        // a-priori bound for a product of n + 1 numbers is n rounding errors, here n = m + 2
        // (counting the renormalisations).
        let mut exact = (1.0f64, 0.0f64);
        for m in 0usize..=129 {
            if m > 0 {
                let hi = exact.0 * s;
                let lo = exact.0.mul_add(s, -hi) + exact.1 * s;
                exact = (hi + lo, lo - ((hi + lo) - hi));
            }
            let (v, k) = start(m, -1.25, 1);
            let got = v * pow2(-LEVEL_BITS).powi(k);
            let direct = -1.25 * exact.0;
            let roundings = (m + 2) as f64;
            assert!(
                (got - direct).abs() <= roundings * f64::EPSILON / 2.0 * direct.abs(),
                "m={m}: {got} vs {direct}"
            );
        }
        // Far below f64 range: level > 0 and mantissa in range.
        let (v, k) = start(5000, 1.0, 1);
        assert!(k > 0 && v.abs() < RESCALE_AT && v.abs() >= pow2(RESCALE_BITS - LEVEL_BITS - 1));
        // A pole: λ_00 = factor, λ_mm = 0 for m > 0.
        assert_eq!(start(0, -0.5, 0), (-0.5, 0));
        assert_eq!(start(1, -0.5, 0), (0.0, 0));
        assert_eq!(start(64, 0.5, 0), (0.0, 0));
    }
}
