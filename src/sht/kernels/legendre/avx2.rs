//! AVX2 + FMA Legendre kernels: synthesis on blocks of 8 ring pairs (two 4-lane vectors per
//! quantity), the adjoint on blocks of 16 (four vectors per quantity).
//!
//! The inner loops are written with intrinsics ([`Avx2Steps`]): compiled from the generic lane
//! loops, the synthesis stayed scalar (`vfmadd231sd`, 2.5× slower than the portable kernel) and
//! the adjoint kept a bounds check per row, shuffled its lane inputs between registers every
//! step and spilled some of them (AVX2 has 16 vector registers).
//!
//! The adjoint's per-degree sums are rows in memory (16 values per step), larger than L1 at
//! high lmax, so its speed is set by how many FMAs each row visit carries: with 16 ring pairs
//! per block a visit carries 16 of them instead of 8 (`perf` at lmax 1023 put the row loads
//! and stores of the 8-pair kernel at the top of its profile).

use std::arch::x86_64::*;
use std::ops::Range;

use super::{
    adjoint_m, synth_m, synth_m_many, AdjointSteps, MInput, PairSource, Portable, RecurrenceSteps,
    SynthState, SynthSteps, MANY,
};
use crate::sht::kernels::Fused;

/// Ring pairs per block of the adjoint.
const ADJOINT_PAIRS: usize = 16;
use num_complex::Complex64;

/// # Safety
/// The CPU must support AVX2 and FMA (guaranteed by holding `Isa::Avx2`).
#[target_feature(enable = "avx2,fma")]
pub(super) unsafe fn synthesis(
    inp: &MInput,
    ce: &[Complex64],
    co: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    synth_m::<8, Avx2Steps>(inp, ce, co, out_e, out_o)
}

/// Fields that share one recurrence in [`synthesis_many`]: with one vector (4 ring pairs) per
/// quantity, 2 fields' 8 sums, μ_{i−1}, μ_i and x² take 11 of the 16 vector registers.
const SHARED: usize = 2;

/// # Safety
/// The CPU must support AVX2 and FMA (guaranteed by holding `Isa::Avx2`).
#[target_feature(enable = "avx2,fma")]
pub(super) unsafe fn synthesis_many(
    inp: &MInput,
    ce: &[&[Complex64]; MANY],
    co: &[&[Complex64]; MANY],
    out_e: &mut [&mut [Complex64]; MANY],
    out_o: &mut [&mut [Complex64]; MANY],
) {
    let mut out_e = out_e.iter_mut();
    let mut out_o = out_o.iter_mut();
    for f in (0..MANY).step_by(SHARED) {
        let ce: [&[Complex64]; SHARED] = std::array::from_fn(|k| ce[f + k]);
        let co: [&[Complex64]; SHARED] = std::array::from_fn(|k| co[f + k]);
        let mut e: [&mut [Complex64]; SHARED] =
            std::array::from_fn(|_| &mut **out_e.next().expect("MANY outputs"));
        let mut o: [&mut [Complex64]; SHARED] =
            std::array::from_fn(|_| &mut **out_o.next().expect("MANY outputs"));
        synth_m_many::<4, SHARED, ManyAvx2>(inp, &ce, &co, &mut e, &mut o);
    }
}

/// The shared-recurrence synthesis loop of [`synthesis_many`], one `__m256d` per quantity and
/// field, with the generic loop's fused operations in the same order (bitwise equal results).
struct ManyAvx2;

impl RecurrenceSteps<4> for ManyAvx2 {
    #[inline(always)]
    fn recurrence(
        inp: &MInput,
        x2: &[f64; 4],
        p: ([f64; 4], [f64; 4]),
        range: Range<usize>,
    ) -> ([f64; 4], [f64; 4]) {
        <Portable<Fused> as RecurrenceSteps<4>>::recurrence(inp, x2, p, range)
    }
}

