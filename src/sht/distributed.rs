//! The stages of a transform split over several processes (libsharp's design, used by
//! `crate::mpi::DistributedSht`; docs/distributed.md §2). Nothing here talks to MPI: each
//! stage works on one rank's share and the exchanges are described by send and receive
//! buffers, so the whole pipeline can also be run (and tested) inside one process.
//!
//! * Orders are dealt out in blocks of M_BLOCK consecutive orders (the Legendre stage's unit of
//!   work) so that every rank gets about the same Legendre work — (ℓmax − m + 1) × (active ring
//!   pairs) per order — not the same number of orders.
//! * Rings are dealt out as contiguous ranges of about the same ring-stage work (pixels plus
//!   orders read), so each rank's pixels are one contiguous range of the map.
//! * Synthesis: local Legendre tiles (order block × all rings) → all-to-all → per ring all
//!   orders → local ring FFTs. Adjoint: local ring FFTs → all-to-all → per order all rings →
//!   local adjoint Legendre stage. Every value is computed by the same code path, from the same
//!   inputs, as in the serial plan: results are bitwise those of [`Sht`] for any number of ranks.

use std::ops::Range;

use num_complex::Complex64;
use rayon::prelude::*;

use super::legendre::{alm2leg_blocks, leg2alm_blocks, order_outputs, pair_gather, OrderSource};
use super::plan::Sht;
use super::rings::{leg2map, map2leg, LegLayout, M_BLOCK};
use crate::alm::Alm;
use crate::error::{param_error, shape_error, Error, Result};
use crate::grid::Ring;

/// How one transform is split over `size` ranks: order blocks and ring ranges per rank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decomposition {
    lmax: usize,
    mmax: usize,
    nrings: usize,
    /// Per rank, its order blocks (ascending).
    blocks: Vec<Vec<usize>>,
    /// Per rank, its rings.
    rings: Vec<Range<usize>>,
    /// Per rank, its pixels.
    pixels: Vec<Range<usize>>,
}

impl Decomposition {
    /// Splits the transforms of `sht` over `size` ranks.
    ///
    /// # Errors
    /// `Error::Param` for `size` 0; `Error::Mismatch` for a grid whose rings are not stored
    /// one after the other in the map.
    pub fn new(sht: &Sht, size: usize) -> Result<Decomposition> {
        if size == 0 {
            return Err(param_error("ranks", 0, "at least one"));
        }
        let rings = sht.geometry().rings();
        let mut next = 0;
        for (i, r) in rings.iter().enumerate() {
            if r.offset != next {
                return Err(Error::Mismatch(format!(
                    "ring {i} of {} does not follow ring {} in the map; the distributed \
                     transform needs rings stored one after the other",
                    sht.geometry().describe(),
                    i.saturating_sub(1)
                )));
            }
            next += r.nphi;
        }
        let (lmax, mmax) = (sht.lmax(), sht.mmax());
        // Legendre work of each order block; blocks go, largest first, to the least loaded rank.
        let set = &sht.rings;
        let nblocks = mmax / M_BLOCK + 1;
        let work: Vec<u128> = (0..nblocks)
            .map(|b| {
                (b * M_BLOCK..((b + 1) * M_BLOCK).min(mmax + 1))
                    .map(|m| ((lmax - m + 1) * (set.npairs() - set.first_active(m)) + 1) as u128)
                    .sum()
            })
            .collect();
        let mut order: Vec<usize> = (0..nblocks).collect();
        order.sort_by(|&a, &b| work[b].cmp(&work[a]).then(a.cmp(&b)));
        let mut load = vec![0u128; size];
        let mut blocks = vec![Vec::new(); size];
        for b in order {
            let rank = (0..size)
                .min_by(|&p, &q| load[p].cmp(&load[q]).then(p.cmp(&q)))
                .unwrap_or(0);
            load[rank] += work[b];
            blocks[rank].push(b);
        }
        for list in blocks.iter_mut() {
            list.sort_unstable();
        }
        // Ring-stage work: the FFT's pixels and the orders the ring reads.
        let cost: Vec<u128> = rings
            .iter()
            .zip(&sht.order_limits)
            .map(|(r, &limit)| (r.nphi + limit.min(mmax) + 1) as u128)
            .collect();
        let total: u128 = cost.iter().sum();
        let mut ring_ranges = Vec::with_capacity(size);
        let (mut start, mut acc) = (0usize, 0u128);
        for q in 0..size {
            let target = total * (q as u128 + 1) / size as u128;
            let mut end = start;
            while end < rings.len() && (acc + cost[end] / 2 < target || q + 1 == size) {
                acc += cost[end];
                end += 1;
            }
            ring_ranges.push(start..end);
            start = end;
        }
        let pixel = |r: usize| rings.get(r).map_or(next, |ring| ring.offset);
        let pixels = ring_ranges
            .iter()
            .map(|r| pixel(r.start)..pixel(r.end))
            .collect();
        Ok(Decomposition {
            lmax,
            mmax,
            nrings: rings.len(),
            blocks,
            rings: ring_ranges,
            pixels,
        })
    }

