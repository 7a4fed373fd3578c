//! Privacy and feed settings.

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};
use spool_core::Policy;
use spool_store::SettingsUpdate;
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::services::settings::{self, Change};
use crate::services::Actor;
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct SettingsView {
    is_private: bool,
    /// `everyone`, `followers` or `nobody`.
    who_can_comment: String,
    who_can_duet: String,
    who_can_stitch: String,
    /// Whether others may see the videos you liked.
    liked_videos_public: bool,
    is_teen: bool,
    /// The For-You feed's default mode: `personalized` or `non_personalized`.
    feed_mode: String,
    /// Words (or `#tags`) whose videos are kept out of your feeds.
    keyword_filters: Vec<String>,
}

impl From<settings::View> for SettingsView {
    fn from(v: settings::View) -> Self {
        let s = v.settings;
        Self {
            is_private: s.is_private,
            who_can_comment: s.comment_policy.as_str().into(),
            who_can_duet: s.duet_policy.as_str().into(),
            who_can_stitch: s.stitch_policy.as_str().into(),
            liked_videos_public: s.liked_public,
            is_teen: v.teen,
            feed_mode: if v.feed.personalized {
                "personalized"
            } else {
                "non_personalized"
            }
            .into(),
            keyword_filters: v.feed.keyword_filters,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsRequest {
    is_private: Option<bool>,
    who_can_comment: Option<String>,
    who_can_duet: Option<String>,
    who_can_stitch: Option<String>,
    liked_videos_public: Option<bool>,
    feed_mode: Option<String>,
    /// Up to 50 words of at most 50 characters each.
    keyword_filters: Option<Vec<String>>,
}

/// Normalizes keyword filters: NFKC, lowercased, trimmed, deduplicated.
fn parse_keywords(words: Vec<String>) -> ApiResult<Vec<String>> {
    use unicode_normalization::UnicodeNormalization as _;
    let bad = |m: &str| {
        ApiError::new(ErrorCode::InvalidField("invalid_setting"), m).field("keyword_filters")
    };
    if words.len() > 50 {
        return Err(bad("at most 50 keyword filters"));
    }
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let w: String = w.nfkc().collect::<String>().trim().to_lowercase();
        if w.is_empty() || w.chars().count() > 50 || w.chars().any(char::is_control) {
            return Err(bad("each keyword filter is 1 to 50 characters"));
        }
        if !out.contains(&w) {
            out.push(w);
        }
    }
    Ok(out)
}

fn policy(field: &'static str, raw: Option<&str>) -> ApiResult<Option<Policy>> {
    Ok(raw.map(|p| Policy::parse(field, p)).transpose()?)
}

/// Own privacy settings.
#[utoipa::path(get, path = "/api/v1/me/settings", tag = "me", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = SettingsView), (status = 401, body = ErrorBody)))]
pub async fn get_settings(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<SettingsView>> {
    Ok(Json(
        settings::get(&state, &Actor::from(&user)).await?.into(),
    ))
}

/// Change privacy settings. Teens cannot open duets or stitches to everyone.
#[utoipa::path(patch, path = "/api/v1/me/settings", tag = "me", security(("bearer" = []), ("cookie" = [])),
    request_body = SettingsRequest,
    responses((status = 200, body = SettingsView), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_settings(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<SettingsRequest>,
) -> ApiResult<Json<SettingsView>> {
    let privacy = SettingsUpdate {
        is_private: form.is_private,
        comment_policy: policy("who_can_comment", form.who_can_comment.as_deref())?,
        duet_policy: policy("who_can_duet", form.who_can_duet.as_deref())?,
        stitch_policy: policy("who_can_stitch", form.who_can_stitch.as_deref())?,
        liked_public: form.liked_videos_public,
    };
    let personalized = match form.feed_mode.as_deref() {
        None => None,
        Some("personalized") => Some(true),
        Some("non_personalized") => Some(false),
        Some(_) => {
            return Err(ApiError::new(
                ErrorCode::InvalidField("invalid_setting"),
                "feed_mode is personalized or non_personalized",
            )
            .field("feed_mode"))
        }
    };
    let change = Change {
        privacy,
        personalized,
        keyword_filters: form.keyword_filters.map(parse_keywords).transpose()?,
    };
    let view = settings::update(&state, &Actor::from(&user), change).await?;
    Ok(Json(view.into()))
}
