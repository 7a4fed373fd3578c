//! Keeps the feed engine in step with the store: the catalog of public videos, the
//! events (stored in the viewer's home cell, then applied), snapshots and their replay.
//!
//! Placement: the catalog snapshot (videos, feature rows, trending, test audiences) holds
//! nothing personal and lives in `<data>/feed/`; each viewer's learned state is personal
//! and is snapshotted into the viewer's home cell, `regions/<code>/feed/viewers.bin`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use spool_core::{AccountId, RegionCode, VideoId};
use spool_feed::{EventKind, VideoMeta};
use spool_store::{Cell, NewFeedEvent, VideoRecord};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub(crate) fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Creators under this age are not recommended to accounts that do not follow them.
const FOR_YOU_MIN_AGE: u32 = 16;

/// The caption's language (ISO 639-1), when it is long enough to tell.
pub(crate) fn detect_language(caption: &str) -> Option<String> {
    let text: String = caption
        .split_whitespace()
        .filter(|w| !w.starts_with('#') && !w.starts_with('@'))
        .collect::<Vec<_>>()
        .join(" ");
    let info = whatlang::detect(&text)?;
    if !info.is_reliable() && text.chars().count() < 40 {
        return None;
    }
    iso639_1(info.lang()).map(str::to_owned)
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Deu => "de",
        Spa => "es",
        Fra => "fr",
        Por => "pt",
        Ita => "it",
        Nld => "nl",
        Jpn => "ja",
        Kor => "ko",
        Cmn => "zh",
        Hin => "hi",
        Ara => "ar",
        Rus => "ru",
        Tur => "tr",
        Pol => "pl",
        Ind => "id",
        Vie => "vi",
        Tha => "th",
        Ukr => "uk",
        Swe => "sv",
        _ => return None,
    })
}

/// The viewer's language from `Accept-Language` (primary subtag, lowercased).
pub(crate) fn language_from_header(header: Option<&str>) -> Option<String> {
    let first = header?.split(',').next()?.split(';').next()?.trim();
    let primary = first.split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.chars().all(|c| c.is_ascii_lowercase())).then_some(primary)
}

/// What the feed needs to know of a video, if it belongs in the catalog (public, ready,
/// from a public account).
pub(crate) async fn video_meta(
    state: &AppState,
    cell: &Cell,
    video: &VideoRecord,
) -> ApiResult<Option<VideoMeta>> {
    if video.visibility != spool_core::Visibility::Public
        || video.state != spool_store::VideoState::Ready
    {
        return Ok(None);
    }
    let Some(account) = cell.account(video.account_id).await? else {
        return Ok(None);
    };
    if account.is_private {
        return Ok(None);
    }
    let young = cell
        .personal(video.account_id)
        .await?
        .is_some_and(|p| p.birth_date.age_on(state.today()).0 < FOR_YOU_MIN_AGE);
    let (tags, _) = spool_core::tags_and_mentions(video.caption.as_str());
    Ok(Some(VideoMeta {
        id: video.id.0.as_u128(),
        creator: video.account_id.0.as_u128(),
        creator_handle: account.handle.to_string(),
        region: cell.region().to_string(),
        sound: video.sound_id.map(|s| s.0.as_u128()),
        hashtags: tags,
        language: detect_language(video.caption.as_str()),
        caption: video.caption.as_str().to_lowercase(),
        created_at: video.created_at.timestamp(),
        duration_ms: u32::try_from(video.duration_ms.unwrap_or(0).max(0)).unwrap_or(u32::MAX),
        followers_only_feed: young,
    }))
}

/// Puts a video in the feed's catalog, or takes it out when it does not belong there.
pub(crate) async fn sync_video(state: &AppState, cell: &Cell, id: VideoId) {
    let result = async {
        match cell.video(id).await? {
            Some(v) => match video_meta(state, cell, &v).await? {
                Some(meta) => state.feed().upsert_video(meta),
                None => state.feed().remove_video(id.0.as_u128()),
            },
            None => state.feed().remove_video(id.0.as_u128()),
        }
        Ok::<_, ApiError>(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = e.message, "cannot update the feed's catalog");
    }
}

