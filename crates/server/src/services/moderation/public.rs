//! What moderation shows outside the console: a creator's statements and account
//! status, the public transparency report and decision log, and the operator's export
//! for the EU DSA Transparency Database.

use chrono::NaiveDate;
use spool_core::RegionCode;
use spool_moderation::transparency::{self, LogRow, Report};
use spool_store::{DecisionRecord, LogRecord, StatementRecord};
use uuid::Uuid;

use super::review::strikes;
use crate::error::ErrorCode;
use crate::services::{Actor, ServiceError, ServiceResult};
use crate::state::AppState;

/// A statement as its addressee sees it: the stored fields plus the appeal's state.
pub async fn statement_view(
    state: &AppState,
    cell: &spool_store::Cell,
    s: &StatementRecord,
) -> ServiceResult<serde_json::Value> {
    let mut body = s.body.clone();
    let is_decision = body.get("kind").and_then(|k| k.as_str()) == Some("decision");
    let days = i64::from(state.config().moderation.appeal_days);
    let until = s.created_ms + days * 86_400_000;
    let appeals = cell.appeals_for_statement(s.id).await?;
    let in_force = cell
        .decision(s.decision_id)
        .await?
        .is_some_and(|d| d.in_force);
    let latest = appeals.first();
    let possible = is_decision
        && in_force
        && appeals.is_empty()
        && spool_store::now_ms() <= until;
    if let Some(map) = body.as_object_mut() {
        map.insert(
            "appeal".into(),
            serde_json::json!({
                "possible": possible,
                "until": super::rfc3339(until),
                "route": "POST /api/v1/appeals {statement_id, text}",
                "state": latest.map(|a| a.state.clone()),
                "id": latest.map(|a| a.id.to_string()),
            }),
        );
        map.insert("in_force".into(), in_force.into());
    }
    Ok(body)
}

/// Every statement sent to the actor, newest first.
pub async fn my_statements(state: &AppState, actor: &Actor) -> ServiceResult<Vec<serde_json::Value>> {
    let mut all = Vec::new();
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            for s in cell.statements_for(actor.id).await? {
                let v = statement_view(state, cell, &s).await?;
                all.push((s.created_ms, s.id, v));
            }
        }
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    Ok(all.into_iter().map(|(_, _, v)| v).collect())
}

pub struct Status {
    /// `good`, `suspended` or `terminated`.
    pub state: &'static str,
    pub suspended_until: Option<i64>,
    pub strikes: i64,
    pub strike_threshold: u32,
    pub history: Vec<DecisionRecord>,
    pub statements: Vec<serde_json::Value>,
}

/// The account status page: standing, strikes, every decision about the account's
/// content or the account, and the statements.
pub async fn my_status(state: &AppState, actor: &Actor) -> ServiceResult<Status> {
    let home = crate::services::accounts::home(state, actor)?;
    let m = home
        .settings(actor.id)
        .await?
        .map(|s| s.moderation)
        .unwrap_or_default();
    let now = spool_store::now_ms();
    let rule = state.moderation().book.strikes;
    let mut history = Vec::new();
    let mut strike_count = 0;
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            history.extend(cell.decisions_for_account(actor.id).await?);
            strike_count += strikes(cell, actor.id, rule.window_days).await?;
        }
    }
    history.sort_by(|a, b| b.created_ms.cmp(&a.created_ms));
    Ok(Status {
        state: if m.terminated {
            "terminated"
        } else if m.suspended_at(now) {
            "suspended"
        } else {
            "good"
        },
        suspended_until: m.suspended_until.filter(|u| *u > now),
        strikes: strike_count,
        strike_threshold: rule.threshold,
        history,
        statements: my_statements(state, actor).await?,
    })
}

fn day_start(d: NaiveDate) -> i64 {
    d.and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp_millis())
        .unwrap_or_default()
}

/// A period of whole days: `from` (inclusive) to `to` (inclusive), default the last 30.
pub fn period(from: Option<&str>, to: Option<&str>) -> ServiceResult<(NaiveDate, NaiveDate)> {
    let parse = |raw: &str, field: &'static str| {
        NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| {
            ServiceError::refused(ErrorCode::InvalidField("invalid_date"), "dates are YYYY-MM-DD").field(field)
        })
    };
    let today = chrono::Utc::now().date_naive();
    let to = match to {
        Some(t) if !t.is_empty() => parse(t, "to")?,
        _ => today,
    };
    let from = match from {
        Some(f) if !f.is_empty() => parse(f, "from")?,
        _ => to - chrono::Duration::days(29),
    };
    if from > to || (to - from).num_days() > 3660 {
        return Err(ServiceError::refused(
            ErrorCode::InvalidField("invalid_period"),
            "from is on or before to, at most ten years apart",
        )
        .field("from"));
    }
    Ok((from, to))
}

