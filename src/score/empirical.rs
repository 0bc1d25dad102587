//! Exact score of an empirical data law (docs/mathematics.md §5.3(ii)), batched over the training set.

use super::{check_call, Score};
use crate::alm::Alm;
use crate::buffers::BufferPool;
use crate::error::{param_error, Error, Result};
use crate::ou::{LinearSpde, Transition};
use crate::par::Par;
use num_complex::Complex64;
use rayon::prelude::*;

/// Coefficients per parallel chunk of the weighted sum.
const CHUNK: usize = 4096;

/// Data $\mu = \frac1N\sum_i\delta_{x_i}$: $p_t = \frac1N\sum_i N(a_tx_i, v_tQ)$,
/// $E[X_0|X_t=x] = \sum_i w_ix_i$ with softmax weights in the pairwise form of docs/mathematics.md §5.3(ii)
/// (reference $x_1$, all differences in the Cameron–Martin space of the band-limited space):
/// $\log w_i = \mathrm{const} + [a_t\langle x - a_tx_1, x_i - x_1\rangle_{CM} - \tfrac12a_t^2\lVert x_i - x_1\rVert^2_{CM}]/v_t$,
/// normalised by log-sum-exp. One evaluation is a matrix–vector product over the N × L² stored
/// differences plus one weighted sum (rows with zero weight are skipped), in parallel over
/// training fields and over coefficient chunks with a fixed summation order (same bits for any
/// thread count).
///
/// ```
/// use sphfield::ou::OrnsteinUhlenbeck;
/// use sphfield::score::{EmpiricalPrior, Score};
/// use sphfield::spectrum::{SpectrumModel, WhittleMatern};
/// use sphfield::{kl::KlSampler, Alm, Par};
/// let q = WhittleMatern::with_variance(1.0, 5.0, 2.0).unwrap().spectrum(31).unwrap();
/// let training = KlSampler::new(&q, 1).sample_ensemble(0..50, Par::Seq);
/// let prior = EmpiricalPrior::new(OrnsteinUhlenbeck::new(q, 1.0).unwrap(), &training, Par::Seq).unwrap();
/// let mut denoised = Alm::zeros(31, 31).unwrap();
/// prior.posterior_mean(0.1, &training[7], &mut denoised).unwrap();   // Tweedie
/// let w = prior.weights(0.1, &training[7]).unwrap();
/// assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
/// ```
///
/// Infinite-dimensional caveat (docs/mathematics.md §5.3(ii)): for typical draws of a field as rough as
/// samples of $\gamma_Q$, the weights become one-hot as the band limit grows; the score is exact
/// at the fixed band limit of the process.
#[derive(Debug)]
pub struct EmpiricalPrior {
    process: LinearSpde,
    mmax: usize,
    reference: Alm,
    /// Row i: the real and imaginary parts of $x_i - x_1$, interleaved.
    diffs: Vec<f64>,
    /// $\lVert x_i - x_1\rVert^2_{CM}$.
    diff_norm2: Vec<f64>,
    /// Per interleaved coefficient, its Cameron–Martin weight $(1\text{ or }2)/C_\ell$ (0 for Im $a_{\ell0}$).
    cm_weights: Vec<f64>,
    /// Per interleaved coefficient, its degree ℓ and real-field multiplicity (1 or 2; 0 for Im $a_{\ell0}$).
    degree: Vec<(u32, f64)>,
    /// Row i: $\sum_m (1\text{ or }2)|(x_i - x_1)_{\ell m}|^2$ per degree ℓ.
    degree_energy: Vec<f64>,
    /// log of the (unnormalised) prior weight of each field: 0 for the uniform empirical measure.
    log_weights: Vec<f64>,
    par: Par,
    scratch: BufferPool<f64>,
}

/// Normalised exp of the logits (log-sum-exp shift; −∞ gives weight 0).
fn softmax(logits: &[f64]) -> Vec<f64> {
    let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut w: Vec<f64> = logits.iter().map(|l| (l - max).exp()).collect();
    let total: f64 = w.iter().sum();
    for x in w.iter_mut() {
        *x /= total;
    }
    w
}

fn interleave(a: &Alm, out: &mut [f64]) {
    for (o, c) in out.chunks_exact_mut(2).zip(a.as_slice()) {
        o[0] = c.re;
        o[1] = c.im;
    }
}

