use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ParseError;

/// A region cell's code: two to eight lowercase ASCII letters or digits, starting with a
/// letter (`us`, `eu`, `sg`, `br2`). Whether the region is *configured* is the store's
/// business; this type only guarantees the shape, so it is safe in file names and tokens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RegionCode(String);

impl RegionCode {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let ok = (2..=8).contains(&raw.len())
            && raw.starts_with(|c: char| c.is_ascii_lowercase())
            && raw
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ParseError::new(
                "region",
                "invalid_region",
                format!(
                    "region codes are 2 to 8 lowercase letters or digits, starting with a letter; got {raw:?}"
                ),
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for RegionCode {
    type Error = ParseError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<RegionCode> for String {
    fn from(value: RegionCode) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_codes() {
        for ok in ["us", "eu", "sg", "br2", "apac"] {
            assert_eq!(RegionCode::parse(ok).map(|r| r.to_string()), Ok(ok.into()));
        }
    }

    #[test]
    fn refuses_anything_that_could_escape_a_path_or_token() {
        for bad in [
            "",
            "u",
            "US",
            "2us",
            "e u",
            "../x",
            "eu/",
            "toolongcode",
            "é",
            "eu_",
        ] {
            assert!(RegionCode::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