fn regions_for(state: &AppState, region: Option<&str>) -> ServiceResult<Vec<RegionCode>> {
    match region.filter(|r| !r.is_empty()) {
        None => Ok(state.store().regions().cloned().collect()),
        Some(r) => {
            let code = RegionCode::parse(r)?;
            if state.store().cell(&code).is_none() {
                return Err(ServiceError::refused(ErrorCode::UnknownRegion, format!("no region {r}")).field("region"));
            }
            Ok(vec![code])
        }
    }
}

fn log_row(r: &LogRecord) -> LogRow {
    LogRow {
        kind: r.kind.clone(),
        action: r.action.clone(),
        category: r.category.clone(),
        ground: r.ground.clone(),
        automated_detection: r.automated_detection,
        automated_decision: r.automated_decision,
        scope: r.scope.clone(),
        legal_order: r.legal_order,
        screening_flagged: r.screening_flagged,
        notice_ms: r.notice_ms,
        deadline_ms: r.deadline_ms,
        reversed: r.reversed,
        created_ms: r.created_ms,
    }
}

/// The public transparency report of a region (or of all, without one).
pub async fn report(
    state: &AppState,
    region: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> ServiceResult<Report> {
    let regions = regions_for(state, region)?;
    let (from, to) = period(from, to)?;
    let (a, b) = (day_start(from), day_start(to + chrono::Duration::days(1)));
    let mut notices = Vec::new();
    let mut rows = Vec::new();
    let mut appeals = Vec::new();
    for r in &regions {
        if let Some(cell) = state.store().cell(r) {
            notices.extend(cell.notice_counts(a, b).await?);
            rows.extend(cell.moderation_log_between(a, b).await?.iter().map(log_row));
            appeals.extend(cell.appeal_counts(a, b).await?);
        }
    }
    let label = if regions.len() == 1 {
        regions[0].to_string()
    } else {
        "all".to_owned()
    };
    Ok(transparency::report(
        &label,
        &from.to_string(),
        &to.to_string(),
        &notices,
        &rows,
        &appeals,
    ))
}

/// The public decision log, newest first: (region, row).
pub async fn decisions(
    state: &AppState,
    region: Option<&str>,
    limit: i64,
    before: Option<&str>,
) -> ServiceResult<Vec<(RegionCode, LogRecord)>> {
    let regions = regions_for(state, region)?;
    let before = match before.filter(|b| !b.is_empty()) {
        Some(b) => Some(Uuid::parse_str(b).map_err(|_| {
            ServiceError::refused(ErrorCode::InvalidField("invalid_cursor"), "before is an id from an earlier page").field("before")
        })?),
        None => None,
    };
    let limit = limit.clamp(1, 200);
    let mut all = Vec::new();
    for r in regions {
        if let Some(cell) = state.store().cell(&r) {
            for row in cell.moderation_log(limit, before).await? {
                all.push((r.clone(), row));
            }
        }
    }
    // Ids are time-ordered (UUIDv7): one order across regions.
    all.sort_by(|a, b| b.1.id.cmp(&a.1.id));
    all.truncate(limit as usize);
    Ok(all)
}

/// Every statement of reasons about a decision made in the period, in the EU DSA
/// Transparency Database's submission shape: `{"statements": [...]}` with the
/// database's fields only.
pub async fn export_statements(
    state: &AppState,
    region: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> ServiceResult<serde_json::Value> {
    let regions = regions_for(state, region)?;
    let (from, to) = period(from, to)?;
    let (a, b) = (day_start(from), day_start(to + chrono::Duration::days(1)));
    let fields: Vec<String> = serde_json::to_value(spool_moderation::statement::statement(
        &spool_moderation::statement::DecisionFacts {
            action: "remove",
            target_kind: "video",
            clause: &state.moderation().book.clauses()[0],
            facts: "",
            automated_detection: false,
            automated_decision: false,
            source: "account",
            countries: &[],
            regions: &[],
            application_date: from,
            end_date: Some(from),
            puid: String::new(),
            content_date: Some(from),
        },
    ))
    .ok()
    .and_then(|v| v.as_object().map(|m| m.keys().cloned().collect()))
    .unwrap_or_default();
    let mut out = Vec::new();
    for r in regions {
        if let Some(cell) = state.store().cell(&r) {
            for s in cell.statements_between(a, b).await? {
                if s.body.get("kind").and_then(|k| k.as_str()) != Some("decision") {
                    continue;
                }
                let mut entry = serde_json::Map::new();
                if let Some(map) = s.body.as_object() {
                    for (k, v) in map {
                        let known = fields.iter().any(|f| f == k)
                            || k.starts_with("illegal_content_")
                            || k.starts_with("incompatible_content_")
                            || k.starts_with("end_date_");
                        if known && !v.is_null() {
                            entry.insert(k.clone(), v.clone());
                        }
                    }
                }
                out.push(serde_json::Value::Object(entry));
            }
        }
    }
    Ok(serde_json::json!({ "statements": out }))
}
