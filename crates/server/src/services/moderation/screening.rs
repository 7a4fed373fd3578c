//! Automated screening of what people write: video captions, sound titles and comments.
//! A hit files a notice from `screening` (automated detection, a higher place in the
//! queue); it never removes anything. Its precision is in the transparency report.

use spool_store::{ItemKind, Target};

use super::automated_notice;
use crate::state::AppState;

/// Screens `text` (the caption, title or comment of `target`, whose creator is `account`
/// of `account_region`, kept in `cell`). Failures are logged, never passed on: screening
/// must not stop anyone from posting.
pub async fn screen(
    state: &AppState,
    cell: &spool_store::Cell,
    target: Target,
    account: spool_core::AccountId,
    account_region: &spool_core::RegionCode,
    what: &str,
    text: &str,
) {
    let finding = state.moderation().screener.screen(text);
    let Some(category) = finding.category() else {
        return;
    };
    let notice = automated_notice(
        state,
        ItemKind::Notice,
        target,
        account,
        account_region,
        format!("screening:{what}"),
        category,
        serde_json::json!({
            "screening": {"field": what, "language": finding.language, "hits": finding.hits}
        }),
    );
    match cell.add_notice(&notice).await {
        Ok(_) => tracing::info!(
            category = category.as_str(),
            what,
            "screening flagged content"
        ),
        Err(e) => tracing::warn!(error = %e, "cannot file a screening notice"),
    }
}
