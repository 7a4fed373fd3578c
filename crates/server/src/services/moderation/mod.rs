//! Accountable moderation: notices, the region's review queue, decisions under named
//! policy clauses, statements of reasons, appeals, strikes, automated screening,
//! re-upload blocking and the public transparency report (see `docs/moderation.md`).
//!
//! Everything is kept in the content's cell. A decision is one transaction in that cell
//! (decision, closed items, settled notices, statement, public log row, fingerprint,
//! the target's restrictions), held open while the region's audit log records it, then
//! committed; then the catalog hook runs, so the distribution rule — which reads the
//! restrictions with the video or account — answers differently everywhere at once.

pub mod appeals;
pub mod matching;
pub mod notices;
pub mod public;
pub mod review;
pub mod screening;

use spool_core::{AccountId, CommentId, RegionCode, ReportCategory, VideoId};
use spool_moderation::policies::PolicyBook;
use spool_moderation::screening::Screener;
use spool_store::{Cell, CommentRecord, Target, TargetKind};
use uuid::Uuid;

use super::{Actor, ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;

/// The moderation configuration, loaded once.
pub struct Setup {
    pub book: PolicyBook,
    pub screener: Screener,
    /// Fingerprints of a shared hash list (matched like the region's removed videos).
    pub shared: Vec<matching::SharedFingerprint>,
}

impl Setup {
    pub fn new(book: PolicyBook, screener: Screener, shared_list: &str) -> anyhow::Result<Self> {
        Ok(Self {
            book,
            screener,
            shared: matching::parse_shared(shared_list)?,
        })
    }
}

/// A moderation target, found in its cell: the video, the comment or the account, and
/// whose it is.
pub struct Located<'a> {
    pub target: Target,
    pub cell: &'a Cell,
    pub region: RegionCode,
    /// Whose content it is (the creator, the comment's author, the account itself).
    pub account: AccountId,
    pub account_region: RegionCode,
    /// For a comment: the video it is on.
    pub video: Option<VideoId>,
    pub comment: Option<CommentRecord>,
}

/// What a notice or a decision names.
#[derive(Debug, Clone)]
pub enum TargetRef {
    Video(String),
    Comment(String),
    Account(String),
}

impl TargetRef {
    /// Exactly one of the three fields.
    pub fn from_fields(
        video_id: Option<String>,
        comment_id: Option<String>,
        account: Option<String>,
    ) -> ServiceResult<Self> {
        match (video_id, comment_id, account) {
            (Some(v), None, None) => Ok(Self::Video(v)),
            (None, Some(c), None) => Ok(Self::Comment(c)),
            (None, None, Some(a)) => Ok(Self::Account(a)),
            _ => Err(ServiceError::refused(
                ErrorCode::InvalidField("invalid_target"),
                "name exactly one of video_id, comment_id and account",
            )
            .field("video_id")),
        }
    }
}

/// Finds a target without asking the distribution rule (moderators see everything; a
/// notice's sender is checked by the caller).
pub async fn locate<'a>(state: &'a AppState, target: &TargetRef) -> ServiceResult<Located<'a>> {
    match target {
        TargetRef::Video(raw) => {
            let id = VideoId::parse(raw).map_err(|_| ServiceError::NotFound("video"))?;
            let (region, cell, video) = super::videos::stored(state, id).await?;
            Ok(Located {
                target: Target {
                    kind: TargetKind::Video,
                    id: id.0,
                },
                cell,
                account: video.account_id,
                account_region: region.clone(),
                region,
                video: Some(id),
                comment: None,
            })
        }
        TargetRef::Comment(raw) => {
            let id = CommentId::parse(raw).map_err(|_| ServiceError::NotFound("comment"))?;
            for region in state.store().regions() {
                let Some(cell) = state.store().cell(region) else {
                    continue;
                };
                if let Some(c) = cell.comment(id).await? {
                    return Ok(Located {
                        target: Target {
                            kind: TargetKind::Comment,
                            id: id.0,
                        },
                        cell,
                        region: region.clone(),
                        account: c.author_id,
                        account_region: c.author_region.clone(),
                        video: Some(c.video_id),
                        comment: Some(c),
                    });
                }
            }
            Err(ServiceError::NotFound("comment"))
        }
        TargetRef::Account(handle) => {
            let loc = super::accounts::by_handle(state, handle).await?;
            Ok(Located {
                target: Target {
                    kind: TargetKind::Account,
                    id: loc.entry.account_id.0,
                },
                cell: loc.cell,
                region: loc.entry.region.clone(),
                account: loc.entry.account_id,
                account_region: loc.entry.region.clone(),
                video: None,
                comment: None,
            })
        }
    }
}

