//! The policy book: the clauses every decision names (ids, texts, legal grounds), each
//! report category's default clause, review deadlines per category, and the strike rule.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use spool_core::ReportCategory;

/// The book Spool ships (`defaults/policies.toml`).
pub const DEFAULT_POLICIES: &str = include_str!("../defaults/policies.toml");

#[derive(Debug, thiserror::Error)]
#[error("policy book: {0}")]
pub struct PolicyError(pub String);

/// Why content is acted on (the DSA's two decision grounds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// It breaks the terms of service.
    Incompatible,
    /// It is illegal where the decision applies.
    Illegal,
}

impl Ground {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Incompatible => "incompatible",
            Self::Illegal => "illegal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub id: String,
    pub category: ReportCategory,
    #[serde(default, skip_serializing)]
    pub default: bool,
    pub title: String,
    pub text: String,
    pub ground: Ground,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_ground: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct Deadlines {
    default_hours: u32,
    #[serde(flatten)]
    per_category: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrikeRule {
    /// Decisions against an account within the window that propose a suspension.
    pub threshold: u32,
    pub window_days: u32,
    pub suspend_days: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    clause: Vec<Clause>,
    deadlines: Deadlines,
    strikes: StrikeRule,
}

#[derive(Debug, Clone)]
pub struct PolicyBook {
    clauses: Vec<Clause>,
    defaults: BTreeMap<ReportCategory, usize>,
    deadline_hours: BTreeMap<ReportCategory, u32>,
    default_hours: u32,
    pub strikes: StrikeRule,
}

impl PolicyBook {
    /// Parses and checks a book: unique ids, exactly one default per category, every
    /// illegal clause with its legal ground, deadlines for known categories only.
    pub fn parse(text: &str) -> Result<Self, PolicyError> {
        let raw: Raw = toml::from_str(text).map_err(|e| PolicyError(e.to_string()))?;
        let mut defaults = BTreeMap::new();
        let mut seen = std::collections::BTreeSet::new();
        for (i, c) in raw.clause.iter().enumerate() {
            if c.id.trim().is_empty() || !seen.insert(c.id.as_str()) {
                return Err(PolicyError(format!("clause id {:?} is empty or repeated", c.id)));
            }
            if ReportCategory::parse(&c.id).is_ok() {
                return Err(PolicyError(format!(
                    "clause id {:?} is a category name; choose another",
                    c.id
                )));
            }
            if c.ground == Ground::Illegal && c.legal_ground.as_deref().is_none_or(str::is_empty) {
                return Err(PolicyError(format!("clause {} is `illegal` but names no legal_ground", c.id)));
            }
            if c.default && defaults.insert(c.category, i).is_some() {
                return Err(PolicyError(format!("two default clauses for {}", c.category)));
            }
        }
        for cat in ReportCategory::ALL {
            if !defaults.contains_key(cat) {
                return Err(PolicyError(format!("no default clause for {cat}")));
            }
        }
        let mut deadline_hours = BTreeMap::new();
        for (k, v) in raw.deadlines.per_category {
            let cat = ReportCategory::parse(&k).map_err(|e| PolicyError(e.message))?;
            if v == 0 {
                return Err(PolicyError(format!("deadline for {k} is zero")));
            }
            deadline_hours.insert(cat, v);
        }
        if raw.deadlines.default_hours == 0 || raw.strikes.threshold == 0 {
            return Err(PolicyError("deadlines and strike thresholds are at least 1".into()));
        }
        Ok(Self {
            clauses: raw.clause,
            defaults,
            deadline_hours,
            default_hours: raw.deadlines.default_hours,
            strikes: raw.strikes,
        })
    }

    pub fn builtin() -> Self {
        match Self::parse(DEFAULT_POLICIES) {
            Ok(b) => b,
            Err(e) => panic!("the built-in policy book is invalid: {e}"),
        }
    }

    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// A clause by id, or a category's default clause by the category's name.
    pub fn resolve(&self, id_or_category: &str) -> Option<&Clause> {
        if let Some(c) = self.clauses.iter().find(|c| c.id == id_or_category) {
            return Some(c);
        }
        let cat = ReportCategory::parse(id_or_category).ok()?;
        self.default_for(cat)
    }

    pub fn default_for(&self, category: ReportCategory) -> Option<&Clause> {
        self.defaults.get(&category).map(|i| &self.clauses[*i])
    }

    /// How long an item of this category may wait, in milliseconds.
    pub fn deadline_ms(&self, category: ReportCategory) -> i64 {
        let hours = self
            .deadline_hours
            .get(&category)
            .copied()
            .unwrap_or(self.default_hours);
        i64::from(hours) * 3_600_000
    }
}

/// How grave a category is, 0..=100: the first key of the queue's order.
pub fn severity(category: ReportCategory) -> i64 {
    use ReportCategory::*;
    match category {
        ChildSafety => 100,
        ViolentExtremism => 90,
        SelfHarm => 80,
        HateSpeech => 70,
        IllegalGoods => 60,
        Harassment => 55,
        Scams => 50,
        Disinformation => 45,
        IntellectualProperty => 30,
        Spam => 20,
        Other => 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_book_is_valid_and_resolves_categories() {
        let book = PolicyBook::builtin();
        assert_eq!(book.resolve("hate_speech").unwrap().id, "CG-1.1");
        assert_eq!(book.resolve("LAW-EU-HATE").unwrap().ground, Ground::Illegal);
        assert!(book.resolve("nope").is_none());
        assert!(book.deadline_ms(ReportCategory::ChildSafety) < book.deadline_ms(ReportCategory::Spam));
        assert_eq!(book.deadline_ms(ReportCategory::Spam), 24 * 3_600_000);
    }

    #[test]
    fn bad_books_are_refused() {
        let no_default = DEFAULT_POLICIES.replace("category = \"spam\"\ndefault = true", "category = \"spam\"");
        assert!(PolicyBook::parse(&no_default).unwrap_err().0.contains("spam"));
        let no_law = DEFAULT_POLICIES.replace(
            "legal_ground = \"Directive 2011/93/EU on combating the sexual abuse and sexual exploitation of children\"",
            "",
        );
        assert!(PolicyBook::parse(&no_law).unwrap_err().0.contains("legal_ground"));
        assert!(PolicyBook::parse("nonsense = 1").is_err());
    }
}
