//! The transform plan [`Sht`]: geometry + band limit + precomputation, reusable and `Send + Sync`.

use super::kernels::legendre::MANY;
use super::kernels::Isa;
use super::legendre::{alm2leg, alm2leg_many, leg2alm, start_factors, RecurrenceTable, RingSet};
use super::refinement::AnalysisSolver;
use super::resample::ThetaResampler;
use super::rings::{leg2map, map2leg, LegLayout, RingFfts};
use crate::alm::{check_lmax_mmax, Alm};
use crate::buffers::BufferPool;
use crate::error::{check_finite, non_finite, param_error, shape_error, Error, Result};
use crate::grid::{Geometry, GridKind};
use crate::map::Map;
use crate::par::Par;
use num_complex::Complex64;
use rayon::prelude::*;
use std::sync::Arc;

/// Largest number of refinement steps [`Sht::analysis_with`] accepts.
pub const MAX_ANALYSIS_ITERATIONS: usize = 100;

/// Relative residual of the normal equations at which the default HEALPix analysis stops.
pub const DEFAULT_ANALYSIS_TOLERANCE: f64 = 1e-11;

/// Steps the default analysis takes at most on HEALPix and custom rings.
pub const DEFAULT_ANALYSIS_STEPS: usize = 12;

/// Options of [`Sht::analysis_with`] (see the `refinement` notes in [`AnalysisSolver`]).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AnalysisOptions {
    /// Refinement steps after the quadrature (at most; each costs one synthesis and one
    /// adjoint). `None` = the grid's default: 0 on exact grids, [`DEFAULT_ANALYSIS_STEPS`] on
    /// HEALPix and custom rings (conjugate gradients stop earlier at the tolerance).
    pub iterations: Option<usize>,
    /// How the steps refine (default: conjugate gradients).
    pub solver: AnalysisSolver,
    /// Stop once the relative residual of the normal equations ‖Yᵀ W (f − Ya)‖ / ‖Yᵀ W f‖ is
    /// below this. `None` = [`DEFAULT_ANALYSIS_TOLERANCE`] when the steps are the default,
    /// else 0 (exactly the steps asked for).
    pub tolerance: Option<f64>,
}

impl AnalysisOptions {
    /// Options with an explicit number of refinement steps.
    pub fn iterations(n: usize) -> AnalysisOptions {
        AnalysisOptions {
            iterations: Some(n),
            ..AnalysisOptions::default()
        }
    }

    /// The same options with another solver (`AnalysisSolver::Jacobi` for healpy's `iter`).
    pub fn with_solver(mut self, solver: AnalysisSolver) -> AnalysisOptions {
        self.solver = solver;
        self
    }

    /// The same options with a stopping tolerance.
    pub fn with_tolerance(mut self, tolerance: f64) -> AnalysisOptions {
        self.tolerance = Some(tolerance);
        self
    }
}

/// What an analysis did: `residuals[i]` is $\lVert f - \mathrm{synthesis}(a_i)\rVert_2/\lVert f\rVert_2$ after i
/// refinement steps (i = 0 is the starting point: the plain quadrature for Jacobi steps, zero
/// coefficients for conjugate gradients), so its last entry is the residual of the result.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisReport {
    /// Refinement steps performed (fewer than asked when the tolerance was reached).
    pub iterations: usize,
    /// Relative residual after 0..=iterations steps.
    pub residuals: Vec<f64>,
}

