//! `BlobKey`: the validated name of a blob, parsed once at the boundary.

use std::fmt;
use std::str::FromStr;

/// The longest key accepted, in bytes (S3's limit for object names).
pub const MAX_KEY_LEN: usize = 1024;
/// The longest segment accepted, in bytes (a file name on common file systems).
pub const MAX_SEGMENT_LEN: usize = 255;

/// A blob's name: a relative, `/`-separated path such as
/// `videos/<id>/hls/360p/seg_00001.m4s`.
///
/// Every segment is non-empty, made of ASCII letters, digits, `.`, `_` and `-`, and does
/// not start with `.` (so `.` and `..` never occur, and names starting with a dot are left
/// to backends for their temporary files). No leading, trailing or doubled `/`. A key
/// therefore maps to one file under a folder and to one object name in a bucket, the same
/// on every backend, and can never point outside the store.
///
/// A key also names a *prefix*: every blob whose key starts with its segments (so
/// `videos/ab` is a prefix of `videos/ab/poster.jpg`, not of `videos/abc`).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobKey(String);

/// Why a string is not a [`BlobKey`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid blob key {key:?}: {reason}")]
pub struct KeyError {
    /// The refused input (cut to 100 characters).
    pub key: String,
    pub reason: &'static str,
}

impl KeyError {
    fn new(raw: &str, reason: &'static str) -> Self {
        Self {
            key: raw.chars().take(100).collect(),
            reason,
        }
    }
}

/// Checks one segment; `raw` is the whole input, for the error.
fn check_segment(raw: &str, segment: &str) -> Result<(), KeyError> {
    if segment.is_empty() {
        return Err(KeyError::new(
            raw,
            "empty segment (leading, trailing or doubled '/')",
        ));
    }
    if segment.len() > MAX_SEGMENT_LEN {
        return Err(KeyError::new(raw, "a segment is longer than 255 bytes"));
    }
    if segment.starts_with('.') {
        return Err(KeyError::new(
            raw,
            "a segment starts with '.' ('.', '..' and hidden names are not keys)",
        ));
    }
    if !segment
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    {
        return Err(KeyError::new(
            raw,
            "only ASCII letters, digits, '.', '_', '-' and '/' between segments are allowed",
        ));
    }
    Ok(())
}

/// Whether `segment` may be one segment of a key (what a backend's listing uses to skip
/// its own temporary files).
pub fn is_valid_segment(segment: &str) -> bool {
    check_segment(segment, segment).is_ok()
}

impl BlobKey {
    /// Parses a key; see the type's documentation for the rules.
    pub fn parse(raw: &str) -> Result<Self, KeyError> {
        if raw.is_empty() {
            return Err(KeyError::new(raw, "empty"));
        }
        if raw.len() > MAX_KEY_LEN {
            return Err(KeyError::new(raw, "longer than 1024 bytes"));
        }
        for segment in raw.split('/') {
            check_segment(raw, segment)?;
        }
        Ok(Self(raw.to_owned()))
    }

    /// A key built by this crate from parts known to be valid (ids, fixed names).
    pub(crate) fn trusted(raw: String) -> Self {
        debug_assert!(Self::parse(&raw).is_ok(), "not a valid key: {raw:?}");
        Self(raw)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// This key with `rest` (one or more `/`-separated segments) appended.
    pub fn join(&self, rest: &str) -> Result<Self, KeyError> {
        Self::parse(&format!("{}/{rest}", self.0))
    }

    /// The segments, first to last.
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.0.split('/')
    }

    /// The last segment (the file name).
    pub fn name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }

    /// The key without its last segment; `None` for a one-segment key.
    pub fn parent(&self) -> Option<Self> {
        self.0
            .rsplit_once('/')
            .map(|(parent, _)| Self(parent.to_owned()))
    }

    /// Whether `prefix` names this key or a folder holding it (segment-wise:
    /// `videos/ab` is a prefix of `videos/ab/x`, not of `videos/abc`).
    pub fn starts_with(&self, prefix: &BlobKey) -> bool {
        self.strip_prefix(prefix).is_some() || self == prefix
    }

    /// The part of this key under `prefix` (`videos/ab/hls/x` under `videos/ab` is
    /// `hls/x`); `None` when this key is not strictly under it.
    pub fn strip_prefix(&self, prefix: &BlobKey) -> Option<&str> {
        self.0
            .strip_prefix(prefix.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
    }
}

impl fmt::Display for BlobKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for BlobKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BlobKey({:?})", self.0)
    }
}

