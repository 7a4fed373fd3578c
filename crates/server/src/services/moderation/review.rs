//! The review queue and decisions.

use spool_core::{RegionCode, ReportCategory};
use spool_moderation::policies::{Clause, Ground};
use spool_moderation::queue::{order, Urgency};
use spool_moderation::statement::{statement, DecisionFacts};
use spool_store::{
    DecisionRecord, DecisionScope, ItemKind, Label, LogRecord, ModerationItem, NewDecision,
    NoticeRecord, TargetKind,
};
use uuid::Uuid;

use super::{
    after_change, locate, moderated_regions, require_moderator, rfc3339, store_conflict, Located,
    TargetRef, PLATFORM,
};
use crate::error::ErrorCode;
use crate::services::{Actor, ServiceError, ServiceResult};
use crate::state::AppState;
use spool_core::NotificationKind;

/// An item with what the queue shows next to it.
pub struct QueueItem {
    pub region: RegionCode,
    pub item: ModerationItem,
    pub reach_24h: i64,
    pub handle: Option<String>,
}

/// Views of a video in every cell in the last 24 hours.
async fn reach(state: &AppState, item: &ModerationItem) -> ServiceResult<i64> {
    if item.target.kind != TargetKind::Video {
        return Ok(0);
    }
    let since = spool_store::now_ms() - 86_400_000;
    let mut total = 0;
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            total += cell.views_since(item.target.id, since).await?;
        }
    }
    Ok(total)
}

async fn handle_of(state: &AppState, item: &ModerationItem) -> ServiceResult<Option<String>> {
    Ok(crate::services::accounts::by_id(state, item.account_id)
        .await?
        .map(|l| l.entry.handle.to_string()))
}

/// The region's open items, most urgent first (moderators of the region).
pub async fn queue(
    state: &AppState,
    actor: &Actor,
    region: &RegionCode,
    limit: usize,
) -> ServiceResult<Vec<QueueItem>> {
    let cell = require_moderator(state, actor, region).await?;
    let mut items = Vec::new();
    for item in cell.open_items().await? {
        let reach_24h = reach(state, &item).await?;
        items.push(QueueItem {
            region: region.clone(),
            handle: handle_of(state, &item).await?,
            item,
            reach_24h,
        });
    }
    order(&mut items, spool_store::now_ms(), |q| Urgency {
        severity: q.item.severity,
        automated: q.item.automated,
        reach_24h: q.reach_24h,
        notice_count: q.item.notice_count,
        created_ms: q.item.created_ms,
        deadline_ms: q.item.deadline_ms,
    });
    items.truncate(limit.clamp(1, 500));
    Ok(items)
}

/// Finds an item in a region the caller moderates; 403 for non-moderators, 404 when it
/// is in none of their regions.
async fn find_item<'a>(
    state: &'a AppState,
    actor: &Actor,
    raw: &str,
) -> ServiceResult<(RegionCode, &'a spool_store::Cell, ModerationItem)> {
    let regions = moderated_regions(state, actor).await?;
    let id = Uuid::parse_str(raw).map_err(|_| ServiceError::NotFound("item"))?;
    for region in regions {
        if let Some(cell) = state.store().cell(&region) {
            if let Some(item) = cell.moderation_item(id).await? {
                return Ok((region, cell, item));
            }
        }
    }
    Err(ServiceError::NotFound("item"))
}

/// Everything a moderator needs to decide an item (never who sent its notices).
pub struct ItemContext {
    pub queued: QueueItem,
    pub notices: Vec<NoticeRecord>,
    pub history: Vec<DecisionRecord>,
    pub appeal: Option<(spool_store::AppealRecord, Option<DecisionRecord>)>,
    pub video: Option<spool_store::VideoRecord>,
    pub comment: Option<spool_store::CommentRecord>,
    pub remixes: Vec<spool_store::VideoRecord>,
    pub account_bio: Option<String>,
}

