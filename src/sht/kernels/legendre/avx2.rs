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
    adjoint_m::<8, 4, Fused>(inp, src, acc, out_e, out_o)
}
