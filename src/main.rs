//! The `sphfield` command line (see `sphfield --help` and the README's tour).

mod cli;

use std::io::Write;

fn main() {
    sphfield::memory::fit_allocator_to_address_limit();
    // Under an MPI launcher (binary built with --features mpi): join the job; dropping the
    // universe at the end finalises MPI.
    #[cfg(feature = "mpi")]
    let universe = cli::job::start();
    cli::signals::remove_temporaries_on_termination();
    let outcome = cli::run();
    let code = match outcome {
        Ok(()) => 0,
        Err(e) => report(&e),
    };
    #[cfg(feature = "mpi")]
    drop(universe);
    std::process::exit(code);
}

/// Prints an error (once per job: see `cli::job::report`) and returns the exit status.
fn report(e: &anyhow::Error) -> i32 {
    // A closed pipe (`sphfield info f.h5 | head -1`) is the reader's choice, not an error.
    if cli::is_closed_pipe(e) {
        return 0;
    }
    let job = cli::job::job();
    let mut err = std::io::stderr();
    if let Some(text) = cli::job::report(e) {
        let _ = writeln!(err, "error: {text}");
        // A cause whose text the previous line already shows (an OS error quoted in its
        // context) is not repeated.
        let mut previous = e.to_string();
        let causes = if cli::job::is_agreed(e) {
            0
        } else {
            usize::MAX
        };
        for cause in e.chain().skip(1).take(causes) {
            let text = cause.to_string();
            if !previous.contains(&text) {
                let _ = writeln!(err, "  caused by: {text}");
            }
            previous = text;
        }
    }
    let exists = e.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<sphfield::Error>(),
            Some(sphfield::Error::Exists { .. })
        )
    }) || e.to_string().contains("refusing to overwrite");
    if exists && job.is_root() {
        let _ = writeln!(err, "  hint: pass --force to replace it");
    }
    // An error the other ranks have not agreed on: they may wait for this rank in a
    // collective step, so the whole job is stopped.
    if job.is_distributed() && !cli::job::is_agreed(e) {
        job.abort();
    }
    1
}
