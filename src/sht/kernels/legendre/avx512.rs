//! AVX-512F + FMA Legendre kernels: blocks of 32 ring pairs
//! (four 8-lane vectors per quantity: four independent recurrence chains hide FMA latency, and
//! the adjoint touches its accumulator rows half as often; measured 10 % faster than 16 pairs).

use super::{adjoint_m, synth_m, MInput, PairSource};
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
    synth_m::<32, Fused>(inp, ce, co, out_e, out_o)
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
    adjoint_m::<32, 8, Fused>(inp, src, acc, out_e, out_o)
}
