//! The catalog hook: whatever changes a video or an account (publishing, a rendition
//! becoming ready, a caption, visibility or privacy change, a block, a deletion, a move)
//! calls here, and here the derived copies follow — the search index, the feed's
//! catalog and the media caches. Whether a video belongs in them is the distribution
//! rule's answer for an anonymous viewer (`search`), never a check of its own.
//!
//! Every hook applies the change to this process's copies (`apply_*`, when it answers
//! requests) and then tells the other nodes through the bus ([`crate::bus`]), whose
//! consumers call the same `apply_*` functions there: each node re-reads the object
//! from the store, so a change reaches every node's index, feed and caches.
//!
//! Everything here is a rebuildable cache of the store: a failure is logged, not
//! answered, and [`reindex_all`] rebuilds from the cells.

use spool_core::{AccountId, SoundId, VideoId};
use spool_feed::VideoMeta;
use spool_search::{Doc, Kind};
use spool_store::{Cell, VideoRecord};

use super::policy::{Audience, OwnerAge};
use super::ServiceResult;
use crate::bus::CatalogChange;
use crate::state::AppState;

/// A video was created, changed state or settings, or was deleted.
pub async fn video_changed(state: &AppState, cell: &Cell, id: VideoId) {
    if state.serves_api() {
        apply_video(state, cell, id).await;
    }
    crate::federation::video_changed(state, cell, id).await;
    state.bus().catalog(CatalogChange::Video {
        region: cell.region().to_string(),
        id: id.0,
    });
}

/// An account's profile changed (name, bio, counts).
pub async fn account_changed(state: &AppState, id: AccountId) {
    if state.serves_api() {
        apply_account(state, id).await;
    }
    crate::federation::account_changed(state, id).await;
    state.bus().catalog(CatalogChange::Account { id: id.0 });
}

/// Something that decides all of an account's videos changed (privacy, age rules, a
/// move to another region): the account and each of its videos follow.
pub async fn account_videos_changed(state: &AppState, cell: &Cell, id: AccountId) {
    if state.serves_api() {
        apply_account_videos(state, cell, id).await;
    }
    crate::federation::account_videos_changed(state, cell, id).await;
    state.bus().catalog(CatalogChange::AccountVideos {
        region: cell.region().to_string(),
        id: id.0,
    });
}

/// Videos and sounds left a cell's database: out of the directory, the index, the
/// feed and the media cache, and their files removed.
pub async fn media_removed(
    state: &AppState,
    cell: &Cell,
    videos: &[VideoId],
    sounds: &[SoundId],
) -> ServiceResult<()> {
    let directory = state.store().directory();
    forget_removed(state, cell, videos, sounds);
    for id in videos {
        directory.remove_object(id.0).await?;
        state.media().remove_video(cell, *id).await;
    }
    for id in sounds {
        directory.remove_object(id.0).await?;
        state.media().remove_sound(cell, *id).await;
    }
    state.bus().catalog(CatalogChange::MediaRemoved {
        region: cell.region().to_string(),
        videos: videos.iter().map(|v| v.0).collect(),
        sounds: sounds.iter().map(|s| s.0).collect(),
    });
    Ok(())
}

/// This process's copies of a video follow the store.
pub async fn apply_video(state: &AppState, cell: &Cell, id: VideoId) {
    if let Err(e) = sync_video(state, cell, id).await {
        tracing::warn!(video = %id, error = %e, "cannot update the catalog for a video");
    }
}

/// This process's copy of an account follows the store.
pub async fn apply_account(state: &AppState, id: AccountId) {
    if let Err(e) = sync_account(state, id).await {
        tracing::warn!(account = %id, error = %e, "cannot update the catalog for an account");
    }
}

/// This process's copies of an account and all of its videos follow the store.
pub async fn apply_account_videos(state: &AppState, cell: &Cell, id: AccountId) {
    apply_account(state, id).await;
    match cell
        .account_videos(id, spool_store::VideoScope::Own, None, 100_000)
        .await
    {
        Ok(videos) => {
            for v in videos {
                apply_video(state, cell, v.id).await;
            }
        }
        Err(e) => tracing::warn!(account = %id, error = %e, "cannot list an account's videos"),
    }
    state.public_media().forget_all();
}