/// A spherical harmonic transform plan (synthesis, adjoint synthesis, analysis) for one geometry,
/// lmax and mmax. Precomputation (ring pairing, Legendre start factors, FFT plans, θ-resampler) is
/// done once here; each call allocates its own working memory, so one plan can be shared by
/// many threads.
///
/// ```
/// use sphfield::{Alm, Geometry, Par, Sht};
/// let lmax = 15;
/// let sht = Sht::new(Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2).unwrap(), lmax, lmax).unwrap();
/// let mut alm = Alm::zeros(lmax, lmax).unwrap();
/// alm[(3, 2)] = num_complex::Complex64::new(0.5, -1.0);
/// let map = sht.synthesis(&alm, Par::Seq).unwrap();
/// let back = sht.analysis(map.values(), Par::Seq).unwrap();
/// assert!(back.max_abs_diff(&alm).unwrap() < 1e-14);
/// ```
pub struct Sht {
    pub(super) geometry: Arc<Geometry>,
    pub(super) lmax: usize,
    pub(super) mmax: usize,
    pub(super) isa: Isa,
    pub(super) rings: RingSet,
    pub(super) start: Vec<f64>,
    pub(super) table: Option<RecurrenceTable>,
    pub(super) ffts: RingFfts,
    pub(super) resampler: Option<(ThetaResampler, RingSet)>,
    pub(super) buffers: BufferPool<Complex64>,
    /// Per ring of the geometry, the largest order that is not negligible there.
    pub(super) order_limits: Vec<usize>,
}

impl std::fmt::Debug for Sht {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sht")
            .field("geometry", &self.geometry.describe())
            .field("lmax", &self.lmax)
            .field("mmax", &self.mmax)
            .field("isa", &self.isa)
            .finish()
    }
}

impl Sht {
    /// Plans transforms between `Alm(lmax, mmax)` and maps on `geometry`.
    ///
    /// # Errors
    /// `Error::Param` if mmax > lmax; `Error::TooLarge` if lmax exceeds [`crate::alm::MAX_LMAX`].
    pub fn new(geometry: impl Into<Arc<Geometry>>, lmax: usize, mmax: usize) -> Result<Sht> {
        check_lmax_mmax(lmax, mmax)?;
        let geometry = geometry.into();
        // The FFT plans hold about two complex twiddle tables of nφ entries per distinct ring
        // length (forward and inverse): a HEALPix grid of nside 16384 needs ~17 GB of them.
        let lengths: std::collections::BTreeSet<usize> =
            geometry.rings().iter().map(|r| r.nphi).collect();
        let fft_bytes: u128 = lengths.iter().map(|&n| 32 * n as u128).sum();
        crate::memory::ensure_available(
            format!("the ring FFT plans for {}", geometry.describe()),
            fft_bytes,
        )?;
        let cs: Vec<(f64, f64)> = geometry
            .rings()
            .iter()
            .map(|r| (r.cos_theta, r.sin_theta))
            .collect();
        let rings = RingSet::new(&cs, lmax, mmax);
        let resampler = match geometry.equiangular_layout() {
            Some((nlat, poles)) if lmax <= geometry.exact_lmax().map(|v| v.0).unwrap_or(0) => {
                let r = ThetaResampler::new(nlat, poles, lmax);
                let dst: Vec<(f64, f64)> = r.dst_nodes.iter().map(|n| (n.1, n.2)).collect();
                let set = RingSet::new(&dst, lmax, mmax);
                Some((r, set))
            }
            _ => None,
        };
        let order_limits = rings.ring_order_limits();
        Ok(Sht {
            order_limits,
            ffts: RingFfts::new(geometry.rings()),
            geometry,
            lmax,
            mmax,
            isa: Isa::detect(),
            rings,
            start: start_factors(mmax),
            table: RecurrenceTable::new(lmax, mmax),
            resampler,
            // One per call running at a time (two threads sharing a plan), or the MANY of a
            // `synthesis_many` group.
            buffers: BufferPool::new(MANY),
        })
    }

    /// The same plan using a given instruction set (for tests and benchmarks).
    ///
    /// # Errors
    /// `Error::Param` if this CPU lacks the instruction set.
    pub fn with_isa(mut self, isa: Isa) -> Result<Sht> {
        self.isa = isa
            .checked()
            .ok_or_else(|| param_error("isa", format!("{isa:?}"), "not supported by this CPU"))?;
        Ok(self)
    }

    /// The grid.
    pub fn geometry(&self) -> &Arc<Geometry> {
        &self.geometry
    }
    /// Band limit.
    pub fn lmax(&self) -> usize {
        self.lmax
    }
    /// Largest order.
    pub fn mmax(&self) -> usize {
        self.mmax
    }
    /// Instruction set of the kernels.
    pub fn isa(&self) -> Isa {
        self.isa
    }

