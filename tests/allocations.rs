//! What a score evaluation allocates (the promise of `sphfield::score`): nothing for the
//! Gaussian and fixed-point priors, O(N + L) bookkeeping and never a field-sized buffer for the
//! empirical and mixture priors. A counting global allocator measures the bytes; this binary
//! has one test, so no other test's allocations are counted.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use sphfield::kl::KlSampler;
use sphfield::ou::OrnsteinUhlenbeck;
use sphfield::score::{EmpiricalPrior, FixedPoint, GaussianMixturePrior, GaussianPrior, Score};
use sphfield::spectrum::{HeatKernel, SpectrumModel};
use sphfield::{Alm, Par};

struct Counting;

static BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator with the same arguments; the
// counters are atomics and allocate nothing.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged (the caller upholds `alloc`'s contract).
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        BYTES.fetch_add(new_size, Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes allocated per call of `f`, averaged over `calls` calls after one warm-up call.
fn bytes_per_call(calls: usize, mut f: impl FnMut()) -> usize {
    f();
    let before = BYTES.load(Ordering::Relaxed);
    for _ in 0..calls {
        f();
    }
    (BYTES.load(Ordering::Relaxed) - before) / calls
}

#[test]
fn score_evaluations_allocate_no_field_sized_buffer() {
    let lmax = 63;
    let q = HeatKernel::new(1.0, 0.05).unwrap().spectrum(lmax).unwrap();
    let sigma = HeatKernel::new(1.0, 0.1).unwrap().spectrum(lmax).unwrap();
    let ou = OrnsteinUhlenbeck::new(q.clone(), 1.0).unwrap();
    let draw = |seed, k| KlSampler::new(&sigma, seed).sample(k, Par::Seq);
    let x = draw(1, 0);
    let mut out = Alm::zeros(lmax, lmax).unwrap();
    let field_bytes = std::mem::size_of_val(x.as_slice());
    let n: usize = 40;
    let data: Vec<Alm> = (0..n as u64).map(|k| draw(2, k)).collect();

    let gaussian = GaussianPrior::new(ou.clone(), sigma.clone(), None).unwrap();
    let fixed = FixedPoint::new(ou.clone(), data[0].clone()).unwrap();
    let empirical = EmpiricalPrior::new(ou.clone(), &data, Par::Seq).unwrap();
    let mixture = GaussianMixturePrior::new(ou.clone(), &data, sigma.clone(), Par::Seq).unwrap();

    // Per-degree factors a_ℓ(t), v_ℓ(t) (a few vectors of L + 1 values) are the only allocation.
    let per_degree = 4 * 8 * (lmax + 1) + 256;
    for (name, prior) in [
        ("Gaussian", &gaussian as &dyn Score),
        ("fixed point", &fixed as &dyn Score),
    ] {
        let score = bytes_per_call(20, || prior.score(0.3, &x, &mut out).unwrap());
        let mean = bytes_per_call(20, || prior.posterior_mean(0.3, &x, &mut out).unwrap());
        eprintln!(
            "{name} prior: {score} and {mean} bytes per call (one field: {field_bytes} bytes)"
        );
        assert!(
            score <= per_degree && mean <= per_degree,
            "{name} prior allocates {score}/{mean} bytes per call (per-degree bound {per_degree})"
        );
    }
    for (name, prior) in [
        ("empirical", &empirical as &dyn Score),
        ("mixture", &mixture as &dyn Score),
    ] {
        let score = bytes_per_call(20, || prior.score(0.3, &x, &mut out).unwrap());
        // The bookkeeping is O(N + L) values; one field is 16·(L+1)(L+2)/2 bytes.
        let bookkeeping = 64 * (n + lmax + 1) + 4096;
        eprintln!("{name} prior: {score} bytes per score call (one field: {field_bytes} bytes)");
        assert!(
            score < bookkeeping && score < field_bytes,
            "{name} prior allocates {score} bytes per call (a field is {field_bytes})"
        );
    }
}
