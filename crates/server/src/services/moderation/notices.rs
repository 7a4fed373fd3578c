//! Notices (DSA art. 16): from accounts, and from logged-out visitors who give a name,
//! an e-mail and a statement of good faith. One reporter's repeated notices about one
//! item count once; the reporter is kept only as a keyed hash in the content's cell
//! (and, for accounts, as a receipt in their own home cell, so they can be told the
//! outcome). Nobody — moderators or creators — is ever shown who sent a notice.

use std::net::IpAddr;

use sha2::{Digest, Sha256};
use spool_core::ReportCategory;
use spool_store::{ItemKind, NewNotice, NoticeRecord};
use uuid::Uuid;

use super::{locate, severity_and_deadline, Located, TargetRef};
use crate::error::ErrorCode;
use crate::services::policy::Audience;
use crate::services::{Actor, ServiceError, ServiceResult};
use crate::state::AppState;

/// Who sends the notice.
pub enum Sender {
    Account(Actor),
    Visitor {
        name: String,
        email: String,
        good_faith: bool,
        ip: IpAddr,
    },
    /// Another instance's moderators (an ActivityPub `Flag`, signed by its actor): who
    /// reported it there is not sent, and only the instance's host is kept, as a hash.
    Instance {
        host: String,
    },
}

pub struct NoticeForm {
    pub target: TargetRef,
    pub category: String,
    pub note: String,
    pub sender: Sender,
}

pub struct Filed {
    pub id: Uuid,
    pub new: bool,
    /// For a visitor: the secret that shows them their notice later.
    pub receipt: Option<String>,
}

fn invalid(code: &'static str, field: &'static str, message: &str) -> ServiceError {
    ServiceError::refused(ErrorCode::InvalidField(code), message).field(field)
}

fn receipt_hash(receipt: &str) -> String {
    hex::encode(Sha256::digest(receipt.as_bytes()))
}

/// Files a notice.
pub async fn file(state: &AppState, form: NoticeForm) -> ServiceResult<Filed> {
    let category = ReportCategory::parse_submitted(&form.category)?;
    let note = form.note.trim().to_owned();
    if note.chars().count() > 1000 || note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(invalid(
            "invalid_note",
            "note",
            "the note is at most 1000 characters of text",
        ));
    }
    // The sender must be able to see what they report (else it answers as absent).
    let (tag, source, notifier, actor) = match &form.sender {
        Sender::Account(actor) => {
            state
                .limits()
                .notice_by_account(actor.id)
                .await
                .map_err(ServiceError::limited)?;
            (
                state.audit().subject_tag(actor.id),
                "account",
                None,
                Some(actor.clone()),
            )
        }
        Sender::Visitor {
            name,
            email,
            good_faith,
            ip,
        } => {
            let name = name.trim();
            let email = email.trim().to_lowercase();
            if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
                return Err(invalid(
                    "invalid_name",
                    "name",
                    "give your name (at most 200 characters)",
                ));
            }
            let plausible = email.len() <= 254
                && email.split_once('@').is_some_and(|(l, d)| {
                    !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.')
                })
                && !email.chars().any(|c| c.is_whitespace() || c.is_control());
            if !plausible {
                return Err(invalid(
                    "invalid_email",
                    "email",
                    "give an e-mail address where you can be reached",
                ));
            }
            if !good_faith {
                return Err(invalid(
                    "good_faith_required",
                    "good_faith",
                    "confirm that you believe in good faith that the information in the notice is accurate and complete",
                ));
            }
            state
                .limits()
                .notice_by_visitor(*ip)
                .await
                .map_err(ServiceError::limited)?;
            (
                state.audit().keyed_tag("notifier", &email),
                "anonymous",
                Some((name.to_owned(), email)),
                None,
            )
        }
        Sender::Instance { host } => (
            state.audit().keyed_tag("instance", host),
            "federation",
            None,
            None,
        ),
    };
    let located = visible_target(state, actor.as_ref(), &form.target).await?;
    if actor.as_ref().is_some_and(|a| a.id == located.account) {
        return Err(ServiceError::refused(
            ErrorCode::InvalidField("own_content"),
            "you cannot report your own content",
        ));
    }
    let (severity, deadline_ms) = severity_and_deadline(state, category);
    let receipt = notifier
        .as_ref()
        .map(|_| hex::encode(rand::random::<[u8; 24]>()));
    let added = located
        .cell
        .add_notice(&NewNotice {
            kind: ItemKind::Notice,
            target: located.target,
            account: located.account,
            account_region: located.account_region.clone(),
            reporter_tag: tag,
            source: source.into(),
            category: category.as_str().into(),
            severity,
            note,
            notifier,
            receipt_hash: receipt.as_deref().map(receipt_hash),
            automated: false,
            detection: None,
            deadline_ms,
        })
        .await?;
    if let (Some(actor), true) = (&actor, added.new) {
        super::super::accounts::home(state, actor)?
            .add_receipt(actor.id, added.id, &located.region)
            .await?;
    }
    tracing::info!(region = %located.region, category = category.as_str(), source, new = added.new, "notice filed");
    Ok(Filed {
        id: added.id,
        new: added.new,
        // A repeated notice does not hand out the first one's receipt again.
        receipt: receipt.filter(|_| added.new),
    })
}

