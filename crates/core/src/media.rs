use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ParseError;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            /// Parses an id from a URL or body; anything else is "not found" to callers.
            pub fn parse(raw: &str) -> Result<Self, ParseError> {
                Uuid::parse_str(raw).map(Self).map_err(|_| {
                    ParseError::new($what, concat!("invalid_", $what), format!("{raw:?} is not a {} id", $what))
                })
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

uuid_id!(
    /// A video's permanent id.
    VideoId, "video"
);
uuid_id!(
    /// A resumable upload's id.
    UploadId, "upload"
);
uuid_id!(
    /// A sound's id (the audio of a video, reusable by others).
    SoundId, "sound"
);
uuid_id!(
    /// A comment's id.
    CommentId, "comment"
);

/// Who may do something to an account's content (comment, duet, stitch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    Everyone,
    Followers,
    Nobody,
}

impl Policy {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Everyone => "everyone",
            Self::Followers => "followers",
            Self::Nobody => "nobody",
        }
    }

    pub fn parse(field: &'static str, raw: &str) -> Result<Self, ParseError> {
        match raw {
            "everyone" => Ok(Self::Everyone),
            "followers" => Ok(Self::Followers),
            "nobody" => Ok(Self::Nobody),
            other => Err(ParseError::new(
                field,
                "invalid_setting",
                format!("{field} is everyone, followers or nobody, not {other:?}"),
            )),
        }
    }
}

/// A comment: 1 to 500 characters, line breaks allowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CommentText(String);

impl CommentText {
    pub const MAX_CHARS: usize = 500;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let text = raw.trim();
        let len = text.chars().count();
        if len == 0 || len > Self::MAX_CHARS {
            return Err(ParseError::new(
                "text",
                "invalid_comment",
                format!(
                    "a comment has 1 to {} characters; this one has {len}",
                    Self::MAX_CHARS
                ),
            ));
        }
        if text.chars().any(|c| c.is_control() && c != '\n') {
            return Err(ParseError::new(
                "text",
                "invalid_comment",
                "a comment may not contain control characters",
            ));
        }
        Ok(Self(text.to_owned()))
    }

    pub fn from_trusted(stored: String) -> Self {
        Self(stored)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The hashtags and @mentions of a caption or comment, normalized (NFKC, lowercase for
/// tags), in order of appearance, without duplicates.
pub fn tags_and_mentions(text: &str) -> (Vec<String>, Vec<String>) {
    use unicode_normalization::UnicodeNormalization;
    let text: String = text.nfkc().collect();
    let mut tags = Vec::new();
    let mut mentions = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_word = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if (c == '#' || c == '@') && starts_word {
            let mut j = i + 1;
            while j < chars.len()
                && (chars[j].is_alphanumeric() || chars[j] == '_' || (c == '@' && chars[j] == '.'))
            {
                j += 1;
            }
            let mut word: String = chars[i + 1..j].iter().collect();
            while word.ends_with('.') {
                word.pop();
            }
            if !word.is_empty() && word.chars().count() <= 100 {
                let list = if c == '#' { &mut tags } else { &mut mentions };
                let word = if c == '#' { word.to_lowercase() } else { word };
                if !list.contains(&word) {
                    list.push(word);
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    (tags, mentions)
}

/// Who may watch a video.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    Public,
    Followers,
    Private,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Followers => "followers",
            Self::Private => "private",
        }
    }
}

impl FromStr for Visibility {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "public" => Ok(Self::Public),
            "followers" => Ok(Self::Followers),
            "private" => Ok(Self::Private),
            other => Err(ParseError::new(
                "visibility",
                "invalid_visibility",
                format!("visibility is public, followers or private, not {other:?}"),
            )),
        }
    }
}

/// A video's caption: up to 2200 characters, line breaks allowed, no other control
/// characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Caption(String);

impl Caption {
    pub const MAX_CHARS: usize = 2200;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let text = raw.trim();
        let len = text.chars().count();
        if len > Self::MAX_CHARS {
            return Err(ParseError::new(
                "caption",
                "invalid_caption",
                format!(
                    "a caption has at most {} characters; this one has {len}",
                    Self::MAX_CHARS
                ),
            ));
        }
        if text.chars().any(|c| c.is_control() && c != '\n') {
            return Err(ParseError::new(
                "caption",
                "invalid_caption",
                "a caption may not contain control characters",
            ));
        }
        Ok(Self(text.to_owned()))
    }

    pub fn from_trusted(stored: String) -> Self {
        Self(stored)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_refuse_garbage() {
        let id = VideoId::new();
        assert_eq!(VideoId::parse(&id.to_string()).unwrap(), id);
        for bad in ["", "x", "../etc", "01a209d0-bc2a-7384-8b28-48be84eccbcZ"] {
            assert_eq!(VideoId::parse(bad).unwrap_err().code, "invalid_video");
        }
    }

    #[test]
    fn hashtags_and_mentions_are_found_and_normalized() {
        let (tags, mentions) = tags_and_mentions("Pancakes! #Cooking #breakfast with @Ana_Maria and @bob. #cooking #料理 mail@example.org");
        assert_eq!(tags, vec!["cooking", "breakfast", "料理"]);
        assert_eq!(mentions, vec!["Ana_Maria", "bob"]);
        let (tags, _) = tags_and_mentions("＃Ｆｕｌｌｗｉｄｔｈ and a#b and # alone");
        assert_eq!(tags, vec!["fullwidth"]);
        assert!(CommentText::parse("").is_err());
        assert!(CommentText::parse(&"x".repeat(501)).is_err());
        assert_eq!(Policy::parse("p", "followers").unwrap(), Policy::Followers);
        assert!(Policy::parse("p", "some").is_err());
    }

    #[test]
    fn captions_and_visibility() {
        assert!(Caption::parse(&"é".repeat(2200)).is_ok());
        assert!(Caption::parse(&"é".repeat(2201)).is_err());
        assert!(Caption::parse("line\nbreak #ok").is_ok());
        assert!(Caption::parse("bell\u{7}").is_err());
        assert_eq!(
            "followers".parse::<Visibility>().unwrap(),
            Visibility::Followers
        );
        assert!("secret".parse::<Visibility>().is_err());
    }
}
