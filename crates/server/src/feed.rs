//! Keeps the feed engine in step with the store: the catalog of public videos, the
//! events (stored in the viewer's home cell, then applied), snapshots and their replay.
//!
//! Placement: the catalog snapshot (videos, feature rows, trending, test audiences) holds
//! nothing personal and lives in `<state>/feed/`; each viewer's learned state is personal
//! and is snapshotted per home region, `<state>/regions/<code>/feed/viewers.bin` (the
//! node's state folder is the data folder unless `state_dir` says otherwise, so by
//! default that is the viewer's home cell folder).
//!
//! Several API nodes: each stored event is also published on the bus
//! ([`crate::bus::Bus::event`]) and applied by the other nodes ([`apply_remote`]), so
//! every node's engine learns from every event.

use std::path::{Path, PathBuf};

use spool_core::{AccountId, FeedEventKind, RegionCode, VideoId};
use spool_feed::EventKind;
use spool_store::{Cell, NewFeedEvent, VideoCounter};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub(crate) fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

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

/// The engine's event back from its stored kind (`None` for the kinds that are not
/// video events: follows and resets).
fn engine_kind(kind: FeedEventKind, watched_ms: i64, replays: i64) -> Option<EventKind> {
    let watched_ms = u32::try_from(watched_ms.max(0)).unwrap_or(u32::MAX);
    let replays = u32::try_from(replays.max(0)).unwrap_or(u32::MAX);
    Some(match kind {
        FeedEventKind::Impression => EventKind::Impression,
        FeedEventKind::View => EventKind::View {
            watched_ms,
            replays,
        },
        FeedEventKind::Skip => EventKind::Skip { watched_ms },
        FeedEventKind::Replay => EventKind::Replay,
        FeedEventKind::NotInterested => EventKind::NotInterested,
        FeedEventKind::Like => EventKind::Like,
        FeedEventKind::Comment => EventKind::Comment,
        FeedEventKind::Share => EventKind::Share,
        FeedEventKind::Follow | FeedEventKind::Reset => return None,
    })
}

/// The stored kind of an engine event.
pub(crate) fn stored_kind(kind: &EventKind) -> FeedEventKind {
    match kind {
        EventKind::Impression => FeedEventKind::Impression,
        EventKind::View { .. } => FeedEventKind::View,
        EventKind::Skip { .. } => FeedEventKind::Skip,
        EventKind::Replay => FeedEventKind::Replay,
        EventKind::NotInterested => FeedEventKind::NotInterested,
        EventKind::Like => FeedEventKind::Like,
        EventKind::Comment => FeedEventKind::Comment,
        EventKind::Share => FeedEventKind::Share,
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
        kind: stored_kind(kind).as_str(),
        watched_ms,
        replays,
    }
}

type IngestResult = Vec<Result<spool_feed::engine::Recorded, spool_feed::engine::EventError>>;

/// Events of one request, waiting for the next group commit.
pub(crate) struct PendingIngest {
    viewer: AccountId,
    region: RegionCode,
    /// The events, their watch time already capped (with the cap, if it applied).
    events: Vec<(VideoId, EventKind, Option<u32>)>,
    reply: tokio::sync::oneshot::Sender<Result<IngestResult, String>>,
}

/// Stores events in the viewer's home cell, then applies them (under one lock, so the
/// region's watermark only ever covers applied events). Returns what each did.
///
/// A group commit: the request queues its events and a task takes the ingest lock; the
/// task that gets it writes everything queued by then — the events of every request that
/// came in while the previous batch was being written — in one transaction per cell,
/// applies them and answers each request. The work runs in its own task, so a client
/// that goes away mid-way never leaves a batch stored but not applied.
pub(crate) async fn ingest(
    state: &AppState,
    viewer: AccountId,
    region: &RegionCode,
    events: &[(VideoId, EventKind)],
) -> ApiResult<IngestResult> {
    if state.store().cell(region).is_none() {
        return Err(ApiError::unauthenticated());
    }
    // Capped before storing: the history (and its export) holds what the answer says
    // was recorded.
    let capped = events
        .iter()
        .map(|(v, k)| {
            let (k, cap) = cap_watch(state, *v, *k);
            (*v, k, cap)
        })
        .collect();
    let (reply, answer) = tokio::sync::oneshot::channel();
    state.ingest_queue().lock().push(PendingIngest {
        viewer,
        region: region.clone(),
        events: capped,
        reply,
    });
    let worker = state.clone();
    tokio::spawn(async move {
        let _guard = worker.feed_ingest().lock().await;
        let batch = std::mem::take(&mut *worker.ingest_queue().lock());
        if !batch.is_empty() {
            commit_batch(&worker, batch).await;
        }
    });
    match answer.await {
        Ok(Ok(results)) => Ok(results),
        Ok(Err(message)) => Err(ApiError::internal(message)),
        Err(_) => Err(ApiError::internal("the event batch was dropped")),
    }
}

