//! Serving media files: HLS playlists and segments, posters, sounds. Range requests,
//! ETags, immutable caching for what never changes. Public videos are served under
//! `/media/v/...` after a (cached) visibility check; everything else only under a
//! signed, expiring `/media/s/...` path (see `media_urls`). Originals are never served.

use std::io::SeekFrom;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use std::time::SystemTime;

use crate::media_cache::{Cached, MediaCache};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use spool_blob::{keys, BlobKey, BlobStore};
use spool_core::{CaptionLang, RegionCode, SoundId, VideoId};
use spool_store::{Cell, ObjectKind};
use tokio::io::{AsyncReadExt, AsyncSeekExt};
use tokio_util::io::ReaderStream;

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::serve::{OpenFile, Sendfile, ZeroCopy};
use crate::state::AppState;

/// Files up to this size are read whole before answering.
const WHOLE_READ_MAX: u64 = 8 << 20;
/// Files from this size on are sent from the file (`sendfile`) rather than copied from
/// memory, where the backend and the connection allow; below it a copy costs less than
/// opening the file.
const SENDFILE_MIN: u64 = 16 << 10;
/// Bigger blobs of an object store are streamed in ranged reads of this size.
const STREAM_PIECE: u64 = 4 << 20;

/// How a kind of file is served.
#[derive(Clone, Copy)]
pub(crate) struct Serving {
    cache_control: &'static str,
    /// Public media may be fetched by any origin's player.
    public: bool,
    /// Never changes once written: may be kept in the memory cache.
    immutable: bool,
}

/// Segments, init files, rendition playlists, posters and sounds of public videos.
const PUBLIC_IMMUTABLE: Serving = Serving {
    cache_control: "public, max-age=31536000, immutable",
    public: true,
    immutable: true,
};
/// A public video's master playlist, which grows as renditions finish.
const PUBLIC_MASTER: Serving = Serving {
    cache_control: "public, max-age=5",
    public: true,
    immutable: false,
};
/// A rendition file through a signed path.
const SIGNED_IMMUTABLE: Serving = Serving {
    cache_control: "private, max-age=3600",
    public: false,
    immutable: true,
};
/// A master playlist or poster through a signed path.
const SIGNED_TOP: Serving = Serving {
    cache_control: "private, no-cache",
    public: false,
    immutable: false,
};

fn not_found() -> ApiError {
    ApiError::not_found("media")
}

/// The blob a top-level name maps to inside a video's folder, and whether it never
/// changes once written.
fn top_file(video: VideoId, name: &str) -> Option<(BlobKey, bool)> {
    match name {
        "master.m3u8" => Some((keys::hls_master(video), false)),
        "poster.jpg" => Some((keys::video_poster(video), true)),
        _ => None,
    }
}

/// The blob of a rendition file; only the names the pipeline writes are allowed.
fn rendition_file(video: VideoId, rendition: &str, name: &str) -> Option<BlobKey> {
    let rendition_ok = rendition.len() <= 5
        && rendition.ends_with('p')
        && rendition[..rendition.len() - 1]
            .chars()
            .all(|c| c.is_ascii_digit())
        && rendition.len() >= 4;
    let name_ok = name == "index.m3u8"
        || name == "init.mp4"
        || name
            .strip_prefix("seg_")
            .and_then(|n| n.strip_suffix(".m4s"))
            .is_some_and(|n| {
                !n.is_empty() && n.len() <= 6 && n.chars().all(|c| c.is_ascii_digit())
            });
    if !(rendition_ok && name_ok) {
        return None;
    }
    keys::rendition_file(video, rendition, name).ok()
}

/// The blob of a caption file under the video's `subs/` path: `<lang>.vtt` (the track)
/// or `<lang>.m3u8` (its subtitle playlist), the language tag in its canonical form.
fn caption_file(video: VideoId, name: &str) -> Option<BlobKey> {
    let (lang, ext) = name.rsplit_once('.')?;
    let parsed = CaptionLang::parse(lang).ok()?;
    if parsed.as_str() != lang {
        return None;
    }
    match ext {
        "vtt" => Some(keys::caption_file(video, &parsed)),
        "m3u8" => Some(keys::caption_playlist(video, &parsed)),
        _ => None,
    }
}

