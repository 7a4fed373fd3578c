//! A JSON body extractor whose refusals use Spool's error shape.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::{ApiError, ErrorCode};

/// Like `axum::Json`, but a bad body is answered with `{"error": ...}`: 400 for
/// malformed JSON, 415 without a JSON content type, 413 over the size limit, 422 for
/// missing, mistyped or unknown fields.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(rejection) => Err(refusal(&rejection)),
        }
    }
}

fn refusal(rejection: &JsonRejection) -> ApiError {
    let detail = rejection.body_text();
    match rejection {
        JsonRejection::MissingJsonContentType(_) => ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "send the body as JSON with Content-Type: application/json",
        ),
        JsonRejection::JsonSyntaxError(_) => ApiError::new(
            ErrorCode::MalformedJson,
            format!("the body is not valid JSON: {detail}"),
        ),
        JsonRejection::JsonDataError(_) => ApiError::new(
            ErrorCode::InvalidBody,
            format!("the body does not fit: {detail}"),
        ),
        _ if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => ApiError::new(
            ErrorCode::BodyTooLarge,
            "the body is larger than this server accepts",
        ),
        _ => ApiError::new(
            ErrorCode::MalformedJson,
            format!("cannot read the body: {detail}"),
        ),
    }
}
