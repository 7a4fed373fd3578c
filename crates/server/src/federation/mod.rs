//! Federation over ActivityPub (docs/federation.md), on Lemmy's `activitypub_federation`
//! crate: HTTP signatures, WebFinger, fetching and verifying remote actors.
//!
//! What Spool adds around it:
//! - Actors are local accounts that may federate (`Audience::federates`: never a teen's,
//!   never a terminated one's), at `/ap/actors/{account id}` (stable across handle
//!   changes); WebFinger maps `acct:handle@domain` to it.
//! - Every outgoing activity is a durable `deliver` job in the sender's home cell,
//!   queued in the same transaction as the change that needs it, signed with the
//!   account's key (kept sealed in that cell) and retried with backoff. A 4xx answer other
//!   than 408/429 is final.
//! - What goes out is decided by the one distribution rule (`policy::federation`): a
//!   public video to everyone, a private account's videos to its accepted followers only.
//! - Inboxes check the body's `Digest` (the crate does not on axum), a body limit and a
//!   per-host rate, and refuse blocked hosts before anything is fetched.

mod activities;
pub mod inbox;
mod objects;

use std::sync::Arc;
use std::time::Duration;

use activitypub_federation::activity_sending::SendActivityTask;
use activitypub_federation::config::{Data, FederationConfig, UrlVerifier};
use activitypub_federation::fetch::webfinger::webfinger_resolve_actor;
use activitypub_federation::protocol::context::WithContext;
use serde::{Deserialize, Serialize};
use sha2::Digest as _;
use spool_core::{AccountId, JobKind, RegionCode, VideoId};
use spool_store::{Cell, Job, NewJob, RemoteEdge, Side};
use url::Url;

pub use activities::InboxActivity;
pub use objects::{ApActor, ObjectError, Person};

use crate::services::policy::{self, Audience};
use crate::services::{Actor, ServiceError, ServiceResult};
use crate::state::AppState;

/// The crate's request context, with the server's state as its data.
pub type Fed = Data<AppState>;

/// The contexts every document carries: ActivityStreams and the security vocabulary
/// (without the latter, JSON-LD peers drop `publicKey` and every signature fails).
pub fn context() -> serde_json::Value {
    serde_json::json!([
        "https://www.w3.org/ns/activitystreams",
        "https://w3id.org/security/v1"
    ])
}

pub fn with_context<T>(inner: T) -> WithContext<T> {
    WithContext::new(inner, context())
}

/// The public collection, in the forms peers write it.
pub fn is_public(v: &serde_json::Value) -> bool {
    let one = |s: &str| {
        matches!(
            s,
            "https://www.w3.org/ns/activitystreams#Public" | "as:Public" | "Public"
        )
    };
    match v {
        serde_json::Value::String(s) => one(s),
        serde_json::Value::Array(a) => a.iter().any(|x| x.as_str().is_some_and(one)),
        _ => false,
    }
}

pub const PUBLIC: &str = "https://www.w3.org/ns/activitystreams#Public";

/// The host a URL names (no port), if it is a URL with one.
pub fn host_of(url: &str) -> Option<String> {
    Url::parse(url).ok()?.host_str().map(str::to_owned)
}

/// Refuses blocked hosts (before anything is fetched from or sent to them).
#[derive(Clone)]
struct Blocklist(Arc<Vec<String>>);

#[async_trait::async_trait]
impl UrlVerifier for Blocklist {
    async fn verify(&self, url: &Url) -> Result<(), activitypub_federation::error::Error> {
        match url.host_str() {
            Some(h) if blocked(&self.0, h) => Err(
                activitypub_federation::error::Error::UrlVerificationError("the host is blocked"),
            ),
            _ => Ok(()),
        }
    }
}

/// The hosts this instance does not federate with (action `suspend`).
pub fn suspended(fed: &crate::config::FederationSection) -> Vec<String> {
    hosts_with(fed, "suspend")
}

/// The hosts whose follows always wait for approval (action `silence`).
pub fn silenced(fed: &crate::config::FederationSection) -> Vec<String> {
    hosts_with(fed, "silence")
}

fn hosts_with(fed: &crate::config::FederationSection, action: &str) -> Vec<String> {
    fed.instance_blocks
        .iter()
        .filter(|b| b.action == action)
        .map(|b| b.host.clone())
        .collect()
}

/// Whether `host` is one of `list` or under one (`bad.example` blocks `a.bad.example`).
pub fn blocked(list: &[String], host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    list.iter().any(|b| {
        let b = b.trim().to_ascii_lowercase();
        !b.is_empty() && (host == b || host.ends_with(&format!(".{b}")))
    })
}

/// The instance's domain as the crate compares it: host, and port when one is given.
pub fn domain_of(public_url: &str) -> anyhow::Result<String> {
    let url = Url::parse(public_url)?;
    let host = url
        .host_str()
        .ok_or_else(|| anyhow::anyhow!("server.public_url has no host"))?;
    Ok(match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_owned(),
    })
}

/// Builds the crate's configuration (done once at start-up when federation is on).
pub async fn configure(state: AppState) -> anyhow::Result<FederationConfig<AppState>> {
    let fed = state.config().federation.clone();
    let domain = domain_of(&state.config().server.public_url)?;
    let config = FederationConfig::builder()
        .domain(domain)
        .app_data(state)
        .debug(fed.allow_local)
        .allow_http_urls(fed.allow_local)
        .url_verifier(Box::new(Blocklist(Arc::new(suspended(&fed)))))
        .request_timeout(Duration::from_secs(10))
        .http_fetch_limit(20)
        .build()
        .await?;
    Ok(config)
}

/// The request context, or "not found" when federation is off (then nothing of it
/// exists on this instance).
pub fn fed(state: &AppState) -> ServiceResult<Fed> {
    state
        .federation()
        .map(|c| c.to_request_data())
        .ok_or(ServiceError::NotFound("federation"))
}

