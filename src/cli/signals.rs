//! Termination signals: `SIGINT` (Ctrl-C), `SIGTERM` and `SIGHUP` delete the temporary files of
//! unfinished outputs before the program ends. The final names never appear for an unfinished
//! output (see `sphfield::io::AtomicPath`); this also leaves no `.<name>.sphfield-tmp-…` behind.

/// Starts a thread that waits for a termination signal, deletes every temporary output file of
/// the process, and then ends the process as the signal would have (so that the shell sees the
/// usual status, 130 for Ctrl-C).
pub fn remove_temporaries_on_termination() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        use signal_hook::iterator::Signals;
        // Without the handler the signals keep their default action: the program still ends,
        // only the temporary files stay behind. Nothing to report to the user here.
        let Ok(mut signals) = Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("sphfield-signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    sphfield::io::remove_temporary_files();
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
    }
}
