//! An in-memory cache of small media files that never change once written (HLS
//! segments and init files, posters, sounds), so hot segments are answered without
//! touching the disk. Bounded by total bytes; the oldest entries go first.
//!
//! Files are only ever created whole (renamed into place) and removed with their video,
//! so an entry cannot go stale except by deletion: deleting a video or an account calls
//! [`MediaCache::forget_under`].

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use axum::body::Bytes;

pub struct MediaCache {
    max_bytes: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<PathBuf, (SystemTime, Bytes)>,
    order: VecDeque<PathBuf>,
    bytes: usize,
}

impl MediaCache {
    pub fn new(max_bytes: usize) -> Self {
        Self {
            max_bytes,
            inner: Mutex::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, path: &Path) -> Option<(SystemTime, Bytes)> {
        self.lock().entries.get(path).cloned()
    }

    pub fn insert(&self, path: &Path, modified: SystemTime, bytes: Bytes) {
        if bytes.len() > self.max_bytes / 8 {
            return;
        }
        let mut inner = self.lock();
        if inner.entries.contains_key(path) {
            return;
        }
        inner.bytes += bytes.len();
        inner.entries.insert(path.to_owned(), (modified, bytes));
        inner.order.push_back(path.to_owned());
        while inner.bytes > self.max_bytes {
            let Some(old) = inner.order.pop_front() else {
                break;
            };
            if let Some((_, b)) = inner.entries.remove(&old) {
                inner.bytes -= b.len();
            }
        }
    }

    /// Drops every entry under `dir` (a deleted video's folder, say).
    pub fn forget_under(&self, dir: &Path) {
        let mut inner = self.lock();
        let gone: Vec<PathBuf> = inner
            .entries
            .keys()
            .filter(|p| p.starts_with(dir))
            .cloned()
            .collect();
        for p in gone {
            if let Some((_, b)) = inner.entries.remove(&p) {
                inner.bytes -= b.len();
            }
        }
        let Inner { entries, order, .. } = &mut *inner;
        order.retain(|p| entries.contains_key(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_and_forgetful() {
        let cache = MediaCache::new(100);
        let t = SystemTime::now();
        for i in 0..10 {
            cache.insert(
                &PathBuf::from(format!("/v/{i}/seg")),
                t,
                Bytes::from(vec![0u8; 12]),
            );
        }
        assert!(cache.get(Path::new("/v/0/seg")).is_none(), "oldest evicted");
        assert!(cache.get(Path::new("/v/9/seg")).is_some());
        cache.forget_under(Path::new("/v/9"));
        assert!(cache.get(Path::new("/v/9/seg")).is_none());
        cache.insert(Path::new("/big"), t, Bytes::from(vec![0u8; 50]));
        assert!(cache.get(Path::new("/big")).is_none(), "too big to cache");
    }
}