/// `https://host` of this instance, without a trailing slash.
pub fn base(state: &AppState) -> String {
    state
        .config()
        .server
        .public_url
        .trim_end_matches('/')
        .to_owned()
}

pub fn actor_url(state: &AppState, id: AccountId) -> String {
    format!("{}/ap/actors/{}", base(state), id.0)
}

pub fn video_url(state: &AppState, id: VideoId) -> String {
    format!("{}/ap/videos/{id}", base(state))
}

/// A fresh id for an activity this instance sends.
pub fn activity_url(state: &AppState, kind: &str) -> String {
    format!(
        "{}/ap/activities/{kind}-{}",
        base(state),
        uuid::Uuid::now_v7()
    )
}

/// An `Accept`, `Reject` or `Undo` of the Follow `follow_id` (of `follower` to
/// `followed`), sent by `actor`.
pub fn about_follow(
    state: &AppState,
    kind: &str,
    actor: &str,
    follow_id: &str,
    follower: &str,
    followed: &str,
) -> serde_json::Value {
    serde_json::json!({
        "@context": context(),
        "id": activity_url(state, &kind.to_ascii_lowercase()),
        "type": kind,
        "actor": actor,
        "object": {"id": follow_id, "type": "Follow", "actor": follower, "object": followed},
    })
}

/// The local account an actor URL of this instance names.
pub fn local_account(state: &AppState, url: &str) -> Option<AccountId> {
    let rest = url.strip_prefix(&format!("{}/ap/actors/", base(state)))?;
    rest.parse().ok().map(AccountId)
}

// ----------------------------------------------------------------------------- delivery

/// One delivery: an activity (JSON, context included) from a local account to one
/// inbox. The job's subject makes it unique, so queuing it twice sends it once.
#[derive(Debug, Serialize, Deserialize)]
struct Delivery {
    account: AccountId,
    inbox: String,
    activity: serde_json::Value,
}

/// The job that delivers `activity` (its JSON) from `account` to `inbox`; `key` names
/// what it is about (e.g. `create:{video}`), so the same delivery is never queued twice.
pub fn delivery(
    state: &AppState,
    account: AccountId,
    key: &str,
    inbox: &str,
    activity: serde_json::Value,
) -> NewJob {
    NewJob {
        kind: JobKind::Deliver.as_str().to_owned(),
        subject: format!("{key}:{inbox}"),
        payload: serde_json::to_string(&Delivery {
            account,
            inbox: inbox.to_owned(),
            activity,
        })
        .unwrap_or_default(),
        max_attempts: state.config().federation.delivery_attempts.max(1),
        priority: JobKind::Deliver.priority(),
    }
}

/// Announces queued jobs to the queue backend (NATS in a cluster; nothing for the table).
pub fn announce(state: &AppState, region: &RegionCode, jobs: &[NewJob]) {
    for j in jobs {
        state.jobs().queued(region, &j.kind, &j.subject);
    }
}

/// An activity as stored in a delivery job, sent as it is.
#[derive(Debug)]
struct Outgoing {
    json: serde_json::Value,
    id: Url,
    actor: Url,
}

impl Outgoing {
    fn new(json: serde_json::Value) -> anyhow::Result<Self> {
        let url = |k: &str| -> anyhow::Result<Url> {
            Ok(Url::parse(
                json.get(k).and_then(|v| v.as_str()).unwrap_or_default(),
            )?)
        };
        Ok(Self {
            id: url("id")?,
            actor: url("actor")?,
            json,
        })
    }
}

impl Serialize for Outgoing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json.serialize(s)
    }
}

#[async_trait::async_trait]
impl activitypub_federation::traits::Activity for Outgoing {
    type DataType = AppState;
    type Error = ObjectError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        &self.actor
    }

    async fn verify(&self, _data: &Fed) -> Result<(), ObjectError> {
        Ok(())
    }

    async fn receive(self, _data: &Fed) -> Result<(), ObjectError> {
        Ok(())
    }
}

/// Queues deliveries (one transaction of the sender's cell) and announces them.
pub async fn queue(state: &AppState, cell: &Cell, jobs: &[NewJob]) -> ServiceResult<()> {
    cell.enqueue_jobs(jobs).await?;
    announce(state, cell.region(), jobs);
    Ok(())
}

/// Why a delivery did not go through.
pub enum DeliveryError {
    /// Sending again cannot help (the job is bad, the account gone, the peer refused).
    Permanent(String),
    Retry(String),
}

/// Runs a `deliver` job: signs the activity with the account's key and posts it.
pub async fn deliver(state: &AppState, cell: &Cell, job: &Job) -> Result<(), DeliveryError> {
    let d: Delivery = serde_json::from_str(&job.payload)
        .map_err(|e| DeliveryError::Permanent(format!("bad_delivery: {e}")))?;
    let Some(config) = state.federation() else {
        return Err(DeliveryError::Retry(
            "federation is off on this node".into(),
        ));
    };
    let data = config.to_request_data();
    let actor = match ApActor::local(state, cell, d.account).await {
        Ok(Some(a)) => a,
        Ok(None) => return Err(DeliveryError::Permanent("account_gone: no sender".into())),
        Err(e) => return Err(DeliveryError::Retry(e.to_string())),
    };
    let inbox =
        Url::parse(&d.inbox).map_err(|e| DeliveryError::Permanent(format!("bad_inbox: {e}")))?;
    if inbox
        .host_str()
        .is_some_and(|h| blocked(&suspended(&state.config().federation), h))
    {
        return Err(DeliveryError::Permanent(
            "blocked_host: not delivered".into(),
        ));
    }
    let outgoing = Outgoing::new(d.activity)
        .map_err(|e| DeliveryError::Permanent(format!("bad_delivery: {e}")))?;
    let tasks = SendActivityTask::prepare(&outgoing, &actor, vec![inbox], &data)
        .await
        .map_err(|e| DeliveryError::Retry(e.to_string()))?;
    if tasks.is_empty() {
        return Err(DeliveryError::Permanent(
            "undeliverable: the inbox is local or not a valid address".into(),
        ));
    }
    for t in tasks {
        t.sign_and_send(&data)
            .await
            .map_err(|e| DeliveryError::Retry(e.to_string()))?;
    }
    Ok(())
}

