//! Secret files (signing and encryption keys) that several processes on one data folder
//! may create at the same moment, and must end up sharing.

use std::io::{self, Write as _};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Reads the secret at `path`, or creates it from `make()` if it does not exist.
///
/// A new secret is written to a temporary file of this process's own (mode 0600) in the
/// same folder, synced, then hard-linked into place. Unlike a rename, the link fails if
/// another process created the file first; that file is read instead, so processes
/// starting together agree on one secret, and nobody ever reads a half-written file.
/// Where the file system has no hard links, it falls back to a rename.
pub fn load_or_create(path: &Path, make: impl FnOnce() -> Vec<u8>) -> io::Result<Vec<u8>> {
    match std::fs::read(path) {
        Ok(bytes) => return Ok(bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = temp_path(path);
    let written = write_new(&tmp, &make());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    let linked = std::fs::hard_link(&tmp, path);
    let placed = match linked {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(_) => std::fs::rename(&tmp, path),
    };
    let _ = std::fs::remove_file(&tmp);
    placed?;
    if let Some(dir) = dir {
        // The new name survives a crash once its folder is synced.
        std::fs::File::open(dir)?.sync_all()?;
    }
    std::fs::read(path)
}

fn temp_path(path: &Path) -> std::path::PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map_or_else(|| "secret".into(), |n| n.to_string_lossy());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    path.with_file_name(format!(
        ".{name}.{}.{}.{nanos}.tmp",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ))
}

fn write_new(tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(tmp)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_once_then_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secrets").join("k.key");
        let first = load_or_create(&path, || vec![1; 32]).unwrap();
        assert_eq!(first, vec![1; 32]);
        let again = load_or_create(&path, || vec![2; 32]).unwrap();
        assert_eq!(again, first);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // No temporary file is left beside it.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("k.key")]);
    }

    #[test]
    fn creators_racing_all_get_the_same_secret() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("race.key");
        let threads: Vec<_> = (0..16u8)
            .map(|i| {
                let path = path.clone();
                std::thread::spawn(move || load_or_create(&path, || vec![i; 32]).unwrap())
            })
            .collect();
        let got: Vec<Vec<u8>> = threads.into_iter().map(|t| t.join().unwrap()).collect();
        assert!(got.iter().all(|k| k.len() == 32 && *k == got[0]), "{got:?}");
        assert_eq!(std::fs::read(&path).unwrap(), got[0]);
    }
}
