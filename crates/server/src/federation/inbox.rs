//! Receiving an activity, per-account inbox and shared inbox alike: the checks before
//! the crate's signature check, then the crate's `receive_activity`.

use std::num::NonZeroU32;
use std::sync::OnceLock;

use activitypub_federation::axum::inbox::{receive_activity, ActivityData};
use axum::body::Body;
use axum::extract::Request;
use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::{blocked, fed, suspended, ApActor, InboxActivity, ObjectError};
use crate::error::ErrorCode;
use crate::services::{ServiceError, ServiceResult};
use crate::state::AppState;

/// Accepts the activity `req` carries when its body is within the limit and its
/// `Digest` matches, it comes from a host that is neither suspended nor over its rate,
/// and its actor signed it (the crate checks the signature against the actor's key).
pub async fn receive(state: &AppState, req: Request) -> ServiceResult<()> {
    let data = fed(state)?;
    let (parts, body) = req.into_parts();
    let Some(host) = signer_host(&parts.headers) else {
        return Err(unauthenticated("the activity is not signed"));
    };
    if blocked(&suspended(&state.config().federation), &host) {
        return Err(ServiceError::refused(
            ErrorCode::Forbidden,
            "this instance does not federate with yours",
        ));
    }
    if limiter(state).check_key(&host).is_err() {
        return Err(ServiceError::refused(
            ErrorCode::RateLimited,
            "too many activities from your instance",
        ));
    }
    let limit = state.config().federation.max_inbox_bytes;
    let Ok(bytes) = axum::body::to_bytes(body, limit).await else {
        return Err(ServiceError::refused(
            ErrorCode::BodyTooLarge,
            format!("an activity is at most {limit} bytes"),
        ));
    };
    // The crate checks the signature, which covers the Digest header, but not (on axum)
    // that the Digest is the body's.
    let want = format!(
        "SHA-256={}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&bytes))
    );
    let digest_ok = parts
        .headers
        .get("digest")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|d| d.split(',').any(|x| x.trim() == want));
    if !digest_ok {
        return Err(unauthenticated("the Digest header does not match the body"));
    }
    let req = Request::from_parts(parts, Body::from(bytes));
    let activity = <ActivityData as axum::extract::FromRequest<AppState>>::from_request(req, state)
        .await
        .map_err(|_| ServiceError::refused(ErrorCode::BadRequest, "the activity cannot be read"))?;
    receive_activity::<InboxActivity, ApActor, AppState>(activity, &data)
        .await
        .map_err(|e| {
            tracing::info!(%host, error = %e, "activity refused");
            match &e {
                ObjectError::Federation(
                    activitypub_federation::error::Error::ActivitySignatureInvalid,
                ) => unauthenticated(&e.to_string()),
                _ => ServiceError::refused(ErrorCode::BadRequest, e.to_string()),
            }
        })
}

fn unauthenticated(why: &str) -> ServiceError {
    ServiceError::refused(ErrorCode::Unauthenticated, why)
}

/// Activities per minute per sending host (`federation.inbox_per_minute`).
fn limiter(state: &AppState) -> &'static governor::DefaultKeyedRateLimiter<String> {
    static LIMITER: OnceLock<governor::DefaultKeyedRateLimiter<String>> = OnceLock::new();
    LIMITER.get_or_init(|| {
        let n =
            NonZeroU32::new(state.config().federation.inbox_per_minute).unwrap_or(NonZeroU32::MIN);
        governor::RateLimiter::keyed(governor::Quota::per_minute(n))
    })
}

/// The host a signed request says it comes from (the `keyId` of its signature).
fn signer_host(headers: &axum::http::HeaderMap) -> Option<String> {
    let sig = headers.get("signature")?.to_str().ok()?;
    let key_id = sig
        .split(',')
        .find_map(|p| p.trim().strip_prefix("keyId="))?
        .trim_matches('"');
    url::Url::parse(key_id)
        .ok()?
        .host_str()
        .map(str::to_ascii_lowercase)
}
