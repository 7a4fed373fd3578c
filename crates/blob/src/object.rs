//! [`ObjectBlobStore`]: blobs as objects in an S3-compatible bucket (through the
//! `object_store` crate), under an optional prefix, the key as the rest of the object
//! name: `<prefix>/<key>`.
//!
//! # Appends without an append call
//!
//! S3 has no append. A blob written by [`append`](BlobStore::append) (a tus upload) is a
//! set of *chunk objects* beside where the whole object would be, one per append, named
//! by the offset it starts at, zero-padded so that a listing gives them in order:
//!
//! ```text
//! <prefix>/uploads/.<id>.part.chunks/00000000000000000000
//! <prefix>/uploads/.<id>.part.chunks/00000000000004194304
//! ```
//!
//! The chunk folder's name starts with a dot, so it is never a key (and never collides
//! with one). There is no manifest: the blob's length is the sum of its chunks' sizes,
//! counted from offset 0 while they are contiguous (a chunk past a gap, left by a crash
//! in the middle of a truncation, is not part of the blob and is removed by the next
//! append or truncation). A chunk is written whole with a conditional put (`If-None-Match:
//! *`), so of two appends at one offset exactly one lands. Because the state is all in
//! the bucket, an upload survives a restart of the node that received it, and any node
//! can continue it. Reads and [`stage`](BlobStore::stage) concatenate the chunks;
//! [`rename`](BlobStore::rename) turns them into one whole object (a server-side copy for
//! one chunk, a multipart upload for more) and then removes them.
//!
//! Whole-object writes (`put`, `put_file`, `put_dir`) are single PUTs or multipart
//! uploads, which S3 makes visible only when complete. Where a key has both a whole
//! object and chunks (a crash between the two steps of a rename), the whole object is
//! the blob.

use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use futures_util::{StreamExt as _, TryStreamExt as _};
use object_store::aws::AmazonS3Builder;
use object_store::buffered::BufWriter;
use object_store::path::{Path as ObjectPath, PathPart};
use object_store::{
    GetOptions, GetRange, ObjectMeta, ObjectStore, ObjectStoreExt as _, PutMode, PutOptions,
    PutPayload, RetryConfig,
};
use sha2::{Digest as _, Sha256};
use tokio::io::AsyncWriteExt as _;

use crate::key::is_valid_segment;
use crate::{BlobError, BlobFuture, BlobKey, BlobStore, ListEntry, Meta};

/// Digits of a chunk's start offset (`u64::MAX` has 20).
const OFFSET_DIGITS: usize = 20;
/// Whole-object writes of local files buffer this much before they switch to a
/// multipart upload (S3's parts must be at least 5 MiB).
const UPLOAD_BUFFER: usize = 10 << 20;
/// Local files are read in pieces of this size on their way up.
const READ_PIECE: usize = 1 << 20;

/// Where an S3-compatible bucket is and how to sign for it.
#[derive(Clone)]
pub struct S3Options {
    /// `http(s)://host:port` of the S3 API; `None` for AWS itself (from the region).
    pub endpoint: Option<String>,
    /// The signing region (`us-east-1` for most S3-compatible servers).
    pub region: String,
    pub bucket: String,
    /// Object-name prefix of every blob (`spool/eu`), without leading or trailing `/`;
    /// empty for none.
    pub prefix: String,
    pub access_key_id: String,
    /// Never printed: `Debug` shows it as `[redacted]`.
    pub secret_access_key: String,
    /// Allows a plain-HTTP endpoint (a loopback test server).
    pub allow_http: bool,
    /// Path-style requests (`endpoint/bucket/key`), what most self-hosted servers need;
    /// `false` for virtual-hosted style (`bucket.endpoint/key`).
    pub path_style: bool,
}

impl std::fmt::Debug for S3Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Options")
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("bucket", &self.bucket)
            .field("prefix", &self.prefix)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"[redacted]")
            .field("allow_http", &self.allow_http)
            .field("path_style", &self.path_style)
            .finish()
    }
}

