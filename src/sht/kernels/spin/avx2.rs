//! AVX2 + FMA tails of the spin kernels: synthesis on blocks of 4 ring pairs (one vector per
//! quantity), the adjoint on 8 (two vectors) folded into 4-lane rows.
//!
//! Written with intrinsics because the generic lane loops compiled to scalar FMAs with the
//! sums spilled to the stack (`perf` at lmax 1023: spin-2 synthesis 7× two scalar syntheses).
//! In the synthesis P̃, M̃ (current and previous), x and the 8 sums take 13 of the 16 vector
//! registers; the per-degree coefficients are broadcast from memory.

use std::arch::x86_64::*;

use super::{AdjointInputs, Block, DegreeCoefficients, SpinInput, SpinTail, SynthSums};

/// The AVX2 tail.
pub(crate) struct Avx2Tail;

/// P̃ and M̃ of 4 pairs at the previous and current degree, and x.
#[derive(Clone, Copy)]
struct Regs {
    x: __m256d,
    p0: __m256d,
    p1: __m256d,
    m0: __m256d,
    m1: __m256d,
}

/// 2^76: the rescaling threshold of the extended exponent.
const RESCALE_AT: f64 = 7.555_786_372_591_432e22;

impl Regs {
    /// Lanes 4h..4h+4 of a block.
    #[inline(always)]
    unsafe fn load<const NB: usize>(blk: &Block<NB>, h: usize) -> Regs {
        // SAFETY: only called from AVX2 + FMA code; 4h + 4 ≤ NB by the callers.
        unsafe {
            let half = |s: &[f64; NB]| _mm256_loadu_pd(s.as_ptr().add(4 * h));
            Regs {
                x: half(&blk.x),
                p0: half(&blk.a0),
                p1: half(&blk.a1),
                m0: half(&blk.b0),
                m1: half(&blk.b1),
            }
        }
    }

    #[inline(always)]
    unsafe fn store<const NB: usize>(&self, blk: &mut Block<NB>, h: usize) {
        // SAFETY: as in `load`.
        unsafe {
            _mm256_storeu_pd(blk.a0.as_mut_ptr().add(4 * h), self.p0);
            _mm256_storeu_pd(blk.a1.as_mut_ptr().add(4 * h), self.p1);
            _mm256_storeu_pd(blk.b0.as_mut_ptr().add(4 * h), self.m0);
            _mm256_storeu_pd(blk.b1.as_mut_ptr().add(4 * h), self.m1);
        }
    }

    /// One degree up: P̃ ← (αx + γ)P̃ − P̃₋, M̃ ← (αx − γ)M̃ − M̃₋.
    #[inline(always)]
    unsafe fn step(&mut self, alpha: __m256d, gamma: __m256d) {
        // SAFETY: only called from AVX2 + FMA code.
        unsafe {
            let tp = _mm256_fmadd_pd(alpha, self.x, gamma);
            let tm = _mm256_fmsub_pd(alpha, self.x, gamma);
            let p2 = _mm256_fmsub_pd(tp, self.p1, self.p0);
            let m2 = _mm256_fmsub_pd(tm, self.m1, self.m0);
            self.p0 = self.p1;
            self.p1 = p2;
            self.m0 = self.m1;
            self.m1 = m2;
        }
    }

    /// Whether a value passed the rescaling threshold.
    #[inline(always)]
    unsafe fn big(&self) -> bool {
        // SAFETY: only called from AVX2 + FMA code.
        unsafe {
            let sign = _mm256_set1_pd(-0.0);
            let limit = _mm256_set1_pd(RESCALE_AT);
            let m = _mm256_max_pd(
                _mm256_andnot_pd(sign, self.p1),
                _mm256_andnot_pd(sign, self.m1),
            );
            _mm256_movemask_pd(_mm256_cmp_pd::<_CMP_GE_OQ>(m, limit)) != 0
        }
    }
}

