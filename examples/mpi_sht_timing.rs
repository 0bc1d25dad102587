//! Timing of one distributed transform (bench/mpi_scaling.sh runs it): synthesis and analysis
//! (quadrature) on a Gauss–Legendre grid, best of `reps`, with a barrier before and after each
//! call; with one rank, also the serial plan with the same threads (the distributed plan on
//! one rank should cost the same). Prints one line per measurement on rank 0.
//!
//! ```text
//! mpirun -n 2 target/release/examples/mpi_sht_timing LMAX THREADS REPS
//! ```

use std::time::Instant;

use sphfield::mpi::rsmpi::collective::CommunicatorCollectives;
use sphfield::mpi::rsmpi::topology::Communicator;
use sphfield::mpi::{rsmpi, DistributedSht};
use sphfield::{Alm, AnalysisOptions, Geometry, Par, Sht};

fn main() -> sphfield::Result<()> {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().unwrap_or(0))
        .collect();
    let lmax = args.first().copied().unwrap_or(1023);
    let threads = args.get(1).copied().unwrap_or(1).max(1);
    let reps = args.get(2).copied().unwrap_or(3).max(1);
    let Some(universe) = rsmpi::initialize() else {
        eprintln!("MPI could not be initialised");
        std::process::exit(2);
    };
    let world = universe.world();
    let (rank, size) = (world.rank() as usize, world.size() as usize);
    let par = Par::threads(threads);
    let geometry = Geometry::gauss_legendre(lmax + 1, 2 * lmax + 2)?;
    let plan = DistributedSht::new(&world, geometry.clone(), lmax, lmax)?;
    let alm = (rank == 0)
        .then(|| Alm::random_uniform(lmax, lmax, 1))
        .transpose()?;
    let local = plan.scatter_alm(alm.as_ref())?;
    let mut best_syn = f64::INFINITY;
    let mut best_ana = f64::INFINITY;
    let mut pixels = Vec::new();
    for _ in 0..reps {
        world.barrier();
        let t = Instant::now();
        pixels = plan.synthesis(&local, par)?;
        world.barrier();
        best_syn = best_syn.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let back = plan.analysis(&pixels, AnalysisOptions::default(), par)?;
        world.barrier();
        best_ana = best_ana.min(t.elapsed().as_secs_f64());
        drop(back);
    }
    let dec = plan.decomposition();
    let moved = dec.exchange_bytes() as f64;
    let predicted =
        16.0 * (lmax + 1) as f64 * geometry.rings().len() as f64 * (size - 1) as f64 / size as f64;
    if rank == 0 {
        println!(
            "distributed lmax {lmax} ranks {size} threads {threads}: synthesis {best_syn:.4} s, \
             analysis {best_ana:.4} s, exchange {:.1} MiB (predicted {:.1} MiB), Legendre \
             balance {:?}",
            moved / (1 << 20) as f64,
            predicted / (1 << 20) as f64,
            dec.legendre_balance()
                .iter()
                .map(|b| format!("{b:.3}"))
                .collect::<Vec<_>>()
        );
    }
    if size == 1 {
        let sht = Sht::new(geometry, lmax, lmax)?;
        let alm = alm.unwrap_or(Alm::zeros(lmax, lmax)?);
        let (mut syn, mut ana) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..reps {
            let t = Instant::now();
            let map = sht.synthesis(&alm, par)?;
            syn = syn.min(t.elapsed().as_secs_f64());
            let t = Instant::now();
            let back = sht.analysis(map.values(), par)?;
            ana = ana.min(t.elapsed().as_secs_f64());
            drop(back);
        }
        println!(
            "serial      lmax {lmax} threads {threads}: synthesis {syn:.4} s, analysis {ana:.4} s"
        );
    }
    drop(pixels);
    Ok(())
}
