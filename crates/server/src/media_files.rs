//! The media files of the region cells, through one blob store per region
//! (`spool-blob`): uploads, originals, renditions, posters and sounds are blobs under
//! the keys of `spool_blob::keys`. Today's backend is the cell's local media folder
//! (`regions/<code>/media/`); an object-store backend plugs in here.
//!
//! ffmpeg needs local files: the transcode job works in a local folder of its own
//! ([`MediaFiles::work_dir`]) — inputs staged into it, outputs put back as blobs — so
//! nothing half-written is ever a blob, and re-running a job finds what is published.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use spool_blob::{keys, BlobError, BlobKey, BlobStore, LocalBlobStore};
use spool_core::{RegionCode, SoundId, UploadId, VideoId};
use spool_store::{Cell, Store};

use crate::media_cache::MediaCache;

pub struct MediaFiles {
    stores: BTreeMap<RegionCode, Arc<dyn BlobStore>>,
    work: PathBuf,
    cache: MediaCache,
}

impl MediaFiles {
    /// One local blob store per cell, on the cell's media folder; work folders under
    /// `<data>/work/`.
    pub fn new(store: &Store, data_dir: &Path, cache_bytes: usize) -> Self {
        let stores = store
            .regions()
            .filter_map(|r| store.cell(r).map(|c| (r.clone(), c)))
            .map(|(r, c)| {
                let blobs: Arc<dyn BlobStore> = Arc::new(LocalBlobStore::new(c.media_dir()));
                (r, blobs)
            })
            .collect();
        Self {
            stores,
            work: data_dir.join("work"),
            cache: MediaCache::new(cache_bytes),
        }
    }

    /// Small immutable files kept in memory for serving.
    pub fn cache(&self) -> &MediaCache {
        &self.cache
    }

    /// The blob store of a cell's region.
    pub fn blobs(&self, cell: &Cell) -> Result<&dyn BlobStore, BlobError> {
        self.stores
            .get(cell.region())
            .map(AsRef::as_ref)
            .ok_or_else(|| BlobError::NotFound {
                key: keys::videos(),
            })
    }

    /// A local folder for the transcode job of `video` (created by the caller, removed
    /// when the job is done).
    pub fn work_dir(&self, cell: &Cell, video: VideoId) -> PathBuf {
        self.work
            .join(cell.region().as_str())
            .join(video.to_string())
    }

    /// Where a blob is on the local disk, for backends that keep blobs as files (the
    /// media routes serve those without copying).
    pub fn local_path(&self, cell: &Cell, key: &BlobKey) -> Option<PathBuf> {
        self.blobs(cell).ok()?.local_path(key)
    }

    /// A local file with a blob's bytes (the stored file itself on the local backend).
    pub async fn stage(
        &self,
        cell: &Cell,
        key: &BlobKey,
        dir: &Path,
    ) -> Result<PathBuf, BlobError> {
        self.blobs(cell)?.stage(key, dir).await
    }

    pub async fn exists(&self, cell: &Cell, key: &BlobKey) -> bool {
        match self.blobs(cell) {
            Ok(b) => matches!(b.head(key).await, Ok(Some(_))),
            Err(_) => false,
        }
    }

    pub async fn sound_exists(&self, cell: &Cell, id: SoundId) -> bool {
        self.exists(cell, &keys::sound(id)).await
    }

    /// The local file of a sound, staged into `dir` where the backend needs that.
    pub async fn stage_sound(
        &self,
        cell: &Cell,
        id: SoundId,
        dir: &Path,
    ) -> Result<PathBuf, BlobError> {
        self.stage(cell, &keys::sound(id), dir).await
    }

    /// Removes everything of a video (nothing there is fine).
    pub async fn remove_video(&self, cell: &Cell, id: VideoId) {
        self.cache.forget_under(&cell.video_dir(id));
        self.remove(cell, &keys::video_dir(id), true).await;
        let work = self.work_dir(cell, id);
        if let Err(e) = tokio::fs::remove_dir_all(&work).await {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(error = %e, video = %id, "cannot remove a work folder");
            }
        }
    }

    /// Removes a video's renditions (after a failed transcode), keeping its original.
    pub async fn remove_renditions(&self, cell: &Cell, id: VideoId) {
        self.cache.forget_under(&cell.video_dir(id).join("hls"));
        self.remove(cell, &keys::hls_dir(id), true).await;
    }

    pub async fn remove_sound(&self, cell: &Cell, id: SoundId) {
        self.cache.forget_under(&cell.sound_path(id));
        self.remove(cell, &keys::sound(id), false).await;
    }

    pub async fn remove_upload(&self, cell: &Cell, id: UploadId) {
        self.remove(cell, &keys::upload_part(id), false).await;
    }

    async fn remove(&self, cell: &Cell, key: &BlobKey, prefix: bool) {
        let result = match self.blobs(cell) {
            Ok(b) if prefix => b.delete_prefix(key).await,
            Ok(b) => b.delete(key).await,
            Err(e) => Err(e),
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "cannot remove media");
        }
    }
}