    pub(super) fn check_alm(&self, alm: &Alm) -> Result<()> {
        if alm.lmax() != self.lmax || alm.mmax() != self.mmax {
            return Err(Error::Mismatch(format!(
                "alm has lmax {}, mmax {} but the plan has lmax {}, mmax {}",
                alm.lmax(),
                alm.mmax(),
                self.lmax,
                self.mmax
            )));
        }
        alm.check_finite()
    }

    /// Length check of a map (an input's values are checked while the transform copies them,
    /// see [`Sht::non_finite_error`]; an output is overwritten).
    pub(super) fn check_map_len(&self, what: &str, map: &[f64]) -> Result<()> {
        if map.len() != self.geometry.npix() {
            return Err(shape_error(
                format!("{what} for the {}", self.geometry.describe()),
                self.geometry.npix(),
                map.len(),
            ));
        }
        Ok(())
    }

    /// The error for a map in which the ring stage met a NaN or an infinity (names the first).
    #[cold]
    pub(super) fn non_finite_error(what: &str, map: &[f64]) -> Error {
        match check_finite(what, map) {
            Err(e) => e,
            Ok(()) => non_finite(what, 0, f64::NAN),
        }
    }

    /// Map values $f(\theta_r, \phi_{rk}) = \sum_\ell [a_{\ell 0}Y_{\ell 0} + 2\,\mathrm{Re}\sum_{m>0} a_{\ell m} Y_\ell^m]$
    /// at every pixel (point evaluation; any lmax on any grid). Cost O(L²·nrings + npix log nφ).
    pub fn synthesis(&self, alm: &Alm, par: Par) -> Result<Map> {
        let mut values = crate::memory::try_zeros("a synthesised map", self.geometry.npix())?;
        self.synthesis_into(alm, &mut values, par)?;
        Map::new(self.geometry.clone(), values)
    }

    /// [`Sht::synthesis`] into a caller-owned buffer of `npix` values.
    pub fn synthesis_into(&self, alm: &Alm, out: &mut [f64], par: Par) -> Result<()> {
        self.check_alm(alm)?;
        self.check_map_len("output map", out)?;
        par.install(|| self.synthesis_unchecked(alm, out))
    }

    /// Synthesis without input checks; fails only if its working array cannot be allocated.
    pub(super) fn synthesis_unchecked(&self, alm: &Alm, out: &mut [f64]) -> Result<()> {
        let mut leg = self.leg_buffer()?;
        alm2leg(
            alm,
            &self.rings,
            self.table.as_ref(),
            &self.start,
            self.isa,
            &mut leg,
        );
        leg2map(
            &leg,
            self.mmax,
            &self.order_limits,
            self.geometry.rings(),
            &self.ffts,
            out,
        );
        self.buffers.give_back(leg);
        Ok(())
    }

    /// A pooled array for the synthesis' ring Fourier coefficients (tiled layout; give it back
    /// to `self.buffers` after use).
    pub(super) fn leg_buffer(&self) -> Result<Vec<Complex64>> {
        let nrings = self.rings.nrings();
        self.buffers.try_take(
            "the transform's ring Fourier coefficients",
            LegLayout::Tiled { nrings }.len(self.mmax, nrings),
        )
    }

    /// Fourier coefficients of every ring, scaled per ring, in a pooled buffer of the grouped
    /// layout (give it back to `self.buffers` after use); `Ok(None)` if `map` holds a NaN or an
    /// infinity. `all_orders`: every order of every ring (for the θ-resampler), else only the
    /// orders that the Legendre stage reads.
    pub(super) fn ring_coefficients(
        &self,
        map: &[f64],
        scale: &[f64],
        all_orders: bool,
    ) -> Result<Option<Vec<Complex64>>> {
        let rings = self.geometry.rings();
        let layout = LegLayout::Grouped { mmax: self.mmax };
        let mut leg = self.buffers.try_take(
            "the transform's ring Fourier coefficients",
            layout.len(self.mmax, rings.len()),
        )?;
        let every = vec![self.mmax; rings.len()];
        let limits = if all_orders {
            &every
        } else {
            &self.order_limits
        };
        if map2leg(map, self.mmax, rings, scale, limits, &self.ffts, &mut leg) {
            Ok(Some(leg))
        } else {
            self.buffers.give_back(leg);
            Ok(None)
        }
    }

