//! The distribution rule: for one video and one viewer (anonymous included), what may be
//! done with the video — shown, listed, searched, recommended, remixed, its sound reused,
//! its media served — decided in one pure function, [`decide`], from facts that
//! [`Audience`] gathers from the cells.
//!
//! Every path that shows or reuses a video asks here: the video view, account and liked
//! lists, hashtag and sound pages, search hits and the search index, the For-You catalog
//! and the Following feed, share links, duets and stitches, sound reuse, media URL signing
//! and the unsigned media and sound routes. Nothing else decides visibility; the SQL
//! filters in the store only narrow candidates, and every candidate passes through here.
//!
//! The rule, in words:
//! - Its creator may always see their own video, in any state; nobody else sees a video
//!   that is not `ready`, or whose creator and viewer block each other (either way).
//! - A `private` video is its creator's alone. A `followers` video, or any video of a
//!   private account, is for accepted followers: shown and listed to them (through signed,
//!   expiring media URLs), never searched, recommended, remixed or its sound reused.
//! - A public video of a public account is shown, listed and searched for everyone, with
//!   unsigned media URLs. It is recommended in For You, except that a creator under 16 is
//!   recommended only to their followers.
//! - Duets and stitches need a broadly public original, its per-video switch on, and the
//!   creator's setting open to the viewer; a teen creator's videos are remixed only by
//!   accounts the teen follows, whatever the settings say. So a remix is never more
//!   visible than its original — and a remix whose original stopped being broadly public
//!   is shown to its own creator only.
//! - A sound may be reused from a broadly public video that is not blocked either way.
//! - Moderation comes last and only takes away: a removed or held video, or any video of
//!   a terminated account, is its creator's alone (listed for them, never played); one
//!   withheld by a legal order where the viewer is (their home region, or the country the
//!   proxy reports; unknown counts as there) is withheld from them (`withheld`, so the
//!   page can say why); an age-restricted one is for logged-in adults only, through
//!   signed URLs, never searched, recommended or remixed; reduced distribution (of the
//!   video or its suspended or reduced account) only takes it out of For You. Each is
//!   a recorded decision its creator sees.

use std::collections::HashMap;

use spool_core::{AccountId, Policy, RegionCode, RemixKind, SoundId, VideoId, Visibility};
use spool_store::{
    AccountRecord, Cell, FollowState, Restrictions, VideoRecord, VideoState, Withheld,
};

use super::{Actor, ServiceResult};
use crate::state::AppState;

/// Creators under this age are recommended only to their followers.
pub const FOR_YOU_MIN_AGE: u32 = 16;

/// The creator's age, as far as the rule cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerAge {
    Adult,
    /// 16 or 17.
    OlderTeen,
    /// 13 to 15.
    YoungTeen,
}

impl OwnerAge {
    pub fn of(age: spool_core::Age) -> Self {
        if !age.is_teen() {
            Self::Adult
        } else if age.0 >= FOR_YOU_MIN_AGE {
            Self::OlderTeen
        } else {
            Self::YoungTeen
        }
    }

    pub fn is_teen(self) -> bool {
        self != Self::Adult
    }
}

/// What the rule needs to know about a video and its creator.
#[derive(Debug, Clone)]
pub struct VideoFacts {
    pub state: VideoState,
    pub visibility: Visibility,
    pub owner_private: bool,
    pub owner_age: OwnerAge,
    pub allow_duet: bool,
    pub allow_stitch: bool,
    pub duet_policy: Policy,
    pub stitch_policy: Policy,
    /// For a duet or stitch: whether its original is still broadly public (a public,
    /// ready video of a public account). `None` for other videos.
    pub original_public: Option<bool>,
    pub moderation: ModerationFacts,
}

/// What moderation decisions in force mean for this video and this viewer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ModerationFacts {
    pub removed: bool,
    /// Held for review (matched removed content).
    pub held: bool,
    pub age_restricted: bool,
    /// The video's, or its account's, distribution is reduced (or the account is
    /// suspended): not recommended.
    pub reduced: bool,
    /// Withheld by an order where this viewer is.
    pub withheld_here: bool,
    /// Withheld somewhere (so never served to anonymous caches).
    pub withheld_anywhere: bool,
    pub owner_terminated: bool,
}

/// Whether an order withholding in `w`'s regions and countries covers a viewer in
/// `region` (home) and `country` (from the proxy); `None`: unknown, which counts as inside.
pub fn withheld_here(w: &Withheld, region: Option<&str>, country: Option<&str>) -> bool {
    let by_region =
        !w.regions.is_empty() && region.is_none_or(|r| w.regions.iter().any(|x| x == r));
    let by_country = !w.countries.is_empty()
        && country.is_none_or(|c| w.countries.iter().any(|x| x.eq_ignore_ascii_case(c)));
    by_region || by_country
}

