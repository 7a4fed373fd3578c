//! Privacy and feed settings, with the rules that apply to teens: a teen account starts
//! private, with comments, duets and stitches limited to followers, and cannot open any
//! of them to everyone. (Going public does not lift the teen rules: the distribution rule
//! still lets only accounts the teen follows remix or comment.)

use spool_core::Policy;
use spool_store::{Cell, FeedSettings, Settings, SettingsUpdate};

use super::accounts::home;
use super::{Actor, ServiceError, ServiceResult};
use crate::error::ErrorCode;
use crate::state::AppState;

/// What a teen account starts with.
pub const TEEN_DEFAULTS: SettingsUpdate = SettingsUpdate {
    is_private: Some(true),
    comment_policy: Some(Policy::Followers),
    duet_policy: Some(Policy::Followers),
    stitch_policy: Some(Policy::Followers),
    liked_public: None,
};

/// The actor's settings, feed settings and whether the account is a teen's.
pub struct View {
    pub settings: Settings,
    pub feed: FeedSettings,
    pub teen: bool,
}

async fn is_teen(state: &AppState, cell: &Cell, actor: &Actor) -> ServiceResult<bool> {
    Ok(cell
        .personal(actor.id)
        .await?
        .is_some_and(|p| p.birth_date.age_on(state.today()).is_teen()))
}

pub async fn get(state: &AppState, actor: &Actor) -> ServiceResult<View> {
    let me = home(state, actor)?;
    let settings = me
        .settings(actor.id)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    let feed = me
        .feed_settings(actor.id)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    Ok(View {
        settings,
        feed,
        teen: is_teen(state, me, actor).await?,
    })
}

/// A change of settings, parsed.
pub struct Change {
    pub privacy: SettingsUpdate,
    pub personalized: Option<bool>,
    pub keyword_filters: Option<Vec<String>>,
}

pub async fn update(state: &AppState, actor: &Actor, change: Change) -> ServiceResult<View> {
    let me = home(state, actor)?;
    let update = &change.privacy;
    if is_teen(state, me, actor).await? {
        let opens = [
            update.comment_policy,
            update.duet_policy,
            update.stitch_policy,
        ]
        .contains(&Some(Policy::Everyone));
        if opens {
            return Err(ServiceError::refused(
                ErrorCode::InvalidField("invalid_setting"),
                "teen accounts cannot open comments, duets or stitches to everyone",
            ));
        }
    }
    me.update_settings(actor.id, update).await?;
    me.set_feed_settings(
        actor.id,
        change.personalized,
        change.keyword_filters.as_deref(),
    )
    .await?;
    if update.is_private.is_some() {
        // Going private takes the account's videos out of search and For You; going
        // public brings them back.
        super::catalog::account_videos_changed(state, me, actor.id).await;
    }
    get(state, actor).await
}
