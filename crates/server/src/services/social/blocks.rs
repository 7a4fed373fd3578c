//! Blocks and mutes.

use super::super::accounts::{self, home};
use super::super::notifications::unnotify;
use super::super::{Actor, ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;
use spool_core::NotificationKind;
use spool_store::FollowState;

/// Blocks an account: it sees nothing of the actor and cannot interact with them;
/// follows between the two end.
pub async fn block(state: &AppState, actor: &Actor, handle: &str) -> ServiceResult<()> {
    let target = accounts::by_handle(state, handle).await?;
    let me = home(state, actor)?;
    let id = target.entry.account_id;
    if id == actor.id {
        return Err(ServiceError::refused(
            ErrorCode::InvalidField("cannot_block_self"),
            "you cannot block yourself",
        ));
    }
    let ended = state
        .store()
        .block(actor.id, &actor.region, id, &target.entry.region)
        .await?;
    if ended.outgoing == Some(FollowState::Requested) {
        unnotify(state, id, NotificationKind::FollowRequest, actor.id, None).await?;
    }
    if ended.incoming == Some(FollowState::Requested) {
        let _ = me;
        unnotify(state, actor.id, NotificationKind::FollowRequest, id, None).await?;
    }
    Ok(())
}

pub async fn unblock(state: &AppState, actor: &Actor, handle: &str) -> ServiceResult<()> {
    let target = accounts::by_handle(state, handle).await?;
    home(state, actor)?
        .set_block(
            actor.id,
            target.entry.account_id,
            &target.entry.region,
            false,
        )
        .await?;
    Ok(())
}

/// Mutes (or unmutes) an account: its videos stay out of the actor's feeds; it is not
/// told.
pub async fn set_mute(
    state: &AppState,
    actor: &Actor,
    handle: &str,
    muted: bool,
) -> ServiceResult<()> {
    let target = accounts::by_handle(state, handle).await?;
    home(state, actor)?
        .set_mute(
            actor.id,
            target.entry.account_id,
            &target.entry.region,
            muted,
        )
        .await?;
    Ok(())
}
