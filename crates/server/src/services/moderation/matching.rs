//! Re-upload blocking. The transcode job fingerprints every new video (vPDQ frames
//! with their mirror hashes, `spool_moderation::vpdq`) and stores the fingerprint with
//! it; a removal copies it into the region's removed set. A new upload that matches the
//! removed set (or the configured shared hash list) is held: a system decision `hold`
//! (automated detection and decision, so its creator gets a statement), the video's
//! state reads `held` — not playable, not listed — and a `match` item goes to the queue
//! with the match and its distance. A moderator then removes it or releases it.

use spool_moderation::vpdq::{compare, MatchParams, MatchResult, VideoFingerprint};
use spool_store::{Cell, ItemKind, Target, TargetKind};

use super::review::{record, Making};
use super::Located;
use crate::services::ServiceResult;
use crate::state::AppState;

/// Removed videos are sampled four times a second (uploads once): an upload whose
/// start was cut off still lines up with the removed video's frames.
pub const REMOVED_EVERY_SECS: f64 = 0.25;

/// The fingerprint of a video file: frames every `every_secs` (scaled to 512 px), with
/// their mirror hashes, uniform borders trimmed (`spool_moderation::vpdq`).
pub async fn fingerprint_file(
    path: &std::path::Path,
    every_secs: f64,
    limits: &spool_media::Limits,
) -> anyhow::Result<VideoFingerprint> {
    use spool_moderation::vpdq::{FingerprintBuilder, Frame, Mirrors};
    let mut builder = FingerprintBuilder::new(Mirrors::Keep);
    let mut bad = None;
    spool_media::for_each_frame(path, every_secs, 512, limits, |frame| {
        let pushed = builder.push(Frame {
            rgb: &frame.rgb,
            width: frame.width,
            height: frame.height,
            at_secs: frame.at_secs,
        });
        match pushed {
            Ok(()) => true,
            Err(e) => {
                bad = Some(e.to_string());
                false
            }
        }
    })
    .await?;
    match bad {
        Some(e) => Err(anyhow::anyhow!(e)),
        None => Ok(builder.finish()),
    }
}

/// A removed video's fingerprint for the region's removed set: sampled densely from its
/// stored original, or (when that cannot be read) the one its transcode stored.
pub async fn removal_fingerprint(
    state: &AppState,
    cell: &Cell,
    video: spool_core::VideoId,
) -> ServiceResult<Option<String>> {
    let key = spool_blob::keys::video_original(video);
    let scratch = state
        .media()
        .scratch_dir()
        .map_err(crate::services::ServiceError::unexpected)?;
    // The stored file itself on the local backend, a downloaded copy on object storage.
    if let Ok(path) = state.media().stage(cell, &key, scratch.path()).await {
        match fingerprint_file(&path, REMOVED_EVERY_SECS, &state.media_limits()).await {
            Ok(fp) if !fp.frames.is_empty() => {
                return Ok(Some(
                    serde_json::to_string(&fp)
                        .map_err(crate::services::ServiceError::unexpected)?,
                ));
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "cannot fingerprint a removed video; using its upload's")
            }
        }
    }
    Ok(cell.video_fingerprint(video.0).await?)
}

/// One entry of the shared hash list.
#[derive(Debug, Clone)]
pub struct SharedFingerprint {
    /// Its line in the list (for the match's record).
    pub line: usize,
    pub category: spool_core::ReportCategory,
    pub fingerprint: VideoFingerprint,
}

/// Parses the shared list: one JSON object a line, `{"category": "...", "fingerprint":
/// [...]}`; blank lines and `#` comments are skipped.
pub fn parse_shared(text: &str) -> anyhow::Result<Vec<SharedFingerprint>> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Line {
        category: spool_core::ReportCategory,
        fingerprint: VideoFingerprint,
    }
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let line: Line = serde_json::from_str(raw)
            .map_err(|e| anyhow::anyhow!("shared hash list, line {}: {e}", i + 1))?;
        out.push(SharedFingerprint {
            line: i + 1,
            category: line.category,
            fingerprint: line.fingerprint,
        });
    }
    Ok(out)
}

/// The best match of `fp` in the region's removed set and the shared list.
pub struct Found {
    pub result: MatchResult,
    /// The removal decision it matched (for the region's own set).
    pub decision: Option<uuid::Uuid>,
    pub shared_line: Option<usize>,
    pub policy: String,
}

