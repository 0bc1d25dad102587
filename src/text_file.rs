//! Reading small text inputs (spectrum tables, observation files) with a size limit.

use crate::error::{param_error, Error, Result};
use std::io::Read;
use std::path::Path;

/// The whole of `path` as UTF-8 text, reading at most `limit` + 1 bytes so that a device such
/// as /dev/zero or a huge file gives an error instead of a read without end. `what` names the
/// file in errors ("spectrum table", "observation file").
///
/// # Errors
/// `Error::Io` if the file cannot be read, `Error::TooLarge` above `limit` bytes,
/// `Error::Param` for text that is not UTF-8 (naming the first invalid byte).
pub(crate) fn read_limited_text(path: &Path, limit: u64, what: &'static str) -> Result<String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::Io {
            path: path.display().to_string(),
            source: e,
        })?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            what: format!("{what} {}", path.display()),
            requested: bytes.len() as u128,
            limit: limit as u128,
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        param_error(
            what,
            path.display(),
            format!(
                "is not UTF-8 text (byte {} is invalid)",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}