// ----------------------------------------------------------------------------- following

/// What following a remote account answered.
pub struct RemoteFollow {
    pub acct: String,
    pub actor: String,
    /// `requested` until the remote side accepts.
    pub state: String,
}

/// The caller's home cell, `acct` as given (`name@host`, without a leading `@`) and its
/// actor: the address must name a host that is not suspended, and the caller must take
/// part in federation.
async fn resolve<'a>(
    state: &'a AppState,
    caller: &Actor,
    acct: &str,
) -> ServiceResult<(&'a Cell, String, ApActor)> {
    let data = fed(state)?;
    let acct = acct.trim().trim_start_matches('@').to_owned();
    let Some((_, host)) = acct.split_once('@') else {
        return Err(ServiceError::refused(
            crate::error::ErrorCode::BadRequest,
            "give the account as name@host",
        )
        .field("acct"));
    };
    if blocked(
        &suspended(&state.config().federation),
        host.split(':').next().unwrap_or(host),
    ) {
        return Err(ServiceError::NotFound("account"));
    }
    let cell = crate::services::accounts::home(state, caller)?;
    let mut audience = Audience::new(state, Some(caller.clone()));
    if !audience.federates(cell, caller.id).await? {
        return Err(ServiceError::forbidden(
            "this account does not take part in federation (accounts of people under 18 stay on this instance)",
        ));
    }
    if let Err(limited) = state.limits().remote_lookup(caller.id).await {
        return Err(ServiceError::limited(limited));
    }
    let remote: ApActor = webfinger_resolve_actor(&acct, &data).await.map_err(|e| {
        tracing::info!(%acct, error = %e, "remote account not found");
        ServiceError::NotFound("account")
    })?;
    if remote.local {
        return Err(ServiceError::refused(
            crate::error::ErrorCode::InvalidField("local_account"),
            "that account is on this instance: follow it by its handle",
        )
        .field("acct"));
    }
    Ok((cell, acct, remote))
}

/// An account of another instance, as a search by its address finds it.
pub struct RemoteAccount {
    pub acct: String,
    pub actor: String,
    pub name: String,
    pub display_name: String,
    /// Plain text (the remote HTML with its tags removed).
    pub summary: String,
    /// Follows need its approval.
    pub locked: bool,
    /// The caller's follow of it: `requested`, `active`, or none.
    pub following: Option<String>,
}

/// Finds `acct` (`name@host`) on another instance for the caller (WebFinger, then the
/// actor document), with the caller's follow of it. Only for accounts that take part
/// in federation: a search by address is the first step of a follow.
pub async fn lookup_remote(
    state: &AppState,
    caller: &Actor,
    acct: &str,
) -> ServiceResult<RemoteAccount> {
    let (cell, acct, remote) = resolve(state, caller, acct).await?;
    let following = cell
        .remote_edge(Side::Following, caller.id, remote.id.as_str())
        .await?
        .map(|e| e.state);
    Ok(RemoteAccount {
        acct,
        actor: remote.id.to_string(),
        name: remote.name,
        display_name: remote.display_name,
        summary: activities::plain_text(&remote.summary),
        locked: remote.manually_approves,
        following,
    })
}

/// The caller follows `acct` (`name@host`) on another instance: WebFinger, the actor
/// document, then a Follow delivered from the caller's home cell.
pub async fn follow_remote(
    state: &AppState,
    caller: &Actor,
    acct: &str,
) -> ServiceResult<RemoteFollow> {
    let (cell, acct, remote) = resolve(state, caller, acct).await?;
    let me = actor_url(state, caller.id);

    let follow_id = activity_url(state, "follow");
    let follow = serde_json::json!({
        "@context": context(),
        "id": follow_id,
        "type": "Follow",
        "actor": me,
        "object": remote.id.as_str(),
    });
    let inbox = remote.inbox.to_string();
    let job = delivery(
        state,
        caller.id,
        &format!("follow:{follow_id}"),
        &inbox,
        follow,
    );
    let edge = RemoteEdge {
        actor_uri: remote.id.to_string(),
        acct: acct.clone(),
        inbox,
        follow_uri: follow_id,
        state: "requested".into(),
        created_at: 0,
    };
    // Following again while a request waits keeps the first (and its state).
    if let Some(old) = cell
        .remote_edge(Side::Following, caller.id, &edge.actor_uri)
        .await?
    {
        return Ok(RemoteFollow {
            acct,
            actor: old.actor_uri,
            state: old.state,
        });
    }
    cell.put_remote_edge(
        Side::Following,
        caller.id,
        &edge,
        std::slice::from_ref(&job),
    )
    .await?;
    announce(state, cell.region(), &[job]);
    Ok(RemoteFollow {
        acct,
        actor: edge.actor_uri,
        state: edge.state,
    })
}

/// The caller stops following a remote account (an Undo of the Follow goes out).
pub async fn unfollow_remote(state: &AppState, caller: &Actor, acct: &str) -> ServiceResult<()> {
    fed(state)?;
    let cell = crate::services::accounts::home(state, caller)?;
    let acct = acct.trim().trim_start_matches('@');
    let Some(e) = cell
        .remote_edge_by(Side::Following, caller.id, acct)
        .await?
    else {
        return Err(ServiceError::NotFound("follow"));
    };
    let me = actor_url(state, caller.id);
    let undo = about_follow(state, "Undo", &me, &e.follow_uri, &me, &e.actor_uri);
    let job = delivery(
        state,
        caller.id,
        &format!("undo:{}", e.follow_uri),
        &e.inbox,
        undo,
    );
    cell.remove_remote_edge(
        Side::Following,
        caller.id,
        &e.actor_uri,
        std::slice::from_ref(&job),
    )
    .await?;
    announce(state, cell.region(), &[job]);
    Ok(())
}

