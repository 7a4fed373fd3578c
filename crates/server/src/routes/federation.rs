//! Federation over ActivityPub: WebFinger, actor documents, inboxes, outboxes and the
//! videos as objects (for other instances), and the caller's remote follows (for the
//! client). The rules are in `crate::federation`.

use activitypub_federation::fetch::webfinger::{build_webfinger_response, extract_webfinger_name};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use spool_store::Side;
use utoipa::{IntoParams, ToSchema};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::federation::{self as fed, ApActor};
use crate::services::Actor;
use crate::state::AppState;
use crate::views::RemotePostView;

const ACTIVITY_JSON: &str = "application/activity+json";

fn activity_json(value: impl Serialize) -> Response {
    let mut res = Json(value).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(ACTIVITY_JSON),
    );
    res
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WebfingerQuery {
    /// `acct:handle@domain`
    resource: String,
}

/// WebFinger: the actor of `acct:handle@domain` (accounts that take part in federation).
#[utoipa::path(get, path = "/.well-known/webfinger", tag = "federation", params(WebfingerQuery),
    responses((status = 200, description = "A JRD document"), (status = 404, body = ErrorBody)))]
pub async fn webfinger(
    State(state): State<AppState>,
    Query(q): Query<WebfingerQuery>,
) -> ApiResult<Response> {
    let data = fed::fed(&state)?;
    let name = extract_webfinger_name(&q.resource, &data)
        .map_err(|_| ApiError::not_found("account"))?
        .to_owned();
    let located = crate::services::accounts::by_handle(&state, &name).await?;
    let actor = ApActor::local(&state, located.cell, located.entry.account_id)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(|| ApiError::not_found("account"))?;
    let url = actor.id.clone();
    let mut res = Json(build_webfinger_response(q.resource, url)).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/jrd+json"),
    );
    Ok(res)
}

async fn local_actor(state: &AppState, id: &str) -> ApiResult<ApActor> {
    fed::fed(state)?;
    let url = url::Url::parse(&format!("{}/ap/actors/{id}", fed::base(state)))
        .map_err(|_| ApiError::not_found("actor"))?;
    ApActor::local_by_url(state, &url)
        .await
        .map_err(ApiError::internal)?
        .ok_or_else(|| ApiError::not_found("actor"))
}

/// An account's actor document (with its public key).
#[utoipa::path(get, path = "/ap/actors/{id}", tag = "federation", params(("id" = String, Path)),
    responses((status = 200, description = "An ActivityStreams Person"), (status = 404, body = ErrorBody)))]
pub async fn actor_document(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let actor = local_actor(&state, &id).await?;
    let person = actor.person(&state).map_err(ApiError::internal)?;
    Ok(activity_json(fed::with_context(person)))
}

/// How many remote and local accounts follow the actor (the list itself is not public).
#[utoipa::path(get, path = "/ap/actors/{id}/followers", tag = "federation", params(("id" = String, Path)),
    responses((status = 200, description = "An OrderedCollection with its total only"), (status = 404, body = ErrorBody)))]
pub async fn actor_followers(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let actor = local_actor(&state, &id).await?;
    let total = fed::follower_total(&state, &actor).await?;
    Ok(activity_json(serde_json::json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": format!("{}/followers", actor.id),
        "type": "OrderedCollection",
        "totalItems": total,
    })))
}

/// The actor's public videos, newest first, as Create activities.
#[utoipa::path(get, path = "/ap/actors/{id}/outbox", tag = "federation", params(("id" = String, Path)),
    responses((status = 200, description = "An OrderedCollection of Create(Video)"), (status = 404, body = ErrorBody)))]
pub async fn actor_outbox(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let actor = local_actor(&state, &id).await?;
    let items = fed::outbox(&state, &actor).await?;
    Ok(activity_json(serde_json::json!({
        "@context": fed::context(),
        "id": format!("{}/outbox", actor.id),
        "type": "OrderedCollection",
        "totalItems": items.len(),
        "orderedItems": items,
    })))
}

