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
        // A cause whose text the previous line already shows (an OS error quoted in its
        // context) is not repeated.
        let mut previous = e.to_string();
        for cause in e.chain().skip(1) {
            let text = cause.to_string();
            if !previous.contains(&text) {
                let _ = writeln!(err, "  caused by: {text}");
            }
            previous = text;
        }
        let exists = e.chain().any(|cause| {
            matches!(
                cause.downcast_ref::<sphfield::Error>(),
                Some(sphfield::Error::Exists { .. })
            )
        });
        if exists {
            let _ = writeln!(err, "  hint: pass --force to replace it");
        }
        std::process::exit(1);
    }
}
