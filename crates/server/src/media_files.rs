//! The media files of the region cells, through one blob store per region
//! (`spool-blob`): uploads, originals, renditions, posters and sounds are blobs under
//! the keys of `spool_blob::keys`. The backend is configured (`[media] backend`): the
//! cell's local media folder (`regions/<code>/media/`), or an S3-compatible bucket (one
//! per region, or one shared with a prefix per region; docs/media-storage.md).
//!
//! ffmpeg needs local files: the transcode job works in a local folder of its own
//! ([`MediaFiles::work_dir`]) — inputs staged into it, outputs put back as blobs — so
//! nothing half-written is ever a blob, and re-running a job finds what is published.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use spool_blob::{keys, BlobError, BlobKey, BlobStore, LocalBlobStore, ObjectBlobStore, S3Options};
use spool_core::{RegionCode, SoundId, UploadId, VideoId};
use spool_store::{Cell, Store};

use crate::config::{MediaBackend, MediaConfig};
use crate::media_cache::MediaCache;

pub struct MediaFiles {
    stores: BTreeMap<RegionCode, Arc<dyn BlobStore>>,
    work: PathBuf,
    cache: MediaCache,
}

impl MediaFiles {
    /// One blob store per cell, by `config.backend`: the cell's media folder, or its
    /// place in the object store. Work folders under `<data>/work/`.
    pub fn new(store: &Store, data_dir: &Path, config: &MediaConfig) -> anyhow::Result<Self> {
        let secret = match config.backend {
            MediaBackend::Local => None,
            MediaBackend::S3 => Some(config.s3.secret_access_key()?),
        };
        let mut stores = BTreeMap::new();
        for region in store.regions() {
            let Some(cell) = store.cell(region) else {
                continue;
            };
            let blobs: Arc<dyn BlobStore> = match &secret {
                None => Arc::new(LocalBlobStore::new(cell.media_dir())),
                Some(secret) => {
                    let s3 = &config.s3;
                    let (bucket, prefix) = s3.location(region);
                    let blobs = ObjectBlobStore::s3(&S3Options {
                        endpoint: (!s3.endpoint.is_empty()).then(|| s3.endpoint.clone()),
                        region: s3.region.clone(),
                        bucket,
                        prefix,
                        access_key_id: s3.access_key_id.clone(),
                        secret_access_key: secret.clone(),
                        allow_http: s3.allow_http,
                        path_style: s3.path_style,
                    })?;
                    tracing::info!(%region, store = ?blobs, "media of the region in object storage");
                    Arc::new(blobs)
                }
            };
            stores.insert(region.clone(), blobs);
        }
        Ok(Self {
            stores,
            work: data_dir.join("work"),
            cache: MediaCache::new(config.cache_bytes),
        })
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

    /// The blob store of a cell's region, shared (for work that outlives a borrow, such
    /// as a response body streamed from it).
    pub fn shared(&self, cell: &Cell) -> Result<Arc<dyn BlobStore>, BlobError> {
        self.stores
            .get(cell.region())
            .cloned()
            .ok_or_else(|| BlobError::NotFound {
                key: keys::videos(),
            })
    }

    /// A fresh local scratch folder under the work folder, removed when dropped (for
    /// blobs staged for a tool, such as the export's zip writer).
    pub fn scratch_dir(&self) -> std::io::Result<tempfile::TempDir> {
        std::fs::create_dir_all(&self.work)?;
        tempfile::Builder::new()
            .prefix("scratch-")
            .tempdir_in(&self.work)
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
        self.cache.forget_under(cell.region(), &keys::video_dir(id));
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
        self.cache.forget_under(cell.region(), &keys::hls_dir(id));
        self.remove(cell, &keys::hls_dir(id), true).await;
    }

    pub async fn remove_sound(&self, cell: &Cell, id: SoundId) {
        self.cache.forget_under(cell.region(), &keys::sound(id));
        self.remove(cell, &keys::sound(id), false).await;
    }

    /// Moves every blob under `prefix` (or the blob `prefix` itself) from one region's
    /// store to another's, for an account that moves: copied first, removed from the old
    /// region after, so a crash leaves a copy in both, never in neither; running it again
    /// finishes it. Nothing to do where both regions keep their media in local folders,
    /// which the store's move renames itself.
    pub async fn move_between(
        &self,
        from: &Cell,
        to: &Cell,
        prefix: &BlobKey,
    ) -> Result<u64, BlobError> {
        let (src, dst) = (self.blobs(from)?, self.blobs(to)?);
        if src.local_path(prefix).is_some() && dst.local_path(prefix).is_some() {
            return Ok(0);
        }
        self.move_blobs(from, to, prefix).await
    }

    /// [`Self::move_between`] through the blob stores whatever the backend (for blobs the
    /// store's move does not rename, such as profile photos).
    pub async fn move_blobs(
        &self,
        from: &Cell,
        to: &Cell,
        prefix: &BlobKey,
    ) -> Result<u64, BlobError> {
        let (src, dst) = (self.blobs(from)?, self.blobs(to)?);
        self.cache.forget_under(from.region(), prefix);
        let mut entries = src.list(prefix).await?;
        if let Some(meta) = src.head(prefix).await? {
            entries.push(spool_blob::ListEntry {
                key: prefix.clone(),
                meta,
            });
        }
        for entry in &entries {
            let bytes = src.get(&entry.key).await?;
            dst.put(&entry.key, bytes).await?;
        }
        for entry in &entries {
            src.delete(&entry.key).await?;
        }
        Ok(entries.len() as u64)
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
