//! Appeals (DSA art. 20): the person a statement of reasons was sent to may contest it
//! within `[moderation] appeal_days`; a moderator other than the one who decided reviews
//! it; an upheld appeal reverses the decision at once (everywhere, through the rule) and
//! both outcomes send a new statement.

use spool_core::NotificationKind;
use spool_store::{AppealOutcome, AppealRecord, LogRecord, StatementRecord, TargetKind};
use uuid::Uuid;

use super::{after_change, moderated_regions, require_moderator, rfc3339, store_conflict, Located, PLATFORM};
use crate::error::ErrorCode;
use crate::services::{Actor, ServiceError, ServiceResult};
use crate::state::AppState;

/// A statement addressed to the actor, wherever it is kept.
pub async fn own_statement<'a>(
    state: &'a AppState,
    actor: &Actor,
    raw: &str,
) -> ServiceResult<(&'a spool_store::Cell, spool_core::RegionCode, StatementRecord)> {
    let id = Uuid::parse_str(raw).map_err(|_| ServiceError::NotFound("statement"))?;
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            if let Some(s) = cell.statement(id).await? {
                if s.account_id == actor.id {
                    return Ok((cell, region.clone(), s));
                }
                break;
            }
        }
    }
    Err(ServiceError::NotFound("statement"))
}

/// Files an appeal against a statement of reasons.
pub async fn file(
    state: &AppState,
    actor: &Actor,
    statement_id: &str,
    text: &str,
) -> ServiceResult<AppealRecord> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 5000 {
        return Err(ServiceError::refused(
            ErrorCode::InvalidField("invalid_text"),
            "say why the decision is wrong (1 to 5000 characters)",
        )
        .field("text"));
    }
    let (cell, _, statement) = own_statement(state, actor, statement_id).await?;
    if statement.body.get("kind").and_then(|k| k.as_str()) != Some("decision") {
        return Err(ServiceError::refused(
            ErrorCode::Conflict("appeal_closed"),
            "this statement is an appeal's outcome; it cannot be appealed again here",
        ));
    }
    let days = i64::from(state.config().moderation.appeal_days);
    if spool_store::now_ms() > statement.created_ms + days * 86_400_000 {
        return Err(ServiceError::refused(
            ErrorCode::Conflict("appeal_closed"),
            format!("decisions can be appealed within {days} days"),
        ));
    }
    let decision = cell
        .decision(statement.decision_id)
        .await?
        .ok_or(ServiceError::NotFound("statement"))?;
    if !decision.in_force {
        return Err(ServiceError::refused(
            ErrorCode::Conflict("appeal_closed"),
            "the decision is no longer in force",
        ));
    }
    if cell
        .appeals_for_statement(statement.id)
        .await?
        .iter()
        .any(|a| a.state != "open")
    {
        return Err(ServiceError::refused(
            ErrorCode::Conflict("appeal_closed"),
            "this decision was already reviewed on appeal",
        ));
    }
    let category = spool_core::ReportCategory::parse(&decision.category)
        .unwrap_or(spool_core::ReportCategory::Other);
    let (severity, deadline_ms) = super::severity_and_deadline(state, category);
    let appeal = cell
        .add_appeal(&statement, &decision, text, severity, deadline_ms)
        .await
        .map_err(|e| store_conflict(e, "appeal_open"))?;
    tracing::info!(region = %cell.region(), "appeal filed");
    Ok(appeal)
}

pub struct AppealDecided {
    pub appeal: AppealRecord,
    pub statement_id: Uuid,
}