impl EmpiricalPrior {
    /// The training set `data` (N ≥ 1 fields of the process's band limit, same mmax), evaluated
    /// with `par` threads.
    ///
    /// # Errors
    /// `Error::Param` for an empty set; shape, band-limit and finiteness errors naming the field.
    pub fn new(process: LinearSpde, data: &[Alm], par: Par) -> Result<EmpiricalPrior> {
        let Some(first) = data.first() else {
            return Err(param_error(
                "training set",
                "0 fields",
                "needs at least one field",
            ));
        };
        EmpiricalPrior::with_reference(process, first, data, par)
    }

    /// [`EmpiricalPrior::new`] with the differences taken against `reference` instead of the
    /// first field (a shard of a training set split over processes uses the set's first field).
    pub(crate) fn with_reference(
        process: LinearSpde,
        reference: &Alm,
        data: &[Alm],
        par: Par,
    ) -> Result<EmpiricalPrior> {
        let Some(first) = data.first() else {
            return Err(param_error(
                "training set",
                "0 fields",
                "needs at least one field",
            ));
        };
        process
            .check_alm("reference field", reference)
            .map_err(|e| Error::Mismatch(format!("reference field: {e}")))?;
        if reference.mmax() != first.mmax() {
            return Err(Error::Mismatch(format!(
                "the reference field has mmax {} but field 0 has {}",
                reference.mmax(),
                first.mmax()
            )));
        }
        let mmax = first.mmax();
        for (i, x) in data.iter().enumerate() {
            process
                .check_alm("training field", x)
                .map_err(|e| Error::Mismatch(format!("training field {i}: {e}")))?;
            if x.mmax() != mmax {
                return Err(Error::Mismatch(format!(
                    "training field {i} has mmax {} but field 0 has {mmax}",
                    x.mmax()
                )));
            }
        }
        let ncoef = 2 * first.len();
        let mut cm_weights = vec![0.0; ncoef];
        let c = process.covariance().values();
        let lmax = process.lmax();
        let mut degree = vec![(0u32, 0.0); ncoef];
        let mut pairs = cm_weights
            .chunks_exact_mut(2)
            .zip(degree.chunks_exact_mut(2));
        for m in 0..=mmax {
            let factor = if m == 0 { 1.0 } else { 2.0 };
            for (l, (w, d)) in (m..=lmax).zip(&mut pairs) {
                w[0] = factor / c[l];
                w[1] = if m == 0 { 0.0 } else { factor / c[l] };
                d[0] = (l as u32, factor);
                d[1] = (l as u32, if m == 0 { 0.0 } else { factor });
            }
        }
        let mut diffs = vec![0.0; data.len() * ncoef];
        let mut reference_flat = vec![0.0; ncoef];
        interleave(reference, &mut reference_flat);
        for (row, x) in diffs.chunks_exact_mut(ncoef).zip(data) {
            interleave(x, row);
            for (d, r) in row.iter_mut().zip(&reference_flat) {
                *d -= r;
            }
        }
        let diff_norm2 = diffs
            .chunks_exact(ncoef)
            .map(|row| row.iter().zip(&cm_weights).map(|(d, w)| w * d * d).sum())
            .collect();
        let mut degree_energy = vec![0.0; data.len() * (lmax + 1)];
        for (row, energy) in diffs
            .chunks_exact(ncoef)
            .zip(degree_energy.chunks_exact_mut(lmax + 1))
        {
            for (d, &(l, f)) in row.iter().zip(&degree) {
                energy[l as usize] += f * d * d;
            }
        }
        Ok(EmpiricalPrior {
            process,
            mmax,
            reference: reference.clone(),
            diffs,
            diff_norm2,
            cm_weights,
            degree,
            degree_energy,
            log_weights: vec![0.0; data.len()],
            par,
            // Two field-sized vectors per evaluation, for a few concurrent evaluations.
            scratch: BufferPool::new(8),
        })
    }

    /// The weighted empirical measure Σ_i w_i δ_{x_i} with w_i ∝ exp(`log_weights[i]`) instead
    /// of the uniform one (e.g. the posterior of the empirical prior given observations:
    /// `condition::condition_empirical`). The score stays exact.
    ///
    /// # Errors
    /// `Error::Shape` for a length other than the number of fields; `Error::Param` for NaN or
    /// +∞ (−∞ removes a field).
    pub fn with_log_weights(mut self, log_weights: Vec<f64>) -> Result<EmpiricalPrior> {
        if log_weights.len() != self.len() {
            return Err(crate::error::shape_error(
                "log weights (one per field)",
                self.len(),
                log_weights.len(),
            ));
        }
        if let Some(i) = log_weights
            .iter()
            .position(|w| w.is_nan() || *w == f64::INFINITY)
        {
            return Err(param_error(
                "log weight",
                format!("{} at field {i}", log_weights[i]),
                "must be finite or −∞",
            ));
        }
        if log_weights.iter().all(|w| *w == f64::NEG_INFINITY) {
            return Err(param_error(
                "log weights",
                "all −∞",
                "at least one field must keep a weight",
            ));
        }
        self.log_weights = log_weights;
        Ok(self)
    }

