//! [`LocalBlobStore`]: blobs as files under one folder, the key as the relative path.
//!
//! All file work runs on tokio's blocking threads. Whole-blob writes go to a temporary
//! name beside the final one (`.<name>.<pid>-<n>.tmp`, never a valid key segment, so never
//! listed), are fsynced, renamed into place, and the folder is fsynced; folders created on
//! the way are fsynced into their parents. Appends are serialized per key (striped
//! locks) and fsynced before they answer.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, ErrorKind, Read as _, Seek as _, SeekFrom, Write as _};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;

use crate::key::is_valid_segment;
use crate::{BlobError, BlobFuture, BlobKey, BlobStore, ListEntry, Meta};

const STRIPES: usize = 64;

/// Blobs as files under `root` (for Spool: a region cell's `media/` folder).
#[derive(Clone)]
pub struct LocalBlobStore {
    inner: Arc<Inner>,
}

struct Inner {
    root: PathBuf,
    /// Appends and truncations of keys hashing to the same stripe run one at a time.
    stripes: [Mutex<()>; STRIPES],
}

impl std::fmt::Debug for LocalBlobStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalBlobStore")
            .field("root", &self.inner.root)
            .finish()
    }
}

impl LocalBlobStore {
    /// A store over `root`; nothing is touched until the first write, which creates the
    /// folders it needs.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            inner: Arc::new(Inner {
                root: root.into(),
                stripes: std::array::from_fn(|_| Mutex::new(())),
            }),
        }
    }

    pub fn root(&self) -> &Path {
        &self.inner.root
    }

    /// Runs `f` on the inner store on a blocking thread.
    fn run<'a, T: Send + 'static>(
        &self,
        key: &'a BlobKey,
        f: impl FnOnce(&Inner) -> Result<T, BlobError> + Send + 'static,
    ) -> BlobFuture<'a, T> {
        let inner = Arc::clone(&self.inner);
        Box::pin(async move {
            tokio::task::spawn_blocking(move || f(&inner))
                .await
                .unwrap_or_else(|_| {
                    Err(BlobError::io(
                        "finish an operation on",
                        key,
                        io::Error::other("the blocking task failed"),
                    ))
                })
        })
    }
}

impl BlobStore for LocalBlobStore {
    fn put<'a>(&'a self, key: &'a BlobKey, bytes: Bytes) -> BlobFuture<'a, ()> {
        let k = key.clone();
        self.run(key, move |s| s.put(&k, &bytes))
    }