    /// Number of ranks.
    pub fn size(&self) -> usize {
        self.blocks.len()
    }

    /// The orders m of `rank`, ascending.
    pub fn orders(&self, rank: usize) -> Vec<usize> {
        self.blocks[rank]
            .iter()
            .flat_map(|&b| block_orders(b, self.mmax))
            .collect()
    }

    /// The rings of `rank` (indices into the geometry's rings).
    pub fn rings(&self, rank: usize) -> Range<usize> {
        self.rings[rank].clone()
    }

    /// The pixels of `rank`: the map values its rings hold.
    pub fn pixels(&self, rank: usize) -> Range<usize> {
        self.pixels[rank].clone()
    }

    /// Legendre work of each rank relative to the mean (1 = perfectly balanced).
    pub fn legendre_balance(&self) -> Vec<f64> {
        let work: Vec<f64> = (0..self.size())
            .map(|p| {
                self.orders(p)
                    .iter()
                    .map(|&m| (self.lmax - m + 1) as f64)
                    .sum()
            })
            .collect();
        let mean = work.iter().sum::<f64>() / work.len() as f64;
        work.iter().map(|w| w / mean).collect()
    }

    /// Number of rings of `rank`.
    pub fn nrings_of(&self, rank: usize) -> usize {
        self.rings[rank].len()
    }

    fn check_rank(&self, rank: usize) -> Result<()> {
        if rank >= self.size() {
            return Err(param_error(
                "rank",
                rank,
                format!("the decomposition has {} ranks", self.size()),
            ));
        }
        Ok(())
    }

    /// Checks that the decomposition belongs to `sht`'s transform.
    ///
    /// # Errors
    /// `Error::Mismatch` if it was made for other band limits or another grid.
    pub fn check_plan(&self, sht: &Sht) -> Result<()> {
        if sht.lmax() != self.lmax
            || sht.mmax() != self.mmax
            || sht.geometry().rings().len() != self.nrings
        {
            return Err(Error::Mismatch(
                "the decomposition was made for another transform".into(),
            ));
        }
        Ok(())
    }

    /// Values that `rank`, as the holder of its orders, exchanges with each rank (in rank
    /// order): its tiles' rows of that rank's rings. What the synthesis sends and the adjoint
    /// receives.
    pub fn order_side_counts(&self, rank: usize) -> Vec<usize> {
        (0..self.size())
            .map(|q| self.blocks[rank].len() * M_BLOCK * self.nrings_of(q))
            .collect()
    }

    /// Values that `rank`, as the holder of its rings, exchanges with each rank (in rank
    /// order): that rank's order slots for this rank's rings. What the synthesis receives and
    /// the adjoint sends.
    pub fn ring_side_counts(&self, rank: usize) -> Vec<usize> {
        (0..self.size())
            .map(|p| self.blocks[p].len() * M_BLOCK * self.nrings_of(rank))
            .collect()
    }

    /// Bytes one exchange moves between different ranks, all ranks together: 16 bytes per
    /// (order slot, ring) pair whose order and ring belong to different ranks, about
    /// 16 (mmax + 1) nrings (P − 1)/P.
    pub fn exchange_bytes(&self) -> u128 {
        (0..self.size())
            .map(|p| {
                self.order_side_counts(p)
                    .iter()
                    .enumerate()
                    .filter(|&(q, _)| q != p)
                    .map(|(_, &n)| 16 * n as u128)
                    .sum::<u128>()
            })
            .sum()
    }
}