/// The recurrence alone while no ring of a block is at level 0, leaving for the lane loops only
/// when a value passes the rescaling threshold (rare). H vectors of 4 lanes (NB = 4H).
#[inline(always)]
fn skip<const NB: usize, const H: usize>(inp: &SpinInput, blk: &mut Block<NB>) -> usize {
    let nl = inp.nl;
    let mut j = 0;
    if !blk.all_level_positive() {
        return 0;
    }
    assert!(inp.alpha.len() + 1 >= nl && inp.gamma.len() + 1 >= nl && NB == 4 * H);
    // SAFETY: only reached from AVX2 + FMA code; indices j < nl − 1 are in bounds by the assert.
    unsafe {
        let mut r: [Regs; H] = std::array::from_fn(|h| Regs::load(blk, h));
        while j + 1 < nl {
            let alpha = _mm256_set1_pd(*inp.alpha.get_unchecked(j));
            let gamma = _mm256_set1_pd(*inp.gamma.get_unchecked(j));
            let mut big = false;
            for rh in r.iter_mut() {
                rh.step(alpha, gamma);
                big |= rh.big();
            }
            j += 1;
            if big {
                for (h, rh) in r.iter().enumerate() {
                    rh.store(blk, h);
                }
                blk.rescale();
                if !blk.all_level_positive() {
                    return j;
                }
                r = std::array::from_fn(|h| Regs::load(blk, h));
            }
        }
        for (h, rh) in r.iter().enumerate() {
            rh.store(blk, h);
        }
    }
    j
}

impl SpinTail<4> for Avx2Tail {
    #[inline(always)]
    fn skip(inp: &SpinInput, blk: &mut Block<4>) -> usize {
        skip::<4, 1>(inp, blk)
    }