    fn put_file<'a>(&'a self, key: &'a BlobKey, local: &'a Path) -> BlobFuture<'a, ()> {
        let (k, local) = (key.clone(), local.to_owned());
        self.run(key, move |s| s.put_file(&k, &local))
    }

    fn put_dir<'a>(&'a self, prefix: &'a BlobKey, local_dir: &'a Path) -> BlobFuture<'a, u64> {
        let (k, local) = (prefix.clone(), local_dir.to_owned());
        self.run(prefix, move |s| s.put_dir(&k, &local))
    }

    fn get<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, Bytes> {
        let k = key.clone();
        self.run(key, move |s| {
            let (mut file, meta) = s.open(&k)?;
            let mut buf = Vec::with_capacity(meta.len() as usize);
            file.read_to_end(&mut buf)
                .map_err(|e| BlobError::io("read", &k, e))?;
            Ok(Bytes::from(buf))
        })
    }

    fn get_range<'a>(&'a self, key: &'a BlobKey, range: Range<u64>) -> BlobFuture<'a, Bytes> {
        let k = key.clone();
        self.run(key, move |s| {
            let (mut file, meta) = s.open(&k)?;
            let len = meta.len();
            if range.start > len || range.start > range.end {
                return Err(BlobError::InvalidRange {
                    key: k,
                    start: range.start,
                    end: range.end,
                    len,
                });
            }
            let end = range.end.min(len);
            let mut buf = vec![0; (end - range.start) as usize];
            file.seek(SeekFrom::Start(range.start))
                .and_then(|_| file.read_exact(&mut buf))
                .map_err(|e| BlobError::io("read", &k, e))?;
            Ok(Bytes::from(buf))
        })
    }

    fn head<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, Option<Meta>> {
        let k = key.clone();
        self.run(key, move |s| match fs::metadata(s.path(&k)) {
            Ok(m) if m.is_file() => Ok(Some(meta_of(&m))),
            Ok(_) => Ok(None),
            Err(e) if is_missing(&e) => Ok(None),
            Err(e) => Err(BlobError::io("look up", &k, e)),
        })
    }

    fn append<'a>(
        &'a self,
        key: &'a BlobKey,
        expected_offset: u64,
        bytes: Bytes,
    ) -> BlobFuture<'a, u64> {
        let k = key.clone();
        self.run(key, move |s| s.append(&k, expected_offset, &bytes))
    }

    fn truncate<'a>(&'a self, key: &'a BlobKey, len: u64) -> BlobFuture<'a, ()> {
        let k = key.clone();
        self.run(key, move |s| s.truncate(&k, len))
    }

    fn rename<'a>(&'a self, from: &'a BlobKey, to: &'a BlobKey) -> BlobFuture<'a, ()> {
        let (from_k, to_k) = (from.clone(), to.clone());
        self.run(from, move |s| s.rename(&from_k, &to_k))
    }

    fn delete<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, ()> {
        let k = key.clone();
        self.run(key, move |s| {
            let path = s.path(&k);
            match fs::symlink_metadata(&path) {
                Ok(m) if m.is_dir() => return Ok(()), // a prefix, not a blob
                Ok(_) => {}
                Err(e) if is_missing(&e) => return Ok(()),
                Err(e) => return Err(BlobError::io("delete", &k, e)),
            }
            match fs::remove_file(&path) {
                Ok(()) => sync_dir(parent(&path)).map_err(|e| BlobError::io("delete", &k, e)),
                Err(e) if is_missing(&e) => Ok(()),
                Err(e) => Err(BlobError::io("delete", &k, e)),
            }
        })
    }

    fn delete_prefix<'a>(&'a self, prefix: &'a BlobKey) -> BlobFuture<'a, ()> {
        let k = prefix.clone();
        self.run(prefix, move |s| {
            let path = s.path(&k);
            match fs::symlink_metadata(&path) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => return Ok(()), // a blob named like the prefix is not under it
                Err(e) if is_missing(&e) => return Ok(()),
                Err(e) => return Err(BlobError::io("delete", &k, e)),
            }
            match fs::remove_dir_all(&path) {
                Ok(()) => sync_dir(parent(&path)).map_err(|e| BlobError::io("delete", &k, e)),
                Err(e) if is_missing(&e) => Ok(()),
                Err(e) => Err(BlobError::io("delete", &k, e)),
            }
        })
    }

    fn list<'a>(&'a self, prefix: &'a BlobKey) -> BlobFuture<'a, Vec<ListEntry>> {
        let k = prefix.clone();
        self.run(prefix, move |s| s.list(&k))
    }

    fn stage<'a>(&'a self, key: &'a BlobKey, _local_dir: &'a Path) -> BlobFuture<'a, PathBuf> {
        // The stored file is already local: no copy.
        let k = key.clone();
        self.run(key, move |s| {
            s.open(&k)?;
            Ok(s.path(&k))
        })
    }

    fn local_path(&self, key: &BlobKey) -> Option<PathBuf> {
        Some(self.inner.path(key))
    }
}

impl Inner {
    fn path(&self, key: &BlobKey) -> PathBuf {
        // A key has no `..`, no leading `/` and no empty segment: it stays under root.
        self.root.join(key.as_str())
    }

    fn stripe(&self, key: &BlobKey) -> MutexGuard<'_, ()> {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        key.hash(&mut h);
        let i = (h.finish() % STRIPES as u64) as usize;
        self.stripes[i].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Opens a blob for reading; a missing file or a folder is `NotFound`.
    fn open(&self, key: &BlobKey) -> Result<(File, Metadata), BlobError> {
        let not_found = || BlobError::NotFound { key: key.clone() };
        let file = File::open(self.path(key)).map_err(|e| {
            if is_missing(&e) {
                not_found()
            } else {
                BlobError::io("open", key, e)
            }
        })?;
        let meta = file.metadata().map_err(|e| BlobError::io("open", key, e))?;
        if !meta.is_file() {
            return Err(not_found());
        }
        Ok((file, meta))
    }