/// A moderator's review of an appeal: `upheld` (the decision is reversed) or `rejected`.
pub async fn decide(
    state: &AppState,
    actor: &Actor,
    raw: &str,
    upheld: bool,
    facts: &str,
) -> ServiceResult<AppealDecided> {
    let regions = moderated_regions(state, actor).await?;
    let facts = facts.trim();
    if facts.is_empty() || facts.chars().count() > 5000 {
        return Err(ServiceError::refused(
            ErrorCode::InvalidField("invalid_facts"),
            "state the reasons for the outcome (1 to 5000 characters)",
        )
        .field("facts"));
    }
    let id = Uuid::parse_str(raw).map_err(|_| ServiceError::NotFound("appeal"))?;
    let mut found = None;
    for region in regions {
        if let Some(cell) = state.store().cell(&region) {
            if let Some(a) = cell.appeal(id).await? {
                found = Some((region, cell, a));
                break;
            }
        }
    }
    let (region, cell, appeal) = found.ok_or(ServiceError::NotFound("appeal"))?;
    require_moderator(state, actor, &region).await?;
    if appeal.state != "open" {
        return Err(ServiceError::refused(ErrorCode::Conflict("already_decided"), "the appeal is already decided"));
    }
    let decision = cell
        .decision(appeal.decision_id)
        .await?
        .ok_or(ServiceError::NotFound("appeal"))?;
    if decision.decided_by == Some(actor.id) {
        return Err(ServiceError::refused(
            ErrorCode::Denied("same_moderator"),
            "an appeal is reviewed by a moderator other than the one who decided",
        ));
    }
    let now = spool_store::now_ms();
    let statement_id = Uuid::now_v7();
    let clause = state.moderation().book.resolve(&decision.policy);
    let body = serde_json::json!({
        "id": statement_id.to_string(),
        "kind": "appeal_outcome",
        "decision_id": decision.id.to_string(),
        "appeal_id": appeal.id.to_string(),
        "created_at": rfc3339(now),
        "action": if upheld { "appeal_upheld" } else { "appeal_rejected" },
        "target": {"kind": decision.target.kind.as_str(), "id": decision.target.id.to_string()},
        "policy": {"id": decision.policy, "title": clause.map(|c| c.title.clone())},
        "decision_facts": facts,
        "outcome": if upheld {
            "Your appeal was upheld: the decision is reversed and its restrictions are lifted."
        } else {
            "Your appeal was rejected: the decision stands. You may turn to a certified out-of-court dispute settlement body (DSA art. 21) or to a court."
        },
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
        "application_date": chrono::DateTime::from_timestamp_millis(now).map(|t| t.format("%Y-%m-%d").to_string()),
    });
    let log = LogRecord {
        id: Uuid::now_v7(),
        kind: "appeal".into(),
        action: if upheld { "reversed" } else { "upheld_decision" }.into(),
        category: decision.category.clone(),
        ground: clause.map_or("incompatible", |c| c.ground.as_str()).into(),
        content_type: decision.target.kind.as_str().into(),
        automated_detection: false,
        automated_decision: false,
        source: "SOURCE_COMPLAINT".into(),
        scope: Vec::new(),
        legal_order: false,
        screening_flagged: false,
        notice_ms: Some(appeal.created_ms),
        deadline_ms: None,
        reversed: false,
        created_ms: now,
    };
    let pending = cell
        .begin_appeal_outcome(&AppealOutcome {
            appeal: appeal.id,
            upheld,
            decided_by: actor.id,
            statement: (statement_id, body.to_string()),
            log,
        })
        .await
        .map_err(|e| store_conflict(e, "already_decided"))?;
    crate::audit::record(
        state,
        &region,
        Some(actor.id),
        "moderation_appeal",
        Some(decision.account_id),
        serde_json::json!({
            "appeal_id": appeal.id.to_string(),
            "decision_id": decision.id.to_string(),
            "outcome": if upheld { "upheld" } else { "rejected" },
        }),
    )
    .await
    .map_err(|e| ServiceError::unexpected(e.message))?;
    pending.commit().await?;
    let account_region = spool_core::RegionCode::parse(&decision.account_region)
        .unwrap_or_else(|_| region.clone());
    let located = Located {
        target: decision.target,
        cell,
        region: region.clone(),
        account: decision.account_id,
        account_region,
        video: (decision.target.kind == TargetKind::Video).then_some(spool_core::VideoId(decision.target.id)),
        comment: None,
    };
    after_change(state, &located).await;
    crate::services::notifications::notify(
        state,
        decision.account_id,
        NotificationKind::Statement,
        PLATFORM,
        located.video,
        None,
    )
    .await;
    let appeal = cell.appeal(appeal.id).await?.ok_or(ServiceError::NotFound("appeal"))?;
    tracing::info!(region = %region, upheld, "appeal decided");
    Ok(AppealDecided {
        appeal,
        statement_id,
    })
}
