//! Provenance: what made a file (docs/architecture.md §5).
//!
//! Every file sphfield writes carries, as root attributes: `sphfield_version`, `history`
//! (the command line or API call, the CF attribute for it), `created` (UTC, RFC 3339),
//! `seed` (if any), `spectrum_model` and `spectrum_parameters` (if any), and free-form
//! `key = value` parameters. The grid and lmax are added by the writer when a map or
//! coefficients are written.

use crate::spectrum::SpectrumModel;

/// The record of how a file was made. Build it with [`Provenance::from_call`] or
/// [`Provenance::from_command_line`] and the `with_*` methods.
///
/// ```
/// use sphfield::io::Provenance;
/// let p = Provenance::from_call("my_pipeline::make_fields(rho = 1000 km)").with_seed(42);
/// assert_eq!(p.seed, Some(42));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Provenance {
    /// The command line or library call that made the file.
    pub command: String,
    /// The seed of the random streams, if random numbers were drawn.
    pub seed: Option<u64>,
    /// The spectrum model, as [`SpectrumModel::describe`] gives it.
    pub model: Option<String>,
    /// Further parameters, each written as its own root attribute (names are sanitised to
    /// letters, digits and `_`).
    pub parameters: Vec<(String, String)>,
}

impl Provenance {
    /// Provenance for a library call, described by the caller.
    pub fn from_call(call: impl Into<String>) -> Provenance {
        Provenance {
            command: call.into(),
            ..Provenance::default()
        }
    }

    /// Provenance for the running program: its command line, quoted so that it can be pasted
    /// back into a shell.
    pub fn from_command_line() -> Provenance {
        // Arguments are OS strings (a file name need not be UTF-8): record them lossily
        // rather than fail.
        let words: Vec<String> = std::env::args_os()
            .map(|a| shell_quote(&a.to_string_lossy()))
            .collect();
        Provenance::from_call(words.join(" "))
    }

    /// Records the seed.
    pub fn with_seed(mut self, seed: u64) -> Provenance {
        self.seed = Some(seed);
        self
    }

    /// Records the spectrum model.
    pub fn with_model(mut self, model: &dyn SpectrumModel) -> Provenance {
        self.model = Some(model.describe());
        self
    }

    /// Records a named parameter.
    pub fn with_parameter(mut self, name: &str, value: impl ToString) -> Provenance {
        self.parameters.push((sanitise(name), value.to_string()));
        self
    }
}

fn sanitise(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The current time in UTC, RFC 3339, to the second.
pub(crate) fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_and_names() {
        assert_eq!(shell_quote("--rho-km=1000"), "--rho-km=1000");
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(sanitise("rho (km)"), "rho__km_");
        assert!(now_rfc3339().ends_with('Z'));
    }
}