impl SynthSteps<4, SHARED> for ManyAvx2 {
    #[inline(always)]
    fn steps(
        inp: &MInput,
        ce: &[&[Complex64]; SHARED],
        co: &[&[Complex64]; SHARED],
        x2: &[f64; 4],
        state: SynthState<4, SHARED>,
        range: Range<usize>,
    ) -> SynthState<4, SHARED> {
        // SAFETY: this type is only used by `synthesis_many` above, which requires AVX2 and FMA.
        unsafe { many_steps(inp, ce, co, x2, state, range) }
    }
}

/// # Safety
/// The CPU must support AVX2 and FMA.
#[target_feature(enable = "avx2,fma")]
unsafe fn many_steps(
    inp: &MInput,
    ce: &[&[Complex64]; SHARED],
    co: &[&[Complex64]; SHARED],
    x2: &[f64; 4],
    state: SynthState<4, SHARED>,
    range: Range<usize>,
) -> SynthState<4, SHARED> {
    let x2 = Lanes::<1>::load(x2);
    let (mut p0, mut p1) = (Lanes::<1>::load(&state.p0), Lanes::<1>::load(&state.p1));
    let s: [[Lanes<1>; 4]; SHARED] = state.sums.map(|f| f.map(|v| Lanes::<1>::load(&v)));
    // Every input walked by one iterator (two steps at a time), so the loop carries no index
    // checks.
    let (alpha, beta) = (&inp.alpha[range.clone()], &inp.beta[range.clone()]);
    let [ce0, ce1] = [&ce[0][range.clone()], &ce[1][range.clone()]];
    let [co0, co1] = [&co[0][range.clone()], &co[1][range]];
    #[inline(always)]
    fn add(s: &mut [Lanes<1>; 4], a: Complex64, b: Complex64, mu: Lanes<1>) {
        s[0] = fmadd(splat(a.re), mu, s[0]);
        s[1] = fmadd(splat(a.im), mu, s[1]);
        s[2] = fmadd(splat(b.re), mu, s[2]);
        s[3] = fmadd(splat(b.im), mu, s[3]);
    }
    let [mut s0, mut s1] = s;
    let steps = alpha
        .chunks_exact(2)
        .zip(beta.chunks_exact(2))
        .zip(ce0.chunks_exact(2).zip(co0.chunks_exact(2)))
        .zip(ce1.chunks_exact(2).zip(co1.chunks_exact(2)));
    for (((al, be), (e0, o0)), (e1, o1)) in steps {
        add(&mut s0, e0[0], o0[0], p1);
        add(&mut s1, e1[0], o1[0], p1);
        p0 = advance(splat(al[0]), splat(be[0]), x2, p1, p0);
        add(&mut s0, e0[1], o0[1], p0);
        add(&mut s1, e1[1], o1[1], p0);
        p1 = advance(splat(al[1]), splat(be[1]), x2, p0, p1);
    }
    if alpha.len() % 2 == 1 {
        let i = alpha.len() - 1;
        add(&mut s0, ce0[i], co0[i], p1);
        add(&mut s1, ce1[i], co1[i], p1);
        (p0, p1) = (p1, advance(splat(alpha[i]), splat(beta[i]), x2, p1, p0));
    }
    let s = [s0, s1];
    SynthState {
        p0: p0.store(),
        p1: p1.store(),
        sums: s.map(|f| f.map(Lanes::store)),
    }
}

/// The synthesis loops on two `__m256d` per quantity (8 ring pairs), with the same fused
/// operations in the same order as the generic loops with `Fused` (bitwise equal results):
/// sums `s = fma(c, μ_i, s)`, recurrence `μ_{i+1} = fma(fma(α_i, x², β_i), μ_i, −μ_{i−1})`.
pub(super) struct Avx2Steps;

impl SynthSteps<8, 1> for Avx2Steps {
    #[inline(always)]
    fn steps(
        inp: &MInput,
        ce: &[&[Complex64]; 1],
        co: &[&[Complex64]; 1],
        x2: &[f64; 8],
        state: SynthState<8, 1>,
        range: Range<usize>,
    ) -> SynthState<8, 1> {
        // SAFETY: this type is only used by `synthesis` above, which requires AVX2 and FMA.
        unsafe { synth_steps(inp, ce[0], co[0], x2, state, range) }
    }
}