/// Parses a stored event kind back into the engine's form.
fn stored_kind(kind: &str, watched_ms: i64, replays: i64) -> Option<EventKind> {
    let watched_ms = u32::try_from(watched_ms.max(0)).unwrap_or(u32::MAX);
    let replays = u32::try_from(replays.max(0)).unwrap_or(u32::MAX);
    Some(match kind {
        "impression" => EventKind::Impression,
        "view" => EventKind::View {
            watched_ms,
            replays,
        },
        "skip" => EventKind::Skip { watched_ms },
        "replay" => EventKind::Replay,
        "not_interested" => EventKind::NotInterested,
        "like" => EventKind::Like,
        "comment" => EventKind::Comment,
        "share" => EventKind::Share,
        _ => return None,
    })
}

pub(crate) fn kind_name(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::Impression => "impression",
        EventKind::View { .. } => "view",
        EventKind::Skip { .. } => "skip",
        EventKind::Replay => "replay",
        EventKind::NotInterested => "not_interested",
        EventKind::Like => "like",
        EventKind::Comment => "comment",
        EventKind::Share => "share",
    }
}

fn stored_event(kind: &EventKind, subject: Uuid) -> NewFeedEvent {
    let (watched_ms, replays) = match kind {
        EventKind::View {
            watched_ms,
            replays,
        } => (i64::from(*watched_ms), i64::from(*replays)),
        EventKind::Skip { watched_ms } => (i64::from(*watched_ms), 0),
        _ => (0, 0),
    };
    NewFeedEvent {
        subject,
        kind: kind_name(kind),
        watched_ms,
        replays,
    }
}

/// Stores events in the viewer's home cell, then applies them (under one lock, so the
/// region's watermark only ever covers applied events). Returns what each did.
pub(crate) async fn ingest(
    state: &AppState,
    viewer: AccountId,
    region: &RegionCode,
    events: &[(VideoId, EventKind)],
) -> ApiResult<Vec<Result<spool_feed::engine::Recorded, spool_feed::engine::EventError>>> {
    let cell = state
        .store()
        .cell(region)
        .ok_or_else(ApiError::unauthenticated)?;
    // Capped before storing: the history (and its export) holds what the answer says
    // was recorded.
    let capped: Vec<(VideoId, EventKind, Option<u32>)> = events
        .iter()
        .map(|(v, k)| {
            let (k, cap) = cap_watch(state, *v, *k);
            (*v, k, cap)
        })
        .collect();
    let stored: Vec<NewFeedEvent> = capped
        .iter()
        .map(|(v, k, _)| stored_event(k, v.0))
        .collect();
    let _guard = state.feed_ingest().lock().await;
    let ids = cell.add_feed_events(viewer, &stored).await?;
    let now = now_secs();
    Ok(capped
        .iter()
        .zip(ids)
        .map(|((video, kind, cap), id)| {
            state
                .feed()
                .record(
                    viewer.0.as_u128(),
                    region.as_str(),
                    video.0.as_u128(),
                    *kind,
                    now,
                    Some(id),
                )
                .map(|mut r| {
                    r.capped_to_ms = r.capped_to_ms.or(*cap);
                    r
                })
        })
        .collect())
}

/// The longest watch time an event can truthfully report: the clip's length times its
/// plays (1 + replays, at most 21), plus 2 s of slack — the bound the feed engine applies.
/// Returns the event with its watch time cut down to that, and the cap if it applied.
fn cap_watch(state: &AppState, video: VideoId, kind: EventKind) -> (EventKind, Option<u32>) {
    let Some(duration) = state.feed().video_duration_ms(video.0.as_u128()) else {
        return (kind, None);
    };
    let max = |replays: u32| {
        duration
            .max(1)
            .saturating_mul(replays.min(20) + 1)
            .saturating_add(2000)
    };
    match kind {
        EventKind::View {
            watched_ms,
            replays,
        } if watched_ms > max(replays) => (
            EventKind::View {
                watched_ms: max(replays),
                replays,
            },
            Some(max(replays)),
        ),
        EventKind::Skip { watched_ms } if watched_ms > max(0) => {
            (EventKind::Skip { watched_ms: max(0) }, Some(max(0)))
        }
        kind => (kind, None),
    }
}

