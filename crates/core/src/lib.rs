//! Spool's domain types.
//!
//! Raw input (a `String` from a request body, a config file or the command line) becomes
//! one of these types exactly once, at the edge of the system. Past that point no code
//! re-checks a string: a [`Handle`] is always valid, a [`RegionCode`] always well formed.
//!
//! This crate does no I/O and knows nothing of HTTP, databases or media.

mod account;
mod captions;
mod handle;
mod media;
mod region;
pub mod secret_file;
mod vocab;

pub use account::{
    AccountId, Age, Bio, BirthDate, DisplayName, Email, Password, ADULT_AGE, MINIMUM_AGE,
};
pub use captions::{CaptionLang, Cue, WebVtt};
pub use handle::{Handle, HandleKey};
pub use media::{
    tags_and_mentions, Caption, CommentId, CommentText, Policy, SoundId, UploadId, VideoId,
    Visibility,
};
pub use region::RegionCode;
pub use vocab::{
    FeedEventKind, GrantScope, GrantState, JobKind, NotificationKind, RemixKind, ReportCategory,
    StaffRole,
};

/// Why a piece of input was refused. `field` names the input, `code` is a stable
/// machine-readable reason and `message` says it to a person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            code,
            message: message.into(),
        }
    }
}
