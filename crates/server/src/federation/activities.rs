//! Activities received in an inbox. One tolerant shape for all of them (peers differ in
//! how they write `object`, `to` and embedded actors), dispatched on `type` once the
//! crate has verified the HTTP signature against the actor's key.

use activitypub_federation::fetch::object_id::ObjectId;
use activitypub_federation::traits::Activity;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use spool_store::{RemoteEdge, RemotePost, Side};
use url::Url;

use super::objects::{ApActor, ObjectError};
use super::{announce, delivery, local_account, Fed};
use crate::services::policy::Audience;
use crate::state::AppState;

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct InboxActivity {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    pub actor: ObjectId<ApActor>,
    #[serde(default)]
    pub object: Value,
    #[serde(default)]
    pub to: Value,
    #[serde(default)]
    pub cc: Value,
}

/// The id an `object` names: a string, or an embedded object's `id`.
fn id_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("id").and_then(Value::as_str),
        _ => None,
    }
}

fn kind_of(v: &Value) -> Option<&str> {
    v.get("type").and_then(Value::as_str)
}

fn refused(why: &str) -> ObjectError {
    ObjectError::Other(anyhow::anyhow!("refused: {why}"))
}

#[async_trait::async_trait]
impl Activity for InboxActivity {
    type DataType = AppState;
    type Error = ObjectError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Fed) -> Result<(), Self::Error> {
        // An embedded object must come from the same actor (no forwarding of others'
        // posts is accepted: they would be unsigned by their author).
        if let Some(author) = self.object.get("attributedTo").and_then(Value::as_str) {
            if author != self.actor.inner().as_str() {
                return Err(refused("the object is not the actor's"));
            }
        }
        Ok(())
    }

    async fn receive(self, data: &Fed) -> Result<(), Self::Error> {
        let state = data.app_data();
        tracing::debug!(kind = %self.kind, id = %self.id, actor = %self.actor.inner(), "activity received");
        match self.kind.as_str() {
            "Follow" => follow(state, data, &self).await,
            "Accept" | "Reject" => answered(state, &self).await,
            "Undo" => undo(state, &self).await,
            "Create" | "Update" => post(state, data, &self).await,
            "Delete" => delete(state, &self).await,
            "Block" => block(state, &self).await,
            "Flag" => flag(state, &self).await,
            "Like" => like(state, Some(data), &self).await,
            "Announce" => share(state, Some(data), &self).await,
            // Anything else is accepted and not acted on (docs/federation.md).
            _ => Ok(()),
        }
    }
}

/// A remote actor follows a local account: accepted at once for a public account, kept
/// as a request for a private one (the owner answers in settings).
async fn follow(state: &AppState, data: &Fed, a: &InboxActivity) -> Result<(), ObjectError> {
    let Some(target) = id_of(&a.object).and_then(|t| local_account(state, t)) else {
        return Err(refused("the Follow names no account of this instance"));
    };
    let Some(entry) = state.store().directory().lookup_id(target).await? else {
        return Err(refused("no such account"));
    };
    let Some(cell) = state.store().cell(&entry.region) else {
        return Err(refused("no such account"));
    };
    if !Audience::anonymous(state).federates(cell, target).await? {
        return Err(refused("no such account"));
    }
    let Some(account) = cell.account(target).await? else {
        return Err(refused("no such account"));
    };
    let follower = a.actor.dereference(data).await?;
    let inbox = follower
        .shared_inbox
        .clone()
        .unwrap_or_else(|| follower.inbox.clone())
        .to_string();
    let host = follower.id.host_str().unwrap_or_default().to_owned();
    let port = follower
        .id
        .port()
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    let acct = format!("{}@{host}{port}", follower.name);
    let silenced = super::blocked(&super::silenced(&state.config().federation), &host);
    let requested = account.is_private || silenced;
    let existing = cell
        .remote_edge(Side::Followers, target, follower.id.as_str())
        .await?;
    if existing.as_ref().is_some_and(|e| e.state == "blocked") {
        // The account blocks this actor: its Follow is ignored (and not answered).
        return Ok(());
    }
    let state_now = match (&existing, requested) {
        (Some(e), _) if e.state == "active" => "active",
        (_, true) => "requested",
        (_, false) => "active",
    };
    let edge = RemoteEdge {
        actor_uri: follower.id.to_string(),
        acct,
        inbox: inbox.clone(),
        follow_uri: a.id.to_string(),
        state: state_now.into(),
        created_at: 0,
    };
    let mut jobs = Vec::new();
    if state_now == "active" {
        let me = super::actor_url(state, target);
        let accept = super::about_follow(
            state,
            "Accept",
            &me,
            a.id.as_str(),
            follower.id.as_str(),
            &me,
        );
        jobs.push(delivery(
            state,
            target,
            &format!("accept:{}", a.id),
            &inbox,
            accept,
        ));
    }
    cell.put_remote_edge(Side::Followers, target, &edge, &jobs)
        .await?;
    announce(state, cell.region(), &jobs);
    Ok(())
}

