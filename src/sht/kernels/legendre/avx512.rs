//! AVX-512F + FMA Legendre kernels: blocks of 32 ring pairs
//! (four 8-lane vectors per quantity: four independent recurrence chains hide FMA latency, and
//! the adjoint touches its accumulator rows half as often; measured 10 % faster than 16 pairs).

use super::{adjoint_m, synth_m, MInput, PairSource, Portable};
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
