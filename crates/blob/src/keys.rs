//! Spool's media layout as keys. One region's media store holds:
//!
//! ```text
//! uploads/<upload id>.part          a tus upload while it is received
//! videos/<video id>/original        the clip to transcode (for a remix: the composition)
//! videos/<video id>/clip            a remix's own recorded clip
//! videos/<video id>/poster.jpg
//! videos/<video id>/hls/master.m3u8
//! videos/<video id>/hls/<rendition>/index.m3u8, init.mp4, seg_NNNNN.m4s
//! videos/<video id>/captions/<lang>.vtt, <lang>.m3u8   a caption track and its playlist
//! sounds/<sound id>.m4a             a reusable sound (AAC in MP4)
//! accounts/<account id>/photo-<version>-<size>.jpg   a profile photo (512 and 128 px)
//! exports/<name>                    a finished data-export archive
//! ```
//!
//! This is exactly the layout of `regions/<code>/media/` before the blob store existed
//! (`Cell::upload_path`, `video_dir`, `sound_path` in `spool-store`), so a
//! [`LocalBlobStore`](crate::LocalBlobStore) rooted at a cell's media folder reads the
//! data folders written by earlier versions unchanged.

use spool_core::{AccountId, CaptionLang, SoundId, UploadId, VideoId};

use crate::key::{BlobKey, KeyError};

/// The folder of uploads in progress.
pub fn uploads() -> BlobKey {
    BlobKey::trusted("uploads".into())
}

/// Where an upload's bytes are kept while it is received: `uploads/<id>.part`.
pub fn upload_part(id: UploadId) -> BlobKey {
    BlobKey::trusted(format!("uploads/{id}.part"))
}

/// The upload a key of [`upload_part`]'s form names (for sweeping orphaned uploads).
pub fn upload_of(key: &BlobKey) -> Option<UploadId> {
    let name = key.strip_prefix(&uploads())?.strip_suffix(".part")?;
    UploadId::parse(name).ok()
}

/// The folder of every video.
pub fn videos() -> BlobKey {
    BlobKey::trusted("videos".into())
}

/// A video's folder (a prefix): `videos/<id>`. Deleting a video is
/// `delete_prefix(video_dir(id))`.
pub fn video_dir(id: VideoId) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}"))
}

/// The file the transcoder reads: the upload, or a remix's composition.
pub fn video_original(id: VideoId) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}/original"))
}

/// A duet's or stitch's own recorded clip (the upload, before composition).
pub fn video_clip(id: VideoId) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}/clip"))
}

pub fn video_poster(id: VideoId) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}/poster.jpg"))
}

/// The folder of a video's HLS renditions: `videos/<id>/hls`.
pub fn hls_dir(id: VideoId) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}/hls"))
}

/// `videos/<id>/hls/master.m3u8`.
pub fn hls_master(id: VideoId) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}/hls/master.m3u8"))
}

/// One rendition's folder, e.g. `videos/<id>/hls/360p`. `rendition` must be one valid
/// segment.
pub fn rendition_dir(id: VideoId, rendition: &str) -> Result<BlobKey, KeyError> {
    one_segment(rendition)?;
    hls_dir(id).join(rendition)
}

/// A file of one rendition, e.g. `videos/<id>/hls/360p/seg_00001.m4s`. Both parts must be
/// one valid segment each; which names the pipeline writes is the caller's to check.
pub fn rendition_file(id: VideoId, rendition: &str, file: &str) -> Result<BlobKey, KeyError> {
    one_segment(file)?;
    rendition_dir(id, rendition)?.join(file)
}

/// The folder of a video's caption tracks: `videos/<id>/captions` (outside `hls/`, which
/// a failed transcode clears).
pub fn captions_dir(id: VideoId) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}/captions"))
}

/// A caption track: `videos/<id>/captions/<lang>.vtt`.
pub fn caption_file(id: VideoId, lang: &CaptionLang) -> BlobKey {
    // A parsed language tag is letters, digits and '-': always one valid segment.
    BlobKey::trusted(format!("videos/{id}/captions/{lang}.vtt"))
}

/// A caption track's HLS subtitle playlist: `videos/<id>/captions/<lang>.m3u8`.
pub fn caption_playlist(id: VideoId, lang: &CaptionLang) -> BlobKey {
    BlobKey::trusted(format!("videos/{id}/captions/{lang}.m3u8"))
}

