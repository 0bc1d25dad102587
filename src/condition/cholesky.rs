//! Cholesky factorisation of the observation covariance K + Σ (docs/conditioning.md §C.3), run
//! sequentially so that its bits do not depend on the thread count (callers parallelise over
//! independent right-hand sides in fixed blocks instead).

use dyn_stack::{MemBuffer, MemStack};
use faer::linalg::cholesky::llt::factor::{cholesky_in_place, cholesky_in_place_scratch};
use faer::linalg::triangular_solve::{
    solve_lower_triangular_in_place, solve_upper_triangular_in_place,
};
use faer::{Mat, MatMut, Par};

/// The lower factor L of a symmetric positive definite matrix, LLᵀ = A.
#[derive(Clone, Debug)]
pub(crate) struct Cholesky {
    lower: Mat<f64>,
}

impl Cholesky {
    /// Factors `a` (its lower triangle is read); `None` when a pivot is not positive (the
    /// matrix is not numerically positive definite).
    pub(crate) fn new(mut a: Mat<f64>) -> Option<Cholesky> {
        let n = a.nrows();
        let mut memory = MemBuffer::new(cholesky_in_place_scratch::<f64>(
            n,
            Par::Seq,
            Default::default(),
        ));
        let stack = MemStack::new(&mut memory);
        cholesky_in_place(
            a.as_mut(),
            Default::default(),
            Par::Seq,
            stack,
            Default::default(),
        )
        .ok()?;
        for j in 0..n {
            for i in 0..j {
                a[(i, j)] = 0.0;
            }
        }
        Some(Cholesky { lower: a })
    }

    /// rhs ← L⁻¹ rhs.
    pub(crate) fn solve_lower_in_place(&self, rhs: MatMut<'_, f64>) {
        solve_lower_triangular_in_place(self.lower.as_ref(), rhs, Par::Seq);
    }

    /// rhs ← A⁻¹ rhs = L⁻ᵀ L⁻¹ rhs.
    pub(crate) fn solve_in_place(&self, mut rhs: MatMut<'_, f64>) {
        solve_lower_triangular_in_place(self.lower.as_ref(), rhs.as_mut(), Par::Seq);
        solve_upper_triangular_in_place(self.lower.transpose(), rhs, Par::Seq);
    }

    /// A⁻¹ b for one vector.
    pub(crate) fn solve(&self, b: &[f64]) -> Vec<f64> {
        let mut rhs = Mat::from_fn(b.len(), 1, |i, _| b[i]);
        self.solve_in_place(rhs.as_mut());
        (0..b.len()).map(|i| rhs[(i, 0)]).collect()
    }

    /// log det A = 2 Σ log L_ii.
    pub(crate) fn log_det(&self) -> f64 {
        let n = self.lower.nrows();
        (0..n).map(|i| self.lower[(i, i)].ln()).sum::<f64>() * 2.0
    }
}