impl ModerationFacts {
    /// From the video's and its account's restrictions, for a viewer in `region` (home)
    /// and `country` (from the proxy); `None`: unknown, which counts as inside.
    pub fn of(
        video: &Restrictions,
        owner: &Restrictions,
        region: Option<&str>,
        country: Option<&str>,
        now_ms: i64,
    ) -> Self {
        let here = |w: &Option<Withheld>| {
            w.as_ref()
                .is_some_and(|w| withheld_here(w, region, country))
        };
        Self {
            removed: video.removed,
            held: video.held,
            age_restricted: video.age_restricted,
            reduced: video.reduced || owner.reduced || owner.suspended_at(now_ms),
            withheld_here: here(&video.withheld) || here(&owner.withheld),
            withheld_anywhere: video.withheld.is_some() || owner.withheld.is_some(),
            owner_terminated: owner.terminated,
        }
    }
}

/// How the viewer stands to the video's creator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Anonymous,
    Owner,
    /// Logged in, no edge either way that matters.
    Stranger,
    /// An accepted follower of the creator.
    Follower,
    /// The creator blocks the viewer or the viewer blocks the creator.
    Blocked,
}

/// The viewer's side of the facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewerFacts {
    pub relation: Relation,
    /// The creator follows the viewer (for a teen creator: the accounts they trust).
    pub followed_by_owner: bool,
    pub viewer_teen: bool,
}

impl ViewerFacts {
    pub const ANONYMOUS: Self = Self {
        relation: Relation::Anonymous,
        followed_by_owner: false,
        viewer_teen: false,
    };
}

/// How the video's media may be served to this viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaAccess {
    None,
    /// Under `/media/v/...`, to anyone (and to caches).
    Public,
    /// Only under signed, expiring URLs handed to this viewer.
    Signed,
}

/// What may be done with the video for this viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    /// Its page, its comments, likes and shares.
    pub view: bool,
    /// In lists: the creator's profile, liked videos, hashtag and sound pages, Following.
    pub list: bool,
    /// In search hits (and in the search index, asked for an anonymous viewer).
    pub search: bool,
    /// In For You (and in its catalog, asked for an anonymous viewer).
    pub recommend: bool,
    pub duet: bool,
    pub stitch: bool,
    pub reuse_sound: bool,
    pub media: MediaAccess,
    /// Not shown because an order withholds it where the viewer is (the page says so).
    pub withheld: bool,
}

impl Decision {
    pub const NOTHING: Self = Self {
        view: false,
        list: false,
        search: false,
        recommend: false,
        duet: false,
        stitch: false,
        reuse_sound: false,
        media: MediaAccess::None,
        withheld: false,
    };

    pub fn remix(&self, kind: RemixKind) -> bool {
        match kind {
            RemixKind::Duet => self.duet,
            RemixKind::Stitch => self.stitch,
        }
    }
}

/// The distribution rule (see the module's documentation).
pub fn decide(video: &VideoFacts, viewer: &ViewerFacts) -> Decision {
    moderated(distribution(video, viewer), &video.moderation, viewer)
}

/// Who on other instances may receive a video (federation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Federation {
    /// Not sent anywhere (and taken back where it was sent).
    None,
    /// Addressed to everyone (`as:Public`): what an anonymous visitor may list and play.
    Public,
    /// Addressed to the creator's accepted followers only (a private account's videos).
    Followers,
}

/// The distribution rule for remote viewers. A remote account is a stranger whose age
/// Spool does not know: a teen creator's videos never leave the instance; otherwise a
/// video goes out to everyone when an anonymous visitor may list it, and to the accepted
/// followers when only they may (a private account).
pub fn federation(video: &VideoFacts) -> Federation {
    if video.owner_age.is_teen() {
        return Federation::None;
    }
    if decide(video, &ViewerFacts::ANONYMOUS).list {
        return Federation::Public;
    }
    let follower = ViewerFacts {
        relation: Relation::Follower,
        followed_by_owner: false,
        viewer_teen: false,
    };
    if decide(video, &follower).list {
        Federation::Followers
    } else {
        Federation::None
    }
}

