//! AVX2 + FMA Legendre kernels: blocks of 8 rings (two 4-lane vectors per quantity).

use super::{adjoint_m, synth_m, MInput, PairSource};
use crate::sht::kernels::Fused;
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
    synth_m::<8, Fused>(inp, ce, co, out_e, out_o)
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
    adjoint_m::<8, 4, Fused>(inp, src, acc);
    reduce_rows(&acc[..16 * inp.ne], out_e, out_o);
}

/// Lane sums of accumulator rows of 4 × 4 values (see `super::reduce_rows`), with in-register
/// shuffles: each row gives [Σ even re, Σ even im, Σ odd re, Σ odd im], stored as one out_e and
/// one out_o value.
#[target_feature(enable = "avx2,fma")]
fn reduce_rows(acc: &[f64], out_e: &mut [Complex64], out_o: &mut [Complex64]) {
    use std::arch::x86_64::*;
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