pub async fn item(state: &AppState, actor: &Actor, raw: &str) -> ServiceResult<ItemContext> {
    let (region, cell, item) = find_item(state, actor, raw).await?;
    let notices = cell.item_notices(item.id).await?;
    let mut history = cell.decisions_for_account(item.account_id).await?;
    history.truncate(50);
    let appeal = match item.appeal_id {
        Some(a) => match cell.appeal(a).await? {
            Some(ap) => {
                let d = cell.decision(ap.decision_id).await?;
                Some((ap, d))
            }
            None => None,
        },
        None => None,
    };
    let (mut video, mut comment, mut remixes, mut account_bio) = (None, None, Vec::new(), None);
    match item.target.kind {
        TargetKind::Video => {
            video = cell.video(spool_core::VideoId(item.target.id)).await?;
            remixes = cell
                .remixes_of(spool_core::VideoId(item.target.id), 20)
                .await?;
        }
        TargetKind::Comment => {
            comment = cell.comment(spool_core::CommentId(item.target.id)).await?;
            if let Some(c) = &comment {
                video = cell.video(c.video_id).await?;
            }
        }
        TargetKind::Account => {
            account_bio = cell
                .account(item.account_id)
                .await?
                .map(|a| a.bio.as_str().to_owned());
        }
    }
    let reach_24h = reach(state, &item).await?;
    Ok(ItemContext {
        queued: QueueItem {
            region,
            handle: handle_of(state, &item).await?,
            item,
            reach_24h,
        },
        notices,
        history,
        appeal,
        video,
        comment,
        remixes,
        account_bio,
    })
}

/// Claims an item for the caller for `[moderation] claim_secs`.
pub async fn claim(state: &AppState, actor: &Actor, raw: &str) -> ServiceResult<QueueItem> {
    let (region, cell, item) = find_item(state, actor, raw).await?;
    let secs = i64::from(state.config().moderation.claim_secs.max(1));
    let until = spool_store::now_ms() + secs * 1000;
    let claimed = cell
        .claim_item(item.id, actor.id, until)
        .await
        .map_err(|e| store_conflict(e, "claimed"))?
        .ok_or_else(|| {
            ServiceError::refused(
                ErrorCode::Conflict("already_decided"),
                "the item is already decided",
            )
        })?;
    let reach_24h = reach(state, &claimed).await?;
    Ok(QueueItem {
        region,
        handle: handle_of(state, &claimed).await?,
        item: claimed,
        reach_24h,
    })
}

/// The actions, and what each may be applied to.
pub const ACTIONS: &[(&str, &[TargetKind])] = &[
    (
        "no_violation",
        &[TargetKind::Video, TargetKind::Comment, TargetKind::Account],
    ),
    ("remove", &[TargetKind::Video, TargetKind::Comment]),
    ("age_restrict", &[TargetKind::Video]),
    (
        "restrict_regions",
        &[TargetKind::Video, TargetKind::Account],
    ),
    ("label", &[TargetKind::Video]),
    (
        "reduce_distribution",
        &[TargetKind::Video, TargetKind::Account],
    ),
    ("suspend", &[TargetKind::Account]),
    ("terminate", &[TargetKind::Account]),
];

pub struct DecisionForm {
    pub target: TargetRef,
    pub action: String,
    pub policy: String,
    pub facts: String,
    pub item_id: Option<String>,
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    pub reference: Option<String>,
    pub label: Option<Label>,
    pub days: Option<u32>,
}

pub struct Decided {
    pub decision: DecisionRecord,
    pub statement_id: Option<Uuid>,
}

fn invalid(code: &'static str, field: &'static str, message: impl Into<String>) -> ServiceError {
    ServiceError::refused(ErrorCode::InvalidField(code), message).field(field)
}