/// Writes one batch (a transaction per home cell), applies what was stored and answers.
/// Called with the ingest lock held.
async fn commit_batch(state: &AppState, batch: Vec<PendingIngest>) {
    let mut by_region: std::collections::BTreeMap<RegionCode, Vec<PendingIngest>> =
        std::collections::BTreeMap::new();
    for p in batch {
        by_region.entry(p.region.clone()).or_default().push(p);
    }
    let now = now_secs();
    for (region, pending) in by_region {
        let Some(cell) = state.store().cell(&region) else {
            for p in pending {
                let _ = p.reply.send(Err(format!("no cell for region {region}")));
            }
            continue;
        };
        let stored: Vec<Vec<NewFeedEvent>> = pending
            .iter()
            .map(|p| {
                p.events
                    .iter()
                    .map(|(v, k, _)| stored_event(k, v.0))
                    .collect()
            })
            .collect();
        let rows: Vec<(AccountId, &[NewFeedEvent])> = pending
            .iter()
            .zip(&stored)
            .map(|(p, events)| (p.viewer, events.as_slice()))
            .collect();
        let ids = match cell.add_feed_events_of_many(&rows).await {
            Ok(ids) => ids,
            Err(e) => {
                tracing::warn!(error = %e, "cannot store feed events");
                for p in pending {
                    let _ = p.reply.send(Err(format!("cannot store the events: {e}")));
                }
                continue;
            }
        };
        for ((p, events), ids) in pending.iter().zip(&stored).zip(&ids) {
            for (e, id) in events.iter().zip(ids) {
                announce(state, p.viewer, &region, e, *id);
            }
        }
        count_views(state, pending.iter().flat_map(|p| p.events.iter())).await;
        for (p, ids) in pending.into_iter().zip(ids) {
            let results = p
                .events
                .iter()
                .zip(ids)
                .map(|((video, kind, cap), id)| {
                    state
                        .feed()
                        .record(
                            p.viewer.0.as_u128(),
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
                .collect();
            let _ = p.reply.send(Ok(results));
        }
    }
}

/// Counts each view on its video (in the video's cell; one transaction per cell). A
/// counter shown on tiles, derived from the events: a failure is logged, not answered.
async fn count_views<'a>(
    state: &AppState,
    events: impl Iterator<Item = &'a (VideoId, EventKind, Option<u32>)>,
) {
    let mut by_region: std::collections::BTreeMap<
        RegionCode,
        std::collections::BTreeMap<VideoId, i64>,
    > = std::collections::BTreeMap::new();
    for (video, kind, _) in events {
        if !matches!(kind, EventKind::View { .. }) {
            continue;
        }
        let Some(region) = state
            .feed()
            .video(video.0.as_u128())
            .and_then(|meta| RegionCode::parse(&meta.region).ok())
        else {
            continue;
        };
        *by_region
            .entry(region)
            .or_default()
            .entry(*video)
            .or_default() += 1;
    }
    for (region, counts) in by_region {
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        let deltas: Vec<(VideoId, i64)> = counts.into_iter().collect();
        if let Err(e) = cell.bump_videos(VideoCounter::Views, &deltas).await {
            tracing::warn!(%region, error = %e, "views not counted");
        }
    }
}

/// Tells the other nodes of a stored event.
fn announce(state: &AppState, viewer: AccountId, region: &RegionCode, e: &NewFeedEvent, id: i64) {
    state.bus().event(crate::bus::FeedEventMessage {
        region: region.to_string(),
        id,
        viewer: viewer.0,
        subject: e.subject,
        kind: e.kind.to_owned(),
        watched_ms: e.watched_ms,
        replays: e.replays,
        at_ms: spool_store::now_ms(),
    });
}

/// An event another node stored and published: applied here as a replay would.
pub(crate) async fn apply_remote(
    state: &AppState,
    region: &RegionCode,
    e: &spool_store::FeedEvent,
) {
    let _guard = state.feed_ingest().lock().await;
    replay(state, region, e);
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
        kind: FeedEventKind::Follow.as_str(),
        watched_ms: 0,
        replays: 0,
    };
    let _guard = state.feed_ingest().lock().await;
    match cell
        .add_feed_events(viewer, std::slice::from_ref(&event))
        .await
    {
        Ok(ids) => {
            for id in &ids {
                announce(state, viewer, region, &event, *id);
            }
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
        kind: FeedEventKind::Reset.as_str(),
        watched_ms: 0,
        replays: 0,
    };
    let _guard = state.feed_ingest().lock().await;
    let ids = cell
        .add_feed_events(viewer, std::slice::from_ref(&event))
        .await?;
    for id in &ids {
        announce(state, viewer, region, &event, *id);
    }
    state.feed().reset_viewer(viewer.0.as_u128());
    if let Some(id) = ids.first() {
        state.feed().advance_watermark(region.as_str(), *id);
    }
    Ok(())
}

fn catalog_path(state: &AppState) -> PathBuf {
    state.config().state_dir().join("feed").join("catalog.bin")
}

fn viewers_path(state: &AppState, cell: &Cell) -> PathBuf {
    state
        .config()
        .state_dir()
        .join("regions")
        .join(cell.region().as_str())
        .join("feed")
        .join("viewers.bin")
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
                write_atomic(&viewers_path(&state, cell), &bytes)?;
            }
        }
        let bytes = state.feed().snapshot_catalog()?;
        write_atomic(&catalog_path(&state), &bytes)?;
        Ok(())
    })
    .await?
}

