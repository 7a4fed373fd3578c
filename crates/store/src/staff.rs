//! Staff roles (scoped to this cell's region) and access grants to personal data.

use spool_core::{AccountId, RegionCode};
use sqlx::Row;
use uuid::Uuid;

use crate::cell::Cell;
use crate::{now_ms, Result, StoreError};

#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    pub id: Uuid,
    pub staff_id: AccountId,
    pub subject_id: AccountId,
    pub scope: String,
    pub justification: String,
    pub reference: String,
    /// `pending`, `approved`, `denied` or `revoked`.
    pub state: String,
    pub decided_by: Option<AccountId>,
    pub created_at_ms: i64,
    pub expires_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StaffRole {
    pub account_id: AccountId,
    pub account_region: String,
    pub role: String,
    /// Who gave it (`None`: the operator, from the command line).
    pub granted_by: Option<AccountId>,
    /// When it was given, ms since the epoch.
    pub granted_at_ms: i64,
}

/// A role change made in an open transaction of the cell, waiting for the caller to
/// record it (in the region's audit log) before it takes effect: [`commit`] makes it
/// visible, dropping it undoes it. So no role exists that the log does not show.
///
/// It holds the cell's only write connection: record, then commit, promptly.
///
/// [`commit`]: PendingRoleChange::commit
pub struct PendingRoleChange {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    /// Whether anything changed (false: the role was already there, or already gone).
    pub changed: bool,
    /// The time the change carries (the new role's `granted_at_ms`).
    pub at_ms: i64,
}

impl PendingRoleChange {
    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }
}

fn parse_id(r: &sqlx::any::AnyRow, col: &str) -> Result<Uuid> {
    let s: String = r.try_get(col)?;
    Uuid::parse_str(&s).map_err(|e| StoreError::Corrupt(format!("{col}: {e}")))
}

fn grant(r: &sqlx::any::AnyRow) -> Result<Grant> {
    let decided: Option<String> = r.try_get("decided_by")?;
    Ok(Grant {
        id: parse_id(r, "id")?,
        staff_id: AccountId(parse_id(r, "staff_id")?),
        subject_id: AccountId(parse_id(r, "subject_id")?),
        scope: r.try_get("scope")?,
        justification: r.try_get("justification")?,
        reference: r.try_get("reference")?,
        state: r.try_get("state")?,
        decided_by: decided
            .and_then(|d| Uuid::parse_str(&d).ok())
            .map(AccountId),
        created_at_ms: r.try_get("created_at")?,
        expires_at_ms: r.try_get("expires_at")?,
    })
}

