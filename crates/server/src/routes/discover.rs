//! Hashtag pages, sound pages and search.
//!
//! The search index (`spool-search`) holds only public content and proposes candidates;
//! every hit is checked against the store before it is shown (it exists, the viewer may
//! see it, nobody blocks anybody), so a removed, private or blocked item never shows up
//! even in the moment before the index catches up.

use axum::extract::{Path, Query, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use spool_core::{AccountId, SoundId, VideoId};
use spool_search::Kind;
use spool_store::{Cell, VideoRecord};
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::services::policy::Audience;
use crate::services::{accounts, videos, Actor};
use crate::state::AppState;
use crate::views::{video_view, PublicProfile, VideoView};

#[derive(Serialize, ToSchema)]
pub struct HashtagPage {
    /// Normalized, without '#'.
    tag: String,
    /// Public videos with this hashtag.
    video_count: i64,
    items: Vec<VideoView>,
}

/// A hashtag's page: its public videos from every region, newest first.
#[utoipa::path(get, path = "/api/v1/hashtags/{tag}", tag = "discover", security((), ("bearer" = []), ("cookie" = [])),
    params(("tag" = String, Path, description = "With or without '#'")),
    responses((status = 200, body = HashtagPage)))]
pub async fn hashtag_page(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(tag): Path<String>,
) -> ApiResult<Json<HashtagPage>> {
    let tag = spool_search::normalize(&tag);
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let (video_count, found) = videos::hashtag_videos(&mut audience, &tag).await?;
    let items = views(&mut audience, found).await?;
    Ok(Json(HashtagPage {
        tag,
        video_count,
        items,
    }))
}

async fn views(
    audience: &mut Audience<'_>,
    videos: Vec<(spool_core::RegionCode, &Cell, VideoRecord)>,
) -> ApiResult<Vec<VideoView>> {
    let mut items = Vec::with_capacity(videos.len());
    for (region, cell, video) in videos {
        items.push(video_view(audience, &region, cell, video).await?);
    }
    Ok(items)
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SoundQuery {
    /// `newest` (default) or `popular`.
    sort: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SoundPage {
    #[schema(value_type = String)]
    id: SoundId,
    title: String,
    duration_ms: i64,
    /// The audio file.
    url: String,
    /// The video the sound comes from.
    #[schema(value_type = String)]
    original_video: VideoId,
    items: Vec<VideoView>,
}

/// A sound's page: the public videos that use it, from every region, newest or most liked first.
#[utoipa::path(get, path = "/api/v1/sounds/{id}", tag = "discover", security((), ("bearer" = []), ("cookie" = [])),
    params(("id" = String, Path), SoundQuery),
    responses((status = 200, body = SoundPage), (status = 404, body = ErrorBody)))]
pub async fn sound_page(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Path(id): Path<String>,
    Query(q): Query<SoundQuery>,
) -> ApiResult<Json<SoundPage>> {
    let popular = match q.sort.as_deref() {
        None | Some("newest") => false,
        Some("popular") => true,
        Some(other) => {
            return Err(ApiError::new(
                ErrorCode::InvalidField("invalid_sort"),
                format!("sort is newest or popular, not {other:?}"),
            ))
        }
    };
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let page = videos::sound_page(&mut audience, &id, popular).await?;
    let items = views(&mut audience, page.videos).await?;
    let (region, sound) = (page.region, page.sound);
    Ok(Json(SoundPage {
        id: sound.id,
        title: sound.title,
        duration_ms: sound.duration_ms,
        url: format!("/media/sounds/{region}/{}.m4a", sound.id),
        original_video: sound.video_id,
        items,
    }))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// The words to look for; `#tag` and `@handle` work too.
    q: String,
    /// `accounts`, `videos` (default), `hashtags` or `sounds`.
    #[serde(rename = "type")]
    kind: Option<String>,
    limit: Option<usize>,
}

#[derive(Serialize, ToSchema)]
pub struct HashtagHit {
    tag: String,
    video_count: i64,
}

#[derive(Serialize, ToSchema)]
pub struct SoundHit {
    #[schema(value_type = String)]
    id: SoundId,
    title: String,
    duration_ms: i64,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResults {
    /// What was searched: `accounts`, `videos`, `hashtags` or `sounds`.
    #[serde(rename = "type")]
    kind: String,
    accounts: Vec<PublicProfile>,
    videos: Vec<VideoView>,
    hashtags: Vec<HashtagHit>,
    sounds: Vec<SoundHit>,
}

fn parse_kind(raw: Option<&str>) -> ApiResult<Kind> {
    match raw {
        None => Ok(Kind::Video),
        Some(k) => Kind::parse(k).ok_or_else(|| {
            ApiError::new(
                ErrorCode::InvalidField("invalid_type"),
                format!("type is accounts, videos, hashtags or sounds, not {k:?}"),
            )
        }),
    }
}

/// Search public accounts, videos (caption words, hashtags), hashtags and sounds.
/// Relevance is blended with popularity; works for languages written without spaces.
#[utoipa::path(get, path = "/api/v1/search", tag = "discover", security((), ("bearer" = []), ("cookie" = [])),
    params(SearchQuery), responses((status = 200, body = SearchResults), (status = 422, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Query(q): Query<SearchQuery>,
) -> ApiResult<Json<SearchResults>> {
    let kind = parse_kind(q.kind.as_deref())?;
    if q.q.chars().count() > 200 {
        return Err(ApiError::new(
            ErrorCode::InvalidField("invalid_query"),
            "a search is at most 200 characters",
        ));
    }
    let limit = q.limit.unwrap_or(20).clamp(1, 50);
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let exclude = excluded_owners(&state, audience.viewer_id()).await?;
    // Ask for more than needed: some candidates fall to the checks below.
    let hits = state
        .search()
        .search(kind, &q.q, &exclude, limit * 2, 0)
        .map_err(ApiError::internal)?;
    let mut results = SearchResults {
        kind: plural(kind).into(),
        accounts: Vec::new(),
        videos: Vec::new(),
        hashtags: Vec::new(),
        sounds: Vec::new(),
    };
    for hit in hits {
        if results.accounts.len()
            + results.videos.len()
            + results.hashtags.len()
            + results.sounds.len()
            == limit
        {
            break;
        }
        resolve(&mut audience, hit, &mut results).await?;
    }
    Ok(Json(results))
}

fn plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Account => "accounts",
        Kind::Video => "videos",
        Kind::Hashtag => "hashtags",
        Kind::Sound => "sounds",
    }
}

