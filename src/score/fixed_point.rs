//! The conditional score of a single data point (the denoising target).

use super::{check_call, Score};
use crate::alm::Alm;
use crate::error::Result;
use crate::ou::LinearSpde;

/// Data concentrated at $x_0$: $E[X_0|X_t=x] = x_0$ and $s(t,x) = -(x - a_tx_0)/v_t$
/// (docs/mathematics.md §5.3(iv)), the target of denoising score matching.
#[derive(Clone, Debug)]
pub struct FixedPoint {
    process: LinearSpde,
    x0: Alm,
}

impl FixedPoint {
    /// The point x0 under `process`.
    ///
    /// # Errors
    /// Shape or finiteness errors of x0.
    pub fn new(process: LinearSpde, x0: Alm) -> Result<FixedPoint> {
        process.check_alm("x0", &x0)?;
        Ok(FixedPoint { process, x0 })
    }
}

impl Score for FixedPoint {
    fn process(&self) -> &LinearSpde {
        &self.process
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        check_call(&self.process, t, x, out)?;
        if x.mmax() != self.x0.mmax() {
            return Err(crate::error::Error::Mismatch(
                "x and x0 differ in mmax".into(),
            ));
        }
        out.as_mut_slice().copy_from_slice(self.x0.as_slice());
        Ok(())
    }
}