    /// Creates the folders between the root and `path`'s parent, each fsynced into its
    /// own parent so that it survives a crash.
    fn ensure_parent(&self, path: &Path) -> io::Result<()> {
        let dir = parent(path);
        if dir.is_dir() {
            return Ok(());
        }
        if !self.root.is_dir() {
            fs::create_dir_all(&self.root)?;
        }
        let mut missing = Vec::new();
        let mut at = dir;
        while at != self.root && !at.is_dir() {
            missing.push(at);
            at = parent(at);
        }
        for dir in missing.into_iter().rev() {
            match fs::create_dir(dir) {
                Ok(()) => sync_dir(parent(dir))?,
                Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn put(&self, key: &BlobKey, bytes: &[u8]) -> Result<(), BlobError> {
        let io = |e| BlobError::io("write", key, e);
        let path = self.path(key);
        self.ensure_parent(&path).map_err(io)?;
        let tmp = temp_beside(&path);
        let written = (|| {
            let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
            file.write_all(bytes)?;
            file.sync_all()?;
            drop(file);
            fs::rename(&tmp, &path)?;
            sync_dir(parent(&path))
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written.map_err(io)
    }

    fn put_file(&self, key: &BlobKey, local: &Path) -> Result<(), BlobError> {
        let io = |e| BlobError::io("store", key, e);
        let source = fs::metadata(local).map_err(io)?;
        if !source.is_file() {
            return Err(io(io::Error::new(
                ErrorKind::InvalidInput,
                "the local source is not a file",
            )));
        }
        // The file is finished but maybe not on disk yet: flush it before it is published.
        File::open(local).and_then(|f| f.sync_all()).map_err(io)?;
        let path = self.path(key);
        self.ensure_parent(&path).map_err(io)?;
        match fs::rename(local, &path) {
            Ok(()) => sync_dir(parent(&path)).map_err(io),
            Err(e) if e.kind() == ErrorKind::CrossesDevices => {
                copy_in(local, &path).map_err(io)?;
                let _ = fs::remove_file(local);
                Ok(())
            }
            Err(e) => Err(io(e)),
        }
    }

    fn put_dir(&self, prefix: &BlobKey, local_dir: &Path) -> Result<u64, BlobError> {
        let io = |e| BlobError::io("store", prefix, e);
        let mut files = Vec::new();
        walk_local(local_dir, "", &mut files).map_err(io)?;
        // Every name must be a key before anything moves.
        let mut planned = Vec::with_capacity(files.len());
        for (relative, path) in files {
            planned.push((prefix.join(&relative)?, path));
        }
        planned.sort();
        let count = planned.len() as u64;
        let dest = self.path(prefix);
        let dest_exists = match fs::symlink_metadata(&dest) {
            Ok(_) => true,
            Err(e) if is_missing(&e) => false,
            Err(e) => return Err(io(e)),
        };
        if !dest_exists {
            for (_, path) in &planned {
                File::open(path).and_then(|f| f.sync_all()).map_err(io)?;
            }
            sync_tree_dirs(local_dir).map_err(io)?;
            self.ensure_parent(&dest).map_err(io)?;
            match fs::rename(local_dir, &dest) {
                Ok(()) => return sync_dir(parent(&dest)).map(|()| count).map_err(io),
                Err(e) if e.kind() == ErrorKind::CrossesDevices => {} // one by one below
                Err(e) => return Err(io(e)),
            }
        }
        for (key, path) in &planned {
            self.put_file(key, path)?;
        }
        Ok(count)
    }

    fn append(&self, key: &BlobKey, expected: u64, bytes: &[u8]) -> Result<u64, BlobError> {
        let io = |e| BlobError::io("append to", key, e);
        let _one_at_a_time = self.stripe(key);
        let path = self.path(key);
        let actual = match fs::metadata(&path) {
            Ok(m) if m.is_file() => Some(m.len()),
            Ok(_) => return Err(BlobError::NotFound { key: key.clone() }),
            Err(e) if is_missing(&e) => None,
            Err(e) => return Err(io(e)),
        };
        match actual {
            None if expected > 0 => return Err(BlobError::NotFound { key: key.clone() }),
            Some(actual) if actual != expected => {
                return Err(BlobError::OffsetMismatch {
                    key: key.clone(),
                    expected,
                    actual,
                })
            }
            _ => {}
        }
        let created = actual.is_none();
        if created {
            self.ensure_parent(&path).map_err(io)?;
        }
        let mut file = OpenOptions::new()
            .write(true)
            .create(created)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        let written = file
            .seek(SeekFrom::Start(expected))
            .and_then(|_| file.write_all(bytes))
            .and_then(|()| file.sync_data());
        if let Err(e) = written {
            // Leave the blob as it was: the caller's offset stays right.
            let _ = file.set_len(expected).and_then(|()| file.sync_data());
            return Err(io(e));
        }
        if created {
            sync_dir(parent(&path)).map_err(io)?;
        }
        Ok(expected + bytes.len() as u64)
    }

    fn truncate(&self, key: &BlobKey, len: u64) -> Result<(), BlobError> {
        let io = |e| BlobError::io("truncate", key, e);
        let _one_at_a_time = self.stripe(key);
        let path = self.path(key);
        let actual = match fs::metadata(&path) {
            Ok(m) if m.is_file() => m.len(),
            Ok(_) => return Err(BlobError::NotFound { key: key.clone() }),
            Err(e) if is_missing(&e) && len == 0 => return Ok(()),
            Err(e) if is_missing(&e) => return Err(BlobError::NotFound { key: key.clone() }),
            Err(e) => return Err(io(e)),
        };
        if len > actual {
            return Err(BlobError::OffsetMismatch {
                key: key.clone(),
                expected: len,
                actual,
            });
        }
        if len == actual {
            return Ok(());
        }
        let file = OpenOptions::new().write(true).open(&path).map_err(io)?;
        file.set_len(len)
            .and_then(|()| file.sync_data())
            .map_err(io)
    }

    fn rename(&self, from: &BlobKey, to: &BlobKey) -> Result<(), BlobError> {
        let io = |e| BlobError::io("rename", from, e);
        let (source, dest) = (self.path(from), self.path(to));
        match fs::metadata(&source) {
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err(BlobError::NotFound { key: from.clone() }),
            Err(e) if is_missing(&e) => return Err(BlobError::NotFound { key: from.clone() }),
            Err(e) => return Err(io(e)),
        }
        self.ensure_parent(&dest).map_err(io)?;
        fs::rename(&source, &dest).map_err(io)?;
        sync_dir(parent(&dest)).map_err(io)?;
        if parent(&source) != parent(&dest) {
            sync_dir(parent(&source)).map_err(io)?;
        }
        Ok(())
    }

    fn list(&self, prefix: &BlobKey) -> Result<Vec<ListEntry>, BlobError> {
        let io = |e| BlobError::io("list", prefix, e);
        let mut out = Vec::new();
        let mut pending = vec![(self.path(prefix), prefix.clone())];
        while let Some((dir, key)) = pending.pop() {
            let entries = match fs::read_dir(&dir) {
                Ok(entries) => entries,
                // Gone meanwhile, or the prefix is a blob itself: nothing under it.
                Err(e) if is_missing(&e) => continue,
                Err(e) => return Err(io(e)),
            };
            for entry in entries {
                let entry = entry.map_err(io)?;
                let name = entry.file_name();
                // Temporary files (dot-led) and foreign names are not blobs.
                let Some(name) = name.to_str().filter(|n| is_valid_segment(n)) else {
                    continue;
                };
                let child = key.join(name)?;
                let kind = entry.file_type().map_err(io)?;
                if kind.is_dir() {
                    pending.push((entry.path(), child));
                } else if kind.is_file() {
                    match entry.metadata() {
                        Ok(m) => out.push(ListEntry {
                            key: child,
                            meta: meta_of(&m),
                        }),
                        Err(e) if is_missing(&e) => {} // deleted meanwhile
                        Err(e) => return Err(io(e)),
                    }
                }
            }
        }
        out.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(out)
    }
}

fn meta_of(m: &Metadata) -> Meta {
    let modified = m.modified().unwrap_or(UNIX_EPOCH);
    let mtime_ns = modified
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Meta {
        len: m.len(),
        modified,
        etag: format!("{:x}-{mtime_ns:x}", m.len()),
    }
}

/// No such file: also when a parent on the way is a file (`a/b` under a blob `a`).
fn is_missing(e: &io::Error) -> bool {
    matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory)
}

/// The folder holding `path`.
fn parent(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new("."))
}

/// A fresh name beside `path` that is never a key segment: `.<name>.<pid>-<n>.tmp`.
fn temp_beside(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    path.with_file_name(format!(".{name}.{}-{n}-{nanos:x}.tmp", std::process::id()))
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Copies `local` to `path` through a temporary file beside it (for a source on another
/// file system, where rename cannot move it).
fn copy_in(local: &Path, path: &Path) -> io::Result<()> {
    let tmp = temp_beside(path);
    let copied = (|| {
        fs::copy(local, &tmp)?;
        File::open(&tmp)?.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(parent(path))
    })();
    if copied.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    copied
}

/// Every regular file under `dir`, as (`a/b` relative path, full path).
pub(crate) fn walk_local(
    dir: &Path,
    relative: &str,
    out: &mut Vec<(String, PathBuf)>,
) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if relative.is_empty() {
            name
        } else {
            format!("{relative}/{name}")
        };
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk_local(&entry.path(), &rel, out)?;
        } else if kind.is_file() {
            out.push((rel, entry.path()));
        }
    }
    Ok(())
}

/// Fsyncs every folder under (and including) `dir`, so a renamed tree is durable.
fn sync_tree_dirs(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            sync_tree_dirs(&entry.path())?;
        }
    }
    sync_dir(dir)
}

#[cfg(test)]
mod tests;
