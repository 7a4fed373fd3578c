//! The ActivityStreams objects: actors (`Person`), local and remote, and videos.

use activitypub_federation::fetch::object_id::ObjectId;
use activitypub_federation::http_signatures::generate_actor_keypair;
use activitypub_federation::kinds::actor::PersonType;
use activitypub_federation::protocol::public_key::PublicKey;
use activitypub_federation::protocol::verification::verify_domains_match;
use activitypub_federation::traits::{Actor, Object};
use serde::{Deserialize, Serialize};
use spool_core::AccountId;
use spool_store::{AccountRecord, Cell, VideoRecord};
use url::Url;

use super::{actor_url, base, local_account, Fed, PUBLIC};
use crate::services::policy::{Audience, Federation};
use crate::state::AppState;

/// An actor: a local account (with its private key) or a remote one (as fetched).
#[derive(Debug, Clone)]
pub struct ApActor {
    pub id: Url,
    pub local: bool,
    pub name: String,
    pub display_name: String,
    pub summary: String,
    pub inbox: Url,
    pub shared_inbox: Option<Url>,
    pub public_key_pem: String,
    pub private_key_pem: Option<String>,
    pub manually_approves: bool,
}

/// The actor document as it travels.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    #[serde(rename = "type")]
    pub kind: PersonType,
    pub id: ObjectId<ApActor>,
    pub preferred_username: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub inbox: Url,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbox: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub following: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Endpoints>,
    #[serde(default)]
    pub manually_approves_followers: bool,
    #[serde(deserialize_with = "one_key")]
    pub public_key: PublicKey,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Endpoints {
    #[serde(default)]
    pub shared_inbox: Option<Url>,
}

/// `publicKey` is one object, or (some peers) a list of them: the first is taken.
fn one_key<'de, D: serde::Deserializer<'de>>(d: D) -> Result<PublicKey, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(PublicKey),
        Many(Vec<PublicKey>),
    }
    match OneOrMany::deserialize(d)? {
        OneOrMany::One(k) => Ok(k),
        // HTTP signatures here are RSA: the first RSA key (an Ed25519 key in SPKI PEM is
        // 44 base64 characters; an RSA one is hundreds), else the first.
        OneOrMany::Many(v) => {
            let is_rsa = |k: &PublicKey| {
                k.public_key_pem
                    .lines()
                    .filter(|l| !l.starts_with("-----"))
                    .map(str::len)
                    .sum::<usize>()
                    > 100
            };
            let pick = v.iter().position(is_rsa).unwrap_or(0);
            v.into_iter()
                .nth(pick)
                .ok_or_else(|| serde::de::Error::custom("publicKey is empty"))
        }
    }
}

/// Why an object could not be read or made.
#[derive(Debug, thiserror::Error)]
pub enum ObjectError {
    #[error(transparent)]
    Federation(#[from] activitypub_federation::error::Error),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<crate::services::ServiceError> for ObjectError {
    fn from(e: crate::services::ServiceError) -> Self {
        ObjectError::Other(anyhow::anyhow!("{e}"))
    }
}

impl From<spool_store::StoreError> for ObjectError {
    fn from(e: spool_store::StoreError) -> Self {
        ObjectError::Other(anyhow::anyhow!("{e}"))
    }
}

impl From<url::ParseError> for ObjectError {
    fn from(e: url::ParseError) -> Self {
        ObjectError::Other(anyhow::anyhow!("{e}"))
    }
}

impl ApActor {
    /// A local account as an actor, with its key pair (made on first use), or `None`
    /// when it does not exist or may not federate.
    pub async fn local(
        state: &AppState,
        cell: &Cell,
        id: AccountId,
    ) -> Result<Option<ApActor>, ObjectError> {
        let Some(account) = cell.account(id).await? else {
            return Ok(None);
        };
        if !Audience::anonymous(state).federates(cell, id).await? {
            return Ok(None);
        }
        let (public, private) = match cell.actor_keys(id).await? {
            Some(pair) => pair,
            None => {
                let pair = tokio::task::spawn_blocking(generate_actor_keypair)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e}"))??;
                cell.keep_actor_keys(id, &pair.public_key, &pair.private_key)
                    .await?
            }
        };
        let url = Url::parse(&actor_url(state, id))?;
        Ok(Some(ApActor {
            inbox: Url::parse(&format!("{url}/inbox"))?,
            shared_inbox: Some(Url::parse(&format!("{}/ap/inbox", base(state)))?),
            id: url,
            local: true,
            name: account.handle.to_string(),
            display_name: account.display_name.as_str().to_owned(),
            summary: account.bio.as_str().to_owned(),
            public_key_pem: public,
            private_key_pem: Some(private),
            manually_approves: account.is_private,
        }))
    }

    /// The local account behind an actor URL of this instance.
    pub async fn local_by_url(state: &AppState, url: &Url) -> Result<Option<ApActor>, ObjectError> {
        let Some(id) = local_account(state, url.as_str()) else {
            return Ok(None);
        };
        let Some(entry) = state.store().directory().lookup_id(id).await? else {
            return Ok(None);
        };
        let Some(cell) = state.store().cell(&entry.region) else {
            return Ok(None);
        };
        Self::local(state, cell, id).await
    }

