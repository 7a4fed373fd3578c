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
use spool_search::{Doc, Kind};
use spool_store::{ObjectKind, VideoRecord};
use utoipa::ToSchema;

use super::accounts::PublicProfile;
use super::social::{account_by_id, blocked_by, may_view};
use super::videos::{video_view, VideoView};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::state::AppState;

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
    let viewer_id = viewer.map(|v| v.account_id);
    let video_count = hashtag_count(&state, &tag).await?;
    let mut videos: Vec<(spool_core::RegionCode, VideoRecord)> = Vec::new();
    for region in state.store().regions() {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        for v in cell.hashtag_videos(&tag, None, 50).await? {
            videos.push((region.clone(), v));
        }
    }
    videos.sort_by_key(|v| std::cmp::Reverse(v.1.created_at));
    let items = views(&state, videos, viewer_id, 50).await?;
    Ok(Json(HashtagPage {
        tag,
        video_count,
        items,
    }))
}

async fn views(
    state: &AppState,
    videos: Vec<(spool_core::RegionCode, VideoRecord)>,
    viewer: Option<AccountId>,
    limit: usize,
) -> ApiResult<Vec<VideoView>> {
    let mut items = Vec::new();
    for (region, video) in videos {
        if items.len() == limit {
            break;
        }
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        if may_view(cell, &video, viewer).await?
            && !viewer_blocks(state, viewer, video.account_id).await?
        {
            items.push(video_view(state, &region, cell, video, viewer).await?);
        }
    }
    Ok(items)
}

/// Public videos with this hashtag, in every region.
async fn hashtag_count(state: &AppState, tag: &str) -> ApiResult<i64> {
    let mut count = 0;
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            count += cell.hashtag_count(tag).await?;
        }
    }
    Ok(count)
}

