//! Follows (with requests for private accounts), blocks, mutes, likes, comments,
//! shares, notifications and privacy settings.
//!
//! Where each record lives follows `docs/data-placement.md`: the actor's own activity in
//! the actor's home cell, public content and counters in the content's cell,
//! notifications with their recipient.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use spool_core::{
    AccountId, CommentId, CommentText, HandleKey, Policy, RegionCode, VideoId, Visibility,
};
use spool_store::{
    Cell, CommentRecord, DirectoryEntry, FollowState, ObjectKind, SettingsUpdate, VideoCounter,
    VideoRecord,
};
use utoipa::ToSchema;

use super::accounts::PublicProfile;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::state::AppState;

// --- shared lookups ------------------------------------------------------------------

pub(crate) struct Located<'a> {
    pub entry: DirectoryEntry,
    pub cell: &'a Cell,
}

/// The account behind a handle, with its home cell.
pub(crate) async fn account_by_handle<'a>(
    state: &'a AppState,
    handle: &str,
) -> ApiResult<Located<'a>> {
    let not_found = || ApiError::not_found("account");
    let entry = state
        .store()
        .directory()
        .lookup(&HandleKey::of(handle))
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&entry.region).ok_or_else(not_found)?;
    Ok(Located { entry, cell })
}

pub(crate) async fn account_by_id(
    state: &AppState,
    id: AccountId,
) -> ApiResult<Option<Located<'_>>> {
    let Some(entry) = state.store().directory().lookup_id(id).await? else {
        return Ok(None);
    };
    Ok(state
        .store()
        .cell(&entry.region)
        .map(|cell| Located { entry, cell }))
}

/// Whether `owner` (in `owner_cell`) blocks `viewer`: then the viewer sees nothing of
/// the owner and cannot interact.
pub(crate) async fn blocked_by(
    owner_cell: &Cell,
    owner: AccountId,
    viewer: Option<AccountId>,
) -> ApiResult<bool> {
    match viewer {
        Some(v) if v != owner => Ok(owner_cell.blocks(owner, v).await?),
        _ => Ok(false),
    }
}

/// Whether `viewer` is an accepted follower of `owner`.
pub(crate) async fn follows(
    owner_cell: &Cell,
    owner: AccountId,
    viewer: AccountId,
) -> ApiResult<bool> {
    Ok(owner_cell.follower_state(owner, viewer).await? == Some(FollowState::Active))
}

/// Whether `viewer` may see `video` (which lives in `cell`): its creator always;
/// others only when it is ready, the creator does not block them, and — for a private
/// account or a followers-only video — they are an accepted follower.
pub(crate) async fn may_view(
    cell: &Cell,
    video: &VideoRecord,
    viewer: Option<AccountId>,
) -> ApiResult<bool> {
    if viewer == Some(video.account_id) {
        return Ok(true);
    }
    if video.state != spool_store::VideoState::Ready || video.visibility == Visibility::Private {
        return Ok(false);
    }
    if blocked_by(cell, video.account_id, viewer).await? {
        return Ok(false);
    }
    let private = cell
        .settings(video.account_id)
        .await?
        .is_some_and(|s| s.is_private);
    if private || video.visibility == Visibility::Followers {
        return match viewer {
            Some(v) => follows(cell, video.account_id, v).await,
            None => Ok(false),
        };
    }
    Ok(true)
}

/// A video the viewer may see, with its region and cell; 404 otherwise.
pub(crate) async fn visible_video<'a>(
    state: &'a AppState,
    raw_id: &str,
    viewer: Option<AccountId>,
) -> ApiResult<(RegionCode, &'a Cell, VideoRecord)> {
    let not_found = || ApiError::not_found("video");
    let id = VideoId::parse(raw_id).map_err(|_| not_found())?;
    let region = state
        .store()
        .directory()
        .locate(ObjectKind::Video, id.0)
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&region).ok_or_else(not_found)?;
    let video = cell.video(id).await?.ok_or_else(not_found)?;
    if !may_view(cell, &video, viewer).await? {
        return Err(not_found());
    }
    Ok((region, cell, video))
}

/// Checks an interaction policy of `owner` for `actor` (comment, duet, stitch).
pub(crate) async fn allowed_by_policy(
    owner_cell: &Cell,
    owner: AccountId,
    actor: AccountId,
    policy: Policy,
) -> ApiResult<bool> {
    if owner == actor {
        return Ok(true);
    }
    Ok(match policy {
        Policy::Everyone => true,
        Policy::Followers => follows(owner_cell, owner, actor).await?,
        Policy::Nobody => false,
    })
}

/// Notifies `recipient` unless it is the actor (or the recipient blocks the actor).
pub(crate) async fn notify(
    state: &AppState,
    recipient: AccountId,
    kind: &str,
    actor: AccountId,
    video: Option<VideoId>,
    comment: Option<CommentId>,
) {
    if recipient == actor {
        return;
    }
    let result = async {
        if let Some(loc) = account_by_id(state, recipient).await? {
            if !loc.cell.blocks(recipient, actor).await? {
                loc.cell
                    .notify(recipient, kind, actor, video, comment)
                    .await?;
            }
        }
        Ok::<_, ApiError>(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = e.message, kind, "cannot record a notification");
    }
}

