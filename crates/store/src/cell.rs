//! One region cell: the accounts whose home is this region, and everything personal
//! about them.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use spool_core::{AccountId, Bio, BirthDate, DisplayName, Email, Handle, RegionCode};
use sqlx::any::AnyRow;
use sqlx::migrate::Migrator;
use sqlx::Row;
use uuid::Uuid;

use crate::db::Db;
use crate::{create_dir, from_ms, now_ms, Result, StoreError};

pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations/cell");
pub(crate) static PG_MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres/cell");

/// A region's database and media folder. Cloning is cheap (pools are shared).
#[derive(Clone, Debug)]
pub struct Cell {
    region: RegionCode,
    /// Wraps the accounts' data keys (see `crypto.rs`); loaded from outside the database.
    region_key: crate::crypto::RegionKey,
    pub(crate) db: Db,
    db_path: PathBuf,
    media_dir: PathBuf,
}

/// An account as it is about to be written: everything already parsed and the password
/// already hashed.
#[derive(Debug)]
pub struct NewAccount {
    pub id: AccountId,
    pub handle: Handle,
    pub display_name: DisplayName,
    pub email: Option<Email>,
    pub birth_date: BirthDate,
    pub password_hash: String,
    pub is_private: bool,
}

/// The public side of an account.
#[derive(Debug, Clone)]
pub struct AccountRecord {
    pub id: AccountId,
    pub handle: Handle,
    pub region: RegionCode,
    pub display_name: DisplayName,
    pub bio: Bio,
    pub is_private: bool,
    pub follower_count: i64,
    pub following_count: i64,
    pub video_count: i64,
    pub like_count: i64,
    pub created_at: DateTime<Utc>,
    /// The profile photo's version (0: none); names its files and URLs.
    pub photo_version: i64,
}

/// The personal side of an account. Only its owner (and, later, audited staff access)
/// ever sees it.
#[derive(Debug, Clone)]
pub struct PersonalRecord {
    pub email: Option<Email>,
    pub birth_date: BirthDate,
}

/// A change to one's own profile; `None` leaves a field as it is. `email: Some(None)`
/// removes the address.
#[derive(Debug, Default)]
pub struct ProfileUpdate {
    pub display_name: Option<DisplayName>,
    pub bio: Option<Bio>,
    pub is_private: Option<bool>,
    pub email: Option<Option<Email>>,
}

#[derive(Debug, Clone)]
pub struct SessionRecord {
    /// The session's public id (random; never the token or its hash).
    pub id: String,
    pub account_id: AccountId,
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// Kept to the minute or so (see [`Cell::touch_session`]).
    pub last_used_at: DateTime<Utc>,
    /// The device summary given at log-in (e.g. "Firefox on Linux"; empty when
    /// unknown). Only [`Cell::sessions`] fills it in (it is sealed, and the per-request
    /// lookup does not need it).
    pub device: Option<String>,
}

#[derive(Debug, Clone)]
pub struct LoginRecord {
    pub at: DateTime<Utc>,
    pub success: bool,
    pub ip_prefix: String,
    pub user_agent: String,
}

impl Cell {
    /// Opens the cell of `region` with its local folder `dir`
    /// (`<data>/regions/<code>`): its SQLite file there, or the PostgreSQL database at
    /// `postgres` (then `dir` keeps only this node's caches and the local media folder).
    pub(crate) async fn open(
        region: RegionCode,
        dir: &Path,
        postgres: Option<(&str, u32, Option<&str>)>,
    ) -> Result<Self> {
        create_dir(dir)?;
        let media_dir = dir.join("media");
        for sub in ["uploads", "videos", "sounds"] {
            create_dir(&media_dir.join(sub))?;
        }
        let db_path = dir.join("spool.db");
        let db = match postgres {
            None => Db::open_sqlite(&db_path, &MIGRATOR).await?,
            Some((url, pool, schema)) => Db::open_postgres(url, &PG_MIGRATOR, pool, schema).await?,
        };
        let data_dir = dir.parent().and_then(Path::parent).unwrap_or(dir);
        let region_key = crate::crypto::RegionKey::load(data_dir, region.as_str())?;
        let cell = Self {
            region,
            region_key,
            db,
            db_path,
            media_dir,
        };
        cell.finish_moderation_migration().await?;
        Ok(cell)
    }

