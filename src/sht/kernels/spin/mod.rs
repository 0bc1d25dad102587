//! Spin-weighted Legendre kernels: for one order m and spin s, the sums over degree ℓ for blocks
//! of ring pairs (docs/sht.md §6).
//!
//! **Functions.** With $d^\ell_{m,s'}$ the Wigner small-d functions and
//! $N_\ell = \sqrt{(2\ell+1)/4\pi}$, the spin-s harmonic is
//! ${}_sY_{\ell m}(\theta,\phi) = (-1)^s N_\ell\, d^\ell_{m,-s}(\theta)\, e^{im\phi}$. The kernels run
//! the recurrences of $P_\ell = (-1)^sN_\ell d^\ell_{m,-s}$ and $M_\ell = (-1)^sN_\ell d^\ell_{m,s}$,
//! $P_{\ell+1} = \alpha_\ell(x + c_\ell)P_\ell - \beta_\ell P_{\ell-1}$ and
//! $M_{\ell+1} = \alpha_\ell(x - c_\ell)M_\ell - \beta_\ell M_{\ell-1}$ with x = cos θ,
//! $c_\ell = ms/(\ell(\ell+1))$ and α, β from the Wigner-d recurrence (`sht/spin.rs`), and sum
//! with the combinations $A = P + \sigma M$, $B = P - \sigma M$ (σ = (−1)^s). The two recurrences
//! run separately: near the poles P ∝ sin^{m+s}(θ/2) is much smaller than M ∝ sin^{m−s}(θ/2),
//! and a coupled recurrence for A and B would feed M's rounding errors into the faster-growing P
//! solution (measured: 2e-9 relative at ℓ = 383, θ = 0.006, m = 5, s = 2; separately 1e-12).
//!
//! **North/south symmetry.** $A_\ell(\pi-\theta) = \rho_\ell A_\ell(\theta)$ and
//! $B_\ell(\pi-\theta) = -\rho_\ell B_\ell(\theta)$ with $\rho_\ell = (-1)^{\ell+m+s}$. Each term of the
//! sums is either symmetric or antisymmetric between the rings of a pair, so a block keeps one
//! symmetric and one antisymmetric sum per output (8 real accumulators per ring pair) and each
//! degree costs 8 FMAs for the sums and 9 operations for the recurrences and combinations.
//!
//! **Extended exponent.** As in the scalar kernels, a ring's values are `mant · 2^(−256·level)`;
//! while level > 0 they are not accumulated, and the mantissas are rescaled by 2⁻²⁵⁶ once they
//! pass 2⁷⁶ (checked every degree until every ring of the block is at level 0; one step can grow
//! a value by at most α + |αc| + β < 2¹⁰, so nothing overflows between checks).

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
    /// Step j → j+1 (ℓ = ℓ0 + j): $P_{j+1} = $ (`alpha[j]`·x + `alpha_c[j]`)·P_j − `beta[j]`·P_{j−1},
    /// $M_{j+1} = $ (`alpha[j]`·x − `alpha_c[j]`)·M_j − `beta[j]`·M_{j−1}.
    pub alpha: &'a [f64],
    pub alpha_c: &'a [f64],
    pub beta: &'a [f64],
    /// ρ at ℓ0 is +1 (ℓ0 + m + s even).
    pub even_start: bool,
    /// cos θ ≥ 0 of each pair's northern ring.
    pub cos: &'a [f64],
    /// Start values P_{ℓ0} and σM_{ℓ0} of each pair as mantissas on a shared level (the
    /// kernels run the recurrence on σM, which is the same linear recurrence).
    pub start_p: &'a [f64],
    pub start_m: &'a [f64],
    pub level: &'a [i32],
}