/// The error for coefficients whose band limits are not the decomposition's.
fn band_mismatch(what: &str, got: (usize, usize), expected: (usize, usize)) -> Error {
    Error::Mismatch(format!(
        "{what} have lmax {}, mmax {} but the decomposition has lmax {}, mmax {}",
        got.0, got.1, expected.0, expected.1
    ))
}

/// Orders of block b (at most M_BLOCK consecutive orders ≤ mmax).
fn block_orders(b: usize, mmax: usize) -> Range<usize> {
    b * M_BLOCK..((b + 1) * M_BLOCK).min(mmax + 1)
}

/// The coefficients of the orders one rank holds: for each of its orders m (ascending),
/// $a_{\ell m}$ for ℓ = m..=lmax, stored order after order.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalAlm {
    lmax: usize,
    mmax: usize,
    blocks: Vec<usize>,
    /// Per order m ≤ mmax: where its coefficients start, if this rank holds it.
    start: Vec<Option<usize>>,
    data: Vec<Complex64>,
}

impl LocalAlm {
    /// Zero coefficients for the orders of `rank`.
    ///
    /// # Errors
    /// `Error::Param` for a rank outside the decomposition; `Error::TooLarge` if memory fails.
    pub fn zeros(dec: &Decomposition, rank: usize) -> Result<LocalAlm> {
        dec.check_rank(rank)?;
        let len = LocalAlm::starts(dec, rank).1;
        LocalAlm::from_data(
            dec,
            rank,
            crate::memory::try_zeros("the rank's coefficients", len)?,
        )
    }

    /// Where each order of `rank` starts (`None` for the orders of other ranks), and the
    /// number of values in all.
    fn starts(dec: &Decomposition, rank: usize) -> (Vec<Option<usize>>, usize) {
        let mut start = vec![None; dec.mmax + 1];
        let mut len = 0;
        for m in dec.orders(rank) {
            start[m] = Some(len);
            len += dec.lmax + 1 - m;
        }
        (start, len)
    }

    /// The orders of `rank` holding `data` (order after order, [`LocalAlm::starts`]'s length).
    fn from_data(dec: &Decomposition, rank: usize, data: Vec<Complex64>) -> Result<LocalAlm> {
        let (start, len) = LocalAlm::starts(dec, rank);
        if data.len() != len {
            return Err(shape_error("the rank's coefficients", len, data.len()));
        }
        Ok(LocalAlm {
            lmax: dec.lmax,
            mmax: dec.mmax,
            blocks: dec.blocks[rank].clone(),
            start,
            data,
        })
    }

    /// The orders of `rank` copied out of a full set of coefficients.
    ///
    /// # Errors
    /// `Error::Mismatch` if `alm`'s band limits differ from the decomposition's.
    pub fn from_alm(alm: &Alm, dec: &Decomposition, rank: usize) -> Result<LocalAlm> {
        if alm.lmax() != dec.lmax || alm.mmax() != dec.mmax {
            return Err(band_mismatch(
                "the coefficients",
                (alm.lmax(), alm.mmax()),
                (dec.lmax, dec.mmax),
            ));
        }
        let mut local = LocalAlm::zeros(dec, rank)?;
        for m in dec.orders(rank) {
            local.m_slice_mut(m)?.copy_from_slice(alm.m_slice(m));
        }
        Ok(local)
    }

    /// Copies these orders into `alm` (other orders untouched).
    ///
    /// # Errors
    /// `Error::Mismatch` for other band limits.
    pub fn write_into(&self, alm: &mut Alm) -> Result<()> {
        if alm.lmax() != self.lmax || alm.mmax() != self.mmax {
            return Err(band_mismatch(
                "the target coefficients",
                (alm.lmax(), alm.mmax()),
                (self.lmax, self.mmax),
            ));
        }
        for m in self.orders() {
            if let Some(src) = self.get(m) {
                alm.m_slice_mut(m).copy_from_slice(src);
            }
        }
        Ok(())
    }

    /// Band limit in ℓ.
    pub fn lmax(&self) -> usize {
        self.lmax
    }

    /// Band limit in m of the whole field.
    pub fn mmax(&self) -> usize {
        self.mmax
    }

    /// The orders held, ascending.
    pub fn orders(&self) -> Vec<usize> {
        self.blocks
            .iter()
            .flat_map(|&b| block_orders(b, self.mmax))
            .collect()
    }

