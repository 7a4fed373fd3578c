//! The tus 1.0.0 resumable upload server: core protocol (HEAD, PATCH, OPTIONS) with the
//! creation, creation-with-upload, termination, expiration and checksum (sha256)
//! extensions. See <https://tus.io/protocols/resumable-upload>.
//!
//! Bytes go to the blob `uploads/<id>.part` of the uploader's home cell, appended in
//! pieces of up to [`PIECE`] bytes (on object storage each piece is one chunk object,
//! so any node can continue an upload). A PATCH is written by a task of its own, so a
//! client that disconnects mid-request still has every byte that arrived counted: the
//! pieces are durable, then the offset advances in the database. A crash between the
//! two leaves extra bytes past the recorded offset, which the next PATCH cuts off
//! before appending.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use spool_blob::{keys, BlobStore, Bytes};
use spool_core::UploadId;
use spool_store::{Cell, UploadRecord, UploadState};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::state::AppState;

pub const TUS_VERSION: &str = "1.0.0";
const EXTENSIONS: &str = "creation,creation-with-upload,termination,expiration,checksum";
const OFFSET_CONTENT_TYPE: &str = "application/offset+octet-stream";
const MAX_METADATA_BYTES: usize = 4096;
/// A PATCH whose body sends nothing for this long is cut off (its bytes so far kept).
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// A PATCH body is appended in pieces of at most this many bytes (bytes received but
/// not yet appended when a connection drops are lost; the client resumes from the
/// offset the server reports).
const PIECE: usize = 8 << 20;

/// Uploads with a PATCH in progress; a second concurrent PATCH is refused with 409.
#[derive(Default)]
pub struct InFlight(Mutex<HashSet<UploadId>>);

struct InFlightGuard<'a>(&'a InFlight, UploadId);

impl InFlight {
    fn take(&self, id: UploadId) -> Option<InFlightGuard<'_>> {
        let mut set = self.0.lock().unwrap_or_else(|p| p.into_inner());
        set.insert(id).then_some(InFlightGuard(self, id))
    }
}

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        self.0
             .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&self.1);
    }
}

fn tus_error(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> ApiError {
    ApiError {
        status_override: Some(status),
        ..ApiError::new(code, message)
    }
}

fn http_date(t: DateTime<Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Every tus request but OPTIONS must say which protocol version it speaks.
fn check_version(headers: &HeaderMap) -> ApiResult<()> {
    match header_str(headers, "tus-resumable") {
        Some(TUS_VERSION) => Ok(()),
        _ => Err(tus_error(
            StatusCode::PRECONDITION_FAILED,
            ErrorCode::TusVersion,
            "send Tus-Resumable: 1.0.0 (the only tus version this server speaks)",
        )),
    }
}

fn parse_u64_header(headers: &HeaderMap, name: &str) -> ApiResult<Option<u64>> {
    header_str(headers, name)
        .map(|v| {
            v.trim().parse::<u64>().map_err(|_| {
                tus_error(
                    StatusCode::BAD_REQUEST,
                    ErrorCode::TusHeader,
                    format!("{name} must be a non-negative integer"),
                )
            })
        })
        .transpose()
}

/// `Upload-Metadata`: comma-separated `key base64value` pairs (the value optional).
fn check_metadata(raw: &str) -> ApiResult<()> {
    let bad = |m: &str| {
        tus_error(
            StatusCode::BAD_REQUEST,
            ErrorCode::TusHeader,
            format!("Upload-Metadata: {m}"),
        )
    };
    if raw.len() > MAX_METADATA_BYTES {
        return Err(bad("longer than 4 KiB"));
    }
    if raw.trim().is_empty() {
        return Ok(());
    }
    let mut keys = HashSet::new();
    for pair in raw.split(',') {
        let mut parts = pair.trim().splitn(2, ' ');
        let key = parts.next().unwrap_or_default();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_graphic()) {
            return Err(bad("each pair needs a key of visible ASCII characters"));
        }
        if !keys.insert(key) {
            return Err(bad("a key appears twice"));
        }
        if let Some(value) = parts.next() {
            STANDARD
                .decode(value.trim())
                .map_err(|_| bad("values must be base64"))?;
        }
    }
    Ok(())
}

fn tus_headers(upload: &UploadRecord) -> Vec<(HeaderName, HeaderValue)> {
    let mut out = vec![
        (
            HeaderName::from_static("upload-offset"),
            HeaderValue::from(upload.offset),
        ),
        (
            HeaderName::from_static("upload-length"),
            HeaderValue::from(upload.length),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    if let Ok(v) = HeaderValue::from_str(&http_date(upload.expires_at)) {
        out.push((HeaderName::from_static("upload-expires"), v));
    }
    if !upload.metadata.is_empty() {
        if let Ok(v) = HeaderValue::from_str(&upload.metadata) {
            out.push((HeaderName::from_static("upload-metadata"), v));
        }
    }
    out
}

fn with_headers(status: StatusCode, headers: Vec<(HeaderName, HeaderValue)>) -> Response {
    let mut response = status.into_response();
    response.headers_mut().extend(headers);
    response
}

/// The caller's own, unexpired, unpublished upload; anything else is 404.
async fn own_upload(cell: &Cell, user: &CurrentUser, raw_id: &str) -> ApiResult<UploadRecord> {
    let not_found = || ApiError::not_found("upload");
    let id = UploadId::parse(raw_id).map_err(|_| not_found())?;
    let upload = cell.upload(id).await?.ok_or_else(not_found)?;
    if upload.account_id != user.account_id
        || upload.state == UploadState::Consumed
        || upload.expires_at < Utc::now()
    {
        return Err(not_found());
    }
    Ok(upload)
}

/// What the server supports.
#[utoipa::path(options, path = "/api/v1/uploads", tag = "uploads",
    responses((status = 204, description = "Tus-Version, Tus-Extension, Tus-Max-Size, Tus-Checksum-Algorithm")))]
pub async fn options(State(state): State<AppState>) -> Response {
    let mut headers = vec![
        (
            HeaderName::from_static("tus-version"),
            HeaderValue::from_static(TUS_VERSION),
        ),
        (
            HeaderName::from_static("tus-extension"),
            HeaderValue::from_static(EXTENSIONS),
        ),
        (
            HeaderName::from_static("tus-checksum-algorithm"),
            HeaderValue::from_static("sha256"),
        ),
    ];
    headers.push((
        HeaderName::from_static("tus-max-size"),
        HeaderValue::from(state.config().media.max_upload_bytes),
    ));
    with_headers(StatusCode::NO_CONTENT, headers)
}

/// What the server supports (same as on the collection).
#[utoipa::path(options, path = "/api/v1/uploads/{id}", tag = "uploads",
    params(("id" = String, Path, description = "Upload id")),
    responses((status = 204, description = "Tus-Version, Tus-Extension, Tus-Max-Size")))]
