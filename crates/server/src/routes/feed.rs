//! The For-You and Following feeds, feed events, and the published algorithm.

use std::collections::{BTreeMap, HashSet};

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::{Deserialize, Serialize};
use spool_core::{AccountId, RegionCode, VideoId};
use spool_feed::{EventKind, Mode};
use utoipa::{IntoParams, ToSchema};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::services::policy::Audience;
use crate::services::Actor;
use crate::state::AppState;
use crate::views::{video_view, RemotePostView, VideoView};

/// Most events in one report.
const MAX_EVENTS_PER_BATCH: usize = 100;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ForYouQuery {
    /// `personalized` (default: the viewer's setting) or `non_personalized`.
    mode: Option<String>,
    /// Items per page, 1–50 (default 20).
    limit: Option<usize>,
    /// From the previous page.
    cursor: Option<String>,
    /// For viewers without an account: the region to take trending videos from
    /// (default: the first configured region).
    region: Option<String>,
    /// With `federation.remote_in_for_you`: the `remote_before` of the previous page.
    remote_before: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ReasonView {
    /// Stable code to localize by: `follows_creator`, `topic`, `similar_to_liked`,
    /// `taste_match`, `trending_region`, `trending_language`, `new_video_test_audience`,
    /// `fresh`, `seen_before`; `remote_instance` for a clip from another instance.
    code: String,
    /// The reason in English.
    text: String,
    /// Values the text names (`handle`, `hashtag`, `region`, `language`).
    args: BTreeMap<String, String>,
}

#[derive(Serialize, ToSchema)]
pub struct FeedItem {
    video: VideoView,
    /// Why this video was shown; never empty.
    reasons: Vec<ReasonView>,
}

#[derive(Serialize, ToSchema)]
pub struct FeedPage {
    items: Vec<FeedItem>,
    /// Pass as `cursor` for the next page; absent at the end.
    cursor: Option<String>,
    /// The mode this page was made in.
    mode: String,
    /// Clips from other instances to show among the items, where the instance mixes them
    /// in (`federation.remote_in_for_you`): each with its place (after that many items)
    /// and why it is shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    remote: Vec<RemoteFeedItem>,
    /// Pass as `remote_before` with the next page; absent when no more remote clips.
    #[serde(skip_serializing_if = "Option::is_none")]
    remote_before: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct RemoteFeedItem {
    /// Shown after this many of the page's items.
    after: usize,
    post: RemotePostView,
    reasons: Vec<ReasonView>,
}

fn parse_mode(raw: Option<&str>) -> ApiResult<Option<Mode>> {
    match raw {
        None => Ok(None),
        Some("personalized") => Ok(Some(Mode::Personalized)),
        Some("non_personalized") => Ok(Some(Mode::NonPersonalized)),
        Some(_) => Err(ApiError::new(
            ErrorCode::InvalidField("invalid_mode"),
            "mode is personalized or non_personalized",
        )
        .field("mode")),
    }
}

/// What the feed needs to know about the viewer, read from the viewer's home cell (and,
/// for "who blocks me", from every cell).
async fn viewer_context(
    state: &AppState,
    user: Option<&CurrentUser>,
    region_param: Option<&str>,
    headers: &HeaderMap,
) -> ApiResult<(spool_feed::Viewer, bool)> {
    let language = crate::feed::language_from_header(
        headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let Some(user) = user else {
        let region = match region_param {
            Some(r) => {
                let code = RegionCode::parse(r).map_err(|_| {
                    ApiError::new(ErrorCode::UnknownRegion, "no such region").field("region")
                })?;
                if state.store().cell(&code).is_none() {
                    return Err(
                        ApiError::new(ErrorCode::UnknownRegion, "no such region").field("region")
                    );
                }
                code.to_string()
            }
            None => state
                .store()
                .regions()
                .next()
                .map(|r| r.to_string())
                .unwrap_or_default(),
        };
        return Ok((
            spool_feed::Viewer {
                region,
                language,
                ..Default::default()
            },
            false,
        ));
    };
    let home = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let settings =
        home.feed_settings(user.account_id)
            .await?
            .unwrap_or(spool_store::FeedSettings {
                personalized: true,
                keyword_filters: Vec::new(),
            });
    let follows: HashSet<u128> = home
        .following(user.account_id, 5000)
        .await?
        .into_iter()
        .map(|e| e.account_id.0.as_u128())
        .collect();
    let mut hidden: HashSet<u128> = HashSet::new();
    for id in home.blocked_ids(user.account_id).await? {
        hidden.insert(id.0.as_u128());
    }
    for id in home.muted_ids(user.account_id).await? {
        hidden.insert(id.0.as_u128());
    }
    for region in state.store().regions() {
        if let Some(cell) = state.store().cell(region) {
            for id in cell.blockers_of(user.account_id).await? {
                hidden.insert(id.0.as_u128());
            }
        }
    }
    Ok((
        spool_feed::Viewer {
            id: Some(user.account_id.0.as_u128()),
            region: user.region.to_string(),
            language,
            follows,
            hidden_creators: hidden,
            keyword_filters: settings.keyword_filters,
        },
        settings.personalized,
    ))
}

fn reason_view(r: spool_feed::Reason) -> ReasonView {
    ReasonView {
        code: r.code.to_owned(),
        text: r.text,
        args: r.args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    }
}

/// The For-You feed. Every item says why it was chosen. `mode=non_personalized` uses
/// nothing about the viewer: the same trending and fresh videos for everyone in the
/// region and language. Anonymous viewers always get that mode.
#[utoipa::path(get, path = "/api/v1/feed/for-you", tag = "feed", security((), ("bearer" = []), ("cookie" = [])),
    params(ForYouQuery),
    responses((status = 200, body = FeedPage), (status = 422, body = ErrorBody)))]
pub async fn for_you(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    headers: HeaderMap,
    Query(q): Query<ForYouQuery>,
) -> ApiResult<Json<FeedPage>> {
    let requested = parse_mode(q.mode.as_deref())?;
    let (viewer, personalized_default) =
        viewer_context(&state, user.as_ref(), q.region.as_deref(), &headers).await?;
    let mode = match (requested, user.is_some()) {
        (_, false) => Mode::NonPersonalized,
        (Some(m), true) => m,
        (None, true) if personalized_default => Mode::Personalized,
        (None, true) => Mode::NonPersonalized,
    };
    let limit = q.limit.unwrap_or(20).clamp(1, 50);
    let feed = state.clone();
    let cursor = q.cursor.clone();
    let page = tokio::task::spawn_blocking(move || {
        feed.feed().page(
            &viewer,
            mode,
            limit,
            cursor.as_deref(),
            crate::feed::now_secs(),
        )
    })
    .await
    .map_err(ApiError::internal)?;
    let mut audience = Audience::new(&state, user.as_ref().map(Actor::from));
    let proposals: Vec<u128> = page.items.iter().map(|i| i.video).collect();
    let shown = crate::views::recommended(&mut audience, &proposals).await?;
    let mut reasons: Vec<Option<Vec<spool_feed::Reason>>> =
        page.items.into_iter().map(|i| Some(i.reasons)).collect();
    let items: Vec<FeedItem> = shown
        .into_iter()
        .map(|(index, video)| FeedItem {
            video,
            reasons: reasons[index]
                .take()
                .unwrap_or_default()
                .into_iter()
                .map(reason_view)
                .collect(),
        })
        .collect();
    let count = items.len();
    let (remote_clips, remote_before) = crate::federation::remote_for_you(
        &state,
        audience.viewer(),
        q.remote_before,
        // At least one, so that an instance with few clips of its own shows some.
        count.div_ceil(REMOTE_EVERY).max(1),
    )
    .await?;
    let remote = remote_clips
        .into_iter()
        .enumerate()
        .map(|(i, c)| RemoteFeedItem {
            after: ((i + 1) * REMOTE_EVERY - 1).min(count),
            post: RemotePostView::from(c.post),
            reasons: vec![ReasonView {
                code: "remote_instance".into(),
                text: format!(
                    "From {}, an instance people here follow accounts on",
                    c.host
                ),
                args: BTreeMap::from([("host".to_owned(), c.host)]),
            }],
        })
        .collect();
    Ok(Json(FeedPage {
        items,
        cursor: page.cursor,
        mode: match mode {
            Mode::Personalized => "personalized".into(),
            Mode::NonPersonalized => "non_personalized".into(),
        },
        remote,
        remote_before,
    }))
}

/// One clip from another instance for every this many of a For-You page's items.
const REMOTE_EVERY: usize = 5;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FollowingQuery {
    limit: Option<usize>,
    cursor: Option<String>,
}

/// Videos of the accounts you follow, newest first (including followers-only videos).
#[utoipa::path(get, path = "/api/v1/feed/following", tag = "feed", security(("bearer" = []), ("cookie" = [])),
    params(FollowingQuery),
    responses((status = 200, body = FeedPage), (status = 401, body = ErrorBody)))]
