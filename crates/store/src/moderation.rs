//! Moderation records of a cell: notices, review items, decisions, statements of reasons,
//! appeals, the public decision log, removed videos' fingerprints, and reporters'
//! receipts. Each change that belongs together is one transaction: a decision closes its
//! items, settles their notices, writes the statement and the log row, stores the
//! fingerprint and recomputes what is in force against the target, all at once.

use serde::{Deserialize, Serialize};
use spool_core::{AccountId, RegionCode};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use uuid::Uuid;

use crate::cell::Cell;
use crate::{now_ms, Result, StoreError};

/// What is in force against a video, a comment or an account, derived from its decisions
/// in force. The distribution rule reads it with the row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Restrictions {
    #[serde(skip_serializing_if = "is_false")]
    pub removed: bool,
    /// Held for review (a re-upload of removed content): not playable, not listed.
    #[serde(skip_serializing_if = "is_false")]
    pub held: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub age_restricted: bool,
    /// Not recommended (a recorded decision that its creator sees).
    #[serde(skip_serializing_if = "is_false")]
    pub reduced: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
    /// Suspended until then (ms since the epoch); past values mean nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suspended_until: Option<i64>,
    #[serde(skip_serializing_if = "is_false")]
    pub terminated: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Restrictions {
    pub fn parse(raw: &str) -> Self {
        serde_json::from_str(raw).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    pub fn suspended_at(&self, now_ms: i64) -> bool {
        self.suspended_until.is_some_and(|t| t > now_ms)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub text: String,
    pub url: String,
}

/// Withheld in these regions and countries (a legal order, or a decision of the region).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Withheld {
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    pub reference: String,
}

/// What a decision's action needs beyond its name (stored as JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionScope {
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Video,
    Comment,
    Account,
}

impl TargetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Video => "video",
            Self::Comment => "comment",
            Self::Account => "account",
        }
    }

    fn parse(raw: &str) -> Result<Self> {
        match raw {
            "video" => Ok(Self::Video),
            "comment" => Ok(Self::Comment),
            "account" => Ok(Self::Account),
            other => Err(StoreError::Corrupt(format!("target kind {other:?}"))),
        }
    }
}

/// The video, comment or account a notice or decision is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    pub kind: TargetKind,
    pub id: Uuid,
}

