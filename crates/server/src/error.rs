//! Every error a client can see, and its HTTP mapping, in one place.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use spool_core::ParseError;
use spool_store::StoreError;
use utoipa::ToSchema;

/// The stable, machine-readable error codes of the API. Field validation adds the
/// codes of [`ParseError`] (`invalid_handle`, `invalid_email`, ...) under
/// [`ErrorCode::InvalidField`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// The body is not JSON at all.
    MalformedJson,
    /// JSON, but missing fields, wrong types or unknown fields.
    InvalidBody,
    /// The request did not say `Content-Type: application/json`.
    UnsupportedMediaType,
    /// The body is larger than the configured limit.
    BodyTooLarge,
    /// One field has a value that is not allowed; the code is the field's own.
    InvalidField(&'static str),
    HandleTaken,
    UnknownRegion,
    TooYoung,
    InvalidCredentials,
    Unauthenticated,
    CsrfRejected,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    RateLimited,
    Timeout,
    Internal,
    /// tus: missing or wrong `Tus-Resumable`.
    TusVersion,
    /// tus: a missing or malformed tus header.
    TusHeader,
    /// tus: `Upload-Offset` is not where the upload is.
    UploadOffsetMismatch,
    /// tus: another PATCH to the same upload is in progress.
    UploadBusy,
    /// tus: `Upload-Checksum` does not match the body.
    ChecksumMismatch,
    /// Publishing an upload that has not received all its bytes.
    UploadIncomplete,
    /// Publishing an upload twice.
    UploadConsumed,
    /// Comments are off for this video, or not open to the caller.
    CommentsOff,
    /// The original's creator does not allow duets (or stitches) by the caller.
    RemixOff,
    /// The uploaded file is not an acceptable video; the code says why
    /// (`empty_file`, `not_media`, `no_video_stream`, `still_image`, `too_short`,
    /// `too_long`, `too_large`, `unsupported_codec`).
    MediaRejected(&'static str),
    /// A request the server cannot read at all (e.g. a path that is not UTF-8).
    BadRequest,
    /// The account's uploads and stored originals would pass its storage quota.
    QuotaExceeded,
    /// A logged-in caller's password confirmation is wrong.
    WrongPassword,
    /// The request conflicts with the current state; the code says how (`claimed`,
    /// `already_decided`, `appeal_open`, `appeal_closed`).
    Conflict(&'static str),
    /// The caller may not do this; the code says why (`account_suspended`,
    /// `account_terminated`, `same_moderator`, `not_moderator`).
    Denied(&'static str),
    /// Withheld where the caller is by a legal order or a decision (451).
    Withheld,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MalformedJson => "malformed_json",
            Self::InvalidBody => "invalid_body",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::BodyTooLarge => "body_too_large",
            Self::InvalidField(code) => code,
            Self::HandleTaken => "handle_taken",
            Self::UnknownRegion => "unknown_region",
            Self::TooYoung => "too_young",
            Self::InvalidCredentials => "invalid_credentials",
            Self::Unauthenticated => "unauthenticated",
            Self::CsrfRejected => "csrf_rejected",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::RateLimited => "rate_limited",
            Self::Timeout => "timeout",
            Self::Internal => "internal",
            Self::TusVersion => "tus_version",
            Self::TusHeader => "tus_header",
            Self::UploadOffsetMismatch => "upload_offset_mismatch",
            Self::UploadBusy => "upload_busy",
            Self::ChecksumMismatch => "checksum_mismatch",
            Self::UploadIncomplete => "upload_incomplete",
            Self::UploadConsumed => "upload_consumed",
            Self::MediaRejected(code) => code,
            Self::CommentsOff => "comments_off",
            Self::RemixOff => "remix_off",
            Self::BadRequest => "bad_request",
            Self::QuotaExceeded => "quota_exceeded",
            Self::WrongPassword => "wrong_password",
            Self::Conflict(code) | Self::Denied(code) => code,
            Self::Withheld => "withheld",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            Self::MalformedJson => StatusCode::BAD_REQUEST,
            Self::InvalidBody | Self::InvalidField(_) | Self::UnknownRegion => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::HandleTaken => StatusCode::CONFLICT,
            Self::TooYoung | Self::CsrfRejected | Self::Forbidden => StatusCode::FORBIDDEN,
            Self::InvalidCredentials | Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Self::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Self::Timeout => StatusCode::REQUEST_TIMEOUT,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            Self::TusVersion => StatusCode::PRECONDITION_FAILED,
            Self::TusHeader => StatusCode::BAD_REQUEST,
            Self::UploadOffsetMismatch
            | Self::UploadBusy
            | Self::UploadIncomplete
            | Self::UploadConsumed => StatusCode::CONFLICT,
            // tus's own status for a checksum mismatch.
            Self::ChecksumMismatch => StatusCode::from_u16(460).unwrap_or(StatusCode::BAD_REQUEST),
            Self::MediaRejected(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::CommentsOff | Self::RemixOff => StatusCode::FORBIDDEN,
            Self::BadRequest => StatusCode::BAD_REQUEST,
            Self::QuotaExceeded => StatusCode::PAYLOAD_TOO_LARGE,
            Self::WrongPassword => StatusCode::FORBIDDEN,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Denied(_) => StatusCode::FORBIDDEN,
            Self::Withheld => StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS,
        }
    }
}

/// An error answer: `{"error": {"code", "message", "field"?}}`.
#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<&'static str>,
    pub retry_after_secs: Option<u64>,
    /// A status other than the code's usual one (tus answers some codes differently).
    pub status_override: Option<StatusCode>,
}

/// The JSON shape of every error answer.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code, e.g. `handle_taken`.
    pub code: String,
    /// What went wrong, for a person.
    pub message: String,
    /// The request field at fault, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
            retry_after_secs: None,
            status_override: None,
        }
    }

    /// Names the request field at fault.
    pub fn field(mut self, name: &'static str) -> Self {
        self.field = Some(name);
        self
    }

    pub fn not_found(what: &str) -> Self {
        Self::new(ErrorCode::NotFound, format!("{what} not found"))
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            ErrorCode::Unauthenticated,
            "log in first: send a bearer token or the session cookie",
        )
    }

    pub fn rate_limited(retry_after_secs: u64) -> Self {
        Self {
            retry_after_secs: Some(retry_after_secs.max(1)),
            ..Self::new(ErrorCode::RateLimited, "too many attempts; try again later")
        }
    }

    /// Logs an unexpected failure with its cause and answers 500 without details.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "request failed");
        Self::new(ErrorCode::Internal, "something went wrong on our side")
    }
}