    /// $a_{\ell m}$, ℓ = m..=lmax, if this rank holds order m.
    pub fn get(&self, m: usize) -> Option<&[Complex64]> {
        let start = (*self.start.get(m)?)?;
        Some(&self.data[start..start + self.lmax + 1 - m])
    }

    /// Mutable [`LocalAlm::get`].
    ///
    /// # Errors
    /// `Error::Param` if this rank does not hold order m.
    pub fn m_slice_mut(&mut self, m: usize) -> Result<&mut [Complex64]> {
        let Some(Some(start)) = self.start.get(m).copied() else {
            return Err(param_error("order m", m, "not held by this rank"));
        };
        Ok(&mut self.data[start..start + self.lmax + 1 - m])
    }

    /// All values, order after order.
    pub fn as_slice(&self) -> &[Complex64] {
        &self.data
    }

    /// All values, order after order (mutable).
    pub fn as_mut_slice(&mut self) -> &mut [Complex64] {
        &mut self.data
    }

    /// Checks that every value is finite.
    ///
    /// # Errors
    /// `Error::NonFinite` naming the first bad value.
    pub fn check_finite(&self) -> Result<()> {
        for (i, v) in self.data.iter().enumerate() {
            if !(v.re.is_finite() && v.im.is_finite()) {
                let bad = if v.re.is_finite() { v.im } else { v.re };
                return Err(crate::error::non_finite("local coefficients", i, bad));
            }
        }
        Ok(())
    }
}

impl OrderSource for LocalAlm {
    fn lmax(&self) -> usize {
        self.lmax
    }
    fn mmax(&self) -> usize {
        self.mmax
    }
    fn m_slice(&self, m: usize) -> &[Complex64] {
        self.get(m).unwrap_or(&[])
    }
}

/// Splits `buf` into consecutive segments of the given lengths (which must add up to at most
/// its length).
fn segments<T>(mut buf: &mut [T], lens: impl IntoIterator<Item = usize>) -> Vec<&mut [T]> {
    let mut out = Vec::new();
    for n in lens {
        let (head, tail) = buf.split_at_mut(n);
        out.push(head);
        buf = tail;
    }
    out
}

/// The rings of a range, with offsets relative to the range's first pixel.
fn local_rings(rings: &[Ring], range: Range<usize>) -> Vec<Ring> {
    let base = rings.get(range.start).map_or(0, |r| r.offset);
    rings[range]
        .iter()
        .map(|r| Ring {
            offset: r.offset - base,
            ..*r
        })
        .collect()
}

impl Sht {
    /// Hands a buffer returned by a `…_send` step back to the plan's pool (optional; it saves
    /// page faults on the next call).
    pub fn recycle(&self, buffer: Vec<Complex64>) {
        self.buffers.give_back(buffer);
    }

    /// A buffer of `len` values from the plan's pool (unspecified finite contents).
    #[cfg_attr(not(feature = "mpi"), allow(dead_code))]
    pub(crate) fn pooled(&self, what: &str, len: usize) -> Result<Vec<Complex64>> {
        self.buffers.try_take(what, len)
    }

    fn check_local(&self, dec: &Decomposition, rank: usize, local: &LocalAlm) -> Result<()> {
        dec.check_plan(self)?;
        dec.check_rank(rank)?;
        if local.lmax != self.lmax || local.mmax != self.mmax || local.blocks != dec.blocks[rank] {
            return Err(Error::Mismatch(format!(
                "the local coefficients are not those of rank {rank} for this transform"
            )));
        }
        local.check_finite()
    }