/// The folder name under which a video's caption files are served, beside its
/// renditions (`/media/v/<region>/<video>/subs/en.vtt`).
const CAPTIONS: &str = "subs";

async fn public_video<'a>(
    state: &'a AppState,
    region: &str,
    video: &str,
) -> ApiResult<(&'a Cell, VideoId)> {
    let region = RegionCode::parse(region).map_err(|_| not_found())?;
    let video = VideoId::parse(video).map_err(|_| not_found())?;
    let cell = state.store().cell(&region).ok_or_else(not_found)?;
    if !state.public_media().is_public(state, cell, video).await? {
        return Err(not_found());
    }
    Ok((cell, video))
}

fn signed_video<'a>(
    state: &'a AppState,
    expires: &str,
    signature: &str,
    region: &str,
    video: &str,
) -> ApiResult<(&'a Cell, VideoId)> {
    let region = RegionCode::parse(region).map_err(|_| not_found())?;
    let video = VideoId::parse(video).map_err(|_| not_found())?;
    let expires: i64 = expires.parse().map_err(|_| not_found())?;
    if !state.media_key().verify(&region, video, expires, signature) {
        return Err(ApiError::new(
            crate::error::ErrorCode::Forbidden,
            "this media link is invalid or has expired; fetch the video again for a fresh one",
        ));
    }
    let cell = state.store().cell(&region).ok_or_else(not_found)?;
    Ok((cell, video))
}

/// A public video's master playlist or poster.
#[utoipa::path(get, path = "/media/v/{region}/{video}/{file}", tag = "media",
    params(("region" = String, Path), ("video" = String, Path), ("file" = String, Path, description = "`master.m3u8` or `poster.jpg`")),
    responses((status = 200, description = "The file; Range, ETag and If-None-Match supported"),
        (status = 206, description = "Partial content"), (status = 304, description = "Not modified"),
        (status = 404, body = ErrorBody), (status = 416, description = "Range not satisfiable")))]
pub async fn public_top(
    State(state): State<AppState>,
    Path((region, video, file)): Path<(String, String, String)>,
    headers: HeaderMap,
    Sendfile(zero_copy): Sendfile,
) -> ApiResult<Response> {
    let (cell, video) = public_video(&state, &region, &video).await?;
    let (key, immutable) = top_file(video, &file).ok_or_else(not_found)?;
    let serving = if immutable {
        PUBLIC_IMMUTABLE
    } else {
        PUBLIC_MASTER
    };
    if !immutable {
        return serve_master(&state, cell, video, &key, &headers, serving, zero_copy).await;
    }
    serve_file(&state, cell, &key, &headers, serving, zero_copy).await
}

/// A file of one rendition of a public video: `index.m3u8`, `init.mp4`, `seg_NNNNN.m4s`.
#[utoipa::path(get, path = "/media/v/{region}/{video}/{rendition}/{file}", tag = "media",
    params(("region" = String, Path), ("video" = String, Path), ("rendition" = String, Path, description = "e.g. `360p`"),
        ("file" = String, Path, description = "`index.m3u8`, `init.mp4` or `seg_NNNNN.m4s`")),
    responses((status = 200, description = "The file"), (status = 206, description = "Partial content"),
        (status = 304, description = "Not modified"), (status = 404, body = ErrorBody), (status = 416, description = "Range not satisfiable")))]
pub async fn public_rendition(
    State(state): State<AppState>,
    Path((region, video, rendition, file)): Path<(String, String, String, String)>,
    headers: HeaderMap,
    Sendfile(zero_copy): Sendfile,
) -> ApiResult<Response> {
    let (cell, video) = public_video(&state, &region, &video).await?;
    if rendition == CAPTIONS {
        // A creator may replace a track: revalidated like the master, not immutable.
        let key = caption_file(video, &file).ok_or_else(not_found)?;
        return serve_file(&state, cell, &key, &headers, PUBLIC_MASTER, zero_copy).await;
    }
    let key = rendition_file(video, &rendition, &file).ok_or_else(not_found)?;
    serve_file(&state, cell, &key, &headers, PUBLIC_IMMUTABLE, zero_copy).await
}