    /// Fields per pass of the Legendre stage in [`Sht::synthesis_many`]: [`MANY`] (4) with the
    /// AVX-512 kernels (one recurrence for all four) and the AVX2 ones (one for each pair), 1
    /// with the others. Ensembles transformed in multiples of it go fastest.
    pub fn fields_per_pass(&self) -> usize {
        match self.isa {
            Isa::Avx512 | Isa::Avx2 => MANY,
            Isa::Scalar | Isa::Neon => 1,
        }
    }

    /// Working memory in bytes that one synthesis call on `fields` fields borrows besides its
    /// inputs and outputs: an array of (mmax + 1) × nrings complex ring Fourier coefficients per
    /// field of one pass (at most [`Sht::fields_per_pass`] of them). For memory estimates of
    /// callers that run several transforms at once.
    pub fn working_bytes(&self, fields: usize) -> u128 {
        let nrings = self.rings.nrings();
        let per_field = LegLayout::Tiled { nrings }.len(self.mmax, nrings) as u128 * 16;
        per_field * fields.clamp(1, self.fields_per_pass()) as u128
    }

    /// Synthesis of several fields with one plan: bitwise the maps [`Sht::synthesis`] gives
    /// for each. With the AVX-512 and AVX2 kernels, fields go through the Legendre stage four at
    /// a time ([`Sht::fields_per_pass`]) sharing the recurrence (all four on AVX-512, pairs on
    /// AVX2), so mostly only the coefficient sums are computed per field (`examples/many_timing`,
    /// 2-core Zen 4, 8 fields, per-field time against one-by-one synthesis: AVX-512 0.84–0.94 at
    /// lmax 511–2047, AVX2 0.91–0.95 at 1023–2047 and 0.98 at 511); other instruction sets, and
    /// a remainder of fewer than four fields, go one by one.
    ///
    /// ```
    /// use sphfield::{Alm, Geometry, Par, Sht};
    /// let sht = Sht::new(Geometry::gauss_legendre(32, 63).unwrap(), 31, 31).unwrap();
    /// let alms: Vec<Alm> = (0..5).map(|k| {
    ///     let mut a = Alm::zeros(31, 31).unwrap();
    ///     a[(k + 1, 1)].re = 1.0;
    ///     a
    /// }).collect();
    /// let maps = sht.synthesis_many(&alms, Par::Seq).unwrap();
    /// assert_eq!(maps[3], sht.synthesis(&alms[3], Par::Seq).unwrap());
    /// ```
    ///
    /// # Errors
    /// As [`Sht::synthesis`], for any of the fields.
    pub fn synthesis_many(&self, alms: &[Alm], par: Par) -> Result<Vec<Map>> {
        self.synthesis_many_with(alms, par, self.fields_per_pass() > 1)
    }

    /// [`Sht::synthesis_many`] into caller-owned buffers of `npix` values each (one per field),
    /// so that an ensemble loop reuses its maps.
    ///
    /// ```
    /// use sphfield::{Alm, Geometry, Par, Sht};
    /// let sht = Sht::new(Geometry::healpix(8).unwrap(), 16, 16).unwrap();
    /// let alms = vec![Alm::zeros(16, 16).unwrap(); 4];
    /// let mut maps = vec![vec![1.0; sht.geometry().npix()]; 4];
    /// let mut outs: Vec<&mut [f64]> = maps.iter_mut().map(|m| m.as_mut_slice()).collect();
    /// sht.synthesis_many_into(&alms, &mut outs, Par::Seq).unwrap();
    /// assert!(maps.iter().flatten().all(|&v| v == 0.0));
    /// ```
    ///
    /// # Errors
    /// As [`Sht::synthesis_into`] for any field, and `Error::Shape` when the number of outputs
    /// differs from the number of fields.
    pub fn synthesis_many_into(
        &self,
        alms: &[Alm],
        outs: &mut [&mut [f64]],
        par: Par,
    ) -> Result<()> {
        self.synthesis_many_into_with(alms, outs, par, self.fields_per_pass() > 1)
    }

