//! What follows a move of an account's home region outside the store (which moves the
//! rows and files, resumably): the audit entries, search and feed brought to the videos'
//! new cell, the viewer's feed state to its new region — also for a move that a crash
//! interrupted and the store finished at start.

use spool_core::RegionCode;

use super::ServiceResult;
use crate::state::AppState;

/// What follows a move outside the store: the audit entries, search and feed brought to
/// the videos' new cell, the viewer's feed state to its new region.
pub async fn after_move(
    state: &AppState,
    account: spool_core::AccountId,
    from: &RegionCode,
    to: &RegionCode,
    moved: &spool_store::Moved,
) -> ServiceResult<()> {
    crate::audit::record_owner_action(state, from, "account_moved_out", account)
        .await
        .map_err(|e| super::ServiceError::unexpected(e.message))?;
    crate::audit::record_owner_action(state, to, "account_moved_in", account)
        .await
        .map_err(|e| super::ServiceError::unexpected(e.message))?;
    // On object storage the media moves here (the store's move renamed local folders
    // only); idempotent, so a recovered move finishes it.
    if let (Some(src), Some(dst)) = (state.store().cell(from), state.store().cell(to)) {
        let media = state.media();
        let prefixes = moved
            .videos
            .iter()
            .map(|v| spool_blob::keys::video_dir(*v))
            .chain(moved.sounds.iter().map(|s| spool_blob::keys::sound(*s)));
        for prefix in prefixes {
            media
                .move_between(src, dst, &prefix)
                .await
                .map_err(super::ServiceError::unexpected)?;
        }
        // The profile photo: the store's move does not rename this folder on the local
        // backend, so it is copied through the blob stores on every backend.
        media
            .move_blobs(src, dst, &spool_blob::keys::account_dir(account))
            .await
            .map_err(super::ServiceError::unexpected)?;
    }
    if let Some(dst) = state.store().cell(to) {
        for v in &moved.videos {
            super::catalog::video_changed(state, dst, *v).await;
        }
    }
    super::catalog::account_changed(state, account).await;
    state
        .feed()
        .set_viewer_region(account.0.as_u128(), to.as_str());
    // The old region's viewers snapshot still holds the learned state: rewrite both.
    if let Err(e) = crate::feed::save(state).await {
        tracing::warn!(error = %e, "cannot rewrite the feed snapshots after a move");
    }
    Ok(())
}

/// At start, after the feed is loaded: the same follow-up for the moves that a crash
/// interrupted and that opening the store finished.
pub async fn finish_recovered_moves(state: &AppState) -> anyhow::Result<()> {
    let recovered = state.store().recovered_moves().to_vec();
    for m in &recovered {
        after_move(state, m.account, &m.from, &m.to, &m.moved)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        tracing::info!(from = %m.from, to = %m.to, "an interrupted move was finished");
    }
    Ok(())
}