pub async fn options_one(state: State<AppState>) -> Response {
    options(state).await
}

/// Start an upload (tus creation; with a body of `application/offset+octet-stream`, also
/// its first bytes). Answers `Location` and `Upload-Expires`.
#[utoipa::path(post, path = "/api/v1/uploads", tag = "uploads", security(("bearer" = []), ("cookie" = [])),
    params(
        ("Tus-Resumable" = String, Header, description = "1.0.0"),
        ("Upload-Length" = u64, Header, description = "Total size in bytes"),
        ("Upload-Metadata" = Option<String>, Header, description = "tus metadata pairs, e.g. filename"),
    ),
    responses(
        (status = 201, description = "Created: Location, Upload-Offset, Upload-Expires"),
        (status = 400, body = ErrorBody, description = "Missing or malformed tus headers"),
        (status = 401, body = ErrorBody), (status = 412, body = ErrorBody, description = "Wrong Tus-Resumable"),
        (status = 413, body = ErrorBody, description = "`body_too_large`: Upload-Length over the limit; `quota_exceeded`: the account's uploads and stored originals would pass `media.quota_bytes_per_account`"),
        (status = 429, body = ErrorBody),
    ))]
pub async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    check_version(&headers)?;
    crate::services::moderation::ensure_active(&state, &crate::services::Actor::from(&user))
        .await?;
    if headers.contains_key("upload-defer-length") {
        return Err(tus_error(
            StatusCode::BAD_REQUEST,
            ErrorCode::TusHeader,
            "Upload-Defer-Length is not supported; send Upload-Length",
        ));
    }
    let length = parse_u64_header(&headers, "upload-length")?.ok_or_else(|| {
        tus_error(
            StatusCode::BAD_REQUEST,
            ErrorCode::TusHeader,
            "Upload-Length is required",
        )
    })?;
    let max = state.config().media.max_upload_bytes;
    if length > max {
        return Err(tus_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::BodyTooLarge,
            format!("uploads are limited to {max} bytes; this one declares {length}"),
        ));
    }
    let metadata = header_str(&headers, "upload-metadata")
        .unwrap_or_default()
        .to_owned();
    check_metadata(&metadata)?;
    let cell = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    check_quota(&state, cell, &user, None, length).await?;
    state.limits().upload(&user.account_id.to_string()).await?;
    let now = Utc::now();
    let upload = UploadRecord {
        id: UploadId::new(),
        account_id: user.account_id,
        length,
        offset: 0,
        metadata,
        state: if length == 0 {
            UploadState::Complete
        } else {
            UploadState::Receiving
        },
        created_at: now,
        expires_at: now + chrono::Duration::seconds(state.config().media.upload_expiry_secs as i64),
    };
    // The row first: a crash after it leaves a row without a file (an empty upload
    // that expires), never a file nobody knows about.
    cell.create_upload(&upload).await?;
    state
        .media()
        .blobs(cell)
        .map_err(ApiError::internal)?
        .append(&keys::upload_part(upload.id), 0, Bytes::new())
        .await
        .map_err(ApiError::internal)?;
    let location = format!("/api/v1/uploads/{}", upload.id);
    let mut upload = upload;
    let has_body = header_str(&headers, "content-type")
        .is_some_and(|c| c.starts_with(OFFSET_CONTENT_TYPE))
        && parse_u64_header(&headers, "content-length")?.is_none_or(|n| n > 0);
    if has_body && length > 0 {
        upload = write_patch(&state, cell, upload, &headers, body, true).await?;
    }
    let mut out = tus_headers(&upload);
    if let Ok(v) = HeaderValue::from_str(&location) {
        out.push((header::LOCATION, v));
    }
    Ok(with_headers(StatusCode::CREATED, out))
}

