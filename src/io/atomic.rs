//! Atomic file creation: write to a temporary file in the target folder, rename when complete.
//!
//! An interrupted run (error, panic, `SIGKILL`, power loss before the rename) never leaves a
//! file under the final name: readers see either nothing or the complete file. A temporary
//! file is named `.<final name>.sphfield-tmp-<pid>-<n>` (the final name shortened if the
//! whole would exceed the 255-byte limit of file names). Every temporary file alive in the
//! process is listed in a registry, so that a signal handler can delete them all with
//! [`remove_temporary_files`] before the process dies (the command-line program does this on
//! `SIGINT`, `SIGTERM` and `SIGHUP`); only a `SIGKILL` or a power loss leaves one behind.
//!
//! Only regular files are ever replaced: a device (`/dev/null`), a folder, a socket, a FIFO or
//! a symbolic link under the final name is refused even with [`Overwrite::Allow`]. Without
//! [`Overwrite::Allow`], the final rename itself refuses to replace a file that appeared while
//! the data was being written (`renameat2(RENAME_NOREPLACE)` on Linux, a hard link elsewhere
//! or where the file system lacks it), so there is no window between a check and the rename.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// Whether an existing file under the final name may be replaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse to replace an existing file (the default).
    #[default]
    Refuse,
    /// Replace it if it is a regular file (`--force` on the command line).
    Allow,
}

/// A temporary path beside `final_path`; deleted on drop unless [`AtomicPath::commit`]ed.
#[derive(Debug)]
pub struct AtomicPath {
    final_path: PathBuf,
    temp_path: PathBuf,
    overwrite: Overwrite,
    id: u64,
    committed: bool,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The temporary files alive in this process, by [`AtomicPath`] id.
static LIVE_TEMPORARIES: Mutex<BTreeMap<u64, PathBuf>> = Mutex::new(BTreeMap::new());

/// Longest file name (in bytes) that common file systems accept (ext4, XFS, btrfs, APFS, NTFS).
const NAME_MAX: usize = 255;

pub(crate) fn display(path: &Path) -> String {
    path.display().to_string()
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: display(path),
        source,
    }
}

fn file_error(path: &Path, reason: impl Into<String>) -> Error {
    Error::File {
        path: display(path),
        reason: reason.into(),
    }
}

/// Deletes every temporary file that an uncommitted [`AtomicPath`] of this process holds.
///
/// Meant for a signal-handling thread (e.g. one of `signal-hook`'s iterators) that is about to
/// end the process: the writers are not told, so call it only when the process will not go on
/// writing. Returns how many files were deleted. It takes a lock that writers hold only for a
/// few instructions; do not call it from inside an asynchronous signal handler.
pub fn remove_temporary_files() -> usize {
    let live = LIVE_TEMPORARIES.lock().unwrap_or_else(|e| e.into_inner());
    live.values()
        .filter(|path| std::fs::remove_file(path).is_ok())
        .count()
}

/// What kind of object `path` is, if it exists and is not a regular file.
fn not_a_regular_file(path: &Path) -> Option<&'static str> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    Some(if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        special_file_kind(&kind)
    })
}

#[cfg(unix)]
fn special_file_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else if kind.is_fifo() {
        "a named pipe"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_file_kind(_: &std::fs::FileType) -> &'static str {
    "not a regular file"
}

/// `.<name>.sphfield-tmp-<pid>-<n>`, with `name` made valid UTF-8 (the HDF5 library opens
/// only UTF-8 paths; the final rename restores the name as given) and cut at a character
/// boundary so that the whole stays within [`NAME_MAX`] bytes.
fn temporary_name(name: &std::ffi::OsStr, n: u64) -> OsString {
    let suffix = format!(".sphfield-tmp-{}-{n}", std::process::id());
    let budget = NAME_MAX - 1 - suffix.len();
    let text = name.to_string_lossy();
    let mut cut = text.len().min(budget);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    OsString::from(format!(".{}{suffix}", &text[..cut]))
}

impl AtomicPath {
    /// Checks that `final_path` may be written (its folder exists and is writable; it does not
    /// exist unless `overwrite` allows it, and then only as a regular file) and creates the
    /// temporary file beside it.
    pub fn new(final_path: impl AsRef<Path>, overwrite: Overwrite) -> Result<AtomicPath> {
        let final_path = final_path.as_ref().to_path_buf();
        let name = final_path
            .file_name()
            .ok_or_else(|| file_error(&final_path, "is not a file name"))?
            .to_os_string();
        if name.len() > NAME_MAX {
            return Err(file_error(
                &final_path,
                format!(
                    "the file name is {} bytes long; file systems accept at most {NAME_MAX}",
                    name.len()
                ),
            ));
        }
        let dir = match final_path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let meta = std::fs::metadata(&dir).map_err(|e| io_error(&dir, e))?;
        if !meta.is_dir() {
            return Err(file_error(&dir, "is not a folder"));
        }
        if let Some(kind) = not_a_regular_file(&final_path) {
            return Err(file_error(
                &final_path,
                format!("is {kind}; sphfield writes and replaces regular files only"),
            ));
        }
        if overwrite == Overwrite::Refuse && std::fs::symlink_metadata(&final_path).is_ok() {
            return Err(Error::Exists {
                path: final_path.display().to_string(),
            });
        }
        let id = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp_path = dir.join(temporary_name(&name, id));
        // Registered before it exists, so that a signal arriving now still finds it.
        LIVE_TEMPORARIES
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, temp_path.clone());
        let path = AtomicPath {
            final_path,
            temp_path,
            overwrite,
            id,
            committed: false,
        };
        // Fail now, with the folder's name, if the folder is not writable. `create_new`: never
        // follow or reuse whatever might already sit under the temporary name.
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path.temp_path)
            .map_err(|e| io_error(&path.temp_path, e))?;
        Ok(path)
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
    /// only after the file has been closed. Without [`Overwrite::Allow`] the rename itself
    /// refuses to replace a file that appeared meanwhile; with it, only a regular file is
    /// replaced.
    pub fn commit(mut self) -> Result<()> {
        if let Some(kind) = not_a_regular_file(&self.final_path) {
            return Err(file_error(
                &self.final_path,
                format!("became {kind} while the data was being written; it was not replaced"),
            ));
        }
        match self.overwrite {
            Overwrite::Allow => std::fs::rename(&self.temp_path, &self.final_path)
                .map_err(|e| io_error(&self.final_path, e))?,
            Overwrite::Refuse => rename_no_replace(&self.temp_path, &self.final_path)?,
        }
        self.committed = true;
        self.unregister();
        Ok(())
    }

    fn unregister(&self) {
        LIVE_TEMPORARIES
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.id);
    }
}