/// A remote actor accepted (or rejected) a local account's Follow.
async fn answered(state: &AppState, a: &InboxActivity) -> Result<(), ObjectError> {
    let follow_id = id_of(&a.object).unwrap_or_default().to_owned();
    let remote = a.actor.inner().as_str();
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        for (account, side) in cell.edges_with(remote).await? {
            if side != Side::Following {
                continue;
            }
            let Some(mut e) = cell.remote_edge(Side::Following, account, remote).await? else {
                continue;
            };
            // The answer must be to this account's Follow (by its id, or by an embedded
            // Follow whose actor is the account).
            let embedded_actor = a.object.get("actor").and_then(|x| id_of(x).or(x.as_str()));
            let ours = e.follow_uri == follow_id
                || embedded_actor.and_then(|x| local_account(state, x)) == Some(account);
            if !ours {
                continue;
            }
            if a.kind == "Accept" {
                e.state = "active".into();
                cell.put_remote_edge(Side::Following, account, &e, &[])
                    .await?;
            } else {
                cell.remove_remote_edge(Side::Following, account, remote, &[])
                    .await?;
            }
        }
    }
    Ok(())
}

/// An Undo: of a Follow (the remote actor stops following); others are not acted on.
async fn undo(state: &AppState, a: &InboxActivity) -> Result<(), ObjectError> {
    let inner = || InboxActivity {
        object: a.object.get("object").cloned().unwrap_or_default(),
        ..a.clone()
    };
    if kind_of(&a.object) == Some("Like") {
        return like(state, None, &inner()).await;
    }
    if kind_of(&a.object) == Some("Announce") {
        return share(state, None, &inner()).await;
    }
    if kind_of(&a.object) != Some("Follow") {
        return Ok(());
    }
    let Some(target) = a
        .object
        .get("object")
        .and_then(|o| id_of(o).or(o.as_str()))
        .and_then(|t| local_account(state, t))
    else {
        return Ok(());
    };
    if let Some(entry) = state.store().directory().lookup_id(target).await? {
        if let Some(cell) = state.store().cell(&entry.region) {
            cell.remove_remote_edge(Side::Followers, target, a.actor.inner().as_str(), &[])
                .await?;
        }
    }
    Ok(())
}

/// A Create or Update of a post: kept for each local account that follows its author.
async fn post(state: &AppState, data: &Fed, a: &InboxActivity) -> Result<(), ObjectError> {
    let Some(object_id) = id_of(&a.object) else {
        return Err(refused("the post is not embedded"));
    };
    let kind = kind_of(&a.object).unwrap_or("Note").to_owned();
    if !matches!(kind.as_str(), "Video" | "Note" | "Article" | "Page") {
        return Ok(());
    }
    let author = a.actor.inner().as_str();
    if a.object.get("attributedTo").and_then(Value::as_str) != Some(author) {
        return Err(refused("the post is not the actor's"));
    }
    if super::host_of(object_id) != a.actor.inner().host_str().map(str::to_owned) {
        return Err(refused("the post is not on the actor's host"));
    }
    if let Some(target) = a
        .object
        .get("inReplyTo")
        .and_then(|r| id_of(r).or(r.as_str()))
    {
        if let Some((cell, video)) = local_video(state, target).await? {
            return reply(data, a, cell, video, object_id).await;
        }
    }
    let published = a
        .object
        .get("published")
        .and_then(Value::as_str)
        .and_then(|p| chrono::DateTime::parse_from_rfc3339(p).ok())
        .map_or_else(spool_store::now_ms, |t| t.timestamp_millis());
    let p = RemotePost {
        object_uri: object_id.to_owned(),
        actor_uri: author.to_owned(),
        kind,
        object: a.object.to_string(),
        published_at: published,
        shared_by: String::new(),
        liked: false,
    };
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        for account in cell.local_followers_of(author).await? {
            cell.put_remote_post(account, &p).await?;
        }
    }
    Ok(())
}

