//! An in-memory cache of small media files that never change once written (HLS
//! segments and init files, posters, sounds), so hot segments are answered without
//! touching the disk. Bounded by total bytes; the oldest entries go first.
//!
//! Files are only ever created whole (renamed into place, or uploaded whole) and
//! removed with their video, so an entry cannot go stale except by deletion: deleting a
//! video or an account calls [`MediaCache::forget_under`].
//!
//! Entries are named by region and blob key (`eu/videos/<id>/hls/360p/seg_00001.m4s`),
//! the same on every media backend, and keep the ETag they were served with.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::SystemTime;

use axum::body::Bytes;
use spool_blob::BlobKey;
use spool_core::RegionCode;

/// A cached file: when it was written, its ETag (unquoted), its bytes.
#[derive(Debug, Clone)]
pub struct Cached {
    pub modified: SystemTime,
    pub etag: String,
    pub bytes: Bytes,
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
    entries: HashMap<String, Cached>,
    order: VecDeque<String>,
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

    pub fn get(&self, name: &str) -> Option<Cached> {
        self.lock().entries.get(name).cloned()
    }

    pub fn insert(&self, name: &str, entry: Cached) {
        if entry.bytes.len() > self.max_bytes / 8 {
            return;
        }
        let mut inner = self.lock();
        if inner.entries.contains_key(name) {
            return;
        }
        inner.bytes += entry.bytes.len();
        inner.entries.insert(name.to_owned(), entry);
        inner.order.push_back(name.to_owned());
        while inner.bytes > self.max_bytes {
            let Some(old) = inner.order.pop_front() else {
                break;
            };
            if let Some(e) = inner.entries.remove(&old) {
                inner.bytes -= e.bytes.len();
            }
        }
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
            if let Some(e) = inner.entries.remove(&n) {
                inner.bytes -= e.bytes.len();
            }
        }
        let Inner { entries, order, .. } = &mut *inner;
        order.retain(|p| entries.contains_key(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(len: usize) -> Cached {
        Cached {
            modified: SystemTime::now(),
            etag: "e".into(),
            bytes: Bytes::from(vec![0u8; len]),
        }
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