fn appeared(path: &Path) -> Error {
    file_error(
        path,
        "appeared while the data was being written; refusing to overwrite it",
    )
}

/// Renames `from` to `to` unless `to` exists, in one step where the system allows it.
fn rename_no_replace(from: &Path, to: &Path) -> Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| std::ffi::CString::new(p.as_os_str().as_bytes());
        if let (Ok(src), Ok(dst)) = (c(from), c(to)) {
            // SAFETY: both are valid NUL-terminated paths that outlive the call; AT_FDCWD makes
            // them relative to the working directory, as std::fs::rename does.
            let rc = unsafe {
                libc::renameat2(
                    libc::AT_FDCWD,
                    src.as_ptr(),
                    libc::AT_FDCWD,
                    dst.as_ptr(),
                    libc::RENAME_NOREPLACE,
                )
            };
            if rc == 0 {
                return Ok(());
            }
            let err = std::io::Error::last_os_error();
            match err.raw_os_error() {
                Some(libc::EEXIST) => return Err(appeared(to)),
                // The file system (or an old kernel) lacks the flag: use the hard link below.
                Some(libc::EINVAL) | Some(libc::ENOSYS) | Some(libc::ENOTSUP) => {}
                _ => return Err(io_error(to, err)),
            }
        }
    }
    // A hard link fails if the target exists; then the temporary name is dropped.
    match std::fs::hard_link(from, to) {
        Ok(()) => {
            let _ = std::fs::remove_file(from);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(appeared(to)),
        Err(link_error) => {
            // No hard links here (some network and FAT file systems): check, then rename.
            if std::fs::symlink_metadata(to).is_ok() {
                return Err(appeared(to));
            }
            std::fs::rename(from, to).map_err(|_| io_error(to, link_error))
        }
    }
}

impl Drop for AtomicPath {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.temp_path);
            self.unregister();
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

    fn scratch(tag: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sphfield-atomic-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[cfg(unix)]
    #[test]
    fn never_replaces_devices_folders_or_links() {
        // Regression: `--force -o /dev/null` turned /dev/null into a regular file (as root).
        for special in ["/dev/null", "/dev/full"] {
            if std::path::Path::new(special).exists() {
                let err = write_bytes_atomic(special, b"x", Overwrite::Allow).unwrap_err();
                assert!(err.to_string().contains("is a device"), "{err}");
                let meta = std::fs::metadata(special).unwrap();
                assert!(!meta.is_file(), "{special} was replaced");
            }
        }
        let dir = scratch("special");
        let target = dir.join("target.txt");
        std::fs::write(&target, b"keep").unwrap();
        let link = dir.join("link.txt");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = write_bytes_atomic(&link, b"x", Overwrite::Allow).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        let sub = dir.join("sub");
        std::fs::create_dir(&sub).unwrap();
        let err = write_bytes_atomic(&sub, b"x", Overwrite::Allow).unwrap_err();
        assert!(err.to_string().contains("folder"), "{err}");
        assert_eq!(std::fs::read(&target).unwrap(), b"keep");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn commit_refuses_a_file_that_appeared_meanwhile() {
        let dir = scratch("race");
        let path = dir.join("race.txt");
        let target = AtomicPath::new(&path, Overwrite::Refuse).unwrap();
        std::fs::write(target.temp_path(), b"ours").unwrap();
        std::fs::write(&path, b"theirs").unwrap();
        let temp = target.temp_path().to_path_buf();
        let err = target.commit().unwrap_err();
        assert!(err.to_string().contains("appeared"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"theirs");
        assert!(!temp.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn long_final_names_get_a_short_temporary_name() {
        // Regression: names over ~225 bytes failed because of the temporary-name affix.
        let dir = scratch("long");
        for len in [200, 240, 255] {
            let name = "é".repeat(len / 2) + &"a".repeat(len % 2);
            assert_eq!(name.len(), len);
            let path = dir.join(&name);
            write_bytes_atomic(&path, b"ok", Overwrite::Refuse).unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), b"ok");
        }
        let too_long = dir.join("a".repeat(256));
        let err = write_bytes_atomic(&too_long, b"x", Overwrite::Refuse).unwrap_err();
        assert!(err.to_string().contains("at most 255"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
