use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Deserializer};
use spool_core::{Bio, DisplayName, Email, Password};
use spool_store::ProfileUpdate;
use utoipa::ToSchema;

use crate::auth::{self, CurrentUser};
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::state::AppState;
use crate::views::{own_account, AccountView};

/// Own account, personal fields included.
#[utoipa::path(get, path = "/api/v1/me", tag = "me", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = AccountView), (status = 401, body = ErrorBody)))]
pub async fn get_me(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<AccountView>> {
    let cell = crate::services::accounts::home(&state, &crate::services::Actor::from(&user))?;
    Ok(Json(own_account(&state, cell, user.account_id).await?))
}

/// A profile change; absent fields stay as they are.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMeRequest {
    /// Up to 50 characters.
    display_name: Option<String>,
    /// Up to 160 characters; `""` clears it.
    bio: Option<String>,
    /// A private account's videos are for approved followers only.
    is_private: Option<bool>,
    /// `null` removes the address.
    #[serde(default, deserialize_with = "present_or_null")]
    #[schema(value_type = Option<String>)]
    email: Option<Option<String>>,
}

/// Tells a field that is absent (`None`) from one that is `null` (`Some(None)`).
fn present_or_null<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// Update own profile: display name, bio, privacy, e-mail.
#[utoipa::path(patch, path = "/api/v1/me", tag = "me", security(("bearer" = []), ("cookie" = [])),
    request_body = UpdateMeRequest,
    responses((status = 200, body = AccountView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`csrf_rejected`"),
        (status = 400, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn update_me(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<UpdateMeRequest>,
) -> ApiResult<Json<AccountView>> {
    let update = ProfileUpdate {
        display_name: form
            .display_name
            .as_deref()
            .map(DisplayName::parse)
            .transpose()?,
        bio: form.bio.as_deref().map(Bio::parse).transpose()?,
        is_private: form.is_private,
        email: match form.email {
            None => None,
            Some(None) => Some(None),
            Some(Some(raw)) => Some(Some(Email::parse(&raw)?)),
        },
    };
    let cell = crate::services::accounts::home(&state, &crate::services::Actor::from(&user))?;
    cell.update_profile(user.account_id, &update).await?;
    if update.is_private.is_some() {
        crate::services::catalog::account_videos_changed(&state, cell, user.account_id).await;
    } else {
        crate::services::catalog::account_changed(&state, user.account_id).await;
    }
    Ok(Json(own_account(&state, cell, user.account_id).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteMeRequest {
    /// The account's password, to confirm.
    password: String,
}

/// Delete own account, for real: every session ends, the handle is freed, the
/// account's records and media are removed from its home region, and its traces in
/// every other region (follows, comments, likes' counts, notifications) go too.
#[utoipa::path(delete, path = "/api/v1/me", tag = "me", security(("bearer" = []), ("cookie" = [])),
    request_body = DeleteMeRequest,
    responses((status = 204, description = "Deleted"), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "`csrf_rejected`"), (status = 422, body = ErrorBody),
        (status = 429, body = ErrorBody, description = "Too many password checks for this account; see Retry-After")))]
pub async fn delete_me(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<DeleteMeRequest>,
) -> ApiResult<Response> {
    let cell = crate::services::accounts::home(&state, &crate::services::Actor::from(&user))?;
    let wrong = || ApiError {
        field: Some("password"),
        ..ApiError::new(ErrorCode::InvalidCredentials, "the password is wrong")
    };
    // A few checks per hour: a stolen session cannot guess the password.
    state.limits().password_check(user.account_id).await?;
    let password = Password::parse(&form.password).map_err(|_| wrong())?;
    let stored = cell.password_hash(user.account_id).await?;
    if !state.passwords().verify(&password, stored).await? {
        return Err(wrong());
    }
    // Other instances are told first: the Delete is signed with the account's key.
    crate::federation::account_leaving(&state, cell, user.account_id).await;
    // The photo first (nothing names its files once the account is gone).
    crate::services::photos::erase(&state, cell, user.account_id).await?;
    // Every cell, the media folders and the directory; crash safe (the directory entry
    // stays `deleting` until the end and is finished at the next start otherwise).
    let erased = state
        .store()
        .erase_account(user.account_id, &user.region)
        .await?;
    // What lives outside the databases: the search index, the feed, the media cache.
    crate::services::catalog::media_removed(&state, cell, &erased.videos, &erased.sounds).await?;
    // The store removed local upload files; on object storage they go here.
    for upload in &erased.uploads {
        state.media().remove_upload(cell, *upload).await;
    }
    state.feed().remove_creator(user.account_id.0.as_u128());
    state.feed().forget_viewer(user.account_id.0.as_u128());
    if let Err(e) = state.search().remove_owner(&user.account_id.to_string()) {
        tracing::warn!(error = %e, "cannot remove the account from the search index");
    }
    // The viewers snapshot (in the home cell's folder) still holds the learned state.
    if let Err(e) = crate::feed::save(&state).await {
        tracing::warn!(error = %e, "cannot rewrite the feed snapshots after a deletion");
    }
    // The deletion is logged (the account only as a keyed hash of its id).
    crate::audit::record_owner_action(&state, &user.region, "account_deleted", user.account_id)
        .await?;
    tracing::info!(region = %user.region, "account deleted");
    Ok((
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            auth::clear_session_cookie(state.secure_cookies()),
        )],
    )
        .into_response())
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CropQuery {
    /// The square to keep, in the picture's pixels: its left edge. All three or none
    /// (none: the centred square).
    x: Option<u32>,
    y: Option<u32>,
    /// The square's side.
    size: Option<u32>,
}

/// Upload one's profile photo: the body is the picture (`image/jpeg`, `image/png` or
/// `image/webp`, at most 8 MiB, at most 8192 px a side). It is cropped to a square,
/// resized to 512 and 128 px and re-encoded as JPEG: no metadata of the file (EXIF, GPS)
/// is kept. Replaces any earlier photo.
#[utoipa::path(put, path = "/api/v1/me/photo", tag = "me", security(("bearer" = []), ("cookie" = [])),
    params(CropQuery),
    request_body(content = Vec<u8>, content_type = "image/jpeg", description = "The picture (also image/png, image/webp)"),
    responses((status = 200, body = AccountView, description = "Stored; `photo_url` and `avatar_url` name it"),
        (status = 401, body = ErrorBody), (status = 413, body = ErrorBody, description = "`body_too_large`: over 8 MiB"),
        (status = 415, body = ErrorBody, description = "Not a JPEG, PNG or WebP"),
        (status = 422, body = ErrorBody, description = "`invalid_photo`, `photo_too_large`, `photo_too_small`, `invalid_crop` (nothing is changed)")))]
