//! One spherical harmonic transform over the ranks of a communicator (docs/distributed.md §2).

use std::sync::Arc;

use ::mpi::collective::{CommunicatorCollectives, Root};
use ::mpi::datatype::{Partition, PartitionMut};
use ::mpi::point_to_point::{Destination, Source};
use ::mpi::topology::Communicator;
use ::mpi::Count;
use num_complex::Complex64;

use super::collective::{agree, ordered_sum};
use crate::error::{param_error, Error, Result};
use crate::sht::{AnalysisOptions, AnalysisSolver, Decomposition, LocalAlm};
use crate::{Alm, Geometry, Isa, Par, Sht};

/// A transform plan whose work is split over the ranks of `comm`: rank p holds the coefficients
/// of its orders ([`LocalAlm`], orders dealt out in blocks balanced by Legendre work) and the
/// map values of its rings (one contiguous pixel range, [`DistributedSht::pixels`]). Synthesis
/// runs the Legendre stage of the local orders, one all-to-all exchange (orders → rings) and the
/// local ring FFTs; the adjoint and the analysis run the same steps backwards. The results are
/// bitwise those of the serial [`Sht`] for any number of ranks (every value is computed by the
/// same code from the same inputs; the analysis' conjugate-gradient inner products are summed
/// in the serial order, from per-order partial sums).
///
/// Every method is collective: all ranks call it, in the same order. A rank that fails (bad
/// input, memory) makes every rank return [`Error::Distributed`] with its message.
///
/// ```no_run
/// use sphfield::mpi::{rsmpi, DistributedSht};
/// use sphfield::{Alm, Geometry, Par};
/// let universe = rsmpi::initialize().unwrap();
/// let world = universe.world();
/// let sht = DistributedSht::new(&world, Geometry::gauss_legendre(4096, 8191)?, 4095, 4095)?;
/// // Rank 0 holds the whole coefficient set; the others pass None.
/// let alm = (sht.rank() == 0).then(|| Alm::zeros(4095, 4095)).transpose()?;
/// let local = sht.scatter_alm(alm.as_ref())?;
/// let pixels = sht.synthesis(&local, Par::threads(4))?; // this rank's rings
/// let map = sht.gather_map(&pixels)?;                  // Some(full map) on rank 0
/// # Ok::<(), sphfield::Error>(())
/// ```
pub struct DistributedSht<'c, C: Communicator> {
    comm: &'c C,
    sht: Sht,
    dec: Decomposition,
    rank: usize,
}

impl<C: Communicator> std::fmt::Debug for DistributedSht<'_, C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DistributedSht")
            .field("sht", &self.sht)
            .field("rank", &self.rank)
            .field("ranks", &self.dec.size())
            .finish()
    }
}

/// The error for pixels in which the ring stage met a NaN or an infinity.
fn non_finite_pixels(what: &str, pixels: &[f64]) -> Error {
    crate::error::check_finite(&format!("{what} (this rank's pixels)"), pixels)
        .err()
        .unwrap_or_else(|| crate::error::non_finite(what, 0, f64::NAN))
}

/// Counts and displacements of one side of an exchange, as MPI wants them.
fn partition(counts: &[usize]) -> Result<(Vec<Count>, Vec<Count>)> {
    let too_large = |what: &str, n: usize| Error::TooLarge {
        what: format!("{what} of the transform's exchange (values; MPI counts are 32-bit)"),
        requested: n as u128,
        limit: Count::MAX as u128,
    };
    let mut displs = Vec::with_capacity(counts.len());
    let mut at = 0usize;
    for &n in counts {
        displs.push(Count::try_from(at).map_err(|_| too_large("an offset", at))?);
        at += n;
    }
    let counts = counts
        .iter()
        .map(|&n| Count::try_from(n).map_err(|_| too_large("one rank's share", n)))
        .collect::<Result<Vec<_>>>()?;
    Ok((counts, displs))
}

