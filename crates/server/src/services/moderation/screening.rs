//! Automated screening of what people write: video captions, sound titles and comments.
//! A hit files a notice from `screening` (automated detection, a higher place in the
//! queue); it never removes anything. Its precision is in the transparency report.

use spool_store::{ItemKind, NewNotice, Target};

use super::severity_and_deadline;
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
    let (severity, deadline_ms) = severity_and_deadline(state, category);
    let notice = NewNotice {
        kind: ItemKind::Notice,
        target,
        account,
        account_region: account_region.clone(),
        reporter_tag: format!("screening:{what}"),
        source: "screening".into(),
        category: category.as_str().into(),
        severity,
        note: String::new(),
        notifier: None,
        receipt_hash: None,
        automated: true,
        detection: Some(serde_json::json!({
            "screening": {"field": what, "language": finding.language, "hits": finding.hits}
        })),
        deadline_ms,
    };
    match cell.add_notice(&notice).await {
        Ok(_) => tracing::info!(category = category.as_str(), what, "screening flagged content"),
        Err(e) => tracing::warn!(error = %e, "cannot file a screening notice"),
    }
}