/// At start: every public video into the catalog, the snapshots back, the events since
/// replayed, the nearest-neighbour index built. Returns, per region, the id of the last
/// event replayed.
pub async fn load(state: &AppState) -> anyhow::Result<std::collections::BTreeMap<String, i64>> {
    let feed = state.feed();
    let mut videos = 0usize;
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        for video in cell.all_public_videos().await? {
            if let Some(meta) = crate::services::catalog::catalog_entry(state, cell, &video)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?
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
    let mut replayed_to = std::collections::BTreeMap::new();
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        let mut from = watermarks.get(region.as_str()).copied().unwrap_or(0);
        match std::fs::read(viewers_path(state, cell)) {
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
        replayed_to.insert(region.to_string(), from);
    }
    let indexed = tokio::task::spawn_blocking({
        let state = state.clone();
        move || state.feed().rebuild_ann()
    })
    .await?;
    tracing::info!(videos, replayed, indexed, "feed ready");
    Ok(replayed_to)
}

fn replay(state: &AppState, region: &RegionCode, e: &spool_store::FeedEvent) {
    let feed = state.feed();
    let viewer = e.account_id.0.as_u128();
    let at = e.created_at_ms / 1000;
    match FeedEventKind::parse(&e.kind) {
        Ok(FeedEventKind::Reset) => feed.reset_viewer(viewer),
        Ok(FeedEventKind::Follow) => {
            feed.record_follow(viewer, region.as_str(), e.subject.as_u128(), at)
        }
        Ok(kind) => {
            if let Some(k) = engine_kind(kind, e.watched_ms, e.replays) {
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
        Err(_) => tracing::warn!(kind = %e.kind, "unknown stored feed event; skipped"),
    }
    feed.advance_watermark(region.as_str(), e.id);
}

/// Daily upkeep of a node's engine: idle feature rows expire.
pub fn expire(state: &AppState) {
    state.feed().expire(now_secs());
}

/// Daily upkeep of the deployment: feed events past retention are deleted.
pub async fn prune(state: &AppState) -> anyhow::Result<()> {
    let days = i64::from(state.config().feed.event_retention_days);
    let before = spool_store::now_ms() - days * 86_400_000;
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            cell.prune_feed_events(before).await?;
        }
    }
    Ok(())
}