    /// Number of training fields.
    pub fn len(&self) -> usize {
        self.diff_norm2.len()
    }

    /// True if there are no training fields (never: construction requires one).
    pub fn is_empty(&self) -> bool {
        self.diff_norm2.is_empty()
    }

    fn take_buffer(&self, len: usize) -> Vec<f64> {
        self.scratch.take(len)
    }

    fn give_back(&self, v: Vec<f64>) {
        self.scratch.give_back(v);
    }

    /// The posterior weights $w_i(t, x)$ (they sum to 1).
    ///
    /// # Errors
    /// As [`Score::posterior_mean`].
    pub fn weights(&self, t: f64, x: &Alm) -> Result<Vec<f64>> {
        check_call(&self.process, t, x, x)?;
        self.check_mmax(x)?;
        Ok(self.component_weights(t, x, None))
    }

    fn check_mmax(&self, x: &Alm) -> Result<()> {
        if x.mmax() != self.mmax {
            return Err(Error::Mismatch(format!(
                "x has mmax {} but the training fields have mmax {}",
                x.mmax(),
                self.mmax
            )));
        }
        Ok(())
    }

    /// Softmax weights of the components. `inv_var` = None: Dirac components, covariance
    /// $v_tQ$ (logits use the CM products divided by $v_t$); Some(1/V_ℓ): Gaussian components with
    /// per-degree variance $V_\ell$ (docs/mathematics.md §5.3(iii)).
    pub(crate) fn component_weights(&self, t: f64, x: &Alm, inv_var: Option<&[f64]>) -> Vec<f64> {
        softmax(&self.component_logits(t, x, inv_var))
    }

    /// The logits (log weights up to a common constant) of [`EmpiricalPrior::component_weights`].
    pub(crate) fn component_logits(&self, t: f64, x: &Alm, inv_var: Option<&[f64]>) -> Vec<f64> {
        let f = self.process.transition_factors(t);
        if !self.process.has_uniform_rate() {
            return self.component_logits_per_degree(&f, x, inv_var);
        }
        // OU (one rate for every degree): one a_t and v_t, taken out of the sums.
        let (a, v) = (f.signal[0], f.noise_variance[0]);
        let ncoef = self.cm_weights.len();
        // u = W ∘ (x − a x_1), interleaved, W the per-coefficient inverse variance.
        let mut u = self.take_buffer(ncoef);
        for ((o, c), r) in u
            .chunks_exact_mut(2)
            .zip(x.as_slice())
            .zip(self.reference.as_slice())
        {
            o[0] = c.re - a * r.re;
            o[1] = c.im - a * r.im;
        }
        match inv_var {
            None => {
                for (o, w) in u.iter_mut().zip(&self.cm_weights) {
                    *o *= w / v;
                }
            }
            Some(iv) => {
                for (o, &(l, f)) in u.iter_mut().zip(&self.degree) {
                    *o *= f * iv[l as usize];
                }
            }
        }
        let lmax = self.process.lmax();
        let logits: Vec<f64> = self.par.install(|| {
            self.diffs
                .par_chunks_exact(ncoef)
                .zip(self.diff_norm2.par_iter())
                .zip(self.degree_energy.par_chunks_exact(lmax + 1))
                .zip(self.log_weights.par_iter())
                .map(|(((row, n2), energy), log_w)| {
                    let dot: f64 = row.iter().zip(u.iter()).map(|(d, u)| d * u).sum();
                    let norm2 = match inv_var {
                        None => n2 / v,
                        Some(iv) => energy.iter().zip(iv).map(|(e, i)| e * i).sum(),
                    };
                    log_w + a * dot - 0.5 * a * a * norm2
                })
                .collect()
        });
        self.give_back(u);
        logits
    }

