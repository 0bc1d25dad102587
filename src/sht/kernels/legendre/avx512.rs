//! AVX-512F + FMA Legendre kernels: blocks of 32 ring pairs
//! (four 8-lane vectors per quantity: four independent recurrence chains hide FMA latency, and
//! the adjoint touches its accumulator rows half as often; measured 10 % faster than 16 pairs).

use std::arch::x86_64::*;
use std::ops::Range;

use super::{
    adjoint_m, synth_m, synth_m_many, MInput, PairSource, Portable, RecurrenceSteps, SynthState,
    SynthSteps, MANY,
};
use crate::sht::kernels::Fused;
use num_complex::Complex64;

/// # Safety
/// The CPU must support AVX-512F and FMA (guaranteed by holding `Isa::Avx512`).
#[target_feature(enable = "avx512f,avx2,fma")]
pub(super) unsafe fn synthesis(
    inp: &MInput,
    ce: &[Complex64],
    co: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    synth_m::<32, Portable<Fused>>(inp, ce, co, out_e, out_o)
}

/// # Safety
/// The CPU must support AVX-512F and FMA (guaranteed by holding `Isa::Avx512`).
#[target_feature(enable = "avx512f,avx2,fma")]
pub(super) unsafe fn synthesis_many(
    inp: &MInput,
    ce: &[&[Complex64]; MANY],
    co: &[&[Complex64]; MANY],
    out_e: &mut [&mut [Complex64]; MANY],
    out_o: &mut [&mut [Complex64]; MANY],
) {
    // 8 ring pairs (one vector) per block: the 4·MANY sums, μ_{i−1}, μ_i and x² take 19 of
    // the 32 vector registers.
    synth_m_many::<8, MANY, ManyAvx512>(inp, ce, co, out_e, out_o)
}

/// The K-field synthesis loop on one `__m512d` per quantity and field (8 ring pairs), with the
/// generic loop's fused operations in the same order (bitwise equal results); written with
/// intrinsics because the compiled generic loop kept its 16 sums on the stack (1.07× the
/// single-field time instead of less).
struct ManyAvx512;

impl RecurrenceSteps<8> for ManyAvx512 {
    #[inline(always)]
    fn recurrence(
        inp: &MInput,
        x2: &[f64; 8],
        p: ([f64; 8], [f64; 8]),
        range: Range<usize>,
    ) -> ([f64; 8], [f64; 8]) {
        <Portable<Fused> as RecurrenceSteps<8>>::recurrence(inp, x2, p, range)
    }
}

impl SynthSteps<8, MANY> for ManyAvx512 {
    #[inline(always)]
    fn steps(
        inp: &MInput,
        ce: &[&[Complex64]; MANY],
        co: &[&[Complex64]; MANY],
        x2: &[f64; 8],
        state: SynthState<8, MANY>,
        range: Range<usize>,
    ) -> SynthState<8, MANY> {
        // SAFETY: this type is only used by `synthesis_many` above, which requires AVX-512F.
        unsafe { many_steps(inp, ce, co, x2, state, range) }
    }
}

/// 8 values as a vector.
#[inline(always)]
fn load(v: &[f64; 8]) -> __m512d {
    // SAFETY: AVX-512F is available wherever these kernels run (see `ManyAvx512`); the load
    // reads the 8 values of `v`.
    unsafe { _mm512_loadu_pd(v.as_ptr()) }
}

/// A vector as 8 values.
#[inline(always)]
fn store(v: __m512d) -> [f64; 8] {
    let mut out = [0.0; 8];
    // SAFETY: as in `load`; the store writes the 8 values of `out`.
    unsafe { _mm512_storeu_pd(out.as_mut_ptr(), v) };
    out
}

/// The four sums of every field for step i: `s[f] += (c^e_i, c^o_i of field f) · μ`.
#[inline(always)]
fn add_step(
    s: &mut [[__m512d; 4]; MANY],
    ce: &[&[Complex64]; MANY],
    co: &[&[Complex64]; MANY],
    i: usize,
    mu: __m512d,
) {
    for f in 0..MANY {
        let (a, b) = (ce[f][i], co[f][i]);
        // SAFETY: as in `load` (FMA and AVX-512F).
        unsafe {
            s[f][0] = _mm512_fmadd_pd(_mm512_set1_pd(a.re), mu, s[f][0]);
            s[f][1] = _mm512_fmadd_pd(_mm512_set1_pd(a.im), mu, s[f][1]);
            s[f][2] = _mm512_fmadd_pd(_mm512_set1_pd(b.re), mu, s[f][2]);
            s[f][3] = _mm512_fmadd_pd(_mm512_set1_pd(b.im), mu, s[f][3]);
        }
    }
}

