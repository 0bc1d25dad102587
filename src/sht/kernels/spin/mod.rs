//! Spin-weighted Legendre kernels: for one order m and spin s, the sums over degree ℓ for blocks
//! of ring pairs (docs/sht.md §6).
//!
//! **Functions.** With $d^\ell_{m,s'}$ the Wigner small-d functions and
//! $N_\ell = \sqrt{(2\ell+1)/4\pi}$, the spin-s harmonic is
//! ${}_sY_{\ell m}(\theta,\phi) = (-1)^s N_\ell\, d^\ell_{m,-s}(\theta)\, e^{im\phi}$. The kernels run
//! the recurrences of $P_\ell = (-1)^sN_\ell d^\ell_{m,-s}$ and $M'_\ell = \sigma(-1)^sN_\ell d^\ell_{m,s}$
//! (σ = (−1)^s), rescaled as in the scalar kernels so that the last coefficient is 1:
//! $\tilde P_{j+1} = (\tilde\alpha_jx + \tilde\gamma_j)\tilde P_j - \tilde P_{j-1}$ and
//! $\tilde M_{j+1} = (\tilde\alpha_jx - \tilde\gamma_j)\tilde M_j - \tilde M_{j-1}$ (ℓ = ℓ0 + j, x = cos θ,
//! $P_j = h_j\tilde P_j$; `sht/spin.rs` computes $\tilde\alpha$, $\tilde\gamma$ and h from the Wigner-d
//! recurrence): two FMAs per function and degree. The two run separately: near the poles
//! P ∝ sin^{m+s}(θ/2) is much smaller than M ∝ sin^{m−s}(θ/2), and a coupled recurrence for
//! P ± σM would feed M's rounding errors into the faster-growing P solution (measured: 2e-9
//! relative at ℓ = 383, θ = 0.006, m = 5, s = 2; separately 1e-12).
//!
//! **Sums.** With $c_1 = E + iB$ and $c_2 = E - iB$ (times h), a ring's Fourier coefficients are
//! $F^Q = -\tfrac12(G_1 + G_2)$ and $F^U = \tfrac i2(G_1 - G_2)$, $G_1 = \sum c_1P$, $G_2 = \sum c_2M'$.
//! **North/south symmetry**: $P(\pi-\theta) = \rho M(\theta)$ with $\rho = (-1)^{\ell+m}$, so the
//! southern ring's sums are $\sum \sigma\rho\,c_1M'$ and $\sum\sigma\rho\,c_2P$ over the northern
//! ring's functions. Each degree adds four complex × real products (8 FMAs) into 8 real sums per
//! ring pair; with the recurrences, 12 operations per pair and degree. The adjoint is the
//! transpose: $H_1 = \sum P\,y_1^N + \sigma\rho M'y_1^S$, $H_2 = \sum M'y_2^N + \sigma\rho P\,y_2^S$ with
//! $y_{1,2} = F^Q \pm iF^U$, and $E = -\tfrac12(H_1 + H_2)h$, $B = \tfrac i2(H_1 - H_2)h$.
//!
//! **Extended exponent.** As in the scalar kernels, a ring's values are `mant · 2^(−256·level)`;
//! while level > 0 they are not accumulated, and the mantissas are rescaled by 2⁻²⁵⁶ once they
//! pass 2⁷⁶ (checked every degree until every ring of the block is at level 0; one step grows
//! a value by a bounded factor, so nothing overflows between checks).

use super::Madd;

use num_complex::Complex64;

/// A mantissa at or above 2^76 on a level > 0 moves one level up.
const RESCALE_AT: f64 = 7.555_786_372_591_432e22; // 2^76
/// 2^−256.
const LEVEL_FACTOR: f64 = 8.636_168_555_094_445e-78;

/// Everything the spin kernels need for one order m.
pub(crate) struct SpinInput<'a> {
    /// Number of degrees ℓ0..=lmax, ℓ0 = max(m, s).
    pub nl: usize,
    /// Step j → j+1 (ℓ = ℓ0 + j): $\tilde P_{j+1} = $ (`alpha[j]`·x + `gamma[j]`)·$\tilde P_j - \tilde P_{j-1}$,
    /// $\tilde M_{j+1} = $ (`alpha[j]`·x − `gamma[j]`)·$\tilde M_j - \tilde M_{j-1}$.
    pub alpha: &'a [f64],
    pub gamma: &'a [f64],
    /// ρ = (−1)^{ℓ+m} is +1 at ℓ0.
    pub even_start: bool,
    /// cos θ ≥ 0 of each pair's northern ring.
    pub cos: &'a [f64],
    /// Start values $\tilde P_0$ and $\tilde M_0$ (= P, σM at ℓ0) of each pair as mantissas on a
    /// shared level.
    pub start_p: &'a [f64],
    pub start_m: &'a [f64],
    pub level: &'a [i32],
}