/// A Delete: of a post (every kept copy goes), or of the actor itself (every edge with
/// it and its posts go).
async fn delete(state: &AppState, a: &InboxActivity) -> Result<(), ObjectError> {
    let Some(object_id) = id_of(&a.object) else {
        return Ok(());
    };
    let author = a.actor.inner().as_str();
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        if object_id == author {
            for (account, side) in cell.edges_with(author).await? {
                cell.remove_remote_edge(side, account, author, &[]).await?;
            }
            cell.remove_reactions_of(author).await?;
        } else {
            cell.delete_remote_post(object_id, author).await?;
            cell.delete_remote_reply(object_id, author).await?;
        }
    }
    Ok(())
}

/// A remote actor blocks a local account: every edge between them ends, and its posts
/// leave the account's feed.
async fn block(state: &AppState, a: &InboxActivity) -> Result<(), ObjectError> {
    let Some(target) = id_of(&a.object).and_then(|t| local_account(state, t)) else {
        return Ok(());
    };
    let remote = a.actor.inner().as_str();
    if let Some(entry) = state.store().directory().lookup_id(target).await? {
        if let Some(cell) = state.store().cell(&entry.region) {
            for side in [Side::Followers, Side::Following] {
                cell.remove_remote_edge(side, target, remote, &[]).await?;
            }
        }
    }
    Ok(())
}