/// Checks the form against the action and the target; answers the scope.
fn scope_for(
    state: &AppState,
    form: &DecisionForm,
    kind: TargetKind,
) -> ServiceResult<DecisionScope> {
    let Some((_, kinds)) = ACTIONS.iter().find(|(a, _)| *a == form.action) else {
        return Err(invalid(
            "invalid_action",
            "action",
            format!(
                "action is one of {}",
                ACTIONS
                    .iter()
                    .map(|(a, _)| *a)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    };
    if !kinds.contains(&kind) {
        return Err(invalid(
            "action_not_applicable",
            "action",
            format!("{} cannot be applied to a {}", form.action, kind.as_str()),
        ));
    }
    let facts = form.facts.trim();
    if facts.is_empty() || facts.chars().count() > 5000 {
        return Err(invalid(
            "invalid_facts",
            "facts",
            "state the facts the decision rests on (1 to 5000 characters); the creator reads them",
        ));
    }
    let mut scope = DecisionScope::default();
    match form.action.as_str() {
        "restrict_regions" => {
            for r in &form.regions {
                let code = RegionCode::parse(r).map_err(ServiceError::from)?;
                if !state.config().regions.enabled.contains(&code) {
                    return Err(invalid(
                        "unknown_region",
                        "regions",
                        format!("{r} is not a region of this deployment"),
                    ));
                }
                scope.regions.push(code.to_string());
            }
            for c in &form.countries {
                let ok = c.len() == 2 && c.chars().all(|x| x.is_ascii_alphabetic());
                if !ok {
                    return Err(invalid(
                        "invalid_country",
                        "countries",
                        format!("{c:?} is not an ISO 3166-1 alpha-2 code"),
                    ));
                }
                scope.countries.push(c.to_ascii_uppercase());
            }
            if scope.regions.is_empty() && scope.countries.is_empty() {
                return Err(invalid(
                    "invalid_scope",
                    "regions",
                    "name the regions or countries it is withheld in",
                ));
            }
            let reference = form.reference.as_deref().map(str::trim).unwrap_or_default();
            if reference.is_empty() || reference.chars().count() > 300 {
                return Err(invalid(
                    "invalid_reference",
                    "reference",
                    "give the order's reference (at most 300 characters)",
                ));
            }
            scope.reference = Some(reference.to_owned());
        }
        "label" => {
            let label = form
                .label
                .as_ref()
                .ok_or_else(|| invalid("invalid_label", "label", "a label needs {text, url}"))?;
            let text = label.text.trim();
            let url_ok = (label.url.starts_with("https://") || label.url.starts_with("http://"))
                && label.url.len() <= 500
                && !label
                    .url
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control());
            if text.is_empty() || text.chars().count() > 300 || !url_ok {
                return Err(invalid(
                    "invalid_label",
                    "label",
                    "a label has a text (at most 300 characters) and an http(s) link",
                ));
            }
            scope.label = Some(Label {
                text: text.to_owned(),
                url: label.url.clone(),
            });
        }
        "suspend" => {
            let days = form.days.unwrap_or(0);
            if !(1..=365).contains(&days) {
                return Err(invalid(
                    "invalid_days",
                    "days",
                    "a suspension lasts 1 to 365 days",
                ));
            }
            scope.days = Some(days);
        }
        _ => {}
    }
    Ok(scope)
}

fn resolve_clause<'a>(state: &'a AppState, policy: &str) -> ServiceResult<&'a Clause> {
    state.moderation().book.resolve(policy).ok_or_else(|| {
        invalid(
            "unknown_policy",
            "policy",
            "policy is a clause id of the policy book (GET /api/v1/moderation/policies) or a category name",
        )
    })
}

fn date(ms: i64) -> chrono::NaiveDate {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// What a decision is made of, for [`record`].
pub(super) struct Making<'a> {
    pub located: &'a Located<'a>,
    pub action: &'a str,
    pub clause: &'a Clause,
    pub facts: String,
    pub scope: DecisionScope,
    /// The item named in the request (it must be open; it is closed with the rest).
    pub item: Option<ModerationItem>,
    /// What the decision answers: the named item, else the target's open notice item
    /// (its first notice and deadline go to the log, and whether screening flagged it).
    pub basis: Option<ModerationItem>,
    pub decided_by: Option<crate::services::Actor>,
    pub automated_detection: bool,
    pub automated_decision: bool,
    pub source: &'a str,
}

