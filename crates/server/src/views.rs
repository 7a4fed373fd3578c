//! How answers look: the JSON shapes shared by several routes, and the functions that
//! fill them from domain records. Routes import these (never another route module).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use spool_core::{AccountId, RegionCode, SoundId, VideoId, Visibility};
use spool_store::{AccountRecord, Cell, PersonalRecord, VideoRecord, VideoState};
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::services::policy::{Audience, MediaAccess};
use crate::state::AppState;

/// A link to a video to pass on.
pub fn share_url(state: &AppState, video: VideoId) -> String {
    format!(
        "{}/v/{video}",
        state.config().server.public_url.trim_end_matches('/')
    )
}

/// The caller's own account, personal fields included.
pub async fn own_account(state: &AppState, cell: &Cell, id: AccountId) -> ApiResult<AccountView> {
    let gone = || {
        ApiError::new(
            crate::error::ErrorCode::Unauthenticated,
            "the account no longer exists",
        )
    };
    let account = cell.account(id).await?.ok_or_else(gone)?;
    let personal = cell.personal(id).await?.ok_or_else(gone)?;
    Ok(AccountView::new(account, personal, state.today()))
}

/// A list of public profiles.
#[derive(Serialize, ToSchema)]
pub struct ProfileList {
    pub items: Vec<PublicProfile>,
}

/// The public profiles of these accounts (those that still exist).
pub async fn profiles(
    state: &AppState,
    ids: impl IntoIterator<Item = AccountId>,
) -> ApiResult<ProfileList> {
    let mut items = Vec::new();
    for id in ids {
        if let Some(loc) = crate::services::accounts::by_id(state, id).await? {
            if let Some(account) = loc.cell.account(id).await? {
                items.push(account.into());
            }
        }
    }
    Ok(ProfileList { items })
}

/// The caller's own account, personal fields included.
#[derive(Serialize, ToSchema)]
pub struct AccountView {
    #[schema(value_type = String, format = Uuid)]
    id: AccountId,
    handle: String,
    /// Home region.
    region: String,
    display_name: String,
    bio: String,
    is_private: bool,
    /// Under 18: private by default, with stricter interaction settings.
    is_teen: bool,
    email: Option<String>,
    birth_date: NaiveDate,
    follower_count: i64,
    following_count: i64,
    video_count: i64,
    like_count: i64,
    created_at: DateTime<Utc>,
    /// The profile photo, 512 px square (absent without one).
    photo_url: Option<String>,
    /// The same photo, 128 px square, for avatars.
    avatar_url: Option<String>,
}

impl AccountView {
    pub fn new(account: AccountRecord, personal: PersonalRecord, today: NaiveDate) -> Self {
        let (photo_url, avatar_url) = crate::services::photos::urls(&account).unzip();
        Self {
            photo_url,
            avatar_url,
            id: account.id,
            handle: account.handle.to_string(),
            region: account.region.to_string(),
            display_name: account.display_name.as_str().to_owned(),
            bio: account.bio.as_str().to_owned(),
            is_private: account.is_private,
            is_teen: personal.birth_date.age_on(today).is_teen(),
            email: personal.email.as_ref().map(|e| e.as_str().to_owned()),
            birth_date: personal.birth_date.date(),
            follower_count: account.follower_count,
            following_count: account.following_count,
            video_count: account.video_count,
            like_count: account.like_count,
            created_at: account.created_at,
        }
    }
}

/// What anyone, from any region, may see of an account.
#[derive(Serialize, ToSchema)]
pub struct PublicProfile {
    #[schema(value_type = String, format = Uuid)]
    id: AccountId,
    handle: String,
    display_name: String,
    bio: String,
    is_private: bool,
    follower_count: i64,
    following_count: i64,
    video_count: i64,
    like_count: i64,
    created_at: DateTime<Utc>,
    /// The profile photo, 512 px square (absent without one).
    photo_url: Option<String>,
    /// The same photo, 128 px square, for avatars.
    avatar_url: Option<String>,
}

impl PublicProfile {
    pub fn handle(&self) -> &str {
        &self.handle
    }
}

