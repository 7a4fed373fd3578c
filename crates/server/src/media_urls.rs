//! Media URLs: public ones for public videos, HMAC-signed expiring ones for the rest.
//!
//! A signed URL puts the signature in the path, not the query
//! (`/media/s/<expires>/<signature>/<region>/<video>/hls/master.m3u8`), so the relative
//! segment URIs inside an HLS playlist resolve to equally signed URLs. The signature
//! covers region, video and expiry; the key lives in a file outside the databases.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use spool_core::{RegionCode, VideoId};
use spool_store::Cell;

use crate::config::Config;

pub struct MediaKey(Vec<u8>);

impl MediaKey {
    /// Reads the key file, or creates it (0600) with 32 random bytes.
    pub fn load_or_create(config: &Config) -> anyhow::Result<Self> {
        let path = if config.media.signing_key_file.as_os_str().is_empty() {
            config.data_dir.join("secrets").join("media-url.key")
        } else {
            config.media.signing_key_file.clone()
        };
        if let Ok(bytes) = std::fs::read(&path) {
            anyhow::ensure!(
                bytes.len() >= 32,
                "{} holds fewer than 32 bytes",
                path.display()
            );
            return Ok(Self(bytes));
        }
        create_key_file(&path)
    }

    fn mac(&self, region: &RegionCode, video: VideoId, expires: i64) -> Hmac<Sha256> {
        // new_from_slice accepts keys of any length for HMAC.
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!());
        mac.update(format!("spool-media-v1|{region}|{video}|{expires}").as_bytes());
        mac
    }

    pub fn sign(&self, region: &RegionCode, video: VideoId, expires: i64) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(region, video, expires).finalize().into_bytes())
    }

    /// Whether a signature is genuine and not expired (constant-time comparison).
    pub fn verify(
        &self,
        region: &RegionCode,
        video: VideoId,
        expires: i64,
        signature: &str,
    ) -> bool {
        if expires < chrono::Utc::now().timestamp() {
            return false;
        }
        let Ok(sig) = URL_SAFE_NO_PAD.decode(signature) else {
            return false;
        };
        self.mac(region, video, expires).verify_slice(&sig).is_ok()
    }

    /// The signed base path of a video's media, valid for `ttl`.
    pub fn signed_base(&self, region: &RegionCode, video: VideoId, ttl: Duration) -> String {
        // Rounded up to a minute so URLs handed out close together are identical
        // (and cacheable by the browser).
        let expires = (chrono::Utc::now().timestamp() + ttl.as_secs() as i64 + 59) / 60 * 60;
        format!(
            "/media/s/{expires}/{}/{region}/{video}",
            self.sign(region, video, expires)
        )
    }
}

fn create_key_file(path: &std::path::Path) -> anyhow::Result<MediaKey> {
    let bytes = spool_core::secret_file::load_or_create(path, || {
        let mut key = vec![0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        key
    })
    .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?;
    anyhow::ensure!(
        bytes.len() >= 32,
        "{} holds fewer than 32 bytes",
        path.display()
    );
    Ok(MediaKey(bytes))
}

/// Remembers for a few seconds whether a video may be served unsigned, so segment
/// requests do not each ask the database.
#[derive(Default)]
pub struct PublicMediaCache(Mutex<HashMap<VideoId, (bool, Instant)>>);

const CACHE_TTL: Duration = Duration::from_secs(5);
const CACHE_MAX: usize = 100_000;

impl PublicMediaCache {
    /// Whether the distribution rule lets anyone have this video's media unsigned.
    pub async fn is_public(
        &self,
        state: &crate::state::AppState,
        cell: &Cell,
        video: VideoId,
    ) -> crate::services::ServiceResult<bool> {
        if let Some((public, at)) = self.lock().get(&video) {
            if at.elapsed() < CACHE_TTL {
                return Ok(*public);
            }
        }
        let public = match cell.video(video).await? {
            Some(v) => {
                crate::services::policy::Audience::anonymous(state)
                    .decide(cell, &v)
                    .await?
                    .media
                    == crate::services::policy::MediaAccess::Public
            }
            None => false,
        };
        let mut map = self.lock();
        if map.len() >= CACHE_MAX {
            map.clear();
        }
        map.insert(video, (public, Instant::now()));
        Ok(public)
    }

    /// Forgets one video's answer (its state or visibility changed).
    pub fn forget(&self, video: VideoId) {
        self.lock().remove(&video);
    }

    /// Forgets every answer (an account's privacy changed).
    pub fn forget_all(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<VideoId, (bool, Instant)>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_bind_region_video_and_expiry() {
        let key = MediaKey(vec![7; 32]);
        let us = RegionCode::parse("us").unwrap();
        let eu = RegionCode::parse("eu").unwrap();
        let v = VideoId::new();
        let later = chrono::Utc::now().timestamp() + 60;
        let sig = key.sign(&us, v, later);
        assert!(key.verify(&us, v, later, &sig));
        assert!(!key.verify(&eu, v, later, &sig));
        assert!(!key.verify(&us, VideoId::new(), later, &sig));
        assert!(!key.verify(&us, v, later + 1, &sig));
        assert!(!key.verify(&us, v, later, "garbage"));
        let past = chrono::Utc::now().timestamp() - 1;
        assert!(!key.verify(&us, v, past, &key.sign(&us, v, past)));
    }
}