    #[inline(always)]
    fn synth(
        inp: &SpinInput,
        coef: &[DegreeCoefficients],
        blk: &mut Block<4>,
        sums: &mut SynthSums<4>,
        j: usize,
    ) {
        let nl = inp.nl;
        if j >= nl {
            return;
        }
        assert!(coef.len() >= nl && inp.alpha.len() + 1 >= nl && inp.gamma.len() + 1 >= nl);
        // SAFETY: the caller runs inside `#[target_feature(enable = "avx2,fma")]` (only
        // reachable with `Isa::Avx2`); indices below nl (coefficients) and nl − 1 (recurrence
        // data) are in bounds by the assert.
        unsafe {
            let mut r = Regs::load(blk, 0);
            let mut g: [__m256d; 8] = std::array::from_fn(|k| _mm256_loadu_pd(sums.g[k].as_ptr()));
            let mut j = j;
            loop {
                let c = coef.get_unchecked(j);
                let b = |v: f64| _mm256_set1_pd(v);
                // G1N += c1 P, G2N += c2 M, G1S += σρc1 M, G2S += σρc2 P.
                g[0] = _mm256_fmadd_pd(b(c[0].re), r.p1, g[0]);
                g[1] = _mm256_fmadd_pd(b(c[0].im), r.p1, g[1]);
                g[2] = _mm256_fmadd_pd(b(c[1].re), r.m1, g[2]);
                g[3] = _mm256_fmadd_pd(b(c[1].im), r.m1, g[3]);
                g[4] = _mm256_fmadd_pd(b(c[2].re), r.m1, g[4]);
                g[5] = _mm256_fmadd_pd(b(c[2].im), r.m1, g[5]);
                g[6] = _mm256_fmadd_pd(b(c[3].re), r.p1, g[6]);
                g[7] = _mm256_fmadd_pd(b(c[3].im), r.p1, g[7]);
                if j + 1 >= nl {
                    break;
                }
                r.step(
                    _mm256_set1_pd(*inp.alpha.get_unchecked(j)),
                    _mm256_set1_pd(*inp.gamma.get_unchecked(j)),
                );
                j += 1;
            }
            r.store(blk, 0);
            for (k, v) in g.iter().enumerate() {
                _mm256_storeu_pd(sums.g[k].as_mut_ptr(), *v);
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
        super::Portable::<crate::sht::kernels::Fused>::adjoint(inp, x, blk, acc, j, rho)
    }
}

/// Row j += one degree's terms of H vectors of 4 pairs: H1 += P y1N ± M σy1S,
/// H2 += M y2N ± P σy2S (+ when `PLUS`, i.e. ρ = +1).
#[inline(always)]
unsafe fn adjoint_row<const H: usize, const PLUS: bool>(
    ptr: *mut f64,
    r: &[Regs; H],
    v: &[[__m256d; 8]; H],
) {
    // SAFETY: only called from AVX2 + FMA code with a row of 16 values at `ptr`.
    unsafe {
        let mut row: [__m256d; 4] = std::array::from_fn(|k| _mm256_loadu_pd(ptr.add(4 * k)));
        for (rh, vh) in r.iter().zip(v) {
            let (p, m) = (rh.p1, rh.m1);
            if PLUS {
                row[0] = _mm256_fmadd_pd(p, vh[0], _mm256_fmadd_pd(m, vh[4], row[0]));
                row[1] = _mm256_fmadd_pd(p, vh[1], _mm256_fmadd_pd(m, vh[5], row[1]));
                row[2] = _mm256_fmadd_pd(m, vh[2], _mm256_fmadd_pd(p, vh[6], row[2]));
                row[3] = _mm256_fmadd_pd(m, vh[3], _mm256_fmadd_pd(p, vh[7], row[3]));
            } else {
                row[0] = _mm256_fmadd_pd(p, vh[0], _mm256_fnmadd_pd(m, vh[4], row[0]));
                row[1] = _mm256_fmadd_pd(p, vh[1], _mm256_fnmadd_pd(m, vh[5], row[1]));
                row[2] = _mm256_fmadd_pd(m, vh[2], _mm256_fnmadd_pd(p, vh[6], row[2]));
                row[3] = _mm256_fmadd_pd(m, vh[3], _mm256_fnmadd_pd(p, vh[7], row[3]));
            }
        }
        for (k, val) in row.iter().enumerate() {
            _mm256_storeu_pd(ptr.add(4 * k), *val);
        }
    }
}

/// The adjoint on blocks of 8 ring pairs folding both halves into one 4-lane row visit: 16
/// FMAs per 4 row loads and 4 row stores (the rows live in L2 at high lmax, so their traffic
/// matters).
impl SpinTail<8> for Avx2Tail {
    #[inline(always)]
    fn skip(inp: &SpinInput, blk: &mut Block<8>) -> usize {
        skip::<8, 2>(inp, blk)
    }

    #[inline(always)]
    fn synth(
        inp: &SpinInput,
        coef: &[DegreeCoefficients],
        blk: &mut Block<8>,
        sums: &mut SynthSums<8>,
        j: usize,
    ) {
        super::Portable::<crate::sht::kernels::Fused>::synth(inp, coef, blk, sums, j)
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
        assert!(acc.len() >= 16 * nl && inp.alpha.len() + 1 >= nl && inp.gamma.len() + 1 >= nl);
        // SAFETY: as in `synth`; rows j < nl of 16 values lie in `acc` by the assert.
        unsafe {
            let mut r: [Regs; 2] = [Regs::load(blk, 0), Regs::load(blk, 1)];
            let v: [[__m256d; 8]; 2] = [0, 1]
                .map(|h| std::array::from_fn(|k| _mm256_loadu_pd(x.v[k].as_ptr().add(4 * h))));
            let base = acc.as_mut_ptr();
            let mut j = j;
            let mut plus = rho;
            loop {
                if plus {
                    adjoint_row::<2, true>(base.add(16 * j), &r, &v);
                } else {
                    adjoint_row::<2, false>(base.add(16 * j), &r, &v);
                }
                if j + 1 >= nl {
                    break;
                }
                let alpha = _mm256_set1_pd(*inp.alpha.get_unchecked(j));
                let gamma = _mm256_set1_pd(*inp.gamma.get_unchecked(j));
                for rh in r.iter_mut() {
                    rh.step(alpha, gamma);
                }
                j += 1;
                plus = !plus;
            }
            for (h, rh) in r.iter().enumerate() {
                rh.store(blk, h);
            }
        }
    }
}
