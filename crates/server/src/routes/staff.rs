//! Staff tools: roles scoped to regions, time-boxed access grants with a justification,
//! reads of personal data only through a valid grant, and the audit log's entries and
//! proofs for the auditor role.
//!
//! Who writes to a region's audit log: only staff holding a role in that region (and the
//! account owners' own exports and deletions, elsewhere). Every grant, decision, read and
//! role change is appended to the region's tamper-evident log, and so is every refusal of
//! a caller with a role there; a caller without one is refused without an entry, so no
//! account can fill a region's log (or someone's access log) with entries. Refusals count
//! against a per-account hourly allowance (`rate_limits.staff_refusals_per_account_per_hour`;
//! then 429 with Retry-After, and nothing more is written). `GET`s change nothing: the
//! reads that are logged are `POST`s, and the auditor's `GET`s refuse without logging.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use spool_audit::AuditLog;
use spool_core::{AccountId, HandleKey, RegionCode};
use spool_store::{Cell, DirectoryEntry, Grant};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::audit::{record, AccessEntry};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::state::AppState;

pub const ROLES: [&str; 4] = ["moderator", "support", "admin", "auditor"];
/// Scopes of personal data; all but `profile` need a second staff member's approval.
pub const SCOPES: [&str; 4] = ["profile", "email", "login_records", "view_history"];
/// The roles that may ask for and use access grants.
const GRANT_ROLES: [&str; 3] = ["support", "moderator", "admin"];
const DEFAULT_GRANT_MINUTES: u32 = 60;
const MAX_GRANT_MINUTES: u32 = 8 * 60;

fn sensitive(scope: &str) -> bool {
    scope != "profile"
}

fn forbidden(message: &str) -> ApiError {
    ApiError::new(ErrorCode::Forbidden, message)
}

fn region_cell<'a>(state: &'a AppState, region: &str) -> ApiResult<(RegionCode, &'a Cell)> {
    let code = RegionCode::parse(region)
        .map_err(|_| ApiError::new(ErrorCode::UnknownRegion, "no such region").field("region"))?;
    let cell = state
        .store()
        .cell(&code)
        .ok_or_else(|| ApiError::new(ErrorCode::UnknownRegion, "no such region").field("region"))?;
    Ok((code, cell))
}

/// The account behind a handle, and its home cell.
async fn subject_by_handle<'a>(
    state: &'a AppState,
    handle: &str,
) -> ApiResult<(DirectoryEntry, &'a Cell)> {
    let not_found = || ApiError::not_found("account");
    let entry = state
        .store()
        .directory()
        .lookup(&HandleKey::of(handle))
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&entry.region).ok_or_else(not_found)?;
    Ok((entry, cell))
}

fn holds(roles: &[String], allowed: &[&str]) -> bool {
    roles.iter().any(|r| allowed.contains(&r.as_str()))
}

