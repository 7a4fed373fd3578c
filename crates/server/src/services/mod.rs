//! The use-cases, between the routes and the store.
//!
//! A route parses its input into `spool-core` types, calls one function here and shapes
//! the answer; the functions here hold the rules (who may do what, in which cell, in
//! which order) and return [`ServiceError`], which `error.rs` maps to HTTP once.
//! `spool seed` and `spool bench` call these functions too, never a route.
//!
//! - [`policy`]: the one distribution rule (who may see, list, search, be recommended,
//!   remix or reuse the sound of a video) and [`policy::Audience`], which gathers its
//!   inputs from the cells.
//! - [`catalog`]: the hook that runs whenever a video or account changes (search index,
//!   feed catalog, media caches).
//! - [`videos`], [`social`], [`notifications`], [`settings`]: publishing and reading
//!   videos, follows/blocks/likes/comments, notifications, privacy settings.

pub mod accounts;
pub mod captions;
pub mod catalog;
pub mod moderation;
pub mod notifications;
pub mod photos;
pub mod policy;
pub mod relocation;
pub mod settings;
pub mod social;
pub mod videos;

use spool_core::{AccountId, ParseError, RegionCode};
use spool_store::StoreError;

use crate::error::ErrorCode;

/// Who is asking: an account (with its home region), or nobody.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: AccountId,
    pub region: RegionCode,
}

impl From<&crate::auth::CurrentUser> for Actor {
    fn from(u: &crate::auth::CurrentUser) -> Self {
        Self {
            id: u.account_id,
            region: u.region.clone(),
        }
    }
}

/// What a use-case can answer instead of a result.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// Absent — or not the caller's to see, which answers the same.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The caller's session does not lead to an account any more.
    #[error("not logged in")]
    Unauthenticated,
    /// A rule refuses the request; `code` says which (the client-facing vocabulary).
    #[error("{message}")]
    Refused {
        code: ErrorCode,
        message: String,
        field: Option<&'static str>,
    },
    #[error("too many attempts")]
    RateLimited { retry_after_secs: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

pub type ServiceResult<T> = Result<T, ServiceError>;

impl ServiceError {
    pub fn refused(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::Refused {
            code,
            message: message.into(),
            field: None,
        }
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::refused(ErrorCode::Forbidden, message)
    }

    /// Names the request field at fault.
    pub fn field(self, name: &'static str) -> Self {
        match self {
            Self::Refused { code, message, .. } => Self::Refused {
                code,
                message,
                field: Some(name),
            },
            other => other,
        }
    }

    /// A refusal of the rate limiter (`RateLimits`), as a use-case's answer.
    pub fn limited(e: crate::error::ApiError) -> Self {
        Self::RateLimited {
            retry_after_secs: e.retry_after_secs.unwrap_or(60),
        }
    }

    pub fn unexpected(cause: impl std::fmt::Display) -> Self {
        Self::Unexpected(anyhow::anyhow!("{cause}"))
    }
}

impl From<ParseError> for ServiceError {
    fn from(e: ParseError) -> Self {
        Self::Refused {
            code: ErrorCode::InvalidField(e.code),
            message: e.message,
            field: Some(e.field),
        }
    }
}