/// An account's own media folder (a prefix): `accounts/<id>`. Erasing the account is
/// `delete_prefix(account_dir(id))`; moving it copies the prefix.
pub fn account_dir(id: AccountId) -> BlobKey {
    BlobKey::trusted(format!("accounts/{id}"))
}

/// One size of a profile photo: `accounts/<id>/photo-<version>-<side>.jpg`.
pub fn profile_photo(id: AccountId, version: i64, side: u32) -> BlobKey {
    BlobKey::trusted(format!("accounts/{id}/photo-{version}-{side}.jpg"))
}

/// The folder of every sound.
pub fn sounds() -> BlobKey {
    BlobKey::trusted("sounds".into())
}

/// `sounds/<id>.m4a`.
pub fn sound(id: SoundId) -> BlobKey {
    BlobKey::trusted(format!("sounds/{id}.m4a"))
}

/// The folder of finished export archives.
pub fn exports() -> BlobKey {
    BlobKey::trusted("exports".into())
}

/// An export archive: `exports/<name>`; `name` must be one valid segment.
pub fn export(name: &str) -> Result<BlobKey, KeyError> {
    one_segment(name)?;
    exports().join(name)
}

fn one_segment(raw: &str) -> Result<(), KeyError> {
    let key = BlobKey::parse(raw)?;
    if key.parent().is_some() {
        return Err(KeyError {
            key: raw.chars().take(100).collect(),
            reason: "must be a single segment (no '/')",
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0190a0b1-7c3d-7e4f-8a9b-0c1d2e3f4a5b";

    fn video() -> VideoId {
        VideoId::parse(ID).unwrap()
    }

    #[test]
    fn the_layout_is_todays_media_folder() {
        let v = video();
        let u = UploadId::parse(ID).unwrap();
        let s = SoundId::parse(ID).unwrap();
        assert_eq!(upload_part(u).as_str(), format!("uploads/{ID}.part"));
        assert_eq!(video_dir(v).as_str(), format!("videos/{ID}"));
        assert_eq!(video_original(v).as_str(), format!("videos/{ID}/original"));
        assert_eq!(video_clip(v).as_str(), format!("videos/{ID}/clip"));
        assert_eq!(video_poster(v).as_str(), format!("videos/{ID}/poster.jpg"));
        assert_eq!(hls_dir(v).as_str(), format!("videos/{ID}/hls"));
        assert_eq!(
            hls_master(v).as_str(),
            format!("videos/{ID}/hls/master.m3u8")
        );
        assert_eq!(
            rendition_file(v, "360p", "seg_00001.m4s").unwrap().as_str(),
            format!("videos/{ID}/hls/360p/seg_00001.m4s")
        );
        assert_eq!(
            rendition_dir(v, "1080p").unwrap().as_str(),
            format!("videos/{ID}/hls/1080p")
        );
        assert_eq!(sound(s).as_str(), format!("sounds/{ID}.m4a"));
        assert_eq!(
            export("spool-export-alice.zip").unwrap().as_str(),
            "exports/spool-export-alice.zip"
        );
        for key in [
            upload_part(u),
            video_original(v),
            video_clip(v),
            video_poster(v),
            hls_master(v),
        ] {
            assert!(key.starts_with(&uploads()) || key.starts_with(&video_dir(v)));
        }
        assert!(sound(s).starts_with(&sounds()));
    }

    #[test]
    fn user_supplied_parts_are_one_segment() {
        let v = video();
        assert!(rendition_file(v, "360p/../x", "index.m3u8").is_err());
        assert!(rendition_file(v, "360p", "a/b").is_err());
        assert!(rendition_file(v, "360p", "..").is_err());
        assert!(rendition_dir(v, "").is_err());
        assert!(export("a/b.zip").is_err());
        assert!(export(".hidden").is_err());
    }

    #[test]
    fn upload_keys_name_their_upload() {
        let u = UploadId::new();
        assert_eq!(upload_of(&upload_part(u)), Some(u));
        assert_eq!(upload_of(&BlobKey::parse("uploads/x.part").unwrap()), None);
        assert_eq!(upload_of(&sound(SoundId(u.0))), None);
        assert_eq!(
            upload_of(&BlobKey::parse(&format!("videos/{u}.part")).unwrap()),
            None
        );
    }
}
