//! The closed vocabularies of the domain: each is declared once, by [`vocabulary!`],
//! which gives the enum its stored/serialized name per variant (serde uses the same
//! names), `as_str`, `parse`, `ALL`, `Display` and `FromStr`. Stores keep these names;
//! nothing else maps strings to variants by hand.

use crate::ParseError;

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident (field = $field:literal, code = $code:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant ),+
        }

        impl $name {
            /// Every member, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stored and serialized name.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            /// Parses a stored or submitted name.
            pub fn parse(raw: &str) -> Result<Self, ParseError> {
                match raw {
                    $($text => Ok(Self::$variant),)+
                    other => Err(ParseError::new(
                        $field,
                        $code,
                        format!(
                            "{} is one of {}, not {other:?}",
                            $field,
                            Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                        ),
                    )),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = ParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }
    };
}

vocabulary! {
    /// A video made from another: side by side, or the original's first seconds then
    /// one's own clip.
    RemixKind (field = "remix", code = "invalid_remix") {
        Duet = "duet",
        Stitch = "stitch",
    }
}

vocabulary! {
    /// What a notification tells its recipient.
    NotificationKind (field = "kind", code = "invalid_notification_kind") {
        Like = "like",
        Comment = "comment",
        Reply = "reply",
        Mention = "mention",
        Follow = "follow",
        FollowRequest = "follow_request",
        FollowAccepted = "follow_accepted",
        CommentLike = "comment_like",
        Duet = "duet",
        Stitch = "stitch",
        /// A statement of reasons about a moderation decision that affects the account.
        Statement = "statement",
        /// The outcome of a notice the account sent.
        ReportOutcome = "report_outcome",
    }
}

impl NotificationKind {
    /// Notifications of these kinds are grouped per video (or comment) in the list.
    pub fn groups(self) -> bool {
        matches!(self, Self::Like | Self::Follow | Self::CommentLike)
    }
}

impl From<RemixKind> for NotificationKind {
    fn from(k: RemixKind) -> Self {
        match k {
            RemixKind::Duet => Self::Duet,
            RemixKind::Stitch => Self::Stitch,
        }
    }
}

vocabulary! {
    /// The kinds of durable background job.
    JobKind (field = "kind", code = "invalid_job_kind") {
        /// Probe, the first (smallest) rendition, poster and fingerprint: then the
        /// video is playable. Queues `sound` and `ladder` when it is done.
        Transcode = "transcode",
        /// The clip's own audio as a sound others can reuse.
        Sound = "sound",
        /// The rest of the rendition ladder.
        Ladder = "ladder",
        /// One ActivityPub activity to one remote inbox (federation).
        Deliver = "deliver",
    }
}

impl JobKind {
    /// Lower runs first: what makes a new video playable before anyone's sound, and
    /// sounds before the rest of any ladder.
    pub fn priority(self) -> u32 {
        match self {
            Self::Transcode => 0,
            Self::Sound => 1,
            Self::Ladder => 2,
            Self::Deliver => 1,
        }
    }

    /// The highest priority that still counts as urgent (a worker slot is kept for it).
    pub const URGENT: u32 = 0;
}

vocabulary! {
    /// What a viewer did with a video (or an account), as the feed learns from it.
    FeedEventKind (field = "kind", code = "invalid_kind") {
        Impression = "impression",
        View = "view",
        Skip = "skip",
        Replay = "replay",
        NotInterested = "not_interested",
        Like = "like",
        Comment = "comment",
        Share = "share",
        /// Subject: the followed account.
        Follow = "follow",
        /// "Reset my recommendations".
        Reset = "reset",
    }
}

vocabulary! {
    /// The policy categories a report names.
    ReportCategory (field = "category", code = "invalid_category") {
        HateSpeech = "hate_speech",
        /// Harassment and bullying.
        Harassment = "harassment",
        ViolentExtremism = "violent_extremism",
        /// Misinformation and disinformation.
        Disinformation = "disinformation",
        ChildSafety = "child_safety",
        /// Self-harm and eating disorders.
        SelfHarm = "self_harm",
        IllegalGoods = "illegal_goods",
        /// Scams and fraud.
        Scams = "scams",
        Spam = "spam",
        IntellectualProperty = "intellectual_property",
        Other = "other",
    }
}

impl ReportCategory {
    /// Parses a category, also under the names of the first report form (`violence`,
    /// `illegal`, `sexual_content`), which clients may still send.
    pub fn parse_submitted(raw: &str) -> Result<Self, ParseError> {
        match raw {
            "violence" => Ok(Self::ViolentExtremism),
            "illegal" => Ok(Self::IllegalGoods),
            "sexual_content" => Ok(Self::Other),
            other => Self::parse(other),
        }
    }
}

vocabulary! {
    /// Staff roles, each held in one region.
    StaffRole (field = "role", code = "invalid_role") {
        Moderator = "moderator",
        Support = "support",
        Admin = "admin",
        Auditor = "auditor",
    }
}

vocabulary! {
    /// What part of an account's personal data a grant opens.
    GrantScope (field = "scope", code = "invalid_scope") {
        Profile = "profile",
        Email = "email",
        LoginRecords = "login_records",
        ViewHistory = "view_history",
    }
}

impl GrantScope {
    /// Sensitive scopes need a second staff member's approval.
    pub fn sensitive(self) -> bool {
        self != Self::Profile
    }
}

vocabulary! {
    /// Where an access grant stands.
    GrantState (field = "state", code = "invalid_grant_state") {
        Pending = "pending",
        Approved = "approved",
        Denied = "denied",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_parse_and_serde() {
        for k in FeedEventKind::ALL {
            assert_eq!(FeedEventKind::parse(k.as_str()), Ok(*k));
        }
        for k in NotificationKind::ALL {
            assert_eq!(k.as_str().parse::<NotificationKind>(), Ok(*k));
        }
        assert_eq!(RemixKind::Duet.to_string(), "duet");
        let e = ReportCategory::parse("nope").unwrap_err();
        assert_eq!(e.code, "invalid_category");
        assert!(e.message.contains("hate_speech"));
        assert!(GrantScope::Email.sensitive() && !GrantScope::Profile.sensitive());
        assert_eq!(StaffRole::ALL.len(), 4);
    }
}