pub async fn put_photo(
    State(state): State<AppState>,
    user: CurrentUser,
    axum::extract::Query(crop): axum::extract::Query<CropQuery>,
    headers: axum::http::HeaderMap,
    body: axum::body::Body,
) -> ApiResult<Json<AccountView>> {
    let bytes = super::whole_body(body, spool_media::PHOTO_MAX_BYTES, || {
        format!(
            "a profile photo may have at most {} MiB",
            spool_media::PHOTO_MAX_BYTES >> 20
        )
    })
    .await?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    if spool_media::photo_format(&content_type).is_none() {
        return Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "send the photo as image/jpeg, image/png or image/webp",
        ));
    }
    let crop = match (crop.x, crop.y, crop.size) {
        (Some(x), Some(y), Some(size)) => Some(spool_media::Crop { x, y, size }),
        (None, None, None) => None,
        _ => {
            return Err(ApiError::new(
                ErrorCode::InvalidField("invalid_crop"),
                "give the crop as x, y and size together, or none of them",
            )
            .field("crop"))
        }
    };
    let actor = crate::services::Actor::from(&user);
    crate::services::photos::put(&state, &actor, bytes, content_type, crop).await?;
    let cell = crate::services::accounts::home(&state, &actor)?;
    Ok(Json(own_account(&state, cell, user.account_id).await?))
}

/// Remove one's profile photo.
#[utoipa::path(delete, path = "/api/v1/me/photo", tag = "me", security(("bearer" = []), ("cookie" = [])),
    responses((status = 200, body = AccountView), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody, description = "No photo to remove")))]
pub async fn delete_photo(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<AccountView>> {
    let actor = crate::services::Actor::from(&user);
    crate::services::photos::remove(&state, &actor).await?;
    let cell = crate::services::accounts::home(&state, &actor)?;
    Ok(Json(own_account(&state, cell, user.account_id).await?))
}