/// Master playlist or poster of a non-public video, through a signed, expiring path.
#[utoipa::path(get, path = "/media/s/{expires}/{signature}/{region}/{video}/{file}", tag = "media",
    params(("expires" = i64, Path, description = "Unix seconds"), ("signature" = String, Path),
        ("region" = String, Path), ("video" = String, Path), ("file" = String, Path)),
    responses((status = 200, description = "The file"), (status = 206, description = "Partial content"),
        (status = 304, description = "Not modified"), (status = 403, body = ErrorBody, description = "Bad or expired signature"),
        (status = 404, body = ErrorBody), (status = 416, description = "Range not satisfiable")))]
pub async fn signed_top(
    State(state): State<AppState>,
    Path((expires, signature, region, video, file)): Path<(String, String, String, String, String)>,
    headers: HeaderMap,
    Sendfile(zero_copy): Sendfile,
) -> ApiResult<Response> {
    let (cell, video) = signed_video(&state, &expires, &signature, &region, &video)?;
    let (key, immutable) = top_file(video, &file).ok_or_else(not_found)?;
    if !immutable {
        return serve_master(&state, cell, video, &key, &headers, SIGNED_TOP, zero_copy).await;
    }
    serve_file(&state, cell, &key, &headers, SIGNED_TOP, zero_copy).await
}

/// A rendition file of a non-public video, through a signed, expiring path.
#[utoipa::path(get, path = "/media/s/{expires}/{signature}/{region}/{video}/{rendition}/{file}", tag = "media",
    params(("expires" = i64, Path), ("signature" = String, Path), ("region" = String, Path), ("video" = String, Path),
        ("rendition" = String, Path), ("file" = String, Path)),
    responses((status = 200, description = "The file"), (status = 206, description = "Partial content"),
        (status = 304, description = "Not modified"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 416, description = "Range not satisfiable")))]
pub async fn signed_rendition(
    State(state): State<AppState>,
    Path((expires, signature, region, video, rendition, file)): Path<(
        String,
        String,
        String,
        String,
        String,
        String,
    )>,
    headers: HeaderMap,
    Sendfile(zero_copy): Sendfile,
) -> ApiResult<Response> {
    let (cell, video) = signed_video(&state, &expires, &signature, &region, &video)?;
    if rendition == CAPTIONS {
        let key = caption_file(video, &file).ok_or_else(not_found)?;
        return serve_file(&state, cell, &key, &headers, SIGNED_TOP, zero_copy).await;
    }
    let key = rendition_file(video, &rendition, &file).ok_or_else(not_found)?;
    serve_file(&state, cell, &key, &headers, SIGNED_IMMUTABLE, zero_copy).await
}

/// A video file request answered ahead of the router (see [`direct`]).
pub(crate) struct Direct<'a> {
    /// The route's template, the metrics label the router would give it.
    pub route: &'static str,
    parts: DirectPath<'a>,
}