/// The state of NB ring pairs' recurrences (`a` = P̃, `b` = M̃ at the previous and current
/// degree).
pub(crate) struct Block<const NB: usize> {
    pub x: [f64; NB],
    pub a0: [f64; NB],
    pub a1: [f64; NB],
    pub b0: [f64; NB],
    pub b1: [f64; NB],
    level: [i32; NB],
    /// Lanes holding a pair (the rest of the last block runs on zeros).
    live: usize,
}

impl<const NB: usize> Block<NB> {
    /// Pairs p0..p0+NB (missing pairs at the end run on zeros).
    #[inline(always)]
    fn new(inp: &SpinInput, p0: usize) -> Block<NB> {
        let mut b = Block {
            x: [0.0; NB],
            a0: [0.0; NB],
            a1: [0.0; NB],
            b0: [0.0; NB],
            b1: [0.0; NB],
            level: [0; NB],
            live: NB.min(inp.cos.len() - p0),
        };
        for i in 0..b.live {
            b.x[i] = inp.cos[p0 + i];
            b.a1[i] = inp.start_p[p0 + i];
            b.b1[i] = inp.start_m[p0 + i];
            b.level[i] = inp.level[p0 + i];
        }
        b
    }

    /// One degree up: (P̃_{j−1}, P̃_j) ← (P̃_j, P̃_{j+1}), likewise M̃.
    #[inline(always)]
    pub(crate) fn step<M: Madd>(&mut self, alpha: f64, gamma: f64) {
        for i in 0..NB {
            let tp = M::madd(alpha, self.x[i], gamma);
            let tm = M::madd(alpha, self.x[i], -gamma);
            let a2 = M::madd(tp, self.a1[i], -self.a0[i]);
            let b2 = M::madd(tm, self.b1[i], -self.b0[i]);
            self.a0[i] = self.a1[i];
            self.a1[i] = a2;
            self.b0[i] = self.b1[i];
            self.b1[i] = b2;
        }
    }

    fn all_level_zero(&self) -> bool {
        self.level.iter().all(|&k| k == 0)
    }

    /// No ring at level 0 (a block's missing pairs do not count).
    pub(crate) fn all_level_positive(&self) -> bool {
        self.level[..self.live].iter().all(|&k| k > 0)
    }

    /// Moves rings on a level > 0 whose values passed 2^76 one level up.
    #[inline(always)]
    pub(crate) fn rescale(&mut self) {
        for i in 0..NB {
            let big = self.a1[i].abs().max(self.b1[i].abs()) >= RESCALE_AT;
            if self.level[i] > 0 && big {
                self.a0[i] *= LEVEL_FACTOR;
                self.a1[i] *= LEVEL_FACTOR;
                self.b0[i] *= LEVEL_FACTOR;
                self.b1[i] *= LEVEL_FACTOR;
                self.level[i] -= 1;
            }
        }
    }

    /// The current P̃ and M̃ of the rings at level 0 (0 for the others).
    #[inline(always)]
    fn masked(&self) -> ([f64; NB], [f64; NB]) {
        let keep = |i: usize| if self.level[i] == 0 { 1.0 } else { 0.0 };
        (
            std::array::from_fn(|i| self.a1[i] * keep(i)),
            std::array::from_fn(|i| self.b1[i] * keep(i)),
        )
    }
}

/// One degree's synthesis coefficients: $c_1h$, $c_2h$, $\sigma\rho c_1h$, $\sigma\rho c_2h$
/// ($c_{1,2} = E \pm iB$).
pub(crate) type DegreeCoefficients = [Complex64; 4];

/// Synthesis sums of one block: `g[k]` for k = G1 north, G2 north, G1 south, G2 south, real
/// and imaginary parts (rows 0–7 in that order).
pub(crate) struct SynthSums<const NB: usize> {
    pub g: [[f64; NB]; 8],
}