/// Refuses a caller who is not a moderator of `region` (403 on every moderation route).
pub async fn require_moderator<'a>(
    state: &'a AppState,
    actor: &Actor,
    region: &RegionCode,
) -> ServiceResult<&'a Cell> {
    let cell = state.store().cell(region);
    let ok = match cell {
        Some(c) => c.staff_role(actor.id, "moderator").await?.is_some(),
        None => false,
    };
    match (ok, cell) {
        (true, Some(c)) => Ok(c),
        _ => {
            if let Err(limited) = state.limits().staff_refusal(&actor.id.0.to_string()).await {
                return Err(ServiceError::limited(limited));
            }
            tracing::info!(account = %actor.id.0, region = %region, "moderation call refused");
            Err(ServiceError::refused(
                ErrorCode::Denied("not_moderator"),
                format!("only moderators of region {region} may do this"),
            ))
        }
    }
}

/// The regions where the caller is a moderator; 403 when none.
pub async fn moderated_regions(state: &AppState, actor: &Actor) -> ServiceResult<Vec<RegionCode>> {
    let mut out = Vec::new();
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            if cell.staff_role(actor.id, "moderator").await?.is_some() {
                out.push(region.clone());
            }
        }
    }
    if out.is_empty() {
        let home = actor.region.clone();
        return require_moderator(state, actor, &home)
            .await
            .map(|_| Vec::new());
    }
    Ok(out)
}

/// Refuses writes (publishing, uploading, commenting, liking, following) by a suspended
/// or terminated account. Reading its statements and appealing stay open.
pub async fn ensure_active(state: &AppState, actor: &Actor) -> ServiceResult<()> {
    let home = super::accounts::home(state, actor)?;
    let Some(settings) = home.settings(actor.id).await? else {
        return Ok(());
    };
    let m = &settings.moderation;
    if m.terminated {
        return Err(ServiceError::refused(
            ErrorCode::Denied("account_terminated"),
            "this account was terminated; see your account status for the statement of reasons and how to appeal",
        ));
    }
    if let Some(until) = m.suspended_until.filter(|u| *u > spool_store::now_ms()) {
        let when = chrono::DateTime::from_timestamp_millis(until)
            .map(|t| t.to_rfc3339())
            .unwrap_or_default();
        return Err(ServiceError::refused(
            ErrorCode::Denied("account_suspended"),
            format!("this account is suspended until {when}; see your account status"),
        ));
    }
    Ok(())
}

/// A category's severity and deadline, from the policy book.
pub fn severity_and_deadline(state: &AppState, category: ReportCategory) -> (i64, i64) {
    (
        spool_moderation::policies::severity(category),
        state.moderation().book.deadline_ms(category),
    )
}

/// An automated finding about `target` (screening, a fingerprint match, a strike
/// proposal): a notice from `screening` under `tag`, with what was detected.
#[allow(clippy::too_many_arguments)]
pub fn automated_notice(
    state: &AppState,
    kind: spool_store::ItemKind,
    target: Target,
    account: AccountId,
    account_region: &RegionCode,
    tag: String,
    category: ReportCategory,
    detection: serde_json::Value,
) -> spool_store::NewNotice {
    let (severity, deadline_ms) = severity_and_deadline(state, category);
    spool_store::NewNotice {
        kind,
        target,
        account,
        account_region: account_region.clone(),
        reporter_tag: tag,
        source: "screening".into(),
        category: category.as_str().into(),
        severity,
        note: String::new(),
        notifier: None,
        receipt_hash: None,
        automated: true,
        detection: Some(detection),
        deadline_ms,
    }
}

/// The platform itself, as the actor of notifications it sends.
pub const PLATFORM: AccountId = AccountId(Uuid::nil());

/// Milliseconds to an RFC 3339 time.
pub fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_default()
}

/// Runs the catalog hook for whatever a decision changed.
pub async fn after_change(state: &AppState, located: &Located<'_>) {
    match located.target.kind {
        TargetKind::Video => {
            super::catalog::video_changed(state, located.cell, VideoId(located.target.id)).await;
        }
        TargetKind::Account => {
            super::catalog::account_changed(state, located.account).await;
            super::catalog::account_videos_changed(state, located.cell, located.account).await;
        }
        TargetKind::Comment => {}
    }
}

fn store_conflict(e: spool_store::StoreError, code: &'static str) -> ServiceError {
    match e {
        spool_store::StoreError::Conflict(message) => {
            ServiceError::refused(ErrorCode::Conflict(code), message)
        }
        other => other.into(),
    }
}