    /// Synthesis, step 1 on `rank`: the Legendre stage of its orders and the send buffer of
    /// the exchange (for each destination in turn, each local tile's rows of the
    /// destination's rings). Must run inside the caller's rayon pool.
    pub fn synthesis_send(
        &self,
        dec: &Decomposition,
        rank: usize,
        local: &LocalAlm,
    ) -> Result<Vec<Complex64>> {
        self.check_local(dec, rank, local)?;
        let nr = dec.nrings;
        let blocks = &dec.blocks[rank];
        let mut tiles = self
            .buffers
            .try_take("the rank's Legendre tiles", blocks.len() * M_BLOCK * nr)?;
        alm2leg_blocks(
            local,
            blocks,
            &self.rings,
            self.table.as_ref(),
            &self.start,
            self.isa,
            &mut tiles,
        );
        let total: usize = dec.order_side_counts(rank).iter().sum();
        let mut send = self.buffers.try_take("the exchange's send buffer", total)?;
        // Destination after destination, each tile's rows of the destination's rings.
        let pieces: Vec<(usize, usize)> = (0..dec.size())
            .flat_map(|q| (0..blocks.len()).map(move |i| (q, i)))
            .collect();
        let lens = pieces.iter().map(|&(q, _)| M_BLOCK * dec.nrings_of(q));
        segments(&mut send, lens)
            .into_par_iter()
            .zip(pieces.par_iter())
            .for_each(|(dst, &(q, i))| {
                let rows = dec.rings(q);
                let tile = &tiles[i * M_BLOCK * nr..(i + 1) * M_BLOCK * nr];
                dst.copy_from_slice(&tile[rows.start * M_BLOCK..rows.end * M_BLOCK]);
            });
        self.buffers.give_back(tiles);
        Ok(send)
    }

    /// Synthesis, step 2 on `rank`: from the received values (from each source rank in turn,
    /// its tiles' rows of this rank's rings) the ring FFTs of this rank's rings into `out`
    /// (its pixels, [`Decomposition::pixels`]). Must run inside the caller's rayon pool.
    pub fn synthesis_receive(
        &self,
        dec: &Decomposition,
        rank: usize,
        received: &[Complex64],
        out: &mut [f64],
    ) -> Result<()> {
        let range = dec.rings(rank);
        let nr = range.len();
        if received.len() != dec.ring_side_counts(rank).iter().sum::<usize>() {
            return Err(shape_error(
                "received ring coefficients",
                dec.ring_side_counts(rank).iter().sum::<usize>(),
                received.len(),
            ));
        }
        if out.len() != dec.pixels(rank).len() {
            return Err(shape_error(
                "the rank's map values",
                dec.pixels(rank).len(),
                out.len(),
            ));
        }
        let layout = LegLayout::Tiled { nrings: nr };
        let mut leg = self.buffers.try_take(
            "the rank's ring Fourier coefficients",
            layout.len(self.mmax, nr),
        )?;
        let tile = M_BLOCK * nr;
        if tile > 0 {
            // The i-th segment received is the tile of the i-th block in (source, block) order.
            let order: Vec<usize> = (0..dec.size())
                .flat_map(|p| dec.blocks[p].iter().copied())
                .collect();
            let mut tiles: Vec<Option<&mut [Complex64]>> = leg.chunks_mut(tile).map(Some).collect();
            let targets: Vec<&mut [Complex64]> =
                order.iter().filter_map(|&b| tiles[b].take()).collect();
            targets
                .into_par_iter()
                .zip(received.par_chunks(tile))
                .for_each(|(dst, src)| dst.copy_from_slice(src));
        }
        let rings = local_rings(self.geometry.rings(), range.clone());
        leg2map(
            &leg,
            self.mmax,
            &self.order_limits[range],
            &rings,
            &self.ffts,
            out,
        );
        self.buffers.give_back(leg);
        Ok(())
    }

    /// Adjoint, step 1 on `rank`: the ring FFTs of its pixels `map` (each ring's coefficients
    /// times `scale[ring]`, `scale` over all rings of the grid) and the send buffer (for each
    /// destination, each of its order slots, this rank's rings). `Ok(None)` if `map` holds a
    /// NaN or an infinity. Must run inside the caller's rayon pool.
    pub fn adjoint_send(
        &self,
        dec: &Decomposition,
        rank: usize,
        map: &[f64],
        scale: &[f64],
    ) -> Result<Option<Vec<Complex64>>> {
        self.ring_send(dec, rank, map, scale, false)
    }

    /// Analysis (quadrature), step 1 on `rank`: [`Sht::adjoint_send`] with the quadrature's
    /// ring weights — on equiangular grids within their exact band limit, the longitude weights
    /// and every order of every ring, for the θ-resampling of step 2.
    pub fn analysis_send(
        &self,
        dec: &Decomposition,
        rank: usize,
        map: &[f64],
    ) -> Result<Option<Vec<Complex64>>> {
        match &self.resampler {
            Some(_) => self.ring_send(dec, rank, map, &self.phi_weights(), true),
            None => self.ring_send(dec, rank, map, &self.geometry.ring_weights(), false),
        }
    }

