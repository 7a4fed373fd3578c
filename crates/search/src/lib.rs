//! Search over Spool's public content: accounts, videos, hashtags and sounds.
//!
//! The server hands [`SearchIndex`] a [`Doc`] whenever something public is created or
//! changes, removes it when it stops being public, and asks [`SearchIndex::search`] and
//! [`SearchIndex::suggest`] for [`Hit`]s (kind, id, score) that it then loads from its store.
//!
//! Key design decisions:
//!
//! - **One tantivy index for all four kinds**, a `kind` term filtering each query. The
//!   index is a cache of the store: when its layout changes it is wiped and the caller
//!   re-indexes ([`SearchIndex::is_fresh`]).
//! - **Tokenization without dictionaries** (`analysis.rs`): CJK runs become overlapping
//!   character bigrams (as Lucene's CJKAnalyzer does), other scripts words; accents are
//!   folded into extra forms, so `Müller` is found by `müller`, `muller` and `mueller`.
//! - **Typeahead by edge n-grams**: titles are also indexed as the prefixes of their words,
//!   so a prefix lookup is a single term lookup.
//! - **User input is never parsed as query syntax**: queries are built term by term from the
//!   same analysis, so quotes, colons, `AND`, brackets or emoji are just text.
//! - **Near-real-time by periodic commits** ([`SearchIndex::spawn_committer`]): writes are
//!   buffered by one `IndexWriter` and become visible at the next commit.
//!
//! **Architecture Invariant:** knows nothing of HTTP or of the database; it indexes the
//! documents it is given and answers with ids.

mod analysis;
mod index;
#[cfg(test)]
mod tests;

use unicode_normalization::UnicodeNormalization;

pub use index::SearchIndex;

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Account,
    Video,
    Hashtag,
    Sound,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Account, Kind::Video, Kind::Hashtag, Kind::Sound];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Account => "account",
            Kind::Video => "video",
            Kind::Hashtag => "hashtag",
            Kind::Sound => "sound",
        }
    }

    /// Accepts the singular and the plural (`"account"`, `"accounts"`), in any ASCII case.
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim().to_ascii_lowercase();
        match s.as_str() {
            "account" | "accounts" => Some(Kind::Account),
            "video" | "videos" => Some(Kind::Video),
            "hashtag" | "hashtags" => Some(Kind::Hashtag),
            "sound" | "sounds" => Some(Kind::Sound),
            _ => None,
        }
    }
}

/// A document to index. Only public content is ever given to the index.
#[derive(Debug, Clone)]
pub struct Doc {
    pub kind: Kind,
    /// Unique within `kind` (a uuid string; for hashtags the normalized tag itself).
    pub id: String,
    /// Account: handle; video: caption; hashtag: the tag (without `#`); sound: its title.
    pub title: String,
    /// Account: display name + " " + bio; video: creator handle + display name; others: "".
    pub body: String,
    /// Video: its hashtags, normalized, without `#`.
    pub tags: Vec<String>,
    /// Account id of the owner (account: itself; video/sound: creator), for block filtering
    /// and [`SearchIndex::remove_owner`].
    pub owner: Option<String>,
    /// Zero or more: followers (account), likes + views/10 (video), uses (hashtag, sound).
    /// Negative values and NaN count as 0.
    pub popularity: f64,
    /// Unix milliseconds.
    pub created_at: i64,
}

/// One result: the caller loads the object by `kind` and `id`.
#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    /// Higher is better. `search`: the blended relevance; `suggest`: the popularity.
    pub score: f32,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index folder {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Normalizes a hashtag or search word the way the index does: NFKC, lowercase, surrounding
/// whitespace and leading `#`/`@` removed.
pub fn normalize(s: &str) -> String {
    let folded: String = s.nfkc().flat_map(char::to_lowercase).collect();
    folded
        .trim()
        .trim_start_matches(['#', '@'])
        .trim()
        .to_owned()
}
