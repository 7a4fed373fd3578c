//! The media files of the region cells: where a video's renditions, poster and original,
//! an upload's bytes and a sound live, and their removal (with the in-memory media
//! cache). Routes, services and workers reach media files through here, never by
//! building paths of their own.
//!
//! Today the files are the local media folder of each cell
//! (`regions/<code>/media/...`); ffmpeg reads and writes them in place.

use std::path::PathBuf;

use spool_core::{SoundId, UploadId, VideoId};
use spool_store::Cell;

use crate::media_cache::MediaCache;

pub struct MediaFiles {
    cache: MediaCache,
}

impl MediaFiles {
    pub fn new(cache_bytes: usize) -> Self {
        Self {
            cache: MediaCache::new(cache_bytes),
        }
    }

    /// Small immutable files kept in memory for serving.
    pub fn cache(&self) -> &MediaCache {
        &self.cache
    }

    /// A video's folder: `original`, `poster.jpg`, `hls/...`.
    pub fn video_dir(&self, cell: &Cell, id: VideoId) -> PathBuf {
        cell.video_dir(id)
    }

    /// The bytes of an upload, as they arrive.
    pub fn upload_file(&self, cell: &Cell, id: UploadId) -> PathBuf {
        cell.upload_path(id)
    }

    pub fn sound_file(&self, cell: &Cell, id: SoundId) -> PathBuf {
        cell.sound_path(id)
    }

    pub async fn sound_exists(&self, cell: &Cell, id: SoundId) -> bool {
        tokio::fs::try_exists(cell.sound_path(id))
            .await
            .unwrap_or(false)
    }

    /// Removes everything of a video (a missing folder is fine).
    pub async fn remove_video(&self, cell: &Cell, id: VideoId) {
        let dir = cell.video_dir(id);
        self.cache.forget_under(&dir);
        remove_dir(&dir).await;
    }

    /// Removes a video's renditions (after a failed transcode), keeping its original.
    pub async fn remove_renditions(&self, cell: &Cell, id: VideoId) {
        let dir = cell.video_dir(id).join("hls");
        self.cache.forget_under(&dir);
        remove_dir(&dir).await;
    }

    pub async fn remove_sound(&self, cell: &Cell, id: SoundId) {
        let path = cell.sound_path(id);
        self.cache.forget_under(&path);
        remove_file(&path).await;
    }

    pub async fn remove_upload(&self, cell: &Cell, id: UploadId) {
        remove_file(&cell.upload_path(id)).await;
    }
}

async fn remove_dir(dir: &std::path::Path) {
    if let Err(e) = tokio::fs::remove_dir_all(dir).await {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!(error = %e, "cannot remove media files");
        }
    }
}

/// Removes a file; a missing one is fine.
pub async fn remove_file(path: &std::path::Path) {
    if let Err(e) = tokio::fs::remove_file(path).await {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!(error = %e, "cannot remove a media file");
        }
    }
}
