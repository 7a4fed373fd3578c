//! The moderators' routes: the region's review queue, an item and its context, claims,
//! decisions and appeal reviews. Every route answers 403 to anyone who is not a
//! moderator of the region concerned; nothing here shows who sent a notice.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiResult, ErrorBody};
use crate::json::ApiJson;
use crate::services::moderation::review::{self, DecisionForm, ItemContext, QueueItem};
use crate::services::moderation::{appeals, rfc3339, TargetRef};
use crate::services::Actor;
use crate::state::AppState;
use crate::views::{appeal_view, decision_view, AppealView, DecisionView, TargetView};

#[derive(Serialize, ToSchema)]
pub struct ClaimView {
    /// Claimed by the caller.
    mine: bool,
    expires_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ItemView {
    id: String,
    region: String,
    /// `notice`, `match` (a re-upload of removed content) or `appeal`.
    kind: String,
    target: TargetView,
    category: String,
    severity: i64,
    notice_count: i64,
    reach_24h: i64,
    automated: bool,
    /// What automated detection found: screening hits, a fingerprint match, a proposed
    /// suspension.
    #[schema(value_type = Object)]
    detection: serde_json::Value,
    created_at: String,
    deadline_at: String,
    /// Negative once overdue.
    seconds_left: i64,
    overdue: bool,
    /// `open` or `decided`.
    state: String,
    claim: Option<ClaimView>,
    appeal_id: Option<String>,
}

fn item_view(q: &QueueItem, me: &Actor) -> ItemView {
    let i = &q.item;
    let now = spool_store::now_ms();
    let claim = match (i.claimed_by, i.claim_expires_ms) {
        (Some(by), Some(until)) if until > now && i.open => Some(ClaimView {
            mine: by == me.id,
            expires_at: rfc3339(until),
        }),
        _ => None,
    };
    ItemView {
        id: i.id.to_string(),
        region: q.region.to_string(),
        kind: i.kind.as_str().to_owned(),
        target: TargetView {
            kind: i.target.kind.as_str().to_owned(),
            id: i.target.id.to_string(),
            handle: q.handle.clone(),
        },
        category: i.category.clone(),
        severity: i.severity,
        notice_count: i.notice_count,
        reach_24h: q.reach_24h,
        automated: i.automated,
        detection: i.detection.clone(),
        created_at: rfc3339(i.created_ms),
        deadline_at: rfc3339(i.deadline_ms),
        seconds_left: (i.deadline_ms - now) / 1000,
        overdue: i.open && now > i.deadline_ms,
        state: if i.open { "open" } else { "decided" }.to_owned(),
        claim,
        appeal_id: i.appeal_id.map(|a| a.to_string()),
    }
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct QueueQuery {
    /// The region (default: the caller's home region).
    region: Option<String>,
    /// At most this many items (default 100, at most 500).
    limit: Option<usize>,
}

#[derive(Serialize, ToSchema)]
pub struct Queue {
    region: String,
    items: Vec<ItemView>,
}

/// The region's open review items, most urgent first.
#[utoipa::path(get, path = "/api/v1/moderation/queue", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    params(QueueQuery),
    responses((status = 200, body = Queue), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn queue(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(q): Query<QueueQuery>,
) -> ApiResult<Json<Queue>> {
    let actor = Actor::from(&user);
    let region = match q.region.filter(|r| !r.is_empty()) {
        Some(r) => spool_core::RegionCode::parse(&r)?,
        None => actor.region.clone(),
    };
    let items = review::queue(&state, &actor, &region, q.limit.unwrap_or(100)).await?;
    Ok(Json(Queue {
        region: region.to_string(),
        items: items.iter().map(|i| item_view(i, &actor)).collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct NoticeSummary {
    category: String,
    note: String,
    /// `account`, `anonymous` or `screening`: never who.
    source: String,
    created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ItemDetail {
    #[serde(flatten)]
    item: ItemView,
    /// The content: caption, sound, state, media links, remixes; or the comment and its
    /// video; or the account's bio.
    #[schema(value_type = Object)]
    context: serde_json::Value,
    notices: Vec<NoticeSummary>,
    /// Earlier decisions about this account's content or the account.
    history: Vec<DecisionView>,
    #[schema(value_type = Option<Object>)]
    appeal: Option<serde_json::Value>,
}

fn video_context(state: &AppState, v: &spool_store::VideoRecord, region: &str) -> serde_json::Value {
    let ttl = std::time::Duration::from_secs(state.config().media.signed_url_ttl_secs);
    let base = spool_core::RegionCode::parse(region)
        .ok()
        .map(|r| state.media_key().signed_base(&r, v.id, ttl));
    serde_json::json!({
        "id": v.id.to_string(),
        "caption": v.caption.as_str(),
        "state": v.state.as_str(),
        "visibility": v.visibility.as_str(),
        "sound_id": v.sound_id.map(|s| s.to_string()),
        "reuses_sound": v.reuses_sound,
        "remix": v.remix.as_ref().map(|(k, of, _)| serde_json::json!({"kind": k, "of": of.to_string()})),
        "moderation": v.moderation,
        "playlist_url": base.as_ref().map(|b| format!("{b}/master.m3u8")),
        "poster_url": base.as_ref().map(|b| format!("{b}/poster.jpg")),
        "created_at": v.created_at.to_rfc3339(),
    })
}

fn detail(state: &AppState, c: ItemContext, me: &Actor) -> ItemDetail {
    let region = c.queued.region.to_string();
    let context = serde_json::json!({
        "video": c.video.as_ref().map(|v| video_context(state, v, &region)),
        "comment": c.comment.as_ref().map(|cm| serde_json::json!({
            "id": cm.id.to_string(), "text": cm.body.as_str(), "video_id": cm.video_id.to_string(),
            "created_at": cm.created_at.to_rfc3339(), "moderation": cm.moderation,
        })),
        "remixes": c.remixes.iter().map(|v| video_context(state, v, &region)).collect::<Vec<_>>(),
        "account": {"handle": c.queued.handle, "bio": c.account_bio},
    });
    ItemDetail {
        item: item_view(&c.queued, me),
        context,
        notices: c
            .notices
            .iter()
            .map(|n| NoticeSummary {
                category: n.category.clone(),
                note: n.note.clone(),
                source: n.source.clone(),
                created_at: rfc3339(n.created_ms),
            })
            .collect(),
        history: c.history.iter().map(decision_view).collect(),
        appeal: c.appeal.map(|(a, d)| {
            serde_json::json!({
                "id": a.id.to_string(),
                "text": a.text,
                "state": a.state,
                "created_at": rfc3339(a.created_ms),
                "decision": d.as_ref().map(|d| serde_json::to_value(decision_view(d)).unwrap_or_default()),
            })
        }),
    }
}

/// A review item with everything needed to decide it (never who sent its notices).
#[utoipa::path(get, path = "/api/v1/moderation/items/{id}", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = ItemDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn item(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<ItemDetail>> {
    let actor = Actor::from(&user);
    let c = review::item(&state, &actor, &id).await?;
    Ok(Json(detail(&state, c, &actor)))
}

#[derive(Serialize, ToSchema)]
pub struct Claimed {
    item: ItemView,
}

/// Claims an item (for `[moderation] claim_minutes`); 409 while another holds it.
#[utoipa::path(post, path = "/api/v1/moderation/items/{id}/claim", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = Claimed), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn claim(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<Claimed>> {
    let actor = Actor::from(&user);
    let q = review::claim(&state, &actor, &id).await?;
    Ok(Json(Claimed {
        item: item_view(&q, &actor),
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelForm {
    text: String,
    url: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    /// Exactly one of `video_id`, `comment_id` and `account` (a handle).
    video_id: Option<String>,
    comment_id: Option<String>,
    account: Option<String>,
    /// `no_violation`, `remove`, `age_restrict`, `restrict_regions`, `label`,
    /// `reduce_distribution`, `suspend` or `terminate`.
    action: String,
    /// A clause id of the policy book, or a category name for its default clause.
    policy: String,
    /// The facts the decision rests on; the creator reads them in the statement.
    facts: String,
    item_id: Option<String>,
    /// `restrict_regions`: where it is withheld, and the order's reference.
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
    reference: Option<String>,
    /// `label`: the information panel.
    label: Option<LabelForm>,
    /// `suspend`: for how long.
    days: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionAnswer {
    decision: DecisionView,
    /// The statement of reasons sent to the creator (none for `no_violation`).
    statement_id: Option<String>,
}

/// Decides about a video, a comment or an account under a policy clause; the decision
/// takes effect everywhere at once, goes to the region's audit log, and its creator gets
/// a statement of reasons.
#[utoipa::path(post, path = "/api/v1/moderation/decisions", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    request_body = DecisionRequest,
    responses((status = 201, body = DecisionAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<DecisionRequest>,
) -> ApiResult<(StatusCode, Json<DecisionAnswer>)> {
    let actor = Actor::from(&user);
    let target = TargetRef::from_fields(form.video_id, form.comment_id, form.account)?;
    let decided = review::decide(
        &state,
        &actor,
        DecisionForm {
            target,
            action: form.action,
            policy: form.policy,
            facts: form.facts,
            item_id: form.item_id,
            regions: form.regions,
            countries: form.countries,
            reference: form.reference,
            label: form.label.map(|l| spool_store::Label {
                text: l.text,
                url: l.url,
            }),
            days: form.days,
        },
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(DecisionAnswer {
            decision: decision_view(&decided.decision),
            statement_id: decided.statement_id.map(|s| s.to_string()),
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct PolicyView {
    id: String,
    title: String,
    text: String,
    /// `incompatible` (against the terms) or `illegal`.
    ground: String,
    legal_ground: Option<String>,
    category: String,
    /// The category's default clause.
    default: bool,
}

#[derive(Serialize, ToSchema)]
pub struct Policies {
    policies: Vec<PolicyView>,
}

/// The policy book: every clause a decision may name (public).
#[utoipa::path(get, path = "/api/v1/moderation/policies", tag = "moderation",
    responses((status = 200, body = Policies)))]
pub async fn policies(State(state): State<AppState>) -> Json<Policies> {
    let book = &state.moderation().book;
    Json(Policies {
        policies: book
            .clauses()
            .iter()
            .map(|c| PolicyView {
                id: c.id.clone(),
                title: c.title.clone(),
                text: c.text.clone(),
                ground: c.ground.as_str().to_owned(),
                legal_ground: c.legal_ground.clone(),
                category: c.category.as_str().to_owned(),
                default: book.default_for(c.category).is_some_and(|d| d.id == c.id),
            })
            .collect(),
    })
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealDecisionRequest {
    /// `upheld` (the decision is reversed) or `rejected`.
    outcome: String,
    facts: String,
}

#[derive(Serialize, ToSchema)]
pub struct AppealAnswer {
    appeal: AppealView,
    /// The new statement sent to the appellant.
    statement_id: String,
}

/// Reviews an appeal: by a moderator other than the one who decided (403
/// `same_moderator`). Upheld reverses the decision at once.
#[utoipa::path(post, path = "/api/v1/moderation/appeals/{id}/decision", tag = "moderation", security(("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path)), request_body = AppealDecisionRequest,
    responses((status = 201, body = AppealAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn decide_appeal(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    ApiJson(form): ApiJson<AppealDecisionRequest>,
) -> ApiResult<(StatusCode, Json<AppealAnswer>)> {
    let upheld = match form.outcome.as_str() {
        "upheld" => true,
        "rejected" => false,
        _ => {
            return Err(crate::error::ApiError::new(
                crate::error::ErrorCode::InvalidField("invalid_outcome"),
                "outcome is upheld or rejected",
            )
            .field("outcome"))
        }
    };
    let done = appeals::decide(&state, &Actor::from(&user), &id, upheld, &form.facts).await?;
    Ok((
        StatusCode::CREATED,
        Json(AppealAnswer {
            appeal: appeal_view(&done.appeal),
            statement_id: done.statement_id.to_string(),
        }),
    ))
}