/// The caller's remote follows and followers (`side`), for their settings.
pub async fn edges(state: &AppState, caller: &Actor, side: Side) -> ServiceResult<Vec<RemoteEdge>> {
    fed(state)?;
    let cell = crate::services::accounts::home(state, caller)?;
    Ok(cell.remote_edges(side, caller.id, None, 1000).await?)
}

/// The caller (a private account) accepts a remote follow request: an Accept goes back.
/// (Declining one is removing the follower: [`remove_follower`].)
pub async fn accept_request(
    state: &AppState,
    caller: &Actor,
    actor_uri: &str,
) -> ServiceResult<()> {
    fed(state)?;
    let cell = crate::services::accounts::home(state, caller)?;
    let Some(mut e) = cell
        .remote_edge(Side::Followers, caller.id, actor_uri)
        .await?
        .filter(|e| e.state == "requested")
    else {
        return Err(ServiceError::NotFound("follow request"));
    };
    let me = actor_url(state, caller.id);
    let accept = about_follow(state, "Accept", &me, &e.follow_uri, &e.actor_uri, &me);
    let job = delivery(
        state,
        caller.id,
        &format!("accept:{}", e.follow_uri),
        &e.inbox,
        accept,
    );
    e.state = "active".into();
    cell.put_remote_edge(Side::Followers, caller.id, &e, std::slice::from_ref(&job))
        .await?;
    announce(state, cell.region(), &[job]);
    Ok(())
}

/// The caller blocks a remote account (`name@host`, or its actor URL): every edge between
/// them ends, its Follows are ignored from now on, nothing more is sent to it, and it is
/// told with a `Block` (so its instance can hide the caller from it too).
pub async fn block_remote(state: &AppState, caller: &Actor, who: &str) -> ServiceResult<()> {
    let data = fed(state)?;
    let cell = crate::services::accounts::home(state, caller)?;
    let who = who.trim().trim_start_matches('@');
    let known = match cell.remote_edge_by(Side::Followers, caller.id, who).await? {
        Some(e) => Some(e),
        None => cell.remote_edge_by(Side::Following, caller.id, who).await?,
    };
    let (actor_uri, acct, inbox) = match known {
        Some(e) => (e.actor_uri, e.acct, e.inbox),
        None => {
            let remote: ApActor = webfinger_resolve_actor(who, &data)
                .await
                .map_err(|_| ServiceError::NotFound("account"))?;
            (
                remote.id.to_string(),
                who.to_owned(),
                remote.inbox.to_string(),
            )
        }
    };
    let me = actor_url(state, caller.id);
    let block_id = activity_url(state, "block");
    let block = serde_json::json!({
        "@context": context(),
        "id": block_id,
        "type": "Block",
        "actor": me,
        "object": actor_uri,
    });
    let job = delivery(
        state,
        caller.id,
        &format!("block:{block_id}"),
        &inbox,
        block,
    );
    cell.remove_remote_edge(Side::Following, caller.id, &actor_uri, &[])
        .await?;
    let edge = RemoteEdge {
        actor_uri,
        acct,
        inbox,
        follow_uri: block_id,
        state: "blocked".into(),
        created_at: 0,
    };
    cell.put_remote_edge(
        Side::Followers,
        caller.id,
        &edge,
        std::slice::from_ref(&job),
    )
    .await?;
    announce(state, cell.region(), &[job]);
    Ok(())
}

/// Removes a remote follower (and tells it with a Reject, as peers expect).
pub async fn remove_follower(
    state: &AppState,
    caller: &Actor,
    actor_uri: &str,
) -> ServiceResult<()> {
    fed(state)?;
    let cell = crate::services::accounts::home(state, caller)?;
    let Some(e) = cell
        .remote_edge(Side::Followers, caller.id, actor_uri)
        .await?
    else {
        return Err(ServiceError::NotFound("follower"));
    };
    let me = actor_url(state, caller.id);
    let reject = about_follow(state, "Reject", &me, &e.follow_uri, &e.actor_uri, &me);
    let job = delivery(
        state,
        caller.id,
        &format!("reject:{}", e.follow_uri),
        &e.inbox,
        reject,
    );
    cell.remove_remote_edge(
        Side::Followers,
        caller.id,
        actor_uri,
        std::slice::from_ref(&job),
    )
    .await?;
    announce(state, cell.region(), &[job]);
    Ok(())
}

// ----------------------------------------------------------------------------- videos

/// A video changed (published, edited, made private, removed, deleted): tells the
/// creator's remote followers what the distribution rule now allows them. Called by
/// the catalog hook on the node that made the change; queuing is idempotent.
pub async fn video_changed(state: &AppState, cell: &Cell, id: VideoId) {
    if state.federation().is_none() {
        return;
    }
    // The change is stored; what it needs sent is not queued yet (see `reconcile`).
    spool_store::crash_point("federation:hook");
    if let Err(e) = video_changed_inner(state, cell, id).await {
        tracing::warn!(video = %id, error = %e, "federation: cannot queue the video's deliveries");
    }
}

/// Every video of `account` again (its privacy or age rule changed): each is sent, updated
/// or taken back as the rule now says.
pub async fn account_videos_changed(state: &AppState, cell: &Cell, account: AccountId) {
    if state.federation().is_none() {
        return;
    }
    account_changed(state, account).await;
    match cell
        .account_videos(account, spool_store::VideoScope::Own, None, 100_000)
        .await
    {
        Ok(videos) => {
            for v in videos {
                video_changed(state, cell, v.id).await;
            }
        }
        Err(e) => tracing::warn!(%account, error = %e, "federation: cannot list the videos"),
    }
}

/// An account's profile changed: when what its actor document says changed (display
/// name, bio, whether it approves follows) since it was last sent, its remote followers
/// get an Update of it.
pub async fn account_changed(state: &AppState, id: AccountId) {
    if state.federation().is_none() {
        return;
    }
    if let Err(e) = account_changed_inner(state, id).await {
        tracing::warn!(account = %id, error = %e, "federation: cannot queue the actor's Update");
    }
}

