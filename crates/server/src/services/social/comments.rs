//! Comments: written, listed, deleted, pinned.

use chrono::Utc;
use spool_core::{CommentId, CommentText, NotificationKind, Policy};
use spool_store::CommentRecord;

use super::super::accounts;
use super::super::notifications::{mentions, notify};
use super::super::policy::{Audience, OwnerAge};
use super::super::videos::{viewable, Found};
use super::super::{Actor, ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;

/// A comment with its author's handle (`[deleted]` for a deleted account).
pub struct Comment {
    pub record: CommentRecord,
    pub author: String,
}

async fn with_author(state: &AppState, c: CommentRecord) -> ServiceResult<Comment> {
    let author = match accounts::by_id(state, c.author_id).await? {
        Some(loc) => loc.entry.handle.to_string(),
        None => "[deleted]".into(),
    };
    Ok(Comment { record: c, author })
}

/// Comments on a video the actor may see, or replies to a top-level comment. Refused
/// where the video's comments are off or the creator's setting excludes the actor; a
/// teen creator only takes comments from accounts they follow.
pub async fn add(
    state: &AppState,
    actor: &Actor,
    video: &str,
    text: CommentText,
    parent: Option<&str>,
) -> ServiceResult<Comment> {
    crate::services::moderation::ensure_active(state, actor).await?;
    let mut audience = Audience::new(state, Some(actor.clone()));
    let found = viewable(&mut audience, video).await?;
    let cell = found.cell;
    let owner = found.video.account_id;
    if owner != actor.id {
        let settings = cell
            .settings(owner)
            .await?
            .ok_or(ServiceError::NotFound("video"))?;
        if !found.video.allow_comments {
            return Err(ServiceError::refused(
                ErrorCode::CommentsOff,
                "comments are off for this video",
            ));
        }
        let teen = audience
            .video_facts(cell, &found.video)
            .await?
            .is_some_and(|f| f.owner_age != OwnerAge::Adult);
        let viewer = audience.viewer_facts(cell, owner).await?;
        let follower = viewer.relation == super::super::policy::Relation::Follower;
        let allowed = match settings.comment_policy {
            Policy::Nobody => false,
            // Teens: nobody they do not follow can comment.
            _ if teen => viewer.followed_by_owner,
            Policy::Everyone => true,
            Policy::Followers => follower,
        };
        if !allowed {
            return Err(ServiceError::refused(
                ErrorCode::CommentsOff,
                "the creator does not take comments from you",
            ));
        }
    }
    let parent = match parent {
        None => None,
        Some(raw) => {
            let pid = CommentId::parse(raw).map_err(|_| ServiceError::NotFound("comment"))?;
            let parent = cell
                .comment(pid)
                .await?
                .filter(|p| p.video_id == found.video.id)
                .ok_or(ServiceError::NotFound("comment"))?;
            if parent.parent_id.is_some() {
                return Err(ServiceError::refused(
                    ErrorCode::InvalidField("invalid_parent"),
                    "replies go to top-level comments only",
                ));
            }
            Some(parent)
        }
    };
    let record = CommentRecord {
        id: CommentId::new(),
        video_id: found.video.id,
        author_id: actor.id,
        author_region: actor.region.clone(),
        parent_id: parent.as_ref().map(|p| p.id),
        body: text.clone(),
        like_count: 0,
        pinned: false,
        created_at: Utc::now(),
        reply_count: 0,
        moderation: spool_store::Restrictions::default(),
    };
    cell.add_comment(&record).await?;
    crate::services::moderation::screening::screen(
        state,
        cell,
        spool_store::Target {
            kind: spool_store::TargetKind::Comment,
            id: record.id.0,
        },
        actor.id,
        &actor.region,
        "comment",
        text.as_str(),
    )
    .await;
    let video_id = found.video.id;
    crate::feed::social_event(
        state,
        actor.id,
        &actor.region,
        video_id,
        spool_feed::EventKind::Comment,
    )
    .await;
    notify(
        state,
        owner,
        NotificationKind::Comment,
        actor.id,
        Some(video_id),
        Some(record.id),
    )
    .await;
    if let Some(p) = &parent {
        if p.author_id != owner {
            notify(
                state,
                p.author_id,
                NotificationKind::Reply,
                actor.id,
                Some(video_id),
                Some(record.id),
            )
            .await;
        }
    }
    mentions(
        state,
        text.as_str(),
        actor.id,
        Some(video_id),
        Some(record.id),
    )
    .await;
    with_author(state, record).await
}

/// A page of a video's comments (pinned first, then oldest first), or of the replies to
/// one, for the viewer: comments by accounts the viewer blocks or that block the viewer
/// are left out. `after` is the previous page's cursor.
pub async fn page(
    audience: &mut Audience<'_>,
    video: &str,
    parent: Option<&str>,
    after: Option<&str>,
    limit: u32,
) -> ServiceResult<(Vec<Comment>, Option<String>)> {
    let state = audience.state();
    let found = viewable(audience, video).await?;
    let parent = parent
        .map(CommentId::parse)
        .transpose()
        .map_err(|_| ServiceError::NotFound("comment"))?;
    let after = after.map(parse_cursor).transpose()?;
    let records = found
        .cell
        .comments(found.video.id, parent, after, limit)
        .await?;
    // The cursor is the last unpinned comment's unique (created_at, id): the pinned one
    // comes on the first page only.
    let cursor = (records.len() == limit as usize).then(|| {
        records.iter().rev().find(|c| !c.pinned).map_or_else(
            || format!("{}.{}", i64::MIN, uuid::Uuid::nil()),
            |c| format!("{}.{}", c.created_at.timestamp_millis(), c.id),
        )
    });
    let mut items = Vec::new();
    for c in records {
        // A removed comment is its author's alone.
        if c.moderation.removed && audience.viewer_id() != Some(c.author_id) {
            continue;
        }
        if let Some(author) = accounts::by_id(state, c.author_id).await? {
            if audience.blocked_with(author.cell, c.author_id).await? {
                continue;
            }
        }
        items.push(with_author(state, c).await?);
    }
    Ok((items, cursor))
}

/// A comment page cursor: `<created_at ms>.<comment id>` (a bare number, as older pages
/// gave, is taken as the start of that millisecond).
fn parse_cursor(raw: &str) -> ServiceResult<(i64, CommentId)> {
    let bad = || {
        ServiceError::refused(
            ErrorCode::InvalidField("invalid_cursor"),
            "not a cursor of this list",
        )
        .field("cursor")
    };
    let (ms, id) = raw.split_once('.').unwrap_or((raw, ""));
    let ms = ms.parse::<i64>().map_err(|_| bad())?;
    let id = if id.is_empty() {
        CommentId(uuid::Uuid::nil())
    } else {
        CommentId::parse(id).map_err(|_| bad())?
    };
    Ok((ms, id))
}

/// A comment of a video the viewer may see.
pub(crate) async fn video_comment<'a>(
    audience: &mut Audience<'a>,
    video: &str,
    comment: &str,
) -> ServiceResult<(Found<'a>, CommentRecord)> {
    let found = viewable(audience, video).await?;
    let id = CommentId::parse(comment).map_err(|_| ServiceError::NotFound("comment"))?;
    let c = found
        .cell
        .comment(id)
        .await?
        .filter(|c| c.video_id == found.video.id)
        .filter(|c| !c.moderation.removed || audience.viewer_id() == Some(c.author_id))
        .ok_or(ServiceError::NotFound("comment"))?;
    Ok((found, c))
}