    /// [`Sht::synthesis_many`] with the shared-recurrence path on (`shared`) or off.
    fn synthesis_many_with(&self, alms: &[Alm], par: Par, shared: bool) -> Result<Vec<Map>> {
        for a in alms {
            self.check_alm(a)?;
        }
        let npix = self.geometry.npix();
        let mut values: Vec<Vec<f64>> = alms
            .iter()
            .map(|_| crate::memory::try_zeros("a synthesised map", npix))
            .collect::<Result<_>>()?;
        let mut outs: Vec<&mut [f64]> = values.iter_mut().map(|v| v.as_mut_slice()).collect();
        self.synthesis_many_unchecked(alms, &mut outs, par, shared)?;
        values
            .into_iter()
            .map(|v| Map::new(self.geometry.clone(), v))
            .collect()
    }

    /// [`Sht::synthesis_many_into`] with the shared-recurrence path on (`shared`) or off.
    fn synthesis_many_into_with(
        &self,
        alms: &[Alm],
        outs: &mut [&mut [f64]],
        par: Par,
        shared: bool,
    ) -> Result<()> {
        if outs.len() != alms.len() {
            return Err(shape_error(
                "output maps (one per field)",
                alms.len(),
                outs.len(),
            ));
        }
        for (a, out) in alms.iter().zip(outs.iter()) {
            self.check_alm(a)?;
            self.check_map_len("output map", out)?;
        }
        self.synthesis_many_unchecked(alms, outs, par, shared)
    }

    /// The grouped synthesis of checked fields into outputs of the right length (one per field).
    fn synthesis_many_unchecked(
        &self,
        alms: &[Alm],
        outs: &mut [&mut [f64]],
        par: Par,
        shared: bool,
    ) -> Result<()> {
        // Whole groups of MANY fields share the recurrence; the rest go one by one.
        let grouped = if shared { alms.len() / MANY * MANY } else { 0 };
        let (grouped, rest) = alms.split_at(grouped);
        let (grouped_outs, rest_outs) = outs.split_at_mut(grouped.len());
        par.install(|| {
            for (group, out) in grouped
                .chunks_exact(MANY)
                .zip(grouped_outs.chunks_exact_mut(MANY))
            {
                self.synthesis_group(group, out)?;
            }
            for (a, out) in rest.iter().zip(rest_outs.iter_mut()) {
                self.synthesis_unchecked(a, out)?;
            }
            Ok(())
        })
    }

    /// [`Sht::synthesis_unchecked`] of [`MANY`] fields, the Legendre stage shared.
    fn synthesis_group(&self, alms: &[Alm], out: &mut [&mut [f64]]) -> Result<()> {
        let mut legs = Vec::with_capacity(MANY);
        for _ in 0..MANY {
            match self.leg_buffer() {
                Ok(leg) => legs.push(leg),
                Err(e) => {
                    for leg in legs {
                        self.buffers.give_back(leg);
                    }
                    return Err(e);
                }
            }
        }
        {
            let mut each = legs.iter_mut();
            let slices: [&mut [Complex64]; MANY] =
                std::array::from_fn(|_| each.next().expect("MANY buffers").as_mut_slice());
            let fields: [&Alm; MANY] = std::array::from_fn(|f| &alms[f]);
            alm2leg_many(
                fields,
                &self.rings,
                self.table.as_ref(),
                &self.start,
                self.isa,
                slices,
            );
        }
        for (leg, map) in legs.iter().zip(out.iter_mut()) {
            leg2map(
                leg,
                self.mmax,
                &self.order_limits,
                self.geometry.rings(),
                &self.ffts,
                map,
            );
        }
        for leg in legs {
            self.buffers.give_back(leg);
        }
        Ok(())
    }

