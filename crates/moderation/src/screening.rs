//! Automated screening of captions, comments and sound titles: the language is detected
//! (`whatlang`), then the text is matched against that language's term list and the
//! language-independent one (`any`). A match only puts the item in the review queue,
//! with automated detection and a higher priority; nothing is removed on its own.
//!
//! Matching is on whole words of normalised text: NFKC, lower case, accents removed,
//! letters repeated three or more times folded to one ("kiiiill" → "kill"), and
//! everything that is not a letter or digit a word break; phrases are normalised the
//! same way and must match whole words.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use spool_core::ReportCategory;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

const BUILTIN: &[(&str, &str)] = &[
    ("eng", include_str!("../defaults/terms/eng.toml")),
    ("deu", include_str!("../defaults/terms/deu.toml")),
    ("spa", include_str!("../defaults/terms/spa.toml")),
    ("fra", include_str!("../defaults/terms/fra.toml")),
    ("any", include_str!("../defaults/terms/any.toml")),
];

#[derive(Debug, thiserror::Error)]
#[error("term list {file}: {message}")]
pub struct TermsError {
    pub file: String,
    pub message: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    phrase: String,
    category: ReportCategory,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList {
    #[serde(default)]
    term: Vec<RawTerm>,
}

/// One hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    pub phrase: String,
    pub category: ReportCategory,
    /// The list it came from (ISO 639-3 code, or `any`).
    pub list: String,
}

/// What screening found in one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The detected language (ISO 639-3), when reliable enough.
    pub language: Option<String>,
    pub hits: Vec<Hit>,
}

impl Finding {
    /// The gravest category among the hits.
    pub fn category(&self) -> Option<ReportCategory> {
        self.hits
            .iter()
            .map(|h| h.category)
            .max_by_key(|c| crate::policies::severity(*c))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Screener {
    /// Per list: normalised phrase → category.
    lists: BTreeMap<String, Vec<(String, ReportCategory)>>,
}

/// Text normalised for matching, with a space on both ends.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let mut last: Option<char> = None;
    let mut run = 0;
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        for c in c.to_lowercase() {
            let c = if c.is_alphanumeric() { c } else { ' ' };
            if c == ' ' && out.ends_with(' ') {
                continue;
            }
            if Some(c) == last {
                run += 1;
                if run >= 2 && c != ' ' {
                    // A third (or later) repeat: folded into one.
                    if run == 2 {
                        out.pop();
                    }
                    continue;
                }
            } else {
                run = 0;
            }
            last = Some(c);
            out.push(c);
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out.nfc().collect()
}

impl Screener {
    /// The built-in lists.
    pub fn builtin() -> Self {
        let mut s = Self::default();
        for (lang, text) in BUILTIN {
            if let Err(e) = s.add_list(lang, text, lang) {
                panic!("built-in term list is invalid: {e}");
            }
        }
        s
    }

    /// The built-in lists plus every `<lang>.toml` in `dir` (added to the same language).
    pub fn with_dir(dir: &Path) -> Result<Self, TermsError> {
        let mut s = Self::builtin();
        let err = |file: &Path, message: String| TermsError {
            file: file.display().to_string(),
            message,
        };
        let entries = std::fs::read_dir(dir).map_err(|e| err(dir, e.to_string()))?;
        for entry in entries {
            let path = entry.map_err(|e| err(dir, e.to_string()))?.path();
            if path.extension().and_then(|e| e.to_str()) != Some("toml") {
                continue;
            }
            let lang = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            let text = std::fs::read_to_string(&path).map_err(|e| err(&path, e.to_string()))?;
            s.add_list(&lang, &text, &path.display().to_string())?;
        }
        Ok(s)
    }

    fn add_list(&mut self, lang: &str, text: &str, file: &str) -> Result<(), TermsError> {
        let err = |message: String| TermsError {
            file: file.to_owned(),
            message,
        };
        if lang != "any" && whatlang::Lang::from_code(lang).is_none() {
            return Err(err(format!("{lang:?} is not an ISO 639-3 code whatlang knows")));
        }
        let raw: RawList = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        let list = self.lists.entry(lang.to_owned()).or_default();
        for t in raw.term {
            let phrase = normalize(&t.phrase);
            if phrase.trim().is_empty() {
                return Err(err(format!("phrase {:?} has no letters or digits", t.phrase)));
            }
            list.push((phrase, t.category));
        }
        Ok(())
    }

    pub fn term_count(&self) -> usize {
        self.lists.values().map(Vec::len).sum()
    }

    /// Screens one text.
    pub fn screen(&self, text: &str) -> Finding {
        let language = whatlang::detect(text)
            .filter(|i| i.is_reliable() || i.confidence() > 0.5)
            .map(|i| i.lang().code().to_owned());
        let norm = normalize(text);
        let mut hits = Vec::new();
        // The detected language's list, the language-independent one, and — since short
        // texts are often misdetected — every other list too, but only its longer phrases.
        for (list, terms) in &self.lists {
            let own = language.as_deref() == Some(list.as_str()) || list == "any";
            for (phrase, category) in terms {
                if !own && phrase.trim().split(' ').count() < 2 {
                    continue;
                }
                if norm.contains(phrase.as_str()) {
                    hits.push(Hit {
                        phrase: phrase.trim().to_owned(),
                        category: *category,
                        list: list.clone(),
                    });
                }
            }
        }
        Finding { language, hits }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_folds_case_accents_and_stretching() {
        assert_eq!(normalize("KIIIILL   all!!"), " kill all ");
        assert_eq!(normalize("Éxterminarlos"), " exterminarlos ");
        assert_eq!(normalize("good"), " good ");
    }

    #[test]
    fn screening_finds_listed_phrases_as_whole_words() {
        let s = Screener::builtin();
        let f = s.screen("Free CRYPTO giveaway!!! click the link in my bio now please");
        assert_eq!(f.language.as_deref(), Some("eng"));
        assert_eq!(f.category(), Some(ReportCategory::Scams));
        assert!(s.screen("a skillful allrounder at the beach, what a day").hits.is_empty());
        let f = s.screen("Wir müssen sie alle ausrotten, sagt er in diesem Video heute");
        assert_eq!(f.language.as_deref(), Some("deu"));
        assert_eq!(f.category(), Some(ReportCategory::HateSpeech));
        // Short texts: multi-word phrases of any list still match.
        assert_eq!(s.screen("buy followers").category(), Some(ReportCategory::Spam));
    }

    #[test]
    fn operator_lists_extend_the_builtin_ones() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("eng.toml"),
            "[[term]]\nphrase = \"purple menace\"\ncategory = \"harassment\"\n",
        )
        .unwrap();
        let s = Screener::with_dir(dir.path()).unwrap();
        assert_eq!(s.term_count(), Screener::builtin().term_count() + 1);
        assert!(!s.screen("beware the purple menace tonight").hits.is_empty());
        std::fs::write(dir.path().join("xx.toml"), "").unwrap();
        assert!(Screener::with_dir(dir.path()).is_err());
    }
}