impl<const NB: usize> SynthSums<NB> {
    /// G1N += c1 P, G2N += c2 M, G1S += σρc1 M, G2S += σρc2 P.
    #[inline(always)]
    fn add<M: Madd>(&mut self, c: &DegreeCoefficients, p: &[f64; NB], m: &[f64; NB]) {
        let terms = [(0, c[0], p), (2, c[1], m), (4, c[2], m), (6, c[3], p)];
        for (k, coef, f) in terms {
            let (re, im) = self.g.split_at_mut(k + 1);
            for ((r, i), v) in re[k].iter_mut().zip(im[0].iter_mut()).zip(f) {
                *r = M::madd(coef.re, *v, *r);
                *i = M::madd(coef.im, *v, *i);
            }
        }
    }
}

/// A block's adjoint inputs per lane, rows 0–7: real and imaginary parts of
/// $y_1^N = Q_N + iU_N$, $y_2^N = Q_N - iU_N$, $\sigma y_1^S$, $\sigma y_2^S$.
pub(crate) struct AdjointInputs<const NB: usize> {
    pub v: [[f64; NB]; 8],
}

/// The degree loop once every ring of a block is at level 0 (no masks, no rescaling): the
/// part of the kernels where the time goes, written per instruction set.
pub(crate) trait SpinTail<const NB: usize> {
    /// Runs the recurrence from degree 0 while no ring of the block is at level 0 (nothing to
    /// accumulate), rescaling; returns the first degree at which some ring is (or nl).
    fn skip(inp: &SpinInput, blk: &mut Block<NB>) -> usize;
    /// Synthesis sums for degrees j..nl.
    fn synth(
        inp: &SpinInput,
        coef: &[DegreeCoefficients],
        blk: &mut Block<NB>,
        sums: &mut SynthSums<NB>,
        j: usize,
    );
    /// Adjoint row updates for degrees j..nl (`acc` rows of 4·[`ROW`] values per degree;
    /// `rho` = ρ at j is +1).
    fn adjoint(
        inp: &SpinInput,
        x: &AdjointInputs<NB>,
        blk: &mut Block<NB>,
        acc: &mut [f64],
        j: usize,
        rho: bool,
    );
}

/// The portable tail: lane loops with the multiply-add `M`.
pub(crate) struct Portable<M>(std::marker::PhantomData<M>);

impl<const NB: usize, M: Madd> SpinTail<NB> for Portable<M> {
    #[inline(always)]
    fn skip(inp: &SpinInput, blk: &mut Block<NB>) -> usize {
        portable_skip::<NB, M>(inp, blk)
    }

    #[inline(always)]
    fn synth(
        inp: &SpinInput,
        coef: &[DegreeCoefficients],
        blk: &mut Block<NB>,
        sums: &mut SynthSums<NB>,
        mut j: usize,
    ) {
        while j < inp.nl {
            let (p, m) = (blk.a1, blk.b1);
            sums.add::<M>(&coef[j], &p, &m);
            if j + 1 < inp.nl {
                blk.step::<M>(inp.alpha[j], inp.gamma[j]);
            }
            j += 1;
        }
    }

    #[inline(always)]
    fn adjoint(
        inp: &SpinInput,
        x: &AdjointInputs<NB>,
        blk: &mut Block<NB>,
        acc: &mut [f64],
        mut j: usize,
        mut rho: bool,
    ) {
        while j < inp.nl {
            let (p, m) = (blk.a1, blk.b1);
            adjoint_row::<NB, M>(x, &p, &m, &mut acc[4 * ROW * j..4 * ROW * (j + 1)], rho);
            if j + 1 < inp.nl {
                blk.step::<M>(inp.alpha[j], inp.gamma[j]);
            }
            j += 1;
            rho = !rho;
        }
    }
}

/// [`SpinTail::skip`] with lane loops.
#[inline(always)]
pub(crate) fn portable_skip<const NB: usize, M: Madd>(
    inp: &SpinInput,
    blk: &mut Block<NB>,
) -> usize {
    let mut j = 0;
    while j + 1 < inp.nl && blk.all_level_positive() {
        blk.step::<M>(inp.alpha[j], inp.gamma[j]);
        blk.rescale();
        j += 1;
    }
    j
}