/// One recurrence step `fma(fma(α, x², β), cur, −prev)`.
#[inline(always)]
fn advance(al: f64, be: f64, x2: __m512d, cur: __m512d, prev: __m512d) -> __m512d {
    // SAFETY: as in `load`.
    unsafe {
        let t = _mm512_fmadd_pd(_mm512_set1_pd(al), x2, _mm512_set1_pd(be));
        _mm512_fmsub_pd(t, cur, prev)
    }
}

/// # Safety
/// The CPU must support AVX-512F and FMA.
#[target_feature(enable = "avx512f,avx2,fma")]
unsafe fn many_steps(
    inp: &MInput,
    ce: &[&[Complex64]; MANY],
    co: &[&[Complex64]; MANY],
    x2: &[f64; 8],
    state: SynthState<8, MANY>,
    range: Range<usize>,
) -> SynthState<8, MANY> {
    let x2 = load(x2);
    let (mut p0, mut p1) = (load(&state.p0), load(&state.p1));
    let mut s: [[__m512d; 4]; MANY] = state.sums.map(|f| f.map(|v| load(&v)));
    // Sub-slices of the range, all of its length, so that the loop carries no index checks.
    let (alpha, beta) = (&inp.alpha[range.clone()], &inp.beta[range.clone()]);
    let ce: [&[Complex64]; MANY] = std::array::from_fn(|f| &ce[f][range.clone()]);
    let co: [&[Complex64]; MANY] = std::array::from_fn(|f| &co[f][range.clone()]);
    let n = alpha.len();
    let mut i = 0;
    while i + 1 < n {
        add_step(&mut s, &ce, &co, i, p1);
        p0 = advance(alpha[i], beta[i], x2, p1, p0);
        add_step(&mut s, &ce, &co, i + 1, p0);
        p1 = advance(alpha[i + 1], beta[i + 1], x2, p0, p1);
        i += 2;
    }
    if i < n {
        add_step(&mut s, &ce, &co, i, p1);
        (p0, p1) = (p1, advance(alpha[i], beta[i], x2, p1, p0));
    }
    SynthState {
        p0: store(p0),
        p1: store(p1),
        sums: s.map(|f| f.map(store)),
    }
}

/// # Safety
/// The CPU must support AVX-512F and FMA (guaranteed by holding `Isa::Avx512`).
#[target_feature(enable = "avx512f,avx2,fma")]
pub(super) unsafe fn adjoint(
    inp: &MInput,
    src: &PairSource,
    acc: &mut [f64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    adjoint_m::<32, 8, Portable<Fused>>(inp, src, acc);
    reduce_rows(&acc[..32 * inp.ne], out_e, out_o);
}

/// Lane sums of accumulator rows of 4 × 8 values (see `super::reduce_rows`), with in-register
/// shuffles (the compiler's own vectorisation gathers across rows, which is several times slower).
#[target_feature(enable = "avx512f,avx2,fma")]
fn reduce_rows(acc: &[f64], out_e: &mut [Complex64], out_o: &mut [Complex64]) {
    use std::arch::x86_64::*;
    let rows = acc.chunks_exact(32);
    for ((row, e), o) in rows.zip(out_e.iter_mut()).zip(out_o.iter_mut()) {
        let row: &[f64; 32] = row.try_into().expect("rows of 32");
        let mut sums = [0.0f64; 4];
        // SAFETY: AVX-512F is enabled on this function; the loads read 8 values each inside
        // `row` and the store writes the 4 values of `sums`.
        unsafe {
            let p = row.as_ptr();
            let (a, b) = (_mm512_loadu_pd(p), _mm512_loadu_pd(p.add(8)));
            let (c, d) = (_mm512_loadu_pd(p.add(16)), _mm512_loadu_pd(p.add(24)));
            // 128-bit lanes [a0+a2, a1+a3, b0+b2, b1+b3] (lane sums of pairs of doubles).
            let ab = _mm512_add_pd(
                _mm512_shuffle_f64x2::<0x44>(a, b),
                _mm512_shuffle_f64x2::<0xEE>(a, b),
            );
            let cd = _mm512_add_pd(
                _mm512_shuffle_f64x2::<0x44>(c, d),
                _mm512_shuffle_f64x2::<0xEE>(c, d),
            );
            // 128-bit lanes [a, b, c, d], each still two partial sums.
            let t = _mm512_add_pd(
                _mm512_shuffle_f64x2::<0x88>(ab, cd),
                _mm512_shuffle_f64x2::<0xDD>(ab, cd),
            );
            // Add the two doubles of each lane: even positions hold the sums.
            let u = _mm512_add_pd(t, _mm512_permute_pd::<0x55>(t));
            let idx = _mm512_set_epi64(6, 4, 2, 0, 6, 4, 2, 0);
            let v = _mm512_castpd512_pd256(_mm512_permutexvar_pd(idx, u));
            _mm256_storeu_pd(sums.as_mut_ptr(), v);
        }
        *e = Complex64::new(sums[0], sums[1]);
        *o = Complex64::new(sums[2], sums[3]);
    }
}