    fn ring_send(
        &self,
        dec: &Decomposition,
        rank: usize,
        map: &[f64],
        scale: &[f64],
        all_orders: bool,
    ) -> Result<Option<Vec<Complex64>>> {
        dec.check_plan(self)?;
        dec.check_rank(rank)?;
        if map.len() != dec.pixels(rank).len() {
            return Err(shape_error(
                "the rank's map values",
                dec.pixels(rank).len(),
                map.len(),
            ));
        }
        let range = dec.rings(rank);
        let nr = range.len();
        let layout = LegLayout::Grouped { mmax: self.mmax };
        let mut grouped = self.buffers.try_take(
            "the rank's ring Fourier coefficients",
            layout.len(self.mmax, nr),
        )?;
        let rings = local_rings(self.geometry.rings(), range.clone());
        let every = vec![self.mmax; nr];
        let limits = if all_orders {
            &every[..]
        } else {
            &self.order_limits[range.clone()]
        };
        if !map2leg(
            map,
            self.mmax,
            &rings,
            &scale[range.clone()],
            limits,
            &self.ffts,
            &mut grouped,
        ) {
            self.buffers.give_back(grouped);
            return Ok(None);
        }
        let total: usize = dec.ring_side_counts(rank).iter().sum();
        let mut send = self.buffers.try_take("the exchange's send buffer", total)?;
        // Destination after destination, each of its order slots, this rank's rings.
        let slots: Vec<usize> = (0..dec.size())
            .flat_map(|q| {
                dec.blocks[q]
                    .iter()
                    .flat_map(|&b| b * M_BLOCK..(b + 1) * M_BLOCK)
            })
            .collect();
        let zero = Complex64::new(0.0, 0.0);
        send.par_chunks_mut(nr.max(1))
            .zip(slots.par_iter())
            .for_each(|(dst, &m)| {
                if m > self.mmax {
                    dst.fill(zero);
                } else {
                    for (r, d) in dst.iter_mut().enumerate() {
                        *d = grouped[layout.index(m, r)];
                    }
                }
            });
        self.buffers.give_back(grouped);
        Ok(Some(send))
    }

    /// Adjoint, step 2 on `rank`: from the received values (from each source rank in turn,
    /// every order slot of this rank's blocks for the source's rings) the adjoint Legendre
    /// stage of this rank's orders. Must run inside the caller's rayon pool.
    pub fn adjoint_receive(
        &self,
        dec: &Decomposition,
        rank: usize,
        received: &[Complex64],
    ) -> Result<LocalAlm> {
        let slots = self.order_slots(dec, rank, received)?;
        let local = self.legendre_adjoint(dec, rank, &slots, dec.nrings, &self.rings);
        self.buffers.give_back(slots);
        local
    }

    /// Analysis (quadrature), step 2 on `rank`, from what [`Sht::analysis_send`] sent: on
    /// equiangular grids each order is resampled to the quadrature's θ nodes first (as the
    /// serial analysis does), then the adjoint Legendre stage. Bitwise the serial quadrature.
    pub fn analysis_receive(
        &self,
        dec: &Decomposition,
        rank: usize,
        received: &[Complex64],
    ) -> Result<LocalAlm> {
        let slots = self.order_slots(dec, rank, received)?;
        let Some((resampler, set)) = &self.resampler else {
            let local = self.legendre_adjoint(dec, rank, &slots, dec.nrings, &self.rings);
            self.buffers.give_back(slots);
            return local;
        };
        let nd = resampler.n_dst();
        let nrings = dec.nrings;
        let mut fine = self.buffers.try_take(
            "the rank's resampled ring Fourier coefficients",
            dec.blocks[rank].len() * M_BLOCK * nd,
        )?;
        let blocks = &dec.blocks[rank];
        fine.par_chunks_mut(nd).enumerate().for_each_init(
            || vec![Complex64::new(0.0, 0.0); resampler.scratch_len()],
            |scratch, (s, dst)| {
                let m = blocks[s / M_BLOCK] * M_BLOCK + s % M_BLOCK;
                if m > self.mmax {
                    return;
                }
                let src = &slots[s * nrings..(s + 1) * nrings];
                resampler.resample_weighted(m, src, dst, scratch);
            },
        );
        self.buffers.give_back(slots);
        let local = self.legendre_adjoint(dec, rank, &fine, nd, set);
        self.buffers.give_back(fine);
        local
    }

