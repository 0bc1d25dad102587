//! Atomic file creation: write to a temporary file in the target folder, rename when complete.
//!
//! An interrupted run (error, panic, `SIGKILL`, power loss before the rename) never leaves a
//! file under the final name: readers see either nothing or the complete file. A temporary
//! file left behind by a killed process is named `.<final name>.sphfield-tmp-<pid>-<n>` and
//! can be deleted.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Result};

/// Whether an existing file under the final name may be replaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse to replace an existing file (the default).
    #[default]
    Refuse,
    /// Replace it (`--force` on the command line).
    Allow,
}

/// A temporary path beside `final_path`; deleted on drop unless [`AtomicPath::commit`]ed.
#[derive(Debug)]
pub struct AtomicPath {
    final_path: PathBuf,
    temp_path: PathBuf,
    overwrite: Overwrite,
    committed: bool,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

pub(crate) fn display(path: &Path) -> String {
    path.display().to_string()
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: display(path),
        source,
    }
}

impl AtomicPath {
    /// Checks that `final_path` may be written (its folder exists and is writable; it does not
    /// exist unless `overwrite` allows it) and picks the temporary name beside it.
    pub fn new(final_path: impl AsRef<Path>, overwrite: Overwrite) -> Result<AtomicPath> {
        let final_path = final_path.as_ref().to_path_buf();
        let name = final_path
            .file_name()
            .ok_or_else(|| Error::File {
                path: display(&final_path),
                reason: "is not a file name".into(),
            })?
            .to_string_lossy()
            .into_owned();
        let dir = match final_path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let meta = std::fs::metadata(&dir).map_err(|e| io_error(&dir, e))?;
        if !meta.is_dir() {
            return Err(Error::File {
                path: display(&dir),
                reason: "is not a folder".into(),
            });
        }
        if final_path.is_dir() {
            return Err(Error::File {
                path: display(&final_path),
                reason: "is a folder, not a file".into(),
            });
        }
        if overwrite == Overwrite::Refuse && final_path.exists() {
            return Err(Error::File {
                path: display(&final_path),
                reason: "already exists; refusing to overwrite it (use --force, or \
                         Overwrite::Allow, to replace it)"
                    .into(),
            });
        }
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp_path = dir.join(format!(".{name}.sphfield-tmp-{}-{n}", std::process::id()));
        // Fail now, with the folder's name, if the folder is not writable.
        std::fs::File::create(&temp_path).map_err(|e| io_error(&temp_path, e))?;
        Ok(AtomicPath {
            final_path,
            temp_path,
            overwrite,
            committed: false,
        })
    }

    /// Where the data is written until [`AtomicPath::commit`].
    pub fn temp_path(&self) -> &Path {
        &self.temp_path
    }

    /// The name the file gets when complete.
    pub fn final_path(&self) -> &Path {
        &self.final_path
    }

    /// Renames the temporary file to the final name (atomic on POSIX file systems). Call it
    /// only after the file has been closed.
    pub fn commit(mut self) -> Result<()> {
        if self.overwrite == Overwrite::Refuse && self.final_path.exists() {
            return Err(Error::File {
                path: display(&self.final_path),
                reason: "appeared while it was being written; refusing to overwrite it".into(),
            });
        }
        std::fs::rename(&self.temp_path, &self.final_path)
            .map_err(|e| io_error(&self.final_path, e))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for AtomicPath {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.temp_path);
        }
    }
}

/// Writes `bytes` to `path` atomically (used for PNG and text outputs).
pub fn write_bytes_atomic(
    path: impl AsRef<Path>,
    bytes: &[u8],
    overwrite: Overwrite,
) -> Result<()> {
    let target = AtomicPath::new(path, overwrite)?;
    std::fs::write(target.temp_path(), bytes).map_err(|e| io_error(target.temp_path(), e))?;
    target.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_overwrite_and_cleans_up() {
        let dir = std::env::temp_dir().join(format!("sphfield-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt");
        write_bytes_atomic(&path, b"one", Overwrite::Refuse).unwrap();
        let err = write_bytes_atomic(&path, b"two", Overwrite::Refuse).unwrap_err();
        assert!(err.to_string().contains("refusing to overwrite"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_bytes_atomic(&path, b"two", Overwrite::Allow).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        // An uncommitted path leaves nothing behind.
        let temp = {
            let p = AtomicPath::new(dir.join("b.txt"), Overwrite::Refuse).unwrap();
            p.temp_path().to_path_buf()
        };
        assert!(!temp.exists());
        assert!(!dir.join("b.txt").exists());
        let missing = AtomicPath::new(dir.join("no/such/folder/x.h5"), Overwrite::Refuse);
        assert!(matches!(missing, Err(Error::Io { .. })));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