fn forbidden(message: &str) -> ApiError {
    ApiError::new(ErrorCode::Forbidden, message)
}

fn home<'a>(state: &'a AppState, user: &CurrentUser) -> ApiResult<&'a Cell> {
    state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)
}

// --- follows ---------------------------------------------------------------------------

#[derive(Serialize, ToSchema)]
pub struct FollowAnswer {
    /// `following`, or `requested` for a private account (until it accepts).
    state: String,
}

/// Follow an account; a private account gets a follow request instead.
#[utoipa::path(post, path = "/api/v1/accounts/{handle}/follow", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 200, body = FollowAnswer), (status = 404, body = ErrorBody, description = "No such account (or it blocks you)"),
        (status = 422, body = ErrorBody, description = "Following yourself")))]
pub async fn follow(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<Json<FollowAnswer>> {
    let target = account_by_handle(&state, &handle).await?;
    let me = home(&state, &user)?;
    let target_id = target.entry.account_id;
    if target_id == user.account_id {
        return Err(ApiError::new(
            ErrorCode::InvalidField("cannot_follow_self"),
            "you cannot follow yourself",
        ));
    }
    if blocked_by(target.cell, target_id, Some(user.account_id)).await?
        || me.blocks(user.account_id, target_id).await?
    {
        return Err(ApiError::not_found("account"));
    }
    // One transaction of the followee's cell decides the edge; the follower's copy
    // follows through the outbox (crash-safe, atomic under concurrent follows).
    let change = state
        .store()
        .follow(
            user.account_id,
            &user.region,
            target_id,
            &target.entry.region,
        )
        .await
        .map_err(|e| match e {
            spool_store::StoreError::NotFound => ApiError::not_found("account"),
            e => e.into(),
        })?;
    let (current, state_now) = (change.before, change.now);
    if state_now == FollowState::Active && current.is_none() {
        crate::feed::follow_event(&state, user.account_id, &user.region, target_id).await;
    }
    if current.is_none() {
        let kind = if state_now == FollowState::Active {
            "follow"
        } else {
            "follow_request"
        };
        notify(&state, target_id, kind, user.account_id, None, None).await;
    }
    Ok(Json(FollowAnswer {
        state: if state_now == FollowState::Active {
            "following"
        } else {
            "requested"
        }
        .into(),
    }))
}

/// Unfollow (or withdraw a follow request).
#[utoipa::path(delete, path = "/api/v1/accounts/{handle}/follow", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Not following any more"), (status = 404, body = ErrorBody)))]
pub async fn unfollow(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    let target = account_by_handle(&state, &handle).await?;
    unlink(
        &state,
        user.account_id,
        &user.region,
        target.entry.account_id,
        target.cell,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes a follow edge `follower` → `target` on both sides (see `Store::unfollow`).
async fn unlink(
    state: &AppState,
    follower: AccountId,
    follower_region: &RegionCode,
    target: AccountId,
    target_cell: &Cell,
) -> ApiResult<()> {
    let before = state
        .store()
        .unfollow(follower, follower_region, target, target_cell.region())
        .await?;
    if before == Some(FollowState::Requested) {
        target_cell
            .unnotify(target, "follow_request", follower, None)
            .await?;
    }
    Ok(())
}

/// Pending follow requests to the caller's (private) account.
#[utoipa::path(get, path = "/api/v1/me/follow-requests", tag = "social", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = ProfileList), (status = 401, body = ErrorBody)))]
pub async fn follow_requests(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<ProfileList>> {
    let me = home(&state, &user)?;
    let edges = me
        .followers(user.account_id, FollowState::Requested, 200)
        .await?;
    Ok(Json(
        profiles(&state, edges.iter().map(|e| e.account_id)).await?,
    ))
}

/// Accept a follow request.
#[utoipa::path(post, path = "/api/v1/me/follow-requests/{handle}", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 204, description = "Accepted"), (status = 404, body = ErrorBody, description = "No such request")))]
pub async fn accept_request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    let requester = account_by_handle(&state, &handle).await?;
    let me = home(&state, &user)?;
    let id = requester.entry.account_id;
    if me.follower_state(user.account_id, id).await? != Some(FollowState::Requested) {
        return Err(ApiError::not_found("follow request"));
    }
    if !state
        .store()
        .accept_follow(user.account_id, &user.region, id, &requester.entry.region)
        .await?
    {
        return Err(ApiError::not_found("follow request"));
    }
    me.unnotify(user.account_id, "follow_request", id, None)
        .await?;
    notify(&state, id, "follow_accepted", user.account_id, None, None).await;
    notify(&state, user.account_id, "follow", id, None, None).await;
    Ok(StatusCode::NO_CONTENT)
}

/// Decline a follow request.
#[utoipa::path(delete, path = "/api/v1/me/follow-requests/{handle}", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 204, description = "Declined"), (status = 404, body = ErrorBody, description = "No such request")))]
pub async fn decline_request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    let requester = account_by_handle(&state, &handle).await?;
    let me = home(&state, &user)?;
    let id = requester.entry.account_id;
    if me.follower_state(user.account_id, id).await? != Some(FollowState::Requested) {
        return Err(ApiError::not_found("follow request"));
    }
    unlink(&state, id, &requester.entry.region, user.account_id, me).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct ProfileList {
    items: Vec<PublicProfile>,
}

async fn profiles(
    state: &AppState,
    ids: impl Iterator<Item = AccountId>,
) -> ApiResult<ProfileList> {
    let mut items = Vec::new();
    for id in ids {
        if let Some(loc) = account_by_id(state, id).await? {
            if let Some(account) = loc.cell.account(id).await? {
                items.push(account.into());
            }
        }
    }
    Ok(ProfileList { items })
}

/// Whether `viewer` may see who `owner` follows, who follows them, and their videos:
/// not when blocked; for a private account only its accepted followers.
async fn may_see_account(owner: &Located<'_>, viewer: Option<AccountId>) -> ApiResult<bool> {
    let id = owner.entry.account_id;
    if viewer == Some(id) {
        return Ok(true);
    }
    if blocked_by(owner.cell, id, viewer).await? {
        return Ok(false);
    }
    if owner.cell.settings(id).await?.is_some_and(|s| s.is_private) {
        return match viewer {
            Some(v) => follows(owner.cell, id, v).await,
            None => Ok(false),
        };
    }
    Ok(true)
}

/// An account's followers (for a private account: its followers only).
#[utoipa::path(get, path = "/api/v1/accounts/{handle}/followers", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 200, body = ProfileList), (status = 404, body = ErrorBody)))]
pub async fn followers(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(handle): Path<String>,
) -> ApiResult<Json<ProfileList>> {
    let owner = account_by_handle(&state, &handle).await?;
    if !may_see_account(&owner, viewer.map(|v| v.account_id)).await? {
        return Err(ApiError::not_found("account"));
    }
    let edges = owner
        .cell
        .followers(owner.entry.account_id, FollowState::Active, 200)
        .await?;
    Ok(Json(
        profiles(&state, edges.iter().map(|e| e.account_id)).await?,
    ))
}

/// The accounts an account follows.
#[utoipa::path(get, path = "/api/v1/accounts/{handle}/following", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 200, body = ProfileList), (status = 404, body = ErrorBody)))]
pub async fn following(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(handle): Path<String>,
) -> ApiResult<Json<ProfileList>> {
    let owner = account_by_handle(&state, &handle).await?;
    if !may_see_account(&owner, viewer.map(|v| v.account_id)).await? {
        return Err(ApiError::not_found("account"));
    }
    let edges = owner.cell.following(owner.entry.account_id, 200).await?;
    Ok(Json(
        profiles(&state, edges.iter().map(|e| e.account_id)).await?,
    ))
}

// --- blocks and mutes --------------------------------------------------------------------

/// Block an account: it sees nothing of you and cannot interact with you; follows
/// between you end.
#[utoipa::path(post, path = "/api/v1/accounts/{handle}/block", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Blocked"), (status = 404, body = ErrorBody)))]
pub async fn block(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    let target = account_by_handle(&state, &handle).await?;
    let me = home(&state, &user)?;
    let id = target.entry.account_id;
    if id == user.account_id {
        return Err(ApiError::new(
            ErrorCode::InvalidField("cannot_block_self"),
            "you cannot block yourself",
        ));
    }
    let ended = state
        .store()
        .block(user.account_id, &user.region, id, &target.entry.region)
        .await?;
    if ended.outgoing == Some(FollowState::Requested) {
        target
            .cell
            .unnotify(id, "follow_request", user.account_id, None)
            .await?;
    }
    if ended.incoming == Some(FollowState::Requested) {
        me.unnotify(user.account_id, "follow_request", id, None)
            .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Unblock an account.
#[utoipa::path(delete, path = "/api/v1/accounts/{handle}/block", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Unblocked"), (status = 404, body = ErrorBody)))]
pub async fn unblock(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    let target = account_by_handle(&state, &handle).await?;
    home(&state, &user)?
        .set_block(
            user.account_id,
            target.entry.account_id,
            &target.entry.region,
            false,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Mute an account: its videos stay out of your feeds; it is not told.
#[utoipa::path(post, path = "/api/v1/accounts/{handle}/mute", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Muted"), (status = 404, body = ErrorBody)))]
pub async fn mute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    let target = account_by_handle(&state, &handle).await?;
    home(&state, &user)?
        .set_mute(
            user.account_id,
            target.entry.account_id,
            &target.entry.region,
            true,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unmute an account.
#[utoipa::path(delete, path = "/api/v1/accounts/{handle}/mute", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)), responses((status = 204, description = "Unmuted"), (status = 404, body = ErrorBody)))]
pub async fn unmute(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
) -> ApiResult<StatusCode> {
    let target = account_by_handle(&state, &handle).await?;
    home(&state, &user)?
        .set_mute(
            user.account_id,
            target.entry.account_id,
            &target.entry.region,
            false,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

// --- likes and shares ----------------------------------------------------------------------

#[derive(Serialize, ToSchema)]
pub struct Counts {
    liked: bool,
    like_count: i64,
    comment_count: i64,
    share_count: i64,
}

/// Like a video. Idempotent. Who liked is recorded in the liker's home region; the
/// count in the video's.
#[utoipa::path(post, path = "/api/v1/videos/{id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), responses((status = 200, body = Counts), (status = 404, body = ErrorBody)))]
pub async fn like(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Counts>> {
    let (region, cell, video) = visible_video(&state, &id, Some(user.account_id)).await?;
    if home(&state, &user)?
        .blocks(user.account_id, video.account_id)
        .await?
    {
        return Err(forbidden("you block this video's creator"));
    }
    if state
        .store()
        .like_video(user.account_id, &user.region, video.id, &region)
        .await?
    {
        crate::feed::social_event(
            &state,
            user.account_id,
            &user.region,
            video.id,
            spool_feed::EventKind::Like,
        )
        .await;
        notify(
            &state,
            video.account_id,
            "like",
            user.account_id,
            Some(video.id),
            None,
        )
        .await;
    }
    counts(cell, video.id, true).await
}

/// Take a like back. Idempotent.
#[utoipa::path(delete, path = "/api/v1/videos/{id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), responses((status = 200, body = Counts), (status = 404, body = ErrorBody)))]
pub async fn unlike(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Counts>> {
    let (_, cell, video) = visible_video(&state, &id, Some(user.account_id)).await?;
    if state
        .store()
        .unlike_video(user.account_id, &user.region, video.id)
        .await?
    {
        if let Some(owner) = account_by_id(&state, video.account_id).await? {
            owner
                .cell
                .unnotify(video.account_id, "like", user.account_id, Some(video.id))
                .await?;
        }
    }
    counts(cell, video.id, false).await
}

async fn counts(cell: &Cell, video: VideoId, liked: bool) -> ApiResult<Json<Counts>> {
    let (like_count, comment_count, share_count) = cell.video_counts(video).await?;
    Ok(Json(Counts {
        liked,
        like_count,
        comment_count,
        share_count,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct ShareAnswer {
    /// A link to the video to pass on.
    url: String,
    share_count: i64,
}

/// Share a video: answers its link and counts the share (who shared is not recorded).
#[utoipa::path(post, path = "/api/v1/videos/{id}/share", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), responses((status = 200, body = ShareAnswer), (status = 404, body = ErrorBody)))]
pub async fn share(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(id): Path<String>,
) -> ApiResult<Json<ShareAnswer>> {
    let (_, cell, video) =
        visible_video(&state, &id, viewer.as_ref().map(|v| v.account_id)).await?;
    cell.bump_video(video.id, VideoCounter::Shares, 1).await?;
    if let Some(v) = &viewer {
        crate::feed::social_event(
            &state,
            v.account_id,
            &v.region,
            video.id,
            spool_feed::EventKind::Share,
        )
        .await;
    }
    let (_, _, share_count) = cell.video_counts(video.id).await?;
    Ok(Json(ShareAnswer {
        url: share_url(&state, video.id),
        share_count,
    }))
}

pub(crate) fn share_url(state: &AppState, video: VideoId) -> String {
    format!(
        "{}/v/{video}",
        state.config().server.public_url.trim_end_matches('/')
    )
}

// --- comments --------------------------------------------------------------------------------

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewComment {
    /// 1 to 500 characters; @mentions notify.
    text: String,
    /// Reply to this top-level comment.
    parent_id: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CommentView {
    #[schema(value_type = String)]
    id: CommentId,
    #[schema(value_type = Option<String>)]
    parent_id: Option<CommentId>,
    author: String,
    text: String,
    like_count: i64,
    reply_count: i64,
    pinned: bool,
    created_at: DateTime<Utc>,
}

async fn comment_view(state: &AppState, c: CommentRecord) -> ApiResult<CommentView> {
    let author = match account_by_id(state, c.author_id).await? {
        Some(loc) => loc.entry.handle.to_string(),
        None => "[deleted]".into(),
    };
    Ok(CommentView {
        id: c.id,
        parent_id: c.parent_id,
        author,
        text: c.body.as_str().to_owned(),
        like_count: c.like_count,
        reply_count: c.reply_count,
        pinned: c.pinned,
        created_at: c.created_at,
    })
}

/// Comment on a video, or reply to a top-level comment. Refused where the video's
/// comments are off, the creator's setting excludes the caller, or the creator blocks
/// them. A teen creator only gets comments from accounts they follow.
#[utoipa::path(post, path = "/api/v1/videos/{id}/comments", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), request_body = NewComment,
    responses((status = 201, body = CommentView),
        (status = 403, body = ErrorBody, description = "`comments_off` or `forbidden`"),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(form): ApiJson<NewComment>,
) -> ApiResult<Response> {
    let text = CommentText::parse(&form.text)?;
    let (_, cell, video) = visible_video(&state, &id, Some(user.account_id)).await?;
    let owner = video.account_id;
    if owner != user.account_id {
        let settings = cell
            .settings(owner)
            .await?
            .ok_or_else(|| ApiError::not_found("video"))?;
        if !video.allow_comments {
            return Err(ApiError::new(
                ErrorCode::CommentsOff,
                "comments are off for this video",
            ));
        }
        let teen = cell
            .personal(owner)
            .await?
            .is_some_and(|p| p.birth_date.age_on(state.today()).is_teen());
        let allowed = if teen {
            // Teens: nobody they do not follow can comment.
            cell.following_state(owner, user.account_id).await? == Some(FollowState::Active)
                && settings.comment_policy != Policy::Nobody
        } else {
            allowed_by_policy(cell, owner, user.account_id, settings.comment_policy).await?
        };
        if !allowed {
            return Err(ApiError::new(
                ErrorCode::CommentsOff,
                "the creator does not take comments from you",
            ));
        }
    }
    let parent = match &form.parent_id {
        None => None,
        Some(raw) => {
            let pid = CommentId::parse(raw).map_err(|_| ApiError::not_found("comment"))?;
            let parent = cell
                .comment(pid)
                .await?
                .filter(|p| p.video_id == video.id)
                .ok_or_else(|| ApiError::not_found("comment"))?;
            if parent.parent_id.is_some() {
                return Err(ApiError::new(
                    ErrorCode::InvalidField("invalid_parent"),
                    "replies go to top-level comments only",
                ));
            }
            Some(parent)
        }
    };
    let record = CommentRecord {
        id: CommentId::new(),
        video_id: video.id,
        author_id: user.account_id,
        author_region: user.region.clone(),
        parent_id: parent.as_ref().map(|p| p.id),
        body: text.clone(),
        like_count: 0,
        pinned: false,
        created_at: Utc::now(),
        reply_count: 0,
    };
    cell.add_comment(&record).await?;
    crate::feed::social_event(
        &state,
        user.account_id,
        &user.region,
        video.id,
        spool_feed::EventKind::Comment,
    )
    .await;
    notify(
        &state,
        owner,
        "comment",
        user.account_id,
        Some(video.id),
        Some(record.id),
    )
    .await;
    if let Some(p) = &parent {
        if p.author_id != owner {
            notify(
                &state,
                p.author_id,
                "reply",
                user.account_id,
                Some(video.id),
                Some(record.id),
            )
            .await;
        }
    }
    notify_mentions(
        &state,
        text.as_str(),
        user.account_id,
        Some(video.id),
        Some(record.id),
    )
    .await;
    let view = comment_view(&state, record).await?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// Sends `mention` notifications to the accounts @mentioned in `text`.
pub(crate) async fn notify_mentions(
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
            notify(state, entry.account_id, "mention", actor, video, comment).await;
        }
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CommentQuery {
    /// Replies to this comment instead of the top-level comments.
    parent_id: Option<String>,
    /// The `cursor` of the previous page.
    cursor: Option<String>,
    limit: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct CommentPage {
    items: Vec<CommentView>,
    cursor: Option<String>,
}

/// A video's comments (pinned first, then oldest first), or the replies to one.
#[utoipa::path(get, path = "/api/v1/videos/{id}/comments", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), CommentQuery), responses((status = 200, body = CommentPage), (status = 404, body = ErrorBody)))]
pub async fn comments(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(id): Path<String>,
    Query(q): Query<CommentQuery>,
) -> ApiResult<Json<CommentPage>> {
    let viewer_id = viewer.as_ref().map(|v| v.account_id);
    let (_, cell, video) = visible_video(&state, &id, viewer_id).await?;
    let parent = q
        .parent_id
        .as_deref()
        .map(CommentId::parse)
        .transpose()
        .map_err(|_| ApiError::not_found("comment"))?;
    let limit = q.limit.unwrap_or(30).clamp(1, 100);
    let after = q.cursor.as_deref().map(parse_comment_cursor).transpose()?;
    let records = cell.comments(video.id, parent, after, limit).await?;
    // The cursor is the last unpinned comment's unique (created_at, id): the pinned one
    // comes on the first page only.
    let cursor = (records.len() == limit as usize).then(|| {
        records.iter().rev().find(|c| !c.pinned).map_or_else(
            || format!("{}.{}", i64::MIN, uuid::Uuid::nil()),
            |c| format!("{}.{}", c.created_at.timestamp_millis(), c.id),
        )
    });
    // Hide comments by accounts the viewer blocks, and by accounts that block the viewer
    // (a blocked account sees nothing of the blocker).
    let blocked = match &viewer {
        Some(v) => home(&state, v)?.blocked_ids(v.account_id).await?,
        None => Vec::new(),
    };
    let mut items = Vec::new();
    for c in records {
        if blocked.contains(&c.author_id) {
            continue;
        }
        if let Some(author) = account_by_id(&state, c.author_id).await? {
            if blocked_by(author.cell, c.author_id, viewer_id).await? {
                continue;
            }
        }
        items.push(comment_view(&state, c).await?);
    }
    Ok(Json(CommentPage { items, cursor }))
}

/// A comment page cursor: `<created_at ms>.<comment id>` (a bare number, as older pages
/// gave, is taken as the start of that millisecond).
fn parse_comment_cursor(raw: &str) -> ApiResult<(i64, CommentId)> {
    let bad = || {
        ApiError::new(
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

/// A comment of a video the viewer may see: (the video's region, comment, video, cell).
async fn video_comment(
    state: &AppState,
    video: &str,
    comment: &str,
    viewer: AccountId,
) -> ApiResult<(RegionCode, CommentRecord, VideoRecord, Cell)> {
    let (region, cell, video) = visible_video(state, video, Some(viewer)).await?;
    let id = CommentId::parse(comment).map_err(|_| ApiError::not_found("comment"))?;
    let c = cell
        .comment(id)
        .await?
        .filter(|c| c.video_id == video.id)
        .ok_or_else(|| ApiError::not_found("comment"))?;
    Ok((region, c, video, cell.clone()))
}

/// Delete a comment: its author or the video's creator may.
#[utoipa::path(delete, path = "/api/v1/videos/{id}/comments/{comment_id}", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204, description = "Deleted (with its replies)"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn delete_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let (_, c, video, cell) = video_comment(&state, &id, &comment_id, user.account_id).await?;
    if c.author_id != user.account_id && video.account_id != user.account_id {
        return Err(forbidden(
            "only the comment's author or the video's creator can delete it",
        ));
    }
    cell.delete_comment(c.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Pin a top-level comment (the video's creator only); one pin per video.
#[utoipa::path(post, path = "/api/v1/videos/{id}/comments/{comment_id}/pin", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204, description = "Pinned"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn pin_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let (_, c, video, cell) = video_comment(&state, &id, &comment_id, user.account_id).await?;
    if video.account_id != user.account_id {
        return Err(forbidden("only the video's creator can pin comments"));
    }
    if c.parent_id.is_some() {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_parent"),
            "only top-level comments can be pinned",
        ));
    }
    cell.pin_comment(video.id, Some(c.id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unpin (the video's creator only).
#[utoipa::path(delete, path = "/api/v1/videos/{id}/comments/{comment_id}/pin", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 204, description = "Unpinned"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn unpin_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let (_, _, video, cell) = video_comment(&state, &id, &comment_id, user.account_id).await?;
    if video.account_id != user.account_id {
        return Err(forbidden("only the video's creator can unpin comments"));
    }
    cell.pin_comment(video.id, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct CommentLikeAnswer {
    liked: bool,
    like_count: i64,
}

/// Like a comment (idempotent).
#[utoipa::path(post, path = "/api/v1/videos/{id}/comments/{comment_id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 200, body = CommentLikeAnswer), (status = 404, body = ErrorBody)))]
pub async fn like_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<Json<CommentLikeAnswer>> {
    let (region, c, video, cell) = video_comment(&state, &id, &comment_id, user.account_id).await?;
    if blocked_by(&cell, c.author_id, Some(user.account_id)).await? {
        return Err(ApiError::not_found("comment"));
    }
    if state
        .store()
        .like_comment(user.account_id, &user.region, c.id, video.id, &region)
        .await?
    {
        notify(
            &state,
            c.author_id,
            "comment_like",
            user.account_id,
            Some(video.id),
            Some(c.id),
        )
        .await;
    }
    let like_count = cell.comment(c.id).await?.map_or(0, |c| c.like_count);
    Ok(Json(CommentLikeAnswer {
        liked: true,
        like_count,
    }))
}

/// Take back a comment like (idempotent).
#[utoipa::path(delete, path = "/api/v1/videos/{id}/comments/{comment_id}/like", tag = "social", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ("comment_id" = String, Path)),
    responses((status = 200, body = CommentLikeAnswer), (status = 404, body = ErrorBody)))]
pub async fn unlike_comment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, comment_id)): Path<(String, String)>,
) -> ApiResult<Json<CommentLikeAnswer>> {
    let (_, c, video, cell) = video_comment(&state, &id, &comment_id, user.account_id).await?;
    state
        .store()
        .unlike_comment(user.account_id, &user.region, c.id, video.id)
        .await?;
    let like_count = cell.comment(c.id).await?.map_or(0, |c| c.like_count);
    Ok(Json(CommentLikeAnswer {
        liked: false,
        like_count,
    }))
}

// --- notifications ---------------------------------------------------------------------------

#[derive(Serialize, ToSchema)]
pub struct NotificationGroup {
    /// `like`, `comment`, `reply`, `mention`, `follow`, `follow_request`,
    /// `follow_accepted`, `comment_like`, `duet`, `stitch`.
    kind: String,
    /// The latest accounts (up to 3), newest first.
    actors: Vec<String>,
    /// How many notifications the group holds ("12 people liked your video").
    count: usize,
    #[schema(value_type = Option<String>)]
    video_id: Option<VideoId>,
    #[schema(value_type = Option<String>)]
    comment_id: Option<CommentId>,
    /// A sentence for people.
    text: String,
    unread: bool,
    latest_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct Notifications {
    /// Unread notifications.
    unread: usize,
    groups: Vec<NotificationGroup>,
}

/// One notification group while grouping: kind, video, comment, members (newest first).
type Group<'a> = (
    String,
    Option<VideoId>,
    Option<CommentId>,
    Vec<&'a spool_store::NotificationRecord>,
);

/// Own notifications, grouped where a person would expect it (likes per video, new
/// followers), newest first.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "social", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = Notifications), (status = 401, body = ErrorBody)))]
pub async fn notifications(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Notifications>> {
    let me = home(&state, &user)?;
    let records = me.notifications(user.account_id, 500).await?;
    let unread = records.iter().filter(|n| !n.read).count();
    let mut groups: Vec<Group<'_>> = Vec::new();
    for n in &records {
        let groupable = matches!(n.kind.as_str(), "like" | "follow" | "comment_like");
        let key_comment = if n.kind == "comment_like" {
            n.comment_id
        } else {
            None
        };
        match groups
            .iter_mut()
            .find(|g| groupable && g.0 == n.kind && g.1 == n.video_id && g.2 == key_comment)
        {
            Some(g) => g.3.push(n),
            None => groups.push((
                n.kind.clone(),
                n.video_id,
                if groupable { key_comment } else { n.comment_id },
                vec![n],
            )),
        }
    }
    let mut out = Vec::new();
    for (kind, video_id, comment_id, items) in groups.into_iter().take(100) {
        let mut actors = Vec::new();
        for n in items.iter() {
            if actors.len() == 3 {
                break;
            }
            if let Some(loc) = account_by_id(&state, n.actor_id).await? {
                let handle = loc.entry.handle.to_string();
                if !actors.contains(&handle) {
                    actors.push(handle);
                }
            }
        }
        let count = items.len();
        let who = match (actors.first(), count) {
            (Some(a), 1) => format!("@{a}"),
            (Some(a), n) => format!("@{a} and {} others", n - 1),
            (None, n) => format!("{n} people"),
        };
        let text = match kind.as_str() {
            "like" if count > 1 => format!("{count} people liked your video"),
            "like" => format!("{who} liked your video"),
            "comment" => format!("{who} commented on your video"),
            "reply" => format!("{who} replied to your comment"),
            "mention" => format!("{who} mentioned you"),
            "follow" if count > 1 => format!("{count} new followers"),
            "follow" => format!("{who} started following you"),
            "follow_request" => format!("{who} asked to follow you"),
            "follow_accepted" => format!("{who} accepted your follow request"),
            "comment_like" => format!("{who} liked your comment"),
            "duet" => format!("{who} made a duet with your video"),
            "stitch" => format!("{who} stitched your video"),
            other => format!("{who}: {other}"),
        };
        out.push(NotificationGroup {
            unread: items.iter().any(|n| !n.read),
            latest_at: items.first().map_or_else(Utc::now, |n| n.created_at),
            kind,
            actors,
            count,
            video_id,
            comment_id,
            text,
        });
    }
    Ok(Json(Notifications {
        unread,
        groups: out,
    }))
}

/// Mark every notification read.
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "social", security(("bearer" = []), ("cookie" = [])),
    responses((status = 204, description = "All read"), (status = 401, body = ErrorBody)))]
pub async fn mark_read(State(state): State<AppState>, user: CurrentUser) -> ApiResult<StatusCode> {
    home(&state, &user)?
        .mark_notifications_read(user.account_id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

// --- settings ----------------------------------------------------------------------------------

#[derive(Serialize, ToSchema)]
pub struct SettingsView {
    is_private: bool,
    /// `everyone`, `followers` or `nobody`.
    who_can_comment: String,
    who_can_duet: String,
    who_can_stitch: String,
    /// Whether others may see the videos you liked.
    liked_videos_public: bool,
    is_teen: bool,
    /// The For-You feed's default mode: `personalized` or `non_personalized`.
    feed_mode: String,
    /// Words (or `#tags`) whose videos are kept out of your feeds.
    keyword_filters: Vec<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsRequest {
    is_private: Option<bool>,
    who_can_comment: Option<String>,
    who_can_duet: Option<String>,
    who_can_stitch: Option<String>,
    liked_videos_public: Option<bool>,
    feed_mode: Option<String>,
    /// Up to 50 words of at most 50 characters each.
    keyword_filters: Option<Vec<String>>,
}

async fn settings_view(state: &AppState, cell: &Cell, id: AccountId) -> ApiResult<SettingsView> {
    let s = cell
        .settings(id)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    let feed = cell
        .feed_settings(id)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    let teen = cell
        .personal(id)
        .await?
        .is_some_and(|p| p.birth_date.age_on(state.today()).is_teen());
    Ok(SettingsView {
        is_private: s.is_private,
        who_can_comment: s.comment_policy.as_str().into(),
        who_can_duet: s.duet_policy.as_str().into(),
        who_can_stitch: s.stitch_policy.as_str().into(),
        liked_videos_public: s.liked_public,
        is_teen: teen,
        feed_mode: if feed.personalized {
            "personalized"
        } else {
            "non_personalized"
        }
        .into(),
        keyword_filters: feed.keyword_filters,
    })
}

/// Normalizes keyword filters: NFKC, lowercased, trimmed, deduplicated.
fn parse_keywords(words: Vec<String>) -> ApiResult<Vec<String>> {
    use unicode_normalization::UnicodeNormalization as _;
    let bad = |m: &str| {
        ApiError::new(ErrorCode::InvalidField("invalid_setting"), m).field("keyword_filters")
    };
    if words.len() > 50 {
        return Err(bad("at most 50 keyword filters"));
    }
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let w: String = w.nfkc().collect::<String>().trim().to_lowercase();
        if w.is_empty() || w.chars().count() > 50 || w.chars().any(char::is_control) {
            return Err(bad("each keyword filter is 1 to 50 characters"));
        }
        if !out.contains(&w) {
            out.push(w);
        }
    }
    Ok(out)
}

/// Own privacy settings.
#[utoipa::path(get, path = "/api/v1/me/settings", tag = "me", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = SettingsView), (status = 401, body = ErrorBody)))]
pub async fn get_settings(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<SettingsView>> {
    let me = home(&state, &user)?;
    Ok(Json(settings_view(&state, me, user.account_id).await?))
}

/// Change privacy settings. Teens cannot open duets or stitches to everyone.
#[utoipa::path(patch, path = "/api/v1/me/settings", tag = "me", security(("bearer" = []), ("cookie" = [])),
    request_body = SettingsRequest,
    responses((status = 200, body = SettingsView), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_settings(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<SettingsRequest>,
) -> ApiResult<Json<SettingsView>> {
    let me = home(&state, &user)?;
    let update = SettingsUpdate {
        is_private: form.is_private,
        comment_policy: form
            .who_can_comment
            .as_deref()
            .map(|p| Policy::parse("who_can_comment", p))
            .transpose()?,
        duet_policy: form
            .who_can_duet
            .as_deref()
            .map(|p| Policy::parse("who_can_duet", p))
            .transpose()?,
        stitch_policy: form
            .who_can_stitch
            .as_deref()
            .map(|p| Policy::parse("who_can_stitch", p))
            .transpose()?,
        liked_public: form.liked_videos_public,
    };
    let teen = me
        .personal(user.account_id)
        .await?
        .is_some_and(|p| p.birth_date.age_on(state.today()).is_teen());
    if teen
        && (update.duet_policy == Some(Policy::Everyone)
            || update.stitch_policy == Some(Policy::Everyone))
    {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_setting"),
            "teen accounts cannot open duets or stitches to everyone",
        ));
    }
    let feed_mode = match form.feed_mode.as_deref() {
        None => None,
        Some("personalized") => Some(true),
        Some("non_personalized") => Some(false),
        Some(_) => {
            return Err(ApiError::new(
                ErrorCode::InvalidField("invalid_setting"),
                "feed_mode is personalized or non_personalized",
            )
            .field("feed_mode"))
        }
    };
    let keywords = form.keyword_filters.map(parse_keywords).transpose()?;
    me.update_settings(user.account_id, &update).await?;
    me.set_feed_settings(user.account_id, feed_mode, keywords.as_deref())
        .await?;
    if update.is_private.is_some() {
        // Going private takes the account's videos out of search; going public brings them back.
        for video in me
            .account_videos(user.account_id, spool_store::VideoScope::Own, None, 10_000)
            .await?
        {
            super::discover::index_video(&state, me, video.id).await;
        }
    }
    Ok(Json(settings_view(&state, me, user.account_id).await?))
}

/// The videos an account liked: shown when the account made them public (and to itself).
#[utoipa::path(get, path = "/api/v1/accounts/{handle}/liked", tag = "social", security((), ("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    responses((status = 200, body = super::videos::VideoPage), (status = 403, body = ErrorBody, description = "The account keeps its likes private"),
        (status = 404, body = ErrorBody)))]
pub async fn liked_videos(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(handle): Path<String>,
) -> ApiResult<Json<super::videos::VideoPage>> {
    let owner = account_by_handle(&state, &handle).await?;
    let viewer_id = viewer.as_ref().map(|v| v.account_id);
    if !may_see_account(&owner, viewer_id).await? {
        return Err(ApiError::not_found("account"));
    }
    let own = viewer_id == Some(owner.entry.account_id);
    let public = owner
        .cell
        .settings(owner.entry.account_id)
        .await?
        .is_some_and(|s| s.liked_public);
    if !own && !public {
        return Err(forbidden("this account keeps its liked videos private"));
    }
    let mut items = Vec::new();
    for (id, region) in owner.cell.liked_videos(owner.entry.account_id, 50).await? {
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        let Some(video) = cell.video(id).await? else {
            continue;
        };
        if may_view(cell, &video, viewer_id).await? {
            items.push(super::videos::video_view(&state, &region, cell, video, viewer_id).await?);
        }
    }
    Ok(Json(super::videos::VideoPage {
        items,
        cursor: None,
    }))
}
