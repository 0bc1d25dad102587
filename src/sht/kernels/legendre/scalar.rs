//! Portable Legendre kernels: blocks of 4 rings, plain multiply-add.

use super::{adjoint_m, reduce_rows, synth_m, MInput, PairSource, Portable};
use crate::sht::kernels::Plain;
use num_complex::Complex64;

pub(super) fn synthesis(
    inp: &MInput,
    ce: &[Complex64],
    co: &[Complex64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    synth_m::<4, Portable<Plain>>(inp, ce, co, out_e, out_o)
}

pub(super) fn adjoint(
    inp: &MInput,
    src: &PairSource,
    acc: &mut [f64],
    out_e: &mut [Complex64],
    out_o: &mut [Complex64],
) {
    adjoint_m::<4, 2, Portable<Plain>>(inp, src, acc);
    reduce_rows::<2>(&acc[..8 * inp.ne], out_e, out_o);
}
