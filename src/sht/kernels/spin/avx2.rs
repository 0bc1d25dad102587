//! AVX2 + FMA tail of the spin kernels: blocks of 4 ring pairs, one vector per quantity.
//!
//! Written with intrinsics because the generic lane loops compiled to scalar FMAs with the
//! sums spilled to the stack (`perf` at lmax 1023: spin-2 synthesis 7× two scalar syntheses).
//! Here P, σM (current and previous), x and the 8 sums take 13 of the 16 vector registers; the
//! per-degree coefficients are broadcast from memory.

use std::arch::x86_64::*;

use super::{AdjointInputs, Block, SpinInput, SpinTail, SynthSums};
use num_complex::Complex64;

/// The AVX2 tail (4 ring pairs per block).
pub(crate) struct Avx2Tail;

/// P and σM of 4 pairs at the previous and current degree, and x.
struct Regs {
    x: __m256d,
    p0: __m256d,
    p1: __m256d,
    m0: __m256d,
    m1: __m256d,
}

impl Regs {
    #[inline(always)]
    unsafe fn load(blk: &Block<4>) -> Regs {
        // SAFETY: only called from AVX2 + FMA code (the caller holds `Isa::Avx2`).
        unsafe {
            Regs {
                x: _mm256_loadu_pd(blk.x.as_ptr()),
                p0: _mm256_loadu_pd(blk.a0.as_ptr()),
                p1: _mm256_loadu_pd(blk.a1.as_ptr()),
                m0: _mm256_loadu_pd(blk.b0.as_ptr()),
                m1: _mm256_loadu_pd(blk.b1.as_ptr()),
            }
        }
    }

    #[inline(always)]
    unsafe fn store(&self, blk: &mut Block<4>) {
        // SAFETY: only called from AVX2 + FMA code (the caller holds `Isa::Avx2`).
        unsafe {
            _mm256_storeu_pd(blk.a0.as_mut_ptr(), self.p0);
            _mm256_storeu_pd(blk.a1.as_mut_ptr(), self.p1);
            _mm256_storeu_pd(blk.b0.as_mut_ptr(), self.m0);
            _mm256_storeu_pd(blk.b1.as_mut_ptr(), self.m1);
        }
    }

    /// One degree up: P ← (αx + αc)P − βP₋, σM ← (αx − αc)σM − βσM₋.
    #[inline(always)]
    unsafe fn step(&mut self, inp: &SpinInput, j: usize) {
        // SAFETY: only called from AVX2 + FMA code (the caller holds `Isa::Avx2`).
        unsafe {
            let alpha = _mm256_set1_pd(*inp.alpha.get_unchecked(j));
            let alpha_c = _mm256_set1_pd(*inp.alpha_c.get_unchecked(j));
            let beta = _mm256_set1_pd(*inp.beta.get_unchecked(j));
            let ax = _mm256_mul_pd(alpha, self.x);
            let p2 = _mm256_fmsub_pd(
                _mm256_add_pd(ax, alpha_c),
                self.p1,
                _mm256_mul_pd(beta, self.p0),
            );
            let m2 = _mm256_fmsub_pd(
                _mm256_sub_pd(ax, alpha_c),
                self.m1,
                _mm256_mul_pd(beta, self.m0),
            );
            self.p0 = self.p1;
            self.p1 = p2;
            self.m0 = self.m1;
            self.m1 = m2;
        }
    }
}

/// sa[0..4] += (er, ei, br, bi)·A and sb[0..4] += (−bi, br, ei, −er)·B.
#[inline(always)]
unsafe fn add_terms(
    sa: &mut [__m256d; 4],
    sb: &mut [__m256d; 4],
    e: Complex64,
    b: Complex64,
    a: __m256d,
    bf: __m256d,
) {
    // SAFETY: only called from AVX2 + FMA code (the caller holds `Isa::Avx2`).
    unsafe {
        let (er, ei) = (_mm256_set1_pd(e.re), _mm256_set1_pd(e.im));
        let (br, bi) = (_mm256_set1_pd(b.re), _mm256_set1_pd(b.im));
        sa[0] = _mm256_fmadd_pd(er, a, sa[0]);
        sa[1] = _mm256_fmadd_pd(ei, a, sa[1]);
        sa[2] = _mm256_fmadd_pd(br, a, sa[2]);
        sa[3] = _mm256_fmadd_pd(bi, a, sa[3]);
        sb[0] = _mm256_fnmadd_pd(bi, bf, sb[0]);
        sb[1] = _mm256_fmadd_pd(br, bf, sb[1]);
        sb[2] = _mm256_fmadd_pd(ei, bf, sb[2]);
        sb[3] = _mm256_fnmadd_pd(er, bf, sb[3]);
    }
}