/// What moderation takes away from a decision.
fn moderated(mut d: Decision, m: &ModerationFacts, viewer: &ViewerFacts) -> Decision {
    let signed = |media: MediaAccess| match media {
        MediaAccess::Public => MediaAccess::Signed,
        other => other,
    };
    if viewer.relation == Relation::Owner {
        if m.removed || m.held || m.owner_terminated {
            return Decision {
                view: true,
                list: true,
                ..Decision::NOTHING
            };
        }
        if m.age_restricted || m.withheld_anywhere {
            d.search = false;
            d.media = signed(d.media);
        }
        return d;
    }
    if m.removed || m.held || m.owner_terminated || !d.view {
        return Decision::NOTHING;
    }
    if m.withheld_here {
        return Decision {
            withheld: true,
            ..Decision::NOTHING
        };
    }
    if m.age_restricted {
        if viewer.relation == Relation::Anonymous || viewer.viewer_teen {
            return Decision::NOTHING;
        }
        d = Decision {
            search: false,
            recommend: false,
            duet: false,
            stitch: false,
            reuse_sound: false,
            media: signed(d.media),
            ..d
        };
    }
    if m.withheld_anywhere {
        d.search = false;
        d.recommend = false;
        d.media = signed(d.media);
    }
    if m.reduced {
        d.recommend = false;
    }
    d
}

/// The rule before moderation: privacy, age, blocks and remix settings.
fn distribution(video: &VideoFacts, viewer: &ViewerFacts) -> Decision {
    let ready = video.state == VideoState::Ready;
    let broadly_public = ready
        && video.visibility == Visibility::Public
        && !video.owner_private
        && video.original_public != Some(false);
    let media = |ok: bool| match (ok, broadly_public) {
        (false, _) => MediaAccess::None,
        (true, true) => MediaAccess::Public,
        (true, false) => MediaAccess::Signed,
    };
    match viewer.relation {
        Relation::Owner => Decision {
            view: true,
            list: true,
            search: broadly_public,
            recommend: false,
            duet: ready,
            stitch: ready,
            reuse_sound: ready,
            media: media(ready),
            withheld: false,
        },
        Relation::Blocked => Decision::NOTHING,
        _ if !ready || video.original_public == Some(false) => Decision::NOTHING,
        _ if video.visibility == Visibility::Private => Decision::NOTHING,
        relation if !broadly_public => {
            // Followers-only video, or a private account's: its followers only.
            let follower = relation == Relation::Follower;
            Decision {
                view: follower,
                list: follower,
                media: media(follower),
                ..Decision::NOTHING
            }
        }
        relation => {
            let follower = relation == Relation::Follower;
            let anonymous = relation == Relation::Anonymous;
            let remix = |allowed: bool, setting: Policy| {
                let open = match setting {
                    Policy::Everyone => !anonymous,
                    Policy::Followers => follower,
                    Policy::Nobody => false,
                };
                let teen_ok = !video.owner_age.is_teen()
                    || (viewer.followed_by_owner && setting != Policy::Nobody);
                allowed && open && teen_ok
            };
            Decision {
                view: true,
                list: true,
                search: true,
                recommend: video.owner_age != OwnerAge::YoungTeen || follower,
                duet: remix(video.allow_duet, video.duet_policy),
                stitch: remix(video.allow_stitch, video.stitch_policy),
                reuse_sound: !anonymous,
                media: MediaAccess::Public,
                withheld: false,
            }
        }
    }
}

/// What the rule needs of a creator, read once per request.
#[derive(Debug, Clone)]
struct OwnerFacts {
    private: bool,
    age: OwnerAge,
    duet_policy: Policy,
    stitch_policy: Policy,
    moderation: Restrictions,
}

/// Gathers the rule's inputs for one viewer from the cells, remembering owners and
/// relations for the rest of the request (a list of one creator's videos asks once).
pub struct Audience<'a> {
    state: &'a AppState,
    viewer: Option<Actor>,
    /// The viewer's country, as the deployment's proxy reports it.
    country: Option<String>,
    viewer_teen: Option<bool>,
    owners: HashMap<AccountId, Option<OwnerFacts>>,
    relations: HashMap<AccountId, (Relation, bool)>,
    originals: HashMap<VideoId, bool>,
    /// Filled only by [`Audience::prefetch`], for a page being shown.
    accounts: HashMap<AccountId, Option<AccountRecord>>,
    likes: HashMap<VideoId, bool>,
    sounds: HashMap<SoundId, Option<RegionCode>>,
}

impl<'a> Audience<'a> {
    pub fn new(state: &'a AppState, viewer: Option<Actor>) -> Self {
        Self {
            state,
            viewer,
            country: None,
            viewer_teen: None,
            owners: HashMap::new(),
            relations: HashMap::new(),
            originals: HashMap::new(),
            accounts: HashMap::new(),
            likes: HashMap::new(),
            sounds: HashMap::new(),
        }
    }