/// Everyone the viewer blocks (their content is left out of the viewer's results).
async fn excluded_owners(state: &AppState, viewer: Option<AccountId>) -> ApiResult<Vec<String>> {
    let Some(v) = viewer else {
        return Ok(Vec::new());
    };
    let Some(loc) = accounts::by_id(state, v).await? else {
        return Ok(Vec::new());
    };
    Ok(loc
        .cell
        .blocked_ids(v)
        .await?
        .into_iter()
        .map(|id| id.to_string())
        .collect())
}

/// Checks one index hit against the store and the distribution rule, and adds it to the
/// results if the viewer may find it.
async fn resolve(
    audience: &mut Audience<'_>,
    hit: spool_search::Hit,
    out: &mut SearchResults,
) -> ApiResult<()> {
    let state = audience.state();
    match hit.kind {
        Kind::Account => {
            let Ok(uuid) = uuid::Uuid::parse_str(&hit.id) else {
                return Ok(());
            };
            let id = AccountId(uuid);
            if let Some(loc) = accounts::by_id(state, id).await? {
                if !audience.blocked_with(loc.cell, id).await? {
                    if let Some(account) = loc.cell.account(id).await? {
                        out.accounts.push(account.into());
                    }
                }
            }
        }
        Kind::Video => {
            let Ok(id) = VideoId::parse(&hit.id) else {
                return Ok(());
            };
            let Some((region, cell)) = videos::locate(state, id).await? else {
                return Ok(());
            };
            let Some(video) = cell.video(id).await? else {
                return Ok(());
            };
            if audience.decide(cell, &video).await?.search {
                out.videos
                    .push(video_view(audience, &region, cell, video).await?);
            }
        }
        Kind::Hashtag => {
            let video_count = videos::hashtag_count(state, &hit.id).await?;
            if video_count > 0 {
                out.hashtags.push(HashtagHit {
                    tag: hit.id,
                    video_count,
                });
            }
        }
        Kind::Sound => {
            let Ok(id) = SoundId::parse(&hit.id) else {
                return Ok(());
            };
            if let Some((_, _, sound, decision)) = videos::sound_for(audience, id).await? {
                if decision.search {
                    out.sounds.push(SoundHit {
                        id,
                        title: sound.title,
                        duration_ms: sound.duration_ms,
                    });
                }
            }
        }
    }
    Ok(())
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestQuery {
    /// What has been typed so far.
    q: String,
    /// Limit to one type; all types by default.
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Suggestion {
    /// `account`, `video`, `hashtag` or `sound`.
    #[serde(rename = "type")]
    kind: String,
    /// What to show: `@handle`, `#tag`, a caption or a sound title.
    text: String,
    id: String,
}

#[derive(Serialize, ToSchema)]
pub struct Suggestions {
    items: Vec<Suggestion>,
}

/// Typeahead suggestions for what has been typed so far.
#[utoipa::path(get, path = "/api/v1/search/suggest", tag = "discover", security((), ("bearer" = []), ("cookie" = [])),
    params(SuggestQuery), responses((status = 200, body = Suggestions), (status = 422, body = ErrorBody)))]
pub async fn suggest(
    State(state): State<AppState>,
    viewer: Option<CurrentUser>,
    Query(q): Query<SuggestQuery>,
) -> ApiResult<Json<Suggestions>> {
    let kind = q.kind.as_deref().map(|k| parse_kind(Some(k))).transpose()?;
    let mut audience = Audience::new(&state, viewer.as_ref().map(Actor::from));
    let exclude = excluded_owners(&state, audience.viewer_id()).await?;
    let hits = state
        .search()
        .suggest(kind, &q.q, &exclude, 16)
        .map_err(ApiError::internal)?;
    let mut items = Vec::new();
    for hit in hits {
        if items.len() == 8 {
            break;
        }
        let mut found = SearchResults {
            kind: String::new(),
            accounts: Vec::new(),
            videos: Vec::new(),
            hashtags: Vec::new(),
            sounds: Vec::new(),
        };
        let (kind, id) = (hit.kind, hit.id.clone());
        resolve(&mut audience, hit, &mut found).await?;
        let text = match kind {
            Kind::Account => found.accounts.first().map(|a| format!("@{}", a.handle())),
            Kind::Video => found.videos.first().map(|v| v.caption().to_owned()),
            Kind::Hashtag => found.hashtags.first().map(|h| format!("#{}", h.tag)),
            Kind::Sound => found.sounds.first().map(|s| s.title.clone()),
        };
        if let Some(text) = text {
            items.push(Suggestion {
                kind: kind.as_str().into(),
                text,
                id,
            });
        }
    }
    Ok(Json(Suggestions { items }))
}