async fn account_changed_inner(state: &AppState, id: AccountId) -> ServiceResult<()> {
    let Some(located) = crate::services::accounts::by_id(state, id).await? else {
        return Ok(());
    };
    let cell = located.cell;
    let followers = cell
        .remote_edges(Side::Followers, id, Some("active"), 100_000)
        .await?;
    if followers.is_empty() || !Audience::anonymous(state).federates(cell, id).await? {
        return Ok(());
    }
    let Some(sent) = cell.actor_digest(id).await? else {
        return Ok(()); // no key pair: never federated
    };
    let Some(actor) = ApActor::local(state, cell, id)
        .await
        .map_err(|e| ServiceError::Unexpected(anyhow::anyhow!("the actor of {id}: {e}")))?
    else {
        return Ok(());
    };
    let person = actor
        .person(state)
        .map_err(|e| ServiceError::Unexpected(anyhow::anyhow!("{e}")))?;
    let object = serde_json::to_value(&person).map_err(|e| ServiceError::Unexpected(e.into()))?;
    let digest = object_digest(&object);
    if sent == digest {
        return Ok(());
    }
    // Also when nothing was recorded yet: the followers may have fetched the actor
    // before this change, and an Update of what they have changes nothing there. (Two
    // followers on one shared inbox make one delivery: the job's subject is unique.)
    let version = &digest[..16];
    let key = format!("update-actor:{id}:{version}");
    let update = serde_json::json!({
        "@context": context(),
        "id": format!("{}#update-{version}", actor.id),
        "type": "Update",
        "actor": actor.id.as_str(),
        "to": [PUBLIC],
        "object": object,
    });
    let jobs: Vec<NewJob> = followers
        .iter()
        .map(|f| delivery(state, id, &key, &f.inbox, update.clone()))
        .collect();
    cell.record_actor_digest(id, &digest, &jobs).await?;
    announce(state, cell.region(), &jobs);
    Ok(())
}

/// What the data export holds of an account's federation: the remote accounts it
/// follows (or asked to), its remote followers (and requests), the remote accounts it
/// blocked, and the remote posts kept for its Following feed (ids, not their content,
/// which is their authors').
pub async fn export(cell: &Cell, account: AccountId) -> ServiceResult<serde_json::Value> {
    let edge = |e: RemoteEdge| {
        serde_json::json!({
            "acct": e.acct, "actor": e.actor_uri, "state": e.state, "created_at": e.created_at,
        })
    };
    let following = cell
        .remote_edges(Side::Following, account, None, 100_000)
        .await?;
    let (blocked, followers): (Vec<_>, Vec<_>) = cell
        .remote_edges(Side::Followers, account, None, 100_000)
        .await?
        .into_iter()
        .partition(|e| e.state == "blocked");
    let posts = cell.remote_posts(account, None, 10_000).await?;
    Ok(serde_json::json!({
        "following": following.into_iter().map(edge).collect::<Vec<_>>(),
        "followers": followers.into_iter().map(edge).collect::<Vec<_>>(),
        "blocked": blocked.into_iter().map(edge).collect::<Vec<_>>(),
        "received_posts": posts.into_iter().map(|p| serde_json::json!({
            "id": p.object_uri, "actor": p.actor_uri, "kind": p.kind,
            "published_at": p.published_at,
            "shared_by": (!p.shared_by.is_empty()).then_some(p.shared_by),
        })).collect::<Vec<_>>(),
    }))
}

/// At start: what a crash may have cut off between a change and the deliveries it needed
/// (the catalog hook runs after the change is stored) is queued now. Every video of every
/// account that remote actors follow is looked at again; whatever was already sent
/// (the same Create, Update or Delete to the same inbox) is not sent twice.
pub async fn reconcile(state: &AppState) {
    if state.federation().is_none() {
        return;
    }
    let mut accounts = 0;
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        match cell.accounts_with_remote_followers().await {
            Ok(ids) => {
                for id in ids {
                    accounts += 1;
                    account_videos_changed(state, cell, id).await;
                }
            }
            Err(e) => tracing::warn!(%region, error = %e, "federation: cannot reconcile"),
        }
    }
    tracing::debug!(accounts, "federation: deliveries reconciled");
}

/// Who on other instances may receive `video`: the distribution rule for remote viewers,
/// nothing at all when its creator may not federate.
pub async fn reach(
    audience: &mut Audience<'_>,
    cell: &Cell,
    video: &spool_store::VideoRecord,
) -> ServiceResult<policy::Federation> {
    Ok(match audience.video_facts(cell, video).await? {
        Some(facts) if audience.federates(cell, video.account_id).await? => {
            policy::federation(&facts)
        }
        _ => policy::Federation::None,
    })
}

/// A video of this instance by its id, with its cell.
pub async fn stored_video(
    state: &AppState,
    id: VideoId,
) -> ServiceResult<Option<(&Cell, spool_store::VideoRecord)>> {
    let Some(region) = state
        .store()
        .directory()
        .locate(spool_store::ObjectKind::Video, id.0)
        .await?
    else {
        return Ok(None);
    };
    let Some(cell) = state.store().cell(&region) else {
        return Ok(None);
    };
    Ok(cell.video(id).await?.map(|v| (cell, v)))
}