/// Blobs as objects in an object store (S3 and compatible servers); see the module
/// documentation for the layout.
#[derive(Clone)]
pub struct ObjectBlobStore {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn ObjectStore>,
    /// The prefix's segments (empty: the bucket's root).
    root: Vec<String>,
    /// `s3://bucket/prefix`, for Debug and logs.
    describe: String,
}

impl std::fmt::Debug for ObjectBlobStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ObjectBlobStore")
            .field("at", &self.inner.describe)
            .finish()
    }
}

/// A configuration that cannot make a store.
#[derive(Debug, thiserror::Error)]
#[error("object storage configuration: {0}")]
pub struct ObjectConfigError(String);

impl ObjectBlobStore {
    /// A store over an S3-compatible bucket. Nothing is contacted until the first call.
    pub fn s3(options: &S3Options) -> Result<Self, ObjectConfigError> {
        if options.bucket.trim().is_empty() {
            return Err(ObjectConfigError("the bucket name is empty".into()));
        }
        if options.access_key_id.is_empty() || options.secret_access_key.is_empty() {
            return Err(ObjectConfigError(
                "the access key id and the secret access key are both required".into(),
            ));
        }
        let mut builder = AmazonS3Builder::new()
            .with_region(&options.region)
            .with_bucket_name(&options.bucket)
            .with_access_key_id(&options.access_key_id)
            .with_secret_access_key(&options.secret_access_key)
            .with_allow_http(options.allow_http)
            .with_virtual_hosted_style_request(!options.path_style)
            .with_retry(RetryConfig {
                max_retries: 4,
                retry_timeout: Duration::from_secs(30),
                ..RetryConfig::default()
            });
        if let Some(endpoint) = &options.endpoint {
            if endpoint.starts_with("http://") && !options.allow_http {
                return Err(ObjectConfigError(format!(
                    "the endpoint {endpoint} is plain HTTP; set allow_http (for a loopback test server only)"
                )));
            }
            builder = builder.with_endpoint(endpoint);
        }
        let store = builder
            .build()
            .map_err(|e| ObjectConfigError(e.to_string()))?;
        let describe = match options.prefix.trim_matches('/') {
            "" => format!("s3://{}", options.bucket),
            p => format!("s3://{}/{p}", options.bucket),
        };
        Self::new(Arc::new(store), &options.prefix, describe)
    }

    /// A store over any `object_store` backend, under `prefix` (`a/b`; empty for none).
    pub fn new(
        store: Arc<dyn ObjectStore>,
        prefix: &str,
        describe: impl Into<String>,
    ) -> Result<Self, ObjectConfigError> {
        let prefix = prefix.trim_matches('/');
        let root = if prefix.is_empty() {
            Vec::new()
        } else {
            BlobKey::parse(prefix)
                .map_err(|e| ObjectConfigError(format!("the prefix: {e}")))?
                .segments()
                .map(str::to_owned)
                .collect()
        };
        Ok(Self {
            inner: Arc::new(Inner {
                store,
                root,
                describe: describe.into(),
            }),
        })
    }

    fn run<'a, T: Send + 'a>(
        &'a self,
        f: impl std::future::Future<Output = Result<T, BlobError>> + Send + 'a,
    ) -> BlobFuture<'a, T> {
        Box::pin(f)
    }
}

/// A chunk of an appended blob: where it starts and its object.
#[derive(Debug, Clone)]
struct Chunk {
    start: u64,
    meta: ObjectMeta,
}

impl Chunk {
    fn end(&self) -> u64 {
        self.start + self.meta.size
    }
}

/// The chunks of one blob, split into the blob (contiguous from 0) and leftovers.
#[derive(Debug, Default)]
struct Chunks {
    live: Vec<Chunk>,
    stale: Vec<Chunk>,
}

