//! The `sphfield` command line (see `sphfield --help` and the README's tour).

mod cli;

use std::io::Write;

fn main() {
    cli::signals::remove_temporaries_on_termination();
    let outcome = cli::run();
    if let Err(e) = outcome {
        // A closed pipe (`sphfield info f.h5 | head -1`) is the reader's choice, not an error.
        if cli::is_closed_pipe(&e) {
            std::process::exit(0);
        }
        let mut err = std::io::stderr();
        let _ = writeln!(err, "error: {e}");
        for cause in e.chain().skip(1) {
            let _ = writeln!(err, "  caused by: {cause}");
        }
        std::process::exit(1);
    }
}