/// A Flag: another instance's moderators report a local video or account. It enters the
/// region's moderation queue as a notice from that instance (the person who reported it
/// there is not known here); what is not publicly visible answers as absent.
async fn flag(state: &AppState, a: &InboxActivity) -> Result<(), ObjectError> {
    use crate::services::moderation::notices::{self, NoticeForm, Sender};
    use crate::services::moderation::TargetRef;
    let host = a.actor.inner().host_str().unwrap_or_default().to_owned();
    let note: String = a
        .object
        .get("content")
        .or_else(|| a.to.get("content"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .take(900)
        .collect();
    let raw = match &a.object {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let videos = format!("{}/ap/videos/", super::base(state));
    let mut targets = Vec::new();
    for item in &raw {
        let Some(url) = id_of(item) else { continue };
        if let Some(id) = url.strip_prefix(&videos) {
            targets.push(TargetRef::Video(id.to_owned()));
        }
    }
    if targets.is_empty() {
        // An account alone: the first local actor named.
        if let Some(account) = raw
            .iter()
            .filter_map(id_of)
            .find_map(|u| local_account(state, u))
        {
            if let Some(entry) = state.store().directory().lookup_id(account).await? {
                targets.push(TargetRef::Account(entry.handle.to_string()));
            }
        }
    }
    for target in targets {
        let form = NoticeForm {
            target,
            category: "other".into(),
            note: format!("Reported by the moderators of {host}: {note}"),
            sender: Sender::Instance { host: host.clone() },
        };
        match notices::file(state, form).await {
            Ok(f) => tracing::info!(%host, notice = %f.id, "report from another instance filed"),
            Err(e) => tracing::info!(%host, error = %e, "report from another instance not filed"),
        }
    }
    Ok(())
}

/// The local video a URL of this instance names, with its cell, if it may be seen by
/// other instances at all (the distribution rule for remote viewers).
async fn local_video<'a>(
    state: &'a AppState,
    url: &str,
) -> Result<Option<(&'a spool_store::Cell, spool_store::VideoRecord)>, ObjectError> {
    let prefix = format!("{}/ap/videos/", super::base(state));
    let Some(id) = url
        .strip_prefix(&prefix)
        .and_then(|raw| spool_core::VideoId::parse(raw).ok())
    else {
        return Ok(None);
    };
    let Some((cell, video)) = super::stored_video(state, id).await? else {
        return Ok(None);
    };
    let reach = super::reach(&mut Audience::anonymous(state), cell, &video).await?;
    if reach == crate::services::policy::Federation::None {
        return Ok(None);
    }
    Ok(Some((cell, video)))
}

/// Whether the video's creator blocked this remote actor.
async fn blocked_by_owner(
    cell: &spool_store::Cell,
    video: &spool_store::VideoRecord,
    actor: &str,
) -> Result<bool, ObjectError> {
    Ok(cell
        .remote_edge(Side::Followers, video.account_id, actor)
        .await?
        .is_some_and(|e| e.state == "blocked"))
}

/// `name@host` of the activity's actor: its `preferredUsername` (the actor is fetched,
/// or found in the crate's cache), or the last segment of its URL where it cannot be
/// (actor URLs need not name the account: Spool's are ids).
async fn actor_acct(data: &Fed, a: &InboxActivity) -> String {
    let url = a.actor.inner();
    let host = url.host_str().unwrap_or_default();
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    let name = match a.actor.dereference(data).await {
        Ok(actor) => actor.name,
        Err(_) => url
            .path_segments()
            .and_then(|mut s| s.next_back().map(str::to_owned))
            .unwrap_or_default(),
    };
    format!("{name}@{host}{port}")
}

/// A remote Like (`data` is given) or its Undo (`None`) of a local video: counted with
/// the video's likes.
async fn like(state: &AppState, data: Option<&Fed>, a: &InboxActivity) -> Result<(), ObjectError> {
    let Some(target) = id_of(&a.object) else {
        return Ok(());
    };
    let Some((cell, video)) = local_video(state, target).await? else {
        return Ok(());
    };
    let actor = a.actor.inner().as_str();
    if let Some(data) = data {
        if blocked_by_owner(cell, &video, actor).await? {
            return Ok(());
        }
        let r = spool_store::RemoteReaction {
            kind: "like".into(),
            object_uri: actor.to_owned(),
            actor_uri: actor.to_owned(),
            acct: actor_acct(data, a).await,
            content: String::new(),
            created_at: spool_store::now_ms(),
        };
        if cell.add_remote_reaction(video.id, &r).await? {
            crate::services::catalog::video_changed(state, cell, video.id).await;
        }
    } else if cell
        .remove_remote_reaction(video.id, "like", actor, actor)
        .await?
    {
        crate::services::catalog::video_changed(state, cell, video.id).await;
    }
    Ok(())
}

/// An Announce (a share; `data` is given) or the Undo of one (`None`). Of a local video
/// the rule lets out: one share per actor, counted with the video's shares. Of a remote
/// post: kept for the local accounts that follow the sharer, with who shared it, if the
/// post is public; the post is fetched from its origin (an embedded copy would not be
/// signed by its author).
async fn share(state: &AppState, data: Option<&Fed>, a: &InboxActivity) -> Result<(), ObjectError> {
    let Some(target) = id_of(&a.object) else {
        return Ok(());
    };
    let actor = a.actor.inner().as_str();
    if let Some((cell, video)) = local_video(state, target).await? {
        let changed = match data {
            Some(_) if blocked_by_owner(cell, &video, actor).await? => false,
            Some(data) => {
                let r = spool_store::RemoteReaction {
                    kind: "share".into(),
                    object_uri: actor.to_owned(),
                    actor_uri: actor.to_owned(),
                    acct: actor_acct(data, a).await,
                    content: String::new(),
                    created_at: spool_store::now_ms(),
                };
                cell.add_remote_reaction(video.id, &r).await?
            }
            None => {
                cell.remove_remote_reaction(video.id, "share", actor, actor)
                    .await?
            }
        };
        if changed {
            crate::services::catalog::video_changed(state, cell, video.id).await;
        }
        return Ok(());
    }
    let Some(data) = data else {
        for region in state.store().regions() {
            if let Some(cell) = state.store().cell(region) {
                cell.unshare_remote_post(target, actor).await?;
            }
        }
        return Ok(());
    };
    let mut readers = Vec::new();
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            for account in cell.local_followers_of(actor).await? {
                readers.push((cell, account));
            }
        }
    }
    if readers.is_empty() {
        return Ok(());
    }
    let Ok(url) = Url::parse(target) else {
        return Err(refused("the shared object is not a URL"));
    };
    let object: Value = activitypub_federation::fetch::fetch_object_http(&url, data)
        .await?
        .object;
    if id_of(&object) != Some(target) {
        return Err(refused("the shared object is not at its id"));
    }
    let kind = kind_of(&object).unwrap_or("Note").to_owned();
    if !matches!(kind.as_str(), "Video" | "Note" | "Article" | "Page")
        || !addressed_publicly(&object)
    {
        return Ok(());
    }
    let Some(author) = object
        .get("attributedTo")
        .and_then(|v| id_of(v).or(v.as_str()))
    else {
        return Err(refused("the shared object names no author"));
    };
    let author_host = super::host_of(author);
    if author_host.is_none() || author_host != super::host_of(target) {
        return Err(refused("the shared object is not on its author's host"));
    }
    let p = RemotePost {
        object_uri: target.to_owned(),
        actor_uri: author.to_owned(),
        kind,
        object: object.to_string(),
        published_at: spool_store::now_ms(),
        shared_by: actor.to_owned(),
        liked: false,
    };
    for (cell, account) in readers {
        cell.put_remote_post(account, &p).await?;
    }
    Ok(())
}

