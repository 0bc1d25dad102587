//! aarch64 NEON Legendre kernels: the generic loops with fused multiply-add on blocks of 8 ring
//! pairs (four 2-lane vectors per quantity).
//!
//! Every aarch64 CPU has NEON and a fused multiply-add, so no run-time feature check is needed
//! and the generic loops compile to `fmla` on 128-bit vectors. Register budget (32 vectors):
//! the synthesis keeps 4 sums, μ_{i−1}, μ_i and x² in 7 × 4 = 28 vectors; the adjoint keeps
//! its 4 lane inputs, μ_{i−1}, μ_i and x² in the same 28 and adds each step into an accumulator
//! row of 4 × 2 values. The synthesis performs the same fused operations in the same order as
//! the x86 SIMD kernels, so its maps are bitwise theirs; the adjoint's lane sums are grouped
//! as its block width and row width make them.

use super::{adjoint_m, reduce_rows, synth_m, MInput, PairSource, Portable};
use crate::sht::kernels::Fused;
use num_complex::Complex64;

/// Ring pairs per block.
const PAIRS: usize = 8;
/// Lanes per accumulator row quantity (one NEON vector of f64).
const ROW_LANES: usize = 2;

pub(super) fn synthesis(
    inp: &MInput,
    ce: &[Complex64],
    co: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    synth_m::<PAIRS, Portable<Fused>>(inp, ce, co, out_e, out_o)
}

pub(super) fn adjoint(
    inp: &MInput,
    src: &PairSource,
    acc: &mut [f64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    adjoint_m::<PAIRS, ROW_LANES, Portable<Fused>>(inp, src, acc);
    reduce_rows::<ROW_LANES>(&acc[..4 * ROW_LANES * inp.ne], out_e, out_o);
}