    /// Adjoint synthesis (exact transpose of [`Sht::synthesis`] for the real-field inner product
    /// of [`Alm::dot`]): $a_{\ell m} = \sum_{\text{pixels}} f_p\,\overline{Y_\ell^m(\theta_p,\phi_p)}$, no weights.
    pub fn adjoint_synthesis(&self, map: &[f64], par: Par) -> Result<Alm> {
        self.check_map_len("map", map)?;
        let ones = vec![1.0; self.geometry.rings().len()];
        par.install(|| self.adjoint_unchecked(map, &ones))?
            .ok_or_else(|| Sht::non_finite_error("map", map))
    }

    /// `Ok(None)` if `map` holds a NaN or an infinity.
    fn adjoint_unchecked(&self, map: &[f64], scale: &[f64]) -> Result<Option<Alm>> {
        let Some(leg) = self.ring_coefficients(map, scale, false)? else {
            return Ok(None);
        };
        let alm = leg2alm(
            &leg,
            LegLayout::Grouped { mmax: self.mmax },
            &self.rings,
            self.table.as_ref(),
            &self.start,
            self.isa,
            self.lmax,
            self.mmax,
        );
        self.buffers.give_back(leg);
        alm.map(Some)
    }

    /// Per ring, the longitude quadrature weight 2π/nφ (the θ weights of the equiangular grids
    /// come with the resampler's target rings).
    pub(super) fn phi_weights(&self) -> Vec<f64> {
        self.geometry
            .rings()
            .iter()
            .map(|r| 2.0 * std::f64::consts::PI / r.nphi as f64)
            .collect()
    }

    /// The θ-resampled, weighted ring Fourier coefficients of an equiangular grid
    /// ([`LegLayout::MMajor`] over the resampler's target rings, in a pooled buffer) from
    /// `leg` ([`LegLayout::Grouped`], every order of every ring). Order m is continued to the
    /// full circle with parity (−1)^(m + spin) (spin 0 for scalar fields).
    pub(super) fn resampled(
        &self,
        leg: &[Complex64],
        resampler: &ThetaResampler,
        spin: usize,
    ) -> Result<Vec<Complex64>> {
        let rings = self.geometry.rings();
        let layout = LegLayout::Grouped { mmax: self.mmax };
        let nd = resampler.n_dst();
        let fine_layout = LegLayout::MMajor { nrings: nd };
        // Every entry is written below (one full row of nd values per order).
        let mut fine = self.buffers.try_take(
            "the resampled ring Fourier coefficients",
            fine_layout.len(self.mmax, nd),
        )?;
        fine.par_chunks_mut(nd).enumerate().for_each_init(
            || {
                (
                    vec![Complex64::new(0.0, 0.0); resampler.scratch_len()],
                    vec![Complex64::new(0.0, 0.0); rings.len()],
                )
            },
            |(scratch, src), (m, dst)| {
                for (r, v) in src.iter_mut().enumerate() {
                    *v = leg[layout.index(m, r)];
                }
                resampler.resample_weighted(m + spin, src, dst, scratch);
            },
        );
        Ok(fine)
    }

    /// Quadrature step of the analysis: exact on GL, CC and Fejér-1 within their limits.
    /// `Ok(None)` if `map` holds a NaN or an infinity; an error if working memory cannot be
    /// allocated.
    pub(super) fn quadrature_unchecked(&self, map: &[f64]) -> Result<Option<Alm>> {
        match &self.resampler {
            Some((resampler, set)) => {
                let phi_weights = self.phi_weights();
                let Some(leg) = self.ring_coefficients(map, &phi_weights, true)? else {
                    return Ok(None);
                };
                let fine = self.resampled(&leg, resampler, 0);
                self.buffers.give_back(leg);
                let fine = fine?;
                let fine_layout = LegLayout::MMajor {
                    nrings: resampler.n_dst(),
                };
                let alm = leg2alm(
                    &fine,
                    fine_layout,
                    set,
                    self.table.as_ref(),
                    &self.start,
                    self.isa,
                    self.lmax,
                    self.mmax,
                );
                self.buffers.give_back(fine);
                alm.map(Some)
            }
            None => {
                let w = self.geometry.ring_weights();
                self.adjoint_unchecked(map, &w)
            }
        }
    }

