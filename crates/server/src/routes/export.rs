//! The account owner's data export (GDPR art. 15 and 20): one zip archive of JSON files
//! and the uploaded originals, built from the home cell (plus the comments the account
//! wrote on videos in other regions, which are public content stored with the video).
//!
//! The archive is written by a blocking task into an anonymous temporary file and then
//! streamed, so a large export costs disk, not memory. The files and their fields are
//! documented in `docs/data-inventory.md` ("Export").

use std::io::{Seek, Write};
use std::path::PathBuf;
use std::time::Instant;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use spool_core::AccountId;
use spool_store::{Cell, EdgeExport, EdgeTable, VideoExport};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::state::AppState;

/// `account.json`: the profile with its personal fields, and every setting.
#[derive(Serialize)]
struct AccountFile {
    #[serde(flatten)]
    account: crate::views::AccountView,
    settings: SettingsFile,
}

#[derive(Serialize)]
struct SettingsFile {
    is_private: bool,
    who_can_comment: String,
    who_can_duet: String,
    who_can_stitch: String,
    liked_videos_public: bool,
    feed_mode: String,
    keyword_filters: Vec<String>,
}

/// A video with where its original file is in the archive.
#[derive(Serialize)]
struct VideoFile {
    #[serde(flatten)]
    video: VideoExport,
    /// Paths inside the archive: `videos/<id>/original` (the uploaded file; for a duet
    /// or stitch, the composition) and `videos/<id>/clip` (a remix's own upload).
    files: Vec<String>,
}

/// A follow, follower, block or mute, with the other account's current handle.
#[derive(Serialize)]
struct EdgeFile {
    #[serde(flatten)]
    edge: EdgeExport,
    /// `null` when that account no longer exists.
    handle: Option<String>,
}

/// One entry of the archive: its name and JSON (or text) body.
struct Entry {
    name: &'static str,
    body: Vec<u8>,
}

const README: &str = include_str!("export_readme.txt");

fn json<T: Serialize>(name: &'static str, value: &T) -> ApiResult<Entry> {
    Ok(Entry {
        name,
        body: serde_json::to_vec_pretty(value).map_err(ApiError::internal)?,
    })
}

/// Download all your data: one zip archive (see `README.txt` inside, and
/// `docs/data-inventory.md`). The export is recorded in the audit log, so a cookie
/// session must send its CSRF token (`X-CSRF-Token`, or `?csrf=` on a download link);
/// bearer clients need nothing more. A few exports per hour.
#[utoipa::path(get, path = "/api/v1/me/export", tag = "me", security(("bearer" = []), ("cookie" = [])),
    params(("csrf" = Option<String>, Query, description = "The session's CSRF token (cookie sessions, when no X-CSRF-Token header is sent)")),
    responses((status = 200, description = "The archive (`application/zip`, as an attachment)"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`csrf_rejected`: a cookie session without its CSRF token"),
        (status = 429, body = ErrorBody, description = "Too many exports this hour; see Retry-After")))]
pub async fn export_me(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    uri: Uri,
) -> ApiResult<Response> {
    user.require_csrf(&headers, uri.query())?;
    export(state, user).await
}

/// Download all your data (as `GET /api/v1/me/export`, for clients that prefer a POST
/// for a request that is recorded).
#[utoipa::path(post, path = "/api/v1/me/export", tag = "me", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, description = "The archive (`application/zip`, as an attachment)"),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`csrf_rejected`"),
        (status = 429, body = ErrorBody, description = "Too many exports this hour; see Retry-After")))]