    /// The received ring coefficients by order slot: slot s (i·M_BLOCK + m mod M_BLOCK), then
    /// every ring of the grid.
    fn order_slots(
        &self,
        dec: &Decomposition,
        rank: usize,
        received: &[Complex64],
    ) -> Result<Vec<Complex64>> {
        let expected: usize = dec.order_side_counts(rank).iter().sum();
        if received.len() != expected {
            return Err(shape_error(
                "received ring coefficients",
                expected,
                received.len(),
            ));
        }
        let nrings = dec.nrings;
        let blocks = &dec.blocks[rank];
        let nslots = blocks.len() * M_BLOCK;
        // Slot-major: order slot s (i·M_BLOCK + m mod M_BLOCK), then every ring of the grid.
        let mut slots = self.buffers.try_take(
            "the rank's ring Fourier coefficients by order",
            nslots * nrings,
        )?;
        // Received: source after source, each slot's values for the source's rings.
        let starts: Vec<usize> = (0..dec.size())
            .scan(0, |at, p| {
                let start = *at;
                *at += nslots * dec.nrings_of(p);
                Some(start)
            })
            .collect();
        slots
            .par_chunks_mut(nrings.max(1))
            .enumerate()
            .for_each(|(s, row)| {
                for (p, start) in starts.iter().enumerate() {
                    let rows = dec.rings(p);
                    let at = start + s * rows.len();
                    row[rows.clone()].copy_from_slice(&received[at..at + rows.len()]);
                }
            });
        Ok(slots)
    }