    /// Analysis $a_{\ell m} = \int f\,\overline{Y_\ell^m}\,d\sigma$ by quadrature: exact (to rounding) on
    /// Gauss–Legendre, Clenshaw–Curtis and Fejér-1 grids within [`Geometry::exact_lmax`]; on
    /// HEALPix three refinement steps (healpy's `iter=3`). See [`Sht::analysis_with`].
    ///
    /// # Errors
    /// `Error::LmaxTooLarge` beyond [`Geometry::analysis_lmax`]; shape and non-finite errors.
    pub fn analysis(&self, map: &[f64], par: Par) -> Result<Alm> {
        self.analysis_impl(map, AnalysisOptions::default(), false, par)
            .map(|(a, _)| a)
    }

    /// Analysis with options (the number of refinement steps), returning only the coefficients:
    /// `iterations` refinement steps cost one synthesis and one adjoint each, and nothing more is
    /// computed (no residual report; [`Sht::analysis_with`] gives one).
    ///
    /// ```
    /// use sphfield::{AnalysisOptions, Geometry, Par, Sht};
    /// let sht = Sht::new(Geometry::healpix(8)?, 16, 16)?;
    /// let map = vec![1.0; sht.geometry().npix()];
    /// let alm = sht.analysis_refined(&map, AnalysisOptions::iterations(5), Par::Seq)?;
    /// assert!((alm[(0, 0)].re - (4.0 * std::f64::consts::PI).sqrt()).abs() < 1e-4);
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Sht::analysis`], and `Error::Param` for more than [`MAX_ANALYSIS_ITERATIONS`] steps.
    pub fn analysis_refined(&self, map: &[f64], options: AnalysisOptions, par: Par) -> Result<Alm> {
        self.analysis_impl(map, options, false, par).map(|(a, _)| a)
    }

    /// Analysis with options, returning the residual after every refinement step (this costs one
    /// extra synthesis).
    pub fn analysis_with(
        &self,
        map: &[f64],
        options: AnalysisOptions,
        par: Par,
    ) -> Result<(Alm, AnalysisReport)> {
        self.analysis_impl(map, options, true, par)
    }

    /// Analysis of several maps with one plan: [`Sht::analysis_refined`] of each, in order,
    /// bitwise. (The adjoint Legendre stage goes field by field: unlike the synthesis, whose
    /// sums live in registers, its per-degree sums are rows in memory, and sharing the
    /// recurrence between fields would change their summation order.)
    ///
    /// ```
    /// use sphfield::{AnalysisOptions, Geometry, Par, Sht};
    /// let sht = Sht::new(Geometry::gauss_legendre(17, 33)?, 16, 16)?;
    /// let (a, b) = (vec![1.0; sht.geometry().npix()], vec![2.0; sht.geometry().npix()]);
    /// let alms = sht.analysis_many(&[&a, &b], AnalysisOptions::default(), Par::Seq)?;
    /// assert!((alms[1][(0, 0)].re - 2.0 * alms[0][(0, 0)].re).abs() < 1e-14);
    /// # Ok::<(), sphfield::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Sht::analysis_refined`] for any of the maps (the first failure is returned).
    pub fn analysis_many(
        &self,
        maps: &[&[f64]],
        options: AnalysisOptions,
        par: Par,
    ) -> Result<Vec<Alm>> {
        for map in maps {
            self.check_map_len("map", map)?;
        }
        maps.iter()
            .map(|map| self.analysis_refined(map, options, par))
            .collect()
    }