impl Cell {
    /// Starts giving an account a staff role in this cell's region; see
    /// [`PendingRoleChange`].
    pub async fn begin_add_staff_role(
        &self,
        account: AccountId,
        account_region: &RegionCode,
        role: &str,
        granted_by: Option<AccountId>,
    ) -> Result<PendingRoleChange> {
        let mut tx = self.db.begin_write().await?;
        let at_ms = now_ms();
        let done = sqlx::query(
            "INSERT INTO staff_roles (account_id, account_region, role, granted_by, created_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(account.0.to_string())
        .bind(account_region.as_str())
        .bind(role)
        .bind(granted_by.map(|g| g.0.to_string()))
        .bind(at_ms)
        .execute(&mut *tx)
        .await?;
        Ok(PendingRoleChange {
            tx,
            changed: done.rows_affected() > 0,
            at_ms,
        })
    }

    /// Starts taking a staff role away; see [`PendingRoleChange`].
    pub async fn begin_remove_staff_role(
        &self,
        account: AccountId,
        role: &str,
    ) -> Result<PendingRoleChange> {
        let mut tx = self.db.begin_write().await?;
        let done = sqlx::query("DELETE FROM staff_roles WHERE account_id = $1 AND role = $2")
            .bind(account.0.to_string())
            .bind(role)
            .execute(&mut *tx)
            .await?;
        Ok(PendingRoleChange {
            tx,
            changed: done.rows_affected() > 0,
            at_ms: now_ms(),
        })
    }

    /// One role of an account in this region, with who gave it and when.
    pub async fn staff_role(&self, account: AccountId, role: &str) -> Result<Option<StaffRole>> {
        let row = sqlx::query(
            "SELECT account_id, account_region, role, granted_by, created_at FROM staff_roles
             WHERE account_id = $1 AND role = $2",
        )
        .bind(account.0.to_string())
        .bind(role)
        .fetch_optional(&self.db.write)
        .await?;
        row.map(|r| {
            let granted_by: Option<String> = r.try_get("granted_by")?;
            Ok(StaffRole {
                account_id: AccountId(parse_id(&r, "account_id")?),
                account_region: r.try_get("account_region")?,
                role: r.try_get("role")?,
                granted_by: granted_by
                    .map(|g| parse_uuid(&g).map(AccountId))
                    .transpose()?,
                granted_at_ms: r.try_get("created_at")?,
            })
        })
        .transpose()
    }

    /// The roles an account holds in this region.
    pub async fn staff_roles(&self, account: AccountId) -> Result<Vec<String>> {
        Ok(
            sqlx::query_scalar("SELECT role FROM staff_roles WHERE account_id = $1 ORDER BY role")
                .bind(account.0.to_string())
                .fetch_all(&self.db.write)
                .await?,
        )
    }

    pub async fn create_grant(&self, g: &Grant) -> Result<()> {
        sqlx::query(
            "INSERT INTO access_grants (id, staff_id, subject_id, scope, justification, reference, state, decided_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(g.id.to_string())
        .bind(g.staff_id.0.to_string())
        .bind(g.subject_id.0.to_string())
        .bind(&g.scope)
        .bind(&g.justification)
        .bind(&g.reference)
        .bind(&g.state)
        .bind(g.decided_by.map(|d| d.0.to_string()))
        .bind(g.created_at_ms)
        .bind(g.expires_at_ms)
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    pub async fn grant(&self, id: Uuid) -> Result<Option<Grant>> {
        let row = sqlx::query("SELECT * FROM access_grants WHERE id = $1")
            .bind(id.to_string())
            .fetch_optional(&self.db.write)
            .await?;
        row.as_ref().map(grant).transpose()
    }

    /// Moves a pending grant to `approved` or `denied` (only from `pending`); the clock
    /// of an approved grant starts at approval. Returns whether it changed.
    pub async fn decide_grant(
        &self,
        id: Uuid,
        state: &str,
        by: AccountId,
        expires_at_ms: i64,
    ) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE access_grants SET state = $1, decided_by = $2, expires_at = $3 WHERE id = $4 AND state = 'pending'",
        )
        .bind(state)
        .bind(by.0.to_string())
        .bind(expires_at_ms)
        .bind(id.to_string())
        .execute(&self.db.write)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// A grant that lets `staff` read `scope` of `subject` now, if there is one.
    pub async fn valid_grant(
        &self,
        staff: AccountId,
        subject: AccountId,
        scope: &str,
        now_ms: i64,
    ) -> Result<Option<Grant>> {
        let row = sqlx::query(
            "SELECT * FROM access_grants WHERE staff_id = $1 AND subject_id = $2 AND scope = $3
               AND state = 'approved' AND expires_at > $4 ORDER BY expires_at DESC LIMIT 1",
        )
        .bind(staff.0.to_string())
        .bind(subject.0.to_string())
        .bind(scope)
        .bind(now_ms)
        .fetch_optional(&self.db.write)
        .await?;
        row.as_ref().map(grant).transpose()
    }

    /// Grants about one account (all states), newest first.
    pub async fn grants_for_subject(&self, subject: AccountId) -> Result<Vec<Grant>> {
        let rows = sqlx::query(
            "SELECT * FROM access_grants WHERE subject_id = $1 ORDER BY created_at DESC",
        )
        .bind(subject.0.to_string())
        .fetch_all(&self.db.read)
        .await?;
        rows.iter().map(grant).collect()
    }
}

fn parse_uuid(s: &str) -> Result<Uuid> {
    Uuid::parse_str(s).map_err(|e| StoreError::Corrupt(e.to_string()))
}
