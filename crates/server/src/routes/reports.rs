//! Notices (reports) about videos, comments and accounts: from accounts, and from
//! logged-out visitors (DSA art. 16: name, e-mail and a statement of good faith).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{ClientIp, CurrentUser};
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;
use crate::services::moderation::notices::{self, NoticeForm, OwnNotice, Sender};
use crate::services::moderation::TargetRef;
use crate::services::Actor;
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    /// Exactly one of `video_id`, `comment_id` and `account` (a handle).
    video_id: Option<String>,
    comment_id: Option<String>,
    account: Option<String>,
    /// `hate_speech`, `harassment`, `violent_extremism`, `disinformation`,
    /// `child_safety`, `self_harm`, `illegal_goods`, `scams`, `spam`,
    /// `intellectual_property` or `other` (`violence`, `illegal` and `sexual_content`
    /// are still accepted).
    category: String,
    /// Optional details, at most 1000 characters.
    #[serde(default)]
    note: String,
    /// Logged-out visitors only (all three required): who sends the notice.
    name: Option<String>,
    email: Option<String>,
    /// Logged-out visitors: "I believe in good faith that the information in this notice
    /// is accurate and complete."
    #[serde(default)]
    good_faith: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ReportAnswer {
    id: String,
    /// `open` until a moderator decides.
    state: String,
    /// False when you had already reported this item (the first notice stands).
    new: bool,
    /// Logged-out visitors: the secret to look the notice up later
    /// (`GET /api/v1/reports/{id}?receipt=...`). Shown once.
    #[serde(skip_serializing_if = "Option::is_none")]
    receipt: Option<String>,
}

/// Report a video, a comment or an account. Kept in the content's region for its
/// moderators; the sender is kept only as a keyed hash, never shown to anyone.
#[utoipa::path(post, path = "/api/v1/reports", tag = "moderation", security((), ("bearer" = []), ("cookie" = [])),
    request_body = ReportRequest,
    responses((status = 201, body = ReportAnswer), (status = 200, body = ReportAnswer, description = "Already reported"),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn report(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    ip: ClientIp,
    ApiJson(form): ApiJson<ReportRequest>,
) -> ApiResult<(StatusCode, Json<ReportAnswer>)> {
    let target = TargetRef::from_fields(form.video_id, form.comment_id, form.account)?;
    let sender = match &user {
        Some(u) => Sender::Account(Actor::from(u)),
        None => Sender::Visitor {
            name: form.name.unwrap_or_default(),
            email: form.email.unwrap_or_default(),
            good_faith: form.good_faith,
            ip: ip.0,
        },
    };
    let filed = notices::file(
        &state,
        NoticeForm {
            target,
            category: form.category,
            note: form.note,
            sender,
        },
    )
    .await?;
    Ok((
        if filed.new {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        },
        Json(ReportAnswer {
            id: filed.id.to_string(),
            state: "open".into(),
            new: filed.new,
            receipt: filed.receipt,
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct NoticeTarget {
    /// `video`, `comment` or `account`.
    kind: String,
    id: String,
}

#[derive(Serialize, ToSchema)]
pub struct NoticeView {
    id: String,
    region: String,
    category: String,
    target: NoticeTarget,
    created_at: String,
    /// `open` or `decided`.
    state: String,
    /// Once decided: what was done (never the creator's personal data).
    #[schema(value_type = Option<Object>)]
    outcome: Option<serde_json::Value>,
}

fn view(n: OwnNotice) -> NoticeView {
    NoticeView {
        id: n.notice.id.to_string(),
        region: n.region,
        category: n.notice.category,
        target: NoticeTarget {
            kind: n.notice.target.kind.as_str().to_owned(),
            id: n.notice.target.id.to_string(),
        },
        created_at: crate::services::moderation::rfc3339(n.notice.created_ms),
        state: if n.notice.open { "open" } else { "decided" }.to_owned(),
        outcome: n.notice.outcome,
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct ReceiptQuery {
    /// The receipt a logged-out sender was given.
    receipt: Option<String>,
}

/// One of your notices, with its outcome: for the account that sent it, or with the
/// receipt a logged-out sender was given.
#[utoipa::path(get, path = "/api/v1/reports/{id}", tag = "moderation", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), ReceiptQuery),
    responses((status = 200, body = NoticeView), (status = 404, body = ErrorBody)))]
pub async fn get_report(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    Path(id): Path<String>,
    Query(q): Query<ReceiptQuery>,
) -> ApiResult<Json<NoticeView>> {
    let actor = user.as_ref().map(Actor::from);
    let n = notices::own_notice(&state, actor.as_ref(), &id, q.receipt.as_deref()).await?;
    Ok(Json(view(n)))
}

#[derive(Serialize, ToSchema)]
pub struct NoticeList {
    items: Vec<NoticeView>,
}

/// The notices you sent, newest first, with their outcomes.
#[utoipa::path(get, path = "/api/v1/me/reports", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = NoticeList), (status = 401, body = ErrorBody)))]
pub async fn my_reports(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<NoticeList>> {
    let items = notices::own_notices(&state, &Actor::from(&user)).await?;
    Ok(Json(NoticeList {
        items: items.into_iter().map(view).collect(),
    }))
}