/// One degree's adjoint terms added to its row (Re H1, Im H1, Re H2, Im H2, 4 values each:
/// lane i adds into slot i mod 4, so that wider blocks fold their vectors into one row visit):
/// H1 += P y1N ± M σy1S, H2 += M y2N ± P σy2S (sign ρ).
#[inline(always)]
fn adjoint_row<const NB: usize, M: Madd>(
    x: &AdjointInputs<NB>,
    p: &[f64; NB],
    m: &[f64; NB],
    row: &mut [f64],
    rho: bool,
) {
    let v = &x.v;
    let (h1r, rest) = row.split_at_mut(ROW);
    let (h1i, rest) = rest.split_at_mut(ROW);
    let (h2r, h2i) = rest.split_at_mut(ROW);
    for i in 0..NB {
        let s = i % ROW;
        let (ps, ms) = if rho { (p[i], m[i]) } else { (-p[i], -m[i]) };
        h1r[s] = M::madd(p[i], v[0][i], M::madd(ms, v[4][i], h1r[s]));
        h1i[s] = M::madd(p[i], v[1][i], M::madd(ms, v[5][i], h1i[s]));
        h2r[s] = M::madd(m[i], v[2][i], M::madd(ps, v[6][i], h2r[s]));
        h2i[s] = M::madd(m[i], v[3][i], M::madd(ps, v[7][i], h2i[s]));
    }
}

/// Values per quantity in one adjoint row (rows hold 4·ROW values per degree).
pub(crate) const ROW: usize = 4;

/// Synthesis for one order: for each pair p, `out[p]` = (Q_north, Q_south, U_north, U_south)
/// from the per-degree coefficients (see [`DegreeCoefficients`]).
#[inline(always)]
pub(crate) fn synthesis<const NB: usize, M: Madd, T: SpinTail<NB>>(
    inp: &SpinInput,
    coef: &[DegreeCoefficients],
    out: &mut [[Complex64; 4]],
) {
    let npairs = inp.cos.len();
    for p0 in (0..npairs).step_by(NB) {
        let mut blk = Block::<NB>::new(inp, p0);
        let mut sums = SynthSums::<NB> { g: [[0.0; NB]; 8] };
        // Every ring below the accumulation threshold: recurrence only.
        let mut j = T::skip(inp, &mut blk);
        // Some rings still below it: masked sums, rescaling.
        while j < inp.nl && !blk.all_level_zero() {
            let (p, m) = blk.masked();
            sums.add::<M>(&coef[j], &p, &m);
            if j + 1 < inp.nl {
                blk.step::<M>(inp.alpha[j], inp.gamma[j]);
                blk.rescale();
            }
            j += 1;
        }
        T::synth(inp, coef, &mut blk, &mut sums, j);
        for i in 0..NB.min(npairs - p0) {
            let g = |k: usize| Complex64::new(sums.g[2 * k][i], sums.g[2 * k + 1][i]);
            let (g1n, g2n, g1s, g2s) = (g(0), g(1), g(2), g(3));
            // F^Q = −(G1 + G2)/2, F^U = i(G1 − G2)/2.
            let q = |a: Complex64, b: Complex64| -0.5 * (a + b);
            let u = |a: Complex64, b: Complex64| {
                let d = a - b;
                Complex64::new(-0.5 * d.im, 0.5 * d.re)
            };
            out[p0 + i] = [q(g1n, g2n), q(g1s, g2s), u(g1n, g2n), u(g1s, g2s)];
        }
    }
}

/// One pair's adjoint inputs: (Q_n + iU_n, Q_n − iU_n, σ(Q_s + iU_s), σ(Q_s − iU_s)).
pub(crate) type PairSums = [Complex64; 4];