/// A like, comment or share made through the social routes also trains the feed.
pub(crate) async fn social_event(
    state: &AppState,
    viewer: AccountId,
    region: &RegionCode,
    video: VideoId,
    kind: EventKind,
) {
    if !state.feed().contains_video(video.0.as_u128()) {
        return;
    }
    if let Err(e) = ingest(state, viewer, region, &[(video, kind)]).await {
        tracing::warn!(error = e.message, "cannot record a feed event");
    }
}

/// Following an account moves the follower's taste towards the creator.
pub(crate) async fn follow_event(
    state: &AppState,
    viewer: AccountId,
    region: &RegionCode,
    creator: AccountId,
) {
    let Some(cell) = state.store().cell(region) else {
        return;
    };
    let event = NewFeedEvent {
        subject: creator.0,
        kind: "follow",
        watched_ms: 0,
        replays: 0,
    };
    let _guard = state.feed_ingest().lock().await;
    match cell.add_feed_events(viewer, &[event]).await {
        Ok(ids) => {
            let feed = state.feed();
            feed.record_follow(
                viewer.0.as_u128(),
                region.as_str(),
                creator.0.as_u128(),
                now_secs(),
            );
            if let Some(id) = ids.first() {
                feed.advance_watermark(region.as_str(), *id);
            }
        }
        Err(e) => tracing::warn!(error = %e, "cannot record a follow event"),
    }
}

/// "Reset my recommendations": a `reset` event (so a replay after a restart resets too)
/// and the viewer's learned state wiped.
pub(crate) async fn reset(
    state: &AppState,
    viewer: AccountId,
    region: &RegionCode,
) -> ApiResult<()> {
    let cell = state
        .store()
        .cell(region)
        .ok_or_else(ApiError::unauthenticated)?;
    let event = NewFeedEvent {
        subject: Uuid::nil(),
        kind: "reset",
        watched_ms: 0,
        replays: 0,
    };
    let _guard = state.feed_ingest().lock().await;
    let ids = cell.add_feed_events(viewer, &[event]).await?;
    state.feed().reset_viewer(viewer.0.as_u128());
    if let Some(id) = ids.first() {
        state.feed().advance_watermark(region.as_str(), *id);
    }
    Ok(())
}

fn catalog_path(state: &AppState) -> PathBuf {
    state.config().data_dir.join("feed").join("catalog.bin")
}

fn viewers_path(cell: &Cell) -> PathBuf {
    let dir = cell
        .db_path()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    dir.join("feed").join("viewers.bin")
}

fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)
}

/// Writes the catalog snapshot and one viewers snapshot per region.
pub async fn save(state: &AppState) -> anyhow::Result<()> {
    let state = state.clone();
    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        // Viewers first: their watermark may then only be older than the catalog's,
        // which replays a few events into the catalog twice at worst (trending counts
        // one event double), never drops one.
        let _guard = state.feed_ingest().blocking_lock();
        for region in state.store().regions() {
            if let Some(cell) = state.store().cell(region) {
                let bytes = state.feed().snapshot_viewers(region.as_str())?;
                write_atomic(&viewers_path(cell), &bytes)?;
            }
        }
        let bytes = state.feed().snapshot_catalog()?;
        write_atomic(&catalog_path(&state), &bytes)?;
        Ok(())
    })
    .await?
}

