//! Finding accounts: by handle or id, with their home cell; and who may see an
//! account's lists (followers, following, liked videos).

use spool_core::{
    AccountId, BirthDate, DisplayName, Email, Handle, HandleKey, Password, RegionCode,
};
use spool_store::{AccountRecord, Cell, DirectoryEntry, NewAccount};

use super::policy::{Audience, Relation};
use super::{ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;

/// An account's directory entry and its home cell.
pub struct Located<'a> {
    pub entry: DirectoryEntry,
    pub cell: &'a Cell,
}

/// The account behind a handle, with its home cell.
pub async fn by_handle<'a>(state: &'a AppState, handle: &str) -> ServiceResult<Located<'a>> {
    let not_found = || ServiceError::NotFound("account");
    let entry = state
        .store()
        .directory()
        .lookup(&HandleKey::of(handle))
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&entry.region).ok_or_else(not_found)?;
    Ok(Located { entry, cell })
}

pub async fn by_id(state: &AppState, id: AccountId) -> ServiceResult<Option<Located<'_>>> {
    let Some(entry) = state.store().directory().lookup_id(id).await? else {
        return Ok(None);
    };
    Ok(state
        .store()
        .cell(&entry.region)
        .map(|cell| Located { entry, cell }))
}

/// The actor's own home cell.
pub fn home<'a>(state: &'a AppState, actor: &super::Actor) -> ServiceResult<&'a Cell> {
    state
        .store()
        .cell(&actor.region)
        .ok_or(ServiceError::Unauthenticated)
}

/// Whether the viewer may see who `owner` follows, who follows them, and their liked
/// videos: not when either blocks the other; for a private account only its accepted
/// followers (and itself).
pub async fn may_see_lists(
    audience: &mut Audience<'_>,
    owner: &Located<'_>,
) -> ServiceResult<bool> {
    let id = owner.entry.account_id;
    let relation = audience.viewer_facts(owner.cell, id).await?.relation;
    Ok(match relation {
        Relation::Owner | Relation::Follower => true,
        Relation::Blocked => false,
        Relation::Anonymous | Relation::Stranger => {
            !owner.cell.settings(id).await?.is_some_and(|s| s.is_private)
        }
    })
}

/// A sign-up, parsed: nothing past this point re-checks a string.
pub struct ValidSignup {
    pub handle: Handle,
    pub password: Password,
    pub region: RegionCode,
    pub birth_date: BirthDate,
    pub email: Option<Email>,
    pub display_name: DisplayName,
}

/// Writes a new account: claims the handle in the directory, hashes the password and
/// creates the account in its home cell; undone if any step fails.
pub async fn create_account(
    state: &AppState,
    signup: &ValidSignup,
) -> ServiceResult<AccountRecord> {
    let cell = state
        .store()
        .cell(&signup.region)
        .ok_or_else(|| ServiceError::refused(ErrorCode::UnknownRegion, "region vanished"))?;
    let directory = state.store().directory();
    let id = AccountId::new();
    // Claim the handle first: a taken one is refused before any expensive work.
    directory
        .reserve(&signup.handle, id, &signup.region)
        .await?;
    let created = async {
        let password_hash = state
            .passwords()
            .hash(&signup.password)
            .await
            .map_err(|e| ServiceError::unexpected(e.message))?;
        let is_teen = signup.birth_date.age_on(state.today()).is_teen();
        let account = cell
            .create_account(&NewAccount {
                id,
                handle: signup.handle.clone(),
                display_name: signup.display_name.clone(),
                email: signup.email.clone(),
                birth_date: signup.birth_date,
                password_hash,
                is_private: is_teen,
            })
            .await?;
        if is_teen {
            cell.update_settings(id, &super::settings::TEEN_DEFAULTS)
                .await?;
        }
        directory.activate(id).await?;
        Ok::<_, ServiceError>(account)
    }
    .await;
    match created {
        Ok(account) => {
            super::catalog::account_changed(state, account.id).await;
            Ok(account)
        }
        Err(e) => {
            // Give the handle back; if this fails too, start-up reconciliation will.
            let _ = cell.delete_account(id).await;
            let _ = directory.remove(id).await;
            Err(e)
        }
    }
}

/// An account's public profile, for anyone but the accounts it blocks.
pub async fn profile(
    state: &AppState,
    viewer: Option<AccountId>,
    handle: &str,
) -> ServiceResult<AccountRecord> {
    let owner = by_handle(state, handle).await?;
    let id = owner.entry.account_id;
    if let Some(v) = viewer.filter(|v| *v != id) {
        if owner.cell.blocks(id, v).await? {
            return Err(ServiceError::NotFound("account"));
        }
    }
    if viewer != Some(id) {
        let m = owner
            .cell
            .settings(id)
            .await?
            .map(|s| s.moderation)
            .unwrap_or_default();
        if m.terminated {
            return Err(ServiceError::NotFound("account"));
        }
        if let Some(w) = &m.withheld {
            let region = match viewer {
                Some(v) => by_id(state, v).await?.map(|l| l.entry.region.to_string()),
                None => None,
            };
            // No country is known here: an order naming countries withholds the
            // profile from everyone but its owner.
            let inside = super::policy::withheld_here(w, region.as_deref(), None);
            if inside {
                return Err(ServiceError::refused(
                    crate::error::ErrorCode::Withheld,
                    format!(
                        "this account is withheld here in compliance with a legal order ({})",
                        w.reference
                    ),
                ));
            }
        }
    }
    owner
        .cell
        .account(id)
        .await?
        .ok_or(ServiceError::NotFound("account"))
}
