//! The library's distributed parts against their serial counterparts, under mpirun
//! (`tests/mpi/run.sh` runs it with 1–4 ranks; exits non-zero on any failure):
//!
//! * [`DistributedSht`]: synthesis, adjoint synthesis and analysis (quadrature on
//!   Gauss–Legendre, θ-resampled quadrature on Fejér-1 and Clenshaw–Curtis, conjugate-gradient
//!   and Jacobi refinement on HEALPix), gathered on rank 0, bitwise equal to the serial [`Sht`];
//!   scatter/gather round trips; a bad input on one rank gives every rank that rank's error.
//! * [`ShardedEmpiricalPrior`]: posterior means and scores equal to the serial
//!   [`EmpiricalPrior`] on the whole training set to 1e-13 relative, under OU and a heat-type
//!   drift, and identical bits when evaluated twice.
//!
//! ```text
//! mpirun -n 3 target/release/examples/mpi_check
//! ```

use sphfield::kl::KlSampler;
use sphfield::mpi::rsmpi::topology::Communicator;
use sphfield::mpi::{rsmpi, DistributedSht, ShardedEmpiricalPrior};
use sphfield::ou::{Generator, LinearSpde, OrnsteinUhlenbeck};
use sphfield::score::{EmpiricalPrior, Score};
use sphfield::sht::AnalysisSolver;
use sphfield::spectrum::{SpectrumModel, WhittleMatern};
use sphfield::{Alm, AnalysisOptions, Error, Geometry, Par, Sht};

fn bitwise_alm(a: &Alm, b: &Alm) -> bool {
    a.as_slice()
        .iter()
        .zip(b.as_slice())
        .all(|(x, y)| x.re.to_bits() == y.re.to_bits() && x.im.to_bits() == y.im.to_bits())
}

fn bitwise(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
}

struct Checks {
    rank: usize,
    failed: usize,
}

impl Checks {
    fn check(&mut self, ok: bool, what: &str) {
        if !ok {
            self.failed += 1;
            eprintln!("rank {}: FAILED {what}", self.rank);
        } else if self.rank == 0 {
            println!("ok   {what}");
        }
    }
}

fn transforms(world: &impl Communicator, c: &mut Checks) -> sphfield::Result<()> {
    let cases: Vec<(Geometry, usize, AnalysisOptions)> = vec![
        (
            Geometry::gauss_legendre(96, 191)?,
            95,
            AnalysisOptions::default(),
        ),
        (Geometry::fejer1(80, 159)?, 79, AnalysisOptions::default()),
        (
            Geometry::clenshaw_curtis(82, 161)?,
            80,
            AnalysisOptions::default(),
        ),
        (Geometry::healpix(32)?, 63, AnalysisOptions::default()),
        (
            Geometry::healpix(16)?,
            40,
            AnalysisOptions::iterations(4).with_solver(AnalysisSolver::Jacobi),
        ),
    ];
    for (geometry, lmax, options) in cases {
        let what = geometry.describe();
        let serial = Sht::new(geometry.clone(), lmax, lmax)?;
        let dist = DistributedSht::new(world, geometry, lmax, lmax)?;
        let alm = Alm::random_uniform(lmax, lmax, 11)?;
        let local = dist.scatter_alm((dist.rank() == 0).then_some(&alm))?;
        let back = dist.gather_alm(&local)?;
        if let Some(back) = back {
            c.check(
                bitwise_alm(&back, &alm),
                &format!("scatter/gather of coefficients, {what}"),
            );
        }
        let pixels = dist.synthesis(&local, Par::Seq)?;
        let map = serial.synthesis(&alm, Par::Seq)?;
        c.check(
            bitwise(&pixels, &map.values()[dist.pixels()]),
            &format!("synthesis bitwise, {what}"),
        );
        let adjoint = dist.adjoint_synthesis(&pixels, Par::threads(2))?;
        let analysis = dist.analysis(&pixels, options, Par::Seq)?;
        let (adjoint, analysis) = (dist.gather_alm(&adjoint)?, dist.gather_alm(&analysis)?);
        let gathered = dist.gather_map(&pixels)?;
        if let (Some(adjoint), Some(analysis), Some(gathered)) = (adjoint, analysis, gathered) {
            c.check(
                bitwise(&gathered, map.values()),
                &format!("gathered map, {what}"),
            );
            let serial_adjoint = serial.adjoint_synthesis(map.values(), Par::Seq)?;
            c.check(
                bitwise_alm(&adjoint, &serial_adjoint),
                &format!("adjoint bitwise, {what}"),
            );
            let serial_analysis = serial.analysis_refined(map.values(), options, Par::Seq)?;
            c.check(
                bitwise_alm(&analysis, &serial_analysis),
                &format!("analysis bitwise ({options:?}), {what}"),
            );
        }
    }
    // A bad input on one rank (a NaN in its pixels) ends every rank with that rank's error.
    let geometry = Geometry::gauss_legendre(32, 63)?;
    let dist = DistributedSht::new(world, geometry, 31, 31)?;
    let mut pixels = vec![1.0; dist.pixels().len()];
    let bad = world.size() as usize - 1;
    if dist.rank() == bad {
        if let Some(p) = pixels.first_mut() {
            *p = f64::NAN;
        }
    }
    let outcome = dist.adjoint_synthesis(&pixels, Par::Seq);
    let expected_rank = if dist.decomposition().pixels(bad).is_empty() {
        None
    } else {
        Some(bad)
    };
    let ok = match (outcome, expected_rank) {
        (Err(Error::Distributed { rank, message }), Some(r)) => {
            rank == r && message.contains("non-finite")
        }
        (Ok(_), None) => true,
        _ => false,
    };
    c.check(ok, "a NaN on the last rank is every rank's error");
    // Different band limits on different ranks are refused on every rank.
    let lmax = if world.rank() == 0 { 20 } else { 21 };
    let refused = DistributedSht::new(world, Geometry::gauss_legendre(24, 47)?, lmax, lmax);
    c.check(
        world.size() == 1 || matches!(refused, Err(Error::Distributed { .. })),
        "different band limits on the ranks are refused",
    );
    Ok(())
}