impl Chunks {
    fn from_sorted(mut all: Vec<Chunk>) -> Self {
        all.sort_by_key(|c| c.start);
        let mut live = Vec::new();
        let mut stale = Vec::new();
        let mut at = 0;
        for c in all {
            if c.start == at && stale.is_empty() {
                at = c.end();
                live.push(c);
            } else {
                stale.push(c);
            }
        }
        Self { live, stale }
    }

    fn len(&self) -> u64 {
        self.live.last().map_or(0, Chunk::end)
    }

    fn is_present(&self) -> bool {
        !self.live.is_empty()
    }

    fn meta(&self) -> Meta {
        let mut digest = Sha256::new();
        for c in &self.live {
            digest.update(c.start.to_be_bytes());
            digest.update(c.meta.size.to_be_bytes());
            digest.update(c.meta.e_tag.as_deref().unwrap_or("").as_bytes());
            digest.update([0]);
        }
        let modified = self
            .live
            .iter()
            .map(|c| c.meta.last_modified)
            .max()
            .map_or(SystemTime::UNIX_EPOCH, SystemTime::from);
        Meta {
            len: self.len(),
            modified,
            etag: format!("c-{}", hex::encode(&digest.finalize()[..12])),
        }
    }
}

fn other(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

fn is_not_found(e: &object_store::Error) -> bool {
    matches!(e, object_store::Error::NotFound { .. })
}

/// `"abc"` or `W/"abc"` as `abc`.
fn bare_etag(raw: &str) -> String {
    raw.trim()
        .trim_start_matches("W/")
        .trim_matches('"')
        .to_owned()
}

fn meta_of(m: &ObjectMeta) -> Meta {
    Meta {
        len: m.size,
        modified: SystemTime::from(m.last_modified),
        etag: match &m.e_tag {
            Some(t) => bare_etag(t),
            // A store without ETags: size and time stand in.
            None => format!(
                "{:x}-{:x}",
                m.size,
                m.last_modified.timestamp_nanos_opt().unwrap_or(0)
            ),
        },
    }
}

impl Inner {
    fn path(&self, key: &BlobKey) -> ObjectPath {
        self.root
            .iter()
            .map(String::as_str)
            .chain(key.segments())
            .map(PathPart::from)
            .collect()
    }

    /// The folder of a key's chunks: `<parent>/.<name>.chunks`.
    fn chunk_dir(&self, key: &BlobKey) -> ObjectPath {
        let hidden = format!(".{}.chunks", key.name());
        let parent = key.parent();
        self.root
            .iter()
            .map(String::as_str)
            .chain(parent.iter().flat_map(|p| p.segments()))
            .chain(std::iter::once(hidden.as_str()))
            .map(PathPart::from)
            .collect()
    }

    fn chunk_path(&self, key: &BlobKey, start: u64) -> ObjectPath {
        self.chunk_dir(key)
            .join(format!("{start:0width$}", width = OFFSET_DIGITS).as_str())
    }

    /// The key an object of this store stands for: `Some((key, None))` for a whole
    /// object, `Some((key, Some(start)))` for a chunk; `None` for anything else.
    fn classify(&self, location: &ObjectPath) -> Option<(BlobKey, Option<u64>)> {
        let mut parts: Vec<String> = location.parts().map(|p| p.as_ref().to_owned()).collect();
        if parts.len() < self.root.len() || parts[..self.root.len()] != self.root[..] {
            return None;
        }
        parts.drain(..self.root.len());
        let n = parts.len();
        if n >= 2 {
            let dir = &parts[n - 2];
            if let Some(name) = dir
                .strip_prefix('.')
                .and_then(|d| d.strip_suffix(".chunks"))
            {
                let last = &parts[n - 1];
                if last.len() == OFFSET_DIGITS && last.bytes().all(|b| b.is_ascii_digit()) {
                    let start: u64 = last.parse().ok()?;
                    let mut key_parts = parts[..n - 2].to_vec();
                    key_parts.push(name.to_owned());
                    let key = BlobKey::parse(&key_parts.join("/")).ok()?;
                    return Some((key, Some(start)));
                }
                return None;
            }
        }
        if !parts.iter().all(|p| is_valid_segment(p)) {
            return None;
        }
        BlobKey::parse(&parts.join("/")).ok().map(|k| (k, None))
    }

    fn err(&self, op: &'static str, key: &BlobKey, e: object_store::Error) -> BlobError {
        if is_not_found(&e) {
            BlobError::NotFound { key: key.clone() }
        } else {
            BlobError::io(op, key, other(e))
        }
    }

    async fn head_whole(&self, key: &BlobKey) -> Result<Option<ObjectMeta>, BlobError> {
        match self.store.head(&self.path(key)).await {
            Ok(m) => Ok(Some(m)),
            Err(e) if is_not_found(&e) => Ok(None),
            Err(e) => Err(self.err("look up", key, e)),
        }
    }

    async fn chunks(&self, key: &BlobKey) -> Result<Chunks, BlobError> {
        let dir = self.chunk_dir(key);
        let listed: Vec<ObjectMeta> = self
            .store
            .list(Some(&dir))
            .try_collect()
            .await
            .map_err(|e| BlobError::io("list the chunks of", key, other(e)))?;
        let mut all = Vec::with_capacity(listed.len());
        for meta in listed {
            if let Some((k, Some(start))) = self.classify(&meta.location) {
                if &k == key {
                    all.push(Chunk { start, meta });
                }
            }
        }
        Ok(Chunks::from_sorted(all))
    }

    async fn get_chunked(&self, key: &BlobKey) -> Result<Bytes, BlobError> {
        let chunks = self.chunks(key).await?;
        if !chunks.is_present() {
            return Err(BlobError::NotFound { key: key.clone() });
        }
        let mut out = Vec::with_capacity(chunks.len() as usize);
        for c in &chunks.live {
            let bytes = self.read_object(key, &c.meta.location, None).await?;
            out.extend_from_slice(&bytes);
        }
        Ok(Bytes::from(out))
    }

    async fn read_object(
        &self,
        key: &BlobKey,
        location: &ObjectPath,
        range: Option<Range<u64>>,
    ) -> Result<Bytes, BlobError> {
        let result = match range {
            Some(r) => self.store.get_range(location, r).await,
            None => match self.store.get(location).await {
                Ok(got) => got.bytes().await,
                Err(e) => Err(e),
            },
        };
        result.map_err(|e| self.err("read", key, e))
    }

    async fn get_range(&self, key: &BlobKey, range: Range<u64>) -> Result<Bytes, BlobError> {
        let invalid = |len| BlobError::InvalidRange {
            key: key.clone(),
            start: range.start,
            end: range.end,
            len,
        };
        if range.start < range.end {
            let options = GetOptions::new().with_range(Some(GetRange::Bounded(range.clone())));
            match self.store.get_opts(&self.path(key), options).await {
                Ok(got) => return got.bytes().await.map_err(|e| self.err("read", key, e)),
                Err(e) if is_not_found(&e) => {}
                // A start at or past the end is refused by the server (416): the lookup
                // below tells which.
                Err(_) => {}
            }
        }
        if let Some(whole) = self.head_whole(key).await? {
            let len = whole.size;
            if range.start > len || range.start > range.end {
                return Err(invalid(len));
            }
            let end = range.end.min(len);
            if range.start == end {
                return Ok(Bytes::new());
            }
            return self
                .read_object(key, &whole.location, Some(range.start..end))
                .await;
        }
        let chunks = self.chunks(key).await?;
        if !chunks.is_present() {
            return Err(BlobError::NotFound { key: key.clone() });
        }
        let len = chunks.len();
        if range.start > len || range.start > range.end {
            return Err(invalid(len));
        }
        let end = range.end.min(len);
        if range.start == end {
            return Ok(Bytes::new());
        }
        let mut out = Vec::with_capacity((end - range.start) as usize);
        for c in chunks
            .live
            .iter()
            .filter(|c| c.end() > range.start && c.start < end)
        {
            let from = range.start.max(c.start) - c.start;
            let to = end.min(c.end()) - c.start;
            let bytes = self
                .read_object(key, &c.meta.location, Some(from..to))
                .await?;
            out.extend_from_slice(&bytes);
        }
        Ok(Bytes::from(out))
    }

    async fn head(&self, key: &BlobKey) -> Result<Option<Meta>, BlobError> {
        if let Some(m) = self.head_whole(key).await? {
            return Ok(Some(meta_of(&m)));
        }
        let chunks = self.chunks(key).await?;
        Ok(chunks.is_present().then(|| chunks.meta()))
    }

    async fn put(&self, key: &BlobKey, bytes: Bytes) -> Result<(), BlobError> {
        self.store
            .put(&self.path(key), PutPayload::from(bytes))
            .await
            .map(|_| ())
            .map_err(|e| self.err("write", key, e))
    }

    /// Uploads a local file as `key` (one PUT when small, a multipart upload otherwise;
    /// either way visible only when complete).
    async fn upload_file(&self, key: &BlobKey, local: &Path) -> Result<(), BlobError> {
        let io = |e: io::Error| BlobError::io("store", key, e);
        let source = tokio::fs::metadata(local).await.map_err(io)?;
        if !source.is_file() {
            return Err(io(io::Error::new(
                io::ErrorKind::InvalidInput,
                "the local source is not a file",
            )));
        }
        if source.len() <= UPLOAD_BUFFER as u64 {
            let bytes = tokio::fs::read(local).await.map_err(io)?;
            return self.put(key, Bytes::from(bytes)).await;
        }
        let mut file = tokio::fs::File::open(local).await.map_err(io)?;
        let mut writer =
            BufWriter::with_capacity(Arc::clone(&self.store), self.path(key), UPLOAD_BUFFER);
        let copied = async {
            use tokio::io::AsyncReadExt as _;
            let mut buf = vec![0u8; READ_PIECE];
            loop {
                let n = file.read(&mut buf).await?;
                if n == 0 {
                    break;
                }
                writer.write_all(&buf[..n]).await?;
            }
            writer.shutdown().await
        }
        .await;
        if let Err(e) = copied {
            let _ = writer.abort().await;
            return Err(io(e));
        }
        Ok(())
    }

    async fn put_file(&self, key: &BlobKey, local: &Path) -> Result<(), BlobError> {
        self.upload_file(key, local).await?;
        let _ = tokio::fs::remove_file(local).await;
        Ok(())
    }

    async fn put_dir(&self, prefix: &BlobKey, local_dir: &Path) -> Result<u64, BlobError> {
        let io = |e| BlobError::io("store", prefix, e);
        let dir = local_dir.to_owned();
        let files = tokio::task::spawn_blocking(move || {
            let mut files = Vec::new();
            crate::local::walk_local(&dir, "", &mut files).map(|()| files)
        })
        .await
        .map_err(|e| io(other(e)))?
        .map_err(io)?;
        let mut planned = Vec::with_capacity(files.len());
        for (relative, path) in files {
            planned.push((prefix.join(&relative)?, path));
        }
        planned.sort();
        for (key, path) in &planned {
            self.upload_file(key, path).await?;
        }
        let _ = tokio::fs::remove_dir_all(local_dir).await;
        Ok(planned.len() as u64)
    }

    async fn append(&self, key: &BlobKey, expected: u64, bytes: Bytes) -> Result<u64, BlobError> {
        let mut chunks = self.chunks(key).await?;
        if !chunks.is_present() {
            if let Some(whole) = self.head_whole(key).await? {
                // A whole object becomes the first chunk (copy, then remove the object).
                let first = self.chunk_path(key, 0);
                self.store
                    .copy(&whole.location, &first)
                    .await
                    .map_err(|e| self.err("append to", key, e))?;
                self.store
                    .delete(&whole.location)
                    .await
                    .map_err(|e| self.err("append to", key, e))?;
                chunks = self.chunks(key).await?;
            }
        }
        self.remove_stale(key, &chunks).await?;
        if !chunks.is_present() && expected > 0 {
            return Err(BlobError::NotFound { key: key.clone() });
        }
        let actual = chunks.len();
        if actual != expected {
            return Err(BlobError::OffsetMismatch {
                key: key.clone(),
                expected,
                actual,
            });
        }
        if bytes.is_empty() && chunks.is_present() {
            return Ok(expected);
        }
        let len = bytes.len() as u64;
        // Only an empty chunk can start where the blob ends: it is replaced.
        let replaces_empty = chunks.live.last().is_some_and(|c| c.start == expected);
        let mode = if replaces_empty {
            PutMode::Overwrite
        } else {
            PutMode::Create
        };
        match self
            .store
            .put_opts(
                &self.chunk_path(key, expected),
                PutPayload::from(bytes),
                PutOptions::from(mode),
            )
            .await
        {
            Ok(_) => Ok(expected + len),
            Err(object_store::Error::AlreadyExists { .. }) => {
                // Another append at this offset won.
                let actual = self.chunks(key).await?.len();
                Err(BlobError::OffsetMismatch {
                    key: key.clone(),
                    expected,
                    actual,
                })
            }
            Err(e) => Err(self.err("append to", key, e)),
        }
    }

    async fn remove_stale(&self, key: &BlobKey, chunks: &Chunks) -> Result<(), BlobError> {
        for c in chunks.stale.iter().rev() {
            self.delete_object(key, &c.meta.location).await?;
        }
        Ok(())
    }

    async fn delete_object(&self, key: &BlobKey, location: &ObjectPath) -> Result<(), BlobError> {
        match self.store.delete(location).await {
            Ok(()) => Ok(()),
            Err(e) if is_not_found(&e) => Ok(()),
            Err(e) => Err(self.err("delete", key, e)),
        }
    }

    async fn truncate(&self, key: &BlobKey, len: u64) -> Result<(), BlobError> {
        let chunks = self.chunks(key).await?;
        if !chunks.is_present() {
            let Some(whole) = self.head_whole(key).await? else {
                return if len == 0 {
                    Ok(())
                } else {
                    Err(BlobError::NotFound { key: key.clone() })
                };
            };
            if len > whole.size {
                return Err(BlobError::OffsetMismatch {
                    key: key.clone(),
                    expected: len,
                    actual: whole.size,
                });
            }
            if len < whole.size {
                let kept = if len == 0 {
                    Bytes::new()
                } else {
                    self.read_object(key, &whole.location, Some(0..len)).await?
                };
                self.put(key, kept).await?;
            }
            return Ok(());
        }
        self.remove_stale(key, &chunks).await?;
        let actual = chunks.len();
        if len > actual {
            return Err(BlobError::OffsetMismatch {
                key: key.clone(),
                expected: len,
                actual,
            });
        }
        // Last first: a crash midway leaves a shorter blob, never a gap inside it.
        for c in chunks.live.iter().rev() {
            if c.start >= len && c.start > 0 {
                self.delete_object(key, &c.meta.location).await?;
            } else if c.end() > len {
                // The chunk holding the new end keeps its first bytes (the first chunk
                // stays, maybe empty, so that the blob still exists).
                let kept = if len == c.start {
                    Bytes::new()
                } else {
                    self.read_object(key, &c.meta.location, Some(0..len - c.start))
                        .await?
                };
                self.store
                    .put(&c.meta.location, PutPayload::from(kept))
                    .await
                    .map_err(|e| self.err("truncate", key, e))?;
            }
        }
        Ok(())
    }

    async fn delete_chunks(&self, key: &BlobKey) -> Result<(), BlobError> {
        let chunks = self.chunks(key).await?;
        for c in chunks.live.iter().chain(&chunks.stale).rev() {
            self.delete_object(key, &c.meta.location).await?;
        }
        Ok(())
    }

    async fn rename(&self, from: &BlobKey, to: &BlobKey) -> Result<(), BlobError> {
        let target = self.path(to);
        if let Some(whole) = self.head_whole(from).await? {
            self.store
                .copy(&whole.location, &target)
                .await
                .map_err(|e| self.err("rename", from, e))?;
            self.delete_object(from, &whole.location).await?;
        } else {
            let chunks = self.chunks(from).await?;
            match chunks.live.as_slice() {
                [] => return Err(BlobError::NotFound { key: from.clone() }),
                [one] => self
                    .store
                    .copy(&one.meta.location, &target)
                    .await
                    .map_err(|e| self.err("rename", from, e))?,
                many => {
                    let mut writer = BufWriter::with_capacity(
                        Arc::clone(&self.store),
                        target.clone(),
                        UPLOAD_BUFFER,
                    );
                    let mut failed = None;
                    for c in many {
                        match self.read_object(from, &c.meta.location, None).await {
                            Ok(bytes) => {
                                if let Err(e) = writer.put(bytes).await {
                                    failed = Some(self.err("rename", from, e));
                                    break;
                                }
                            }
                            Err(e) => {
                                failed = Some(e);
                                break;
                            }
                        }
                    }
                    if failed.is_none() {
                        if let Err(e) = writer.shutdown().await {
                            failed = Some(BlobError::io("rename", from, e));
                        }
                    }
                    if let Some(e) = failed {
                        let _ = writer.abort().await;
                        return Err(e);
                    }
                }
            }
        }
        // The whole object is complete: now the chunks (of both keys) may go.
        self.delete_chunks(from).await?;
        self.delete_chunks(to).await
    }

    async fn delete(&self, key: &BlobKey) -> Result<(), BlobError> {
        self.delete_object(key, &self.path(key)).await?;
        self.delete_chunks(key).await
    }

    async fn list_objects(&self, prefix: &BlobKey) -> Result<Vec<ObjectMeta>, BlobError> {
        self.store
            .list(Some(&self.path(prefix)))
            .try_collect()
            .await
            .map_err(|e| BlobError::io("list", prefix, other(e)))
    }

    async fn delete_prefix(&self, prefix: &BlobKey) -> Result<(), BlobError> {
        let listed = self.list_objects(prefix).await?;
        let locations = futures_util::stream::iter(listed.into_iter().map(|m| Ok(m.location)));
        let mut deleted = self.store.delete_stream(locations.boxed());
        while let Some(result) = deleted.next().await {
            match result {
                Ok(_) => {}
                Err(e) if is_not_found(&e) => {}
                Err(e) => return Err(self.err("delete", prefix, e)),
            }
        }
        Ok(())
    }

    async fn list(&self, prefix: &BlobKey) -> Result<Vec<ListEntry>, BlobError> {
        use std::collections::BTreeMap;
        let mut whole: BTreeMap<BlobKey, Meta> = BTreeMap::new();
        let mut chunked: BTreeMap<BlobKey, Vec<Chunk>> = BTreeMap::new();
        for meta in self.list_objects(prefix).await? {
            match self.classify(&meta.location) {
                Some((key, None)) => {
                    whole.insert(key, meta_of(&meta));
                }
                Some((key, Some(start))) => {
                    chunked.entry(key).or_default().push(Chunk { start, meta })
                }
                None => {}
            }
        }
        for (key, chunks) in chunked {
            let chunks = Chunks::from_sorted(chunks);
            if chunks.is_present() && key.strip_prefix(prefix).is_some() {
                whole.entry(key).or_insert_with(|| chunks.meta());
            }
        }
        Ok(whole
            .into_iter()
            .map(|(key, meta)| ListEntry { key, meta })
            .collect())
    }

    async fn stage(&self, key: &BlobKey, local_dir: &Path) -> Result<PathBuf, BlobError> {
        let io = |e: io::Error| BlobError::io("stage", key, e);
        let target = local_dir.join(key.as_str());
        let parent = target.parent().unwrap_or(local_dir).to_owned();
        tokio::fs::create_dir_all(&parent).await.map_err(io)?;
        let parts: Vec<ObjectPath> = match self.head_whole(key).await? {
            Some(whole) => vec![whole.location],
            None => {
                let chunks = self.chunks(key).await?;
                if !chunks.is_present() {
                    return Err(BlobError::NotFound { key: key.clone() });
                }
                chunks.live.into_iter().map(|c| c.meta.location).collect()
            }
        };
        let tmp = parent.join(temp_name(key.name()));
        let written = async {
            let mut file = tokio::fs::File::create(&tmp).await.map_err(io)?;
            for location in &parts {
                let got = self
                    .store
                    .get(location)
                    .await
                    .map_err(|e| self.err("stage", key, e))?;
                let mut stream = got.into_stream();
                while let Some(piece) = stream.next().await {
                    let piece = piece.map_err(|e| self.err("stage", key, e))?;
                    file.write_all(&piece).await.map_err(io)?;
                }
            }
            file.flush().await.map_err(io)?;
            drop(file);
            tokio::fs::rename(&tmp, &target).await.map_err(io)
        }
        .await;
        if written.is_err() {
            let _ = tokio::fs::remove_file(&tmp).await;
        }
        written.map(|()| target)
    }
}

/// A fresh dot-led name in a staging folder (never a key, never a staged file's name).
fn temp_name(name: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!(".{name}.{}-{n}.tmp", std::process::id())
}

impl BlobStore for ObjectBlobStore {
    fn put<'a>(&'a self, key: &'a BlobKey, bytes: Bytes) -> BlobFuture<'a, ()> {
        self.run(self.inner.put(key, bytes))
    }

    fn put_file<'a>(&'a self, key: &'a BlobKey, local: &'a Path) -> BlobFuture<'a, ()> {
        self.run(self.inner.put_file(key, local))
    }

    fn put_dir<'a>(&'a self, prefix: &'a BlobKey, local_dir: &'a Path) -> BlobFuture<'a, u64> {
        self.run(self.inner.put_dir(prefix, local_dir))
    }

    fn get<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, Bytes> {
        self.run(async move {
            match self.inner.store.get(&self.inner.path(key)).await {
                Ok(got) => got
                    .bytes()
                    .await
                    .map_err(|e| self.inner.err("read", key, e)),
                Err(e) if is_not_found(&e) => self.inner.get_chunked(key).await,
                Err(e) => Err(self.inner.err("read", key, e)),
            }
        })
    }

    fn get_range<'a>(&'a self, key: &'a BlobKey, range: Range<u64>) -> BlobFuture<'a, Bytes> {
        self.run(self.inner.get_range(key, range))
    }

    fn head<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, Option<Meta>> {
        self.run(self.inner.head(key))
    }

    fn append<'a>(
        &'a self,
        key: &'a BlobKey,
        expected_offset: u64,
        bytes: Bytes,
    ) -> BlobFuture<'a, u64> {
        self.run(self.inner.append(key, expected_offset, bytes))
    }

    fn truncate<'a>(&'a self, key: &'a BlobKey, len: u64) -> BlobFuture<'a, ()> {
        self.run(self.inner.truncate(key, len))
    }

    fn rename<'a>(&'a self, from: &'a BlobKey, to: &'a BlobKey) -> BlobFuture<'a, ()> {
        self.run(self.inner.rename(from, to))
    }

    fn delete<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, ()> {
        self.run(self.inner.delete(key))
    }

    fn delete_prefix<'a>(&'a self, prefix: &'a BlobKey) -> BlobFuture<'a, ()> {
        self.run(self.inner.delete_prefix(prefix))
    }

    fn list<'a>(&'a self, prefix: &'a BlobKey) -> BlobFuture<'a, Vec<ListEntry>> {
        self.run(self.inner.list(prefix))
    }

    fn stage<'a>(&'a self, key: &'a BlobKey, local_dir: &'a Path) -> BlobFuture<'a, PathBuf> {
        self.run(self.inner.stage(key, local_dir))
    }

    fn local_path(&self, _key: &BlobKey) -> Option<PathBuf> {
        None
    }
}

#[cfg(test)]
mod tests;