/// Adjoint for one order: `acc` (≥ 4·ROW·nl values) receives per degree and lane slot the sums
/// H1, H2, and `out[j]` their lane totals (H1, H2).
#[inline(always)]
pub(crate) fn adjoint<const NB: usize, M: Madd, T: SpinTail<NB>>(
    inp: &SpinInput,
    pairs: &[PairSums],
    acc: &mut [f64],
    out: &mut [[Complex64; 2]],
) {
    let nl = inp.nl;
    let acc = &mut acc[..4 * ROW * nl];
    acc.fill(0.0);
    let npairs = inp.cos.len();
    for p0 in (0..npairs).step_by(NB) {
        let mut blk = Block::<NB>::new(inp, p0);
        let mut x = AdjointInputs::<NB> { v: [[0.0; NB]; 8] };
        for i in 0..NB.min(npairs - p0) {
            for (k, c) in pairs[p0 + i].iter().enumerate() {
                x.v[2 * k][i] = c.re;
                x.v[2 * k + 1][i] = c.im;
            }
        }
        let mut j = T::skip(inp, &mut blk);
        let mut rho = inp.even_start ^ (j % 2 == 1);
        while j < nl && !blk.all_level_zero() {
            let (p, m) = blk.masked();
            adjoint_row::<NB, M>(&x, &p, &m, &mut acc[4 * ROW * j..4 * ROW * (j + 1)], rho);
            if j + 1 < nl {
                blk.step::<M>(inp.alpha[j], inp.gamma[j]);
                blk.rescale();
            }
            j += 1;
            rho = !rho;
        }
        T::adjoint(inp, &x, &mut blk, acc, j, rho);
    }
    for (j, o) in out[..nl].iter_mut().enumerate() {
        let row = &acc[4 * ROW * j..4 * ROW * (j + 1)];
        let sum = |k: usize| row[k * ROW..(k + 1) * ROW].iter().sum::<f64>();
        *o = [
            Complex64::new(sum(0), sum(1)),
            Complex64::new(sum(2), sum(3)),
        ];
    }
}

/// Scratch length (f64 values) of [`adjoint`] for `nl` degrees.
pub(crate) fn adjoint_scratch_len(nl: usize) -> usize {
    4 * ROW * nl
}

#[cfg(target_arch = "x86_64")]
mod avx2;

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::*;
    use crate::sht::kernels::Fused;

    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn synthesis_avx2(
        inp: &SpinInput,
        coef: &[DegreeCoefficients],
        out: &mut [[Complex64; 4]],
    ) {
        synthesis::<4, Fused, super::avx2::Avx2Tail>(inp, coef, out)
    }

    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn adjoint_avx2(
        inp: &SpinInput,
        pairs: &[PairSums],
        acc: &mut [f64],
        out: &mut [[Complex64; 2]],
    ) {
        adjoint::<8, Fused, super::avx2::Avx2Tail>(inp, pairs, acc, out)
    }

    #[target_feature(enable = "avx512f,fma")]
    pub(super) unsafe fn synthesis_avx512(
        inp: &SpinInput,
        coef: &[DegreeCoefficients],
        out: &mut [[Complex64; 4]],
    ) {
        synthesis::<8, Fused, Portable<Fused>>(inp, coef, out)
    }

    #[target_feature(enable = "avx512f,fma")]
    pub(super) unsafe fn adjoint_avx512(
        inp: &SpinInput,
        pairs: &[PairSums],
        acc: &mut [f64],
        out: &mut [[Complex64; 2]],
    ) {
        adjoint::<8, Fused, Portable<Fused>>(inp, pairs, acc, out)
    }
}

/// [`synthesis`] with the instruction set's block width and multiply-add.
pub(crate) fn synthesis_dispatch(
    isa: super::Isa,
    inp: &SpinInput,
    coef: &[DegreeCoefficients],
    out: &mut [[Complex64; 4]],
) {
    use super::Isa;
    match isa {
        // SAFETY: an `Isa::Avx2`/`Isa::Avx512` value only exists after `Isa::detect`/`checked`
        // saw the features.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => unsafe { x86::synthesis_avx2(inp, coef, out) },
        #[cfg(target_arch = "x86_64")]
        // SAFETY: as above.
        Isa::Avx512 => unsafe { x86::synthesis_avx512(inp, coef, out) },
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => synthesis::<4, super::Fused, Portable<super::Fused>>(inp, coef, out),
        _ => synthesis::<4, super::Plain, Portable<super::Plain>>(inp, coef, out),
    }
}

/// [`adjoint`] with the instruction set's block width and multiply-add.
pub(crate) fn adjoint_dispatch(
    isa: super::Isa,
    inp: &SpinInput,
    pairs: &[PairSums],
    acc: &mut [f64],
    out: &mut [[Complex64; 2]],
) {
    use super::Isa;
    match isa {
        // SAFETY: as in `synthesis_dispatch`.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => unsafe { x86::adjoint_avx2(inp, pairs, acc, out) },
        #[cfg(target_arch = "x86_64")]
        // SAFETY: as above.
        Isa::Avx512 => unsafe { x86::adjoint_avx512(inp, pairs, acc, out) },
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => adjoint::<4, super::Fused, Portable<super::Fused>>(inp, pairs, acc, out),
        _ => adjoint::<4, super::Plain, Portable<super::Plain>>(inp, pairs, acc, out),
    }
}