async fn video_changed_inner(state: &AppState, cell: &Cell, id: VideoId) -> ServiceResult<()> {
    let Some(video) = cell.video(id).await? else {
        return Ok(());
    };
    let owner = video.account_id;
    let reach = reach(&mut Audience::anonymous(state), cell, &video).await?;
    let followers = cell
        .remote_edges(Side::Followers, owner, Some("active"), 100_000)
        .await?;
    if followers.is_empty() {
        return Ok(());
    }
    if reach == policy::Federation::None {
        return take_back(state, cell, owner, id).await;
    }
    let Some(account) = cell.account(owner).await? else {
        return Ok(());
    };
    let me = actor_url(state, owner);
    let object_url = video_url(state, id);
    let object = objects::video_object(state, &account, &video, reach);
    let digest = object_digest(&object);
    let mut create = about_video("Create", format!("{object_url}#create"), &me, &object);
    create["published"] = object["published"].clone();
    let mut jobs: Vec<NewJob> = followers
        .iter()
        .map(|f| {
            delivery(
                state,
                owner,
                &format!("create:{id}"),
                &f.inbox,
                create.clone(),
            )
        })
        .collect();
    // Out already with other content: an Update (a follower that has not had the Create
    // gets it now, with this content, and the Update changes nothing there).
    let sent = cell.published_digest(id).await?;
    if sent.as_deref().is_some_and(|sent| sent != digest) {
        let version = &digest[..16];
        let key = format!("update:{id}:{version}");
        let update = about_video(
            "Update",
            format!("{object_url}#update-{version}"),
            &me,
            &object,
        );
        jobs.extend(
            followers
                .iter()
                .map(|f| delivery(state, owner, &key, &f.inbox, update.clone())),
        );
    }
    // The Delete of an earlier round is forgotten, so that a later one is sent again.
    cell.record_publication(id, Some(&digest), &format!("delete:{id}:"), &jobs)
        .await?;
    announce(state, cell.region(), &jobs);
    Ok(())
}

/// An activity of `actor` (`Create`, `Update`) carrying a video `object`, addressed as
/// the object is.
fn about_video(
    kind: &str,
    id: String,
    actor: &str,
    object: &serde_json::Value,
) -> serde_json::Value {
    serde_json::json!({
        "@context": context(),
        "id": id,
        "type": kind,
        "actor": actor,
        "to": object["to"].clone(),
        "cc": object["cc"].clone(),
        "object": object,
    })
}