/// Row j of the adjoint sums += the degree's terms; `(q_a, u_a, q_b, u_b)` index the inputs
/// paired with A and B (Qp, Up, Qm, Um for ρ = +1, swapped for ρ = −1).
#[inline(always)]
unsafe fn adjoint_row(
    acc: &mut [f64],
    j: usize,
    v: &[__m256d; 8],
    a: __m256d,
    bf: __m256d,
    (q_a, u_a, q_b, u_b): (usize, usize, usize, usize),
) {
    // SAFETY: only called from AVX2 + FMA code (the caller holds `Isa::Avx2`).
    unsafe {
        let ptr = acc.as_mut_ptr().add(16 * j);
        let er = _mm256_fmadd_pd(
            a,
            v[q_a],
            _mm256_fnmadd_pd(bf, v[u_b + 1], _mm256_loadu_pd(ptr)),
        );
        let ei = _mm256_fmadd_pd(
            a,
            v[q_a + 1],
            _mm256_fmadd_pd(bf, v[u_b], _mm256_loadu_pd(ptr.add(4))),
        );
        let br = _mm256_fmadd_pd(
            a,
            v[u_a],
            _mm256_fmadd_pd(bf, v[q_b + 1], _mm256_loadu_pd(ptr.add(8))),
        );
        let bi = _mm256_fmadd_pd(
            a,
            v[u_a + 1],
            _mm256_fnmadd_pd(bf, v[q_b], _mm256_loadu_pd(ptr.add(12))),
        );
        _mm256_storeu_pd(ptr, er);
        _mm256_storeu_pd(ptr.add(4), ei);
        _mm256_storeu_pd(ptr.add(8), br);
        _mm256_storeu_pd(ptr.add(12), bi);
    }
}

/// [`SpinTail::skip`] for 4 pairs: the recurrence in registers, leaving for the lane loops
/// only when some value passes the rescaling threshold (rare).
#[inline(always)]
fn skip4(inp: &SpinInput, blk: &mut Block<4>) -> usize {
    let nl = inp.nl;
    let mut j = 0;
    if !blk.all_level_positive() {
        return 0;
    }
    assert!(inp.alpha.len() + 1 >= nl && inp.alpha_c.len() + 1 >= nl && inp.beta.len() + 1 >= nl);
    // SAFETY: only reached from AVX2 + FMA code; indices j < nl − 1 are in bounds by the assert.
    unsafe {
        let limit = _mm256_set1_pd(2f64.powi(76));
        let sign = _mm256_set1_pd(-0.0);
        let mut r = Regs::load(blk);
        while j + 1 < nl {
            r.step(inp, j);
            j += 1;
            let big = _mm256_max_pd(_mm256_andnot_pd(sign, r.p1), _mm256_andnot_pd(sign, r.m1));
            if _mm256_movemask_pd(_mm256_cmp_pd::<_CMP_GE_OQ>(big, limit)) != 0 {
                r.store(blk);
                blk.rescale();
                if !blk.all_level_positive() {
                    return j;
                }
                r = Regs::load(blk);
            }
        }
        r.store(blk);
    }
    j
}

/// [`skip4`] for 8 pairs (two vectors per quantity).
#[inline(always)]
fn skip8(inp: &SpinInput, blk: &mut Block<8>) -> usize {
    let nl = inp.nl;
    let mut j = 0;
    if !blk.all_level_positive() {
        return 0;
    }
    assert!(inp.alpha.len() + 1 >= nl && inp.alpha_c.len() + 1 >= nl && inp.beta.len() + 1 >= nl);
    // SAFETY: as in `skip4`.
    unsafe {
        let limit = _mm256_set1_pd(2f64.powi(76));
        let sign = _mm256_set1_pd(-0.0);
        let load = |blk: &Block<8>| {
            let half = |s: &[f64; 8], h: usize| _mm256_loadu_pd(s.as_ptr().add(4 * h));
            [0, 1].map(|h| Regs {
                x: half(&blk.x, h),
                p0: half(&blk.a0, h),
                p1: half(&blk.a1, h),
                m0: half(&blk.b0, h),
                m1: half(&blk.b1, h),
            })
        };
        let store = |r: &[Regs; 2], blk: &mut Block<8>| {
            for (h, rh) in r.iter().enumerate() {
                _mm256_storeu_pd(blk.a0.as_mut_ptr().add(4 * h), rh.p0);
                _mm256_storeu_pd(blk.a1.as_mut_ptr().add(4 * h), rh.p1);
                _mm256_storeu_pd(blk.b0.as_mut_ptr().add(4 * h), rh.m0);
                _mm256_storeu_pd(blk.b1.as_mut_ptr().add(4 * h), rh.m1);
            }
        };
        let mut r = load(blk);
        while j + 1 < nl {
            let mut flags = 0;
            for rh in r.iter_mut() {
                rh.step(inp, j);
                let big =
                    _mm256_max_pd(_mm256_andnot_pd(sign, rh.p1), _mm256_andnot_pd(sign, rh.m1));
                flags |= _mm256_movemask_pd(_mm256_cmp_pd::<_CMP_GE_OQ>(big, limit));
            }
            j += 1;
            if flags != 0 {
                store(&r, blk);
                blk.rescale();
                if !blk.all_level_positive() {
                    return j;
                }
                r = load(blk);
            }
        }
        store(&r, blk);
    }
    j
}