pub async fn best_match(
    state: &AppState,
    cell: &Cell,
    fp: &VideoFingerprint,
) -> ServiceResult<Option<Found>> {
    let params = MatchParams::default();
    let mut best: Option<Found> = None;
    let mut consider = |found: Found| {
        let better = match &best {
            None => true,
            Some(b) => found.result.query_share > b.result.query_share,
        };
        if better {
            best = Some(found);
        }
    };
    for removed in cell.removed_fingerprints().await? {
        let Ok(target) = serde_json::from_str::<VideoFingerprint>(&removed.fingerprint) else {
            tracing::warn!(decision = %removed.decision, "unreadable removed fingerprint");
            continue;
        };
        let result = compare(fp, &target, &params);
        if result.is_match {
            consider(Found {
                result,
                decision: Some(removed.decision),
                shared_line: None,
                policy: removed.policy,
            });
        }
    }
    let book = &state.moderation().book;
    for shared in &state.moderation().shared {
        let result = compare(fp, &shared.fingerprint, &params);
        if result.is_match {
            consider(Found {
                result,
                decision: None,
                shared_line: Some(shared.line),
                policy: book
                    .default_for(shared.category)
                    .map(|c| c.id.clone())
                    .unwrap_or_default(),
            });
        }
    }
    Ok(best)
}

/// Stores a new video's fingerprint and holds the video when it matches removed
/// content. Idempotent: a video already held (a retried job) is not held twice.
pub async fn check_upload(
    state: &AppState,
    region: &spool_core::RegionCode,
    cell: &Cell,
    video: spool_core::VideoId,
    fp: &VideoFingerprint,
) -> ServiceResult<bool> {
    let text = serde_json::to_string(fp).map_err(crate::services::ServiceError::unexpected)?;
    cell.set_video_fingerprint(video.0, &text).await?;
    let Some(record_) = cell.video(video).await? else {
        return Ok(false);
    };
    let target = Target {
        kind: TargetKind::Video,
        id: video.0,
    };
    // A retried job: an earlier attempt may have held the video (and died before its
    // queue item was written), or a moderator may have decided since.
    let held_before = cell
        .decisions_for_target(target)
        .await?
        .iter()
        .any(|d| d.action == "hold");
    if record_.moderation.removed || (held_before && !record_.moderation.held) {
        return Ok(record_.moderation.removed);
    }
    if held_before && cell.open_item_for(ItemKind::Match, target).await?.is_some() {
        return Ok(true);
    }
    let Some(found) = best_match(state, cell, fp).await? else {
        return Ok(held_before);
    };
    let Some(clause) = state.moderation().book.resolve(&found.policy).cloned() else {
        return Ok(held_before);
    };
    let located = Located {
        target,
        cell,
        region: region.clone(),
        account: record_.account_id,
        account_region: region.clone(),
        video: Some(video),
        comment: None,
    };
    let distance = found.result.best_distance.unwrap_or(0);
    let facts = format!(
        "This upload matches a video removed under \"{}\" ({} of its sampled frames within Hamming distance {}; closest {}{}). It is held until a moderator reviews it.",
        clause.title,
        format_share(found.result.query_share),
        MatchParams::default().max_distance,
        distance,
        if found.result.mirrored { ", mirrored" } else { "" },
    );
    if !held_before {
        let basis = cell.open_item_for(ItemKind::Notice, target).await?;
        record(
            state,
            Making {
                located: &located,
                action: "hold",
                clause: &clause,
                facts,
                scope: spool_store::DecisionScope::default(),
                item: None,
                basis,
                decided_by: None,
                automated_detection: true,
                automated_decision: true,
                source: "fingerprint",
            },
        )
        .await?;
    }
    cell.add_finding(&super::automated_notice(
        state,
        ItemKind::Match,
        target,
        record_.account_id,
        region,
        "fingerprint".into(),
        clause.category,
        serde_json::json!({
            "fingerprint": {
                "matched_decision": found.decision.map(|d| d.to_string()),
                "shared_list_line": found.shared_line,
                "policy": found.policy,
                "distance": distance,
                "query_share": found.result.query_share,
                "target_share": found.result.target_share,
                "mirrored": found.result.mirrored,
            }
        }),
    ))
    .await?;
    tracing::info!(region = %region, video = %video, distance, "upload held: matches removed content");
    Ok(true)
}

fn format_share(s: f64) -> String {
    format!("{:.0} %", s * 100.0)
}
