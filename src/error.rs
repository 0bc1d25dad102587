//! The crate's single error type.
//!
//! Every public function validates its input once, at entry, and returns one of these
//! variants with the offending value and the limit it broke, so that a user can act on the
//! message without reading the source.

/// Result type used throughout sphfield.
pub type Result<T> = std::result::Result<T, Error>;

/// Everything that can go wrong in sphfield's library API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An array has the wrong length for what it is meant to hold.
    #[error("{what} has length {got}, expected {expected}")]
    Shape {
        /// What the array is (e.g. "map for Gauss-Legendre 64x127").
        what: String,
        /// The length required.
        expected: usize,
        /// The length supplied.
        got: usize,
    },
    /// The band limit is larger than what a grid can resolve.
    #[error("lmax {lmax} exceeds what {geometry} can resolve ({max})")]
    LmaxTooLarge {
        /// The requested band limit.
        lmax: usize,
        /// The largest band limit the grid resolves (with the formula that gives it).
        max: String,
        /// The grid.
        geometry: String,
    },
    /// A value is NaN or infinite.
    #[error("non-finite value ({value}) in {what} at index {index}")]
    NonFinite {
        /// What holds the value.
        what: String,
        /// Position of the first offending value.
        index: usize,
        /// The value itself.
        value: f64,
    },
    /// A parameter is outside its valid range.
    #[error("invalid {name} = {value}: {reason}")]
    Param {
        /// Parameter name.
        name: &'static str,
        /// The value given, formatted.
        value: String,
        /// What the valid range is and why.
        reason: String,
    },
    /// A request would need more memory or larger indices than sphfield supports.
    #[error("{what} is too large: {requested} exceeds the limit {limit}")]
    TooLarge {
        /// What was requested.
        what: String,
        /// The size requested.
        requested: u128,
        /// The largest size supported.
        limit: u128,
    },
    /// Two objects that must match do not (e.g. a map on another grid than the plan's).
    #[error("mismatch: {0}")]
    Mismatch(String),
    /// The output file exists and the caller did not allow replacing it. Each interface
    /// names its own switch: `--force` on the command line, [`crate::io::Overwrite::Allow`]
    /// in Rust, `overwrite = 1` in C, `overwrite=True` in Python.
    #[error("{path} already exists; refusing to overwrite it")]
    Exists {
        /// The file.
        path: String,
    },
    /// A file could not be read or written.
    #[error("cannot access {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A file exists but is not what it should be: not HDF5, truncated, missing a dataset or
    /// attribute, a wrong shape or type. `reason` names the object and what was expected.
    #[error("{path}: {reason}")]
    File {
        /// The file.
        path: String,
        /// What is wrong, naming the dataset or attribute.
        reason: String,
    },
    /// Distributed mode (feature `mpi`): another rank of the job failed, or the ranks do not
    /// agree (different arguments, different data). `rank` is the first rank that failed.
    #[error("rank {rank}: {message}")]
    Distributed {
        /// The (lowest) rank that failed.
        rank: usize,
        /// That rank's error.
        message: String,
    },
}

/// Builds an [`Error::Param`]; kept out of line so that checks stay cheap.
#[cold]
#[inline(never)]
pub(crate) fn param_error(
    name: &'static str,
    value: impl ToString,
    reason: impl Into<String>,
) -> Error {
    Error::Param {
        name,
        value: value.to_string(),
        reason: reason.into(),
    }
}

/// Returns an [`Error::NonFinite`] for the first NaN or infinite value of `values`.
pub(crate) fn check_finite(what: &str, values: &[f64]) -> Result<()> {
    // A branch-free count per chunk (vectorises; a map is checked at memory speed), then the
    // exact position only when something was found.
    let all_finite = values.chunks(4096).all(|chunk| {
        chunk
            .iter()
            .map(|&v| u32::from(non_finite_bits(v)))
            .sum::<u32>()
            == 0
    });
    if all_finite {
        return Ok(());
    }
    match values.iter().position(|v| !v.is_finite()) {
        None => Ok(()),
        Some(index) => Err(non_finite(what, index, values[index])),
    }
}

/// True for NaN and ±∞ (all exponent bits set), without a branch.
#[inline(always)]
pub(crate) fn non_finite_bits(v: f64) -> bool {
    const EXPONENT: u64 = 0x7ff << 52;
    v.to_bits() & EXPONENT == EXPONENT
}

#[cold]
#[inline(never)]
pub(crate) fn non_finite(what: &str, index: usize, value: f64) -> Error {
    Error::NonFinite {
        what: what.to_string(),
        index,
        value,
    }
}

#[cold]
#[inline(never)]
pub(crate) fn shape_error(what: impl Into<String>, expected: usize, got: usize) -> Error {
    Error::Shape {
        what: what.into(),
        expected,
        got,
    }
}