fn sharded_prior(world: &impl Communicator, c: &mut Checks) -> sphfield::Result<()> {
    let lmax = 23;
    let q = WhittleMatern::with_variance(1.0, 6.0, 2.0)?.spectrum(lmax)?;
    let n = 37;
    let training = KlSampler::new(&q, 5).sample_ensemble(0..n as u64, Par::Seq);
    let (rank, size) = (world.rank() as usize, world.size() as usize);
    let mine = sphfield::par::block_range(n, rank, size);
    let heat = LinearSpde::with_generator(q.clone(), 1.0, Generator::heat(0.02)?)?;
    for (name, process) in [
        ("OU", OrnsteinUhlenbeck::new(q.clone(), 1.0)?),
        ("heat", heat),
    ] {
        let serial = EmpiricalPrior::new(process.clone(), &training, Par::Seq)?;
        let sharded =
            ShardedEmpiricalPrior::new(world, process, &training[mine.clone()], Par::threads(2))?;
        c.check(sharded.len() == n, "the shards add up to the training set");
        let mut worst: f64 = 0.0;
        let mut repeatable = true;
        for (i, t) in [0.01, 0.1, 0.5, 2.0].into_iter().enumerate() {
            // A noised training field: a point where the weights are far from uniform.
            let x = {
                let mut x = training[(7 * i) % n].clone();
                let noise = KlSampler::new(&q, 99).sample(i as u64, Par::Seq);
                x.axpy(0.3, &noise)?;
                x
            };
            let mut a = Alm::zeros(lmax, lmax)?;
            let mut b = Alm::zeros(lmax, lmax)?;
            let mut again = Alm::zeros(lmax, lmax)?;
            serial.score(t, &x, &mut a)?;
            sharded.score(t, &x, &mut b)?;
            sharded.score(t, &x, &mut again)?;
            repeatable &= bitwise_alm(&b, &again);
            let scale = a.max_abs();
            worst = worst.max(a.max_abs_diff(&b)? / scale);
        }
        c.check(
            worst <= 1e-13,
            &format!("{name}: sharded score = serial score (max relative difference {worst:.2e})"),
        );
        c.check(
            repeatable,
            &format!("{name}: sharded score repeats bit for bit"),
        );
    }
    // A score evaluated on another thread is refused (MPI calls stay on one thread).
    let process = OrnsteinUhlenbeck::new(q.clone(), 1.0)?;
    let sharded = ShardedEmpiricalPrior::new(world, process, &training[mine], Par::Seq)?;
    let refused = std::thread::scope(|s| {
        s.spawn(|| {
            let mut out = Alm::zeros(lmax, lmax).unwrap_or_else(|_| unreachable!());
            sharded.posterior_mean(0.1, &training[0], &mut out).is_err()
        })
        .join()
        .unwrap_or(false)
    });
    c.check(refused, "a sharded prior refuses another thread");
    Ok(())
}

fn main() {
    let Some(universe) = rsmpi::initialize() else {
        eprintln!("MPI could not be initialised");
        std::process::exit(2);
    };
    let world = universe.world();
    let mut c = Checks {
        rank: world.rank() as usize,
        failed: 0,
    };
    if let Err(e) = transforms(&world, &mut c) {
        c.check(false, &format!("transforms: {e}"));
    }
    if let Err(e) = sharded_prior(&world, &mut c) {
        c.check(false, &format!("sharded prior: {e}"));
    }
    let failed = c.failed;
    drop(universe);
    if failed > 0 {
        std::process::exit(1);
    }
}
