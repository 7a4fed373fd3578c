//! Profile photos: the caller uploads a JPEG, PNG or WebP; it is decoded, cropped to a
//! square (the client's rectangle, or the centred square), resized to the sizes Spool
//! serves and re-encoded as JPEG, so nothing of the file but its pixels is kept (no EXIF,
//! no GPS position, no camera serial) — `spool_media::profile_photo`. The files live in
//! the account's home region's media store (`accounts/<id>/photo-<version>-<side>.jpg`),
//! are named by a version that changes with every upload (so they are served like
//! posters: public, immutable, with an ETag) and go with the account when it is erased or
//! moves.

use bytes::Bytes;
use spool_blob::keys;
use spool_core::{AccountId, RegionCode};
use spool_media::{Crop, PhotoError, PHOTO_SIZES};
use spool_store::Cell;

use super::{Actor, ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;

fn refused(e: PhotoError) -> ServiceError {
    let code = match e {
        PhotoError::UnsupportedType => ErrorCode::UnsupportedMediaType,
        PhotoError::TooLarge => ErrorCode::InvalidField("photo_too_large"),
        PhotoError::TooSmall => ErrorCode::InvalidField("photo_too_small"),
        PhotoError::BadCrop => ErrorCode::InvalidField("invalid_crop"),
        PhotoError::Unreadable(_) => ErrorCode::InvalidField("invalid_photo"),
    };
    ServiceError::refused(code, e.to_string()).field("photo")
}

/// Replaces the caller's photo with `bytes` (declared as `content_type`). Nothing changes
/// when the picture is refused. The new files are written first, then the account names
/// them, then the old ones go: a crash leaves the old photo or the new one, never none.
pub async fn put(
    state: &AppState,
    actor: &Actor,
    bytes: Bytes,
    content_type: String,
    crop: Option<Crop>,
) -> ServiceResult<()> {
    super::moderation::ensure_active(state, actor).await?;
    let cell = super::accounts::home(state, actor)?;
    let photo = tokio::task::spawn_blocking(move || {
        spool_media::profile_photo(&bytes, &content_type, crop)
    })
    .await
    .map_err(ServiceError::unexpected)?
    .map_err(refused)?;
    let blobs = state
        .media()
        .blobs(cell)
        .map_err(ServiceError::unexpected)?;
    let current = cell
        .account(actor.id)
        .await?
        .ok_or(ServiceError::Unauthenticated)?
        .photo_version;
    let version = chrono::Utc::now().timestamp_millis().max(current + 1);
    for (jpeg, side) in photo.jpegs.into_iter().zip(PHOTO_SIZES) {
        blobs
            .put(
                &keys::profile_photo(actor.id, version, side),
                Bytes::from(jpeg),
            )
            .await
            .map_err(ServiceError::unexpected)?;
    }
    let previous = cell.set_photo_version(actor.id, version).await?;
    remove_files(state, cell, actor.id, previous).await;
    super::catalog::account_changed(state, actor.id).await;
    tracing::info!("profile photo stored");
    Ok(())
}

/// Removes the caller's photo (`NotFound` when there is none).
pub async fn remove(state: &AppState, actor: &Actor) -> ServiceResult<()> {
    let cell = super::accounts::home(state, actor)?;
    let previous = cell.set_photo_version(actor.id, 0).await?;
    if previous == 0 {
        return Err(ServiceError::NotFound("photo"));
    }
    remove_files(state, cell, actor.id, previous).await;
    super::catalog::account_changed(state, actor.id).await;
    tracing::info!("profile photo removed");
    Ok(())
}

async fn remove_files(state: &AppState, cell: &Cell, account: AccountId, version: i64) {
    if version == 0 {
        return;
    }
    let Ok(blobs) = state.media().blobs(cell) else {
        return;
    };
    for side in PHOTO_SIZES {
        let key = keys::profile_photo(account, version, side);
        state.media().cache().forget_under(cell.region(), &key);
        if let Err(e) = blobs.delete(&key).await {
            tracing::warn!(error = %e, "cannot remove an old profile photo");
        }
    }
}

/// Every photo file of an account, before it is erased (first, so that a crash during
/// the erasure leaves no file behind that nothing names).
pub async fn erase(state: &AppState, cell: &Cell, account: AccountId) -> ServiceResult<()> {
    let blobs = state
        .media()
        .blobs(cell)
        .map_err(ServiceError::unexpected)?;
    let dir = keys::account_dir(account);
    state.media().cache().forget_under(cell.region(), &dir);
    blobs
        .delete_prefix(&dir)
        .await
        .map_err(ServiceError::unexpected)
}

/// The photo file a media path names, `<account id>-<version>-<side>.jpg` in `region`:
/// only the account's current photo, at a size Spool makes (`NotFound` otherwise).
/// Profiles are public: anyone may see any account's photo, as its name and bio.
pub async fn served<'a>(
    state: &'a AppState,
    region: &str,
    file: &str,
) -> ServiceResult<(&'a Cell, spool_blob::BlobKey)> {
    let missing = || ServiceError::NotFound("photo");
    let region = RegionCode::parse(region).map_err(|_| missing())?;
    let stem = file.strip_suffix(".jpg").ok_or_else(missing)?;
    let mut parts = stem.rsplitn(3, '-');
    let side: u32 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(missing)?;
    let version: i64 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(missing)?;
    let id = parts
        .next()
        .and_then(|s| uuid::Uuid::parse_str(s).ok())
        .map(AccountId)
        .ok_or_else(missing)?;
    if !PHOTO_SIZES.contains(&side) || version <= 0 {
        return Err(missing());
    }
    let cell = state.store().cell(&region).ok_or_else(missing)?;
    let account = cell.account(id).await?.ok_or_else(missing)?;
    if account.photo_version != version {
        return Err(missing());
    }
    Ok((cell, keys::profile_photo(id, version, side)))
}

/// The photo's URLs (large, small) of an account with one.
pub fn urls(account: &spool_store::AccountRecord) -> Option<(String, String)> {
    (account.photo_version > 0).then(|| {
        let url = |side: u32| {
            format!(
                "/media/photos/{}/{}-{}-{side}.jpg",
                account.region, account.id, account.photo_version
            )
        };
        (url(PHOTO_SIZES[0]), url(PHOTO_SIZES[1]))
    })
}
