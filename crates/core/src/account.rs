use std::fmt;

use chrono::{Datelike, NaiveDate};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ParseError;

/// Accounts younger than this are refused at sign-up.
pub const MINIMUM_AGE: u32 = 13;
/// From this age on an account is no longer a teen account.
pub const ADULT_AGE: u32 = 18;

/// An account's permanent identifier (a UUIDv7, so ids sort by creation time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AccountId(pub Uuid);

impl AccountId {
    pub fn new() -> Self {
        Self(Uuid::now_v7())
    }
}

impl Default for AccountId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Trimmed text with a length limit in characters and no control characters.
fn bounded_text(
    raw: &str,
    field: &'static str,
    code: &'static str,
    max: usize,
    allow_newlines: bool,
) -> Result<String, ParseError> {
    let text = raw.trim();
    let len = text.chars().count();
    if len > max {
        return Err(ParseError::new(
            field,
            code,
            format!("{field} may be at most {max} characters long; this one has {len}"),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(allow_newlines && c == '\n'))
    {
        return Err(ParseError::new(
            field,
            code,
            format!("{field} may not contain control characters"),
        ));
    }
    Ok(text.to_owned())
}

/// The name shown next to the handle: up to 50 characters, may be empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 50;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        bounded_text(
            raw,
            "display_name",
            "invalid_display_name",
            Self::MAX_CHARS,
            false,
        )
        .map(Self)
    }
    pub fn from_trusted(stored: String) -> Self {
        Self(stored)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A short self-description: up to 160 characters, line breaks allowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Bio(String);

impl Bio {
    pub const MAX_CHARS: usize = 160;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        bounded_text(raw, "bio", "invalid_bio", Self::MAX_CHARS, true).map(Self)
    }
    pub fn from_trusted(stored: String) -> Self {
        Self(stored)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An e-mail address, checked for shape only (one `@`, a dotted domain, no spaces, at
/// most 254 bytes); whether it receives mail is not our business at sign-up. Personal data.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let err = |m: &str| ParseError::new("email", "invalid_email", m.to_owned());
        let raw = raw.trim();
        if raw.len() > 254 {
            return Err(err("an e-mail address has at most 254 characters"));
        }
        let Some((local, domain)) = raw.split_once('@') else {
            return Err(err("an e-mail address needs an '@'"));
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '@');
        if !(domain_ok && local_ok) {
            return Err(err("that does not look like an e-mail address"));
        }
        Ok(Self(raw.to_owned()))
    }
    pub fn from_trusted(stored: String) -> Self {
        Self(stored)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Email(<personal>)")
    }
}

/// A password as typed: 8 to 128 characters. Held as a secret so it never reaches a log.
#[derive(Clone)]
pub struct Password(SecretString);

impl Password {
    pub const MIN_CHARS: usize = 8;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let len = raw.chars().count();
        if !(Self::MIN_CHARS..=Self::MAX_CHARS).contains(&len) {
            return Err(ParseError::new(
                "password",
                "invalid_password",
                format!(
                    "a password has {} to {} characters",
                    Self::MIN_CHARS,
                    Self::MAX_CHARS
                ),
            ));
        }
        Ok(Self(SecretString::from(raw.to_owned())))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// Age in whole years on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Age(pub u32);

impl Age {
    pub fn is_teen(self) -> bool {
        self.0 < ADULT_AGE
    }
}

/// A date of birth (personal data). Not in the future and not before 1900.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct BirthDate(NaiveDate);

impl BirthDate {
    /// Parses `YYYY-MM-DD`, checked against `today`.
    pub fn parse(raw: &str, today: NaiveDate) -> Result<Self, ParseError> {
        let err = |m: String| ParseError::new("birth_date", "invalid_birth_date", m);
        let date = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
            err(format!(
                "birth_date must be a date as YYYY-MM-DD; got {raw:?}"
            ))
        })?;
        if date > today {
            return Err(err("birth_date is in the future".into()));
        }
        if date.year() < 1900 {
            return Err(err("birth_date is before 1900".into()));
        }
        Ok(Self(date))
    }

    pub fn from_trusted(date: NaiveDate) -> Self {
        Self(date)
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    /// Whole years completed on `today`. Someone born on 29 February becomes a year
    /// older on 1 March in years without one.
    pub fn age_on(self, today: NaiveDate) -> Age {
        let mut years = today.year() - self.0.year();
        if (today.month(), today.day()) < (self.0.month(), self.0.day()) {
            years -= 1;
        }
        Age(u32::try_from(years.max(0)).unwrap_or(0))
    }
}

impl fmt::Debug for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BirthDate(<personal>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn age_counts_whole_years() {
        let today = day("2026-11-23");
        let age = |b: &str| BirthDate::parse(b, today).unwrap().age_on(today).0;
        assert_eq!(age("2013-11-23"), 13);
        assert_eq!(age("2013-11-24"), 12);
        assert_eq!(age("2008-11-24"), 17);
        assert_eq!(age("2008-11-23"), 18);
        assert_eq!(
            BirthDate::parse("2008-02-29", today)
                .unwrap()
                .age_on(day("2026-02-28"))
                .0,
            17
        );
    }

    #[test]
    fn birth_date_refuses_nonsense() {
        let today = day("2026-11-23");
        for bad in [
            "",
            "2026-11-24",
            "1899-12-31",
            "23.11.2000",
            "2000-02-30",
            "yesterday",
        ] {
            assert!(BirthDate::parse(bad, today).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn text_fields_have_limits() {
        assert!(DisplayName::parse(&"x".repeat(50)).is_ok());
        assert!(DisplayName::parse(&"x".repeat(51)).is_err());
        assert!(DisplayName::parse("tab\there").is_err());
        assert!(Bio::parse("two\nlines").is_ok());
        assert!(Bio::parse(&"é".repeat(161)).is_err());
        assert_eq!(DisplayName::parse("  Ana  ").unwrap().as_str(), "Ana");
    }

    #[test]
    fn emails() {
        for ok in [
            "ana@example.org",
            "a.b+c@sub.example.co.uk",
            "josé@exämple.de",
        ] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@localhost",
            "a b@example.org",
            "a@b@c.de",
            "ana@exa..mple.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let p = Password::parse("correct horse battery").unwrap();
        assert!(!format!("{p:?}").contains("horse"));
        let e = Email::parse("ana@example.org").unwrap();
        assert!(!format!("{e:?}").contains("ana"));
        assert!(Password::parse("short").is_err());
        assert!(Password::parse(&"x".repeat(129)).is_err());
    }
}
