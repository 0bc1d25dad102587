//! Hot kernels with run-time CPU-feature dispatch.
//!
//! Each kernel family is written once, generically over a block width and a fused/unfused
//! multiply-add, and compiled once per instruction set inside `#[target_feature]` wrappers
//! (one file per ISA). Only [`Isa::detect`] queries the CPU; the choice is stored in the plan,
//! so holding an `Isa` other than `Scalar` proves the features exist.

pub(crate) mod legendre;
pub(crate) mod spin;

/// Instruction set used by a plan's kernels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Isa {
    /// Portable code (baseline x86-64 / any architecture); the oracle for the others.
    Scalar,
    /// AVX2 + FMA, blocks of 8 ring pairs.
    Avx2,
    /// AVX-512F + FMA, blocks of 32 ring pairs.
    Avx512,
    /// aarch64 NEON with fused multiply-add (part of every aarch64 CPU), blocks of 8 ring
    /// pairs.
    Neon,
}

impl Isa {
    /// The best instruction set this CPU supports.
    pub fn detect() -> Isa {
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx512f") && std::is_x86_feature_detected!("fma") {
                return Isa::Avx512;
            }
            if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
                return Isa::Avx2;
            }
        }
        #[cfg(target_arch = "aarch64")]
        if std::arch::is_aarch64_feature_detected!("neon") {
            return Isa::Neon;
        }
        Isa::Scalar
    }

    /// `self` if this CPU supports it, else `None`.
    pub fn checked(self) -> Option<Isa> {
        match self {
            Isa::Scalar => Some(Isa::Scalar),
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 => (std::is_x86_feature_detected!("avx2")
                && std::is_x86_feature_detected!("fma"))
            .then_some(self),
            #[cfg(target_arch = "x86_64")]
            Isa::Avx512 => (std::is_x86_feature_detected!("avx512f")
                && std::is_x86_feature_detected!("fma"))
            .then_some(self),
            #[cfg(target_arch = "aarch64")]
            Isa::Neon => std::arch::is_aarch64_feature_detected!("neon").then_some(self),
            #[cfg(not(target_arch = "x86_64"))]
            Isa::Avx2 | Isa::Avx512 => None,
            #[cfg(not(target_arch = "aarch64"))]
            Isa::Neon => None,
        }
    }
}

/// Multiply-add `a*b + c`, fused (one rounding, needs FMA hardware) or plain (two roundings).
pub(crate) trait Madd {
    fn madd(a: f64, b: f64, c: f64) -> f64;
}

/// `a.mul_add(b, c)`: only used where the CPU has fused multiply-add (x86-64 code inside
/// `#[target_feature(enable = "fma")]`; every aarch64 CPU).
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub(crate) struct Fused;
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
impl Madd for Fused {
    #[inline(always)]
    fn madd(a: f64, b: f64, c: f64) -> f64 {
        a.mul_add(b, c)
    }
}

/// `a*b + c` with two roundings (baseline CPUs have no FMA; `mul_add` would call libm).
pub(crate) struct Plain;
impl Madd for Plain {
    #[inline(always)]
    fn madd(a: f64, b: f64, c: f64) -> f64 {
        a * b + c
    }
}