impl RecurrenceSteps<8> for Avx2Steps {
    #[inline(always)]
    fn recurrence(
        inp: &MInput,
        x2: &[f64; 8],
        p: ([f64; 8], [f64; 8]),
        range: Range<usize>,
    ) -> ([f64; 8], [f64; 8]) {
        // SAFETY: this type is only used by `synthesis` and `adjoint` below, which require
        // AVX2 and FMA.
        unsafe { recurrence_steps::<8, 2>(inp, x2, p, range) }
    }
}

impl RecurrenceSteps<ADJOINT_PAIRS> for Avx2Steps {
    #[inline(always)]
    fn recurrence(
        inp: &MInput,
        x2: &[f64; ADJOINT_PAIRS],
        p: ([f64; ADJOINT_PAIRS], [f64; ADJOINT_PAIRS]),
        range: Range<usize>,
    ) -> ([f64; ADJOINT_PAIRS], [f64; ADJOINT_PAIRS]) {
        // SAFETY: as for the 8-pair blocks.
        unsafe { recurrence_steps::<ADJOINT_PAIRS, 4>(inp, x2, p, range) }
    }
}

/// V vectors holding the 4V lanes of a block.
#[derive(Clone, Copy)]
struct Lanes<const V: usize>([__m256d; V]);

impl<const V: usize> Lanes<V> {
    #[inline(always)]
    fn load<const NB: usize>(v: &[f64; NB]) -> Lanes<V> {
        const { assert!(NB == 4 * V) };
        // SAFETY: AVX is available wherever these kernels run (see `Avx2Steps`); load k reads
        // the 4 values v[4k..4k + 4], inside `v` since NB = 4V.
        Lanes(std::array::from_fn(|k| unsafe {
            _mm256_loadu_pd(v.as_ptr().add(4 * k))
        }))
    }

    #[inline(always)]
    fn store<const NB: usize>(self) -> [f64; NB] {
        const { assert!(NB == 4 * V) };
        let mut out = [0.0; NB];
        for (k, v) in self.0.into_iter().enumerate() {
            // SAFETY: as in `load`; store k writes out[4k..4k + 4].
            unsafe { _mm256_storeu_pd(out.as_mut_ptr().add(4 * k), v) };
        }
        out
    }
}

/// `c·v + s` on every vector (c broadcast).
#[inline(always)]
fn fmadd<const V: usize>(c: __m256d, v: Lanes<V>, s: Lanes<V>) -> Lanes<V> {
    // SAFETY: FMA is available wherever these kernels run (see `Avx2Steps`).
    Lanes(std::array::from_fn(|k| unsafe {
        _mm256_fmadd_pd(c, v.0[k], s.0[k])
    }))
}

/// One recurrence step: `fma(fma(α, x², β), cur, −prev)`.
#[inline(always)]
fn advance<const V: usize>(
    al: __m256d,
    be: __m256d,
    x2: Lanes<V>,
    cur: Lanes<V>,
    prev: Lanes<V>,
) -> Lanes<V> {
    // SAFETY: as in `fmadd`.
    Lanes(std::array::from_fn(|k| unsafe {
        let t = _mm256_fmadd_pd(al, x2.0[k], be);
        _mm256_fmsub_pd(t, cur.0[k], prev.0[k])
    }))
}

#[inline(always)]
fn splat(v: f64) -> __m256d {
    // SAFETY: as in `fmadd`.
    unsafe { _mm256_set1_pd(v) }
}

/// The four sums of one step: coefficients (c^e_i, c^o_i) times μ_i.
#[inline(always)]
fn accumulate(e: &Complex64, o: &Complex64, mu: Lanes<2>, s: [&mut Lanes<2>; 4]) {
    let [er, ei, or, oi] = s;
    *er = fmadd(splat(e.re), mu, *er);
    *ei = fmadd(splat(e.im), mu, *ei);
    *or = fmadd(splat(o.re), mu, *or);
    *oi = fmadd(splat(o.im), mu, *oi);
}