/// How far an upload got (tus HEAD): `Upload-Offset`, `Upload-Length`.
#[utoipa::path(head, path = "/api/v1/uploads/{id}", tag = "uploads", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path, description = "Upload id"), ("Tus-Resumable" = String, Header, description = "1.0.0")),
    responses((status = 200, description = "Upload-Offset, Upload-Length, Upload-Expires"),
        (status = 404, description = "No such upload of yours (or expired)"), (status = 412, description = "Wrong Tus-Resumable")))]
pub async fn head(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    check_version(&headers)?;
    let cell = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let upload = own_upload(cell, &user, &id).await?;
    Ok(with_headers(StatusCode::OK, tus_headers(&upload)))
}

/// Append bytes at `Upload-Offset` (tus PATCH). Optional `Upload-Checksum: sha256 <base64>`.
#[utoipa::path(patch, path = "/api/v1/uploads/{id}", tag = "uploads", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path, description = "Upload id"), ("Tus-Resumable" = String, Header, description = "1.0.0"),
        ("Upload-Offset" = u64, Header, description = "Must equal the upload's current offset"),
        ("Upload-Checksum" = Option<String>, Header, description = "sha256 <base64 digest of this request's body>")),
    request_body(content = Vec<u8>, content_type = "application/offset+octet-stream"),
    responses(
        (status = 204, description = "Stored: Upload-Offset is the new offset"),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody, description = "`upload_offset_mismatch` or a PATCH already in progress"),
        (status = 412, body = ErrorBody), (status = 413, body = ErrorBody, description = "Past the declared length, or `quota_exceeded`; nothing stored"),
        (status = 415, body = ErrorBody, description = "Content-Type is not application/offset+octet-stream"),
        (status = 460, body = ErrorBody, description = "Checksum mismatch; nothing stored"),
    ))]
pub async fn patch(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<Response> {
    check_version(&headers)?;
    if header_str(&headers, "content-type").is_none_or(|c| c.trim() != OFFSET_CONTENT_TYPE) {
        return Err(tus_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
            "a PATCH body must be Content-Type: application/offset+octet-stream",
        ));
    }
    let cell = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let upload = own_upload(cell, &user, &id).await?;
    check_quota(&state, cell, &user, Some(upload.id), upload.length).await?;
    let upload = write_patch(&state, cell, upload, &headers, body, false).await?;
    Ok(with_headers(StatusCode::NO_CONTENT, tus_headers(&upload)))
}

/// Cancel an upload (tus termination): its bytes are deleted.
#[utoipa::path(delete, path = "/api/v1/uploads/{id}", tag = "uploads", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path, description = "Upload id"), ("Tus-Resumable" = String, Header, description = "1.0.0")),
    responses((status = 204, description = "Deleted"), (status = 404, body = ErrorBody), (status = 412, body = ErrorBody)))]