impl SpinTail<4> for Avx2Tail {
    #[inline(always)]
    fn skip(inp: &SpinInput, blk: &mut Block<4>) -> usize {
        skip4(inp, blk)
    }

    #[inline(always)]
    fn synth(
        inp: &SpinInput,
        e: &[Complex64],
        b: &[Complex64],
        blk: &mut Block<4>,
        sums: &mut SynthSums<4>,
        j: usize,
        rho: bool,
    ) {
        let nl = inp.nl;
        if j >= nl {
            return;
        }
        assert!(e.len() >= nl && b.len() >= nl && inp.alpha.len() + 1 >= nl);
        assert!(inp.alpha_c.len() + 1 >= nl && inp.beta.len() + 1 >= nl);
        // SAFETY: the caller runs inside `#[target_feature(enable = "avx2,fma")]` (only
        // reachable with `Isa::Avx2`); indices below nl (coefficients) and nl − 1 (recurrence
        // data) are in bounds by the asserts.
        // SAFETY: only called from AVX2 + FMA code (the caller holds `Isa::Avx2`).
        unsafe {
            let mut r = Regs::load(blk);
            let sym = [0, 1, 2, 3].map(|k| _mm256_loadu_pd(sums.sym[k].as_ptr()));
            let anti = [0, 1, 2, 3].map(|k| _mm256_loadu_pd(sums.anti[k].as_ptr()));
            // `first` takes the A terms at degree j (symmetric if ρ_j = +1).
            let (mut first, mut second) = if rho { (sym, anti) } else { (anti, sym) };
            let mut j = j;
            while j + 1 < nl {
                let a = _mm256_add_pd(r.p1, r.m1);
                let bf = _mm256_sub_pd(r.p1, r.m1);
                add_terms(
                    &mut first,
                    &mut second,
                    *e.get_unchecked(j),
                    *b.get_unchecked(j),
                    a,
                    bf,
                );
                r.step(inp, j);
                let a = _mm256_add_pd(r.p1, r.m1);
                let bf = _mm256_sub_pd(r.p1, r.m1);
                add_terms(
                    &mut second,
                    &mut first,
                    *e.get_unchecked(j + 1),
                    *b.get_unchecked(j + 1),
                    a,
                    bf,
                );
                if j + 2 < nl {
                    r.step(inp, j + 1);
                }
                j += 2;
            }
            if j < nl {
                let a = _mm256_add_pd(r.p1, r.m1);
                let bf = _mm256_sub_pd(r.p1, r.m1);
                add_terms(
                    &mut first,
                    &mut second,
                    *e.get_unchecked(j),
                    *b.get_unchecked(j),
                    a,
                    bf,
                );
            }
            r.store(blk);
            let (sym, anti) = if rho {
                (&first, &second)
            } else {
                (&second, &first)
            };
            for k in 0..4 {
                _mm256_storeu_pd(sums.sym[k].as_mut_ptr(), sym[k]);
                _mm256_storeu_pd(sums.anti[k].as_mut_ptr(), anti[k]);
            }
        }
    }

    #[inline(always)]
    fn adjoint(
        inp: &SpinInput,
        x: &AdjointInputs<4>,
        blk: &mut Block<4>,
        acc: &mut [f64],
        j: usize,
        rho: bool,
    ) {
        let nl = inp.nl;
        if j >= nl {
            return;
        }
        assert!(acc.len() >= 16 * nl && inp.alpha.len() + 1 >= nl);
        assert!(inp.alpha_c.len() + 1 >= nl && inp.beta.len() + 1 >= nl);
        // SAFETY: as in `synth`; rows j < nl of 16 values lie in `acc` by the assert.
        unsafe {
            let mut r = Regs::load(blk);
            let v: [__m256d; 8] =
                [0, 1, 2, 3, 4, 5, 6, 7].map(|k| _mm256_loadu_pd(x.v[k].as_ptr()));
            // ρ = +1: E += A·Qp + i B·Um, B += A·Up − i B·Qm; ρ = −1 swaps p and m.
            let (even, odd) = if rho {
                ((0, 4, 2, 6), (2, 6, 0, 4))
            } else {
                ((2, 6, 0, 4), (0, 4, 2, 6))
            };
            let mut j = j;
            while j < nl {
                let a = _mm256_add_pd(r.p1, r.m1);
                let bf = _mm256_sub_pd(r.p1, r.m1);
                adjoint_row(acc, j, &v, a, bf, even);
                if j + 1 >= nl {
                    break;
                }
                r.step(inp, j);
                let a = _mm256_add_pd(r.p1, r.m1);
                let bf = _mm256_sub_pd(r.p1, r.m1);
                adjoint_row(acc, j + 1, &v, a, bf, odd);
                if j + 2 < nl {
                    r.step(inp, j + 1);
                }
                j += 2;
            }
            r.store(blk);
        }
    }
}