/// Deletes a comment (with its replies): its author or the video's creator may.
pub async fn delete(
    state: &AppState,
    actor: &Actor,
    video: &str,
    comment: &str,
) -> ServiceResult<()> {
    let mut audience = Audience::new(state, Some(actor.clone()));
    let (found, c) = video_comment(&mut audience, video, comment).await?;
    if c.author_id != actor.id && found.video.account_id != actor.id {
        return Err(ServiceError::forbidden(
            "only the comment's author or the video's creator can delete it",
        ));
    }
    found.cell.delete_comment(c.id).await?;
    Ok(())
}

/// Pins a top-level comment, or unpins (the video's creator only); one pin per video.
pub async fn pin(
    state: &AppState,
    actor: &Actor,
    video: &str,
    comment: &str,
    pinned: bool,
) -> ServiceResult<()> {
    let mut audience = Audience::new(state, Some(actor.clone()));
    let (found, c) = video_comment(&mut audience, video, comment).await?;
    if found.video.account_id != actor.id {
        return Err(ServiceError::forbidden(
            "only the video's creator can pin or unpin comments",
        ));
    }
    if !pinned {
        found.cell.pin_comment(found.video.id, None).await?;
        return Ok(());
    }
    if c.parent_id.is_some() {
        return Err(ServiceError::refused(
            ErrorCode::InvalidField("invalid_parent"),
            "only top-level comments can be pinned",
        ));
    }
    found.cell.pin_comment(found.video.id, Some(c.id)).await?;
    Ok(())
}