pub async fn terminate(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    check_version(&headers)?;
    let cell = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let upload = own_upload(cell, &user, &id).await?;
    let _busy = state.uploads_in_flight().take(upload.id).ok_or_else(|| {
        tus_error(
            StatusCode::CONFLICT,
            ErrorCode::UploadBusy,
            "a PATCH to this upload is in progress",
        )
    })?;
    cell.delete_upload(upload.id).await?;
    state.media().remove_upload(cell, upload.id).await;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Refuses an upload of `length` bytes that would take the account past
/// `media.quota_bytes_per_account` (`except`: the upload itself, when it exists).
async fn check_quota(
    state: &AppState,
    cell: &Cell,
    user: &CurrentUser,
    except: Option<UploadId>,
    length: u64,
) -> ApiResult<()> {
    let quota = state.config().media.quota_bytes_per_account;
    let used = storage_used(state, cell, user.account_id, except).await?;
    if used.saturating_add(length) <= quota {
        return Ok(());
    }
    Err(tus_error(
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::QuotaExceeded,
        format!(
            "this upload ({length} bytes) would take your storage past its quota of {quota} bytes \
             ({used} in use); delete videos or unfinished uploads to make room"
        ),
    ))
}

/// Bytes an account keeps in its home cell: unpublished, unexpired uploads by their
/// declared length (they may still grow to it), published ones by their file while it
/// waits for its transcode, and every video's stored originals (`original`, and a
/// remix's own `clip`).
async fn storage_used(
    state: &AppState,
    cell: &Cell,
    account: spool_core::AccountId,
    except: Option<UploadId>,
) -> ApiResult<u64> {
    let (videos, uploads, _) = cell.account_media(account).await?;
    let now = Utc::now();
    let mut used: u64 = 0;
    for id in uploads {
        if Some(id) == except {
            continue;
        }
        let Some(upload) = cell.upload(id).await? else {
            continue;
        };
        used += match upload.state {
            UploadState::Consumed => blob_len(state, cell, &keys::upload_part(id)).await,
            _ if upload.expires_at < now => 0,
            _ => upload.length,
        };
    }
    for video in videos {
        for key in [keys::video_original(video), keys::video_clip(video)] {
            used += blob_len(state, cell, &key).await;
        }
    }
    Ok(used)
}

async fn blob_len(state: &AppState, cell: &Cell, key: &spool_blob::BlobKey) -> u64 {
    match state.media().blobs(cell) {
        Ok(blobs) => blobs.head(key).await.ok().flatten().map_or(0, |m| m.len),
        Err(_) => 0,
    }
}

/// Appends one request body at the upload's offset; see the module docs.
/// `creation`: the body of a creation-with-upload POST, which starts at 0 and need not
/// say so.
async fn write_patch(
    state: &AppState,
    cell: &Cell,
    upload: UploadRecord,
    headers: &HeaderMap,
    body: Body,
    creation: bool,
) -> ApiResult<UploadRecord> {
    let sent_offset = match parse_u64_header(headers, "upload-offset")? {
        Some(offset) => offset,
        None if creation => 0,
        None => {
            return Err(tus_error(
                StatusCode::BAD_REQUEST,
                ErrorCode::TusHeader,
                "Upload-Offset is required",
            ))
        }
    };
    if sent_offset != upload.offset {
        return Err(tus_error(
            StatusCode::CONFLICT,
            ErrorCode::UploadOffsetMismatch,
            format!("Upload-Offset is {sent_offset} but the upload is at {}; ask with HEAD and resume from there", upload.offset),
        ));
    }
    let remaining = upload.length - upload.offset;
    if let Some(declared) = parse_u64_header(headers, "content-length")? {
        if declared > remaining {
            // Read (and drop) a small body so the client sees the answer rather than a
            // reset connection; a big one is cut off.
            if declared <= 1 << 20 {
                let _ = axum::body::to_bytes(body, 1 << 20).await;
            }
            return Err(too_long(remaining));
        }
    }
    let checksum = header_str(headers, "upload-checksum")
        .map(|raw| {
            let (algo, digest) = raw.trim().split_once(' ').unwrap_or((raw, ""));
            if !algo.eq_ignore_ascii_case("sha256") {
                return Err(tus_error(
                    StatusCode::BAD_REQUEST,
                    ErrorCode::TusHeader,
                    "only sha256 checksums are supported",
                ));
            }
            STANDARD.decode(digest.trim()).map_err(|_| {
                tus_error(
                    StatusCode::BAD_REQUEST,
                    ErrorCode::TusHeader,
                    "Upload-Checksum digest is not base64",
                )
            })
        })
        .transpose()?;
    let in_flight = Arc::clone(state.uploads_in_flight());
    let cell = cell.clone();
    let blobs = state.media().shared(&cell).map_err(ApiError::internal)?;
    // The write runs as its own task so that a dropped request (client gone) still
    // records the bytes that did arrive.
    let task = tokio::spawn(async move {
        let Some(_guard) = in_flight.take(upload.id) else {
            return Err(tus_error(
                StatusCode::CONFLICT,
                ErrorCode::UploadBusy,
                "another PATCH to this upload is in progress",
            ));
        };
        append(&cell, blobs.as_ref(), upload, remaining, checksum, body).await
    });
    task.await.map_err(ApiError::internal)?
}

fn too_long(remaining: u64) -> ApiError {
    tus_error(
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::BodyTooLarge,
        format!("the body goes past the declared Upload-Length; only {remaining} more bytes fit"),
    )
}

async fn append(
    cell: &Cell,
    blobs: &dyn BlobStore,
    upload: UploadRecord,
    remaining: u64,
    checksum: Option<Vec<u8>>,
    body: Body,
) -> ApiResult<UploadRecord> {
    let key = keys::upload_part(upload.id);
    let blob = |e: spool_blob::BlobError| match e {
        // Another node appended meanwhile (two PATCHes at once through two nodes).
        spool_blob::BlobError::OffsetMismatch { .. } => tus_error(
            StatusCode::CONFLICT,
            ErrorCode::UploadOffsetMismatch,
            "the upload changed meanwhile; ask with HEAD",
        ),
        e => ApiError::internal(format!("upload {}: {e}", upload.id)),
    };
    // Cut anything past the recorded offset (bytes appended before a crash).
    blobs.truncate(&key, upload.offset).await.map_err(blob)?;
    let mut hasher = Sha256::new();
    let mut at = upload.offset;
    let mut written: u64 = 0;
    let mut piece: Vec<u8> = Vec::new();
    let mut stream = body.into_data_stream();
    let mut refusal = None;
    loop {
        let next = match tokio::time::timeout(IDLE_TIMEOUT, stream.next()).await {
            Ok(next) => next,
            Err(_) => break, // idle client: keep what arrived
        };
        let chunk = match next {
            None => break,
            Some(Ok(chunk)) => chunk,
            Some(Err(_)) => break, // connection lost: keep what arrived
        };
        if written + piece.len() as u64 + chunk.len() as u64 > remaining {
            refusal = Some(too_long(remaining));
            break;
        }
        hasher.update(&chunk);
        piece.extend_from_slice(&chunk);
        // Full pieces go out as they fill; a refused body (a checksum mismatch) is cut
        // off again below.
        if piece.len() >= PIECE {
            let full = Bytes::from(std::mem::take(&mut piece));
            written += full.len() as u64;
            at = blobs.append(&key, at, full).await.map_err(blob)?;
        }
    }
    if let Some(expected) = &checksum {
        if refusal.is_none() && hasher.finalize().as_slice() != expected.as_slice() {
            refusal = Some(tus_error(
                StatusCode::from_u16(460).unwrap_or(StatusCode::BAD_REQUEST),
                ErrorCode::ChecksumMismatch,
                "the body's sha256 does not match Upload-Checksum; nothing was stored",
            ));
        }
    }
    if let Some(refusal) = refusal {
        // Nothing of a refused request is kept.
        if written > 0 {
            blobs.truncate(&key, upload.offset).await.map_err(blob)?;
        }
        return Err(refusal);
    }
    if !piece.is_empty() {
        written += piece.len() as u64;
        at = blobs
            .append(&key, at, Bytes::from(piece))
            .await
            .map_err(blob)?;
    }
    debug_assert_eq!(at, upload.offset + written);
    let offset = upload.offset + written;
    let complete = offset == upload.length;
    if written > 0
        && !cell
            .advance_upload(upload.id, upload.offset, offset, complete)
            .await?
    {
        return Err(tus_error(
            StatusCode::CONFLICT,
            ErrorCode::UploadOffsetMismatch,
            "the upload changed meanwhile; ask with HEAD",
        ));
    }
    Ok(UploadRecord {
        offset,
        state: if complete {
            UploadState::Complete
        } else {
            upload.state
        },
        ..upload
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_is_checked() {
        assert!(check_metadata("").is_ok());
        assert!(
            check_metadata("filename d29ybGRfZG9taW5hdGlvbl9wbGFuLnBkZg==,is_confidential").is_ok()
        );
        assert!(check_metadata("filename not base64!").is_err());
        assert!(check_metadata("a YQ==,a YQ==").is_err());
        assert!(check_metadata(&"k".repeat(5000)).is_err());
    }
}