    pub(crate) fn region_key(&self) -> &crate::crypto::RegionKey {
        &self.region_key
    }

    pub fn region(&self) -> &RegionCode {
        &self.region
    }

    /// The SQLite file of this cell (for operators and the residency tests); on
    /// PostgreSQL, where it would be (its folder holds this node's caches of the cell).
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    pub fn media_dir(&self) -> &Path {
        &self.media_dir
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.db.read).await?;
        Ok(())
    }

    /// Writes a new account (public profile and personal fields) in one transaction.
    pub async fn create_account(&self, new: &NewAccount) -> Result<AccountRecord> {
        let now = now_ms();
        let id = new.id.0.to_string();
        let mut tx = self.db.begin_write().await?;
        sqlx::query(
            "INSERT INTO accounts (id, handle, display_name, is_private, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(new.handle.as_str())
        .bind(new.display_name.as_str())
        .bind(i64::from(new.is_private))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let (key, wrapped) = self.region_key.new_data_key(new.id)?;
        sqlx::query("INSERT INTO account_keys (account_id, wrapped) VALUES ($1, $2)")
            .bind(&id)
            .bind(wrapped)
            .execute(&mut *tx)
            .await?;
        let email = new
            .email
            .as_ref()
            .map(|e| key.seal(new.id, "email", e.as_str()))
            .transpose()?;
        let birth = key.seal(
            new.id,
            "birth_date",
            &new.birth_date.date().format("%Y-%m-%d").to_string(),
        )?;
        sqlx::query(
            "INSERT INTO account_personal (account_id, email, birth_date, password_hash, updated_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(email)
        .bind(birth)
        .bind(&new.password_hash)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.account(new.id).await?.ok_or(StoreError::NotFound)
    }

    pub async fn account(&self, id: AccountId) -> Result<Option<AccountRecord>> {
        // The public video count is counted, not kept: it follows publishing, privacy
        // changes and deletions without a counter to keep in step. The follower,
        // following and received-like counts are kept in the same transaction as the
        // rows they count (`followers`, `following` here; the videos' like counts, see
        // `outbox.rs`).
        let row = sqlx::query(
            "SELECT a.*, (SELECT COUNT(*) FROM videos v WHERE v.account_id = a.id
                 AND v.state = 'ready' AND v.visibility = 'public') AS public_videos
             FROM accounts a WHERE a.id = $1",
        )
        .bind(id.0.to_string())
        .fetch_optional(&self.db.read)
        .await?;
        row.map(|r| self.account_record(&r)).transpose()
    }

    pub async fn personal(&self, id: AccountId) -> Result<Option<PersonalRecord>> {
        let row =
            sqlx::query("SELECT email, birth_date FROM account_personal WHERE account_id = $1")
                .bind(id.0.to_string())
                .fetch_optional(&self.db.read)
                .await?;
        let Some(r) = row else { return Ok(None) };
        let key = self.data_key(id).await?;
        let birth: String = key.open(id, "birth_date", &r.try_get::<String, _>("birth_date")?)?;
        let date = NaiveDate::parse_from_str(&birth, "%Y-%m-%d")
            .map_err(|e| StoreError::Corrupt(format!("birth_date: {e}")))?;
        let email = r
            .try_get::<Option<String>, _>("email")?
            .map(|e| key.open(id, "email", &e))
            .transpose()?;
        Ok(Some(PersonalRecord {
            email: email.map(Email::from_trusted),
            birth_date: BirthDate::from_trusted(date),
        }))
    }

    /// Several accounts at once (a page of videos shows their creators); missing ones are
    /// left out.
    pub async fn accounts_by_ids(
        &self,
        ids: &[AccountId],
    ) -> Result<std::collections::HashMap<AccountId, AccountRecord>> {
        if ids.is_empty() {
            return Ok(Default::default());
        }
        let sql = format!(
            "SELECT a.*, (SELECT COUNT(*) FROM videos v WHERE v.account_id = a.id
                 AND v.state = 'ready' AND v.visibility = 'public') AS public_videos
             FROM accounts a WHERE a.id IN ({})",
            crate::db::numbered(1, ids.len())
        );
        let mut q = sqlx::query(&sql);
        for id in ids {
            q = q.bind(id.0.to_string());
        }
        let rows = q.fetch_all(&self.db.read).await?;
        rows.iter()
            .map(|r| self.account_record(r).map(|a| (a.id, a)))
            .collect()
    }

    /// The birth dates of several accounts (what the distribution rule needs to know of
    /// creators), decrypted; accounts without a personal row are left out.
    pub async fn birth_dates(
        &self,
        ids: &[AccountId],
    ) -> Result<std::collections::HashMap<AccountId, BirthDate>> {
        if ids.is_empty() {
            return Ok(Default::default());
        }
        let sql = format!(
            "SELECT p.account_id, p.birth_date, k.wrapped FROM account_personal p
             LEFT JOIN account_keys k ON k.account_id = p.account_id
             WHERE p.account_id IN ({})",
            crate::db::numbered(1, ids.len())
        );
        let mut q = sqlx::query(&sql);
        for id in ids {
            q = q.bind(id.0.to_string());
        }
        let rows = q.fetch_all(&self.db.read).await?;
        let mut out = std::collections::HashMap::with_capacity(rows.len());
        for r in rows {
            let id = parse_id(&r.try_get::<String, _>("account_id")?)?;
            let key = match r.try_get::<Option<Vec<u8>>, _>("wrapped")? {
                Some(w) => self.region_key.unwrap(id, &w)?,
                None => self.data_key(id).await?,
            };
            let birth: String =
                key.open(id, "birth_date", &r.try_get::<String, _>("birth_date")?)?;
            let date = NaiveDate::parse_from_str(&birth, "%Y-%m-%d")
                .map_err(|e| StoreError::Corrupt(format!("birth_date: {e}")))?;
            out.insert(id, BirthDate::from_trusted(date));
        }
        Ok(out)
    }

    /// The account's data key, unwrapped with the region key. An account created before
    /// encryption existed gets one now.
    pub(crate) async fn data_key(&self, id: AccountId) -> Result<crate::crypto::DataKey> {
        let wrapped: Option<Vec<u8>> =
            sqlx::query_scalar("SELECT wrapped FROM account_keys WHERE account_id = $1")
                .bind(id.0.to_string())
                .fetch_optional(&self.db.read)
                .await?;
        match wrapped {
            Some(w) => self.region_key.unwrap(id, &w),
            None => {
                let (_, wrapped) = self.region_key.new_data_key(id)?;
                sqlx::query(
                    "INSERT INTO account_keys (account_id, wrapped) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                )
                .bind(id.0.to_string())
                .bind(wrapped)
                .execute(&self.db.write)
                .await?;
                // Another request may have won the race: use what is stored.
                let w: Vec<u8> =
                    sqlx::query_scalar("SELECT wrapped FROM account_keys WHERE account_id = $1")
                        .bind(id.0.to_string())
                        .fetch_one(&self.db.write)
                        .await?;
                self.region_key.unwrap(id, &w)
            }
        }
    }

    pub async fn password_hash(&self, id: AccountId) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT password_hash FROM account_personal WHERE account_id = $1")
                .bind(id.0.to_string())
                .fetch_optional(&self.db.read)
                .await?,
        )
    }

    /// Applies a profile change in one transaction and returns the new profile.
    /// Sets the account's photo version (0: no photo) and answers the one it replaces
    /// (`NotFound` when there is no such account).
    pub async fn set_photo_version(&self, id: AccountId, version: i64) -> Result<i64> {
        let mut tx = self.db.begin_write().await?;
        let previous: Option<i64> =
            sqlx::query_scalar("SELECT photo_version FROM accounts WHERE id = $1")
                .bind(id.0.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        let previous = previous.ok_or(StoreError::NotFound)?;
        sqlx::query("UPDATE accounts SET photo_version = $1 WHERE id = $2")
            .bind(version)
            .bind(id.0.to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(previous)
    }

    pub async fn update_profile(
        &self,
        id: AccountId,
        update: &ProfileUpdate,
    ) -> Result<AccountRecord> {
        let key = id.0.to_string();
        // Sealed before the transaction: the data key is read on the one write connection.
        let sealed = match &update.email {
            Some(Some(e)) => Some(self.data_key(id).await?.seal(id, "email", e.as_str())?),
            _ => None,
        };
        let mut tx = self.db.begin_write().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT 1 FROM accounts WHERE id = $1")
            .bind(&key)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound);
        }
        if let Some(name) = &update.display_name {
            sqlx::query("UPDATE accounts SET display_name = $1 WHERE id = $2")
                .bind(name.as_str())
                .bind(&key)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(bio) = &update.bio {
            sqlx::query("UPDATE accounts SET bio = $1 WHERE id = $2")
                .bind(bio.as_str())
                .bind(&key)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(private) = update.is_private {
            sqlx::query("UPDATE accounts SET is_private = $1 WHERE id = $2")
                .bind(i64::from(private))
                .bind(&key)
                .execute(&mut *tx)
                .await?;
        }
        if update.email.is_some() {
            sqlx::query(
                "UPDATE account_personal SET email = $1, updated_at = $2 WHERE account_id = $3",
            )
            .bind(sealed)
            .bind(now_ms())
            .bind(&key)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        self.account(id).await?.ok_or(StoreError::NotFound)
    }

    /// Removes an account and, through the foreign keys, its personal fields, sessions
    /// and login records. Idempotent.
    pub async fn delete_account(&self, id: AccountId) -> Result<()> {
        sqlx::query("DELETE FROM accounts WHERE id = $1")
            .bind(id.0.to_string())
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// Starts a session; answers its public id. `device` is a short summary of the
    /// client (sealed with the account's data key), or empty.
    pub async fn create_session(
        &self,
        token_hash: &[u8],
        account_id: AccountId,
        csrf_token: &str,
        expires_at: DateTime<Utc>,
        device: &str,
    ) -> Result<String> {
        let id = Uuid::new_v4().simple().to_string();
        let device = if device.is_empty() {
            String::new()
        } else {
            self.data_key(account_id)
                .await?
                .seal(account_id, "session_device", device)?
        };
        let now = now_ms();
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at, id, device, last_used_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(token_hash)
        .bind(account_id.0.to_string())
        .bind(csrf_token)
        .bind(now)
        .bind(expires_at.timestamp_millis())
        .bind(&id)
        .bind(device)
        .bind(now)
        .execute(&self.db.write)
        .await?;
        Ok(id)
    }

    fn session_record(r: &AnyRow) -> Result<SessionRecord> {
        Ok(SessionRecord {
            id: r.try_get("id")?,
            account_id: parse_id(&r.try_get::<String, _>("account_id")?)?,
            csrf_token: r.try_get("csrf_token")?,
            created_at: from_ms(r.try_get("created_at")?),
            expires_at: from_ms(r.try_get("expires_at")?),
            last_used_at: from_ms(r.try_get("last_used_at")?),
            device: None,
        })
    }

    /// The live (unexpired) session with this token hash.
    pub async fn session(&self, token_hash: &[u8]) -> Result<Option<SessionRecord>> {
        let row = sqlx::query(
            "SELECT id, account_id, csrf_token, created_at, expires_at, last_used_at FROM sessions
             WHERE token_hash = $1 AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now_ms())
        .fetch_optional(&self.db.read)
        .await?;
        row.map(|r| Self::session_record(&r)).transpose()
    }

    /// Records that the session was used at `at`, unless it was already marked used at
    /// or after `at - granularity` (so a busy session costs one write per interval).
    /// Answers whether a row changed.
    pub async fn touch_session(
        &self,
        token_hash: &[u8],
        at: DateTime<Utc>,
        granularity: chrono::Duration,
    ) -> Result<bool> {
        let at = at.timestamp_millis();
        let done = sqlx::query(
            "UPDATE sessions SET last_used_at = $1 WHERE token_hash = $2 AND last_used_at <= $3",
        )
        .bind(at)
        .bind(token_hash)
        .bind(at - granularity.num_milliseconds())
        .execute(&self.db.write)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// An account's live sessions, most recently used first, with their devices; the
    /// flag marks the one with `current_hash`.
    pub async fn sessions(
        &self,
        account_id: AccountId,
        current_hash: &[u8],
    ) -> Result<Vec<(SessionRecord, bool)>> {
        let rows = sqlx::query(
            "SELECT id, account_id, csrf_token, created_at, expires_at, last_used_at, device,
                    CASE WHEN token_hash = $1 THEN 1 ELSE 0 END AS current
             FROM sessions WHERE account_id = $2 AND expires_at > $3
             ORDER BY last_used_at DESC, created_at DESC, id",
        )
        .bind(current_hash)
        .bind(account_id.0.to_string())
        .bind(now_ms())
        .fetch_all(&self.db.read)
        .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let key = self.data_key(account_id).await?;
        rows.iter()
            .map(|r| {
                let mut record = Self::session_record(r)?;
                let sealed: String = r.try_get("device")?;
                record.device = Some(if sealed.is_empty() {
                    String::new()
                } else {
                    key.open(account_id, "session_device", &sealed)?
                });
                Ok((record, crate::db::flag(r, "current")?))
            })
            .collect()
    }

    pub async fn delete_session(&self, token_hash: &[u8]) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.db.write)
            .await?;
        Ok(())
    }

    /// Ends the account's session with this public id; false when the account has no
    /// such session (another account's id included).
    pub async fn end_session(&self, account_id: AccountId, id: &str) -> Result<bool> {
        let done = sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id = $2")
            .bind(account_id.0.to_string())
            .bind(id)
            .execute(&self.db.write)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Ends every session of the account but the one with `keep_hash`; answers how many
    /// ended.
    pub async fn end_other_sessions(&self, account_id: AccountId, keep_hash: &[u8]) -> Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
            .bind(account_id.0.to_string())
            .bind(keep_hash)
            .execute(&self.db.write)
            .await?;
        Ok(done.rows_affected())
    }

    /// Sets a new password hash and ends every other session, in one transaction (a
    /// crash leaves either the old password and sessions, or the new password alone).
    /// Answers how many sessions ended.
    pub async fn change_password(
        &self,
        account_id: AccountId,
        password_hash: &str,
        keep_hash: &[u8],
    ) -> Result<u64> {
        let key = account_id.0.to_string();
        let mut tx = self.db.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE account_personal SET password_hash = $1, updated_at = $2 WHERE account_id = $3",
        )
        .bind(password_hash)
        .bind(now_ms())
        .bind(&key)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        let ended = sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
            .bind(&key)
            .bind(keep_hash)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(ended)
    }

    pub async fn record_login(&self, account_id: AccountId, record: &LoginRecord) -> Result<()> {
        let key = self.data_key(account_id).await?;
        let ip = key.seal(account_id, "ip_prefix", &record.ip_prefix)?;
        let agent = key.seal(account_id, "user_agent", &record.user_agent)?;
        sqlx::query(
            "INSERT INTO login_records (account_id, at, success, ip_prefix, user_agent) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(account_id.0.to_string())
        .bind(record.at.timestamp_millis())
        .bind(i64::from(record.success))
        .bind(ip)
        .bind(agent)
        .execute(&self.db.write)
        .await?;
        Ok(())
    }

    /// An account's login records, newest first.
    pub async fn login_records(&self, account_id: AccountId) -> Result<Vec<LoginRecord>> {
        let rows = sqlx::query(
            "SELECT at, success, ip_prefix, user_agent FROM login_records WHERE account_id = $1 ORDER BY at DESC, id DESC",
        )
        .bind(account_id.0.to_string())
        .fetch_all(&self.db.read)
        .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let key = self.data_key(account_id).await?;
        rows.iter()
            .map(|r| {
                Ok(LoginRecord {
                    at: from_ms(r.try_get("at")?),
                    success: crate::db::flag(r, "success")?,
                    ip_prefix: key.open(
                        account_id,
                        "ip_prefix",
                        &r.try_get::<String, _>("ip_prefix")?,
                    )?,
                    user_agent: key.open(
                        account_id,
                        "user_agent",
                        &r.try_get::<String, _>("user_agent")?,
                    )?,
                })
            })
            .collect()
    }

    /// Deletes expired sessions and login records older than `login_retention`.
    /// Returns how many rows went.
    pub async fn purge_expired(&self, login_retention: chrono::Duration) -> Result<u64> {
        let now = now_ms();
        let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.db.write)
            .await?
            .rows_affected();
        let logins = sqlx::query("DELETE FROM login_records WHERE at < $1")
            .bind(now - login_retention.num_milliseconds())
            .execute(&self.db.write)
            .await?
            .rows_affected();
        // A sent federation delivery keeps its row (it records what went where) but not
        // the activity it carried; one that failed for good goes after a week.
        let sent = sqlx::query(
            "UPDATE jobs SET payload = '' WHERE kind = 'deliver' AND state = 'done' AND payload <> ''",
        )
        .execute(&self.db.write)
        .await?
        .rows_affected();
        let failed = sqlx::query(
            "DELETE FROM jobs WHERE kind = 'deliver' AND state = 'failed' AND updated_at < $1",
        )
        .bind(now - 7 * 24 * 3_600_000)
        .execute(&self.db.write)
        .await?
        .rows_affected();
        Ok(sessions + logins + sent + failed)
    }

    fn account_record(&self, r: &AnyRow) -> Result<AccountRecord> {
        Ok(AccountRecord {
            id: parse_id(&r.try_get::<String, _>("id")?)?,
            handle: Handle::from_trusted(r.try_get("handle")?),
            region: self.region.clone(),
            display_name: DisplayName::from_trusted(r.try_get("display_name")?),
            bio: Bio::from_trusted(r.try_get("bio")?),
            is_private: crate::db::flag(r, "is_private")?,
            follower_count: r.try_get("follower_count")?,
            following_count: r.try_get("following_count")?,
            video_count: r
                .try_get::<i64, _>("public_videos")
                .or_else(|_| r.try_get("video_count"))?,
            like_count: r.try_get("like_count")?,
            created_at: from_ms(r.try_get("created_at")?),
            photo_version: r.try_get("photo_version")?,
        })
    }
}

fn parse_id(raw: &str) -> Result<AccountId> {
    Uuid::parse_str(raw)
        .map(AccountId)
        .map_err(|e| StoreError::Corrupt(format!("account id {raw:?}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    fn region(s: &str) -> RegionCode {
        RegionCode::parse(s).unwrap()
    }

    async fn new_account(store: &Store, handle: &str, r: &str) -> Result<AccountRecord> {
        let handle = Handle::parse(handle).unwrap();
        let id = AccountId::new();
        let region = region(r);
        store.directory().reserve(&handle, id, &region).await?;
        let cell = store.cell(&region).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let rec = cell
            .create_account(&NewAccount {
                id,
                handle,
                display_name: DisplayName::parse("").unwrap(),
                email: Some(Email::parse("x@example.org").unwrap()),
                birth_date: BirthDate::parse("1990-05-05", today).unwrap(),
                password_hash: "hash".into(),
                is_private: false,
            })
            .await?;
        store.directory().activate(id).await?;
        Ok(rec)
    }

    /// The batched reads a page of videos uses answer what the one-at-a-time reads answer.
    #[tokio::test]
    async fn batched_reads_agree_with_single_reads() {
        use crate::Relation;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_embedded(dir.path(), &[region("eu")])
            .await
            .unwrap();
        let eu = region("eu");
        let cell = store.cell(&eu).unwrap();
        let ana = new_account(&store, "ana", "eu").await.unwrap().id;
        let ben = new_account(&store, "ben", "eu").await.unwrap().id;
        let cem = new_account(&store, "cem", "eu").await.unwrap().id;
        let viewer = new_account(&store, "viewer", "eu").await.unwrap().id;
        let gone = AccountId::new();
        // ana blocks the viewer, the viewer blocks ben, the viewer follows cem and cem
        // follows the viewer back.
        cell.set_block(ana, viewer, &eu, true).await.unwrap();
        cell.set_block(viewer, ben, &eu, true).await.unwrap();
        store.follow(viewer, &eu, cem, &eu).await.unwrap();
        store.follow(cem, &eu, viewer, &eu).await.unwrap();
        store.relay_all().await.unwrap();
        let all = [ana, ben, cem, gone];

        let accounts = cell.accounts_by_ids(&all).await.unwrap();
        let settings = cell.settings_of(&all).await.unwrap();
        let births = cell.birth_dates(&all).await.unwrap();
        assert_eq!(accounts.len(), 3);
        for id in [ana, ben, cem] {
            let one = cell.account(id).await.unwrap().unwrap();
            assert_eq!(accounts[&id].handle, one.handle);
            assert_eq!(accounts[&id].follower_count, one.follower_count);
            assert_eq!(
                settings[&id].is_private,
                cell.settings(id).await.unwrap().unwrap().is_private
            );
            assert_eq!(
                births[&id],
                cell.personal(id).await.unwrap().unwrap().birth_date
            );
        }
        assert!(!accounts.contains_key(&gone) && !settings.contains_key(&gone));

        let set = |ids: &[AccountId]| {
            ids.iter()
                .copied()
                .collect::<std::collections::HashSet<_>>()
        };
        let ask = |r| cell.related_to(r, &all, viewer);
        assert_eq!(ask(Relation::Blocks).await.unwrap(), set(&[ana]));
        assert_eq!(ask(Relation::BlockedBy).await.unwrap(), set(&[ben]));
        assert_eq!(ask(Relation::FollowedBy).await.unwrap(), set(&[cem]));
        assert_eq!(ask(Relation::Follows).await.unwrap(), set(&[cem]));
        for id in all {
            assert_eq!(cell.blocks(id, viewer).await.unwrap(), id == ana);
            assert_eq!(cell.blocks(viewer, id).await.unwrap(), id == ben);
        }
        assert!(cell
            .related_to(Relation::Blocks, &[], viewer)
            .await
            .unwrap()
            .is_empty());
    }

    #[tokio::test]
    async fn handles_are_unique_across_regions() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_embedded(dir.path(), &[region("us"), region("eu")])
            .await
            .unwrap();
        new_account(&store, "Ana", "us").await.unwrap();
        assert!(matches!(
            new_account(&store, "ＡＮＡ", "eu").await,
            Err(StoreError::HandleTaken)
        ));
        let found = store
            .directory()
            .lookup(&Handle::parse("ana").unwrap().key())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(found.region, region("us"));
        assert_eq!(found.handle.as_str(), "Ana");
    }

    #[tokio::test]
    async fn reconcile_finishes_interrupted_signups_and_deletions() {
        let dir = tempfile::tempdir().unwrap();
        let regions = [region("us")];
        let (done, orphan, deleting) = {
            let store = Store::open_embedded(dir.path(), &regions).await.unwrap();
            // A reservation whose account never reached the cell.
            let orphan = AccountId::new();
            store
                .directory()
                .reserve(&Handle::parse("ghost").unwrap(), orphan, &regions[0])
                .await
                .unwrap();
            // An account written but not yet activated.
            let done = new_account(&store, "bea", "us").await.unwrap().id;
            store.directory().set_state(done, "pending").await.unwrap();
            // An account whose deletion was interrupted.
            let deleting = new_account(&store, "cam", "us").await.unwrap().id;
            store.directory().mark_deleting(deleting).await.unwrap();
            (done, orphan, deleting)
        };
        let store = Store::open_embedded(dir.path(), &regions).await.unwrap();
        assert!(store.directory().lookup_id(done).await.unwrap().is_some());
        assert!(store.directory().lookup_id(orphan).await.unwrap().is_none());
        assert!(store
            .directory()
            .lookup(&Handle::parse("ghost").unwrap().key())
            .await
            .unwrap()
            .is_none());
        assert!(store
            .directory()
            .lookup_id(deleting)
            .await
            .unwrap()
            .is_none());
        assert!(store
            .cell(&regions[0])
            .unwrap()
            .account(deleting)
            .await
            .unwrap()
            .is_none());
        // The freed handle can be taken again.
        new_account(&store, "ghost", "us").await.unwrap();
    }

    #[tokio::test]
    async fn deleting_an_account_removes_its_personal_rows() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_embedded(dir.path(), &[region("eu")])
            .await
            .unwrap();
        let acc = new_account(&store, "dora", "eu").await.unwrap();
        let cell = store.cell(&region("eu")).unwrap();
        cell.create_session(
            b"hash",
            acc.id,
            "csrf",
            Utc::now() + chrono::Duration::hours(1),
            "Firefox on Linux",
        )
        .await
        .unwrap();
        cell.record_login(
            acc.id,
            &LoginRecord {
                at: Utc::now(),
                success: true,
                ip_prefix: "127.0.0.0/24".into(),
                user_agent: "t".into(),
            },
        )
        .await
        .unwrap();
        assert!(cell.session(b"hash").await.unwrap().is_some());
        cell.delete_account(acc.id).await.unwrap();
        assert!(cell.personal(acc.id).await.unwrap().is_none());
        assert!(cell.session(b"hash").await.unwrap().is_none());
        assert!(cell.login_records(acc.id).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn sessions_are_listed_touched_and_ended_by_their_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_embedded(dir.path(), &[region("eu")])
            .await
            .unwrap();
        let ana = new_account(&store, "ana", "eu").await.unwrap();
        let bea = new_account(&store, "bea", "eu").await.unwrap();
        let cell = store.cell(&region("eu")).unwrap();
        let later = Utc::now() + chrono::Duration::hours(1);
        let a1 = cell
            .create_session(b"a1", ana.id, "c1", later, "Firefox\nLinux")
            .await
            .unwrap();
        let a2 = cell
            .create_session(b"a2", ana.id, "c2", later, "")
            .await
            .unwrap();
        let b1 = cell
            .create_session(b"b1", bea.id, "c3", later, "")
            .await
            .unwrap();
        assert_ne!(a1, a2);

        let listed = cell.sessions(ana.id, b"a1").await.unwrap();
        assert_eq!(listed.len(), 2);
        let (first, current) = listed.iter().find(|(s, _)| s.id == a1).unwrap();
        assert!(*current);
        assert_eq!(first.device.as_deref(), Some("Firefox\nLinux"));
        assert_eq!(first.last_used_at, first.created_at);
        // The device is sealed, not stored in clear.
        let raw: String = sqlx::query_scalar("SELECT device FROM sessions WHERE id = $1")
            .bind(&a1)
            .fetch_one(&cell.db.read)
            .await
            .unwrap();
        assert!(!raw.contains("Firefox"), "{raw}");

        // Touching: not again within the interval, then yes.
        let minute = chrono::Duration::minutes(1);
        let soon = first.last_used_at + chrono::Duration::seconds(10);
        assert!(!cell.touch_session(b"a1", soon, minute).await.unwrap());
        let after = first.last_used_at + chrono::Duration::seconds(61);
        assert!(cell.touch_session(b"a1", after, minute).await.unwrap());
        let touched = cell.session(b"a1").await.unwrap().unwrap();
        assert_eq!(
            touched.last_used_at.timestamp_millis(),
            after.timestamp_millis()
        );

        // Another account's session id ends nothing.
        assert!(!cell.end_session(ana.id, &b1).await.unwrap());
        assert!(cell.session(b"b1").await.unwrap().is_some());
        assert!(cell.end_session(ana.id, &a2).await.unwrap());
        assert!(cell.session(b"a2").await.unwrap().is_none());

        // A new password ends every other session of the account, and only those.
        cell.create_session(b"a3", ana.id, "c4", later, "")
            .await
            .unwrap();
        assert_eq!(
            cell.change_password(ana.id, "new-hash", b"a1")
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            cell.password_hash(ana.id).await.unwrap().as_deref(),
            Some("new-hash")
        );
        assert!(cell.session(b"a1").await.unwrap().is_some());
        assert!(cell.session(b"a3").await.unwrap().is_none());
        assert!(cell.session(b"b1").await.unwrap().is_some());
        cell.create_session(b"a4", ana.id, "c5", later, "")
            .await
            .unwrap();
        assert_eq!(cell.end_other_sessions(ana.id, b"a1").await.unwrap(), 1);
        assert_eq!(cell.sessions(ana.id, b"a1").await.unwrap().len(), 1);
    }
}