impl From<ParseError> for ApiError {
    fn from(e: ParseError) -> Self {
        Self {
            field: Some(e.field),
            ..Self::new(ErrorCode::InvalidField(e.code), e.message)
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::HandleTaken => Self {
                field: Some("handle"),
                ..Self::new(ErrorCode::HandleTaken, "that handle is already taken")
            },
            StoreError::NotFound => Self::not_found("record"),
            StoreError::Conflict(message) => Self::new(ErrorCode::UploadConsumed, message),
            StoreError::UnknownRegion(r) => Self::new(
                ErrorCode::UnknownRegion,
                format!("region {r:?} is not served here"),
            ),
            other => Self::internal(other),
        }
    }
}

/// The one mapping of the services' domain errors to answers.
impl From<crate::services::ServiceError> for ApiError {
    fn from(e: crate::services::ServiceError) -> Self {
        use crate::services::ServiceError as E;
        match e {
            E::NotFound(what) => Self::not_found(what),
            E::Unauthenticated => Self::unauthenticated(),
            E::Refused {
                code,
                message,
                field,
            } => Self {
                field,
                ..Self::new(code, message)
            },
            E::RateLimited { retry_after_secs } => Self::rate_limited(retry_after_secs),
            E::Store(e) => e.into(),
            E::Unexpected(e) => Self::internal(format!("{e:#}")),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code.as_str().to_owned(),
                message: self.message,
                field: self.field.map(str::to_owned),
            },
        };
        let status = self.status_override.unwrap_or_else(|| self.code.status());
        let mut response = (status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after_secs {
            if let Ok(value) = HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