/// # Safety
/// The CPU must support AVX2 and FMA.
#[target_feature(enable = "avx2,fma")]
unsafe fn synth_steps(
    inp: &MInput,
    ce: &[Complex64],
    co: &[Complex64],
    x2: &[f64; 8],
    state: SynthState<8, 1>,
    range: Range<usize>,
) -> SynthState<8, 1> {
    // Sub-slices of the range, walked two steps at a time without index checks; the sums
    // are separate locals so that all twelve state vectors stay in registers.
    let (ce, co) = (&ce[range.clone()], &co[range.clone()]);
    let (alpha, beta) = (&inp.alpha[range.clone()], &inp.beta[range]);
    let x2 = Lanes::<2>::load(x2);
    let (mut p0, mut p1) = (Lanes::<2>::load(&state.p0), Lanes::<2>::load(&state.p1));
    let [mut er, mut ei, mut or, mut oi] = state.sums[0].map(|s| Lanes::<2>::load(&s));
    let pairs = ce
        .chunks_exact(2)
        .zip(co.chunks_exact(2))
        .zip(alpha.chunks_exact(2).zip(beta.chunks_exact(2)));
    for ((e, o), (al, be)) in pairs {
        accumulate(&e[0], &o[0], p1, [&mut er, &mut ei, &mut or, &mut oi]);
        p0 = advance(splat(al[0]), splat(be[0]), x2, p1, p0);
        accumulate(&e[1], &o[1], p0, [&mut er, &mut ei, &mut or, &mut oi]);
        p1 = advance(splat(al[1]), splat(be[1]), x2, p0, p1);
    }
    if ce.len() % 2 == 1 {
        let last = ce.len() - 1;
        accumulate(
            &ce[last],
            &co[last],
            p1,
            [&mut er, &mut ei, &mut or, &mut oi],
        );
        (p0, p1) = (
            p1,
            advance(splat(alpha[last]), splat(beta[last]), x2, p1, p0),
        );
    }
    SynthState {
        p0: p0.store(),
        p1: p1.store(),
        sums: [[er, ei, or, oi].map(Lanes::store)],
    }
}

/// # Safety
/// The CPU must support AVX2 and FMA.
#[target_feature(enable = "avx2,fma")]
unsafe fn recurrence_steps<const NB: usize, const V: usize>(
    inp: &MInput,
    x2: &[f64; NB],
    (p0, p1): ([f64; NB], [f64; NB]),
    range: Range<usize>,
) -> ([f64; NB], [f64; NB]) {
    let (alpha, beta) = (inp.alpha, inp.beta);
    let x2 = Lanes::<V>::load(x2);
    let (mut p0, mut p1) = (Lanes::<V>::load(&p0), Lanes::<V>::load(&p1));
    let (mut i, end) = (range.start, range.end);
    while i + 1 < end {
        p0 = advance(splat(alpha[i]), splat(beta[i]), x2, p1, p0);
        p1 = advance(splat(alpha[i + 1]), splat(beta[i + 1]), x2, p0, p1);
        i += 2;
    }
    if i < end {
        (p0, p1) = (p1, advance(splat(alpha[i]), splat(beta[i]), x2, p1, p0));
    }
    (p0.store(), p1.store())
}

