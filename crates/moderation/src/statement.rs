//! Statements of reasons (DSA art. 17) in the fields of the EU DSA Transparency
//! Database, so that an operator can submit them there unchanged
//! (`spool moderation export-statements` writes `{"statements": [...]}` in its API's
//! shape).

use serde::{Deserialize, Serialize};
use spool_core::ReportCategory;

use crate::policies::{Clause, Ground};

/// What was decided, as the statement needs it.
#[derive(Debug, Clone)]
pub struct DecisionFacts<'a> {
    pub action: &'a str,
    /// `video`, `comment` or `account`.
    pub target_kind: &'a str,
    pub clause: &'a Clause,
    pub facts: &'a str,
    pub automated_detection: bool,
    pub automated_decision: bool,
    /// `account` (a notice by an account holder), `anonymous` (an art. 16 notice by a
    /// visitor), `screening`/`fingerprint` (own initiative), `legal_order`.
    pub source: &'a str,
    /// Countries (ISO 3166-1 alpha-2) where it applies; empty: everywhere.
    pub countries: &'a [String],
    /// The deployment's regions where it applies; empty: everywhere.
    pub regions: &'a [String],
    pub application_date: chrono::NaiveDate,
    pub end_date: Option<chrono::NaiveDate>,
    /// The decision's (platform-unique) id.
    pub puid: String,
    pub content_date: Option<chrono::NaiveDate>,
}

/// The EU's member states plus the EEA: the territorial scope of a decision that applies
/// everywhere (the database only takes EEA countries).
pub const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub decision_visibility: Vec<String>,
    pub decision_monetary: Option<String>,
    pub decision_provision: Option<String>,
    pub decision_account: Option<String>,
    pub account_type: String,
    pub decision_ground: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illegal_content_legal_ground: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub illegal_content_explanation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incompatible_content_ground: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incompatible_content_explanation: Option<String>,
    pub category: String,
    pub content_type: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type_other: Option<String>,
    pub territorial_scope: Vec<String>,
    pub application_date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date_visibility_restriction: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date_account_restriction: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_date: Option<String>,
    pub decision_facts: String,
    pub source_type: String,
    pub automated_detection: String,
    pub automated_decision: String,
    pub puid: String,
}

/// The database's category for a report category.
pub fn tdb_category(category: ReportCategory) -> &'static str {
    use ReportCategory::*;
    match category {
        HateSpeech | Harassment => "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        ViolentExtremism => "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        Disinformation => "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        ChildSafety => "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        SelfHarm => "STATEMENT_CATEGORY_SELF_HARM",
        IllegalGoods => "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS",
        Scams => "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        IntellectualProperty => "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        Spam | Other => "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
    }
}

/// The database's visibility and account fields for an action.
pub fn restriction_fields(action: &str) -> (Vec<&'static str>, Option<&'static str>) {
    match action {
        "remove" => (vec!["DECISION_VISIBILITY_CONTENT_REMOVED"], None),
        "hold" => (vec!["DECISION_VISIBILITY_CONTENT_DISABLED"], None),
        "age_restrict" => (vec!["DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED"], None),
        "restrict_regions" => (vec!["DECISION_VISIBILITY_CONTENT_DISABLED"], None),
        "label" => (vec!["DECISION_VISIBILITY_CONTENT_LABELLED"], None),
        "reduce_distribution" => (vec!["DECISION_VISIBILITY_CONTENT_DEMOTED"], None),
        "suspend" => (Vec::new(), Some("DECISION_ACCOUNT_SUSPENDED")),
        "terminate" => (Vec::new(), Some("DECISION_ACCOUNT_TERMINATED")),
        _ => (vec!["DECISION_VISIBILITY_OTHER"], None),
    }
}

pub fn source_type(source: &str) -> &'static str {
    match source {
        "account" | "anonymous" => "SOURCE_ARTICLE_16",
        "legal_order" => "SOURCE_TYPE_OTHER_NOTIFICATION",
        _ => "SOURCE_VOLUNTARY",
    }
}

