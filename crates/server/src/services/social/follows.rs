//! Follows, with requests for private accounts.

use spool_core::{AccountId, NotificationKind, RegionCode};
use spool_store::{Cell, FollowState};

use super::super::accounts::{self, home};
use super::super::notifications::{notify, unnotify};
use super::super::policy::{Audience, Relation};
use super::super::{Actor, ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;

/// Follows the account behind `handle`; a private account gets a request instead.
/// Answers the edge's state.
pub async fn follow(state: &AppState, actor: &Actor, handle: &str) -> ServiceResult<FollowState> {
    let target = accounts::by_handle(state, handle).await?;
    let me = home(state, actor)?;
    let target_id = target.entry.account_id;
    if target_id == actor.id {
        return Err(ServiceError::refused(
            ErrorCode::InvalidField("cannot_follow_self"),
            "you cannot follow yourself",
        ));
    }
    let mut audience = Audience::new(state, Some(actor.clone()));
    if audience
        .viewer_facts(target.cell, target_id)
        .await?
        .relation
        == Relation::Blocked
    {
        return Err(ServiceError::NotFound("account"));
    }
    let private = target
        .cell
        .settings(target_id)
        .await?
        .is_some_and(|s| s.is_private);
    let current = target.cell.follower_state(target_id, actor.id).await?;
    let state_now = match current {
        Some(FollowState::Active) => FollowState::Active,
        _ if private => FollowState::Requested,
        _ => FollowState::Active,
    };
    target
        .cell
        .set_follower(target_id, actor.id, &actor.region, Some(state_now))
        .await?;
    match state_now {
        FollowState::Active => {
            me.activate_following(actor.id, target_id, &target.entry.region)
                .await?;
            if current.is_none() {
                crate::feed::follow_event(state, actor.id, &actor.region, target_id).await;
            }
        }
        FollowState::Requested => {
            me.set_following(
                actor.id,
                target_id,
                &target.entry.region,
                FollowState::Requested,
            )
            .await?
        }
    }
    if current.is_none() {
        let kind = if state_now == FollowState::Active {
            NotificationKind::Follow
        } else {
            NotificationKind::FollowRequest
        };
        notify(state, target_id, kind, actor.id, None, None).await;
    }
    Ok(state_now)
}

/// Unfollows (or withdraws a follow request).
pub async fn unfollow(state: &AppState, actor: &Actor, handle: &str) -> ServiceResult<()> {
    let target = accounts::by_handle(state, handle).await?;
    unlink(
        state,
        actor.id,
        &actor.region,
        target.entry.account_id,
        target.cell,
    )
    .await
}

/// Removes a follow edge `follower` → `target` on both sides.
pub(crate) async fn unlink(
    state: &AppState,
    follower: AccountId,
    follower_region: &RegionCode,
    target: AccountId,
    target_cell: &Cell,
) -> ServiceResult<()> {
    let before = target_cell
        .set_follower(target, follower, follower_region, None)
        .await?;
    if let Some(cell) = state.store().cell(follower_region) {
        cell.remove_following(follower, target).await?;
    }
    if before == Some(FollowState::Requested) {
        unnotify(
            state,
            target,
            NotificationKind::FollowRequest,
            follower,
            None,
        )
        .await?;
    }
    Ok(())
}

/// Pending follow requests to the actor's (private) account.
pub async fn requests(state: &AppState, actor: &Actor) -> ServiceResult<Vec<AccountId>> {
    let edges = home(state, actor)?
        .followers(actor.id, FollowState::Requested, 200)
        .await?;
    Ok(edges.iter().map(|e| e.account_id).collect())
}

/// Accepts a follow request from `handle`.
pub async fn accept(state: &AppState, actor: &Actor, handle: &str) -> ServiceResult<()> {
    let requester = accounts::by_handle(state, handle).await?;
    let me = home(state, actor)?;
    let id = requester.entry.account_id;
    if me.follower_state(actor.id, id).await? != Some(FollowState::Requested) {
        return Err(ServiceError::NotFound("follow request"));
    }
    me.set_follower(
        actor.id,
        id,
        &requester.entry.region,
        Some(FollowState::Active),
    )
    .await?;
    requester
        .cell
        .activate_following(id, actor.id, &actor.region)
        .await?;
    unnotify(state, actor.id, NotificationKind::FollowRequest, id, None).await?;
    notify(
        state,
        id,
        NotificationKind::FollowAccepted,
        actor.id,
        None,
        None,
    )
    .await;
    notify(state, actor.id, NotificationKind::Follow, id, None, None).await;
    Ok(())
}

/// Declines a follow request from `handle`.
pub async fn decline(state: &AppState, actor: &Actor, handle: &str) -> ServiceResult<()> {
    let requester = accounts::by_handle(state, handle).await?;
    let me = home(state, actor)?;
    let id = requester.entry.account_id;
    if me.follower_state(actor.id, id).await? != Some(FollowState::Requested) {
        return Err(ServiceError::NotFound("follow request"));
    }
    unlink(state, id, &requester.entry.region, actor.id, me).await
}

/// Which list of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Followers,
    Following,
}

/// An account's followers or followings, for the viewer (for a private account: its
/// followers only; nobody who blocks or is blocked).
pub async fn list(
    audience: &mut Audience<'_>,
    handle: &str,
    which: List,
) -> ServiceResult<Vec<AccountId>> {
    let owner = accounts::by_handle(audience.state(), handle).await?;
    if !accounts::may_see_lists(audience, &owner).await? {
        return Err(ServiceError::NotFound("account"));
    }
    let id = owner.entry.account_id;
    let edges = match which {
        List::Followers => owner.cell.followers(id, FollowState::Active, 200).await?,
        List::Following => owner.cell.following(id, 200).await?,
    };
    Ok(edges.iter().map(|e| e.account_id).collect())
}