    /// The actor document.
    pub fn person(&self, state: &AppState) -> Result<Person, ObjectError> {
        let id = self.id.as_str();
        Ok(Person {
            kind: PersonType::Person,
            id: self.id.clone().into(),
            preferred_username: self.name.clone(),
            name: Some(self.display_name.clone()).filter(|n| !n.is_empty()),
            summary: Some(self.summary.clone()).filter(|s| !s.is_empty()),
            inbox: self.inbox.clone(),
            outbox: Some(Url::parse(&format!("{id}/outbox"))?),
            followers: Some(Url::parse(&format!("{id}/followers"))?),
            following: None,
            url: Some(Url::parse(&format!("{}/@{}", base(state), self.name))?),
            endpoints: Some(Endpoints {
                shared_inbox: self.shared_inbox.clone(),
            }),
            manually_approves_followers: self.manually_approves,
            public_key: self.public_key(),
        })
    }
}

#[async_trait::async_trait]
impl Object for ApActor {
    type DataType = AppState;
    type Kind = Person;
    type Error = ObjectError;

    fn id(&self) -> &Url {
        &self.id
    }

    async fn read_from_id(id: Url, data: &Fed) -> Result<Option<Self>, Self::Error> {
        // Local actors are read from their cell; remote ones are fetched (and their
        // keys cached by the crate), never stored beyond the edges that name them.
        Self::local_by_url(data.app_data(), &id).await
    }

    async fn into_json(self, data: &Fed) -> Result<Person, Self::Error> {
        self.person(data.app_data())
    }

    async fn verify(json: &Person, expected_domain: &Url, _data: &Fed) -> Result<(), Self::Error> {
        verify_domains_match(json.id.inner(), expected_domain)?;
        Ok(())
    }

    async fn from_json(json: Person, _data: &Fed) -> Result<Self, Self::Error> {
        Ok(ApActor {
            id: json.id.inner().clone(),
            local: false,
            name: json.preferred_username,
            display_name: json.name.unwrap_or_default(),
            summary: json.summary.unwrap_or_default(),
            inbox: json.inbox,
            shared_inbox: json.endpoints.and_then(|e| e.shared_inbox),
            public_key_pem: json.public_key.public_key_pem,
            private_key_pem: None,
            manually_approves: json.manually_approves_followers,
        })
    }
}

impl Actor for ApActor {
    fn public_key_pem(&self) -> &str {
        &self.public_key_pem
    }

    fn private_key_pem(&self) -> Option<String> {
        self.private_key_pem.clone()
    }

    fn inbox(&self) -> Url {
        self.inbox.clone()
    }

    fn shared_inbox(&self) -> Option<Url> {
        self.shared_inbox.clone()
    }
}

/// A video as an ActivityStreams `Video`: the caption as content with its hashtags and
/// mentions as tags, the HLS playlist and poster (played from this instance), sound
/// attribution and the original of a duet or stitch. Addressed to everyone or to the
/// followers, as the rule decided.
pub fn video_object(
    state: &AppState,
    account: &AccountRecord,
    video: &VideoRecord,
    reach: Federation,
) -> serde_json::Value {
    let b = base(state);
    let actor = actor_url(state, account.id);
    let region = &account.region;
    let media = match reach {
        Federation::Public => format!("{b}/media/v/{region}/{}", video.id),
        _ => {
            let ttl = std::time::Duration::from_secs(7 * 24 * 3600);
            format!(
                "{b}{}",
                state.media_key().signed_base(region, video.id, ttl)
            )
        }
    };
    let (tags, mentions) = spool_core::tags_and_mentions(video.caption.as_str());
    let mut tag: Vec<serde_json::Value> = tags
        .iter()
        .map(|t| {
            serde_json::json!({"type": "Hashtag", "name": format!("#{t}"), "href": format!("{b}/tag/{t}")})
        })
        .collect();
    tag.extend(mentions.iter().map(|m| {
        serde_json::json!({"type": "Mention", "name": format!("@{m}"), "href": format!("{b}/@{m}")})
    }));
    let (to, cc) = match reach {
        Federation::Public => (vec![PUBLIC.to_owned()], vec![format!("{actor}/followers")]),
        _ => (vec![format!("{actor}/followers")], Vec::new()),
    };
    let published = video.published_at.unwrap_or(video.created_at);
    let mut object = serde_json::json!({
        "id": super::video_url(state, video.id),
        "type": "Video",
        "attributedTo": actor,
        "to": to,
        "cc": cc,
        "name": video.caption.as_str().lines().next().unwrap_or(""),
        "content": html_escape(video.caption.as_str()),
        "mediaType": "text/html",
        "published": published.to_rfc3339(),
        "url": [
            {"type": "Link", "mediaType": "application/x-mpegURL", "href": format!("{media}/master.m3u8")},
            {"type": "Link", "mediaType": "text/html", "href": crate::views::share_url(state, video.id)},
        ],
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": format!("{media}/poster.jpg")},
        "tag": tag,
        "sensitive": false,
    });
    if let Some(ms) = video.duration_ms {
        object["duration"] = serde_json::json!(format!("PT{}S", (ms as f64 / 1000.0)));
    }
    if let Some(sound) = video.sound_id {
        object["spool:sound"] = serde_json::json!(format!("{b}/sounds/{sound}"));
    }
    if let Some((kind, of, _)) = &video.remix {
        object["spool:remixOf"] =
            serde_json::json!({"type": kind, "href": super::video_url(state, *of)});
    }
    object
}

pub(super) fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 7);
    out.push_str("<p>");
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out.push_str("</p>");
    out
}