/// The statement for a decision.
pub fn statement(d: &DecisionFacts<'_>) -> Statement {
    let (visibility, account) = restriction_fields(d.action);
    let illegal = d.clause.ground == Ground::Illegal;
    let explanation = format!("{} ({}): {}", d.clause.title, d.clause.id, d.clause.text);
    let territorial_scope = if !d.countries.is_empty() {
        d.countries.to_vec()
    } else if d.regions.is_empty() || d.regions.iter().any(|r| r == "eu") {
        EEA.iter().map(|c| (*c).to_owned()).collect()
    } else {
        Vec::new()
    };
    let (content_type, content_type_other) = match d.target_kind {
        "video" => (vec!["CONTENT_TYPE_VIDEO".to_owned()], None),
        "comment" => (vec!["CONTENT_TYPE_TEXT".to_owned()], None),
        _ => (
            vec!["CONTENT_TYPE_OTHER".to_owned()],
            Some("account".to_owned()),
        ),
    };
    let end = d.end_date.map(|e| e.format("%Y-%m-%d").to_string());
    Statement {
        decision_visibility: visibility.into_iter().map(str::to_owned).collect(),
        decision_monetary: None,
        decision_provision: None,
        decision_account: account.map(str::to_owned),
        account_type: "ACCOUNT_TYPE_PRIVATE".into(),
        decision_ground: if illegal {
            "DECISION_GROUND_ILLEGAL_CONTENT"
        } else {
            "DECISION_GROUND_INCOMPATIBLE_CONTENT"
        }
        .into(),
        illegal_content_legal_ground: illegal.then(|| d.clause.legal_ground.clone().unwrap_or_default()),
        illegal_content_explanation: illegal.then(|| explanation.clone()),
        incompatible_content_ground: (!illegal).then(|| format!("{} {}", d.clause.id, d.clause.title)),
        incompatible_content_explanation: (!illegal).then_some(explanation),
        category: tdb_category(d.clause.category).into(),
        content_type,
        content_type_other,
        territorial_scope,
        application_date: d.application_date.format("%Y-%m-%d").to_string(),
        end_date_visibility_restriction: if account.is_none() { end.clone() } else { None },
        end_date_account_restriction: if account.is_some() { end } else { None },
        content_date: d.content_date.map(|c| c.format("%Y-%m-%d").to_string()),
        decision_facts: d.facts.to_owned(),
        source_type: source_type(d.source).into(),
        automated_detection: if d.automated_detection { "Yes" } else { "No" }.into(),
        automated_decision: if d.automated_decision {
            "AUTOMATED_DECISION_FULLY"
        } else {
            "AUTOMATED_DECISION_NOT_AUTOMATED"
        }
        .into(),
        puid: d.puid.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policies::PolicyBook;

    #[test]
    fn statements_carry_the_databases_fields() {
        let book = PolicyBook::builtin();
        let clause = book.resolve("hate_speech").unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let s = statement(&DecisionFacts {
            action: "remove",
            target_kind: "video",
            clause,
            facts: "slur in caption",
            automated_detection: true,
            automated_decision: false,
            source: "account",
            countries: &[],
            regions: &[],
            application_date: date,
            end_date: None,
            puid: "d-1".into(),
            content_date: Some(date),
        });
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(v["decision_visibility"][0], "DECISION_VISIBILITY_CONTENT_REMOVED");
        assert_eq!(v["decision_ground"], "DECISION_GROUND_INCOMPATIBLE_CONTENT");
        assert_eq!(v["category"], "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH");
        assert_eq!(v["source_type"], "SOURCE_ARTICLE_16");
        assert_eq!(v["automated_detection"], "Yes");
        assert_eq!(v["territorial_scope"].as_array().unwrap().len(), 30);
        assert_eq!(v["application_date"], "2026-12-01");
        assert!(v.get("illegal_content_legal_ground").is_none());
        let law = book.resolve("LAW-EU-HATE").unwrap();
        let s = statement(&DecisionFacts {
            clause: law,
            action: "suspend",
            target_kind: "account",
            countries: &["DE".to_owned()],
            end_date: Some(date),
            ..DecisionFacts {
                action: "",
                target_kind: "",
                clause: law,
                facts: "",
                automated_detection: false,
                automated_decision: false,
                source: "legal_order",
                countries: &[],
                regions: &[],
                application_date: date,
                end_date: None,
                puid: "d-2".into(),
                content_date: None,
            }
        });
        assert_eq!(s.decision_account.as_deref(), Some("DECISION_ACCOUNT_SUSPENDED"));
        assert_eq!(s.end_date_account_restriction.as_deref(), Some("2026-12-01"));
        assert_eq!(s.territorial_scope, vec!["DE".to_owned()]);
        assert!(s.illegal_content_legal_ground.unwrap().contains("2008/913"));
    }
}
