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
    crate::services::moderation::ensure_active(state, actor).await?;
    let target = accounts::by_handle(state, handle).await?;
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
    // One transaction of the followee's cell decides the edge; the follower's copy
    // follows through the outbox (crash-safe, atomic under concurrent follows).
    let change = state
        .store()
        .follow(actor.id, &actor.region, target_id, &target.entry.region)
        .await
        .map_err(|e| match e {
            spool_store::StoreError::NotFound => ServiceError::NotFound("account"),
            e => e.into(),
        })?;
    let (current, state_now) = (change.before, change.now);
    if state_now == FollowState::Active && current.is_none() {
        crate::feed::follow_event(state, actor.id, &actor.region, target_id).await;
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
    let before = state
        .store()
        .unfollow(follower, follower_region, target, target_cell.region())
        .await?;
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
    if !state
        .store()
        .accept_follow(actor.id, &actor.region, id, &requester.entry.region)
        .await?
    {
        return Err(ServiceError::NotFound("follow request"));
    }
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