    /// The adjoint Legendre stage of `rank`'s orders from `slots` (order slot after order slot,
    /// `nrings` values each, over the rings of `set`).
    fn legendre_adjoint(
        &self,
        dec: &Decomposition,
        rank: usize,
        slots: &[Complex64],
        nrings: usize,
        set: &super::legendre::RingSet,
    ) -> Result<LocalAlm> {
        let blocks = &dec.blocks[rank];
        let n = LocalAlm::starts(dec, rank).1;
        let mut data: Vec<Complex64> =
            crate::memory::try_with_capacity("the rank's coefficients", n)?;
        let outs = order_outputs(
            &mut data.spare_capacity_mut()[..n],
            blocks,
            self.lmax,
            self.mmax,
        );
        let gather = pair_gather(set, |r| r);
        leg2alm_blocks(
            slots,
            nrings,
            &gather,
            blocks,
            outs,
            set,
            self.table.as_ref(),
            &self.start,
            self.isa,
            self.lmax,
            self.mmax,
        );
        // SAFETY: `leg2alm_blocks` wrote each output value once (see its docs), and
        // `order_outputs` covered all n values of this rank's orders.
        unsafe { data.set_len(n) };
        LocalAlm::from_data(dec, rank, data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Geometry, Par};

    fn bitwise(a: &Alm, b: &Alm) -> bool {
        a.as_slice()
            .iter()
            .zip(b.as_slice())
            .all(|(x, y)| x.re.to_bits() == y.re.to_bits() && x.im.to_bits() == y.im.to_bits())
    }

    /// Routes every rank's send buffer (segments by destination) to the receivers (segments by
    /// source), as MPI_Alltoallv does.
    fn exchange(
        sends: &[Vec<Complex64>],
        send_counts: impl Fn(usize) -> Vec<usize>,
    ) -> Vec<Vec<Complex64>> {
        let size = sends.len();
        let mut received = vec![Vec::new(); size];
        for (p, send) in sends.iter().enumerate() {
            let mut at = 0;
            for (q, n) in send_counts(p).into_iter().enumerate() {
                received[q].extend_from_slice(&send[at..at + n]);
                at += n;
            }
        }
        let _ = size;
        received
    }

    /// The in-process pipeline equals the serial plan bit for bit for 1–5 ranks, on grids with
    /// and without polar masking, for synthesis, adjoint and quadrature (θ-resampled on the
    /// equiangular grids).
    #[test]
    fn split_transforms_are_bitwise_serial() {
        let cases = [
            (Geometry::gauss_legendre(48, 95).unwrap(), 47),
            (Geometry::healpix(16).unwrap(), 40),
            (Geometry::fejer1(40, 79).unwrap(), 39),
            (Geometry::clenshaw_curtis(42, 81).unwrap(), 40),
            (Geometry::gauss_legendre(160, 319).unwrap(), 159),
        ];
        for (geometry, lmax) in cases {
            let sht = Sht::new(geometry.clone(), lmax, lmax).unwrap();
            let alm = Alm::random_uniform(lmax, lmax, 7).unwrap();
            let serial = sht.synthesis(&alm, Par::Seq).unwrap();
            let serial_adj = sht.adjoint_synthesis(serial.values(), Par::Seq).unwrap();
            for size in 1..=5 {
                let dec = Decomposition::new(&sht, size).unwrap();
                let sends: Vec<_> = (0..size)
                    .map(|p| {
                        let local = LocalAlm::from_alm(&alm, &dec, p).unwrap();
                        sht.synthesis_send(&dec, p, &local).unwrap()
                    })
                    .collect();
                let received = exchange(&sends, |p| dec.order_side_counts(p));
                let mut map = vec![0.0; geometry.npix()];
                for (p, recv) in received.iter().enumerate() {
                    let px = dec.pixels(p);
                    sht.synthesis_receive(&dec, p, recv, &mut map[px]).unwrap();
                }
                assert!(
                    map.iter()
                        .zip(serial.values())
                        .all(|(a, b)| a.to_bits() == b.to_bits()),
                    "synthesis differs with {size} ranks on {}",
                    geometry.describe()
                );
                // The two backward pipelines: ring stage, exchange, Legendre stage.
                let backward =
                    |send: &dyn Fn(usize) -> Vec<Complex64>,
                     receive: &dyn Fn(usize, &[Complex64]) -> LocalAlm| {
                        let sends: Vec<_> = (0..size).map(send).collect();
                        let received = exchange(&sends, |p| dec.ring_side_counts(p));
                        let mut out = Alm::zeros(lmax, lmax).unwrap();
                        for (p, recv) in received.iter().enumerate() {
                            receive(p, recv).write_into(&mut out).unwrap();
                        }
                        out
                    };
                let ones = vec![1.0; geometry.rings().len()];
                let back = backward(
                    &|p| {
                        let pixels = &map[dec.pixels(p)];
                        sht.adjoint_send(&dec, p, pixels, &ones).unwrap().unwrap()
                    },
                    &|p, recv| sht.adjoint_receive(&dec, p, recv).unwrap(),
                );
                let quadrature = backward(
                    &|p| {
                        sht.analysis_send(&dec, p, &map[dec.pixels(p)])
                            .unwrap()
                            .unwrap()
                    },
                    &|p, recv| sht.analysis_receive(&dec, p, recv).unwrap(),
                );
                let serial_quadrature = sht
                    .analysis_refined(
                        serial.values(),
                        crate::AnalysisOptions::iterations(0),
                        Par::Seq,
                    )
                    .unwrap();
                assert!(
                    bitwise(&quadrature, &serial_quadrature),
                    "quadrature differs with {size} ranks on {}",
                    geometry.describe()
                );
                assert!(
                    bitwise(&back, &serial_adj),
                    "adjoint differs with {size} ranks on {}",
                    geometry.describe()
                );
            }
        }
    }

    #[test]
    fn decomposition_balances_legendre_work_and_covers_everything() {
        let sht = Sht::new(Geometry::gauss_legendre(512, 1023).unwrap(), 511, 511).unwrap();
        for size in 1..=8 {
            let dec = Decomposition::new(&sht, size).unwrap();
            let mut orders: Vec<usize> = (0..size).flat_map(|p| dec.orders(p)).collect();
            orders.sort_unstable();
            assert_eq!(orders, (0..=511).collect::<Vec<_>>());
            let mut next = 0;
            for p in 0..size {
                assert_eq!(dec.rings(p).start, next);
                next = dec.rings(p).end;
            }
            assert_eq!(next, 512);
            // 32 blocks of unequal work over ≤ 8 ranks: within 10 % of the mean.
            for b in dec.legendre_balance() {
                assert!((b - 1.0).abs() < 0.1, "{size} ranks: {b}");
            }
        }
    }
}
