//! Writing outputs so that a half-written one is never visible: temporary name beside the
//! final one, fsync, rename, fsync of the folder.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::MediaError;

/// Writes `contents` to `path` atomically (temp file in the same folder, fsync, rename).
///
/// Readers see either the old file or the new one, never a part; after a crash there may
/// be a stray `.<name>.<n>.tmp` beside it, never a torn `path`.
pub async fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), MediaError> {
    let path = path.to_owned();
    let contents = contents.to_vec();
    blocking(move || {
        let tmp = temp_path_for(&path)?;
        let result = (|| {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
                .map_err(|e| MediaError::io(&tmp, e))?;
            file.write_all(&contents)
                .map_err(|e| MediaError::io(&tmp, e))?;
            file.sync_all().map_err(|e| MediaError::io(&tmp, e))?;
            drop(file);
            rename_into_place(&tmp, &path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    })
    .await
}

/// Runs blocking file work off the async threads.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, MediaError> + Send + 'static,
) -> Result<T, MediaError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| MediaError::io("<blocking task>", std::io::Error::other(e)))?
}

/// A fresh temporary name in the same folder as `path`: `.<name>.<pid>-<n>.tmp`.
pub(crate) fn temp_path_for(path: &Path) -> Result<PathBuf, MediaError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        MediaError::io(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "no file name"),
        )
    })?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}-{n}.tmp", std::process::id()));
    Ok(path.with_file_name(tmp_name))
}

/// The folder holding `path` ("." for a bare name).
pub(crate) fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Flushes a finished temporary file, renames it onto `path` and flushes the folder.
pub(crate) fn rename_into_place(tmp: &Path, path: &Path) -> Result<(), MediaError> {
    std::fs::rename(tmp, path).map_err(|e| MediaError::io(path, e))?;
    sync_dir(parent_dir(path))
}

pub(crate) fn sync_file(path: &Path) -> Result<(), MediaError> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| MediaError::io(path, e))
}

/// Makes a rename or a new entry in `dir` durable.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), MediaError> {
    #[cfg(unix)]
    {
        sync_file(dir)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Flushes every file in `dir` (not recursive) and the folder itself.
pub(crate) fn sync_tree(dir: &Path) -> Result<(), MediaError> {
    for entry in std::fs::read_dir(dir).map_err(|e| MediaError::io(dir, e))? {
        let entry = entry.map_err(|e| MediaError::io(dir, e))?;
        let file_type = entry
            .file_type()
            .map_err(|e| MediaError::io(entry.path(), e))?;
        if file_type.is_file() {
            sync_file(&entry.path())?;
        }
    }
    sync_dir(dir)
}

/// Removes a folder and its contents; a folder that is not there is fine.
pub(crate) fn remove_dir_if_present(dir: &Path) -> Result<(), MediaError> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(MediaError::io(dir, e)),
    }
}

/// A temporary output file beside `out`, removed when dropped unless it was published.
pub(crate) struct TempOutput {
    pub path: PathBuf,
    target: PathBuf,
    published: bool,
}

impl TempOutput {
    pub fn new(target: &Path) -> Result<Self, MediaError> {
        Ok(Self {
            path: temp_path_for(target)?,
            target: target.to_owned(),
            published: false,
        })
    }

    /// Whether ffmpeg wrote something (a run can succeed and write nothing).
    pub fn written_len(&self) -> u64 {
        std::fs::metadata(&self.path).map_or(0, |m| m.len())
    }

    /// fsync, rename onto the target, fsync the folder.
    pub async fn publish(mut self) -> Result<(), MediaError> {
        let (tmp, target) = (self.path.clone(), self.target.clone());
        blocking(move || {
            sync_file(&tmp)?;
            rename_into_place(&tmp, &target)
        })
        .await?;
        self.published = true;
        Ok(())
    }
}

impl Drop for TempOutput {
    fn drop(&mut self) {
        if !self.published {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_hidden_unique_and_beside_the_target() {
        let a = temp_path_for(Path::new("/x/y/master.m3u8")).unwrap();
        let b = temp_path_for(Path::new("/x/y/master.m3u8")).unwrap();
        assert_ne!(a, b);
        assert_eq!(a.parent(), Some(Path::new("/x/y")));
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with(".master.m3u8.") && name.ends_with(".tmp"),
            "{name}"
        );
        assert_eq!(parent_dir(Path::new("file")), Path::new("."));
    }

    #[tokio::test]
    async fn write_atomic_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.m3u8");
        write_atomic(&path, b"one").await.unwrap();
        write_atomic(&path, b"two").await.unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["master.m3u8"]);
    }

    #[tokio::test]
    async fn write_atomic_into_a_missing_folder_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope").join("x");
        match write_atomic(&path, b"x").await {
            Err(MediaError::Io { .. }) => {}
            other => panic!("{other:?}"),
        }
    }
}
