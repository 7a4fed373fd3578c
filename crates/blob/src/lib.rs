//! Spool's blob store: where media bytes live (tus uploads, originals, HLS renditions,
//! posters, sounds, export archives), behind one interface, [`BlobStore`].
//!
//! Two implementations: [`LocalBlobStore`], a folder (a region cell's
//! `regions/<code>/media/`, the embedded default), and [`ObjectBlobStore`], an
//! S3-compatible bucket through the `object_store` crate (the scale-out backend; tus
//! appends become chunk objects, see its module). The rest of Spool holds an
//! `Arc<dyn BlobStore>` per region and never builds a file path for media itself.
//!
//! # Key design decisions
//!
//! - **Keys, not paths.** A blob is named by a [`BlobKey`], a validated relative name
//!   (`videos/<id>/hls/360p/seg_00001.m4s`) that means the same thing as a file under a
//!   folder and as an object name in a bucket. Keys are parsed once at the boundary and
//!   cannot escape the store (no `..`, no leading `/`, no empty or dot-led segments).
//!   [`keys`] builds every key of Spool's media layout, identical to the folder layout
//!   that existed before this crate.
//! - **Local files only where a tool needs them, and explicitly.** ffmpeg and the zip
//!   writer need real files. [`BlobStore::stage`] gives a local file for a key (the file
//!   itself on the local backend, a downloaded copy for an object store), and
//!   [`BlobStore::put_file`] / [`BlobStore::put_dir`] move finished local outputs in. The
//!   caller owns the temporary folder; the store never guesses. [`BlobStore::local_path`]
//!   is `Some` only where zero-copy file serving is possible.
//! - **Nothing half-written is ever visible.** `put`, `put_file` and `put_dir` publish a
//!   whole object or nothing (temporary name, fsync, rename, fsync of the folder on the
//!   local backend; single-request or multipart uploads on object stores). Appends, the
//!   one exception, are for tus uploads, whose readers track the offset themselves;
//!   [`BlobStore::append`] is durable (fsync) before it answers and refuses a stale
//!   offset.
//! - **Dyn-compatible with boxed futures.** The methods return [`BlobFuture`]
//!   (`Pin<Box<dyn Future + Send>>`), written out by hand. `async fn` in traits (stable
//!   since Rust 1.75) is not dyn-compatible, and the server must hold
//!   `Arc<dyn BlobStore>` to choose a backend from configuration at run time; the
//!   `async_trait` macro would generate the same boxed futures, but hides the signatures
//!   from the docs and adds a proc-macro dependency. One allocation per call is nothing
//!   next to the I/O it stands for.
//! - **Errors safe to show.** [`BlobError`]'s messages name the key, never a server path
//!   (they end up in failure messages shown to creators).

use std::future::Future;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::SystemTime;

pub use bytes::Bytes;

mod key;
pub mod keys;
mod local;
mod object;

pub use key::{is_valid_segment, BlobKey, KeyError, MAX_KEY_LEN, MAX_SEGMENT_LEN};
pub use local::LocalBlobStore;
pub use object::{ObjectBlobStore, ObjectConfigError, S3Options};

/// What every [`BlobStore`] method returns: a boxed, `Send` future, so that the trait
/// stays dyn-compatible.
pub type BlobFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, BlobError>> + Send + 'a>>;

/// What is known about a stored blob without reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// Size in bytes.
    pub len: u64,
    /// When it was last written.
    pub modified: SystemTime,
    /// A strong validator that changes whenever the content does, without quotes (the
    /// HTTP layer adds them). The local backend answers `<len hex>-<mtime ns hex>`, the
    /// same value the media routes sent as their ETag before this crate existed.
    pub etag: String,
}

/// One blob found by [`BlobStore::list`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListEntry {
    pub key: BlobKey,
    pub meta: Meta,
}

/// Why a blob operation failed. Display never includes a server path: the key names what
/// failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BlobError {
    #[error("no blob at {key}")]
    NotFound { key: BlobKey },
    /// An append or truncate whose offset is not the blob's current length.
    #[error("{key}: expected {expected} bytes but it holds {actual}")]
    OffsetMismatch {
        key: BlobKey,
        expected: u64,
        actual: u64,
    },
    /// A range that starts past the end (or ends before it starts).
    #[error("{key}: range {start}..{end} does not fit its {len} bytes")]
    InvalidRange {
        key: BlobKey,
        start: u64,
        end: u64,
        len: u64,
    },
    #[error(transparent)]
    InvalidKey(#[from] KeyError),
    /// The backend failed. `op` is what was attempted (`read`, `write`, ...), `key` what
    /// it was attempted on; `error` is the operating system's (or the object store's)
    /// reason. No server path appears in the message.
    #[error("cannot {op} {key}: {error}")]
    Io {
        op: &'static str,
        key: String,
        error: std::io::Error,
    },
}

impl BlobError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::NotFound { .. })
    }

    pub(crate) fn io(op: &'static str, key: &BlobKey, error: std::io::Error) -> Self {
        Self::Io {
            op,
            key: key.to_string(),
            error,
        }
    }
}