/// Whether an object is addressed to everyone (`to` or `cc` holds the Public collection).
pub(super) fn addressed_publicly(object: &Value) -> bool {
    ["to", "cc"]
        .iter()
        .any(|field| object.get(*field).is_some_and(super::is_public))
}

/// A remote reply to a local video: kept (as plain text) under the video, unless its
/// creator turned comments off or blocked the author.
async fn reply(
    data: &Fed,
    a: &InboxActivity,
    cell: &spool_store::Cell,
    video: spool_store::VideoRecord,
    object_id: &str,
) -> Result<(), ObjectError> {
    let actor = a.actor.inner().as_str();
    if !video.allow_comments || blocked_by_owner(cell, &video, actor).await? {
        return Ok(());
    }
    // The creator's "who can comment" holds for other instances too.
    let policy = cell
        .settings(video.account_id)
        .await?
        .map_or(spool_core::Policy::Nobody, |s| s.comment_policy);
    let follower = cell
        .remote_edge(Side::Followers, video.account_id, actor)
        .await?
        .is_some_and(|e| e.state == "active");
    let allowed = match policy {
        spool_core::Policy::Everyone => true,
        spool_core::Policy::Followers => follower,
        _ => false,
    };
    if !allowed {
        return Ok(());
    }
    let html = a
        .object
        .get("content")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let text = plain_text(html);
    if text.is_empty() {
        return Ok(());
    }
    let r = spool_store::RemoteReaction {
        kind: "reply".into(),
        object_uri: object_id.to_owned(),
        actor_uri: actor.to_owned(),
        acct: actor_acct(data, a).await,
        content: text,
        created_at: spool_store::now_ms(),
    };
    cell.add_remote_reaction(video.id, &r).await?;
    Ok(())
}

/// The text of a remote post's HTML: tags dropped, the common entities decoded, control
/// characters removed, at most 2000 characters.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    decoded
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .take(2000)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn remote_html_becomes_plain_text() {
        assert_eq!(
            plain_text(
                "<p>Nice <a href=\"x\">@ana</a> &amp; <b>clip</b>&lt;3</p><script>x</script>"
            ),
            "Nice @ana & clip <3 x"
        );
        assert_eq!(plain_text("   "), "");
        assert_eq!(plain_text(&"a".repeat(3000)).len(), 2000);
    }
}