/// Whether the account holds any staff role in any region.
async fn is_staff(state: &AppState, who: AccountId) -> ApiResult<bool> {
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            if !cell.staff_roles(who).await?.is_empty() {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Where a refusal is written: the region's log, when the caller holds a role there.
struct RefusalLog<'a> {
    region: &'a RegionCode,
    subject: Option<AccountId>,
    details: serde_json::Value,
}

/// Refuses a staff call (always returns the error to answer with). The refusal counts
/// against the caller's hourly allowance: once it is spent the answer is 429 with
/// Retry-After and nothing is written. Otherwise it is appended to `log`'s region log
/// when given, which the callers do only for staff of that region.
async fn refuse(
    state: &AppState,
    user: &CurrentUser,
    what: &str,
    log: Option<RefusalLog<'_>>,
    message: &str,
) -> ApiError {
    if let Err(limited) = state
        .limits()
        .staff_refusal(&user.account_id.0.to_string())
        .await
    {
        tracing::warn!(account = %user.account_id.0, what, "refused staff calls over the limit");
        return limited;
    }
    tracing::info!(account = %user.account_id.0, what, logged = log.is_some(), "staff call refused");
    if let Some(log) = log {
        let mut details = log.details;
        if let Some(map) = details.as_object_mut() {
            map.insert("what".into(), what.into());
            map.insert("reason".into(), message.into());
        }
        if let Err(e) = record(
            state,
            log.region,
            Some(user.account_id),
            "access_refused",
            log.subject,
            details,
        )
        .await
        {
            return e;
        }
    }
    forbidden(message)
}

/// Refuses an account that holds no staff role anywhere, before anything else is looked
/// at (nothing is logged for it).
async fn require_staff(state: &AppState, user: &CurrentUser, what: &str) -> ApiResult<()> {
    if is_staff(state, user.account_id).await? {
        return Ok(());
    }
    Err(refuse(state, user, what, None, "this account has no staff role").await)
}

/// Runs `f` on the log off the async threads (its lock can be held by an append's fsync).
async fn on_log<T: Send + 'static>(
    log: Arc<AuditLog>,
    f: impl FnOnce(&AuditLog) -> T + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(move || f(&log))
        .await
        .map_err(ApiError::internal)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleRequest {
    handle: String,
    /// `moderator`, `support`, `admin` or `auditor`.
    role: String,
    /// The region the role applies to.
    region: String,
}

#[derive(Serialize, ToSchema)]
pub struct RoleAnswer {
    handle: String,
    region: String,
    /// The account's roles in that region now.
    roles: Vec<String>,
}

/// Give a staff role in a region (admins of that region only).
#[utoipa::path(post, path = "/api/v1/staff/roles", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    request_body = RoleRequest,
    responses((status = 200, body = RoleAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn add_role(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<RoleRequest>,
) -> ApiResult<Json<RoleAnswer>> {
    change_role(&state, &user, form, true).await
}

/// Take a staff role away (admins of that region only).
#[utoipa::path(delete, path = "/api/v1/staff/roles", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    request_body = RoleRequest,
    responses((status = 200, body = RoleAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn remove_role(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<RoleRequest>,
) -> ApiResult<Json<RoleAnswer>> {
    change_role(&state, &user, form, false).await
}

async fn change_role(
    state: &AppState,
    user: &CurrentUser,
    form: RoleRequest,
    add: bool,
) -> ApiResult<Json<RoleAnswer>> {
    let (region, cell) = region_cell(state, &form.region)?;
    if !ROLES.contains(&form.role.as_str()) {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_role"),
            "role is moderator, support, admin or auditor",
        )
        .field("role"));
    }
    let mine = cell.staff_roles(user.account_id).await?;
    if !holds(&mine, &["admin"]) {
        let log = (!mine.is_empty()).then(|| RefusalLog {
            region: &region,
            subject: None,
            details: serde_json::json!({"role": form.role}),
        });
        return Err(refuse(
            state,
            user,
            "role_change",
            log,
            "only an admin of this region changes its staff roles",
        )
        .await);
    }
    let (target, _) = subject_by_handle(state, &form.handle).await?;
    let id = target.account_id;
    let change = if add {
        cell.begin_add_staff_role(id, &target.region, &form.role, Some(user.account_id))
            .await?
    } else {
        cell.begin_remove_staff_role(id, &form.role).await?
    };
    if change.changed {
        // Logged before it takes effect: a role the log does not show never exists.
        record(
            state,
            &region,
            Some(user.account_id),
            if add { "role_granted" } else { "role_removed" },
            None,
            role_details(&form.role, id, &target.region, change.at_ms),
        )
        .await?;
    }
    change.commit().await?;
    Ok(Json(RoleAnswer {
        handle: target.handle.to_string(),
        region: region.to_string(),
        roles: cell.staff_roles(id).await?,
    }))
}

/// The details of a `role_granted` / `role_removed` entry (staff are named by account id:
/// staff actions are evidence).
pub fn role_details(
    role: &str,
    account: AccountId,
    account_region: &RegionCode,
    at_ms: i64,
) -> serde_json::Value {
    serde_json::json!({"role": role, "account": account.0.to_string(),
        "account_region": account_region.to_string(), "at_ms": at_ms})
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantRequest {
    /// The account whose data is needed.
    handle: String,
    /// `profile`, `email`, `login_records` or `view_history`.
    scope: String,
    /// Why, in words (at least 10 characters); shown to the account's owner.
    justification: String,
    /// A ticket or case reference.
    reference: String,
    /// How long the grant lasts once approved (default 60, at most 480).
    minutes: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct GrantView {
    id: String,
    region: String,
    staff: String,
    subject_handle: String,
    scope: String,
    justification: String,
    reference: String,
    /// `pending` (sensitive scopes wait for a second staff member), `approved`, `denied`.
    state: String,
    decided_by: Option<String>,
    /// RFC 3339; for a pending grant, what it would be if approved now.
    expires_at: String,
}

fn grant_view(g: &Grant, region: &RegionCode, handle: &str) -> GrantView {
    GrantView {
        id: g.id.to_string(),
        region: region.to_string(),
        staff: g.staff_id.0.to_string(),
        subject_handle: handle.to_owned(),
        scope: g.scope.clone(),
        justification: g.justification.clone(),
        reference: g.reference.clone(),
        state: g.state.clone(),
        decided_by: g.decided_by.map(|d| d.0.to_string()),
        expires_at: chrono::DateTime::from_timestamp_millis(g.expires_at_ms)
            .map(|t| t.to_rfc3339())
            .unwrap_or_default(),
    }
}

/// Ask for access to one account's personal data, in that account's region, for a
/// limited time. Refused (and logged) without a support, moderator or admin role there.
#[utoipa::path(post, path = "/api/v1/staff/grants", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    request_body = GrantRequest,
    responses((status = 201, body = GrantView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn request_grant(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<GrantRequest>,
) -> ApiResult<(StatusCode, Json<GrantView>)> {
    require_staff(&state, &user, "grant_request").await?;
    if !SCOPES.contains(&form.scope.as_str()) {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_scope"),
            "scope is profile, email, login_records or view_history",
        )
        .field("scope"));
    }
    let justification = form.justification.trim().to_owned();
    if justification.chars().count() < 10 || justification.chars().count() > 2000 {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_justification"),
            "a justification of 10 to 2000 characters is required",
        )
        .field("justification"));
    }
    let reference = form.reference.trim().to_owned();
    if reference.is_empty() || reference.chars().count() > 200 {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_reference"),
            "a reference (1 to 200 characters) is required",
        )
        .field("reference"));
    }
    let minutes = form.minutes.unwrap_or(DEFAULT_GRANT_MINUTES);
    if minutes == 0 || minutes > MAX_GRANT_MINUTES {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_duration"),
            "minutes is 1 to 480",
        )
        .field("minutes"));
    }
    let (target, cell) = subject_by_handle(&state, &form.handle).await?;
    let (region, subject) = (target.region.clone(), target.account_id);
    let mine = cell.staff_roles(user.account_id).await?;
    if !holds(&mine, &GRANT_ROLES) {
        let log = (!mine.is_empty()).then(|| RefusalLog {
            region: &region,
            subject: Some(subject),
            details: serde_json::json!({"scope": form.scope, "justification": justification, "reference": reference}),
        });
        return Err(refuse(
            &state,
            &user,
            "grant_request",
            log,
            "you have no support, moderator or admin role in this account's region",
        )
        .await);
    }
    let now = spool_store::now_ms();
    let g = Grant {
        id: Uuid::now_v7(),
        staff_id: user.account_id,
        subject_id: subject,
        scope: form.scope.clone(),
        justification: justification.clone(),
        reference: reference.clone(),
        state: if sensitive(&form.scope) {
            "pending"
        } else {
            "approved"
        }
        .into(),
        decided_by: None,
        created_at_ms: now,
        expires_at_ms: now + i64::from(minutes) * 60_000,
    };
    cell.create_grant(&g).await?;
    record(&state, &region, Some(user.account_id), "grant_requested", Some(subject),
        serde_json::json!({"grant_id": g.id.to_string(), "scope": g.scope, "justification": justification, "reference": reference,
            "minutes": minutes, "state": g.state})).await?;
    Ok((
        StatusCode::CREATED,
        Json(grant_view(&g, &region, target.handle.as_str())),
    ))
}