/// Whether the viewer blocks `owner`.
async fn viewer_blocks(
    state: &AppState,
    viewer: Option<AccountId>,
    owner: AccountId,
) -> ApiResult<bool> {
    let Some(v) = viewer else { return Ok(false) };
    match account_by_id(state, v).await? {
        Some(loc) => Ok(loc.cell.blocks(v, owner).await?),
        None => Ok(false),
    }
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
    let not_found = || ApiError::not_found("sound");
    let id = SoundId::parse(&id).map_err(|_| not_found())?;
    let region = state
        .store()
        .directory()
        .locate(ObjectKind::Sound, id.0)
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&region).ok_or_else(not_found)?;
    let sound = cell.sound(id).await?.ok_or_else(not_found)?;
    if !cell.video_is_public(sound.video_id).await? {
        return Err(not_found());
    }
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
    let mut videos = Vec::new();
    for r in state.store().regions() {
        let Some(c) = state.store().cell(r) else {
            continue;
        };
        for v in c.sound_videos(id, popular, 50).await? {
            videos.push((r.clone(), v));
        }
    }
    if popular {
        videos.sort_by(|a, b| {
            b.1.like_count
                .cmp(&a.1.like_count)
                .then(b.1.created_at.cmp(&a.1.created_at))
        });
    } else {
        videos.sort_by_key(|v| std::cmp::Reverse(v.1.created_at));
    }
    let items = views(&state, videos, viewer.map(|v| v.account_id), 50).await?;
    Ok(Json(SoundPage {
        id,
        title: sound.title,
        duration_ms: sound.duration_ms,
        url: format!("/media/sounds/{region}/{id}.m4a"),
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
    let viewer_id = viewer.map(|v| v.account_id);
    let exclude = excluded_owners(&state, viewer_id).await?;
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
        resolve(&state, viewer_id, hit, &mut results).await?;
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
    let Some(loc) = account_by_id(state, v).await? else {
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

/// Checks one index hit against the store and adds it to the results if it may be shown.
async fn resolve(
    state: &AppState,
    viewer: Option<AccountId>,
    hit: spool_search::Hit,
    out: &mut SearchResults,
) -> ApiResult<()> {
    match hit.kind {
        Kind::Account => {
            let Ok(uuid) = uuid::Uuid::parse_str(&hit.id) else {
                return Ok(());
            };
            let id = AccountId(uuid);
            if let Some(loc) = account_by_id(state, id).await? {
                if !blocked_by(loc.cell, id, viewer).await? {
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
            let Some(region) = state
                .store()
                .directory()
                .locate(ObjectKind::Video, id.0)
                .await?
            else {
                return Ok(());
            };
            let Some(cell) = state.store().cell(&region) else {
                return Ok(());
            };
            let Some(video) = cell.video(id).await? else {
                return Ok(());
            };
            // Only public content is searchable, even for its own creator.
            if video.visibility == spool_core::Visibility::Public
                && may_view(cell, &video, None).await?
                && may_view(cell, &video, viewer).await?
            {
                out.videos
                    .push(video_view(state, &region, cell, video, viewer).await?);
            }
        }
        Kind::Hashtag => {
            let video_count = hashtag_count(state, &hit.id).await?;
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
            let Some(region) = state
                .store()
                .directory()
                .locate(ObjectKind::Sound, id.0)
                .await?
            else {
                return Ok(());
            };
            let Some(cell) = state.store().cell(&region) else {
                return Ok(());
            };
            if let Some(sound) = cell.sound(id).await? {
                if cell.video_is_public(sound.video_id).await? {
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
    let viewer_id = viewer.map(|v| v.account_id);
    let exclude = excluded_owners(&state, viewer_id).await?;
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
        resolve(&state, viewer_id, hit, &mut found).await?;
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

// --- indexing ----------------------------------------------------------------------------------

/// Puts an account in the search index (or refreshes it).
pub(crate) async fn index_account(state: &AppState, id: AccountId) {
    let result = async {
        let Some(loc) = account_by_id(state, id).await? else {
            return Ok::<_, ApiError>(());
        };
        let Some(a) = loc.cell.account(id).await? else {
            return Ok(());
        };
        state
            .search()
            .upsert(Doc {
                kind: Kind::Account,
                id: id.to_string(),
                title: a.handle.to_string(),
                body: format!("{} {}", a.display_name.as_str(), a.bio.as_str()),
                tags: Vec::new(),
                owner: Some(id.to_string()),
                popularity: a.follower_count as f64,
                created_at: a.created_at.timestamp_millis(),
            })
            .map_err(ApiError::internal)?;
        Ok(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = e.message, "cannot index an account");
    }
}

/// Puts a public video (and its hashtags and sound) in the index, or takes it out when
/// it is not public any more.
pub(crate) async fn index_video(state: &AppState, cell: &spool_store::Cell, id: VideoId) {
    crate::feed::sync_video(state, cell, id).await;
    let result = async {
        let index = state.search();
        let Some(video) = cell.video(id).await? else {
            index
                .remove(Kind::Video, &id.to_string())
                .map_err(ApiError::internal)?;
            return Ok::<_, ApiError>(());
        };
        let account = cell.account(video.account_id).await?;
        let public = video.visibility == spool_core::Visibility::Public
            && video.state == spool_store::VideoState::Ready
            && account.as_ref().is_some_and(|a| !a.is_private);
        if !public {
            index
                .remove(Kind::Video, &id.to_string())
                .map_err(ApiError::internal)?;
            return Ok(());
        }
        let account = account.ok_or_else(|| ApiError::not_found("account"))?;
        let (tags, _) = spool_core::tags_and_mentions(video.caption.as_str());
        index
            .upsert(Doc {
                kind: Kind::Video,
                id: id.to_string(),
                title: video.caption.as_str().to_owned(),
                body: format!("{} {}", account.handle, account.display_name.as_str()),
                tags: tags.clone(),
                owner: Some(video.account_id.to_string()),
                popularity: video.like_count as f64,
                created_at: video.created_at.timestamp_millis(),
            })
            .map_err(ApiError::internal)?;
        for tag in tags {
            let uses = hashtag_count(state, &tag).await?;
            index
                .upsert(Doc {
                    kind: Kind::Hashtag,
                    id: tag.clone(),
                    title: tag,
                    body: String::new(),
                    tags: Vec::new(),
                    owner: None,
                    popularity: uses as f64,
                    created_at: video.created_at.timestamp_millis(),
                })
                .map_err(ApiError::internal)?;
        }
        if let Some(sound_id) = video.sound_id.filter(|_| !video.reuses_sound) {
            if let Some(sound) = cell.sound(sound_id).await? {
                index
                    .upsert(Doc {
                        kind: Kind::Sound,
                        id: sound_id.to_string(),
                        title: sound.title,
                        body: String::new(),
                        tags: Vec::new(),
                        owner: Some(video.account_id.to_string()),
                        popularity: 0.0,
                        created_at: sound.created_at.timestamp_millis(),
                    })
                    .map_err(ApiError::internal)?;
            }
        }
        Ok(())
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = e.message, "cannot index a video");
    }
}

/// Rebuilds the whole index from the store (at start, when the index is new).
pub async fn reindex_all(state: &AppState) -> anyhow::Result<()> {
    let mut n = 0;
    for region in state.store().regions().cloned().collect::<Vec<_>>() {
        let Some(cell) = state.store().cell(&region).cloned() else {
            continue;
        };
        for id in cell.all_account_ids().await? {
            index_account(state, id).await;
            n += 1;
        }
        for video in cell.all_public_videos().await? {
            index_video(state, &cell, video.id).await;
            n += 1;
        }
    }
    state.search().commit()?;
    tracing::info!(documents = n, "search index rebuilt");
    Ok(())
}