/// A public video as an ActivityStreams Video.
#[utoipa::path(get, path = "/ap/videos/{id}", tag = "federation", params(("id" = String, Path)),
    responses((status = 200, description = "An ActivityStreams Video"), (status = 404, body = ErrorBody)))]
pub async fn video_object(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let object = fed::public_video(&state, &id).await?;
    Ok(activity_json(object))
}

/// Receives an activity (per-account inbox and shared inbox alike).
async fn receive(state: AppState, req: Request) -> ApiResult<StatusCode> {
    fed::inbox::receive(&state, req).await?;
    Ok(StatusCode::ACCEPTED)
}

/// An account's inbox.
#[utoipa::path(post, path = "/ap/actors/{id}/inbox", tag = "federation", params(("id" = String, Path)),
    responses((status = 202, description = "Accepted"), (status = 401, body = ErrorBody), (status = 400, body = ErrorBody)))]
pub async fn actor_inbox(
    State(state): State<AppState>,
    Path(_id): Path<String>,
    req: Request,
) -> ApiResult<StatusCode> {
    receive(state, req).await
}

/// The instance's shared inbox.
#[utoipa::path(post, path = "/ap/inbox", tag = "federation",
    responses((status = 202, description = "Accepted"), (status = 401, body = ErrorBody), (status = 400, body = ErrorBody)))]
pub async fn shared_inbox(State(state): State<AppState>, req: Request) -> ApiResult<StatusCode> {
    receive(state, req).await
}

// ----------------------------------------------------------------------------- the client

#[derive(Deserialize, ToSchema)]
pub struct FollowRemote {
    /// `name@host` of the account on another instance.
    acct: String,
}

#[derive(Serialize, ToSchema)]
pub struct RemoteAccount {
    acct: String,
    actor: String,
    /// `requested` (waiting for an answer) or `active`.
    state: String,
}

/// Follow an account on another instance by its address.
#[utoipa::path(post, path = "/api/v1/federation/follows", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = FollowRemote,
    responses((status = 200, body = RemoteAccount), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn follow_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<FollowRemote>,
) -> ApiResult<Json<RemoteAccount>> {
    let f = fed::follow_remote(&state, &Actor::from(&user), &body.acct).await?;
    Ok(Json(RemoteAccount {
        acct: f.acct,
        actor: f.actor,
        state: f.state,
    }))
}