impl FromStr for BlobKey {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl AsRef<str> for BlobKey {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn good_keys_parse() {
        for raw in [
            "uploads/0190a0b1-7c3d-7e4f-8a9b-0c1d2e3f4a5b.part",
            "videos/x/hls/360p/seg_00001.m4s",
            "videos/x/original",
            "exports/spool-export-alice.zip",
            "a",
            "a.b-c_d",
        ] {
            let key = BlobKey::parse(raw).unwrap();
            assert_eq!(key.as_str(), raw);
            assert_eq!(key.to_string(), raw);
            assert_eq!(raw.parse::<BlobKey>().unwrap(), key);
        }
    }

    #[test]
    fn bad_keys_are_refused_with_a_reason() {
        for raw in [
            "",
            "/videos/x",
            "videos/x/",
            "videos//x",
            "videos/../x",
            "..",
            ".",
            "videos/./x",
            "videos/.x.tmp",
            "videos/x y",
            "videos\\x",
            "vidéos/x",
            "videos/x\0",
            "videos/x?y",
        ] {
            let err = BlobKey::parse(raw).unwrap_err();
            assert!(!err.reason.is_empty(), "{raw:?}");
            assert!(err.to_string().contains("invalid blob key"), "{err}");
        }
        assert!(BlobKey::parse(&"a".repeat(MAX_KEY_LEN + 1)).is_err());
        assert!(BlobKey::parse(&"a".repeat(MAX_SEGMENT_LEN + 1)).is_err());
        assert!(BlobKey::parse(&"a".repeat(MAX_SEGMENT_LEN)).is_ok());
    }

    #[test]
    fn prefixes_are_segment_wise() {
        let key = BlobKey::parse("videos/ab/hls/master.m3u8").unwrap();
        let dir = BlobKey::parse("videos/ab").unwrap();
        let other = BlobKey::parse("videos/a").unwrap();
        assert!(key.starts_with(&dir));
        assert!(!key.starts_with(&other));
        assert!(dir.starts_with(&dir));
        assert_eq!(key.strip_prefix(&dir), Some("hls/master.m3u8"));
        assert_eq!(dir.strip_prefix(&dir), None);
        assert_eq!(key.name(), "master.m3u8");
        assert_eq!(
            key.parent().unwrap().as_str(),
            "videos/ab/hls",
            "parent drops the last segment"
        );
        assert_eq!(BlobKey::parse("a").unwrap().parent(), None);
        assert_eq!(
            dir.join("poster.jpg").unwrap().as_str(),
            "videos/ab/poster.jpg"
        );
        assert!(dir.join("../x").is_err());
        assert!(dir.join("").is_err());
    }

    fn segment() -> impl Strategy<Value = String> {
        "[A-Za-z0-9_-][A-Za-z0-9._-]{0,20}"
    }

    proptest! {
        #[test]
        fn keys_from_valid_segments_round_trip(segments in prop::collection::vec(segment(), 1..8)) {
            let raw = segments.join("/");
            let key = BlobKey::parse(&raw).unwrap();
            prop_assert_eq!(key.as_str(), raw.as_str());
            prop_assert_eq!(key.segments().collect::<Vec<_>>(), segments.iter().map(String::as_str).collect::<Vec<_>>());
            prop_assert_eq!(BlobKey::parse(key.as_str()).unwrap(), key);
        }

        #[test]
        fn any_string_that_parses_stays_inside_the_store(raw in "\\PC{0,40}") {
            if let Ok(key) = BlobKey::parse(&raw) {
                prop_assert!(!key.as_str().starts_with('/'));
                for s in key.segments() {
                    prop_assert!(!s.is_empty() && !s.starts_with('.'));
                    prop_assert!(s.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)));
                }
                let path = std::path::Path::new("/root").join(key.as_str());
                prop_assert!(path.starts_with("/root"));
                prop_assert!(path.components().all(|c| matches!(c, std::path::Component::Normal(_) | std::path::Component::RootDir)));
            }
        }

        #[test]
        fn a_bad_character_anywhere_is_refused(
            before in prop::collection::vec(segment(), 1..4),
            bad in "[^A-Za-z0-9._/-]",
            at in 0usize..4,
        ) {
            let mut raw = before.join("/");
            let at = raw.char_indices().map(|(i, _)| i).nth(at.min(raw.len() - 1)).unwrap_or(0);
            raw.insert_str(at, &bad);
            prop_assert!(BlobKey::parse(&raw).is_err(), "{:?}", raw);
        }

        #[test]
        fn empty_and_dot_segments_are_refused(
            segments in prop::collection::vec(segment(), 1..4),
            bad in prop::sample::select(vec!["", ".", "..", ".hidden", ".x.1-2.tmp"]),
            at in 0usize..5,
        ) {
            let mut parts: Vec<String> = segments;
            let at = at.min(parts.len());
            parts.insert(at, bad.to_owned());
            let raw = parts.join("/");
            prop_assert!(BlobKey::parse(&raw).is_err(), "{:?}", raw);
        }
    }
}