/// A video object's digest (hex SHA-256 of its JSON): what was sent, to tell a change.
fn object_digest(object: &serde_json::Value) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(object.to_string().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Takes a video back from the instances it was sent to (it is deleted, or the rule no
/// longer lets it out): a Delete to every follower inbox that had its Create.
pub async fn take_back(
    state: &AppState,
    cell: &Cell,
    owner: AccountId,
    id: VideoId,
) -> ServiceResult<()> {
    if state.federation().is_none() {
        return Ok(());
    }
    let followers = cell
        .remote_edges(Side::Followers, owner, None, 100_000)
        .await?;
    let me = actor_url(state, owner);
    let object_url = video_url(state, id);
    let delete = serde_json::json!({
        "@context": context(),
        "id": format!("{object_url}#delete"),
        "type": "Delete",
        "actor": me,
        "to": [PUBLIC],
        "object": {"id": object_url, "type": "Tombstone"},
    });
    let mut jobs = Vec::new();
    for f in &followers {
        let was_sent = cell
            .job_status(
                JobKind::Deliver.as_str(),
                &format!("create:{id}:{}", f.inbox),
            )
            .await?
            .is_some();
        if was_sent {
            jobs.push(delivery(
                state,
                owner,
                &format!("delete:{id}"),
                &f.inbox,
                delete.clone(),
            ));
        }
    }
    // The Creates sent are forgotten with the Delete queued, so that publishing the
    // video again sends a Create again.
    cell.record_publication(id, None, &format!("create:{id}:"), &jobs)
        .await?;
    announce(state, cell.region(), &jobs);
    Ok(())
}

/// The caller reports a remote post they received to its instance's moderators (a
/// `Flag`). It is sent from the caller's own actor, so only when they agree to be named
/// (`identify`); this instance has no anonymous reporting actor yet.
pub async fn report_remote(
    state: &AppState,
    caller: &Actor,
    object_uri: &str,
    note: &str,
    identify: bool,
) -> ServiceResult<()> {
    fed(state)?;
    if !identify {
        return Err(ServiceError::refused(
            crate::error::ErrorCode::BadRequest,
            "a report to another instance names you to its moderators: set identify to agree",
        )
        .field("identify"));
    }
    let note = note.trim();
    if note.chars().count() > 1000 || note.chars().any(|c| c.is_control() && c != '\n') {
        return Err(ServiceError::refused(
            crate::error::ErrorCode::BadRequest,
            "the note is at most 1000 characters of text",
        )
        .field("note"));
    }
    let cell = crate::services::accounts::home(state, caller)?;
    let (post, inbox) = received_post(cell, caller, object_uri).await?;
    let flag_id = activity_url(state, "flag");
    let flag = serde_json::json!({
        "@context": context(),
        "id": flag_id,
        "type": "Flag",
        "actor": actor_url(state, caller.id),
        "object": [post.actor_uri, post.object_uri],
        "content": note,
    });
    let job = delivery(state, caller.id, &format!("flag:{flag_id}"), &inbox, flag);
    queue(state, cell, &[job]).await
}

/// The account is being deleted: every remote instance that follows it or that it
/// follows gets a `Delete` of the actor (its posts go with it there). Sent now, before
/// the erasure, because it must be signed with the account's key, which the erasure
/// destroys; each inbox gets one try of at most 10 s (a peer that is down then keeps
/// the copies it has until it refetches the actor and finds it gone).
pub async fn account_leaving(state: &AppState, cell: &Cell, account: AccountId) {
    let Some(config) = state.federation() else {
        return;
    };
    let data = config.to_request_data();
    let actor = match ApActor::local(state, cell, account).await {
        Ok(Some(a)) => a,
        _ => return,
    };
    let mut inboxes = std::collections::BTreeSet::new();
    for side in [Side::Followers, Side::Following] {
        match cell.remote_edges(side, account, None, 100_000).await {
            Ok(edges) => {
                inboxes.extend(edges.into_iter().filter_map(|e| Url::parse(&e.inbox).ok()))
            }
            Err(e) => {
                tracing::warn!(error = %e, "federation: cannot list the account's remote edges")
            }
        }
    }
    if inboxes.is_empty() {
        return;
    }
    let me = actor_url(state, account);
    let delete = serde_json::json!({
        "@context": context(),
        "id": format!("{me}#delete"),
        "type": "Delete",
        "actor": me,
        "to": [PUBLIC],
        "object": me,
    });
    let Ok(outgoing) = Outgoing::new(delete) else {
        return;
    };
    let tasks =
        match SendActivityTask::prepare(&outgoing, &actor, inboxes.into_iter().collect(), &data)
            .await
        {
            Ok(t) => t,
            Err(e) => {
                tracing::warn!(error = %e, "federation: cannot prepare the account's Delete");
                return;
            }
        };
    let sends = tasks.into_iter().map(|t| {
        let data = data.reset_request_count();
        async move {
            match tokio::time::timeout(Duration::from_secs(10), t.sign_and_send(&data)).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::info!(error = %e, "federation: a Delete of an account was not delivered"),
                Err(_) => tracing::info!("federation: a Delete of an account timed out"),
            }
        }
    });
    futures_util::future::join_all(sends).await;
}

/// The caller likes (or stops liking) a remote post they received: a `Like` (or its
/// `Undo`) to its author's instance, where it counts with the post's likes.
pub async fn like_remote(
    state: &AppState,
    caller: &Actor,
    object_uri: &str,
    like: bool,
) -> ServiceResult<()> {
    fed(state)?;
    let cell = crate::services::accounts::home(state, caller)?;
    let (post, inbox) = received_post(cell, caller, object_uri).await?;
    let me = actor_url(state, caller.id);
    let tag = hex::encode(&sha2::Sha256::digest(post.object_uri.as_bytes())[..12]);
    let like_id = format!("{me}/likes/{tag}");
    let activity = if like {
        serde_json::json!({
            "@context": context(), "id": like_id, "type": "Like", "actor": me,
            "object": post.object_uri,
        })
    } else {
        serde_json::json!({
            "@context": context(), "id": format!("{like_id}#undo-{}", uuid::Uuid::now_v7()),
            "type": "Undo", "actor": me,
            "object": {"id": like_id, "type": "Like", "actor": me, "object": post.object_uri},
        })
    };
    let key = if like {
        format!("like:{like_id}:{}", uuid::Uuid::now_v7())
    } else {
        format!("unlike:{like_id}:{}", uuid::Uuid::now_v7())
    };
    let job = delivery(state, caller.id, &key, &inbox, activity);
    cell.set_remote_like(
        caller.id,
        &post.object_uri,
        like,
        std::slice::from_ref(&job),
    )
    .await?;
    announce(state, cell.region(), &[job]);
    Ok(())
}

/// The caller answers a remote post they received: a `Note` in reply, sent to its
/// author's instance (where it shows under the post), addressed publicly.
pub async fn reply_remote(
    state: &AppState,
    caller: &Actor,
    object_uri: &str,
    text: &str,
) -> ServiceResult<String> {
    fed(state)?;
    let text = spool_core::CommentText::parse(text)?;
    let cell = crate::services::accounts::home(state, caller)?;
    let (post, inbox) = received_post(cell, caller, object_uri).await?;
    let me = actor_url(state, caller.id);
    let note_id = format!("{}/ap/notes/{}", base(state), uuid::Uuid::now_v7());
    let note = serde_json::json!({
        "id": note_id,
        "type": "Note",
        "attributedTo": me,
        "inReplyTo": post.object_uri,
        "to": [PUBLIC],
        "cc": [post.actor_uri],
        "content": objects::html_escape(text.as_str()),
        "published": chrono::Utc::now().to_rfc3339(),
    });
    let create = serde_json::json!({
        "@context": context(),
        "id": format!("{note_id}#create"),
        "type": "Create",
        "actor": me,
        "to": [PUBLIC],
        "cc": [post.actor_uri],
        "object": note,
    });
    let job = delivery(
        state,
        caller.id,
        &format!("reply:{note_id}"),
        &inbox,
        create,
    );
    queue(state, cell, &[job]).await?;
    Ok(note_id)
}

async fn received_post(
    cell: &Cell,
    caller: &Actor,
    object_uri: &str,
) -> ServiceResult<(spool_store::RemotePost, String)> {
    let Some(post) = cell.remote_post(caller.id, object_uri).await? else {
        return Err(ServiceError::NotFound("post"));
    };
    let Some(edge) = cell
        .remote_edge(Side::Following, caller.id, &post.actor_uri)
        .await?
    else {
        return Err(ServiceError::NotFound("post"));
    };
    Ok((post, edge.inbox))
}

/// Replies from other instances under a video the viewer may see, oldest first.
pub async fn remote_replies(
    state: &AppState,
    viewer: Option<Actor>,
    raw_id: &str,
) -> ServiceResult<Vec<spool_store::RemoteReaction>> {
    let mut audience = Audience::new(state, viewer);
    let found = crate::services::videos::viewable(&mut audience, raw_id).await?;
    Ok(found.cell.remote_replies(found.video.id, 200).await?)
}

/// Takes a reply from another instance off the caller's own video, as a creator may
/// delete any comment under their videos. The remote instance is not told: its post is
/// its author's, and it is no longer shown here.
pub async fn remove_remote_reply(
    state: &AppState,
    caller: &Actor,
    raw_id: &str,
    reply: &str,
) -> ServiceResult<()> {
    let mut audience = Audience::new(state, Some(caller.clone()));
    let found = crate::services::videos::viewable(&mut audience, raw_id).await?;
    if found.video.account_id != caller.id {
        return Err(ServiceError::forbidden(
            "only the video's creator can remove replies under it",
        ));
    }
    if found.cell.remove_reply_under(found.video.id, reply).await? == 0 {
        return Err(ServiceError::NotFound("reply"));
    }
    Ok(())
}

/// Remote posts in the caller's Following feed, newest first.
pub async fn remote_feed(
    state: &AppState,
    caller: &Actor,
    before: Option<i64>,
    limit: u32,
) -> ServiceResult<Vec<spool_store::RemotePost>> {
    if state.federation().is_none() {
        return Ok(Vec::new());
    }
    let cell = crate::services::accounts::home(state, caller)?;
    Ok(cell
        .remote_posts(caller.id, before, limit.clamp(1, 50))
        .await?)
}

/// A clip from another instance for the For-You feed, with the host it comes from.
pub struct RemoteClip {
    pub post: spool_store::RemotePost,
    pub host: String,
}

/// Public clips from other instances for the For-You feed of `viewer`, when the instance
/// mixes them in (`federation.remote_in_for_you`): videos accounts here received from
/// the accounts they follow, newest first, received before `before` (ms), at most
/// `count`; with the time to continue before. Only for signed-in accounts that take part
/// in federation (teens do not), never from a suspended or silenced host, never of an
/// actor the viewer blocked.
pub async fn remote_for_you(
    state: &AppState,
    viewer: Option<&Actor>,
    before: Option<i64>,
    count: usize,
) -> ServiceResult<(Vec<RemoteClip>, Option<i64>)> {
    let config = &state.config().federation;
    let Some(viewer) = viewer.filter(|_| config.enabled && config.remote_in_for_you) else {
        return Ok((Vec::new(), None));
    };
    let home = crate::services::accounts::home(state, viewer)?;
    if count == 0
        || !Audience::new(state, Some(viewer.clone()))
            .federates(home, viewer.id)
            .await?
    {
        return Ok((Vec::new(), None));
    }
    let blocked_actors: std::collections::HashSet<String> = home
        .remote_edges(Side::Followers, viewer.id, Some("blocked"), 100_000)
        .await?
        .into_iter()
        .map(|e| e.actor_uri)
        .collect();
    let suspended = suspended(config);
    let silenced = silenced(config);
    let before = before.unwrap_or(i64::MAX);
    let want = u32::try_from(count * 4).unwrap_or(u32::MAX);
    let mut found = Vec::new();
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            found.extend(cell.received_videos(before, want).await?);
        }
    }
    found.sort_by(|a, b| {
        b.published_at
            .cmp(&a.published_at)
            .then_with(|| a.object_uri.cmp(&b.object_uri))
    });
    found.dedup_by(|a, b| a.object_uri == b.object_uri);
    // Where the next page goes on from: past every row looked at, kept or not.
    let more = found.len() >= want as usize;
    let mut out = Vec::new();
    let mut last = None;
    for p in found {
        if out.len() == count {
            break;
        }
        last = Some(p.published_at);
        let host = host_of(&p.actor_uri).unwrap_or_default();
        let object: serde_json::Value = serde_json::from_str(&p.object).unwrap_or_default();
        if blocked_actors.contains(&p.actor_uri)
            || blocked(&suspended, &host)
            || blocked(&silenced, &host)
            || !activities::addressed_publicly(&object)
        {
            continue;
        }
        out.push(RemoteClip {
            post: spool_store::RemotePost {
                shared_by: String::new(),
                liked: false,
                ..p
            },
            host,
        });
    }
    let next = if out.len() == count || more {
        last
    } else {
        None
    };
    Ok((out, next))
}