/// Records a decision: the cell's transaction, the audit entry, commit, then the catalog
/// hook, the statement's notification, reporters' outcomes and strikes.
pub(super) async fn record(state: &AppState, m: Making<'_>) -> ServiceResult<Decided> {
    let now = spool_store::now_ms();
    let located = m.located;
    let id = Uuid::now_v7();
    let ends_ms = m.scope.days.map(|d| now + i64::from(d) * 86_400_000);
    let notice_ms = m.basis.as_ref().map(|i| i.created_ms);
    let deadline_ms = m.basis.as_ref().map(|i| i.deadline_ms);
    let screening_flagged = m
        .basis
        .as_ref()
        .is_some_and(|i| i.detection.get("screening").is_some());
    let source = if m.scope.reference.is_some() {
        "legal_order"
    } else {
        m.source
    };
    let record = DecisionRecord {
        id,
        item_id: m.item.as_ref().map(|i| i.id),
        target: located.target,
        account_id: located.account,
        account_region: located.account_region.to_string(),
        action: m.action.to_owned(),
        policy: m.clause.id.clone(),
        category: m.clause.category.as_str().to_owned(),
        facts: m.facts.clone(),
        scope: m.scope.clone(),
        ends_ms,
        automated_detection: m.automated_detection,
        automated_decision: m.automated_decision,
        source: source.to_owned(),
        decided_by: m.decided_by.as_ref().map(|a| a.id),
        in_force: true,
        reversed_by: None,
        notice_ms,
        deadline_ms,
        created_ms: now,
    };
    let affects = m.action != "no_violation";
    let content_date = match located.target.kind {
        TargetKind::Video => located
            .cell
            .video(spool_core::VideoId(located.target.id))
            .await?
            .map(|v| v.created_at.date_naive()),
        TargetKind::Comment => located.comment.as_ref().map(|c| c.created_at.date_naive()),
        TargetKind::Account => None,
    };
    let tdb = statement(&DecisionFacts {
        action: m.action,
        target_kind: located.target.kind.as_str(),
        clause: m.clause,
        facts: &m.facts,
        automated_detection: m.automated_detection,
        automated_decision: m.automated_decision,
        source,
        countries: &m.scope.countries,
        regions: &m.scope.regions,
        application_date: date(now),
        end_date: ends_ms.map(date),
        puid: id.to_string(),
        content_date,
    });
    let statement_id = affects.then(Uuid::now_v7);
    let body = statement_id.map(|sid| {
        let mut v = serde_json::to_value(&tdb).unwrap_or_default();
        if let Some(map) = v.as_object_mut() {
            map.insert("id".into(), sid.to_string().into());
            map.insert("kind".into(), "decision".into());
            map.insert("decision_id".into(), id.to_string().into());
            map.insert("created_at".into(), rfc3339(now).into());
            map.insert("action".into(), m.action.into());
            map.insert(
                "target".into(),
                serde_json::json!({"kind": located.target.kind.as_str(), "id": located.target.id.to_string()}),
            );
            map.insert(
                "policy".into(),
                serde_json::json!({"id": m.clause.id, "title": m.clause.title, "text": m.clause.text, "ground": m.clause.ground.as_str(), "legal_ground": m.clause.legal_ground}),
            );
            map.insert("regions".into(), serde_json::json!(m.scope.regions));
            if let Some(l) = &m.scope.label {
                map.insert("label".into(), serde_json::json!({"text": l.text, "url": l.url}));
            }
            if let Some(r) = &m.scope.reference {
                map.insert("order_reference".into(), r.clone().into());
            }
            if let Some(e) = ends_ms {
                map.insert("ends_at".into(), rfc3339(e).into());
            }
        }
        v.to_string()
    });
    let log = LogRecord {
        id,
        kind: "decision".into(),
        action: m.action.to_owned(),
        category: m.clause.category.as_str().to_owned(),
        ground: m.clause.ground.as_str().to_owned(),
        content_type: located.target.kind.as_str().to_owned(),
        automated_detection: m.automated_detection,
        automated_decision: m.automated_decision,
        source: tdb.source_type.clone(),
        scope: m
            .scope
            .regions
            .iter()
            .chain(m.scope.countries.iter())
            .cloned()
            .collect(),
        legal_order: m.scope.reference.is_some(),
        screening_flagged,
        notice_ms,
        deadline_ms,
        reversed: false,
        created_ms: now,
    };
    let outcome = serde_json::json!({
        "action": m.action,
        "decided_at": rfc3339(now),
        "policy_title": m.clause.title,
        "summary": outcome_summary(m.action, &m.clause.title),
    });
    let fingerprint = if m.action == "remove" && located.target.kind == TargetKind::Video {
        super::matching::removal_fingerprint(
            state,
            located.cell,
            spool_core::VideoId(located.target.id),
        )
        .await?
    } else {
        None
    };
    let pending = located
        .cell
        .begin_decision(&NewDecision {
            decision: record.clone(),
            statement: statement_id.zip(body),
            log,
            outcome,
            fingerprint,
        })
        .await
        .map_err(|e| store_conflict(e, "already_decided"))?;
    crate::audit::record(
        state,
        &located.region,
        m.decided_by.as_ref().map(|a| a.id),
        "moderation_decision",
        Some(located.account),
        serde_json::json!({
            "decision_id": id.to_string(),
            "target": located.target.kind.as_str(),
            "target_id": located.target.id.to_string(),
            "action": m.action,
            "policy": m.clause.id,
            "automated": m.automated_decision,
        }),
    )
    .await
    .map_err(|e| ServiceError::unexpected(e.message))?;
    let recorded = pending.commit().await?;
    after_change(state, located).await;
    if affects {
        let (video, comment) = match located.target.kind {
            TargetKind::Video => (Some(spool_core::VideoId(located.target.id)), None),
            TargetKind::Comment => (
                located.video,
                Some(spool_core::CommentId(located.target.id)),
            ),
            TargetKind::Account => (None, None),
        };
        crate::services::notifications::notify(
            state,
            located.account,
            NotificationKind::Statement,
            PLATFORM,
            video,
            comment,
        )
        .await;
    }
    tell_reporters(state, &recorded.notices).await;
    if affects && m.action != "hold" {
        propose_suspension(state, located, m.clause.category).await;
    }
    tracing::info!(region = %located.region, action = m.action, policy = %m.clause.id, "moderation decision");
    Ok(Decided {
        decision: record,
        statement_id,
    })
}