enum DirectPath<'a> {
    PublicTop([&'a str; 3]),
    PublicRendition([&'a str; 4]),
    SignedTop([&'a str; 5]),
    SignedRendition([&'a str; 6]),
}

impl<'a> Direct<'a> {
    /// The video media route `path` names, when it is one of the four and plain (no
    /// percent escapes, no empty segment): anything else goes through the router,
    /// which answers it the same way or with its own error.
    pub(crate) fn parse(path: &'a str) -> Option<Self> {
        if path.contains('%') {
            return None;
        }
        let rest = path.strip_prefix("/media/")?;
        let (signed, rest) = match rest.split_at_checked(2)? {
            ("v/", rest) => (false, rest),
            ("s/", rest) => (true, rest),
            _ => return None,
        };
        let mut segments = [""; 6];
        let mut count = 0;
        for segment in rest.split('/') {
            if segment.is_empty() || count == segments.len() {
                return None;
            }
            segments[count] = segment;
            count += 1;
        }
        let s = segments;
        let (route, parts) = match (signed, count) {
            (false, 3) => (
                "/media/v/{region}/{video}/{file}",
                DirectPath::PublicTop([s[0], s[1], s[2]]),
            ),
            (false, 4) => (
                "/media/v/{region}/{video}/{rendition}/{file}",
                DirectPath::PublicRendition([s[0], s[1], s[2], s[3]]),
            ),
            (true, 5) => (
                "/media/s/{expires}/{signature}/{region}/{video}/{file}",
                DirectPath::SignedTop([s[0], s[1], s[2], s[3], s[4]]),
            ),
            (true, 6) => (
                "/media/s/{expires}/{signature}/{region}/{video}/{rendition}/{file}",
                DirectPath::SignedRendition(s),
            ),
            _ => return None,
        };
        Some(Self { route, parts })
    }

    /// The answer, by the very handlers the router calls.
    pub(crate) async fn answer(
        self,
        state: AppState,
        headers: HeaderMap,
        zero_copy: Option<ZeroCopy>,
    ) -> Response {
        let own = |s: &str| s.to_owned();
        let sendfile = Sendfile(zero_copy);
        match self.parts {
            DirectPath::PublicTop([r, v, f]) => {
                public_top(
                    State(state),
                    Path((own(r), own(v), own(f))),
                    headers,
                    sendfile,
                )
                .await
            }
            DirectPath::PublicRendition([r, v, n, f]) => {
                let path = Path((own(r), own(v), own(n), own(f)));
                public_rendition(State(state), path, headers, sendfile).await
            }
            DirectPath::SignedTop([e, g, r, v, f]) => {
                let path = Path((own(e), own(g), own(r), own(v), own(f)));
                signed_top(State(state), path, headers, sendfile).await
            }
            DirectPath::SignedRendition([e, g, r, v, n, f]) => {
                let path = Path((own(e), own(g), own(r), own(v), own(n), own(f)));
                signed_rendition(State(state), path, headers, sendfile).await
            }
        }
        .into_response()
    }
}

/// A sound's audio (AAC in MP4), for sounds whose original video is public.
#[utoipa::path(get, path = "/media/sounds/{region}/{file}", tag = "media",
    params(("region" = String, Path), ("file" = String, Path, description = "`<sound id>.m4a`")),
    responses((status = 200, description = "audio/mp4"), (status = 206, description = "Partial content"),
        (status = 404, body = ErrorBody)))]
pub async fn sound(
    State(state): State<AppState>,
    Path((region, file)): Path<(String, String)>,
    headers: HeaderMap,
    Sendfile(zero_copy): Sendfile,
) -> ApiResult<Response> {
    let region = RegionCode::parse(&region).map_err(|_| not_found())?;
    let id = file
        .strip_suffix(".m4a")
        .and_then(|id| SoundId::parse(id).ok())
        .ok_or_else(not_found)?;
    if state
        .store()
        .directory()
        .locate(ObjectKind::Sound, id.0)
        .await?
        .as_ref()
        != Some(&region)
    {
        return Err(not_found());
    }
    let cell = state.store().cell(&region).ok_or_else(not_found)?;
    let sound = cell.sound(id).await?.ok_or_else(not_found)?;
    if !state
        .public_media()
        .is_public(&state, cell, sound.video_id)
        .await?
    {
        return Err(not_found());
    }
    serve_file(
        &state,
        cell,
        &keys::sound(id),
        &headers,
        PUBLIC_IMMUTABLE,
        zero_copy,
    )
    .await
}

/// A profile photo (JPEG, 512 or 128 px): public like the profile, immutable (a new photo
/// has a new address).
#[utoipa::path(get, path = "/media/photos/{region}/{file}", tag = "media",
    params(("region" = String, Path), ("file" = String, Path, description = "`<account id>-<version>-<side>.jpg`, as `photo_url`/`avatar_url` give it")),
    responses((status = 200, description = "image/jpeg; ETag and If-None-Match supported"), (status = 304, description = "Not modified"),
        (status = 404, body = ErrorBody, description = "No such photo, or not the account's current one")))]
pub async fn photo(
    State(state): State<AppState>,
    Path((region, file)): Path<(String, String)>,
    headers: HeaderMap,
    Sendfile(zero_copy): Sendfile,
) -> ApiResult<Response> {
    let (cell, key) = crate::services::photos::served(&state, &region, &file).await?;
    serve_file(&state, cell, &key, &headers, PUBLIC_IMMUTABLE, zero_copy).await
}

fn content_type(key: &BlobKey) -> &'static str {
    match key.name().rsplit_once('.').map(|(_, ext)| ext) {
        Some("m3u8") => "application/vnd.apple.mpegurl",
        Some("m4s") => "video/iso.segment",
        Some("mp4") => "video/mp4",
        Some("m4a") => "audio/mp4",
        Some("jpg") => "image/jpeg",
        Some("vtt") => "text/vtt; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A master playlist: as stored, or, for a video with caption tracks, with them as its
/// subtitle renditions (composed per request; its ETag is the hash of what is sent).
async fn serve_master(
    state: &AppState,
    cell: &Cell,
    video: VideoId,
    key: &BlobKey,
    headers: &HeaderMap,
    serving: Serving,
    zero_copy: Option<ZeroCopy>,
) -> ApiResult<Response> {
    let Some(text) = crate::services::captions::master_playlist(state, cell, video).await? else {
        return serve_file(state, cell, key, headers, serving, zero_copy).await;
    };
    let etag = {
        use sha2::Digest;
        hex::encode(&sha2::Sha256::digest(text.as_bytes())[..16])
    };
    let loaded = Loaded::new(
        text.len() as u64,
        &etag,
        None,
        Source::Memory(Bytes::from(text)),
    )?;
    respond(loaded, key, headers, serving, None).await
}

/// A single byte range of a file of `len` bytes: `Ok(None)` for no (usable) Range
/// header, `Err(())` when it cannot be satisfied.
fn parse_range(raw: &str, len: u64) -> Result<Option<(u64, u64)>, ()> {
    let Some(spec) = raw.trim().strip_prefix("bytes=") else {
        return Ok(None);
    };
    if spec.contains(',') {
        return Ok(None); // multiple ranges: answer with the whole file
    }
    let (start, end) = spec.split_once('-').ok_or(())?;
    let (start, end) = match (start.trim(), end.trim()) {
        ("", suffix) => {
            let n: u64 = suffix.parse().map_err(|_| ())?;
            if n == 0 {
                return Err(());
            }
            (len.saturating_sub(n), len.checked_sub(1).ok_or(())?)
        }
        (s, "") => (s.parse().map_err(|_| ())?, len.checked_sub(1).ok_or(())?),
        (s, e) => {
            let (s, e): (u64, u64) = (s.parse().map_err(|_| ())?, e.parse().map_err(|_| ())?);
            (s, e.min(len.saturating_sub(1)))
        }
    };
    if start >= len || start > end {
        return Err(());
    }
    Ok(Some((start, end)))
}

/// Where a file's bytes come from.
enum Source {
    Memory(Bytes),
    Disk(tokio::fs::File),
    /// A big blob of an object store, read range by range as the body is sent.
    Blob(Arc<dyn BlobStore>),
}

/// What is served: its size, the header values made from its metadata, and its bytes.
struct Loaded {
    len: u64,
    /// Quoted.
    etag: HeaderValue,
    last_modified: Option<HeaderValue>,
    modified: Option<SystemTime>,
    /// The local file a `Memory` source was read from, when it is kept open.
    file: Option<OpenFile>,
    source: Source,
}

impl Loaded {
    fn new(len: u64, etag: &str, modified: Option<SystemTime>, source: Source) -> ApiResult<Self> {
        let etag = HeaderValue::try_from(format!("\"{etag}\"")).map_err(ApiError::internal)?;
        Ok(Self {
            len,
            etag,
            last_modified: modified
                .and_then(|m| HeaderValue::try_from(crate::media_cache::httpdate(m)).ok()),
            modified,
            file: None,
            source,
        })
    }

    /// A hit of the memory cache: shares its bytes and header values.
    fn cached(hit: &Cached) -> Self {
        Self {
            len: hit.bytes.len() as u64,
            etag: hit.etag.clone(),
            last_modified: Some(hit.last_modified.clone()),
            modified: Some(hit.modified),
            file: hit.file.clone(),
            source: Source::Memory(hit.bytes.clone()),
        }
    }
}

/// Puts a file read whole into the memory cache (when it may be cached), with the
/// local file it was read from (if any, kept open for `sendfile`), and serves it.
fn remember(
    cache: Option<&MediaCache>,
    name: &str,
    bytes: Bytes,
    etag: &str,
    modified: Option<SystemTime>,
    file: Option<OpenFile>,
) -> ApiResult<Loaded> {
    if let (Some(cache), Some(m)) = (cache, modified) {
        if let Some(mut entry) = Cached::new(bytes.clone(), etag, m) {
            entry.file = file.filter(|_| bytes.len() as u64 >= SENDFILE_MIN);
            return Ok(Loaded::cached(&cache.insert(name, entry)));
        }
    }
    let loaded = Loaded::new(bytes.len() as u64, etag, modified, Source::Memory(bytes))?;
    Ok(Loaded { file, ..loaded })
}

/// Opens a local file; small immutable ones come from (and go into) the memory cache.
async fn load_file(
    path: &std::path::Path,
    name: &str,
    cache: Option<&MediaCache>,
) -> ApiResult<Loaded> {
    if let Some(hit) = cache.and_then(|c| c.get(name)) {
        return Ok(Loaded::cached(&hit));
    }
    let mut file = match tokio::fs::File::open(path).await {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(not_found()),
        Err(e) => return Err(ApiError::internal(e)),
    };
    let meta = file.metadata().await.map_err(ApiError::internal)?;
    if !meta.is_file() {
        return Err(not_found());
    }
    let len = meta.len();
    let modified = meta.modified().ok();
    // The local blob store's ETag (and the one these routes always sent).
    let mtime_ns = modified
        .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let etag = format!("{len:x}-{mtime_ns:x}");
    // Segments are small: one read into memory costs one trip to the blocking pool,
    // where streaming costs one per chunk. Larger files are streamed in big chunks.
    if len <= WHOLE_READ_MAX {
        let mut buf = Vec::with_capacity(len as usize);
        (&mut file)
            .take(len)
            .read_to_end(&mut buf)
            .await
            .map_err(ApiError::internal)?;
        let file = Arc::new(file.into_std().await);
        return remember(cache, name, Bytes::from(buf), &etag, modified, Some(file));
    }
    Loaded::new(len, &etag, modified, Source::Disk(file))
}

/// A blob of a store without local files: its metadata first (a HEAD), then small blobs
/// whole (and into the memory cache), big ones as ranged reads while the body is sent.
/// No bytes for a conditional request that the ETag answers.
async fn load_blob(
    blobs: Arc<dyn BlobStore>,
    key: &BlobKey,
    name: &str,
    cache: Option<&MediaCache>,
    headers: &HeaderMap,
) -> ApiResult<Loaded> {
    if let Some(hit) = cache.and_then(|c| c.get(name)) {
        return Ok(Loaded::cached(&hit));
    }
    let meta = blobs
        .head(key)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(not_found)?;
    let unread = |source| Loaded::new(meta.len, &meta.etag, Some(meta.modified), source);
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| etag_matches(v, format!("\"{}\"", meta.etag).as_bytes()))
    {
        return unread(Source::Memory(Bytes::new()));
    }
    if meta.len > WHOLE_READ_MAX {
        return unread(Source::Blob(blobs));
    }
    let bytes = match blobs.get(key).await {
        Ok(b) => b,
        Err(e) if e.is_not_found() => return Err(not_found()),
        Err(e) => return Err(ApiError::internal(e)),
    };
    remember(cache, name, bytes, &meta.etag, Some(meta.modified), None)
}

/// Whether an `If-None-Match` header names this (quoted) ETag, or is `*`.
fn etag_matches(header: &HeaderValue, etag: &[u8]) -> bool {
    header.as_bytes().split(|b| *b == b',').any(|t| {
        let t = t.trim_ascii();
        t == etag || t == b"*"
    })
}

/// Serves one media blob of `cell` with ETag, conditional GET and single-range support:
/// from the memory cache when it holds the blob (and may: `serving.immutable`), else
/// from the local file where the backend has one, else from the object store through
/// this node.
pub(crate) async fn serve_file(
    state: &AppState,
    cell: &Cell,
    key: &BlobKey,
    headers: &HeaderMap,
    serving: Serving,
    zero_copy: Option<ZeroCopy>,
) -> ApiResult<Response> {
    let name = crate::media_cache::name(cell.region(), key);
    let memory = serving.immutable.then(|| state.media_cache());
    let loaded = match memory.and_then(|c| c.get(&name)) {
        Some(hit) => Loaded::cached(&hit),
        None => {
            let blobs = state.media().shared(cell).map_err(ApiError::internal)?;
            match blobs.local_path(key) {
                Some(path) => load_file(&path, &name, memory).await?,
                None => load_blob(blobs, key, &name, memory, headers).await?,
            }
        }
    };
    // Big files in memory go out from the file itself where the connection can (see
    // `serve.rs`).
    let sendfile = zero_copy
        .filter(|_| {
            state.config().media.sendfile
                && loaded.len >= SENDFILE_MIN
                && matches!(loaded.source, Source::Memory(_))
        })
        .and_then(|zero_copy| {
            let file = match &loaded.file {
                Some(file) => Arc::clone(file),
                None => reopen(&state.media().local_path(cell, key)?, &loaded)?,
            };
            Some((zero_copy, file))
        });
    respond(loaded, key, headers, serving, sendfile).await
}

/// The local file at `path` when it is still the one `loaded` was read from (same
/// length and time; media files never change once written, but they may be deleted),
/// for an entry of the memory cache that keeps no file open.
fn reopen(path: &std::path::Path, loaded: &Loaded) -> Option<OpenFile> {
    // Opened on this thread, as nginx does: the file was just served, so this is a
    // lookup in the kernel's caches.
    let file = std::fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    (meta.len() == loaded.len
        && loaded.modified.is_some()
        && meta.modified().ok() == loaded.modified)
        .then(|| Arc::new(file))
}

/// The answer for a loaded file: 200, 206 (one range), 304 or 416.
async fn respond(
    loaded: Loaded,
    key: &BlobKey,
    headers: &HeaderMap,
    serving: Serving,
    sendfile: Option<(ZeroCopy, OpenFile)>,
) -> ApiResult<Response> {
    let Loaded {
        len,
        etag,
        last_modified,
        source,
        ..
    } = loaded;
    let mut out = HeaderMap::with_capacity(9);
    let unchanged = headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| etag_matches(v, etag.as_bytes()));
    let if_range_ok = headers
        .get(header::IF_RANGE)
        .is_none_or(|v| v.as_bytes().trim_ascii() == etag.as_bytes());
    out.insert(header::ETAG, etag);
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(serving.cache_control),
    );
    out.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    out.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(key)),
    );
    if serving.public {
        out.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    if let Some(m) = last_modified {
        out.insert(header::LAST_MODIFIED, m);
    }
    if unchanged {
        return Ok(with_headers(StatusCode::NOT_MODIFIED, out, Body::empty()));
    }
    let range = match headers.get(header::RANGE).and_then(|v| v.to_str().ok()) {
        Some(raw) if if_range_ok => match parse_range(raw, len) {
            Ok(r) => r,
            Err(()) => {
                let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
                if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
                    response.headers_mut().insert(header::CONTENT_RANGE, v);
                }
                return Ok(response);
            }
        },
        _ => None,
    };
    let (status, start, count) = match range {
        Some((start, end)) => {
            if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")) {
                out.insert(header::CONTENT_RANGE, v);
            }
            (StatusCode::PARTIAL_CONTENT, start, end - start + 1)
        }
        None => (StatusCode::OK, 0, len),
    };
    out.insert(header::CONTENT_LENGTH, HeaderValue::from(count));
    let body = match source {
        Source::Memory(bytes) => {
            let body = if start == 0 && count == len {
                bytes
            } else {
                bytes.slice(start as usize..(start + count) as usize)
            };
            if let Some((zero_copy, file)) = sendfile {
                zero_copy.offer(body.clone(), file, start);
            }
            Body::from(body)
        }
        Source::Disk(mut file) => {
            if start > 0 {
                file.seek(SeekFrom::Start(start))
                    .await
                    .map_err(ApiError::internal)?;
            }
            Body::from_stream(ReaderStream::with_capacity(file.take(count), 1 << 20))
        }
        Source::Blob(blobs) => Body::from_stream(ranged_reads(blobs, key.clone(), start, count)),
    };
    Ok(with_headers(status, out, body))
}