/// Blob storage for one region's media. See the crate documentation for the design.
///
/// Keys name blobs; a key also names the *prefix* of every blob under it (segment-wise).
/// Writing a key creates whatever folders a backend needs; there are no directories to
/// manage.
pub trait BlobStore: Send + Sync + std::fmt::Debug {
    /// Stores `bytes` at `key`, replacing what was there. Atomic: readers see the old
    /// blob or the whole new one, never a part, also across a crash.
    fn put<'a>(&'a self, key: &'a BlobKey, bytes: Bytes) -> BlobFuture<'a, ()>;

    /// Moves a finished local file in as `key` (replacing what was there), atomically
    /// like [`put`](Self::put). The local file is consumed: on success it may be gone
    /// (the local backend renames it when it can; object stores upload it and remove it).
    fn put_file<'a>(&'a self, key: &'a BlobKey, local: &'a Path) -> BlobFuture<'a, ()>;

    /// Moves every file under `local_dir` in as `prefix/<its relative path>`; answers how
    /// many. Every relative path must be a valid key (else `InvalidKey`, nothing moved).
    /// When nothing exists under `prefix` yet, the local backend renames the whole folder,
    /// so the set appears at once; otherwise (and on object stores) the files appear one
    /// by one, each atomically, in lexicographic order of their keys: a caller that needs
    /// a completeness marker writes it last with [`put`](Self::put) or
    /// [`put_file`](Self::put_file). `local_dir` is consumed.
    fn put_dir<'a>(&'a self, prefix: &'a BlobKey, local_dir: &'a Path) -> BlobFuture<'a, u64>;

    /// The whole blob, in memory.
    fn get<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, Bytes>;

    /// Bytes `range.start..range.end` of the blob; an end past the blob's length is cut to
    /// it. `InvalidRange` when the start is past the end of the blob or after `range.end`.
    fn get_range<'a>(&'a self, key: &'a BlobKey, range: Range<u64>) -> BlobFuture<'a, Bytes>;

    /// Size, time and ETag of a blob; `None` when there is none (a prefix with blobs
    /// under it is not a blob).
    fn head<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, Option<Meta>>;

    /// Appends `bytes` to the blob at `key` if it is exactly `expected_offset` bytes long;
    /// answers the new length. The bytes are durable (fsync) before it answers. A missing
    /// blob is created when `expected_offset` is 0, else `NotFound`. A different length
    /// is `OffsetMismatch` and changes nothing; on a failed write the blob is cut back to
    /// `expected_offset`. For tus: one call per received buffer, never concurrently on
    /// one key from two callers that both expect success.
    fn append<'a>(
        &'a self,
        key: &'a BlobKey,
        expected_offset: u64,
        bytes: Bytes,
    ) -> BlobFuture<'a, u64>;

    /// Cuts the blob back to `len` bytes (tus: drop bytes past the recorded offset after
    /// a crash, or a refused request's bytes). `len` must be 0 or a length some earlier
    /// [`append`](Self::append) answered: backends that store appends as parts rely on
    /// it. Longer than the blob: `OffsetMismatch`. Missing with `len` 0: nothing to do.
    fn truncate<'a>(&'a self, key: &'a BlobKey, len: u64) -> BlobFuture<'a, ()>;

    /// Gives the blob at `from` the key `to` (replacing what was there). Atomic on the
    /// local backend; copy-then-delete on object stores (the copy is complete before the
    /// original goes, so a crash leaves both, never neither).
    fn rename<'a>(&'a self, from: &'a BlobKey, to: &'a BlobKey) -> BlobFuture<'a, ()>;

    /// Removes the blob; nothing to remove is not an error.
    fn delete<'a>(&'a self, key: &'a BlobKey) -> BlobFuture<'a, ()>;

    /// Removes every blob under `prefix` (not a blob named `prefix` itself); nothing to
    /// remove is not an error.
    fn delete_prefix<'a>(&'a self, prefix: &'a BlobKey) -> BlobFuture<'a, ()>;

    /// Every blob under `prefix`, at any depth, sorted by key. Writes in progress never
    /// appear.
    fn list<'a>(&'a self, prefix: &'a BlobKey) -> BlobFuture<'a, Vec<ListEntry>>;

    /// A local file holding the blob, for tools that need one (ffmpeg, the zip writer).
    /// The local backend answers the stored file itself; object stores download a copy
    /// into `local_dir`. Treat the answer as read-only: never modify, move or delete it.
    /// `local_dir` belongs to the caller, who removes it when done.
    fn stage<'a>(&'a self, key: &'a BlobKey, local_dir: &'a Path) -> BlobFuture<'a, PathBuf>;

    /// Where the blob is (or would be) as a local file, without checking that it exists;
    /// `None` for backends that have no local files. Lets the media routes keep serving
    /// files straight from disk, and the transcoder write straight into place.
    fn local_path(&self, key: &BlobKey) -> Option<PathBuf>;
}