/// The target as the sender may see it: what they could not see answers as absent.
async fn visible_target<'a>(
    state: &'a AppState,
    actor: Option<&Actor>,
    target: &TargetRef,
) -> ServiceResult<Located<'a>> {
    let mut audience = Audience::new(state, actor.cloned());
    let located = locate(state, target).await?;
    match target {
        TargetRef::Video(raw) => {
            crate::services::videos::viewable(&mut audience, raw).await?;
        }
        TargetRef::Comment(_) => {
            let video = located.video.ok_or(ServiceError::NotFound("comment"))?;
            crate::services::videos::viewable_id(&mut audience, video)
                .await
                .map_err(|_| ServiceError::NotFound("comment"))?;
            let c = located
                .comment
                .as_ref()
                .ok_or(ServiceError::NotFound("comment"))?;
            if c.moderation.removed {
                return Err(ServiceError::NotFound("comment"));
            }
            if let Some(author) = crate::services::accounts::by_id(state, c.author_id).await? {
                if audience.blocked_with(author.cell, c.author_id).await? {
                    return Err(ServiceError::NotFound("comment"));
                }
            }
        }
        TargetRef::Account(_) => {
            if let Some(settings) = located.cell.settings(located.account).await? {
                if settings.moderation.terminated {
                    return Err(ServiceError::NotFound("account"));
                }
            }
            if audience.blocked_with(located.cell, located.account).await? {
                return Err(ServiceError::NotFound("account"));
            }
        }
    }
    Ok(located)
}

/// A notice as its sender sees it, with the outcome once decided.
pub struct OwnNotice {
    pub region: String,
    pub notice: NoticeRecord,
}

/// A notice, for its sender: an account that sent it, or anyone with its receipt.
pub async fn own_notice(
    state: &AppState,
    actor: Option<&Actor>,
    raw_id: &str,
    receipt: Option<&str>,
) -> ServiceResult<OwnNotice> {
    let id = Uuid::parse_str(raw_id).map_err(|_| ServiceError::NotFound("notice"))?;
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        let Some(notice) = cell.notice(id).await? else {
            continue;
        };
        let by_receipt = match (receipt, &notice.receipt_hash) {
            (Some(r), Some(h)) => {
                let given = receipt_hash(r);
                // Compared in constant time.
                given.len() == h.len()
                    && given
                        .bytes()
                        .zip(h.bytes())
                        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                        == 0
            }
            _ => false,
        };
        let by_account = match actor {
            Some(a) => {
                cell.notice_sent_by(id, &state.audit().subject_tag(a.id))
                    .await?
            }
            None => false,
        };
        if by_receipt || by_account {
            return Ok(OwnNotice {
                region: region.to_string(),
                notice,
            });
        }
        break;
    }
    Err(ServiceError::NotFound("notice"))
}

/// The notices the actor sent, newest first.
pub async fn own_notices(state: &AppState, actor: &Actor) -> ServiceResult<Vec<OwnNotice>> {
    let home = super::super::accounts::home(state, actor)?;
    let mut out = Vec::new();
    for (id, region) in home.receipts(actor.id).await? {
        let Ok(code) = spool_core::RegionCode::parse(&region) else {
            continue;
        };
        if let Some(cell) = state.store().cell(&code) {
            if let Some(notice) = cell.notice(id).await? {
                out.push(OwnNotice { region, notice });
            }
        }
    }
    Ok(out)
}