pub async fn following_feed(
    State(state): State<AppState>,
    user: CurrentUser,
    headers: HeaderMap,
    Query(q): Query<FollowingQuery>,
) -> ApiResult<Json<FeedPage>> {
    let limit = q.limit.unwrap_or(20).clamp(1, 50);
    let before = match q.cursor.as_deref() {
        None => i64::MAX,
        Some(c) => c.parse::<i64>().map_err(|_| {
            ApiError::new(
                ErrorCode::InvalidField("invalid_cursor"),
                "not a cursor of this feed",
            )
            .field("cursor")
        })?,
    };
    let (viewer, _) = viewer_context(&state, Some(&user), None, &headers).await?;
    let home = state
        .store()
        .cell(&user.region)
        .ok_or_else(ApiError::unauthenticated)?;
    let edges = home.following(user.account_id, 5000).await?;
    let mut by_region: BTreeMap<RegionCode, Vec<AccountId>> = BTreeMap::new();
    for e in edges {
        if !viewer.hidden_creators.contains(&e.account_id.0.as_u128()) {
            by_region.entry(e.region).or_default().push(e.account_id);
        }
    }
    let mut found = Vec::new();
    for (region, owners) in &by_region {
        let Some(cell) = state.store().cell(region) else {
            continue;
        };
        for chunk in owners.chunks(500) {
            for v in cell
                .followed_videos(chunk, before, u32::try_from(limit).unwrap_or(50))
                .await?
            {
                found.push((region.clone(), v));
            }
        }
    }
    found.sort_by_key(|(_, v)| std::cmp::Reverse((v.created_at, v.id.0)));
    found.truncate(limit);
    let cursor = (found.len() == limit)
        .then(|| {
            found
                .last()
                .map(|(_, v)| v.created_at.timestamp_millis().to_string())
        })
        .flatten();
    let mut audience = Audience::new(&state, Some(Actor::from(&user)));
    let mut items = Vec::new();
    for (region, record) in found {
        let Some(cell) = state.store().cell(&region) else {
            continue;
        };
        if !audience.decide(cell, &record).await?.list {
            continue;
        }
        let handle = cell
            .account(record.account_id)
            .await?
            .map(|a| a.handle.to_string())
            .unwrap_or_default();
        let video = video_view(&mut audience, &region, cell, record).await?;
        items.push(FeedItem {
            video,
            reasons: vec![ReasonView {
                code: "follows_creator".into(),
                text: format!("You follow @{handle}"),
                args: BTreeMap::from([("handle".to_owned(), handle)]),
            }],
        });
    }
    Ok(Json(FeedPage {
        items,
        cursor,
        mode: "following".into(),
        remote: Vec::new(),
        remote_before: None,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventIn {
    video_id: String,
    /// `impression`, `view`, `skip`, `replay`, `not_interested` (`like`, `comment`,
    /// `share` and follows are recorded by their own routes).
    kind: String,
    /// Milliseconds watched (for `view` and `skip`).
    #[serde(default)]
    watched_ms: u64,
    /// The clip's length as the player saw it (informative; the server uses its own).
    #[serde(default)]
    video_ms: Option<u64>,
    /// Times the clip looped during this view.
    #[serde(default)]
    replays: u32,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventsRequest {
    /// At most 100.
    events: Vec<EventIn>,
}

#[derive(Serialize, ToSchema)]
pub struct EventRejection {
    /// Position in the request.
    index: usize,
    /// `invalid_id`, `invalid_kind`, `unknown_video` or `rate_limited`.
    code: String,
    message: String,
}

#[derive(Serialize, ToSchema)]
pub struct EventCap {
    index: usize,
    /// The watch time that was recorded instead of the reported one.
    watched_ms: u32,
}

#[derive(Serialize, ToSchema)]
pub struct EventsAnswer {
    accepted: usize,
    rejected: Vec<EventRejection>,
    /// Watch times longer than possible (the clip's length × plays), cut down.
    capped: Vec<EventCap>,
}

/// Report what the viewer watched. Stored in the viewer's home region (its watch
/// history) and applied to the model at once: the next page already reflects it.
#[utoipa::path(post, path = "/api/v1/events", tag = "feed", security(("bearer" = []), ("cookie" = [])),
    request_body = EventsRequest,
    responses((status = 202, body = EventsAnswer), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Every event of the batch was over the account's allowance")))]
pub async fn events(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(body): ApiJson<EventsRequest>,
) -> ApiResult<(StatusCode, Json<EventsAnswer>)> {
    if body.events.len() > MAX_EVENTS_PER_BATCH {
        return Err(ApiError::new(
            ErrorCode::InvalidField("too_many_events"),
            format!("at most {MAX_EVENTS_PER_BATCH} events per request"),
        )
        .field("events"));
    }
    let mut rejected = Vec::new();
    let mut good: Vec<(usize, VideoId, EventKind)> = Vec::new();
    let mut limited = 0;
    for (index, e) in body.events.iter().enumerate() {
        let reject = |code: &str, message: &str| EventRejection {
            index,
            code: code.into(),
            message: message.into(),
        };
        let Ok(video) = VideoId::parse(&e.video_id) else {
            rejected.push(reject("invalid_id", "not a video id"));
            continue;
        };
        let watched = u32::try_from(e.watched_ms).unwrap_or(u32::MAX);
        let kind = match e.kind.as_str() {
            "impression" => EventKind::Impression,
            "view" => EventKind::View {
                watched_ms: watched,
                replays: e.replays.min(1000),
            },
            "skip" => EventKind::Skip {
                watched_ms: watched,
            },
            "replay" => EventKind::Replay,
            "not_interested" => EventKind::NotInterested,
            _ => {
                rejected.push(reject(
                    "invalid_kind",
                    "kind is impression, view, skip, replay or not_interested",
                ));
                continue;
            }
        };
        let _ = e.video_ms;
        if !state.feed().contains_video(video.0.as_u128()) {
            rejected.push(reject("unknown_video", "no such public video"));
            continue;
        }
        good.push((index, video, kind));
    }
    let granted = state
        .take_event_allowance(user.account_id, good.len())
        .await;
    for (index, _, _) in good.drain(granted.min(good.len())..) {
        limited += 1;
        rejected.push(EventRejection {
            index,
            code: "rate_limited".into(),
            message: "too many events from this account; slow down".into(),
        });
    }
    if good.is_empty() && limited > 0 {
        return Err(ApiError::rate_limited(60));
    }
    let batch: Vec<(VideoId, EventKind)> = good.iter().map(|(_, v, k)| (*v, *k)).collect();
    let results = if batch.is_empty() {
        Vec::new()
    } else {
        crate::feed::ingest(&state, user.account_id, &user.region, &batch).await?
    };
    let mut accepted = 0;
    let mut capped = Vec::new();
    for ((index, _, _), result) in good.iter().zip(results) {
        match result {
            Ok(r) => {
                accepted += 1;
                if let Some(ms) = r.capped_to_ms {
                    capped.push(EventCap {
                        index: *index,
                        watched_ms: ms,
                    });
                }
            }
            Err(_) => rejected.push(EventRejection {
                index: *index,
                code: "unknown_video".into(),
                message: "no such public video".into(),
            }),
        }
    }
    rejected.sort_by_key(|r| r.index);
    Ok((
        StatusCode::ACCEPTED,
        Json(EventsAnswer {
            accepted,
            rejected,
            capped,
        }),
    ))
}

/// The algorithm in plain words and numbers: its stages and current weights.
#[utoipa::path(get, path = "/api/v1/feed/algorithm", tag = "feed",
    responses((status = 200, body = Object)))]
pub async fn algorithm(State(state): State<AppState>) -> Json<serde_json::Value> {
    Json(state.feed().describe())
}

/// "Reset my recommendations": wipes what the feed learned about you (taste vector,
/// topics, "not interested" marks). Your watch history is kept (see the data export)
/// until its retention runs out.
#[utoipa::path(delete, path = "/api/v1/me/recommendations", tag = "feed", security(("bearer" = []), ("cookie" = [])),
    responses((status = 204), (status = 401, body = ErrorBody)))]
pub async fn reset(State(state): State<AppState>, user: CurrentUser) -> ApiResult<StatusCode> {
    crate::feed::reset(&state, user.account_id, &user.region).await?;
    Ok(StatusCode::NO_CONTENT)
}