pub async fn export_me_post(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Response> {
    export(state, user).await
}

async fn export(state: AppState, user: CurrentUser) -> ApiResult<Response> {
    state.limits().export(user.account_id).await?;
    let started = Instant::now();
    let cell = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let id = user.account_id;
    let account = crate::views::own_account(&state, cell, id).await?;
    let handle = cell
        .account(id)
        .await?
        .map(|a| a.handle.to_string())
        .ok_or_else(ApiError::unauthenticated)?;

    let mut entries = vec![
        Entry {
            name: "README.txt",
            body: README.as_bytes().to_vec(),
        },
        json(
            "account.json",
            &AccountFile {
                account,
                settings: settings(cell, id).await?,
            },
        )?,
        json(
            "sessions.json",
            &cell.export_sessions(id, &user.token_hash).await?,
        )?,
        json("login_records.json", &cell.export_login_records(id).await?)?,
    ];
    let videos = cell.export_videos(id).await?;
    let mut originals: Vec<(String, PathBuf)> = Vec::new();
    let mut video_files = Vec::with_capacity(videos.len());
    // The zip writer needs local files: originals are staged into a scratch folder
    // (on the local backend, staging answers the stored file itself, copying nothing).
    let staging = state.media().scratch_dir().map_err(ApiError::internal)?;
    let blobs = state.media().blobs(cell).map_err(ApiError::internal)?;
    for video in videos {
        let mut files = Vec::new();
        if let Ok(vid) = spool_core::VideoId::parse(&video.id) {
            for (name, key) in [
                ("original", spool_blob::keys::video_original(vid)),
                ("clip", spool_blob::keys::video_clip(vid)),
            ] {
                match blobs.stage(&key, staging.path()).await {
                    Ok(path) => {
                        let inside = format!("videos/{}/{name}", video.id);
                        files.push(inside.clone());
                        originals.push((inside, path));
                    }
                    Err(e) if e.is_not_found() => {}
                    Err(e) => return Err(ApiError::internal(e)),
                }
            }
            // The caption tracks the creator wrote.
            let captions = cell
                .video(vid)
                .await?
                .map(|v| v.captions)
                .unwrap_or_default();
            for lang in captions {
                match blobs
                    .stage(&spool_blob::keys::caption_file(vid, &lang), staging.path())
                    .await
                {
                    Ok(path) => {
                        let inside = format!("videos/{}/captions/{lang}.vtt", video.id);
                        files.push(inside.clone());
                        originals.push((inside, path));
                    }
                    Err(e) if e.is_not_found() => {}
                    Err(e) => return Err(ApiError::internal(e)),
                }
            }
        }
        video_files.push(VideoFile { video, files });
    }
    // The profile photo, as stored (512 px).
    if let Some(record) = cell.account(id).await? {
        if record.photo_version > 0 {
            let key = spool_blob::keys::profile_photo(
                id,
                record.photo_version,
                spool_media::PHOTO_SIZES[0],
            );
            match blobs.stage(&key, staging.path()).await {
                Ok(path) => originals.push(("profile_photo.jpg".to_owned(), path)),
                Err(e) if e.is_not_found() => {}
                Err(e) => return Err(ApiError::internal(e)),
            }
        }
    }
    entries.push(json("videos.json", &video_files)?);
    entries.push(json("sounds.json", &cell.export_sounds(id).await?)?);
    entries.push(json("uploads.json", &cell.export_uploads(id).await?)?);
    // Comments live with the video they are on, in any region: public content, read
    // here for its own author only.
    let mut comments = Vec::new();
    for region in state.store().regions() {
        if let Some(c) = state.store().cell(region) {
            comments.extend(c.authored_comments(id).await?);
        }
    }
    comments.sort_by_key(|a| a.created_at);
    entries.push(json("comments.json", &comments)?);
    entries.push(json("likes.json", &cell.export_likes(id, false).await?)?);
    entries.push(json(
        "comment_likes.json",
        &cell.export_likes(id, true).await?,
    )?);
    for (name, table) in [
        ("following.json", EdgeTable::Following),
        ("followers.json", EdgeTable::Followers),
        ("blocks.json", EdgeTable::Blocks),
        ("mutes.json", EdgeTable::Mutes),
    ] {
        let edges = cell.export_edges(id, table).await?;
        entries.push(json(name, &with_handles(&state, edges).await?)?);
    }
    entries.push(json(
        "view_history.json",
        &cell.export_view_history(id).await?,
    )?);
    entries.push(json(
        "notifications.json",
        &cell.export_notifications(id).await?,
    )?);
    entries.push(json(
        "federation.json",
        &crate::federation::export(cell, id).await?,
    )?);
    entries.push(json(
        "access_log.json",
        &access_log_entries(&state, &user).await?,
    )?);

    crate::audit::record_owner_action(&state, &user.region, "export", id).await?;
    let file_count = entries.len() + originals.len();
    let (file, bytes) = tokio::task::spawn_blocking(move || write_zip(entries, originals))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    drop(staging);
    // No personal data in the log: only the region and the size.
    tracing::info!(
        region = %user.region,
        files = file_count,
        bytes,
        ms = started.elapsed().as_millis() as u64,
        "data export served"
    );
    let stream = tokio_util::io::ReaderStream::new(tokio::fs::File::from_std(file));
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (header::CONTENT_LENGTH, bytes.to_string()),
            (header::CONTENT_DISPOSITION, disposition(&handle)),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

/// Staff accesses to this account's data, from its home region's audit log.
async fn access_log_entries(
    state: &AppState,
    user: &CurrentUser,
) -> ApiResult<Vec<crate::audit::AccessEntry>> {
    let (state, region, id) = (state.clone(), user.region.clone(), user.account_id);
    tokio::task::spawn_blocking(move || crate::audit::access_log_for(&state, &region, id))
        .await
        .map_err(ApiError::internal)?
}

async fn settings(cell: &Cell, id: AccountId) -> ApiResult<SettingsFile> {
    let s = cell
        .settings(id)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    let feed = cell
        .feed_settings(id)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    Ok(SettingsFile {
        is_private: s.is_private,
        who_can_comment: s.comment_policy.as_str().into(),
        who_can_duet: s.duet_policy.as_str().into(),
        who_can_stitch: s.stitch_policy.as_str().into(),
        liked_videos_public: s.liked_public,
        feed_mode: if feed.personalized {
            "personalized"
        } else {
            "non_personalized"
        }
        .into(),
        keyword_filters: feed.keyword_filters,
    })
}

async fn with_handles(state: &AppState, edges: Vec<EdgeExport>) -> ApiResult<Vec<EdgeFile>> {
    let mut out = Vec::with_capacity(edges.len());
    for edge in edges {
        let handle = match uuid::Uuid::parse_str(&edge.account_id) {
            Ok(other) => state
                .store()
                .directory()
                .lookup_id(AccountId(other))
                .await?
                .map(|e| e.handle.to_string()),
            Err(_) => None,
        };
        out.push(EdgeFile { edge, handle });
    }
    Ok(out)
}

/// Writes the archive into an anonymous temporary file (gone when closed); returns it
/// rewound, with its size. JSON is deflated; the video files are stored as they are
/// (they are compressed already).
fn write_zip(
    entries: Vec<Entry>,
    originals: Vec<(String, PathBuf)>,
) -> anyhow::Result<(std::fs::File, u64)> {
    let mut zip = zip::ZipWriter::new(tempfile::tempfile()?);
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for entry in entries {
        zip.start_file(entry.name, deflated)?;
        zip.write_all(&entry.body)?;
    }
    for (name, path) in originals {
        let mut source = match std::fs::File::open(&path) {
            Ok(f) => f,
            // Deleted since it was listed: leave it out.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e.into()),
        };
        let size = source.metadata()?.len();
        let stored = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .large_file(size >= u64::from(u32::MAX));
        zip.start_file(name, stored)?;
        std::io::copy(&mut source, &mut zip)?;
    }
    let mut file = zip.finish()?;
    let bytes = file.stream_position()?;
    file.rewind()?;
    Ok((file, bytes))
}

/// `attachment; filename="spool-export-<handle>.zip"`, with an RFC 5987 `filename*`
/// for handles outside ASCII.
fn disposition(handle: &str) -> String {
    let ascii: String = handle
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut out = format!("attachment; filename=\"spool-export-{ascii}.zip\"");
    if !handle.is_ascii() {
        let encoded: String = handle
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        out.push_str(&format!("; filename*=UTF-8''spool-export-{encoded}.zip"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_name_is_the_handle_with_a_fallback_for_other_scripts() {
        assert_eq!(
            disposition("ana.b_1"),
            "attachment; filename=\"spool-export-ana.b_1.zip\""
        );
        assert_eq!(
            disposition("ñu"),
            "attachment; filename=\"spool-export-_u.zip\"; filename*=UTF-8''spool-export-%C3%B1u.zip"
        );
    }

    #[test]
    fn the_archive_holds_every_entry_and_the_originals_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let original = dir.path().join("original");
        std::fs::write(&original, b"not really a video").unwrap();
        let entries = vec![Entry {
            name: "a.json",
            body: b"[1, 2]".to_vec(),
        }];
        let originals = vec![
            ("videos/x/original".to_owned(), original),
            ("videos/y/original".to_owned(), dir.path().join("gone")),
        ];
        let (file, bytes) = write_zip(entries, originals).unwrap();
        assert!(bytes > 0);
        let mut archive = zip::ZipArchive::new(file).unwrap();
        assert_eq!(archive.len(), 2, "a file deleted meanwhile is left out");
        let mut body = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("a.json").unwrap(), &mut body).unwrap();
        assert_eq!(body, "[1, 2]");
        let mut video = Vec::new();
        std::io::Read::read_to_end(
            &mut archive.by_name("videos/x/original").unwrap(),
            &mut video,
        )
        .unwrap();
        assert_eq!(video, b"not really a video");
    }
}