/// Removed videos and sounds leave this process's index, feed and caches (their files
/// and directory entries are the removing node's business).
pub fn forget_removed(state: &AppState, cell: &Cell, videos: &[VideoId], sounds: &[SoundId]) {
    for id in videos {
        state.feed().remove_video(id.0.as_u128());
        state.public_media().forget(*id);
        let _ = state.search().remove(Kind::Video, &id.to_string());
        state
            .media_cache()
            .forget_under(cell.region(), &spool_blob::keys::video_dir(*id));
    }
    for id in sounds {
        let _ = state.search().remove(Kind::Sound, &id.to_string());
        state
            .media_cache()
            .forget_under(cell.region(), &spool_blob::keys::sound(*id));
    }
}

async fn sync_account(state: &AppState, id: AccountId) -> ServiceResult<()> {
    let Some(entry) = state.store().directory().lookup_id(id).await? else {
        let _ = state.search().remove(Kind::Account, &id.to_string());
        return Ok(());
    };
    let Some(cell) = state.store().cell(&entry.region) else {
        return Ok(());
    };
    let Some(a) = cell.account(id).await? else {
        let _ = state.search().remove(Kind::Account, &id.to_string());
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
        .map_err(super::ServiceError::unexpected)?;
    Ok(())
}

/// What the feed's catalog holds of a video the rule lets anyone find.
async fn feed_meta(
    audience: &mut Audience<'_>,
    cell: &Cell,
    video: &VideoRecord,
) -> ServiceResult<Option<VideoMeta>> {
    if !audience.decide(cell, video).await?.search {
        return Ok(None);
    }
    let Some(facts) = audience.video_facts(cell, video).await? else {
        return Ok(None);
    };
    let Some(account) = cell.account(video.account_id).await? else {
        return Ok(None);
    };
    let (tags, _) = spool_core::tags_and_mentions(video.caption.as_str());
    Ok(Some(VideoMeta {
        id: video.id.0.as_u128(),
        creator: video.account_id.0.as_u128(),
        creator_handle: account.handle.to_string(),
        region: cell.region().to_string(),
        sound: video.sound_id.map(|s| s.0.as_u128()),
        hashtags: tags,
        language: crate::feed::detect_language(video.caption.as_str()),
        caption: video.caption.as_str().to_lowercase(),
        created_at: video.created_at.timestamp(),
        duration_ms: u32::try_from(video.duration_ms.unwrap_or(0).max(0)).unwrap_or(u32::MAX),
        // A prefilter for the engine; the rule has the last word on every page.
        followers_only_feed: facts.owner_age == OwnerAge::YoungTeen,
    }))
}

/// The feed's catalog entry for a video, if it belongs there (for the feed's start-up
/// load, which reads many videos at once).
pub async fn catalog_entry(
    state: &AppState,
    cell: &Cell,
    video: &VideoRecord,
) -> ServiceResult<Option<VideoMeta>> {
    feed_meta(&mut Audience::anonymous(state), cell, video).await
}

async fn sync_video(state: &AppState, cell: &Cell, id: VideoId) -> ServiceResult<()> {
    state.public_media().forget(id);
    let index = state.search();
    let withdraw = || -> ServiceResult<()> {
        state.feed().remove_video(id.0.as_u128());
        index
            .remove(Kind::Video, &id.to_string())
            .map_err(super::ServiceError::unexpected)
    };
    let Some(video) = cell.video(id).await? else {
        return withdraw();
    };
    let mut audience = Audience::anonymous(state);
    let Some(meta) = feed_meta(&mut audience, cell, &video).await? else {
        return withdraw();
    };
    state.feed().upsert_video(meta);
    let account = cell
        .account(video.account_id)
        .await?
        .ok_or(super::ServiceError::NotFound("account"))?;
    let (tags, _) = spool_core::tags_and_mentions(video.caption.as_str());
    let unexpected = super::ServiceError::unexpected;
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
        .map_err(unexpected)?;
    for tag in tags {
        let uses = super::videos::hashtag_count(state, &tag).await?;
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
            .map_err(unexpected)?;
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
                .map_err(unexpected)?;
        }
    }
    Ok(())
}

/// Rebuilds the whole index and the feed's catalog from the store (at start when the
/// index is new, and when another process wrote to the cells meanwhile).
pub async fn reindex_all(state: &AppState) -> anyhow::Result<()> {
    let mut n = 0;
    for region in state.store().regions().cloned().collect::<Vec<_>>() {
        let Some(cell) = state.store().cell(&region).cloned() else {
            continue;
        };
        for id in cell.all_account_ids().await? {
            apply_account(state, id).await;
            n += 1;
        }
        for video in cell.all_public_videos().await? {
            apply_video(state, &cell, video.id).await;
            n += 1;
        }
    }
    state.search().commit()?;
    tracing::info!(documents = n, "search index rebuilt");
    Ok(())
}