impl From<AccountRecord> for PublicProfile {
    fn from(a: AccountRecord) -> Self {
        let (photo_url, avatar_url) = crate::services::photos::urls(&a).unzip();
        Self {
            photo_url,
            avatar_url,
            id: a.id,
            handle: a.handle.to_string(),
            display_name: a.display_name.as_str().to_owned(),
            bio: a.bio.as_str().to_owned(),
            is_private: a.is_private,
            follower_count: a.follower_count,
            following_count: a.following_count,
            video_count: a.video_count,
            like_count: a.like_count,
            created_at: a.created_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Creator {
    handle: String,
    display_name: String,
    /// The creator's photo, 128 px square (absent without one).
    avatar_url: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Failure {
    /// e.g. `transcode_failed`, `not_media`.
    code: String,
    message: String,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct RenditionView {
    name: String,
    width: u32,
    height: u32,
    bandwidth: u64,
}

#[derive(Serialize, ToSchema)]
pub struct SoundRef {
    #[schema(value_type = String)]
    id: SoundId,
    /// The audio file, when the sound's own video is public.
    url: String,
}

/// One caption track of a video.
#[derive(Serialize, ToSchema)]
pub struct CaptionView {
    /// BCP-47 language tag.
    lang: String,
    /// The WebVTT file, under the same (public or signed) media path as the segments;
    /// absent when the caller may not fetch the video's media.
    url: Option<String>,
}

/// A video as its viewer may see it.
#[derive(Serialize, ToSchema)]
pub struct VideoView {
    #[schema(value_type = String)]
    id: VideoId,
    creator: Creator,
    caption: String,
    #[schema(value_type = String)]
    visibility: Visibility,
    allow_comments: bool,
    allow_duet: bool,
    allow_stitch: bool,
    /// `processing`, `ready` (at least one rendition playable), `failed`, or `held`
    /// (matched removed content; held for review: not playable, not listed).
    state: String,
    failure: Option<Failure>,
    duration_ms: Option<i64>,
    width: Option<i64>,
    height: Option<i64>,
    /// HLS master playlist (relative to this server); present once `ready`. Signed and
    /// expiring for non-public videos.
    playlist_url: Option<String>,
    poster_url: Option<String>,
    /// Renditions published so far, smallest first.
    renditions: Vec<RenditionView>,
    /// Its caption tracks (WebVTT), by language tag; also subtitle renditions of the
    /// master playlist.
    captions: Vec<CaptionView>,
    /// All planned renditions are published.
    ladder_complete: bool,
    sound: Option<SoundRef>,
    created_at: DateTime<Utc>,
    published_at: Option<DateTime<Utc>>,
    like_count: i64,
    comment_count: i64,
    share_count: i64,
    /// Watches longer than a skip, by signed-in viewers of every region.
    view_count: i64,
    /// Whether the caller likes it.
    liked_by_me: bool,
    /// A link to pass on.
    share_url: String,
    /// Set for duets and stitches: the original they link back to.
    remix: Option<Remix>,
    /// The caption's hashtags (normalized, without '#'), for linking to hashtag pages.
    hashtags: Vec<String>,
    /// The handles @mentioned in the caption, for linking to profiles.
    mentions: Vec<String>,
    /// What moderation decisions mean for it (absent when nothing applies).
    #[serde(skip_serializing_if = "Option::is_none")]
    moderation: Option<ModerationView>,
}

/// Moderation as a viewer sees it; the creator also sees what limits their video.
#[derive(Serialize, ToSchema, Default)]
pub struct ModerationView {
    /// An information panel for disputed or misleading information, with a link.
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<LabelView>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    age_restricted: bool,
    /// Creator only: not recommended (a recorded decision; see the statements).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    reduced: bool,
    /// Creator only: removed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    removed: bool,
    /// Creator only: where it is withheld.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    withheld_in: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct LabelView {
    text: String,
    url: String,
}

fn moderation_view(m: &spool_store::Restrictions, owner: bool) -> Option<ModerationView> {
    let v = ModerationView {
        label: m.label.as_ref().map(|l| LabelView {
            text: l.text.clone(),
            url: l.url.clone(),
        }),
        age_restricted: m.age_restricted,
        reduced: owner && m.reduced,
        removed: owner && m.removed,
        withheld_in: match (&m.withheld, owner) {
            (Some(w), true) => w
                .regions
                .iter()
                .chain(w.countries.iter())
                .cloned()
                .collect(),
            _ => Vec::new(),
        },
    };
    let empty = v.label.is_none()
        && !v.age_restricted
        && !v.reduced
        && !v.removed
        && v.withheld_in.is_empty();
    (!empty).then_some(v)
}

/// A page of the engine's proposals as the viewer may see them, in the engine's order:
/// each cell's videos read in one query, the facts about their creators and the viewer's
/// relations prefetched ([`Audience::prefetch`]), and every video then decided by the
/// distribution rule (`recommend`). Proposals the rule refuses, or that are gone, are
/// left out; each kept one comes back with its index in `proposals`.
pub async fn recommended(
    audience: &mut Audience<'_>,
    proposals: &[u128],
) -> ApiResult<Vec<(usize, VideoView)>> {
    let state = audience.state();
    let mut by_region: std::collections::BTreeMap<RegionCode, Vec<VideoId>> =
        std::collections::BTreeMap::new();
    for id in proposals {
        let Some(meta) = state.feed().video(*id) else {
            continue;
        };
        let Ok(region) = RegionCode::parse(&meta.region) else {
            continue;
        };
        by_region
            .entry(region)
            .or_default()
            .push(VideoId(uuid::Uuid::from_u128(*id)));
    }
    let mut found: std::collections::HashMap<VideoId, (RegionCode, VideoRecord)> =
        std::collections::HashMap::new();
    for (region, ids) in by_region {
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        let records = cell.videos_by_ids(&ids).await?;
        audience.prefetch(cell, &records).await?;
        for r in records {
            found.insert(r.id, (region.clone(), r));
        }
    }
    let mut out = Vec::with_capacity(found.len());
    for (index, id) in proposals.iter().enumerate() {
        let Some((region, record)) = found.remove(&VideoId(uuid::Uuid::from_u128(*id))) else {
            continue;
        };
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        // The engine proposes; the distribution rule decides.
        if !audience.decide(cell, &record).await?.recommend {
            continue;
        }
        out.push((index, video_view(audience, &region, cell, record).await?));
    }
    Ok(out)
}

/// A video as the audience's viewer may see it: media URLs signed or not as the
/// distribution rule says (none when it says none), `liked_by_me` for the viewer.
pub async fn video_view(
    audience: &mut Audience<'_>,
    region: &RegionCode,
    cell: &Cell,
    video: VideoRecord,
) -> ApiResult<VideoView> {
    let state = audience.state();
    let viewer = audience.viewer_id();
    let decision = audience.decide(cell, &video).await?;
    let account = audience
        .account(cell, video.account_id)
        .await?
        .ok_or_else(|| ApiError::not_found("video"))?;
    let base = match decision.media {
        MediaAccess::None => None,
        MediaAccess::Public => Some(format!("/media/v/{region}/{}", video.id)),
        MediaAccess::Signed => {
            let ttl = std::time::Duration::from_secs(state.config().media.signed_url_ttl_secs);
            Some(state.media_key().signed_base(region, video.id, ttl))
        }
    };
    let renditions: Vec<RenditionView> =
        serde_json::from_str(&video.renditions_json).unwrap_or_default();
    let sound_region = match video.sound_id {
        Some(id) => audience.sound_region(id).await?,
        None => None,
    };
    let sound = video
        .sound_id
        .filter(|_| !(video.moderation.removed || video.moderation.held))
        .zip(sound_region)
        .map(|(id, region)| SoundRef {
            id,
            url: format!("/media/sounds/{region}/{id}.m4a"),
        });
    let liked = audience.likes(video.id).await?;
    let (tags, mentions) = spool_core::tags_and_mentions(video.caption.as_str());
    let remix = video.remix.as_ref().map(|(kind, of, _)| Remix {
        kind: kind.clone(),
        of: *of,
    });
    Ok(VideoView {
        id: video.id,
        creator: Creator {
            handle: account.handle.to_string(),
            display_name: account.display_name.as_str().to_owned(),
            avatar_url: crate::services::photos::urls(&account).map(|(_, small)| small),
        },
        caption: video.caption.as_str().to_owned(),
        visibility: video.visibility,
        allow_comments: video.allow_comments,
        allow_duet: video.allow_duet,
        allow_stitch: video.allow_stitch,
        state: if video.moderation.held {
            "held".to_owned()
        } else {
            video.state.as_str().to_owned()
        },
        moderation: moderation_view(&video.moderation, viewer == Some(video.account_id)),
        failure: match (video.failure_code, video.failure_message) {
            (Some(code), Some(message)) if video.state == VideoState::Failed => {
                Some(Failure { code, message })
            }
            _ => None,
        },
        duration_ms: video.duration_ms,
        width: video.width,
        height: video.height,
        captions: video
            .captions
            .iter()
            .map(|lang| CaptionView {
                lang: lang.to_string(),
                url: base.as_ref().map(|b| format!("{b}/subs/{lang}.vtt")),
            })
            .collect(),
        playlist_url: base.as_ref().map(|b| format!("{b}/master.m3u8")),
        poster_url: base.as_ref().map(|b| format!("{b}/poster.jpg")),
        renditions,
        ladder_complete: video.ladder_complete,
        sound,
        created_at: video.created_at,
        published_at: video.published_at,
        like_count: video.like_count,
        comment_count: video.comment_count,
        share_count: video.share_count,
        view_count: video.view_count,
        liked_by_me: liked,
        share_url: share_url(state, video.id),
        remix,
        hashtags: tags,
        mentions,
    })
}

impl VideoView {
    pub fn caption(&self) -> &str {
        &self.caption
    }
}

/// What a duet or stitch was made from.
#[derive(Serialize, ToSchema)]
pub struct Remix {
    /// `duet` or `stitch`.
    kind: String,
    /// The original video.
    #[schema(value_type = String)]
    of: VideoId,
}

#[derive(Serialize, ToSchema)]
pub struct VideoPage {
    pub items: Vec<VideoView>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub cursor: Option<String>,
}

// ---- Moderation ----

#[derive(Serialize, ToSchema)]
pub struct TargetView {
    /// `video`, `comment` or `account`.
    pub kind: String,
    pub id: String,
    /// The handle of the account whose content it is.
    pub handle: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DecisionView {
    id: String,
    target: TargetView,
    action: String,
    policy: String,
    category: String,
    facts: String,
    #[schema(value_type = Object)]
    scope: serde_json::Value,
    automated_detection: bool,
    automated_decision: bool,
    in_force: bool,
    reversed: bool,
    ends_at: Option<String>,
    created_at: String,
}

pub fn decision_view(d: &spool_store::DecisionRecord) -> DecisionView {
    DecisionView {
        id: d.id.to_string(),
        target: TargetView {
            kind: d.target.kind.as_str().to_owned(),
            id: d.target.id.to_string(),
            handle: None,
        },
        action: d.action.clone(),
        policy: d.policy.clone(),
        category: d.category.clone(),
        facts: d.facts.clone(),
        scope: serde_json::to_value(&d.scope).unwrap_or_default(),
        automated_detection: d.automated_detection,
        automated_decision: d.automated_decision,
        in_force: d.in_force,
        reversed: d.reversed_by.is_some(),
        ends_at: d.ends_ms.map(crate::services::moderation::rfc3339),
        created_at: crate::services::moderation::rfc3339(d.created_ms),
    }
}

#[derive(Serialize, ToSchema)]
pub struct AppealView {
    id: String,
    statement_id: String,
    decision_id: String,
    /// `open`, `upheld` or `rejected`.
    state: String,
    created_at: String,
    decided_at: Option<String>,
}

pub fn appeal_view(a: &spool_store::AppealRecord) -> AppealView {
    AppealView {
        id: a.id.to_string(),
        statement_id: a.statement_id.to_string(),
        decision_id: a.decision_id.to_string(),
        state: a.state.clone(),
        created_at: crate::services::moderation::rfc3339(a.created_ms),
        decided_at: a.decided_ms.map(crate::services::moderation::rfc3339),
    }
}

/// A post received from another instance, as the API shows it.
#[derive(Serialize, ToSchema)]
pub struct RemotePostView {
    id: String,
    actor: String,
    kind: String,
    /// The ActivityStreams object as the origin sent it.
    #[schema(value_type = Object)]
    object: serde_json::Value,
    /// When it arrived as a share: when it was shared.
    published_ms: i64,
    /// The actor (one the caller follows) whose share brought it, for a post of someone
    /// the caller does not follow.
    #[serde(skip_serializing_if = "Option::is_none")]
    shared_by: Option<String>,
    /// The caller liked it (always false for a post that is not the caller's copy).
    liked: bool,
}

impl From<spool_store::RemotePost> for RemotePostView {
    fn from(p: spool_store::RemotePost) -> Self {
        Self {
            id: p.object_uri,
            actor: p.actor_uri,
            kind: p.kind,
            object: serde_json::from_str(&p.object).unwrap_or_default(),
            published_ms: p.published_at,
            shared_by: (!p.shared_by.is_empty()).then_some(p.shared_by),
            liked: p.liked,
        }
    }
}