/// The adjoint on blocks of 8 ring pairs (two vectors per quantity) folding both halves into
/// one 4-lane row visit: 16 FMAs per 4 row loads and 4 row stores, against 8 with 4 pairs
/// (the rows live in L2 at high lmax, so their traffic sets the speed).
impl SpinTail<8> for Avx2Tail {
    #[inline(always)]
    fn skip(inp: &SpinInput, blk: &mut Block<8>) -> usize {
        skip8(inp, blk)
    }

    #[inline(always)]
    fn synth(
        inp: &SpinInput,
        e: &[Complex64],
        b: &[Complex64],
        blk: &mut Block<8>,
        sums: &mut SynthSums<8>,
        j: usize,
        rho: bool,
    ) {
        super::Portable::<crate::sht::kernels::Fused>::synth(inp, e, b, blk, sums, j, rho)
    }

    #[inline(always)]
    fn adjoint(
        inp: &SpinInput,
        x: &AdjointInputs<8>,
        blk: &mut Block<8>,
        acc: &mut [f64],
        j: usize,
        rho: bool,
    ) {
        let nl = inp.nl;
        if j >= nl {
            return;
        }
        assert!(acc.len() >= 16 * nl && inp.alpha.len() + 1 >= nl);
        assert!(inp.alpha_c.len() + 1 >= nl && inp.beta.len() + 1 >= nl);
        // SAFETY: as in the 4-pair tail; rows j < nl of 16 values lie in `acc` by the assert.
        unsafe {
            let half = |s: &[f64; 8], h: usize| _mm256_loadu_pd(s.as_ptr().add(4 * h));
            let mut r = [0, 1].map(|h| Regs {
                x: half(&blk.x, h),
                p0: half(&blk.a0, h),
                p1: half(&blk.a1, h),
                m0: half(&blk.b0, h),
                m1: half(&blk.b1, h),
            });
            let (even, odd) = if rho {
                ((0, 4, 2, 6), (2, 6, 0, 4))
            } else {
                ((2, 6, 0, 4), (0, 4, 2, 6))
            };
            let mut j = j;
            let mut parity = even;
            while j < nl {
                let ptr = acc.as_mut_ptr().add(16 * j);
                let mut row = [0, 1, 2, 3].map(|k| _mm256_loadu_pd(ptr.add(4 * k)));
                for (h, rh) in r.iter().enumerate() {
                    let a = _mm256_add_pd(rh.p1, rh.m1);
                    let bf = _mm256_sub_pd(rh.p1, rh.m1);
                    let v = |k: usize| _mm256_loadu_pd(x.v[k].as_ptr().add(4 * h));
                    let (q_a, u_a, q_b, u_b) = parity;
                    row[0] = _mm256_fmadd_pd(a, v(q_a), _mm256_fnmadd_pd(bf, v(u_b + 1), row[0]));
                    row[1] = _mm256_fmadd_pd(a, v(q_a + 1), _mm256_fmadd_pd(bf, v(u_b), row[1]));
                    row[2] = _mm256_fmadd_pd(a, v(u_a), _mm256_fmadd_pd(bf, v(q_b + 1), row[2]));
                    row[3] = _mm256_fnmadd_pd(bf, v(q_b), _mm256_fmadd_pd(a, v(u_a + 1), row[3]));
                }
                for (k, v) in row.iter().enumerate() {
                    _mm256_storeu_pd(ptr.add(4 * k), *v);
                }
                if j + 1 < nl {
                    for rh in r.iter_mut() {
                        rh.step(inp, j);
                    }
                }
                parity = if parity == even { odd } else { even };
                j += 1;
            }
            for (h, rh) in r.iter().enumerate() {
                _mm256_storeu_pd(blk.a0.as_mut_ptr().add(4 * h), rh.p0);
                _mm256_storeu_pd(blk.a1.as_mut_ptr().add(4 * h), rh.p1);
                _mm256_storeu_pd(blk.b0.as_mut_ptr().add(4 * h), rh.m0);
                _mm256_storeu_pd(blk.b1.as_mut_ptr().add(4 * h), rh.m1);
            }
        }
    }
}