impl<'c, C: Communicator> DistributedSht<'c, C> {
    /// Plans the transform on every rank of `comm` (collective; all ranks pass the same grid and
    /// band limits, which is checked).
    ///
    /// # Errors
    /// As [`Sht::new`]; [`Error::Distributed`] if any rank fails or the ranks disagree.
    pub fn new(
        comm: &'c C,
        geometry: impl Into<Arc<Geometry>>,
        lmax: usize,
        mmax: usize,
    ) -> Result<DistributedSht<'c, C>> {
        let geometry = geometry.into();
        let rank = comm.rank() as usize;
        let size = comm.size() as usize;
        // Every rank must plan the same transform.
        let mine = [
            lmax as u64,
            mmax as u64,
            geometry.npix() as u64,
            geometry.rings().len() as u64,
        ];
        let mut root = mine;
        comm.process_at_rank(0).broadcast_into(&mut root[..]);
        let same = if root == mine {
            Ok(())
        } else {
            Err(Error::Mismatch(format!(
                "rank {rank} plans lmax {lmax}, mmax {mmax} on {} but rank 0 plans lmax {}, \
                 mmax {} on a grid of {} pixels",
                geometry.describe(),
                root[0],
                root[1],
                root[2]
            )))
        };
        agree(comm, same)?;
        let planned = Sht::new(geometry, lmax, mmax)
            .and_then(|sht| Decomposition::new(&sht, size).map(|dec| (sht, dec)));
        let (sht, dec) = agree(comm, planned)?;
        Ok(DistributedSht {
            comm,
            sht,
            dec,
            rank,
        })
    }

    /// The same plan with a given instruction set on every rank (tests, benchmarks).
    ///
    /// # Errors
    /// [`Error::Distributed`] if a rank's CPU lacks it.
    pub fn with_isa(self, isa: Isa) -> Result<DistributedSht<'c, C>> {
        let DistributedSht {
            comm,
            sht,
            dec,
            rank,
        } = self;
        let sht = agree(comm, sht.with_isa(isa))?;
        Ok(DistributedSht {
            comm,
            sht,
            dec,
            rank,
        })
    }

    /// The serial plan each rank holds (its tables; the work is split by the decomposition).
    pub fn plan(&self) -> &Sht {
        &self.sht
    }

    /// How orders and rings are dealt out.
    pub fn decomposition(&self) -> &Decomposition {
        &self.dec
    }

    /// This rank.
    pub fn rank(&self) -> usize {
        self.rank
    }

    /// The orders this rank holds.
    pub fn orders(&self) -> Vec<usize> {
        self.dec.orders(self.rank)
    }

    /// The pixels (one contiguous range of the map) this rank holds.
    pub fn pixels(&self) -> std::ops::Range<usize> {
        self.dec.pixels(self.rank)
    }

    /// Zero coefficients of this rank's orders.
    ///
    /// # Errors
    /// `Error::TooLarge` if memory fails (not collective).
    pub fn local_zeros(&self) -> Result<LocalAlm> {
        LocalAlm::zeros(&self.dec, self.rank)
    }

    fn exchange(
        &self,
        send: &[Complex64],
        send_counts: &[usize],
        receive_counts: &[usize],
    ) -> Result<Vec<Complex64>> {
        let sizes = partition(send_counts).and_then(|s| Ok((s, partition(receive_counts)?)));
        let ((sc, sd), (rc, rd)) = agree(self.comm, sizes)?;
        let total: usize = receive_counts.iter().sum();
        let buffer = self.sht.pooled("the exchange's receive buffer", total);
        let mut received = agree(self.comm, buffer)?;
        let send = Partition::new(send, &sc[..], &sd[..]);
        let mut receive = PartitionMut::new(&mut received[..], &rc[..], &rd[..]);
        self.comm.all_to_all_varcount_into(&send, &mut receive);
        Ok(received)
    }

    /// Synthesis of the field whose orders are spread over the ranks (`local`: this rank's):
    /// the values of this rank's pixels. Bitwise the serial [`Sht::synthesis`].
    ///
    /// # Errors
    /// Shape and finiteness errors of any rank, as [`Error::Distributed`].
    pub fn synthesis(&self, local: &LocalAlm, par: Par) -> Result<Vec<f64>> {
        let (sht, dec, rank) = (&self.sht, &self.dec, self.rank);
        let send = par.install(|| sht.synthesis_send(dec, rank, local));
        let send = agree(self.comm, send)?;
        let received = self.exchange(
            &send,
            &self.dec.order_side_counts(self.rank),
            &self.dec.ring_side_counts(self.rank),
        )?;
        self.sht.recycle(send);
        let out = crate::memory::try_zeros("the rank's map values", self.pixels().len()).and_then(
            |mut out: Vec<f64>| {
                par.install(|| sht.synthesis_receive(dec, rank, &received, &mut out))?;
                sht.recycle(received);
                Ok(out)
            },
        );
        agree(self.comm, out)
    }

    /// Adjoint synthesis from this rank's pixels: this rank's orders of the result. Bitwise the
    /// serial [`Sht::adjoint_synthesis`].
    ///
    /// # Errors
    /// Shape and finiteness errors of any rank, as [`Error::Distributed`].
    pub fn adjoint_synthesis(&self, pixels: &[f64], par: Par) -> Result<LocalAlm> {
        let scale = vec![1.0; self.sht.geometry().rings().len()];
        let what = "map";
        let (sht, dec, rank) = (&self.sht, &self.dec, self.rank);
        let send = par
            .install(|| sht.adjoint_send(dec, rank, pixels, &scale))
            .and_then(|s| s.ok_or_else(|| non_finite_pixels(what, pixels)));
        let send = agree(self.comm, send)?;
        let received = self.exchange(
            &send,
            &self.dec.ring_side_counts(self.rank),
            &self.dec.order_side_counts(self.rank),
        )?;
        sht.recycle(send);
        let local = par.install(|| sht.adjoint_receive(dec, rank, &received));
        sht.recycle(received);
        agree(self.comm, local)
    }

    /// Analysis from this rank's pixels, bitwise the serial [`Sht::analysis_refined`] with the
    /// same options: the quadrature (θ-resampled on Clenshaw–Curtis and Fejér-1 grids within
    /// their exact band limit, as the serial plan does), plus the refinement steps (Jacobi or
    /// conjugate gradients) on HEALPix and custom rings.
    ///
    /// # Errors
    /// As [`Sht::analysis_refined`], as [`Error::Distributed`].
    pub fn analysis(&self, pixels: &[f64], options: AnalysisOptions, par: Par) -> Result<LocalAlm> {
        let (iterations, tolerance) = agree(self.comm, self.sht.analysis_plan(options))?;
        let b = self.quadrature(pixels, "map", par)?;
        if iterations == 0 {
            return Ok(b);
        }
        match options.solver {
            AnalysisSolver::Jacobi => self.refine_jacobi(pixels, b, iterations, tolerance, par),
            AnalysisSolver::ConjugateGradient => self.refine_cg(b, iterations, tolerance, par),
        }
    }

    /// The quadrature step of the analysis (exchange included).
    fn quadrature(&self, pixels: &[f64], what: &str, par: Par) -> Result<LocalAlm> {
        let (sht, dec, rank) = (&self.sht, &self.dec, self.rank);
        let send = par
            .install(|| sht.analysis_send(dec, rank, pixels))
            .and_then(|s| s.ok_or_else(|| non_finite_pixels(what, pixels)));
        let send = agree(self.comm, send)?;
        let received = self.exchange(
            &send,
            &dec.ring_side_counts(rank),
            &dec.order_side_counts(rank),
        )?;
        sht.recycle(send);
        let local = par.install(|| sht.analysis_receive(dec, rank, &received));
        sht.recycle(received);
        agree(self.comm, local)
    }

    /// Real-field inner product of two distributed coefficient sets, summed exactly as
    /// [`Alm::dot`] sums (per-order partial sums, gathered, added in order of m).
    pub fn dot(&self, a: &LocalAlm, b: &LocalAlm) -> f64 {
        let mut parts = vec![0.0; self.sht.mmax() + 1];
        for m in a.orders() {
            let (x, y) = (a.get(m).unwrap_or(&[]), b.get(m).unwrap_or(&[]));
            parts[m] = if m == 0 {
                x.iter().zip(y).map(|(a, b)| a.re * b.re).sum()
            } else {
                2.0 * x
                    .iter()
                    .zip(y)
                    .map(|(a, b)| a.re * b.re + a.im * b.im)
                    .sum::<f64>()
            };
        }
        ordered_sum(self.comm, &mut parts);
        let mut total = 0.0;
        for s in parts {
            total += s;
        }
        total
    }

    /// Jacobi steps a ← a + W-quadrature(f − Y a), as the serial plan takes them.
    fn refine_jacobi(
        &self,
        pixels: &[f64],
        mut alm: LocalAlm,
        steps: usize,
        tolerance: f64,
        par: Par,
    ) -> Result<LocalAlm> {
        let b_norm = self.dot(&alm, &alm).max(0.0).sqrt();
        for _ in 0..steps {
            let mut resid = self.synthesis(&alm, par)?;
            for (r, f) in resid.iter_mut().zip(pixels) {
                *r = f - *r;
            }
            let step = self.quadrature(&resid, "residual map", par)?;
            for (a, s) in alm.as_mut_slice().iter_mut().zip(step.as_slice()) {
                *a += s * 1.0;
            }
            if self.dot(&step, &step).max(0.0).sqrt() <= tolerance * b_norm {
                break;
            }
        }
        Ok(alm)
    }

    /// Conjugate gradients on Yᵀ W Y a = Yᵀ W f, as the serial plan runs them.
    fn refine_cg(&self, b: LocalAlm, steps: usize, tolerance: f64, par: Par) -> Result<LocalAlm> {
        let mut x = self.local_zeros()?;
        let mut r = b.clone();
        let mut p = b;
        let mut rr = self.dot(&r, &r);
        let b_norm = rr.max(0.0).sqrt();
        let mut taken = 0;
        while taken < steps && rr.sqrt() > tolerance * b_norm && rr > 0.0 {
            let yp = self.synthesis(&p, par)?;
            let ap = self.quadrature(&yp, "synthesised direction", par)?;
            let p_ap = self.dot(&p, &ap);
            if p_ap.is_nan() || p_ap <= 0.0 {
                return Err(Error::Mismatch(format!(
                    "conjugate-gradient analysis broke down at step {taken} (the grid does \
                     not determine lmax {}; lower lmax or use Jacobi steps)",
                    self.sht.lmax()
                )));
            }
            let alpha = rr / p_ap;
            for (xv, pv) in x.as_mut_slice().iter_mut().zip(p.as_slice()) {
                *xv += pv * alpha;
            }
            for (rv, av) in r.as_mut_slice().iter_mut().zip(ap.as_slice()) {
                *rv += av * -alpha;
            }
            let rr_next = self.dot(&r, &r);
            let beta = rr_next / rr;
            rr = rr_next;
            for (pv, rv) in p.as_mut_slice().iter_mut().zip(r.as_slice()) {
                *pv *= beta;
                *pv += rv * 1.0;
            }
            taken += 1;
        }
        Ok(x)
    }

    /// Deals the coefficients held by rank 0 (`Some` there, `None` elsewhere) out to the
    /// ranks: each receives its orders.
    ///
    /// # Errors
    /// `Error::Mismatch` for other band limits on rank 0, as [`Error::Distributed`].
    pub fn scatter_alm(&self, alm: Option<&Alm>) -> Result<LocalAlm> {
        let check = match (self.rank, alm) {
            (0, Some(a)) => LocalAlm::from_alm(a, &self.dec, 0),
            (0, None) => Err(param_error(
                "alm",
                "None",
                "rank 0 must pass the coefficients",
            )),
            _ => self.local_zeros(),
        };
        let mut local = agree(self.comm, check)?;
        if self.rank == 0 {
            if let Some(a) = alm {
                for q in 1..self.dec.size() {
                    let theirs = LocalAlm::from_alm(a, &self.dec, q)?;
                    self.comm.process_at_rank(q as i32).send(theirs.as_slice());
                }
            }
        } else {
            self.comm
                .process_at_rank(0)
                .receive_into(local.as_mut_slice());
        }
        Ok(local)
    }

    /// Collects every rank's orders on rank 0: `Some(alm)` there, `None` elsewhere.
    ///
    /// # Errors
    /// As [`Error::Distributed`] (memory on rank 0).
    pub fn gather_alm(&self, local: &LocalAlm) -> Result<Option<Alm>> {
        let check = if local.orders() == self.orders() && local.lmax() == self.sht.lmax() {
            Ok(())
        } else {
            Err(Error::Mismatch(format!(
                "the local coefficients are not those of rank {}",
                self.rank
            )))
        };
        agree(self.comm, check)?;
        if self.rank != 0 {
            agree(self.comm, Ok(()))?;
            self.comm.process_at_rank(0).send(local.as_slice());
            return Ok(None);
        }
        let full = Alm::zeros(self.sht.lmax(), self.sht.mmax());
        let mut full = agree(self.comm, full)?;
        local.write_into(&mut full)?;
        for q in 1..self.dec.size() {
            let mut theirs = LocalAlm::zeros(&self.dec, q)?;
            self.comm
                .process_at_rank(q as i32)
                .receive_into(theirs.as_mut_slice());
            theirs.write_into(&mut full)?;
        }
        Ok(Some(full))
    }

    /// Deals a map held by rank 0 out to the ranks: each receives its pixels.
    ///
    /// # Errors
    /// A wrong map length on rank 0, as [`Error::Distributed`].
    pub fn scatter_map(&self, map: Option<&[f64]>) -> Result<Vec<f64>> {
        let npix = self.sht.geometry().npix();
        let check = match (self.rank, map) {
            (0, Some(m)) if m.len() != npix => Err(crate::error::shape_error(
                format!("map for the {}", self.sht.geometry().describe()),
                npix,
                m.len(),
            )),
            (0, None) => Err(param_error("map", "None", "rank 0 must pass the map")),
            _ => Ok(()),
        };
        agree(self.comm, check)?;
        let mine = self.pixels();
        let mut local = agree(
            self.comm,
            crate::memory::try_zeros("the rank's map values", mine.len()),
        )?;
        if let (0, Some(m)) = (self.rank, map) {
            local.copy_from_slice(&m[mine]);
            for q in 1..self.dec.size() {
                self.comm
                    .process_at_rank(q as i32)
                    .send(&m[self.dec.pixels(q)]);
            }
        } else {
            self.comm.process_at_rank(0).receive_into(&mut local[..]);
        }
        Ok(local)
    }

    /// Collects every rank's pixels on rank 0: `Some(map)` there, `None` elsewhere.
    ///
    /// # Errors
    /// As [`Error::Distributed`] (memory on rank 0).
    pub fn gather_map(&self, pixels: &[f64]) -> Result<Option<Vec<f64>>> {
        let mine = self.pixels().len();
        let check = if pixels.len() == mine {
            Ok(())
        } else {
            Err(crate::error::shape_error(
                "the rank's map values",
                mine,
                pixels.len(),
            ))
        };
        agree(self.comm, check)?;
        if self.rank != 0 {
            agree(self.comm, Ok(()))?;
            self.comm.process_at_rank(0).send(pixels);
            return Ok(None);
        }
        let full = crate::memory::try_zeros("the gathered map", self.sht.geometry().npix());
        let mut full: Vec<f64> = agree(self.comm, full)?;
        full[self.pixels()].copy_from_slice(pixels);
        for q in 1..self.dec.size() {
            self.comm
                .process_at_rank(q as i32)
                .receive_into(&mut full[self.dec.pixels(q)]);
        }
        Ok(Some(full))
    }
}