/// A new notice (from a person or from automated screening), or an automated finding.
#[derive(Debug, Clone)]
pub struct NewNotice {
    pub kind: ItemKind,
    pub target: Target,
    /// Whose content it is, and their home region.
    pub account: AccountId,
    pub account_region: RegionCode,
    /// The keyed hash that counts one notice per reporter and item.
    pub reporter_tag: String,
    /// `account`, `anonymous` or `screening`.
    pub source: String,
    pub category: String,
    pub severity: i64,
    pub note: String,
    /// An anonymous notifier's name and e-mail (stored sealed with a key of its own).
    pub notifier: Option<(String, String)>,
    pub receipt_hash: Option<String>,
    pub automated: bool,
    /// What automated detection found (merged into the item's).
    pub detection: Option<serde_json::Value>,
    /// How long the item may wait for a decision, from now.
    pub deadline_ms: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Notice,
    Match,
    Appeal,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Notice => "notice",
            Self::Match => "match",
            Self::Appeal => "appeal",
        }
    }

    fn parse(raw: &str) -> Result<Self> {
        match raw {
            "notice" => Ok(Self::Notice),
            "match" => Ok(Self::Match),
            "appeal" => Ok(Self::Appeal),
            other => Err(StoreError::Corrupt(format!("item kind {other:?}"))),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeAdded {
    pub id: Uuid,
    pub item: Uuid,
    /// False: this reporter had already sent a notice about the item (that one stands).
    pub new: bool,
}

#[derive(Debug, Clone)]
pub struct ModerationItem {
    pub id: Uuid,
    pub kind: ItemKind,
    pub target: Target,
    pub account_id: AccountId,
    pub account_region: String,
    pub category: String,
    pub severity: i64,
    pub notice_count: i64,
    pub automated: bool,
    pub detection: serde_json::Value,
    pub open: bool,
    pub claimed_by: Option<AccountId>,
    pub claim_expires_ms: Option<i64>,
    pub appeal_id: Option<Uuid>,
    pub decision_id: Option<Uuid>,
    pub created_ms: i64,
    pub deadline_ms: i64,
    pub decided_ms: Option<i64>,
}

/// A notice as moderators and the transparency report may see it: never who sent it.
#[derive(Debug, Clone)]
pub struct NoticeRecord {
    pub id: Uuid,
    pub item_id: Uuid,
    pub target: Target,
    pub source: String,
    pub category: String,
    pub note: String,
    pub open: bool,
    pub outcome: Option<serde_json::Value>,
    pub created_ms: i64,
    pub decided_ms: Option<i64>,
    pub receipt_hash: Option<String>,
}

#[derive(Debug, Clone)]
pub struct DecisionRecord {
    pub id: Uuid,
    pub item_id: Option<Uuid>,
    pub target: Target,
    pub account_id: AccountId,
    pub account_region: String,
    pub action: String,
    pub policy: String,
    pub category: String,
    pub facts: String,
    pub scope: DecisionScope,
    pub ends_ms: Option<i64>,
    pub automated_detection: bool,
    pub automated_decision: bool,
    pub source: String,
    pub decided_by: Option<AccountId>,
    pub in_force: bool,
    pub reversed_by: Option<Uuid>,
    pub notice_ms: Option<i64>,
    pub deadline_ms: Option<i64>,
    pub created_ms: i64,
}

/// One row of the public decision log: no account, content, reporter or moderator.
#[derive(Debug, Clone, PartialEq)]
pub struct LogRecord {
    pub id: Uuid,
    /// `decision` or `appeal`.
    pub kind: String,
    pub action: String,
    pub category: String,
    pub ground: String,
    pub content_type: String,
    pub automated_detection: bool,
    pub automated_decision: bool,
    pub source: String,
    /// Territorial scope (regions and countries), JSON array.
    pub scope: Vec<String>,
    pub legal_order: bool,
    pub screening_flagged: bool,
    pub notice_ms: Option<i64>,
    pub deadline_ms: Option<i64>,
    pub reversed: bool,
    pub created_ms: i64,
}

/// A decision to record, with everything that goes with it.
#[derive(Debug, Clone)]
pub struct NewDecision {
    pub decision: DecisionRecord,
    /// The statement of reasons to the affected account: (id, body as JSON).
    pub statement: Option<(Uuid, String)>,
    pub log: LogRecord,
    /// What reporters are told (stored on each settled notice).
    pub outcome: serde_json::Value,
    /// The removed video's fingerprint (re-upload blocking).
    pub fingerprint: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Recorded {
    /// The notices this decision settled (their reporters are told).
    pub notices: Vec<Uuid>,
    pub items: Vec<Uuid>,
    pub restrictions: Restrictions,
}

/// A decision (or appeal outcome) written in an open transaction, waiting for the
/// caller to record it in the region's audit log: [`commit`] makes it take effect,
/// dropping it undoes it. So no decision exists that the log does not show. It holds the
/// cell's write connection: record, then commit, promptly.
///
/// [`commit`]: PendingDecision::commit
pub struct PendingDecision {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    pub recorded: Recorded,
}

impl PendingDecision {
    pub async fn commit(self) -> Result<Recorded> {
        crate::fault::point("moderation.decision.before_commit");
        self.tx.commit().await?;
        crate::fault::point("moderation.decision.after_commit");
        Ok(self.recorded)
    }
}

#[derive(Debug, Clone)]
pub struct StatementRecord {
    pub id: Uuid,
    pub decision_id: Uuid,
    pub account_id: AccountId,
    pub body: serde_json::Value,
    pub created_ms: i64,
}

#[derive(Debug, Clone)]
pub struct AppealRecord {
    pub id: Uuid,
    pub statement_id: Uuid,
    pub decision_id: Uuid,
    pub account_id: AccountId,
    pub text: String,
    /// `open`, `upheld` or `rejected`.
    pub state: String,
    pub decided_by: Option<AccountId>,
    pub outcome_statement_id: Option<Uuid>,
    pub created_ms: i64,
    pub decided_ms: Option<i64>,
}

/// An appeal's outcome to record.
#[derive(Debug, Clone)]
pub struct AppealOutcome {
    pub appeal: Uuid,
    pub upheld: bool,
    pub decided_by: AccountId,
    pub statement: (Uuid, String),
    pub log: LogRecord,
}

#[derive(Debug, Clone)]
pub struct FingerprintRecord {
    pub decision: Uuid,
    pub policy: String,
    pub category: String,
    pub fingerprint: String,
}

fn uuid(r: &AnyRow, col: &str) -> Result<Uuid> {
    let s: String = r.try_get(col)?;
    Uuid::parse_str(&s).map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
}

fn opt_uuid(r: &AnyRow, col: &str) -> Result<Option<Uuid>> {
    let s: Option<String> = r.try_get(col)?;
    s.map(|s| Uuid::parse_str(&s).map_err(|e| StoreError::Corrupt(format!("{col}: {e}"))))
        .transpose()
}

fn json(r: &AnyRow, col: &str) -> Result<serde_json::Value> {
    let s: String = r.try_get(col)?;
    serde_json::from_str(&s).map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
}

fn item(r: &AnyRow) -> Result<ModerationItem> {
    Ok(ModerationItem {
        id: uuid(r, "id")?,
        kind: ItemKind::parse(&r.try_get::<String, _>("kind")?)?,
        target: Target {
            kind: TargetKind::parse(&r.try_get::<String, _>("target_kind")?)?,
            id: uuid(r, "target_id")?,
        },
        account_id: AccountId(uuid(r, "account_id")?),
        account_region: r.try_get("account_region")?,
        category: r.try_get("category")?,
        severity: r.try_get("severity")?,
        notice_count: r.try_get("notice_count")?,
        automated: crate::db::flag(r, "automated")?,
        detection: json(r, "detection")?,
        open: r.try_get::<String, _>("state")? == "open",
        claimed_by: opt_uuid(r, "claimed_by")?.map(AccountId),
        claim_expires_ms: r.try_get("claim_expires")?,
        appeal_id: opt_uuid(r, "appeal_id")?,
        decision_id: opt_uuid(r, "decision_id")?,
        created_ms: r.try_get("created_at")?,
        deadline_ms: r.try_get("deadline_at")?,
        decided_ms: r.try_get("decided_at")?,
    })
}

fn notice(r: &AnyRow) -> Result<NoticeRecord> {
    let outcome: Option<String> = r.try_get("outcome")?;
    Ok(NoticeRecord {
        id: uuid(r, "id")?,
        item_id: uuid(r, "item_id")?,
        target: Target {
            kind: TargetKind::parse(&r.try_get::<String, _>("target_kind")?)?,
            id: uuid(r, "target_id")?,
        },
        source: r.try_get("source")?,
        category: r.try_get("category")?,
        note: r.try_get("note")?,
        open: r.try_get::<String, _>("state")? == "open",
        outcome: outcome.and_then(|o| serde_json::from_str(&o).ok()),
        created_ms: r.try_get("created_at")?,
        decided_ms: r.try_get("decided_at")?,
        receipt_hash: r.try_get("receipt_hash")?,
    })
}

fn decision(r: &AnyRow) -> Result<DecisionRecord> {
    let scope: String = r.try_get("scope")?;
    Ok(DecisionRecord {
        id: uuid(r, "id")?,
        item_id: opt_uuid(r, "item_id")?,
        target: Target {
            kind: TargetKind::parse(&r.try_get::<String, _>("target_kind")?)?,
            id: uuid(r, "target_id")?,
        },
        account_id: AccountId(uuid(r, "account_id")?),
        account_region: r.try_get("account_region")?,
        action: r.try_get("action")?,
        policy: r.try_get("policy")?,
        category: r.try_get("category")?,
        facts: r.try_get("facts")?,
        scope: serde_json::from_str(&scope).unwrap_or_default(),
        ends_ms: r.try_get("ends_at")?,
        automated_detection: crate::db::flag(r, "automated_detection")?,
        automated_decision: crate::db::flag(r, "automated_decision")?,
        source: r.try_get("source")?,
        decided_by: opt_uuid(r, "decided_by")?.map(AccountId),
        in_force: crate::db::flag(r, "in_force")?,
        reversed_by: opt_uuid(r, "reversed_by")?,
        notice_ms: r.try_get("notice_at")?,
        deadline_ms: r.try_get("deadline_at")?,
        created_ms: r.try_get("created_at")?,
    })
}

fn log_record(r: &AnyRow) -> Result<LogRecord> {
    let scope: String = r.try_get("scope")?;
    Ok(LogRecord {
        id: uuid(r, "id")?,
        kind: r.try_get("kind")?,
        action: r.try_get("action")?,
        category: r.try_get("category")?,
        ground: r.try_get("ground")?,
        content_type: r.try_get("content_type")?,
        automated_detection: crate::db::flag(r, "automated_detection")?,
        automated_decision: crate::db::flag(r, "automated_decision")?,
        source: r.try_get("source")?,
        scope: serde_json::from_str(&scope).unwrap_or_default(),
        legal_order: crate::db::flag(r, "legal_order")?,
        screening_flagged: crate::db::flag(r, "screening_flagged")?,
        notice_ms: r.try_get("notice_at")?,
        deadline_ms: r.try_get("deadline_at")?,
        reversed: crate::db::flag(r, "reversed")?,
        created_ms: r.try_get("created_at")?,
    })
}

fn statement(r: &AnyRow) -> Result<StatementRecord> {
    Ok(StatementRecord {
        id: uuid(r, "id")?,
        decision_id: uuid(r, "decision_id")?,
        account_id: AccountId(uuid(r, "account_id")?),
        body: json(r, "body")?,
        created_ms: r.try_get("created_at")?,
    })
}

fn appeal(r: &AnyRow) -> Result<AppealRecord> {
    Ok(AppealRecord {
        id: uuid(r, "id")?,
        statement_id: uuid(r, "statement_id")?,
        decision_id: uuid(r, "decision_id")?,
        account_id: AccountId(uuid(r, "account_id")?),
        text: r.try_get("text")?,
        state: r.try_get("state")?,
        decided_by: opt_uuid(r, "decided_by")?.map(AccountId),
        outcome_statement_id: opt_uuid(r, "outcome_statement_id")?,
        created_ms: r.try_get("created_at")?,
        decided_ms: r.try_get("decided_at")?,
    })
}

/// The summary of what the target's decisions in force impose, as of `now`.
pub(crate) fn summarize(decisions: &[DecisionRecord], now: i64) -> Restrictions {
    let mut out = Restrictions::default();
    for d in decisions.iter().filter(|d| d.in_force) {
        if d.ends_ms.is_some_and(|e| e <= now) && d.action != "suspend" {
            continue;
        }
        match d.action.as_str() {
            "remove" => out.removed = true,
            "hold" => out.held = true,
            "age_restrict" => out.age_restricted = true,
            "reduce_distribution" => out.reduced = true,
            "label" => out.label = d.scope.label.clone(),
            "restrict_regions" => {
                let w = out.withheld.get_or_insert_with(Withheld::default);
                for r in &d.scope.regions {
                    if !w.regions.contains(r) {
                        w.regions.push(r.clone());
                    }
                }
                for c in &d.scope.countries {
                    if !w.countries.contains(c) {
                        w.countries.push(c.clone());
                    }
                }
                if let Some(reference) = &d.scope.reference {
                    w.reference = reference.clone();
                }
            }
            "suspend" => {
                if let Some(end) = d.ends_ms {
                    out.suspended_until = Some(out.suspended_until.map_or(end, |u| u.max(end)));
                }
            }
            "terminate" => out.terminated = true,
            _ => {}
        }
    }
    out
}

const ITEM_COLUMNS: &str = "id, kind, target_kind, target_id, account_id, account_region, category, severity, notice_count, automated, detection, state, claimed_by, claim_expires, appeal_id, decision_id, created_at, deadline_at, decided_at";

impl Cell {
    /// Fills in the region of items migrated from the earlier `reports` table.
    pub(crate) async fn finish_moderation_migration(&self) -> Result<()> {
        sqlx::query("UPDATE moderation_items SET account_region = $1 WHERE account_region = ''")
            .bind(self.region().as_str())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// Files a notice (or an automated finding) and joins it to the target's open item
    /// of that kind, creating the item when there is none. A second notice of the same
    /// reporter about the same target changes nothing and returns the first.
    pub async fn add_notice(&self, n: &NewNotice) -> Result<NoticeAdded> {
        let mut tx = self.db.begin_write().await?;
        let now = now_ms();
        let existing: Option<(String, String)> = sqlx::query_as(
            "SELECT id, item_id FROM notices WHERE target_kind = $1 AND target_id = $2 AND reporter_tag = $3",
        )
        .bind(n.target.kind.as_str())
        .bind(n.target.id.to_string())
        .bind(&n.reporter_tag)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id, item)) = existing {
            return Ok(NoticeAdded {
                id: parse(&id)?,
                item: parse(&item)?,
                new: false,
            });
        }
        let item = upsert_item(&mut tx, n, now, 1).await?;
        let id = Uuid::now_v7();
        let notifier = match &n.notifier {
            None => None,
            Some((name, email)) => {
                // The notifier is no account: the notice's id stands in for one in the
                // key's binding, and the key is wrapped with the region's.
                let owner = AccountId(id);
                let (key, wrapped) = self.region_key().new_data_key(owner)?;
                let sealed = serde_json::json!({
                    "key": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &wrapped),
                    "name": key.seal(owner, "notifier_name", name)?,
                    "email": key.seal(owner, "notifier_email", email)?,
                });
                Some(sealed.to_string().into_bytes())
            }
        };
        sqlx::query(
            "INSERT INTO notices (id, item_id, target_kind, target_id, account_id, reporter_tag, source,
                                  category, note, notifier, receipt_hash, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(id.to_string())
        .bind(item.to_string())
        .bind(n.target.kind.as_str())
        .bind(n.target.id.to_string())
        .bind(n.account.0.to_string())
        .bind(&n.reporter_tag)
        .bind(&n.source)
        .bind(&n.category)
        .bind(&n.note)
        .bind(notifier)
        .bind(n.receipt_hash.as_deref())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(NoticeAdded {
            id,
            item,
            new: true,
        })
    }

    pub async fn moderation_item(&self, id: Uuid) -> Result<Option<ModerationItem>> {
        let row = sqlx::query(&format!(
            "SELECT {ITEM_COLUMNS} FROM moderation_items WHERE id = $1"
        ))
        .bind(id.to_string())
        .fetch_optional(&self.db.write)
        .await?;
        row.map(|r| item(&r)).transpose()
    }

    /// Every open item of the region (the service orders them).
    pub async fn open_items(&self) -> Result<Vec<ModerationItem>> {
        let rows = sqlx::query(&format!(
            "SELECT {ITEM_COLUMNS} FROM moderation_items WHERE state = 'open' ORDER BY deadline_at LIMIT 5000"
        ))
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(item).collect()
    }

    /// The open item of a kind about a target.
    pub async fn open_item_for(
        &self,
        kind: ItemKind,
        target: Target,
    ) -> Result<Option<ModerationItem>> {
        let row = sqlx::query(&format!(
            "SELECT {ITEM_COLUMNS} FROM moderation_items WHERE state = 'open' AND kind = $1 AND target_kind = $2 AND target_id = $3"
        ))
        .bind(kind.as_str())
        .bind(target.kind.as_str())
        .bind(target.id.to_string())
        .fetch_optional(&self.db.write)
        .await?;
        row.map(|r| item(&r)).transpose()
    }

    /// Claims an open item for `moderator` until `until_ms`, unless someone else holds
    /// an unexpired claim. `Ok(None)`: no such open item; `Conflict`: claimed by another.
    pub async fn claim_item(
        &self,
        id: Uuid,
        moderator: AccountId,
        until_ms: i64,
    ) -> Result<Option<ModerationItem>> {
        let now = now_ms();
        let done = sqlx::query(
            "UPDATE moderation_items SET claimed_by = $1, claim_expires = $2
             WHERE id = $3 AND state = 'open'
               AND (claimed_by IS NULL OR claimed_by = $1 OR claim_expires <= $4)",
        )
        .bind(moderator.0.to_string())
        .bind(until_ms)
        .bind(id.to_string())
        .bind(now)
        .execute(&self.db.write)
        .await?;
        let current = self.moderation_item(id).await?;
        match current {
            Some(i) if i.open && done.rows_affected() == 0 => {
                Err(StoreError::Conflict("claimed by another moderator".into()))
            }
            Some(i) if i.open => Ok(Some(i)),
            _ => Ok(None),
        }
    }

    /// The notices of an item, oldest first (never who sent them).
    pub async fn item_notices(&self, item: Uuid) -> Result<Vec<NoticeRecord>> {
        let rows = sqlx::query("SELECT * FROM notices WHERE item_id = $1 ORDER BY created_at")
            .bind(item.to_string())
            .fetch_all(&self.db.read)
            .await?;
        rows.iter().map(notice).collect()
    }

    pub async fn notice(&self, id: Uuid) -> Result<Option<NoticeRecord>> {
        let row = sqlx::query("SELECT * FROM notices WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.read)
            .await?;
        row.map(|r| notice(&r)).transpose()
    }

    /// Whether `reporter_tag` sent notice `id` (to show a reporter their own notice).
    pub async fn notice_sent_by(&self, id: Uuid, reporter_tag: &str) -> Result<bool> {
        Ok(sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM notices WHERE id = $1 AND reporter_tag = $2",
        )
        .bind(id.to_string())
        .bind(reporter_tag)
        .fetch_one(&self.db.read)
        .await?
            > 0)
    }

    /// Notices received in `[from, to)` (ms): (category, source, count).
    pub async fn notice_counts(&self, from: i64, to: i64) -> Result<Vec<(String, String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT category, source, COUNT(*) FROM notices WHERE created_at >= $1 AND created_at < $2
             GROUP BY category, source",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.db.read)
        .await?)
    }

    /// Open notices now (the size of the backlog).
    pub async fn open_notice_count(&self) -> Result<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM notices WHERE state = 'open'")
                .fetch_one(&self.db.read)
                .await?,
        )
    }

    /// Records a decision and everything that goes with it, in one transaction (see the
    /// module's documentation). An explicit item must be open; every other open notice
    /// or match item of the target is closed with it.
    pub async fn begin_decision(&self, d: &NewDecision) -> Result<PendingDecision> {
        let mut tx = self.db.begin_write().await?;
        let now = d.decision.created_ms;
        let dec = &d.decision;
        if let Some(item) = dec.item_id {
            let open: Option<String> =
                sqlx::query_scalar("SELECT state FROM moderation_items WHERE id = $1")
                    .bind(item.to_string())
                    .fetch_optional(&mut *tx)
                    .await?;
            if open.as_deref() != Some("open") {
                return Err(StoreError::Conflict("the item is already decided".into()));
            }
        }
        // A new decision settles a hold (a match under review) either way.
        sqlx::query(
            "UPDATE moderation_decisions SET in_force = 0
             WHERE target_kind = $1 AND target_id = $2 AND action = 'hold' AND in_force = 1",
        )
        .bind(dec.target.kind.as_str())
        .bind(dec.target.id.to_string())
        .execute(&mut *tx)
        .await?;
        insert_decision(&mut tx, dec).await?;
        let items: Vec<String> = sqlx::query_scalar(
            "SELECT id FROM moderation_items WHERE state = 'open' AND (id = $1
                OR (kind IN ('notice', 'match') AND target_kind = $2 AND target_id = $3))",
        )
        .bind(dec.item_id.map(|i| i.to_string()))
        .bind(dec.target.kind.as_str())
        .bind(dec.target.id.to_string())
        .fetch_all(&mut *tx)
        .await?;
        let mut recorded = Recorded::default();
        let outcome = d.outcome.to_string();
        for id in &items {
            sqlx::query(
                "UPDATE moderation_items SET state = 'decided', decision_id = $1, decided_at = $2 WHERE id = $3",
            )
            .bind(dec.id.to_string())
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            let notices: Vec<String> = sqlx::query_scalar(
                "UPDATE notices SET state = 'decided', outcome = $1, decided_at = $2
                 WHERE item_id = $3 AND state = 'open' RETURNING id",
            )
            .bind(&outcome)
            .bind(now)
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            for n in notices {
                recorded.notices.push(parse(&n)?);
            }
            recorded.items.push(parse(id)?);
        }
        if let Some((id, body)) = &d.statement {
            insert_statement(&mut tx, *id, dec.id, dec.account_id, body, now).await?;
        }
        insert_log(&mut tx, &d.log).await?;
        if let Some(fp) = &d.fingerprint {
            sqlx::query(
                "INSERT INTO removed_fingerprints (decision, policy, category, fingerprint, created_at)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (decision) DO UPDATE SET policy = excluded.policy,
                    category = excluded.category, fingerprint = excluded.fingerprint,
                    created_at = excluded.created_at",
            )
            .bind(dec.id.to_string())
            .bind(&dec.policy)
            .bind(&dec.category)
            .bind(fp)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        recorded.restrictions = refresh_restrictions(&mut tx, dec.target, now).await?;
        Ok(PendingDecision { tx, recorded })
    }

    /// [`Cell::begin_decision`] and commit, for decisions made by the system itself
    /// (a hold after a fingerprint match), which the caller logs after.
    pub async fn record_decision(&self, d: &NewDecision) -> Result<Recorded> {
        self.begin_decision(d).await?.commit().await
    }

    /// An automated finding (a fingerprint match) as a review item of its own, without
    /// a notice; joins the target's open item of that kind.
    pub async fn add_finding(&self, n: &NewNotice) -> Result<Uuid> {
        crate::fault::point("moderation.finding");
        let mut tx = self.db.begin_write().await?;
        let item = upsert_item(&mut tx, n, now_ms(), 0).await?;
        tx.commit().await?;
        Ok(item)
    }

    /// Stores a video's fingerprint (the transcode job's).
    pub async fn set_video_fingerprint(&self, video: Uuid, fingerprint: &str) -> Result<()> {
        sqlx::query("UPDATE videos SET fingerprint = $1 WHERE id = $2")
            .bind(fingerprint)
            .bind(video.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// Duets and stitches of a video made in this cell, newest first (a moderator's
    /// context).
    pub async fn remixes_of(
        &self,
        video: spool_core::VideoId,
        limit: i64,
    ) -> Result<Vec<crate::VideoRecord>> {
        let rows = sqlx::query(
            "SELECT v.* FROM videos v WHERE v.remix_of = $1 ORDER BY v.created_at DESC LIMIT $2",
        )
        .bind(video.to_string())
        .bind(limit)
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(crate::media::video_record).collect()
    }

    pub async fn video_fingerprint(&self, video: Uuid) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar::<_, Option<String>>("SELECT fingerprint FROM videos WHERE id = $1")
                .bind(video.to_string())
                .fetch_optional(&self.db.read)
                .await?
                .flatten(),
        )
    }

    pub async fn decision(&self, id: Uuid) -> Result<Option<DecisionRecord>> {
        let row = sqlx::query("SELECT * FROM moderation_decisions WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.write)
            .await?;
        row.map(|r| decision(&r)).transpose()
    }

    /// Decisions about an account's content or the account, newest first.
    pub async fn decisions_for_account(&self, account: AccountId) -> Result<Vec<DecisionRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM moderation_decisions WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT 500",
        )
        .bind(account.0.to_string())
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(decision).collect()
    }

    /// Decisions about one target, newest first.
    pub async fn decisions_for_target(&self, target: Target) -> Result<Vec<DecisionRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM moderation_decisions WHERE target_kind = $1 AND target_id = $2 ORDER BY created_at DESC",
        )
        .bind(target.kind.as_str())
        .bind(target.id.to_string())
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(decision).collect()
    }

    pub async fn statement(&self, id: Uuid) -> Result<Option<StatementRecord>> {
        let row = sqlx::query("SELECT * FROM statements WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.write)
            .await?;
        row.map(|r| statement(&r)).transpose()
    }

    pub async fn statements_for(&self, account: AccountId) -> Result<Vec<StatementRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM statements WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT 500",
        )
        .bind(account.0.to_string())
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(statement).collect()
    }

    /// Every statement made in `[from, to)` (the operator's export).
    pub async fn statements_between(&self, from: i64, to: i64) -> Result<Vec<StatementRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM statements WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(statement).collect()
    }

    /// Files an appeal and its queue item in one transaction. `Conflict` when the
    /// statement already has an open appeal.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_appeal(
        &self,
        statement: &StatementRecord,
        decision: &DecisionRecord,
        text: &str,
        severity: i64,
        deadline_ms: i64,
    ) -> Result<AppealRecord> {
        let mut tx = self.db.begin_write().await?;
        let now = now_ms();
        let id = Uuid::now_v7();
        let item = Uuid::now_v7();
        let done = sqlx::query(
            "INSERT INTO appeals (id, statement_id, decision_id, account_id, text, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(id.to_string())
        .bind(statement.id.to_string())
        .bind(decision.id.to_string())
        .bind(statement.account_id.0.to_string())
        .bind(text)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(
                "this statement already has an open appeal".into(),
            ));
        }
        sqlx::query(
            "INSERT INTO moderation_items (id, kind, target_kind, target_id, account_id, account_region,
                 category, severity, notice_count, appeal_id, created_at, deadline_at)
             VALUES ($1, 'appeal', $2, $3, $4, $5, $6, $7, 0, $8, $9, $10)",
        )
        .bind(item.to_string())
        .bind(decision.target.kind.as_str())
        .bind(decision.target.id.to_string())
        .bind(decision.account_id.0.to_string())
        .bind(&decision.account_region)
        .bind(&decision.category)
        .bind(severity)
        .bind(id.to_string())
        .bind(now)
        .bind(now + deadline_ms)
        .execute(&mut *tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.message().contains("UNIQUE") => {
                StoreError::Conflict("an appeal about this content is already open".into())
            }
            other => other.into(),
        })?;
        tx.commit().await?;
        self.appeal(id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("appeal vanished".into()))
    }

    pub async fn appeal(&self, id: Uuid) -> Result<Option<AppealRecord>> {
        let row = sqlx::query("SELECT * FROM appeals WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.write)
            .await?;
        row.map(|r| appeal(&r)).transpose()
    }

    pub async fn appeals_for_statement(&self, statement: Uuid) -> Result<Vec<AppealRecord>> {
        let rows =
            sqlx::query("SELECT * FROM appeals WHERE statement_id = $1 ORDER BY created_at DESC")
                .bind(statement.to_string())
                .fetch_all(&self.db.read)
                .await?;
        rows.iter().map(appeal).collect()
    }

    /// Appeals filed in `[from, to)`: (state, count).
    pub async fn appeal_counts(&self, from: i64, to: i64) -> Result<Vec<(String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT state, COUNT(*) FROM appeals WHERE created_at >= $1 AND created_at < $2 GROUP BY state",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.db.read)
        .await?)
    }

    /// Records an appeal's outcome in one transaction: the appeal, its item, the new
    /// statement and the log row; when upheld, the decision stops being in force, its
    /// log row is marked reversed, its fingerprint goes, and the target's restrictions
    /// are recomputed (returned).
    pub async fn begin_appeal_outcome(&self, o: &AppealOutcome) -> Result<PendingDecision> {
        let mut tx = self.db.begin_write().await?;
        let now = o.log.created_ms;
        let row = sqlx::query("SELECT * FROM appeals WHERE id = $1 AND state = 'open'")
            .bind(o.appeal.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::Conflict("the appeal is already decided".into()))?;
        let ap = appeal(&row)?;
        let dec_row = sqlx::query("SELECT * FROM moderation_decisions WHERE id = $1")
            .bind(ap.decision_id.to_string())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let dec = decision(&dec_row)?;
        sqlx::query(
            "UPDATE appeals SET state = $1, decided_by = $2, outcome_statement_id = $3, decided_at = $4 WHERE id = $5",
        )
        .bind(if o.upheld { "upheld" } else { "rejected" })
        .bind(o.decided_by.0.to_string())
        .bind(o.statement.0.to_string())
        .bind(now)
        .bind(o.appeal.to_string())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE moderation_items SET state = 'decided', decided_at = $1 WHERE appeal_id = $2 AND state = 'open'",
        )
        .bind(now)
        .bind(o.appeal.to_string())
        .execute(&mut *tx)
        .await?;
        if o.upheld {
            sqlx::query(
                "UPDATE moderation_decisions SET in_force = 0, reversed_by = $1 WHERE id = $2",
            )
            .bind(o.appeal.to_string())
            .bind(dec.id.to_string())
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE moderation_log SET reversed = 1 WHERE id = $1")
                .bind(dec.id.to_string())
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM removed_fingerprints WHERE decision = $1")
                .bind(dec.id.to_string())
                .execute(&mut *tx)
                .await?;
        }
        insert_statement(
            &mut tx,
            o.statement.0,
            dec.id,
            ap.account_id,
            &o.statement.1,
            now,
        )
        .await?;
        insert_log(&mut tx, &o.log).await?;
        let restrictions = refresh_restrictions(&mut tx, dec.target, now).await?;
        Ok(PendingDecision {
            tx,
            recorded: Recorded {
                restrictions,
                ..Recorded::default()
            },
        })
    }

    /// The public log, newest first, before `before` (an id) when given.
    pub async fn moderation_log(&self, limit: i64, before: Option<Uuid>) -> Result<Vec<LogRecord>> {
        let rows = match before {
            None => {
                sqlx::query("SELECT * FROM moderation_log ORDER BY id DESC LIMIT $1")
                    .bind(limit)
                    .fetch_all(&self.db.read)
                    .await?
            }
            Some(b) => {
                sqlx::query("SELECT * FROM moderation_log WHERE id < $1 ORDER BY id DESC LIMIT $2")
                    .bind(b.to_string())
                    .bind(limit)
                    .fetch_all(&self.db.read)
                    .await?
            }
        };
        rows.iter().map(log_record).collect()
    }

    /// Log rows made in `[from, to)` (ms).
    pub async fn moderation_log_between(&self, from: i64, to: i64) -> Result<Vec<LogRecord>> {
        let rows = sqlx::query(
            "SELECT * FROM moderation_log WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(log_record).collect()
    }

    /// The fingerprints of the region's removed videos.
    pub async fn removed_fingerprints(&self) -> Result<Vec<FingerprintRecord>> {
        let rows = sqlx::query(
            "SELECT decision, policy, category, fingerprint FROM removed_fingerprints ORDER BY created_at",
        )
        .fetch_all(&self.db.read)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(FingerprintRecord {
                    decision: uuid(r, "decision")?,
                    policy: r.try_get("policy")?,
                    category: r.try_get("category")?,
                    fingerprint: r.try_get("fingerprint")?,
                })
            })
            .collect()
    }

    /// What is in force against a target now (recomputed from its decisions).
    pub async fn restrictions(&self, target: Target) -> Result<Restrictions> {
        let decisions = self.decisions_for_target(target).await?;
        Ok(summarize(&decisions, now_ms()))
    }

    /// Views of a video in this cell since `since_ms` (for the queue's reach).
    pub async fn views_since(&self, video: Uuid, since_ms: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM feed_events WHERE video_id = $1 AND created_at >= $2
               AND kind IN ('view', 'replay')",
        )
        .bind(video.to_string())
        .bind(since_ms)
        .fetch_one(&self.db.read)
        .await?)
    }

    /// The reporter's copy of a notice they sent (in their home cell).
    pub async fn add_receipt(
        &self,
        account: AccountId,
        notice: Uuid,
        notice_region: &RegionCode,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO report_receipts (notice, account_id, notice_region, created_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(notice.to_string())
        .bind(account.0.to_string())
        .bind(notice_region.as_str())
        .bind(now_ms())
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    /// An account's receipts, newest first: (notice, its region).
    pub async fn receipts(&self, account: AccountId) -> Result<Vec<(Uuid, String)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT notice, notice_region FROM report_receipts WHERE account_id = $1
             ORDER BY created_at DESC LIMIT 200",
        )
        .bind(account.0.to_string())
        .fetch_all(&self.db.read)
        .await?;
        rows.into_iter().map(|(n, r)| Ok((parse(&n)?, r))).collect()
    }

    /// Who, in this cell, sent these notices: (notice, account).
    pub async fn receipt_owners(&self, notices: &[Uuid]) -> Result<Vec<(Uuid, AccountId)>> {
        if notices.is_empty() {
            return Ok(Vec::new());
        }
        let ids = serde_json::to_string(&notices.iter().map(Uuid::to_string).collect::<Vec<_>>())
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let rows: Vec<(String, String)> = sqlx::query_as(&format!(
            "SELECT notice, account_id FROM report_receipts WHERE notice IN ({})",
            self.db.json_values("$1")
        ))
        .bind(ids)
        .fetch_all(&self.db.read)
        .await?;
        rows.into_iter()
            .map(|(n, a)| Ok((parse(&n)?, AccountId(parse(&a)?))))
            .collect()
    }
}