    /// [`EmpiricalPrior::component_logits`] with per-degree $a_\ell$, $v_\ell$ (a drift other than OU):
    /// $\log w_i = \sum_\ell a_\ell\langle x - a_\ell x_1, x_i - x_1\rangle_\ell/V_\ell - \tfrac12\sum_\ell a_\ell^2\lVert x_i - x_1\rVert_\ell^2/V_\ell$,
    /// $V_\ell = v_\ell C_\ell$ for Dirac components, or the given per-degree variances.
    fn component_logits_per_degree(
        &self,
        f: &Transition,
        x: &Alm,
        inv_var: Option<&[f64]>,
    ) -> Vec<f64> {
        let c = self.process.covariance().values();
        let a = &f.signal;
        let iv: Vec<f64> = match inv_var {
            Some(iv) => iv.to_vec(),
            None => (0..c.len())
                .map(|l| 1.0 / (f.noise_variance[l] * c[l]))
                .collect(),
        };
        let ncoef = self.cm_weights.len();
        // u = a_ℓ W_ℓ ∘ (x − a_ℓ x_1), interleaved.
        let mut u = self.take_buffer(ncoef);
        for (((o, c), r), d) in u
            .chunks_exact_mut(2)
            .zip(x.as_slice())
            .zip(self.reference.as_slice())
            .zip(self.degree.chunks_exact(2))
        {
            let l = d[0].0 as usize;
            let w = a[l] * iv[l];
            o[0] = (c.re - a[l] * r.re) * d[0].1 * w;
            o[1] = (c.im - a[l] * r.im) * d[1].1 * w;
        }
        let lmax = self.process.lmax();
        let energy_weight: Vec<f64> = (0..=lmax).map(|l| a[l] * a[l] * iv[l]).collect();
        let logits: Vec<f64> = self.par.install(|| {
            self.diffs
                .par_chunks_exact(ncoef)
                .zip(self.degree_energy.par_chunks_exact(lmax + 1))
                .zip(self.log_weights.par_iter())
                .map(|((row, energy), log_w)| {
                    let dot: f64 = row.iter().zip(u.iter()).map(|(d, u)| d * u).sum();
                    let norm2: f64 = energy.iter().zip(&energy_weight).map(|(e, w)| e * w).sum();
                    log_w + dot - 0.5 * norm2
                })
                .collect()
        });
        self.give_back(u);
        logits
    }
}

impl Score for EmpiricalPrior {
    fn process(&self) -> &LinearSpde {
        &self.process
    }

    fn posterior_mean(&self, t: f64, x: &Alm, out: &mut Alm) -> Result<()> {
        check_call(&self.process, t, x, out)?;
        self.check_mmax(x)?;
        let w = self.component_weights(t, x, None);
        self.weighted_mean(&w, out);
        Ok(())
    }
}

impl EmpiricalPrior {
    /// `out` ← $x_1 + \sum_i w_i(x_i - x_1)$.
    pub(crate) fn weighted_mean(&self, w: &[f64], out: &mut Alm) {
        let mut flat = self.take_buffer(self.cm_weights.len());
        self.weighted_differences(w, &mut flat);
        self.add_reference(&flat, 1.0, out);
        self.give_back(flat);
    }

    /// `flat` (interleaved re, im) ← $\sum_i w_i(x_i - x_1)$, summed over i in order within each
    /// coefficient chunk (rows with zero weight skipped).
    pub(crate) fn weighted_differences(&self, w: &[f64], flat: &mut [f64]) {
        let ncoef = self.cm_weights.len();
        let active: Vec<(usize, f64)> = w
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, wi)| *wi > 0.0)
            .collect();
        self.par.install(|| {
            flat.par_chunks_mut(CHUNK)
                .enumerate()
                .for_each(|(k, chunk)| {
                    let start = k * CHUNK;
                    chunk.fill(0.0);
                    for &(i, wi) in &active {
                        let row = &self.diffs[i * ncoef + start..i * ncoef + start + chunk.len()];
                        for (o, d) in chunk.iter_mut().zip(row) {
                            *o += wi * d;
                        }
                    }
                })
        });
    }

    /// `out` ← $x_1$ + `flat`/`divisor` (`flat` interleaved re, im; a divisor of 1 is exact).
    pub(crate) fn add_reference(&self, flat: &[f64], divisor: f64, out: &mut Alm) {
        for ((o, f), r) in out
            .as_mut_slice()
            .iter_mut()
            .zip(flat.chunks_exact(2))
            .zip(self.reference.as_slice())
        {
            *o = r + Complex64::new(f[0] / divisor, f[1] / divisor);
        }
    }

    /// Number of interleaved real values of one field.
    #[cfg_attr(not(feature = "mpi"), allow(dead_code))]
    pub(crate) fn flat_len(&self) -> usize {
        self.cm_weights.len()
    }

    pub(crate) fn check_input(&self, t: f64, x: &Alm, out: &Alm) -> Result<()> {
        check_call(&self.process, t, x, out)?;
        self.check_mmax(x)
    }
}
