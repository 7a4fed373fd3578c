//! Likes of videos and of comments. Who liked is recorded in the liker's home cell; the
//! count in the content's.

use spool_core::{NotificationKind, VideoId};
use spool_store::Cell;

use super::super::notifications::{notify, unnotify};
use super::super::policy::Audience;
use super::super::videos::viewable;
use super::super::{Actor, ServiceError, ServiceResult};
use super::comments::video_comment;
use crate::state::AppState;

/// A video's public counters, and whether the actor likes it.
pub struct Counts {
    pub liked: bool,
    pub like_count: i64,
    pub comment_count: i64,
    pub share_count: i64,
}

async fn counts(cell: &Cell, video: VideoId, liked: bool) -> ServiceResult<Counts> {
    let (like_count, comment_count, share_count) = cell.video_counts(video).await?;
    Ok(Counts {
        liked,
        like_count,
        comment_count,
        share_count,
    })
}

/// Likes a video the actor may see (idempotent).
pub async fn like(state: &AppState, actor: &Actor, raw: &str) -> ServiceResult<Counts> {
    crate::services::moderation::ensure_active(state, actor).await?;
    let mut audience = Audience::new(state, Some(actor.clone()));
    // The rule refuses blocked pairs (either way) as if the video did not exist.
    let found = viewable(&mut audience, raw).await?;
    let video = &found.video;
    if state
        .store()
        .like_video(actor.id, &actor.region, video.id, &found.region)
        .await?
    {
        crate::feed::social_event(
            state,
            actor.id,
            &actor.region,
            video.id,
            spool_feed::EventKind::Like,
        )
        .await;
        notify(
            state,
            video.account_id,
            NotificationKind::Like,
            actor.id,
            Some(video.id),
            None,
        )
        .await;
    }
    counts(found.cell, video.id, true).await
}

/// Takes a like back (idempotent).
pub async fn unlike(state: &AppState, actor: &Actor, raw: &str) -> ServiceResult<Counts> {
    let mut audience = Audience::new(state, Some(actor.clone()));
    let found = viewable(&mut audience, raw).await?;
    let video = &found.video;
    if state
        .store()
        .unlike_video(actor.id, &actor.region, video.id)
        .await?
    {
        unnotify(
            state,
            video.account_id,
            NotificationKind::Like,
            actor.id,
            Some(video.id),
        )
        .await?;
    }
    counts(found.cell, video.id, false).await
}

/// Likes (or unlikes) a comment; answers its like count. A comment whose author and the
/// actor block each other — wherever the author's home is — answers as absent.
pub async fn like_comment(
    state: &AppState,
    actor: &Actor,
    video: &str,
    comment: &str,
    liked: bool,
) -> ServiceResult<i64> {
    if liked {
        crate::services::moderation::ensure_active(state, actor).await?;
    }
    let mut audience = Audience::new(state, Some(actor.clone()));
    let (found, c) = video_comment(&mut audience, video, comment).await?;
    if let Some(author) = super::super::accounts::by_id(state, c.author_id).await? {
        if audience.blocked_with(author.cell, c.author_id).await? {
            return Err(ServiceError::NotFound("comment"));
        }
    }
    let store = state.store();
    if liked {
        if store
            .like_comment(actor.id, &actor.region, c.id, found.video.id, &found.region)
            .await?
        {
            notify(
                state,
                c.author_id,
                NotificationKind::CommentLike,
                actor.id,
                Some(found.video.id),
                Some(c.id),
            )
            .await;
        }
    } else {
        store
            .unlike_comment(actor.id, &actor.region, c.id, found.video.id)
            .await?;
    }
    Ok(found.cell.comment(c.id).await?.map_or(0, |c| c.like_count))
}