fn parse(s: &str) -> Result<Uuid> {
    Uuid::parse_str(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Joins `n` to the target's open item of its kind (or opens one); `notices` is how many
/// notices it adds to the item's count (0 for a finding without a notice).
async fn upsert_item(
    tx: &mut AnyConnection,
    n: &NewNotice,
    now: i64,
    notices: i64,
) -> Result<Uuid> {
    let backend = crate::db::Backend::of(tx);
    let open: Option<(String, i64, i64)> = sqlx::query_as(
        "SELECT id, severity, deadline_at FROM moderation_items
         WHERE state = 'open' AND kind = $1 AND target_kind = $2 AND target_id = $3",
    )
    .bind(n.kind.as_str())
    .bind(n.target.kind.as_str())
    .bind(n.target.id.to_string())
    .fetch_optional(&mut *tx)
    .await?;
    let detection = n.detection.clone().unwrap_or(serde_json::json!({}));
    match open {
        Some((id, severity, deadline)) => {
            // The item takes the most severe category and the nearest deadline.
            let (category, severity) = if n.severity > severity {
                (Some(n.category.as_str()), n.severity)
            } else {
                (None, severity)
            };
            sqlx::query(&format!(
                "UPDATE moderation_items SET notice_count = notice_count + $1,
                    category = COALESCE($2, category), severity = $3, deadline_at = $4,
                    automated = CASE WHEN automated > $5 THEN automated ELSE $5 END,
                    detection = {}
                 WHERE id = $7",
                backend.json_patch("detection", "$6")
            ))
            .bind(notices)
            .bind(category)
            .bind(severity)
            .bind(deadline.min(now + n.deadline_ms))
            .bind(i64::from(n.automated))
            .bind(detection.to_string())
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            parse(&id)
        }
        None => {
            let id = Uuid::now_v7();
            sqlx::query(
                "INSERT INTO moderation_items (id, kind, target_kind, target_id, account_id, account_region,
                     category, severity, notice_count, automated, detection, created_at, deadline_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(id.to_string())
            .bind(n.kind.as_str())
            .bind(n.target.kind.as_str())
            .bind(n.target.id.to_string())
            .bind(n.account.0.to_string())
            .bind(n.account_region.as_str())
            .bind(&n.category)
            .bind(n.severity)
            .bind(notices)
            .bind(i64::from(n.automated))
            .bind(detection.to_string())
            .bind(now)
            .bind(now + n.deadline_ms)
            .execute(&mut *tx)
            .await?;
            Ok(id)
        }
    }
}

async fn insert_decision(tx: &mut AnyConnection, d: &DecisionRecord) -> Result<()> {
    sqlx::query(
        "INSERT INTO moderation_decisions (id, item_id, target_kind, target_id, account_id, account_region,
            action, policy, category, facts, scope, ends_at, automated_detection, automated_decision,
            source, decided_by, in_force, notice_at, deadline_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, $17, $18, $19)",
    )
    .bind(d.id.to_string())
    .bind(d.item_id.map(|i| i.to_string()))
    .bind(d.target.kind.as_str())
    .bind(d.target.id.to_string())
    .bind(d.account_id.0.to_string())
    .bind(&d.account_region)
    .bind(&d.action)
    .bind(&d.policy)
    .bind(&d.category)
    .bind(&d.facts)
    .bind(serde_json::to_string(&d.scope).map_err(|e| StoreError::Corrupt(e.to_string()))?)
    .bind(d.ends_ms)
    .bind(i64::from(d.automated_detection))
    .bind(i64::from(d.automated_decision))
    .bind(&d.source)
    .bind(d.decided_by.map(|a| a.0.to_string()))
    .bind(d.notice_ms)
    .bind(d.deadline_ms)
    .bind(d.created_ms)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

async fn insert_statement(
    tx: &mut AnyConnection,
    id: Uuid,
    decision: Uuid,
    account: AccountId,
    body: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO statements (id, decision_id, account_id, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id.to_string())
    .bind(decision.to_string())
    .bind(account.0.to_string())
    .bind(body)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

async fn insert_log(tx: &mut AnyConnection, l: &LogRecord) -> Result<()> {
    sqlx::query(
        "INSERT INTO moderation_log (id, kind, action, category, ground, content_type, automated_detection,
            automated_decision, source, scope, legal_order, screening_flagged, notice_at, deadline_at,
            reversed, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(l.id.to_string())
    .bind(&l.kind)
    .bind(&l.action)
    .bind(&l.category)
    .bind(&l.ground)
    .bind(&l.content_type)
    .bind(i64::from(l.automated_detection))
    .bind(i64::from(l.automated_decision))
    .bind(&l.source)
    .bind(serde_json::to_string(&l.scope).map_err(|e| StoreError::Corrupt(e.to_string()))?)
    .bind(i64::from(l.legal_order))
    .bind(i64::from(l.screening_flagged))
    .bind(l.notice_ms)
    .bind(l.deadline_ms)
    .bind(i64::from(l.reversed))
    .bind(l.created_ms)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Recomputes the target's restrictions from its decisions in force and stores them on
/// its row.
async fn refresh_restrictions(
    tx: &mut AnyConnection,
    target: Target,
    now: i64,
) -> Result<Restrictions> {
    let rows = sqlx::query(
        "SELECT * FROM moderation_decisions WHERE target_kind = $1 AND target_id = $2 AND in_force = 1
         ORDER BY created_at, id",
    )
    .bind(target.kind.as_str())
    .bind(target.id.to_string())
    .fetch_all(&mut *tx)
    .await?;
    let decisions: Vec<DecisionRecord> = rows.iter().map(decision).collect::<Result<_>>()?;
    let summary = summarize(&decisions, now);
    let table = match target.kind {
        TargetKind::Video => "videos",
        TargetKind::Comment => "comments",
        TargetKind::Account => "accounts",
    };
    sqlx::query(&format!("UPDATE {table} SET moderation = $1 WHERE id = $2"))
        .bind(serde_json::to_string(&summary).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        .bind(target.id.to_string())
        .execute(&mut *tx)
        .await?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(action: &str, ends: Option<i64>) -> DecisionRecord {
        DecisionRecord {
            id: Uuid::now_v7(),
            item_id: None,
            target: Target {
                kind: TargetKind::Video,
                id: Uuid::nil(),
            },
            account_id: AccountId(Uuid::nil()),
            account_region: "eu".into(),
            action: action.into(),
            policy: "p".into(),
            category: "spam".into(),
            facts: String::new(),
            scope: DecisionScope {
                regions: vec!["eu".into()],
                reference: Some("ref-1".into()),
                ..DecisionScope::default()
            },
            ends_ms: ends,
            automated_detection: false,
            automated_decision: false,
            source: "SOURCE_VOLUNTARY".into(),
            decided_by: None,
            in_force: true,
            reversed_by: None,
            notice_ms: None,
            deadline_ms: None,
            created_ms: 0,
        }
    }

    #[test]
    fn summary_follows_the_decisions_in_force() {
        let mut all = vec![
            d("remove", None),
            d("restrict_regions", None),
            d("suspend", Some(100)),
        ];
        let s = summarize(&all, 50);
        assert!(s.removed);
        assert_eq!(s.withheld.as_ref().unwrap().regions, vec!["eu".to_owned()]);
        assert_eq!(s.withheld.as_ref().unwrap().reference, "ref-1");
        assert!(s.suspended_at(50) && !s.suspended_at(100));
        all[0].in_force = false;
        assert!(!summarize(&all, 50).removed);
        assert!(summarize(&[], 0).is_empty());
        let text = serde_json::to_string(&summarize(&[d("age_restrict", None)], 0)).unwrap();
        assert_eq!(text, r#"{"age_restricted":true}"#);
        assert_eq!(
            Restrictions::parse(&text),
            summarize(&[d("age_restrict", None)], 0)
        );
    }
}