/// The remote accounts the caller follows.
#[utoipa::path(get, path = "/api/v1/federation/follows", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = Vec<RemoteAccount>)))]
pub async fn remote_follows(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<RemoteAccount>>> {
    edges(&state, &user, Side::Following).await
}

/// The remote accounts following the caller (and their requests).
#[utoipa::path(get, path = "/api/v1/federation/followers", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = Vec<RemoteAccount>)))]
pub async fn remote_followers(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<RemoteAccount>>> {
    edges(&state, &user, Side::Followers).await
}

async fn edges(
    state: &AppState,
    user: &CurrentUser,
    side: Side,
) -> ApiResult<Json<Vec<RemoteAccount>>> {
    let list = fed::edges(state, &Actor::from(user), side).await?;
    Ok(Json(
        list.into_iter()
            .map(|e| RemoteAccount {
                acct: e.acct,
                actor: e.actor_uri,
                state: e.state,
            })
            .collect(),
    ))
}

/// Stop following a remote account.
#[utoipa::path(delete, path = "/api/v1/federation/follows/{acct}", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    params(("acct" = String, Path)), responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn unfollow_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(acct): Path<String>,
) -> ApiResult<StatusCode> {
    fed::unfollow_remote(&state, &Actor::from(&user), &acct).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct RemoteActorRef {
    /// The remote actor's id (URL), as listed.
    actor: String,
}

/// Accept a remote follow request (the caller is a private account).
#[utoipa::path(post, path = "/api/v1/federation/followers/accept", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = RemoteActorRef, responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn accept_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<RemoteActorRef>,
) -> ApiResult<StatusCode> {
    fed::accept_request(&state, &Actor::from(&user), &body.actor).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Decline a remote follow request, or remove a remote follower.
#[utoipa::path(post, path = "/api/v1/federation/followers/remove", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = RemoteActorRef, responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn remove_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<RemoteActorRef>,
) -> ApiResult<StatusCode> {
    fed::remove_follower(&state, &Actor::from(&user), &body.actor).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RemoteFeedQuery {
    /// Only posts published before this time (milliseconds), for the next page.
    before: Option<i64>,
    limit: Option<u32>,
}

/// Posts of the remote accounts the caller follows, newest first (each labelled with
/// its origin by its URLs).
#[utoipa::path(get, path = "/api/v1/federation/feed", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    params(RemoteFeedQuery), responses((status = 200, body = Vec<RemotePostView>)))]
pub async fn remote_feed(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<RemoteFeedQuery>,
) -> ApiResult<Json<Vec<RemotePostView>>> {
    let posts =
        fed::remote_feed(&state, &Actor::from(&user), q.before, q.limit.unwrap_or(20)).await?;
    Ok(Json(posts.into_iter().map(RemotePostView::from).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct RemoteReport {
    /// The id of the remote post (as listed in the federation feed).
    object: String,
    #[serde(default)]
    note: String,
    /// The report names you to the other instance's moderators: must be true.
    #[serde(default)]
    identify: bool,
}

/// Report a remote post to its instance's moderators (an ActivityPub Flag).
#[utoipa::path(post, path = "/api/v1/federation/reports", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = RemoteReport, responses((status = 202), (status = 404, body = ErrorBody), (status = 400, body = ErrorBody)))]
pub async fn report_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<RemoteReport>,
) -> ApiResult<StatusCode> {
    fed::report_remote(
        &state,
        &Actor::from(&user),
        &body.object,
        &body.note,
        body.identify,
    )
    .await?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Deserialize, ToSchema)]
pub struct BlockRemote {
    /// `name@host`, or the actor's id (URL).
    account: String,
}

/// Block an account of another instance: edges end, its follows are ignored, nothing
/// more is sent to it.
#[utoipa::path(post, path = "/api/v1/federation/blocks", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = BlockRemote, responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn block_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<BlockRemote>,
) -> ApiResult<StatusCode> {
    fed::block_remote(&state, &Actor::from(&user), &body.account).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The instance-level decisions about other instances (defederation, silencing), with
/// their reasons and dates: public, like the rest of the transparency report.
#[utoipa::path(get, path = "/api/v1/transparency/federation", tag = "federation",
    responses((status = 200, body = Vec<crate::config::InstanceBlock>)))]
pub async fn instance_decisions(
    State(state): State<AppState>,
) -> Json<Vec<crate::config::InstanceBlock>> {
    Json(state.config().federation.instance_blocks.clone())
}

#[derive(Deserialize, ToSchema)]
pub struct RemoteObject {
    /// The id of the remote post (as listed in the federation feed).
    object: String,
}

/// Like a remote post you received (a Like to its instance).
#[utoipa::path(post, path = "/api/v1/federation/likes", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = RemoteObject, responses((status = 202), (status = 404, body = ErrorBody)))]
pub async fn like_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<RemoteObject>,
) -> ApiResult<StatusCode> {
    fed::like_remote(&state, &Actor::from(&user), &body.object, true).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Take back a like of a remote post (an Undo of the Like).
#[utoipa::path(post, path = "/api/v1/federation/likes/undo", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = RemoteObject, responses((status = 202), (status = 404, body = ErrorBody)))]
pub async fn unlike_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<RemoteObject>,
) -> ApiResult<StatusCode> {
    fed::like_remote(&state, &Actor::from(&user), &body.object, false).await?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Deserialize, ToSchema)]