/// At start: every public video into the catalog, the snapshots back, the events since
/// replayed, the nearest-neighbour index built.
pub async fn load(state: &AppState) -> anyhow::Result<()> {
    let feed = state.feed();
    let mut videos = 0usize;
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        for video in cell.all_public_videos().await? {
            if let Some(meta) = video_meta(state, cell, &video)
                .await
                .map_err(|e| anyhow::anyhow!(e.message))?
            {
                feed.upsert_video(meta);
                videos += 1;
            }
        }
    }
    let mut watermarks = std::collections::BTreeMap::new();
    match std::fs::read(catalog_path(state)) {
        Ok(bytes) => match feed.restore_catalog(&bytes) {
            Ok(w) => watermarks = w,
            Err(e) => {
                tracing::warn!(error = %e, "the feed's catalog snapshot is unreadable; starting from the events")
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e.into()),
    }
    let mut replayed = 0usize;
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        let mut from = watermarks.get(region.as_str()).copied().unwrap_or(0);
        match std::fs::read(viewers_path(cell)) {
            Ok(bytes) => match feed.restore_viewers(&bytes) {
                Ok((_, w)) => from = from.min(w),
                Err(e) => {
                    tracing::warn!(region = %region, error = %e, "a viewers snapshot is unreadable; replaying all events");
                    from = 0;
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => from = 0,
            Err(e) => return Err(e.into()),
        }
        loop {
            let batch = cell.feed_events_after(from, 5000).await?;
            let Some(last) = batch.last() else { break };
            from = last.id;
            for e in &batch {
                replay(state, region, e);
                replayed += 1;
            }
        }
        feed.advance_watermark(region.as_str(), from);
    }
    let indexed = tokio::task::spawn_blocking({
        let state = state.clone();
        move || state.feed().rebuild_ann()
    })
    .await?;
    tracing::info!(videos, replayed, indexed, "feed ready");
    Ok(())
}

fn replay(state: &AppState, region: &RegionCode, e: &spool_store::FeedEvent) {
    let feed = state.feed();
    let viewer = e.account_id.0.as_u128();
    let at = e.created_at_ms / 1000;
    match e.kind.as_str() {
        "reset" => feed.reset_viewer(viewer),
        "follow" => feed.record_follow(viewer, region.as_str(), e.subject.as_u128(), at),
        kind => {
            if let Some(k) = stored_kind(kind, e.watched_ms, e.replays) {
                // A video that is gone since is simply skipped.
                let _ = feed.record(
                    viewer,
                    region.as_str(),
                    e.subject.as_u128(),
                    k,
                    at,
                    Some(e.id),
                );
            }
        }
    }
    feed.advance_watermark(region.as_str(), e.id);
}

/// Background upkeep: the nearest-neighbour index, snapshots, row expiry, event
/// retention.
pub fn spawn_maintenance(state: AppState) -> tokio::task::JoinHandle<()> {
    let ann_every = Duration::from_secs(state.config().feed.ann_rebuild_secs.max(1));
    let snap_every = Duration::from_secs(state.config().feed.snapshot_secs.max(1));
    tokio::spawn(async move {
        let mut ann = tokio::time::interval(ann_every);
        let mut snap = tokio::time::interval(snap_every);
        let mut daily = tokio::time::interval(Duration::from_secs(3600));
        let mut lists = tokio::time::interval(Duration::from_secs(1));
        ann.tick().await;
        snap.tick().await;
        loop {
            tokio::select! {
                _ = lists.tick() => {
                    let s = state.clone();
                    let _ = tokio::task::spawn_blocking(move || s.feed().maintain(now_secs())).await;
                }
                _ = ann.tick() => {
                    let s = state.clone();
                    let _ = tokio::task::spawn_blocking(move || s.feed().rebuild_ann()).await;
                }
                _ = snap.tick() => {
                    if let Err(e) = save(&state).await {
                        tracing::warn!(error = %e, "cannot snapshot the feed");
                    }
                }
                _ = daily.tick() => {
                    state.feed().expire(now_secs());
                    let days = i64::from(state.config().feed.event_retention_days);
                    let before = spool_store::now_ms() - days * 86_400_000;
                    for region in state.store().regions() {
                        if let Some(cell) = state.store().cell(region) {
                            if let Err(e) = cell.prune_feed_events(before).await {
                                tracing::warn!(error = %e, "cannot prune feed events");
                            }
                        }
                    }
                }
            }
        }
    })
}