    /// Nobody logged in: what the public (and the search index, the feed's catalog, the
    /// unsigned media route) may see.
    pub fn anonymous(state: &'a AppState) -> Self {
        Self::new(state, None)
    }

    /// The viewer's country (ISO 3166-1 alpha-2), when the proxy reports it.
    pub fn with_country(mut self, country: Option<String>) -> Self {
        self.country = country;
        self
    }

    pub fn state(&self) -> &'a AppState {
        self.state
    }

    pub fn viewer(&self) -> Option<&Actor> {
        self.viewer.as_ref()
    }

    pub fn viewer_id(&self) -> Option<AccountId> {
        self.viewer.as_ref().map(|v| v.id)
    }

    /// The decision for `video`, which lives in `cell`.
    pub async fn decide(&mut self, cell: &Cell, video: &VideoRecord) -> ServiceResult<Decision> {
        let Some(facts) = self.video_facts(cell, video).await? else {
            return Ok(Decision::NOTHING);
        };
        let viewer = self.viewer_facts(cell, video.account_id).await?;
        Ok(decide(&facts, &viewer))
    }

    /// The video's side of the facts; `None` when its creator is gone.
    pub async fn video_facts(
        &mut self,
        cell: &Cell,
        video: &VideoRecord,
    ) -> ServiceResult<Option<VideoFacts>> {
        let Some(owner) = self.owner(cell, video.account_id).await? else {
            return Ok(None);
        };
        let original_public = match &video.remix {
            None => None,
            Some((_, of, region)) => Some(self.original_public(*of, region).await?),
        };
        let moderation = ModerationFacts::of(
            &video.moderation,
            &owner.moderation,
            self.viewer.as_ref().map(|v| v.region.as_str()),
            self.country.as_deref(),
            spool_store::now_ms(),
        );
        Ok(Some(VideoFacts {
            moderation,
            state: video.state,
            visibility: video.visibility,
            owner_private: owner.private,
            owner_age: owner.age,
            allow_duet: video.allow_duet,
            allow_stitch: video.allow_stitch,
            duet_policy: owner.duet_policy,
            stitch_policy: owner.stitch_policy,
            original_public,
        }))
    }

    /// Whether the account may appear on other instances at all (federation): its actor,
    /// its posts. No teen's account or content ever leaves the instance, nor that of an
    /// account moderation terminated.
    pub async fn federates(&mut self, cell: &Cell, id: AccountId) -> ServiceResult<bool> {
        Ok(self
            .owner(cell, id)
            .await?
            .is_some_and(|o| !o.age.is_teen() && !o.moderation.terminated))
    }

    async fn owner(&mut self, cell: &Cell, id: AccountId) -> ServiceResult<Option<OwnerFacts>> {
        if let Some(o) = self.owners.get(&id) {
            return Ok(o.clone());
        }
        let facts = match cell.settings(id).await? {
            None => None,
            Some(s) => {
                let age = match cell.personal(id).await? {
                    Some(p) => OwnerAge::of(p.birth_date.age_on(self.state.today())),
                    // No personal row readable: treat as the most protected.
                    None => OwnerAge::YoungTeen,
                };
                Some(OwnerFacts {
                    moderation: s.moderation,
                    private: s.is_private,
                    age,
                    duet_policy: s.duet_policy,
                    stitch_policy: s.stitch_policy,
                })
            }
        };
        self.owners.insert(id, facts.clone());
        Ok(facts)
    }

    /// Whether a remix's original is still a broadly public video (one level deep: an
    /// original that is itself a remix is judged by its own state here).
    async fn original_public(&mut self, id: VideoId, region: &str) -> ServiceResult<bool> {
        if let Some(p) = self.originals.get(&id) {
            return Ok(*p);
        }
        let mut public = false;
        if let Ok(code) = RegionCode::parse(region) {
            if let Some(cell) = self.state.store().cell(&code) {
                if let Some(original) = cell.video(id).await? {
                    if let Some(owner) = self.owner(cell, original.account_id).await? {
                        let m = &original.moderation;
                        public = original.state == VideoState::Ready
                            && original.visibility == Visibility::Public
                            && !owner.private
                            && !owner.moderation.terminated
                            && owner.moderation.withheld.is_none()
                            && !(m.removed || m.held || m.age_restricted || m.withheld.is_some());
                    }
                }
            }
        }
        self.originals.insert(id, public);
        Ok(public)
    }

    /// The viewer's side of the facts for a creator whose home cell is `owner_cell`.
    pub async fn viewer_facts(
        &mut self,
        owner_cell: &Cell,
        owner: AccountId,
    ) -> ServiceResult<ViewerFacts> {
        let Some(viewer) = self.viewer.clone() else {
            return Ok(ViewerFacts::ANONYMOUS);
        };
        if viewer.id == owner {
            return Ok(ViewerFacts {
                relation: Relation::Owner,
                followed_by_owner: false,
                viewer_teen: self.viewer_teen().await?,
            });
        }
        let (relation, followed_by_owner) = match self.relations.get(&owner) {
            Some(r) => *r,
            None => {
                let blocked = owner_cell.blocks(owner, viewer.id).await?
                    || match self.state.store().cell(&viewer.region) {
                        Some(home) => home.blocks(viewer.id, owner).await?,
                        None => false,
                    };
                let r = if blocked {
                    (Relation::Blocked, false)
                } else {
                    let follower = owner_cell.follower_state(owner, viewer.id).await?
                        == Some(FollowState::Active);
                    let followed = owner_cell.following_state(owner, viewer.id).await?
                        == Some(FollowState::Active);
                    let relation = if follower {
                        Relation::Follower
                    } else {
                        Relation::Stranger
                    };
                    (relation, followed)
                };
                self.relations.insert(owner, r);
                r
            }
        };
        Ok(ViewerFacts {
            relation,
            followed_by_owner,
            viewer_teen: self.viewer_teen().await?,
        })
    }

    async fn viewer_teen(&mut self) -> ServiceResult<bool> {
        if let Some(t) = self.viewer_teen {
            return Ok(t);
        }
        let Some(viewer) = &self.viewer else {
            return Ok(false);
        };
        let teen = match self.state.store().cell(&viewer.region) {
            Some(home) => home
                .personal(viewer.id)
                .await?
                .is_some_and(|p| p.birth_date.age_on(self.state.today()).is_teen()),
            None => false,
        };
        self.viewer_teen = Some(teen);
        Ok(teen)
    }

    /// Loads, a few queries for all of them, what deciding on and showing `videos` (all
    /// of `cell`) needs: the creators' facts and accounts, the viewer's relations with
    /// them, which of the videos the viewer likes and where their sounds live. Deciding
    /// and [`crate::views::video_view`] then ask the store nothing more for these videos.
    /// The rule is the same; only the reading is batched.
    pub async fn prefetch(&mut self, cell: &Cell, videos: &[VideoRecord]) -> ServiceResult<()> {
        let mut owners: Vec<AccountId> = videos
            .iter()
            .map(|v| v.account_id)
            .filter(|id| !self.owners.contains_key(id))
            .collect();
        owners.sort_unstable();
        owners.dedup();
        if !owners.is_empty() {
            let settings = cell.settings_of(&owners).await?;
            let births = cell.birth_dates(&owners).await?;
            let mut accounts = cell.accounts_by_ids(&owners).await?;
            let today = self.state.today();
            for id in &owners {
                let facts = settings.get(id).map(|s| OwnerFacts {
                    moderation: s.moderation.clone(),
                    private: s.is_private,
                    // No personal row readable: treat as the most protected.
                    age: births
                        .get(id)
                        .map_or(OwnerAge::YoungTeen, |b| OwnerAge::of(b.age_on(today))),
                    duet_policy: s.duet_policy,
                    stitch_policy: s.stitch_policy,
                });
                self.owners.insert(*id, facts);
                self.accounts.insert(*id, accounts.remove(id));
            }
        }
        let mut sounds: Vec<uuid::Uuid> = videos
            .iter()
            .filter_map(|v| v.sound_id)
            .filter(|s| !self.sounds.contains_key(s))
            .map(|s| s.0)
            .collect();
        sounds.sort_unstable();
        sounds.dedup();
        if !sounds.is_empty() {
            let found = self
                .state
                .store()
                .directory()
                .locate_many(spool_store::ObjectKind::Sound, &sounds)
                .await?;
            for id in sounds {
                self.sounds.insert(SoundId(id), found.get(&id).cloned());
            }
        }
        let Some(viewer) = self.viewer.clone() else {
            return Ok(());
        };
        let mut strangers: Vec<AccountId> = videos
            .iter()
            .map(|v| v.account_id)
            .filter(|id| *id != viewer.id && !self.relations.contains_key(id))
            .collect();
        strangers.sort_unstable();
        strangers.dedup();
        if !strangers.is_empty() {
            use spool_store::Relation as R;
            let blocking = cell.related_to(R::Blocks, &strangers, viewer.id).await?;
            let blocked = match self.state.store().cell(&viewer.region) {
                Some(home) => home.related_to(R::BlockedBy, &strangers, viewer.id).await?,
                None => Default::default(),
            };
            let followed = cell
                .related_to(R::FollowedBy, &strangers, viewer.id)
                .await?;
            let following = cell.related_to(R::Follows, &strangers, viewer.id).await?;
            for id in strangers {
                let r = if blocking.contains(&id) || blocked.contains(&id) {
                    (Relation::Blocked, false)
                } else if followed.contains(&id) {
                    (Relation::Follower, following.contains(&id))
                } else {
                    (Relation::Stranger, following.contains(&id))
                };
                self.relations.insert(id, r);
            }
        }
        let unknown: Vec<VideoId> = videos
            .iter()
            .map(|v| v.id)
            .filter(|id| !self.likes.contains_key(id))
            .collect();
        if !unknown.is_empty() {
            let liked = match crate::services::accounts::by_id(self.state, viewer.id).await? {
                Some(loc) => loc.cell.likes_among(viewer.id, &unknown).await?,
                None => Default::default(),
            };
            for id in unknown {
                self.likes.insert(id, liked.contains(&id));
            }
        }
        Ok(())
    }

    /// The creator's account: prefetched, else read now.
    pub async fn account(
        &mut self,
        cell: &Cell,
        id: AccountId,
    ) -> ServiceResult<Option<AccountRecord>> {
        match self.accounts.get(&id) {
            Some(a) => Ok(a.clone()),
            None => Ok(cell.account(id).await?),
        }
    }

    /// Whether the viewer likes `video`: prefetched, else read now.
    pub async fn likes(&mut self, video: VideoId) -> ServiceResult<bool> {
        if let Some(l) = self.likes.get(&video) {
            return Ok(*l);
        }
        let Some(viewer) = self.viewer_id() else {
            return Ok(false);
        };
        Ok(
            match crate::services::accounts::by_id(self.state, viewer).await? {
                Some(loc) => loc.cell.likes_video(viewer, video).await?,
                None => false,
            },
        )
    }

    /// The region of a sound: prefetched, else read now.
    pub async fn sound_region(&mut self, sound: SoundId) -> ServiceResult<Option<RegionCode>> {
        if let Some(r) = self.sounds.get(&sound) {
            return Ok(r.clone());
        }
        Ok(self
            .state
            .store()
            .directory()
            .locate(spool_store::ObjectKind::Sound, sound.0)
            .await?)
    }

    /// Whether the viewer and `other` block each other (either way): then neither sees
    /// the other's content, comments or sounds. Used for accounts and comments, which
    /// have no video of their own to decide on.
    pub async fn blocked_with(
        &mut self,
        other_cell: &Cell,
        other: AccountId,
    ) -> ServiceResult<bool> {
        Ok(self.viewer_facts(other_cell, other).await?.relation == Relation::Blocked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kinds of video of the table: (name, facts).
    fn videos() -> Vec<(&'static str, VideoFacts)> {
        let public = VideoFacts {
            state: VideoState::Ready,
            visibility: Visibility::Public,
            owner_private: false,
            owner_age: OwnerAge::Adult,
            allow_duet: true,
            allow_stitch: true,
            duet_policy: Policy::Everyone,
            stitch_policy: Policy::Everyone,
            original_public: None,
            moderation: ModerationFacts::default(),
        };
        vec![
            ("public", public.clone()),
            (
                "followers",
                VideoFacts {
                    visibility: Visibility::Followers,
                    ..public.clone()
                },
            ),
            (
                "private",
                VideoFacts {
                    visibility: Visibility::Private,
                    ..public.clone()
                },
            ),
            (
                "private_account",
                VideoFacts {
                    owner_private: true,
                    ..public.clone()
                },
            ),
            (
                "teen_account",
                VideoFacts {
                    owner_age: OwnerAge::YoungTeen,
                    ..public.clone()
                },
            ),
            (
                "processing",
                VideoFacts {
                    state: VideoState::Processing,
                    ..public.clone()
                },
            ),
            (
                "remix_of_hidden",
                VideoFacts {
                    original_public: Some(false),
                    ..public.clone()
                },
            ),
        ]
    }

    fn viewers() -> Vec<(&'static str, ViewerFacts)> {
        let v = |relation, followed_by_owner, viewer_teen| ViewerFacts {
            relation,
            followed_by_owner,
            viewer_teen,
        };
        vec![
            ("anonymous", ViewerFacts::ANONYMOUS),
            ("stranger", v(Relation::Stranger, false, false)),
            ("follower", v(Relation::Follower, false, false)),
            ("friend", v(Relation::Follower, true, false)),
            ("blocked", v(Relation::Blocked, false, false)),
            ("owner", v(Relation::Owner, false, false)),
            ("teen", v(Relation::Stranger, false, true)),
        ]
    }

    /// One row: video, viewer, then view list search recommend duet stitch sound media
    /// (`-` none, `P` public, `S` signed). Every pair of the two lists above appears.
    const TABLE: &str = "
        public           anonymous  1 1 1 1 0 0 0 P
        public           stranger   1 1 1 1 1 1 1 P
        public           follower   1 1 1 1 1 1 1 P
        public           friend     1 1 1 1 1 1 1 P
        public           blocked    0 0 0 0 0 0 0 -
        public           owner      1 1 1 0 1 1 1 P
        public           teen       1 1 1 1 1 1 1 P
        followers        anonymous  0 0 0 0 0 0 0 -
        followers        stranger   0 0 0 0 0 0 0 -
        followers        follower   1 1 0 0 0 0 0 S
        followers        friend     1 1 0 0 0 0 0 S
        followers        blocked    0 0 0 0 0 0 0 -
        followers        owner      1 1 0 0 1 1 1 S
        followers        teen       0 0 0 0 0 0 0 -
        private          anonymous  0 0 0 0 0 0 0 -
        private          stranger   0 0 0 0 0 0 0 -
        private          follower   0 0 0 0 0 0 0 -
        private          friend     0 0 0 0 0 0 0 -
        private          blocked    0 0 0 0 0 0 0 -
        private          owner      1 1 0 0 1 1 1 S
        private          teen       0 0 0 0 0 0 0 -
        private_account  anonymous  0 0 0 0 0 0 0 -
        private_account  stranger   0 0 0 0 0 0 0 -
        private_account  follower   1 1 0 0 0 0 0 S
        private_account  friend     1 1 0 0 0 0 0 S
        private_account  blocked    0 0 0 0 0 0 0 -
        private_account  owner      1 1 0 0 1 1 1 S
        private_account  teen       0 0 0 0 0 0 0 -
        teen_account     anonymous  1 1 1 0 0 0 0 P
        teen_account     stranger   1 1 1 0 0 0 1 P
        teen_account     follower   1 1 1 1 0 0 1 P
        teen_account     friend     1 1 1 1 1 1 1 P
        teen_account     blocked    0 0 0 0 0 0 0 -
        teen_account     owner      1 1 1 0 1 1 1 P
        teen_account     teen       1 1 1 0 0 0 1 P
        processing       anonymous  0 0 0 0 0 0 0 -
        processing       stranger   0 0 0 0 0 0 0 -
        processing       follower   0 0 0 0 0 0 0 -
        processing       friend     0 0 0 0 0 0 0 -
        processing       blocked    0 0 0 0 0 0 0 -
        processing       owner      1 1 0 0 0 0 0 -
        processing       teen       0 0 0 0 0 0 0 -
        remix_of_hidden  anonymous  0 0 0 0 0 0 0 -
        remix_of_hidden  stranger   0 0 0 0 0 0 0 -
        remix_of_hidden  follower   0 0 0 0 0 0 0 -
        remix_of_hidden  friend     0 0 0 0 0 0 0 -
        remix_of_hidden  blocked    0 0 0 0 0 0 0 -
        remix_of_hidden  owner      1 1 0 0 1 1 1 S
        remix_of_hidden  teen       0 0 0 0 0 0 0 -
    ";

    #[test]
    fn the_rule_over_every_viewer_and_video_kind() {
        let videos: HashMap<_, _> = videos().into_iter().collect();
        let viewers: HashMap<_, _> = viewers().into_iter().collect();
        let mut seen = std::collections::HashSet::new();
        for line in TABLE.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(cols.len(), 10, "malformed row: {line}");
            let (video, viewer) = (cols[0], cols[1]);
            let flag = |i: usize| cols[i] == "1";
            let expected = Decision {
                view: flag(2),
                list: flag(3),
                search: flag(4),
                recommend: flag(5),
                duet: flag(6),
                stitch: flag(7),
                reuse_sound: flag(8),
                media: match cols[9] {
                    "P" => MediaAccess::Public,
                    "S" => MediaAccess::Signed,
                    _ => MediaAccess::None,
                },
                withheld: false,
            };
            let got = decide(&videos[video], &viewers[viewer]);
            assert_eq!(got, expected, "{video} × {viewer}");
            seen.insert((video, viewer));
        }
        assert_eq!(
            seen.len(),
            videos.len() * viewers.len(),
            "the table must cover every video kind × viewer kind"
        );
    }

    #[test]
    fn remix_settings_and_switches() {
        let base = videos().remove(0).1;
        let stranger = viewers()[1].1;
        let follower = viewers()[2].1;
        let off = VideoFacts {
            allow_duet: false,
            ..base.clone()
        };
        assert!(!decide(&off, &stranger).duet);
        assert!(decide(&off, &stranger).stitch);
        let followers_only = VideoFacts {
            duet_policy: Policy::Followers,
            stitch_policy: Policy::Nobody,
            ..base.clone()
        };
        assert!(!decide(&followers_only, &stranger).duet);
        assert!(decide(&followers_only, &follower).duet);
        assert!(!decide(&followers_only, &follower).stitch);
        // A teen creator's "nobody" wins over being followed back.
        let teen_nobody = VideoFacts {
            owner_age: OwnerAge::OlderTeen,
            duet_policy: Policy::Nobody,
            ..base
        };
        let friend = viewers()[3].1;
        assert!(!decide(&teen_nobody, &friend).duet);
        assert!(decide(&teen_nobody, &friend).stitch);
        // Older teens are recommended to everyone, younger ones to followers only.
        assert!(decide(&teen_nobody, &stranger).recommend);
    }

    #[test]
    fn moderation_only_takes_away() {
        let base = videos().remove(0).1;
        let all = viewers();
        let with = |m: ModerationFacts| VideoFacts {
            moderation: m,
            ..base.clone()
        };
        let removed = with(ModerationFacts {
            removed: true,
            ..ModerationFacts::default()
        });
        for (name, viewer) in &all {
            let d = decide(&removed, viewer);
            if *name == "owner" {
                assert!(d.view && d.list && d.media == MediaAccess::None && !d.duet && !d.search);
            } else {
                assert_eq!(d, Decision::NOTHING, "removed × {name}");
            }
        }
        let withheld = with(ModerationFacts {
            withheld_here: true,
            withheld_anywhere: true,
            ..ModerationFacts::default()
        });
        assert!(decide(&withheld, &all[1].1).withheld);
        assert!(!decide(&withheld, &all[1].1).view);
        let elsewhere = with(ModerationFacts {
            withheld_anywhere: true,
            ..ModerationFacts::default()
        });
        let d = decide(&elsewhere, &all[1].1);
        assert!(d.view && !d.search && !d.recommend && d.media == MediaAccess::Signed);
        let age = with(ModerationFacts {
            age_restricted: true,
            ..ModerationFacts::default()
        });
        assert_eq!(decide(&age, &ViewerFacts::ANONYMOUS), Decision::NOTHING);
        assert_eq!(decide(&age, &all[6].1), Decision::NOTHING, "teen");
        let d = decide(&age, &all[1].1);
        assert!(
            d.view && !d.recommend && !d.duet && !d.reuse_sound && d.media == MediaAccess::Signed
        );
        let reduced = with(ModerationFacts {
            reduced: true,
            ..ModerationFacts::default()
        });
        let d = decide(&reduced, &all[1].1);
        assert!(d.view && d.search && !d.recommend && d.media == MediaAccess::Public);
        // Nothing a moderation fact does makes a private video visible.
        let private = VideoFacts {
            visibility: Visibility::Private,
            ..reduced
        };
        assert_eq!(decide(&private, &all[1].1), Decision::NOTHING);
        // Where the viewer is.
        let w = Restrictions {
            withheld: Some(Withheld {
                regions: vec!["eu".into()],
                countries: vec!["DE".into()],
                reference: "order 1".into(),
            }),
            ..Restrictions::default()
        };
        let none = Restrictions::default();
        assert!(ModerationFacts::of(&w, &none, Some("eu"), None, 0).withheld_here);
        assert!(
            ModerationFacts::of(&w, &none, Some("us"), None, 0).withheld_here,
            "country unknown"
        );
        assert!(!ModerationFacts::of(&w, &none, Some("us"), Some("FR"), 0).withheld_here);
        assert!(ModerationFacts::of(&w, &none, Some("us"), Some("de"), 0).withheld_here);
        assert!(
            ModerationFacts::of(&none, &w, None, Some("FR"), 0).withheld_here,
            "anonymous region"
        );
        let suspended = Restrictions {
            suspended_until: Some(10),
            ..Restrictions::default()
        };
        assert!(ModerationFacts::of(&none, &suspended, None, None, 5).reduced);
        assert!(!ModerationFacts::of(&none, &suspended, None, None, 10).reduced);
    }
}