/// The state of NB ring pairs' recurrences (`a` = P, `b` = σM at the previous and current
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

    /// One degree up: (P_{j−1}, P_j) ← (P_j, P_{j+1}), likewise M.
    #[inline(always)]
    pub(crate) fn step<M: Madd>(&mut self, alpha: f64, alpha_c: f64, beta: f64) {
        for i in 0..NB {
            let ax = alpha * self.x[i];
            let a2 = M::madd(ax + alpha_c, self.a1[i], -beta * self.a0[i]);
            let b2 = M::madd(ax - alpha_c, self.b1[i], -beta * self.b0[i]);
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

    /// 1 for rings whose values are accumulated (level 0), else 0.
    #[inline(always)]
    fn mask(&self) -> [f64; NB] {
        std::array::from_fn(|i| if self.level[i] == 0 { 1.0 } else { 0.0 })
    }

    /// The current A = P + σM and B = P − σM, times `mask`.
    #[inline(always)]
    fn combinations(&self, mask: &[f64; NB]) -> ([f64; NB], [f64; NB]) {
        (
            std::array::from_fn(|i| (self.a1[i] + self.b1[i]) * mask[i]),
            std::array::from_fn(|i| (self.a1[i] - self.b1[i]) * mask[i]),
        )
    }

    /// The current A and B.
    #[inline(always)]
    pub(crate) fn combinations_unmasked(&self) -> ([f64; NB], [f64; NB]) {
        (
            std::array::from_fn(|i| self.a1[i] + self.b1[i]),
            std::array::from_fn(|i| self.a1[i] - self.b1[i]),
        )
    }
}

/// Synthesis sums of one block: `sym[k]`, `anti[k]` for k = Re Q, Im Q, Re U, Im U.
pub(crate) struct SynthSums<const NB: usize> {
    pub sym: [[f64; NB]; 4],
    pub anti: [[f64; NB]; 4],
}

impl<const NB: usize> SynthSums<NB> {
    /// Adds one degree's terms; `rho` = (ρ_ℓ = +1). With e = −E/2, b = −B/2:
    /// Q += e A + i b B, U += b A − i e B; the A terms have parity ρ, the B terms −ρ.
    #[inline(always)]
    fn add<M: Madd>(
        &mut self,
        rho: bool,
        e: Complex64,
        b: Complex64,
        a: &[f64; NB],
        bf: &[f64; NB],
    ) {
        let (sa, sb) = if rho {
            (&mut self.sym, &mut self.anti)
        } else {
            (&mut self.anti, &mut self.sym)
        };
        let ca = [e.re, e.im, b.re, b.im];
        let cb = [-b.im, b.re, e.im, -e.re];
        for k in 0..4 {
            for i in 0..NB {
                sa[k][i] = M::madd(ca[k], a[i], sa[k][i]);
                sb[k][i] = M::madd(cb[k], bf[i], sb[k][i]);
            }
        }
    }
}

/// A block's adjoint inputs: the real and imaginary parts of Q_n + Q_s, Q_n − Q_s, U_n + U_s,
/// U_n − U_s per lane (rows 0–7 in that order).
pub(crate) struct AdjointInputs<const NB: usize> {
    pub v: [[f64; NB]; 8],
}

/// The degree loop once every ring of a block is at level 0 (no masks, no rescaling): the
/// part of the kernels where the time goes, written per instruction set.
pub(crate) trait SpinTail<const NB: usize> {
    /// Runs the recurrence from degree 0 while no ring of the block is at level 0 (nothing to
    /// accumulate), rescaling; returns the first degree at which some ring is (or nl).
    fn skip(inp: &SpinInput, blk: &mut Block<NB>) -> usize;
    /// Synthesis sums for degrees j.. (ρ at j: `rho`).
    fn synth(
        inp: &SpinInput,
        e: &[Complex64],
        b: &[Complex64],
        blk: &mut Block<NB>,
        sums: &mut SynthSums<NB>,
        j: usize,
        rho: bool,
    );
    /// Adjoint row updates for degrees j.. (`acc` rows of 4·[`ROW`] values per degree).
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
        e: &[Complex64],
        b: &[Complex64],
        blk: &mut Block<NB>,
        sums: &mut SynthSums<NB>,
        mut j: usize,
        mut rho: bool,
    ) {
        while j < inp.nl {
            let (a, bf) = blk.combinations_unmasked();
            sums.add::<M>(rho, e[j], b[j], &a, &bf);
            if j + 1 < inp.nl {
                blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
            }
            j += 1;
            rho = !rho;
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
        let ones = [1.0; NB];
        while j < inp.nl {
            adjoint_row::<NB, M>(x, blk, &ones, &mut acc[4 * ROW * j..4 * ROW * (j + 1)], rho);
            if j + 1 < inp.nl {
                blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
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
        blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
        blk.rescale();
        j += 1;
    }
    j
}

/// One degree's adjoint terms added to its row (Re E, Im E, Re B, Im B, 4 values each: lane i
/// adds into slot i mod 4, so that wider blocks fold their vectors into one row visit):
/// ρ = +1: E += A·Qp + i B·Um, B += A·Up − i B·Qm; ρ = −1 swaps the p and m inputs.
#[inline(always)]
fn adjoint_row<const NB: usize, M: Madd>(
    x: &AdjointInputs<NB>,
    blk: &Block<NB>,
    mask: &[f64; NB],
    row: &mut [f64],
    rho: bool,
) {
    let (av, bv) = blk.combinations(mask);
    let v = &x.v;
    let (q_a, u_a, q_b, u_b) = if rho { (0, 4, 2, 6) } else { (2, 6, 0, 4) };
    let (er, rest) = row.split_at_mut(ROW);
    let (ei, rest) = rest.split_at_mut(ROW);
    let (br, bi) = rest.split_at_mut(ROW);
    for i in 0..NB {
        let (a, bf, s) = (av[i], bv[i], i % ROW);
        er[s] = M::madd(a, v[q_a][i], M::madd(-bf, v[u_b + 1][i], er[s]));
        ei[s] = M::madd(a, v[q_a + 1][i], M::madd(bf, v[u_b][i], ei[s]));
        br[s] = M::madd(a, v[u_a][i], M::madd(bf, v[q_b + 1][i], br[s]));
        bi[s] = M::madd(a, v[u_a + 1][i], M::madd(-bf, v[q_b][i], bi[s]));
    }
}

/// Values per quantity in one adjoint row (rows hold 4·ROW values per degree).
pub(crate) const ROW: usize = 4;

/// Synthesis for one order: for each pair p, `out[p]` = (Q_north, Q_south, U_north, U_south)
/// from the prepared coefficients `e[j]` = −E_{ℓ0+j}/2 and `b[j]` = −B_{ℓ0+j}/2.
#[inline(always)]
pub(crate) fn synthesis<const NB: usize, M: Madd, T: SpinTail<NB>>(
    inp: &SpinInput,
    e: &[Complex64],
    b: &[Complex64],
    out: &mut [[Complex64; 4]],
) {
    let npairs = inp.cos.len();
    for p0 in (0..npairs).step_by(NB) {
        let mut blk = Block::<NB>::new(inp, p0);
        let mut sums = SynthSums::<NB> {
            sym: [[0.0; NB]; 4],
            anti: [[0.0; NB]; 4],
        };
        // Every ring below the accumulation threshold: recurrence only.
        let mut j = T::skip(inp, &mut blk);
        let mut rho = inp.even_start ^ (j % 2 == 1);
        // Some rings still below it: masked sums, rescaling.
        while j < inp.nl && !blk.all_level_zero() {
            let (a, bf) = blk.combinations(&blk.mask());
            sums.add::<M>(rho, e[j], b[j], &a, &bf);
            if j + 1 < inp.nl {
                blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
                blk.rescale();
            }
            j += 1;
            rho = !rho;
        }
        T::synth(inp, e, b, &mut blk, &mut sums, j, rho);
        for i in 0..NB.min(npairs - p0) {
            let (s, a) = (&sums.sym, &sums.anti);
            out[p0 + i] = [
                Complex64::new(s[0][i] + a[0][i], s[1][i] + a[1][i]),
                Complex64::new(s[0][i] - a[0][i], s[1][i] - a[1][i]),
                Complex64::new(s[2][i] + a[2][i], s[3][i] + a[3][i]),
                Complex64::new(s[2][i] - a[2][i], s[3][i] - a[3][i]),
            ];
        }
    }
}

/// The symmetric and antisymmetric combinations of one pair's ring Fourier coefficients for the
/// adjoint: (Q_n + Q_s, Q_n − Q_s, U_n + U_s, U_n − U_s).
pub(crate) type PairSums = [Complex64; 4];

/// Adjoint for one order: `acc` (≥ 4·ROW·nl values) receives per degree and lane slot the sums
/// Re E, Im E, Re B, Im B (without the factor −½), and `out[j]` their lane totals (E, B).
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
            let mask = blk.mask();
            adjoint_row::<NB, M>(
                &x,
                &blk,
                &mask,
                &mut acc[4 * ROW * j..4 * ROW * (j + 1)],
                rho,
            );
            if j + 1 < nl {
                blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
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
        e: &[Complex64],
        b: &[Complex64],
        out: &mut [[Complex64; 4]],
    ) {
        synthesis::<4, Fused, super::avx2::Avx2Tail>(inp, e, b, out)
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
        e: &[Complex64],
        b: &[Complex64],
        out: &mut [[Complex64; 4]],
    ) {
        synthesis::<8, Fused, Portable<Fused>>(inp, e, b, out)
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
    e: &[Complex64],
    b: &[Complex64],
    out: &mut [[Complex64; 4]],
) {
    use super::Isa;
    match isa {
        // SAFETY: an `Isa::Avx2`/`Isa::Avx512` value only exists after `Isa::detect`/`checked`
        // saw the features.
        #[cfg(target_arch = "x86_64")]
        Isa::Avx2 => unsafe { x86::synthesis_avx2(inp, e, b, out) },
        #[cfg(target_arch = "x86_64")]
        // SAFETY: as above.
        Isa::Avx512 => unsafe { x86::synthesis_avx512(inp, e, b, out) },
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => synthesis::<4, super::Fused, Portable<super::Fused>>(inp, e, b, out),
        _ => synthesis::<4, super::Plain, Portable<super::Plain>>(inp, e, b, out),
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
