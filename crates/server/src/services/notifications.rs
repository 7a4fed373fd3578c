//! Notifications: recorded with their recipient (in the recipient's home cell), never
//! for one's own actions or from accounts the recipient blocks; listed in groups.

use chrono::{DateTime, Utc};
use spool_core::{AccountId, CommentId, HandleKey, NotificationKind, VideoId};

use super::{Actor, ServiceResult};
use crate::state::AppState;

/// Notifies `recipient` unless it is the actor (or the recipient blocks the actor). A
/// failure is logged: a notification never fails the action it reports.
pub async fn notify(
    state: &AppState,
    recipient: AccountId,
    kind: NotificationKind,
    actor: AccountId,
    video: Option<VideoId>,
    comment: Option<CommentId>,
) {
    if recipient == actor {
        return;
    }
    let result = async {
        if let Some(loc) = super::accounts::by_id(state, recipient).await? {
            if !loc.cell.blocks(recipient, actor).await? {
                loc.cell
                    .notify(recipient, kind.as_str(), actor, video, comment)
                    .await?;
            }
        }
        Ok::<_, super::ServiceError>(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = %e, kind = kind.as_str(), "cannot record a notification");
    }
}

/// Takes a notification back (an unlike, a withdrawn follow request).
pub async fn unnotify(
    state: &AppState,
    recipient: AccountId,
    kind: NotificationKind,
    actor: AccountId,
    video: Option<VideoId>,
) -> ServiceResult<()> {
    if let Some(loc) = super::accounts::by_id(state, recipient).await? {
        loc.cell
            .unnotify(recipient, kind.as_str(), actor, video)
            .await?;
    }
    Ok(())
}

/// Sends `mention` notifications to the accounts @mentioned in `text`.
pub async fn mentions(
    state: &AppState,
    text: &str,
    actor: AccountId,
    video: Option<VideoId>,
    comment: Option<CommentId>,
) {
    let (_, mentions) = spool_core::tags_and_mentions(text);
    for handle in mentions.iter().take(20) {
        if let Ok(Some(entry)) = state
            .store()
            .directory()
            .lookup(&HandleKey::of(handle))
            .await
        {
            notify(
                state,
                entry.account_id,
                NotificationKind::Mention,
                actor,
                video,
                comment,
            )
            .await;
        }
    }
}

/// One group of notifications, as a person would expect them ("12 people liked your
/// video").
pub struct Group {
    pub kind: NotificationKind,
    /// The latest actors' handles (up to 3), newest first.
    pub actors: Vec<String>,
    pub count: usize,
    pub video_id: Option<VideoId>,
    pub comment_id: Option<CommentId>,
    pub unread: bool,
    pub latest_at: DateTime<Utc>,
}

/// The actor's notifications, grouped, newest first; and how many are unread.
pub async fn list(state: &AppState, actor: &Actor) -> ServiceResult<(usize, Vec<Group>)> {
    let me = super::accounts::home(state, actor)?;
    let records = me.notifications(actor.id, 500).await?;
    let unread = records.iter().filter(|n| !n.read).count();
    type Key = (NotificationKind, Option<VideoId>, Option<CommentId>);
    let mut groups: Vec<(Key, Vec<&spool_store::NotificationRecord>)> = Vec::new();
    for n in &records {
        let Ok(kind) = NotificationKind::parse(&n.kind) else {
            continue;
        };
        let key_comment = (kind == NotificationKind::CommentLike)
            .then_some(n.comment_id)
            .flatten();
        match groups
            .iter_mut()
            .find(|g| kind.groups() && g.0 == (kind, n.video_id, key_comment))
        {
            Some(g) => g.1.push(n),
            None => groups.push((
                (
                    kind,
                    n.video_id,
                    if kind.groups() {
                        key_comment
                    } else {
                        n.comment_id
                    },
                ),
                vec![n],
            )),
        }
    }
    let mut out = Vec::new();
    for ((kind, video_id, comment_id), items) in groups.into_iter().take(100) {
        let mut actors = Vec::new();
        for n in &items {
            if actors.len() == 3 {
                break;
            }
            if let Some(loc) = super::accounts::by_id(state, n.actor_id).await? {
                let handle = loc.entry.handle.to_string();
                if !actors.contains(&handle) {
                    actors.push(handle);
                }
            }
        }
        out.push(Group {
            kind,
            count: items.len(),
            unread: items.iter().any(|n| !n.read),
            latest_at: items.first().map_or_else(Utc::now, |n| n.created_at),
            actors,
            video_id,
            comment_id,
        });
    }
    Ok((unread, out))
}

/// Marks every notification of the actor read.
pub async fn mark_read(state: &AppState, actor: &Actor) -> ServiceResult<()> {
    super::accounts::home(state, actor)?
        .mark_notifications_read(actor.id)
        .await?;
    Ok(())
}
