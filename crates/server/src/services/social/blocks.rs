//! Blocks and mutes.

use super::super::accounts::{self, home};
use super::super::{Actor, ServiceError, ServiceResult};
use super::follows::unlink;
use crate::error::ErrorCode;
use crate::state::AppState;

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
    me.set_block(actor.id, id, &target.entry.region, true)
        .await?;
    unlink(state, actor.id, &actor.region, id, target.cell).await?;
    unlink(state, id, &target.entry.region, actor.id, me).await?;
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
