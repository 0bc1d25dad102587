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
    /// σ = (−1)^s.
    pub sigma: f64,
    /// ρ at ℓ0 is +1 (ℓ0 + m + s even).
    pub even_start: bool,
    /// cos θ ≥ 0 of each pair's northern ring.
    pub cos: &'a [f64],
    /// Start values P_{ℓ0}, M_{ℓ0} of each pair as mantissas on a shared level.
    pub start_p: &'a [f64],
    pub start_m: &'a [f64],
    pub level: &'a [i32],
}

/// The state of NB ring pairs' recurrences (`a` = P, `b` = M).
struct Block<const NB: usize> {
    x: [f64; NB],
    a0: [f64; NB],
    a1: [f64; NB],
    b0: [f64; NB],
    b1: [f64; NB],
    level: [i32; NB],
    /// σ = (−1)^s.
    sigma: f64,
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
            sigma: inp.sigma,
        };
        for i in 0..NB.min(inp.cos.len() - p0) {
            b.x[i] = inp.cos[p0 + i];
            b.a1[i] = inp.start_p[p0 + i];
            b.b1[i] = inp.start_m[p0 + i];
            b.level[i] = inp.level[p0 + i];
        }
        b
    }

    /// One degree up: (P_{j−1}, P_j) ← (P_j, P_{j+1}), likewise M.
    #[inline(always)]
    fn step<M: Madd>(&mut self, alpha: f64, alpha_c: f64, beta: f64) {
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

    /// Moves rings on a level > 0 whose values passed 2^76 one level up.
    #[inline(always)]
    fn rescale(&mut self) {
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
        let sm: [f64; NB] = std::array::from_fn(|i| self.sigma * self.b1[i]);
        (
            std::array::from_fn(|i| (self.a1[i] + sm[i]) * mask[i]),
            std::array::from_fn(|i| (self.a1[i] - sm[i]) * mask[i]),
        )
    }

    /// The current A and B.
    #[inline(always)]
    fn combinations_unmasked(&self) -> ([f64; NB], [f64; NB]) {
        let sm: [f64; NB] = std::array::from_fn(|i| self.sigma * self.b1[i]);
        (
            std::array::from_fn(|i| self.a1[i] + sm[i]),
            std::array::from_fn(|i| self.a1[i] - sm[i]),
        )
    }
}

/// Synthesis sums of one block: `sym[k]`, `anti[k]` for k = Re Q, Im Q, Re U, Im U.
struct SynthSums<const NB: usize> {
    sym: [[f64; NB]; 4],
    anti: [[f64; NB]; 4],
}