fn with_headers(status: StatusCode, headers: HeaderMap, body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response
}

/// `count` bytes of a blob from `start`, as a stream of ranged reads.
fn ranged_reads(
    blobs: Arc<dyn BlobStore>,
    key: BlobKey,
    start: u64,
    count: u64,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Send {
    let end = start + count;
    futures_util::stream::try_unfold(start, move |at| {
        let (blobs, key) = (Arc::clone(&blobs), key.clone());
        async move {
            if at >= end {
                return Ok(None);
            }
            let to = end.min(at + STREAM_PIECE);
            let bytes = blobs
                .get_range(&key, at..to)
                .await
                .map_err(std::io::Error::other)?;
            if bytes.is_empty() {
                return Err(std::io::Error::other(format!("{key} ended early")));
            }
            let next = at + bytes.len() as u64;
            Ok(Some((bytes, next)))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-9", 100), Ok(Some((0, 9))));
        assert_eq!(parse_range("bytes=90-", 100), Ok(Some((90, 99))));
        assert_eq!(parse_range("bytes=-10", 100), Ok(Some((90, 99))));
        assert_eq!(parse_range("bytes=-200", 100), Ok(Some((0, 99))));
        assert_eq!(parse_range("bytes=50-500", 100), Ok(Some((50, 99))));
        assert_eq!(parse_range("bytes=0-1,5-6", 100), Ok(None));
        assert_eq!(parse_range("items=0-1", 100), Ok(None));
        assert_eq!(parse_range("bytes=100-", 100), Err(()));
        assert_eq!(parse_range("bytes=5-1", 100), Err(()));
        assert_eq!(parse_range("bytes=x-y", 100), Err(()));
        assert_eq!(parse_range("bytes=0-0", 0), Err(()));
    }

    #[test]
    fn only_plain_video_media_paths_skip_the_router() {
        let route = |p: &str| Direct::parse(p).map(|d| d.route);
        assert_eq!(
            route("/media/v/eu/abc/poster.jpg"),
            Some("/media/v/{region}/{video}/{file}")
        );
        assert_eq!(
            route("/media/v/eu/abc/360p/seg_00000.m4s"),
            Some("/media/v/{region}/{video}/{rendition}/{file}")
        );
        assert_eq!(
            route("/media/s/1/sig/eu/abc/master.m3u8"),
            Some("/media/s/{expires}/{signature}/{region}/{video}/{file}")
        );
        assert_eq!(
            route("/media/s/1/sig/eu/abc/360p/init.mp4"),
            Some("/media/s/{expires}/{signature}/{region}/{video}/{rendition}/{file}")
        );
        for other in [
            "/media/v/eu/abc",
            "/media/v/eu/abc/360p/seg/x",
            "/media/v/eu//poster.jpg",
            "/media/v/eu/abc/poster.jpg/",
            "/media/v/eu/abc/p%6Fster.jpg",
            "/media/s/1/sig/eu/abc",
            "/media/s/1/sig/eu/abc/360p/init.mp4/x",
            "/media/sounds/eu/x.m4a",
            "/media/photos/eu/x.jpg",
            "/media/x/eu/abc/poster.jpg",
            "/media/",
            "/api/v1/media/v/eu/abc/poster.jpg",
        ] {
            assert_eq!(route(other), None, "{other}");
        }
    }

    #[test]
    fn only_pipeline_file_names_are_served() {
        let dir = VideoId::new();
        assert!(rendition_file(dir, "360p", "seg_00001.m4s").is_some());
        assert!(rendition_file(dir, "1080p", "init.mp4").is_some());
        for (r, f) in [
            ("..", "x"),
            ("360p", "../../original"),
            ("360p", "seg_.m4s"),
            ("abc", "index.m3u8"),
            ("360p", "original"),
        ] {
            assert!(rendition_file(dir, r, f).is_none(), "{r}/{f}");
        }
        assert!(top_file(dir, "original").is_none());
        assert!(caption_file(dir, "en.vtt").is_some());
        assert!(caption_file(dir, "pt-BR.m3u8").is_some());
        for name in [
            "pt-br.vtt",
            "en.srt",
            "../en.vtt",
            "en",
            "xx_YY.vtt",
            ".vtt",
        ] {
            assert!(caption_file(dir, name).is_none(), "{name}");
        }
    }
}