// ----------------------------------------------------------------------------- documents

/// How many follow the actor, here and on other instances.
pub async fn follower_total(state: &AppState, actor: &ApActor) -> ServiceResult<i64> {
    let Some(id) = local_account(state, actor.id.as_str()) else {
        return Err(ServiceError::NotFound("actor"));
    };
    let Some(located) = crate::services::accounts::by_id(state, id).await? else {
        return Err(ServiceError::NotFound("actor"));
    };
    let local = located
        .cell
        .account(id)
        .await?
        .map_or(0, |a| a.follower_count);
    let remote = located.cell.remote_edge_count(Side::Followers, id).await?;
    Ok(local + remote)
}

/// The actor's newest public videos as Create activities (what the rule lets out to
/// everyone; a private account's outbox is empty).
pub async fn outbox(state: &AppState, actor: &ApActor) -> ServiceResult<Vec<serde_json::Value>> {
    let Some(id) = local_account(state, actor.id.as_str()) else {
        return Err(ServiceError::NotFound("actor"));
    };
    let Some(located) = crate::services::accounts::by_id(state, id).await? else {
        return Err(ServiceError::NotFound("actor"));
    };
    let cell = located.cell;
    let Some(account) = cell.account(id).await? else {
        return Err(ServiceError::NotFound("actor"));
    };
    let mut audience = Audience::anonymous(state);
    let mut out = Vec::new();
    for video in cell
        .account_videos(id, spool_store::VideoScope::Public, None, 20)
        .await?
    {
        if reach(&mut audience, cell, &video).await? != policy::Federation::Public {
            continue;
        }
        let object = objects::video_object(state, &account, &video, policy::Federation::Public);
        out.push(serde_json::json!({
            "id": format!("{}#create", video_url(state, video.id)),
            "type": "Create",
            "actor": actor.id.as_str(),
            "to": [PUBLIC],
            "published": object["published"].clone(),
            "object": object,
        }));
    }
    Ok(out)
}

/// A video as an ActivityStreams object, if it goes out to everyone.
pub async fn public_video(state: &AppState, raw: &str) -> ServiceResult<serde_json::Value> {
    fed(state)?;
    let id = VideoId::parse(raw).map_err(|_| ServiceError::NotFound("video"))?;
    let Some((cell, video)) = stored_video(state, id).await? else {
        return Err(ServiceError::NotFound("video"));
    };
    if reach(&mut Audience::anonymous(state), cell, &video).await? != policy::Federation::Public {
        return Err(ServiceError::NotFound("video"));
    }
    let Some(account) = cell.account(video.account_id).await? else {
        return Err(ServiceError::NotFound("video"));
    };
    let mut object = objects::video_object(state, &account, &video, policy::Federation::Public);
    object["@context"] = context();
    Ok(object)
}
