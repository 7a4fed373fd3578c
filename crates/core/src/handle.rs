use std::fmt;

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::ParseError;

/// Shortest and longest handle, counted in characters after NFKC normalization.
const MIN_CHARS: usize = 2;
const MAX_CHARS: usize = 24;

/// Handles that would be confused with the service itself or with routes.
const RESERVED: &[&str] = &[
    "admin",
    "administrator",
    "api",
    "me",
    "root",
    "spool",
    "staff",
    "support",
    "system",
    "moderator",
    "help",
    "about",
    "settings",
    "null",
    "undefined",
];

/// An account's public name, as its owner spelled it (after NFKC normalization, so a
/// full-width `ａｎａ` is stored as `ana`).
///
/// Allowed: Unicode letters and digits, `_` and `.`; no leading, trailing or doubled
/// `.`; 2 to 24 characters. Two handles are the same account name when their
/// [`HandleKey`]s are equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct Handle(String);

/// The canonical form of a handle that uniqueness is decided on: NFKC, then lowercase,
/// then NFKC again (lowercasing can produce denormalized sequences).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HandleKey(String);

impl Handle {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let err = |msg: String| ParseError::new("handle", "invalid_handle", msg);
        // A leading '@' is how people write handles; accept it and drop it.
        let raw = raw.strip_prefix('@').unwrap_or(raw);
        let normalized: String = raw.nfkc().collect();
        let chars = normalized.chars().count();
        if !(MIN_CHARS..=MAX_CHARS).contains(&chars) {
            return Err(err(format!(
                "a handle has {MIN_CHARS} to {MAX_CHARS} characters; this one has {chars}"
            )));
        }
        if let Some(bad) = normalized
            .chars()
            .find(|c| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
        {
            return Err(err(format!(
                "a handle may contain letters, digits, '_' and '.', not {bad:?}"
            )));
        }
        if normalized.starts_with('.') || normalized.ends_with('.') || normalized.contains("..") {
            return Err(err(
                "a handle may not start or end with '.' or contain '..'".into(),
            ));
        }
        let handle = Self(normalized);
        if RESERVED.contains(&handle.key().as_str()) {
            return Err(ParseError::new(
                "handle",
                "handle_reserved",
                format!("the handle {:?} is reserved", handle.0),
            ));
        }
        Ok(handle)
    }

    /// Rebuilds a handle that was valid when it was stored. No checks: only for values
    /// read back from Spool's own store.
    pub fn from_trusted(stored: String) -> Self {
        Self(stored)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn key(&self) -> HandleKey {
        HandleKey::of(&self.0)
    }
}

impl HandleKey {
    /// The key of any string, valid handle or not; used for lookups by a handle taken
    /// from a URL, where an invalid handle simply finds nothing.
    pub fn of(raw: &str) -> Self {
        let raw = raw.strip_prefix('@').unwrap_or(raw);
        let folded: String = raw.nfkc().collect::<String>().to_lowercase();
        Self(folded.nfkc().collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Handle> for String {
    fn from(value: Handle) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn case_and_compatibility_forms_share_a_key() {
        let plain = Handle::parse("ana_maria").unwrap().key();
        for variant in [
            "Ana_Maria",
            "ANA_MARIA",
            "ａｎａ＿ｍａｒｉａ",
            "@ana_maria",
            "Ａｎａ_maria",
        ] {
            assert_eq!(Handle::parse(variant).unwrap().key(), plain, "{variant}");
        }
        // The ligature "ﬁ" is a compatibility form of "fi".
        assert_eq!(
            Handle::parse("ﬁlm").unwrap().key(),
            Handle::parse("FILM").unwrap().key()
        );
    }

    #[test]
    fn keeps_the_owners_spelling() {
        assert_eq!(Handle::parse("AnaMaria").unwrap().as_str(), "AnaMaria");
        assert_eq!(Handle::parse("ｊｏｅ").unwrap().as_str(), "joe");
    }

    #[test]
    fn accepts_non_latin_scripts() {
        for ok in ["山田太郎", "мария", "محمد", "김민준", "josé.silva"] {
            assert!(Handle::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_bad_handles() {
        for bad in [
            "",
            "a",
            "has space",
            "semi;colon",
            ".dot",
            "dot.",
            "a..b",
            "a/b",
            "emoji😀",
            "this_handle_is_far_too_long_to_use",
            "Admin",
            "ＡＤＭＩＮ",
            "zero\u{200b}width",
        ] {
            assert!(Handle::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    proptest! {
        #[test]
        fn parsed_handles_are_stable_under_reparse(raw in "\\PC{0,30}") {
            if let Ok(h) = Handle::parse(&raw) {
                let again = Handle::parse(h.as_str()).unwrap();
                prop_assert_eq!(&again, &h);
                prop_assert_eq!(again.key(), h.key());
            }
        }

        #[test]
        fn key_ignores_ascii_case(raw in "[a-z][a-z0-9_]{1,20}") {
            if let Ok(h) = Handle::parse(&raw) {
                let upper = Handle::parse(&raw.to_uppercase()).unwrap();
                prop_assert_eq!(upper.key(), h.key());
            }
        }
    }
}