fn outcome_summary(action: &str, title: &str) -> String {
    match action {
        "no_violation" => "We reviewed the content and found no violation; it stays up.".to_owned(),
        "remove" => format!("We removed the content under our policy \"{title}\"."),
        "age_restrict" => {
            format!("We restricted the content to adults under our policy \"{title}\".")
        }
        "restrict_regions" => "The content is withheld in some places.".to_owned(),
        "label" => "We added an information label to the content.".to_owned(),
        "reduce_distribution" => "We limited how widely the content is recommended.".to_owned(),
        "suspend" => "We suspended the account for a time.".to_owned(),
        "terminate" => "We terminated the account.".to_owned(),
        _ => "We acted on the content.".to_owned(),
    }
}

/// Notifies every account that sent one of the settled notices (through the receipts in
/// their home cells). A crash before this leaves the outcome readable on their notices.
async fn tell_reporters(state: &AppState, notices: &[Uuid]) {
    if notices.is_empty() {
        return;
    }
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        match cell.receipt_owners(notices).await {
            Ok(owners) => {
                for (_, account) in owners {
                    crate::services::notifications::notify(
                        state,
                        account,
                        NotificationKind::ReportOutcome,
                        PLATFORM,
                        None,
                        None,
                    )
                    .await;
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot tell reporters the outcome"),
        }
    }
}

/// Repeat offenders: past the strike threshold within the window, a suspension is
/// proposed to the region's moderators as a queue item (never applied automatically).
async fn propose_suspension(state: &AppState, located: &Located<'_>, category: ReportCategory) {
    let rule = state.moderation().book.strikes;
    let result = async {
        let strikes = strikes(located.cell, located.account, rule.window_days).await?;
        if strikes < i64::from(rule.threshold) {
            return Ok::<_, ServiceError>(());
        }
        located
            .cell
            .add_finding(&super::automated_notice(
                state,
                ItemKind::Notice,
                spool_store::Target {
                    kind: TargetKind::Account,
                    id: located.account.0,
                },
                located.account,
                &located.account_region,
                "strikes".into(),
                category,
                serde_json::json!({
                    "proposal": {"action": "suspend", "days": rule.suspend_days, "strikes": strikes,
                                 "threshold": rule.threshold, "window_days": rule.window_days}
                }),
            ))
            .await?;
        Ok(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = %e, "cannot propose a suspension");
    }
}

/// Decisions in force against the account's content or the account within the window
/// (not `no_violation`, not holds).
pub async fn strikes(
    cell: &spool_store::Cell,
    account: spool_core::AccountId,
    window_days: u32,
) -> ServiceResult<i64> {
    let since = spool_store::now_ms() - i64::from(window_days) * 86_400_000;
    Ok(cell
        .decisions_for_account(account)
        .await?
        .iter()
        .filter(|d| {
            d.in_force && d.created_ms >= since && d.action != "no_violation" && d.action != "hold"
        })
        .count() as i64)
}

/// A moderator's decision.
pub async fn decide(state: &AppState, actor: &Actor, form: DecisionForm) -> ServiceResult<Decided> {
    // Who may decide is settled before anything about the target is revealed.
    moderated_regions(state, actor).await?;
    let located = locate(state, &form.target).await?;
    require_moderator(state, actor, &located.region).await?;
    let scope = scope_for(state, &form, located.target.kind)?;
    let clause = resolve_clause(state, &form.policy)?;
    if form.action != "no_violation"
        && clause.ground == Ground::Illegal
        && clause.legal_ground.is_none()
    {
        return Err(invalid(
            "unknown_policy",
            "policy",
            "the clause names no legal ground",
        ));
    }
    let item = match &form.item_id {
        None => None,
        Some(raw) => {
            let id = Uuid::parse_str(raw).map_err(|_| ServiceError::NotFound("item"))?;
            let item = located
                .cell
                .moderation_item(id)
                .await?
                .filter(|i| i.target == located.target && i.kind != ItemKind::Appeal)
                .ok_or(ServiceError::NotFound("item"))?;
            if !item.open {
                return Err(ServiceError::refused(
                    ErrorCode::Conflict("already_decided"),
                    "the item is already decided",
                ));
            }
            let now = spool_store::now_ms();
            if item.claimed_by.is_some_and(|c| c != actor.id)
                && item.claim_expires_ms.is_some_and(|e| e > now)
            {
                return Err(ServiceError::refused(
                    ErrorCode::Conflict("claimed"),
                    "another moderator holds this item",
                ));
            }
            Some(item)
        }
    };
    // Without a named item, the decision answers the target's open notice item.
    let basis = match &item {
        Some(i) => Some(i.clone()),
        None => {
            located
                .cell
                .open_item_for(ItemKind::Notice, located.target)
                .await?
        }
    };
    let automated_detection = match &item {
        Some(i) => i.automated,
        None => {
            basis.as_ref().is_some_and(|i| i.automated)
                || located
                    .cell
                    .open_item_for(ItemKind::Match, located.target)
                    .await?
                    .is_some()
        }
    };
    let source = match &item {
        Some(i) if i.notice_count > 0 && !i.automated => "account",
        Some(_) => "screening",
        None if basis
            .as_ref()
            .is_some_and(|i| i.notice_count > 0 && !i.automated) =>
        {
            "account"
        }
        None => "voluntary",
    };
    record(
        state,
        Making {
            located: &located,
            action: &form.action,
            clause,
            facts: form.facts.trim().to_owned(),
            scope,
            item,
            basis,
            decided_by: Some(actor.clone()),
            automated_detection,
            automated_decision: false,
            source,
        },
    )
    .await
}
