//! The `sphfield` command line (see `sphfield --help` and the README's tour).

mod cli;

fn main() {
    if let Err(e) = cli::run() {
        eprintln!("error: {e}");
        for cause in e.chain().skip(1) {
            eprintln!("  caused by: {cause}");
        }
        std::process::exit(1);
    }
}
