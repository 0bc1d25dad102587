//! The files a command reads and writes, checked against each other before any work starts:
//! two outputs under one name (`synth -o f.h5 --png f.h5`) would overwrite each other, and an
//! output under an input's name would destroy the input while it is being read.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use super::Command;

/// One path of a command, with the option that gave it (for the error message).
pub struct NamedPath<'a> {
    pub option: &'static str,
    pub path: &'a Path,
}

fn named<'a>(option: &'static str, path: &'a Path) -> NamedPath<'a> {
    NamedPath { option, path }
}

/// The files `command` reads and the files it writes.
pub fn inputs_and_outputs(command: &Command) -> (Vec<NamedPath<'_>>, Vec<NamedPath<'_>>) {
    let mut inputs = Vec::new();
    let mut outputs = Vec::new();
    match command {
        Command::Synth(a) => {
            outputs.push(named("--output", &a.output.output));
            if let Some(p) = &a.png {
                outputs.push(named("--png", p));
            }
            if let Some(p) = &a.model.spectrum_file {
                inputs.push(named("--spectrum-file", p));
            }
        }
        Command::Condition(a) => {
            inputs.push(named("OBSERVATIONS", &a.observations));
            outputs.push(named("--output", &a.output.output));
            if let Some(p) = &a.png {
                outputs.push(named("--png", p));
            }
            if let Some(p) = &a.png_std {
                outputs.push(named("--png-std", p));
            }
            if let Some(p) = &a.model.spectrum_file {
                inputs.push(named("--spectrum-file", p));
            }
        }
        Command::Fit(a) => {
            inputs.push(named("INPUT", &a.input));
            outputs.push(named("--output", &a.output.output));
            if let Some(p) = &a.png {
                outputs.push(named("--png", p));
            }
        }
        Command::Analyze(a) => {
            inputs.push(named("INPUT", &a.input));
            outputs.push(named("--output", &a.output.output));
            if let Some(p) = &a.model.spectrum_file {
                inputs.push(named("--spectrum-file", p));
            }
        }
        Command::Spectrum(a) => {
            if let Some(p) = &a.output {
                outputs.push(named("--output", p));
            }
            if let Some(p) = &a.png {
                outputs.push(named("--png", p));
            }
            if let Some(p) = &a.model.spectrum_file {
                inputs.push(named("--spectrum-file", p));
            }
        }
        Command::Diffuse(a) => {
            inputs.push(named("INPUT", &a.noising.input));
            outputs.push(named("--output", &a.output.output));
            if let Some(p) = &a.noising.model.spectrum_file {
                inputs.push(named("--spectrum-file", p));
            }
        }
        Command::Dsm(a) => {
            inputs.push(named("INPUT", &a.noising.input));
            outputs.push(named("--output", &a.output.output));
            if let Some(p) = &a.noising.model.spectrum_file {
                inputs.push(named("--spectrum-file", p));
            }
        }
        Command::Sample(a) => {
            if let Some(p) = &a.train {
                inputs.push(named("--train", p));
            }
            if let Some(p) = &a.data_spectrum {
                inputs.push(named("--data-spectrum", p));
            }
            if let Some(p) = &a.observations {
                inputs.push(named("--observations", p));
            }
            if let Some(p) = &a.model.spectrum_file {
                inputs.push(named("--spectrum-file", p));
            }
            outputs.push(named("--output", &a.output.output));
            if let Some(p) = &a.png {
                outputs.push(named("--png", p));
            }
        }
        Command::Plot(a) => {
            inputs.push(named("INPUT", &a.input));
            outputs.push(named("--output", &a.output));
        }
        Command::Info(a) => inputs.push(named("INPUT", &a.input)),
        Command::Sht(a) => {
            if let Some(p) = &a.input {
                inputs.push(named("--input", p));
            }
            if let Some(p) = &a.output {
                outputs.push(named("--output", p));
            }
        }
    }
    (inputs, outputs)
}

/// What a path will name once written: the resolved file if it exists (links followed), else
/// the resolved folder joined with the file name. Two paths with the same identity are one file.
fn identity(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let folder = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    match (std::fs::canonicalize(folder), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

/// Refuses an output that is also another output or an input of the same command.
pub fn check_distinct(inputs: &[NamedPath<'_>], outputs: &[NamedPath<'_>]) -> Result<()> {
    for (k, out) in outputs.iter().enumerate() {
        let id = identity(out.path);
        for other in &outputs[..k] {
            if identity(other.path) == id {
                bail!(
                    "{} and {} name the same file ({}); give each output its own name",
                    other.option,
                    out.option,
                    out.path.display()
                );
            }
        }
        for input in inputs {
            if identity(input.path) == id {
                bail!(
                    "{} {} is also the input {}; writing it would destroy what is being read",
                    out.option,
                    out.path.display(),
                    input.option
                );
            }
        }
    }
    Ok(())
}