impl<const NB: usize> SynthSums<NB> {
    /// Adds degree j's terms; `rho` = ρ_ℓ = +1. With e = −E/2, b = −B/2:
    /// Q += e A + i b B, U += b A − i e B; the A terms have parity ρ, the B terms −ρ.
    #[inline(always)]
    fn add<M: Madd, const RHO: bool>(
        &mut self,
        e: Complex64,
        b: Complex64,
        a: &[f64; NB],
        bf: &[f64; NB],
    ) {
        let (sa, sb) = if RHO {
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

/// Synthesis for one order: for each pair p, `out[p]` = (Q_north, Q_south, U_north, U_south)
/// from the prepared coefficients `e[j]` = −E_{ℓ0+j}/2 and `b[j]` = −B_{ℓ0+j}/2.
#[inline(always)]
pub(crate) fn synthesis<const NB: usize, M: Madd>(
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
        let mut j = 0;
        let mut rho = inp.even_start;
        // Phase 1: some rings still below the accumulation threshold.
        while j < inp.nl && !blk.all_level_zero() {
            let (a, bf) = blk.combinations(&blk.mask());
            if rho {
                sums.add::<M, true>(e[j], b[j], &a, &bf);
            } else {
                sums.add::<M, false>(e[j], b[j], &a, &bf);
            }
            if j + 1 < inp.nl {
                blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
                blk.rescale();
            }
            j += 1;
            rho = !rho;
        }
        if rho {
            synth_tail::<NB, M, true>(inp, e, b, &mut blk, &mut sums, j);
        } else {
            synth_tail::<NB, M, false>(inp, e, b, &mut blk, &mut sums, j);
        }
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

/// Phase 2 of [`synthesis`] from degree j on, two degrees per iteration (RHO = ρ at j).
#[inline(always)]
fn synth_tail<const NB: usize, M: Madd, const RHO: bool>(
    inp: &SpinInput,
    e: &[Complex64],
    b: &[Complex64],
    blk: &mut Block<NB>,
    sums: &mut SynthSums<NB>,
    mut j: usize,
) {
    let nl = inp.nl;
    while j + 1 < nl {
        let (a, bf) = blk.combinations_unmasked();
        sums.add::<M, RHO>(e[j], b[j], &a, &bf);
        blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
        j += 1;
        let (a, bf) = blk.combinations_unmasked();
        if RHO {
            sums.add::<M, false>(e[j], b[j], &a, &bf);
        } else {
            sums.add::<M, true>(e[j], b[j], &a, &bf);
        }
        if j + 1 < nl {
            blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
        }
        j += 1;
    }
    if j < nl {
        let (a, bf) = blk.combinations_unmasked();
        sums.add::<M, RHO>(e[j], b[j], &a, &bf);
    }
}

/// The symmetric and antisymmetric combinations of one pair's ring Fourier coefficients for the
/// adjoint: (Q_n + Q_s, Q_n − Q_s, U_n + U_s, U_n − U_s).
pub(crate) type PairSums = [Complex64; 4];

/// Adjoint for one order: `acc` (≥ 4·NB·nl values) receives per degree and lane the sums
/// Re E, Im E, Re B, Im B of $\sum_p A(\ldots) + B(\ldots)$ (without the factor −½), and `out[j]`
/// their lane totals (E, B).
#[inline(always)]
pub(crate) fn adjoint<const NB: usize, M: Madd>(
    inp: &SpinInput,
    pairs: &[PairSums],
    acc: &mut [f64],
    out: &mut [[Complex64; 2]],
) {
    let nl = inp.nl;
    let acc = &mut acc[..4 * NB * nl];
    acc.fill(0.0);
    let npairs = inp.cos.len();
    for p0 in (0..npairs).step_by(NB) {
        let mut blk = Block::<NB>::new(inp, p0);
        let z = Complex64::new(0.0, 0.0);
        let get = |k: usize| -> [Complex64; NB] {
            std::array::from_fn(|i| if p0 + i < npairs { pairs[p0 + i][k] } else { z })
        };
        let (qp, qm, up, um) = (get(0), get(1), get(2), get(3));
        let mut rho = inp.even_start;
        for j in 0..nl {
            let (av, bv) = blk.combinations(&blk.mask());
            // ρ = +1: E += A Qp + i B Um, B += A Up − i B Qm; ρ = −1 swaps p and m.
            let (q_a, u_a, q_b, u_b) = if rho {
                (&qp, &up, &qm, &um)
            } else {
                (&qm, &um, &qp, &up)
            };
            let row = &mut acc[4 * NB * j..4 * NB * (j + 1)];
            let (er, rest) = row.split_at_mut(NB);
            let (ei, rest) = rest.split_at_mut(NB);
            let (br, bi) = rest.split_at_mut(NB);
            for i in 0..NB {
                let (a, bf) = (av[i], bv[i]);
                er[i] = M::madd(a, q_a[i].re, M::madd(-bf, u_b[i].im, er[i]));
                ei[i] = M::madd(a, q_a[i].im, M::madd(bf, u_b[i].re, ei[i]));
                br[i] = M::madd(a, u_a[i].re, M::madd(bf, q_b[i].im, br[i]));
                bi[i] = M::madd(a, u_a[i].im, M::madd(-bf, q_b[i].re, bi[i]));
            }
            if j + 1 < nl {
                blk.step::<M>(inp.alpha[j], inp.alpha_c[j], inp.beta[j]);
                if !blk.all_level_zero() {
                    blk.rescale();
                }
            }
            rho = !rho;
        }
    }
    for (j, o) in out[..nl].iter_mut().enumerate() {
        let row = &acc[4 * NB * j..4 * NB * (j + 1)];
        let sum = |k: usize| row[k * NB..(k + 1) * NB].iter().sum::<f64>();
        *o = [
            Complex64::new(sum(0), sum(1)),
            Complex64::new(sum(2), sum(3)),
        ];
    }
}

/// Scratch length (f64 values) of [`adjoint`] for `nl` degrees at the widest block.
pub(crate) fn adjoint_scratch_len(nl: usize) -> usize {
    4 * WIDEST * nl
}

/// Widest block of any instruction set.
const WIDEST: usize = 8;

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
        synthesis::<4, Fused>(inp, e, b, out)
    }

    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn adjoint_avx2(
        inp: &SpinInput,
        pairs: &[PairSums],
        acc: &mut [f64],
        out: &mut [[Complex64; 2]],
    ) {
        adjoint::<4, Fused>(inp, pairs, acc, out)
    }

    #[target_feature(enable = "avx512f,fma")]
    pub(super) unsafe fn synthesis_avx512(
        inp: &SpinInput,
        e: &[Complex64],
        b: &[Complex64],
        out: &mut [[Complex64; 4]],
    ) {
        synthesis::<8, Fused>(inp, e, b, out)
    }

    #[target_feature(enable = "avx512f,fma")]
    pub(super) unsafe fn adjoint_avx512(
        inp: &SpinInput,
        pairs: &[PairSums],
        acc: &mut [f64],
        out: &mut [[Complex64; 2]],
    ) {
        adjoint::<8, Fused>(inp, pairs, acc, out)
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
        Isa::Avx512 => unsafe { x86::synthesis_avx512(inp, e, b, out) },
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => synthesis::<4, super::Fused>(inp, e, b, out),
        _ => synthesis::<4, super::Plain>(inp, e, b, out),
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
        Isa::Avx512 => unsafe { x86::adjoint_avx512(inp, pairs, acc, out) },
        #[cfg(target_arch = "aarch64")]
        Isa::Neon => adjoint::<4, super::Fused>(inp, pairs, acc, out),
        _ => adjoint::<4, super::Plain>(inp, pairs, acc, out),
    }
}