/// Approve a pending grant: an admin of the region other than the requester, whose admin
/// role is older than the request and was not given by the requester (so an admin cannot
/// approve their own request through an account they promoted for it).
#[utoipa::path(post, path = "/api/v1/staff/grants/{region}/{id}/approve", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    params(("region" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = GrantView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn approve_grant(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((region, id)): Path<(String, String)>,
) -> ApiResult<Json<GrantView>> {
    decide(&state, &user, &region, &id, "approved").await
}

/// Deny a pending grant (an admin of the region other than the requester).
#[utoipa::path(post, path = "/api/v1/staff/grants/{region}/{id}/deny", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    params(("region" = String, Path), ("id" = String, Path)),
    responses((status = 200, body = GrantView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn deny_grant(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((region, id)): Path<(String, String)>,
) -> ApiResult<Json<GrantView>> {
    decide(&state, &user, &region, &id, "denied").await
}

async fn decide(
    state: &AppState,
    user: &CurrentUser,
    region: &str,
    id: &str,
    outcome: &str,
) -> ApiResult<Json<GrantView>> {
    let (region, cell) = region_cell(state, region)?;
    let mine = cell.staff_roles(user.account_id).await?;
    if mine.is_empty() {
        // Not staff here: refused before the grant is even looked up, and not logged.
        return Err(refuse(
            state,
            user,
            "grant_decision",
            None,
            "a grant is decided by an admin of its region other than the requester",
        )
        .await);
    }
    let id = Uuid::parse_str(id).map_err(|_| ApiError::not_found("grant"))?;
    let g = cell
        .grant(id)
        .await?
        .ok_or_else(|| ApiError::not_found("grant"))?;
    let refusal = || RefusalLog {
        region: &region,
        subject: Some(g.subject_id),
        details: serde_json::json!({"grant_id": id.to_string(), "outcome": outcome}),
    };
    if g.staff_id == user.account_id || !holds(&mine, &["admin"]) {
        let message = "a grant is decided by an admin of its region other than the requester";
        return Err(refuse(state, user, "grant_decision", Some(refusal()), message).await);
    }
    if outcome == "approved" {
        // The two-person rule: the approver's admin role must predate the request and
        // must not come from the requester.
        let role = cell.staff_role(user.account_id, "admin").await?;
        let message = match role {
            Some(r) if r.granted_by == Some(g.staff_id) => {
                Some("your admin role was given by the requester: another admin approves")
            }
            Some(r) if r.granted_at_ms >= g.created_at_ms => {
                Some("your admin role is newer than this request: another admin approves")
            }
            Some(_) => None,
            None => Some("a grant is decided by an admin of its region other than the requester"),
        };
        if let Some(message) = message {
            return Err(refuse(state, user, "grant_decision", Some(refusal()), message).await);
        }
    }
    let minutes = (g.expires_at_ms - g.created_at_ms).max(60_000);
    let expires = spool_store::now_ms() + minutes;
    if !cell
        .decide_grant(id, outcome, user.account_id, expires)
        .await?
    {
        return Err(ApiError {
            status_override: Some(StatusCode::CONFLICT),
            ..ApiError::new(
                ErrorCode::InvalidField("grant_decided"),
                "this grant was already decided",
            )
        });
    }
    record(state, &region, Some(user.account_id), if outcome == "approved" { "grant_approved" } else { "grant_denied" }, Some(g.subject_id),
        serde_json::json!({"grant_id": id.to_string(), "scope": g.scope, "requested_by": g.staff_id.0.to_string(),
            "justification": g.justification, "reference": g.reference})).await?;
    let g = cell
        .grant(id)
        .await?
        .ok_or_else(|| ApiError::not_found("grant"))?;
    let handle = cell
        .account(g.subject_id)
        .await?
        .map(|a| a.handle.to_string())
        .unwrap_or_default();
    Ok(Json(grant_view(&g, &region, &handle)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonalRequest {
    /// `profile`, `email`, `login_records` or `view_history`.
    scope: String,
}

#[derive(Serialize, ToSchema)]
pub struct PersonalDataAnswer {
    handle: String,
    scope: String,
    grant_id: String,
    /// The data of that scope.
    #[schema(value_type = Object)]
    data: serde_json::Value,
}

/// Read one scope of an account's personal data. Only with a valid (approved, unexpired,
/// own) grant for that account and scope; every read, and every refusal of staff of the
/// account's region, is logged there and shown to the account's owner. A `POST`: it
/// writes to the audit log (`GET` answers 405).
#[utoipa::path(post, path = "/api/v1/staff/accounts/{handle}/personal", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    params(("handle" = String, Path)),
    request_body = PersonalRequest,
    responses((status = 200, body = PersonalDataAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn read_personal(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(handle): Path<String>,
    ApiJson(q): ApiJson<PersonalRequest>,
) -> ApiResult<Json<PersonalDataAnswer>> {
    require_staff(&state, &user, "read").await?;
    if !SCOPES.contains(&q.scope.as_str()) {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_scope"),
            "scope is profile, email, login_records or view_history",
        )
        .field("scope"));
    }
    let (target, cell) = subject_by_handle(&state, &handle).await?;
    let (region, subject) = (target.region.clone(), target.account_id);
    let mine = cell.staff_roles(user.account_id).await?;
    let grant = if holds(&mine, &GRANT_ROLES) {
        cell.valid_grant(user.account_id, subject, &q.scope, spool_store::now_ms())
            .await?
    } else {
        None
    };
    let Some(grant) = grant else {
        let log = (!mine.is_empty()).then(|| RefusalLog {
            region: &region,
            subject: Some(subject),
            details: serde_json::json!({"scope": q.scope}),
        });
        return Err(refuse(
            &state,
            &user,
            "read",
            log,
            "no valid access grant for this account and scope",
        )
        .await);
    };
    let data = match q.scope.as_str() {
        "profile" => {
            let a = cell
                .account(subject)
                .await?
                .ok_or_else(|| ApiError::not_found("account"))?;
            let s = cell.settings(subject).await?;
            serde_json::json!({"handle": a.handle.to_string(), "display_name": a.display_name.as_str(), "bio": a.bio.as_str(),
                "region": a.region.to_string(), "created_at": a.created_at.to_rfc3339(), "is_private": s.as_ref().is_some_and(|s| s.is_private),
                "followers": a.follower_count, "following": a.following_count, "videos": a.video_count})
        }
        "email" => {
            let p = cell
                .personal(subject)
                .await?
                .ok_or_else(|| ApiError::not_found("account"))?;
            serde_json::json!({"email": p.email.map(|e| e.as_str().to_owned())})
        }
        "login_records" => {
            let rows = cell.login_records(subject).await?;
            serde_json::json!(rows
                .iter()
                .map(
                    |r| serde_json::json!({"at": r.at.to_rfc3339(), "success": r.success,
                "ip_prefix": r.ip_prefix, "user_agent": r.user_agent})
                )
                .collect::<Vec<_>>())
        }
        _ => {
            let rows = cell.account_feed_events(subject, 1000).await?;
            serde_json::json!(rows
                .iter()
                .map(
                    |e| serde_json::json!({"video_id": e.subject.to_string(), "kind": e.kind,
                "watched_ms": e.watched_ms, "at_ms": e.created_at_ms})
                )
                .collect::<Vec<_>>())
        }
    };
    record(&state, &region, Some(user.account_id), "staff_read", Some(subject),
        serde_json::json!({"grant_id": grant.id.to_string(), "scope": q.scope, "justification": grant.justification, "reference": grant.reference})).await?;
    Ok(Json(PersonalDataAnswer {
        handle: target.handle.to_string(),
        scope: q.scope,
        grant_id: grant.id.to_string(),
        data,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct AccessLogAnswer {
    /// Newest first.
    items: Vec<AccessEntry>,
}

/// Who looked at my data: every staff access to your account (reads, grants asked for
/// and decided, refused attempts), with its justification, from your region's audit log
/// (read through the log's index of entries by account, off the async threads).
#[utoipa::path(get, path = "/api/v1/me/access-log", tag = "me", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = AccessLogAnswer), (status = 401, body = ErrorBody)))]
pub async fn access_log(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<AccessLogAnswer>> {
    let items = crate::audit::access_log(&state, &user.region, user.account_id).await?;
    Ok(Json(AccessLogAnswer { items }))
}

// --- the auditor's view of the log ------------------------------------------------------

/// The region's log, for its auditors. Every auditor route is a `GET`: a refusal is
/// counted against the caller's allowance but never written to the log.
async fn auditor(
    state: &AppState,
    user: &CurrentUser,
    region: &str,
) -> ApiResult<(RegionCode, Arc<AuditLog>)> {
    let (region, cell) = region_cell(state, region)?;
    if !holds(&cell.staff_roles(user.account_id).await?, &["auditor"]) {
        return Err(refuse(
            state,
            user,
            "audit_log",
            None,
            "only auditors of this region read its audit log",
        )
        .await);
    }
    let log = state
        .audit()
        .log(&region)
        .cloned()
        .ok_or_else(|| ApiError::internal("no audit log"))?;
    Ok((region, log))
}

fn hexs(h: &[u8]) -> String {
    h.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Serialize, ToSchema)]
pub struct TreeHead {
    tree_size: u64,
    root_hash: String,
    timestamp_ms: i64,
    /// ed25519 over `spool-audit-v1\n<region>\n<tree_size>\n<root hex>\n<timestamp_ms>`, base64.
    signature: String,
    /// The region's public key (hex), also in `<data>/secrets/audit-<region>.pub`.
    public_key: String,
}

fn head_view(h: &spool_audit::SignedTreeHead, log: &AuditLog) -> TreeHead {
    use base64::Engine as _;
    TreeHead {
        tree_size: h.tree_size,
        root_hash: hexs(&h.root_hash),
        timestamp_ms: h.timestamp_ms,
        signature: base64::engine::general_purpose::STANDARD.encode(h.signature),
        public_key: hexs(log.public_key().as_bytes()),
    }
}

/// The latest signed tree head of a region's audit log (auditors).
#[utoipa::path(get, path = "/api/v1/staff/audit/{region}/head", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    params(("region" = String, Path)),
    responses((status = 200, body = TreeHead), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn audit_head(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(region): Path<String>,
) -> ApiResult<Json<TreeHead>> {
    let (_, log) = auditor(&state, &user, &region).await?;
    on_log(log, |log| {
        log.latest_head().map(|head| head_view(&head, log))
    })
    .await?
    .map(Json)
    .ok_or_else(|| ApiError::not_found("tree head (the log is empty)"))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntriesQuery {
    start: Option<u64>,
    /// At most 1000 (default 100).
    limit: Option<usize>,
}

#[derive(Serialize, ToSchema)]
pub struct EntriesAnswer {
    /// The entries, from `start`.
    #[schema(value_type = Vec<Object>)]
    entries: Vec<serde_json::Value>,
    /// Each entry's exact leaf data, the line as stored (SHA-256(0x00 || leaf) is its leaf
    /// hash, which inclusion proofs are checked against).
    leaves: Vec<String>,
    tree_size: u64,
}

/// Entries of a region's audit log (auditors).
#[utoipa::path(get, path = "/api/v1/staff/audit/{region}/entries", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    params(("region" = String, Path), EntriesQuery),
    responses((status = 200, body = EntriesAnswer), (status = 403, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn audit_entries(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(region): Path<String>,
    Query(q): Query<EntriesQuery>,
) -> ApiResult<Json<EntriesAnswer>> {
    let (_, log) = auditor(&state, &user, &region).await?;
    let (start, limit) = (q.start.unwrap_or(0), q.limit.unwrap_or(100).clamp(1, 1000));
    let (lines, tree_size) = on_log(log, move |log| {
        log.entries_data(start, limit)
            .map(|lines| (lines, log.len()))
    })
    .await?
    .map_err(ApiError::internal)?;
    let mut entries = Vec::with_capacity(lines.len());
    let mut leaves = Vec::with_capacity(lines.len());
    for line in lines {
        entries.push(serde_json::from_slice(&line).map_err(ApiError::internal)?);
        leaves.push(String::from_utf8(line).map_err(ApiError::internal)?);
    }
    Ok(Json(EntriesAnswer {
        entries,
        leaves,
        tree_size,
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InclusionQuery {
    index: u64,
    tree_size: u64,
}

#[derive(Serialize, ToSchema)]
pub struct ProofAnswer {
    /// Hex hashes, RFC 6962 order.
    proof: Vec<String>,
    /// For an inclusion proof: the entry's leaf hash.
    leaf_hash: Option<String>,
}

/// Inclusion proof of entry `index` in the tree of `tree_size` entries (RFC 6962 §2.1.1).
#[utoipa::path(get, path = "/api/v1/staff/audit/{region}/proof/inclusion", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    params(("region" = String, Path), InclusionQuery),
    responses((status = 200, body = ProofAnswer), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn audit_inclusion(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(region): Path<String>,
    Query(q): Query<InclusionQuery>,
) -> ApiResult<Json<ProofAnswer>> {
    let (_, log) = auditor(&state, &user, &region).await?;
    let (proof, leaf) = on_log(log, move |log| {
        log.inclusion_proof(q.index, q.tree_size)
            .map(|proof| (proof, log.leaf_hash(q.index)))
    })
    .await?
    .map_err(|e| ApiError::new(ErrorCode::InvalidField("invalid_range"), e.to_string()))?;
    Ok(Json(ProofAnswer {
        proof: proof.iter().map(|h| hexs(h)).collect(),
        leaf_hash: leaf.map(|h| hexs(&h)),
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConsistencyQuery {
    old_size: u64,
    new_size: u64,
}

/// Consistency proof between two tree sizes (RFC 6962 §2.1.2).
#[utoipa::path(get, path = "/api/v1/staff/audit/{region}/proof/consistency", tag = "staff", security(("bearer" = []), ("cookie" = [])),
    params(("region" = String, Path), ConsistencyQuery),
    responses((status = 200, body = ProofAnswer), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody, description = "Too many refused staff calls; see Retry-After")))]
pub async fn audit_consistency(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(region): Path<String>,
    Query(q): Query<ConsistencyQuery>,
) -> ApiResult<Json<ProofAnswer>> {
    let (_, log) = auditor(&state, &user, &region).await?;
    let proof = on_log(log, move |log| {
        log.consistency_proof(q.old_size, q.new_size)
    })
    .await?
    .map_err(|e| ApiError::new(ErrorCode::InvalidField("invalid_range"), e.to_string()))?;
    Ok(Json(ProofAnswer {
        proof: proof.iter().map(|h| hexs(h)).collect(),
        leaf_hash: None,
    }))
}