/// # Safety
/// The CPU must support AVX2 and FMA (guaranteed by holding `Isa::Avx2`).
#[target_feature(enable = "avx2,fma")]
pub(super) unsafe fn adjoint(
    inp: &MInput,
    src: &PairSource,
    acc: &mut [f64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    adjoint_m::<ADJOINT_PAIRS, 4, Avx2Steps>(inp, src, acc);
    reduce_rows(&acc[..16 * inp.ne], out_e, out_o);
}

/// The adjoint loops on four `__m256d` per quantity, with the generic loops' operations and
/// order (`super::accumulate_row` with H = 4: row = fma(μ_3, f_3, row), then fma(μ_2, f_2, ·)
/// down to vector 0; the first block multiplies instead of reading the row).
impl AdjointSteps<ADJOINT_PAIRS, 4> for Avx2Steps {
    #[inline(always)]
    fn adjoint<const FIRST: bool>(
        inp: &MInput,
        x2: &[f64; ADJOINT_PAIRS],
        p: ([f64; ADJOINT_PAIRS], [f64; ADJOINT_PAIRS]),
        f: [&[f64; ADJOINT_PAIRS]; 4],
        acc: &mut [f64],
        range: Range<usize>,
    ) -> ([f64; ADJOINT_PAIRS], [f64; ADJOINT_PAIRS]) {
        // SAFETY: this type is only used by `adjoint` above, which requires AVX2 and FMA.
        unsafe { adjoint_steps::<FIRST>(inp, x2, p, f, acc, range) }
    }
}

/// Adds μ·f of the block's lanes to one accumulator row of 4 × 4 values (see `AdjointSteps`).
#[inline(always)]
fn add_row<const FIRST: bool, const V: usize>(
    row: &mut [f64; 16],
    mu: Lanes<V>,
    f: &[Lanes<V>; 4],
) {
    for (q, fq) in f.iter().enumerate() {
        // SAFETY: FMA is available wherever these kernels run; the load and store touch the
        // 4 values row[4q..4q + 4].
        unsafe {
            let at = row.as_mut_ptr().add(4 * q);
            let top = V - 1;
            let mut sum = if FIRST {
                _mm256_mul_pd(mu.0[top], fq.0[top])
            } else {
                _mm256_fmadd_pd(mu.0[top], fq.0[top], _mm256_loadu_pd(at))
            };
            for k in (0..top).rev() {
                sum = _mm256_fmadd_pd(mu.0[k], fq.0[k], sum);
            }
            _mm256_storeu_pd(at, sum);
        }
    }
}

/// # Safety
/// The CPU must support AVX2 and FMA.
#[target_feature(enable = "avx2,fma")]
unsafe fn adjoint_steps<const FIRST: bool>(
    inp: &MInput,
    x2: &[f64; ADJOINT_PAIRS],
    (p0, p1): ([f64; ADJOINT_PAIRS], [f64; ADJOINT_PAIRS]),
    f: [&[f64; ADJOINT_PAIRS]; 4],
    acc: &mut [f64],
    range: Range<usize>,
) -> ([f64; ADJOINT_PAIRS], [f64; ADJOINT_PAIRS]) {
    // Rows and coefficients of the range as sub-slices walked two steps at a time, so the loop
    // carries no index checks.
    let rows = &mut acc[16 * range.start..16 * range.end];
    let (alpha, beta) = (&inp.alpha[range.clone()], &inp.beta[range]);
    let x2 = Lanes::<4>::load(x2);
    let f = f.map(Lanes::<4>::load);
    let (mut p0, mut p1) = (Lanes::<4>::load(&p0), Lanes::<4>::load(&p1));
    let mut pairs = rows.chunks_exact_mut(32);
    for (two, (al, be)) in (&mut pairs).zip(alpha.chunks_exact(2).zip(beta.chunks_exact(2))) {
        let (r0, r1) = two.split_at_mut(16);
        add_row::<FIRST, 4>(r0.try_into().expect("16 values"), p1, &f);
        p0 = advance(splat(al[0]), splat(be[0]), x2, p1, p0);
        add_row::<FIRST, 4>(r1.try_into().expect("16 values"), p0, &f);
        p1 = advance(splat(al[1]), splat(be[1]), x2, p0, p1);
    }
    let last = pairs.into_remainder();
    if let Ok(row) = <&mut [f64; 16]>::try_from(last) {
        let i = alpha.len() - 1;
        add_row::<FIRST, 4>(row, p1, &f);
        (p0, p1) = (p1, advance(splat(alpha[i]), splat(beta[i]), x2, p1, p0));
    }
    (p0.store(), p1.store())
}

/// Lane sums of accumulator rows of 4 × 4 values (see `super::reduce_rows`), with in-register
/// shuffles: each row gives [Σ even re, Σ even im, Σ odd re, Σ odd im], stored as one out_e and
/// one out_o value.
#[target_feature(enable = "avx2,fma")]
fn reduce_rows(acc: &[f64], out_e: &mut [Complex64], out_o: &mut [Complex64]) {
    let rows = acc.chunks_exact(16);
    for ((row, e), o) in rows.zip(out_e.iter_mut()).zip(out_o.iter_mut()) {
        let row: &[f64; 16] = row.try_into().expect("rows of 16");
        let mut sums = [0.0f64; 4];
        // SAFETY: AVX is enabled on this function; the loads read 4 values each inside `row`
        // and the store writes the 4 values of `sums`.
        unsafe {
            let p = row.as_ptr();
            let (a, b) = (_mm256_loadu_pd(p), _mm256_loadu_pd(p.add(4)));
            let (c, d) = (_mm256_loadu_pd(p.add(8)), _mm256_loadu_pd(p.add(12)));
            // [a0+a1, b0+b1, a2+a3, b2+b3] and the same for c, d.
            let (ab, cd) = (_mm256_hadd_pd(a, b), _mm256_hadd_pd(c, d));
            let t = _mm256_add_pd(
                _mm256_permute2f128_pd::<0x20>(ab, cd),
                _mm256_permute2f128_pd::<0x31>(ab, cd),
            );
            _mm256_storeu_pd(sums.as_mut_ptr(), t);
        }
        *e = Complex64::new(sums[0], sums[1]);
        *o = Complex64::new(sums[2], sums[3]);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{rescale_bounds, Portable, SinPowers};
    use super::*;
    use crate::sht::kernels::Fused;

    /// The intrinsics adjoint loops give the generic loops' bits, masking near the poles
    /// included (m = 300 on rings down to sin θ = 0.02, where λ_mm underflows).
    #[test]
    fn intrinsics_adjoint_equals_the_generic_loops() {
        if !(is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma")) {
            return;
        }
        let (m, ne, npairs) = (300usize, 157usize, 21usize);
        let value = |k: usize| ((k as f64) * 0.618_033_988_75).fract() - 0.5;
        // A stable three-term recurrence: μ_{i+1} = (α x² + β) μ_i − μ_{i−1} with |α x² + β| ≤ 2.
        let alpha: Vec<f64> = (0..=ne).map(|i| 2.0 + 0.5 * value(i)).collect();
        let beta: Vec<f64> = (0..=ne).map(|i| -1.0 + 0.25 * value(i + 7)).collect();
        let mut bounds = Vec::new();
        rescale_bounds(&alpha, &beta, ne, &mut bounds);
        let sines: Vec<f64> = (0..npairs)
            .map(|p| 0.02 + 0.98 * p as f64 / npairs as f64)
            .collect();
        let cos: Vec<f64> = sines.iter().map(|s| (1.0 - s * s).sqrt()).collect();
        let powers = SinPowers::new(&sines, m);
        let inp = MInput {
            ne,
            alpha: &alpha,
            beta: &beta,
            bounds: &bounds,
            start_factor: -0.7,
            cos: &cos,
            powers: powers.rows(m, 0),
        };
        let leg: Vec<Complex64> = (0..2 * npairs)
            .map(|k| Complex64::new(value(3 * k), value(3 * k + 1)))
            .collect();
        let gather: Vec<(usize, usize, f64, f64)> = (0..npairs)
            .map(|p| (2 * p, 2 * p + 1, 0.5 + value(p), 0.25))
            .collect();
        let src = PairSource {
            leg: &leg,
            gather: &gather,
            shift: 0,
        };
        let mut generic = vec![0.0; 16 * ne];
        let mut intrinsics = vec![0.0; 16 * ne];
        adjoint_m::<ADJOINT_PAIRS, 4, Portable<Fused>>(&inp, &src, &mut generic);
        adjoint_m::<ADJOINT_PAIRS, 4, Avx2Steps>(&inp, &src, &mut intrinsics);
        assert!(generic.iter().any(|v| *v != 0.0));
        let same = generic
            .iter()
            .zip(&intrinsics)
            .all(|(a, b)| a.to_bits() == b.to_bits());
        assert!(same, "the AVX2 adjoint loops differ from the generic ones");
    }
}