    /// Checks that the grid resolves the plan's lmax and resolves `options` into (refinement
    /// steps, stopping tolerance): by default 0 steps on exact grids, [`DEFAULT_ANALYSIS_STEPS`]
    /// with [`DEFAULT_ANALYSIS_TOLERANCE`] on HEALPix and custom rings; an explicit step count
    /// without a tolerance runs exactly those steps.
    pub(crate) fn analysis_plan(&self, options: AnalysisOptions) -> Result<(usize, f64)> {
        let (max, formula) = self.geometry.analysis_lmax();
        if self.lmax > max {
            return Err(Error::LmaxTooLarge {
                lmax: self.lmax,
                max: formula,
                geometry: self.geometry.describe(),
            });
        }
        let exact = !matches!(
            self.geometry.kind(),
            GridKind::Healpix { .. } | GridKind::Custom
        );
        let default_steps = if exact { 0 } else { DEFAULT_ANALYSIS_STEPS };
        let iterations = options.iterations.unwrap_or(default_steps);
        if iterations > MAX_ANALYSIS_ITERATIONS {
            return Err(crate::error::param_error(
                "analysis iterations",
                iterations,
                format!(
                    "at most {MAX_ANALYSIS_ITERATIONS}: each costs a synthesis and an adjoint \
                     synthesis, and the refinement stops improving after a few dozen"
                ),
            ));
        }
        let tolerance = match (options.tolerance, options.iterations) {
            (Some(t), _) => t,
            (None, None) => DEFAULT_ANALYSIS_TOLERANCE,
            (None, Some(_)) => 0.0,
        };
        if !(tolerance.is_finite() && tolerance >= 0.0) {
            return Err(crate::error::param_error(
                "analysis tolerance",
                tolerance,
                "must be finite and non-negative",
            ));
        }
        Ok((iterations, tolerance))
    }

    fn analysis_impl(
        &self,
        map: &[f64],
        options: AnalysisOptions,
        report: bool,
        par: Par,
    ) -> Result<(Alm, AnalysisReport)> {
        self.check_map_len("map", map)?;
        let (iterations, tolerance) = self.analysis_plan(options)?;
        par.install(|| {
            if iterations == 0 && !report {
                let Some(alm) = self.quadrature_unchecked(map)? else {
                    return Err(Sht::non_finite_error("map", map));
                };
                let report = AnalysisReport {
                    iterations: 0,
                    residuals: Vec::new(),
                };
                return Ok((alm, report));
            }
            let refined = match options.solver {
                AnalysisSolver::Jacobi => self.refine_jacobi(map, iterations, tolerance, report)?,
                AnalysisSolver::ConjugateGradient if iterations == 0 => {
                    self.refine_jacobi(map, 0, tolerance, report)?
                }
                AnalysisSolver::ConjugateGradient => self.refine_cg(map, iterations, tolerance)?,
            };
            let report = AnalysisReport {
                iterations: refined.steps,
                residuals: refined.residuals,
            };
            Ok((refined.alm, report))
        })
    }
}

#[cfg(test)]
mod shared_recurrence_tests {
    use super::*;

    /// The grouped path gives each field's one-by-one map bit for bit on every instruction set
    /// (shared recurrence on AVX-512 and AVX2, field by field inside the group elsewhere), with polar
    /// masking and a remainder group.
    #[test]
    fn shared_recurrence_is_bitwise_one_by_one() {
        for (g, lmax) in [
            (Geometry::gauss_legendre(301, 602).unwrap(), 300usize),
            (Geometry::healpix(32).unwrap(), 95),
        ] {
            let alms: Vec<Alm> = (0..9)
                .map(|k| {
                    let mut a = Alm::zeros(lmax, lmax).unwrap();
                    for (i, v) in a.as_mut_slice().iter_mut().enumerate() {
                        *v = Complex64::new(((i * 7 + k) as f64).sin(), ((i * 3 + k) as f64).cos());
                    }
                    a
                })
                .collect();
            for isa in [Isa::Scalar, Isa::Avx2, Isa::Avx512, Isa::Neon] {
                let Ok(sht) = Sht::new(g.clone(), lmax, lmax).unwrap().with_isa(isa) else {
                    continue;
                };
                let many = sht
                    .synthesis_many_with(&alms, Par::threads(2), true)
                    .unwrap();
                for (a, m) in alms.iter().zip(&many) {
                    let one = sht.synthesis(a, Par::Seq).unwrap();
                    assert!(one.values() == m.values(), "{isa:?}: shared path differs");
                }
            }
        }
    }
}
