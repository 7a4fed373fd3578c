//! An in-memory cache of small media files that never change once written (HLS
//! segments and init files, posters, sounds), so hot segments are answered without
//! touching the disk. Bounded by total bytes; the oldest entries go first.
//!
//! Files are only ever created whole (renamed into place, or uploaded whole) and
//! removed with their video, so an entry cannot go stale except by deletion: deleting a
//! video or an account calls [`MediaCache::forget_under`].
//!
//! Entries are named by region and blob key (`eu/videos/<id>/hls/360p/seg_00001.m4s`),
//! the same on every media backend, and keep the ETag they were served with. An entry
//! also keeps the header values that every answer for it repeats (ETag, Last-Modified),
//! made once when it is cached, and is shared (`Arc`): a hit copies
//! neither the bytes nor the headers.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::body::Bytes;
use axum::http::HeaderValue;
use spool_blob::BlobKey;
use spool_core::RegionCode;

use crate::serve::OpenFile;

/// At most this many entries keep their file open (for `sendfile`); the others are
/// opened again per request. Far below any sane descriptor limit.
const MAX_OPEN_FILES: usize = 1024;

/// A file as it is served: its bytes and the header values made from its metadata.
#[derive(Debug)]
pub struct Cached {
    pub bytes: Bytes,
    /// When the file was written (with the length, what tells this version of it).
    pub modified: SystemTime,
    /// The quoted ETag (`"<etag>"`).
    pub etag: HeaderValue,
    /// `Last-Modified` (an HTTP date).
    pub last_modified: HeaderValue,
    /// The local file the bytes were read from, kept open to send it with `sendfile`.
    pub file: Option<OpenFile>,
}

impl Cached {
    /// `etag` unquoted, as the blob store gives it.
    pub fn new(bytes: Bytes, etag: &str, modified: SystemTime) -> Option<Self> {
        Some(Self {
            etag: HeaderValue::try_from(format!("\"{etag}\"")).ok()?,
            last_modified: HeaderValue::try_from(httpdate(modified)).ok()?,
            bytes,
            modified,
            file: None,
        })
    }
}

/// An HTTP date (`Last-Modified`).
pub fn httpdate(t: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(t)
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string()
}

/// The cache's name for a blob of a region.
pub fn name(region: &RegionCode, key: &BlobKey) -> String {
    format!("{region}/{key}")
}

pub struct MediaCache {
    max_bytes: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<String, Arc<Cached>>,
    order: VecDeque<String>,
    bytes: usize,
    /// Entries that hold an open file.
    files: usize,
}

impl Inner {
    fn remove(&mut self, name: &str) {
        if let Some(e) = self.entries.remove(name) {
            self.bytes -= e.bytes.len();
            self.files -= usize::from(e.file.is_some());
        }
    }
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

    pub fn get(&self, name: &str) -> Option<Arc<Cached>> {
        self.lock().entries.get(name).cloned()
    }

    /// Keeps `entry` (unless it is too big, or there already), and gives it back shared.
    pub fn insert(&self, name: &str, mut entry: Cached) -> Arc<Cached> {
        if entry.bytes.len() > self.max_bytes / 8 {
            return Arc::new(entry);
        }
        let mut inner = self.lock();
        if let Some(known) = inner.entries.get(name) {
            return Arc::clone(known);
        }
        if inner.files >= MAX_OPEN_FILES {
            entry.file = None;
        }
        let entry = Arc::new(entry);
        inner.bytes += entry.bytes.len();
        inner.files += usize::from(entry.file.is_some());
        inner.entries.insert(name.to_owned(), Arc::clone(&entry));
        inner.order.push_back(name.to_owned());
        while inner.bytes > self.max_bytes {
            let Some(old) = inner.order.pop_front() else {
                break;
            };
            inner.remove(&old);
        }
        entry
    }

    /// Drops the entry of `key` and every entry under it (a deleted video's folder).
    pub fn forget_under(&self, region: &RegionCode, key: &BlobKey) {
        let exact = name(region, key);
        let under = format!("{exact}/");
        let mut inner = self.lock();
        let gone: Vec<String> = inner
            .entries
            .keys()
            .filter(|n| **n == exact || n.starts_with(&under))
            .cloned()
            .collect();
        for n in gone {
            inner.remove(&n);
        }
        let Inner { entries, order, .. } = &mut *inner;
        order.retain(|p| entries.contains_key(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(len: usize) -> Cached {
        Cached::new(Bytes::from(vec![0u8; len]), "e", SystemTime::now()).unwrap()
    }

    #[test]
    fn bounded_and_forgetful() {
        let cache = MediaCache::new(100);
        let us = RegionCode::parse("us").unwrap();
        let key = |raw: &str| BlobKey::parse(raw).unwrap();
        for i in 0..10 {
            cache.insert(&name(&us, &key(&format!("v/{i}/seg"))), entry(12));
        }
        assert!(cache.get("us/v/0/seg").is_none(), "oldest evicted");
        assert!(cache.get("us/v/9/seg").is_some());
        cache.insert("us/v/99/seg", entry(1));
        cache.forget_under(&us, &key("v/9"));
        assert!(cache.get("us/v/9/seg").is_none());
        assert!(cache.get("us/v/99/seg").is_some(), "segment-wise");
        cache.insert("us/big", entry(50));
        assert!(cache.get("us/big").is_none(), "too big to cache");
    }
}