pub struct RemoteReply {
    /// The id of the remote post (as listed in the federation feed).
    object: String,
    /// The comment, 1 to 500 characters.
    text: String,
}

#[derive(Serialize, ToSchema)]
pub struct ReplySent {
    /// The reply's id (a Note of this instance).
    id: String,
}

/// Answer a remote post you received (a reply Note to its instance).
#[utoipa::path(post, path = "/api/v1/federation/replies", tag = "federation", security(("bearer" = []), ("cookie" = [])),
    request_body = RemoteReply, responses((status = 202, body = ReplySent), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reply_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<RemoteReply>,
) -> ApiResult<(StatusCode, Json<ReplySent>)> {
    let id = fed::reply_remote(&state, &Actor::from(&user), &body.object, &body.text).await?;
    Ok((StatusCode::ACCEPTED, Json(ReplySent { id })))
}

#[derive(Serialize, ToSchema)]
pub struct RemoteReplyView {
    /// The reply's id on its instance.
    id: String,
    /// Its author, `name@host`, and their actor.
    acct: String,
    actor: String,
    /// Plain text (the remote HTML with its tags removed).
    text: String,
    received_ms: i64,
}

/// Replies from other instances to a video (for whoever may see the video).
#[utoipa::path(get, path = "/api/v1/videos/{id}/remote-replies", tag = "federation",
    params(("id" = String, Path)), responses((status = 200, body = Vec<RemoteReplyView>), (status = 404, body = ErrorBody)))]
pub async fn remote_replies(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(id): Path<String>,
) -> ApiResult<Json<Vec<RemoteReplyView>>> {
    let list = fed::remote_replies(&state, viewer.as_ref().map(Actor::from), &id).await?;
    Ok(Json(
        list.into_iter()
            .map(|r| RemoteReplyView {
                id: r.object_uri,
                acct: r.acct,
                actor: r.actor_uri,
                text: r.content,
                received_ms: r.created_at,
            })
            .collect(),
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReplyQuery {
    /// The reply's id on its instance (`id` of a remote reply).
    reply: String,
}

/// Removes a reply from another instance under your own video.
#[utoipa::path(delete, path = "/api/v1/videos/{id}/remote-replies", tag = "federation",
    security(("bearer" = []), ("cookie" = [])), params(("id" = String, Path), ReplyQuery),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remove_remote_reply(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Query(q): Query<ReplyQuery>,
) -> ApiResult<StatusCode> {
    fed::remove_remote_reply(&state, &Actor::from(&user), &id, &q.reply).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LookupQuery {
    /// `name@host` (a leading `@` is allowed).
    acct: String,
}

#[derive(Serialize, ToSchema)]
pub struct RemoteAccountView {
    acct: String,
    actor: String,
    name: String,
    display_name: String,
    /// Plain text.
    summary: String,
    /// Its follows need its approval.
    locked: bool,
    /// Your follow of it: `requested`, `active`, or absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    following: Option<String>,
}

/// Finds an account of another instance by its address (WebFinger, then its actor), to
/// follow it. For signed-in accounts that take part in federation.
#[utoipa::path(get, path = "/api/v1/federation/accounts", tag = "federation",
    security(("bearer" = []), ("cookie" = [])), params(LookupQuery),
    responses((status = 200, body = RemoteAccountView), (status = 400, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn lookup_remote(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<LookupQuery>,
) -> ApiResult<Json<RemoteAccountView>> {
    let a = fed::lookup_remote(&state, &Actor::from(&user), &q.acct).await?;
    Ok(Json(RemoteAccountView {
        acct: a.acct,
        actor: a.actor,
        name: a.name,
        display_name: a.display_name,
        summary: a.summary,
        locked: a.locked,
        following: a.following,
    }))
}
