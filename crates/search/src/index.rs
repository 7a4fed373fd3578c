//! The tantivy index: schema, writes, commits, and the two kinds of queries.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery, TermSetQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, Searcher,
    SegmentReader, TantivyDocument, Term,
};

use crate::analysis::{self, prefix_key, SpoolTokenizer, Unit};
use crate::{Doc, Hit, Kind, SearchError};

/// Bump whenever the schema *or the analysis* changes: an index written by another version
/// is then wiped and rebuilt by the caller, instead of silently missing matches.
const SCHEMA_VERSION: &str = "spool-search 1";
/// Written into the index folder once a fresh index has been filled (see `is_fresh`).
const MARKER_FILE: &str = "spool-search-version";
/// The writer's indexing buffer: one thread, flushed to a segment when full.
const WRITER_MEMORY_BYTES: usize = 32_000_000;
const WORDS_TOKENIZER: &str = "spool_words";
const PREFIX_TOKENIZER: &str = "spool_prefix";
const POPULARITY: &str = "popularity";
/// `search` and `suggest` return at most this many hits, `search` skips at most
/// `MAX_OFFSET` (deep paging through search results is not a use case; memory is bounded).
const MAX_LIMIT: usize = 1_000;
const MAX_OFFSET: usize = 10_000;
/// Popularity is clamped to [0, MAX_POPULARITY].
const MAX_POPULARITY: f64 = 1e15;

/// Field weights of full-text search. A word found in the title counts most, then tags,
/// then the body; prefix matches of the last word count less than whole words (a whole
/// word also matches as a prefix, so it gets both).
const TITLE_BOOST: Score = 3.0;
const TAGS_BOOST: Score = 2.0;
const BODY_BOOST: Score = 1.0;
const TITLE_PREFIX_BOOST: Score = 1.5;
const TAGS_PREFIX_BOOST: Score = 1.0;
const BODY_PREFIX_BOOST: Score = 0.5;
/// Weight of popularity in the blended score; see [`blend`].
const POPULARITY_WEIGHT: f64 = 0.25;

/// Fields searched, with their weights.
type Weights = Vec<(Field, Score)>;

#[derive(Debug, Clone, Copy)]
struct Fields {
    /// `kind:id`, the unique key used to replace and delete.
    key: Field,
    kind: Field,
    id: Field,
    owner: Field,
    title: Field,
    body: Field,
    tags: Field,
    title_prefix: Field,
    body_prefix: Field,
    tags_prefix: Field,
    popularity: Field,
    created_at: Field,
}

fn schema() -> (Schema, Fields) {
    let text = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let mut b = Schema::builder();
    let fields = Fields {
        key: b.add_text_field("key", STRING),
        kind: b.add_text_field("kind", STRING | STORED),
        id: b.add_text_field("id", STORED),
        owner: b.add_text_field("owner", STRING),
        title: b.add_text_field("title", text(WORDS_TOKENIZER)),
        body: b.add_text_field("body", text(WORDS_TOKENIZER)),
        tags: b.add_text_field("tags", text(WORDS_TOKENIZER)),
        title_prefix: b.add_text_field("title_prefix", text(PREFIX_TOKENIZER)),
        body_prefix: b.add_text_field("body_prefix", text(PREFIX_TOKENIZER)),
        tags_prefix: b.add_text_field("tags_prefix", text(PREFIX_TOKENIZER)),
        popularity: b.add_f64_field(POPULARITY, FAST),
        created_at: b.add_i64_field("created_at", FAST),
    };
    (b.build(), fields)
}

/// The search index. Cheap to clone (an `Arc` inside); share one per process.
///
/// Writes (`upsert`, `remove`, `remove_owner`) go to an in-memory buffer and are visible to
/// queries only after the next [`commit`](SearchIndex::commit) — which
/// [`spawn_committer`](SearchIndex::spawn_committer) does periodically. Writes are
/// synchronous and cheap, but may wait for a commit in progress (tens of milliseconds).
#[derive(Clone)]
pub struct SearchIndex {
    inner: Arc<Inner>,
}

struct Inner {
    writer: Mutex<IndexWriter>,
    reader: IndexReader,
    fields: Fields,
    /// Set by every write, cleared by every commit.
    dirty: AtomicBool,
    fresh: bool,
    /// For a fresh on-disk index: the marker to write at the first explicit commit.
    pending_marker: Mutex<Option<PathBuf>>,
}

impl SearchIndex {
    /// Opens or creates the index in `dir` (created if missing).
    ///
    /// `dir` must belong to the index alone: when the stored index is unreadable, was
    /// written with another schema or analysis version, or was never completely filled
    /// (see [`is_fresh`](SearchIndex::is_fresh)), everything in `dir` is deleted and the
    /// index starts empty. Fails if another `SearchIndex` (in this process or another)
    /// holds the folder.
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        let io = |source| SearchError::Io {
            path: dir.to_owned(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, fields) = schema();
        let marker = dir.join(MARKER_FILE);
        let complete = std::fs::read_to_string(&marker)
            .map(|s| s.trim() == SCHEMA_VERSION)
            .unwrap_or(false);
        let existing = if complete && dir.join("meta.json").exists() {
            match Index::open_in_dir(dir) {
                Ok(index) if index.schema() == schema => Some(index),
                Ok(_) => {
                    tracing::warn!(dir = %dir.display(), "search index schema changed; rebuilding");
                    None
                }
                Err(error) => {
                    tracing::warn!(dir = %dir.display(), %error, "search index unreadable; rebuilding");
                    None
                }
            }
        } else {
            None
        };
        match existing {
            Some(index) => Self::from_index(index, fields, false, None),
            None => {
                empty_folder(dir).map_err(io)?;
                let index = Index::create_in_dir(dir, schema)?;
                Self::from_index(index, fields, true, Some(marker))
            }
        }
    }

    /// A new, empty index held in memory (tests, or a server that re-indexes at start).
    pub fn open_in_ram() -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        Self::from_index(Index::create_in_ram(schema), fields, true, None)
    }

    fn from_index(
        index: Index,
        fields: Fields,
        fresh: bool,
        pending_marker: Option<PathBuf>,
    ) -> Result<Self, SearchError> {
        let tokenizers = index.tokenizers();
        tokenizers.register(WORDS_TOKENIZER, TextAnalyzer::from(SpoolTokenizer::words()));
        tokenizers.register(
            PREFIX_TOKENIZER,
            TextAnalyzer::from(SpoolTokenizer::edge_ngrams()),
        );
        let writer = index.writer_with_num_threads(1, WRITER_MEMORY_BYTES)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            inner: Arc::new(Inner {
                writer: Mutex::new(writer),
                reader,
                fields,
                dirty: AtomicBool::new(false),
                fresh,
                pending_marker: Mutex::new(pending_marker),
            }),
        })
    }

    /// True when `open` created a new, empty index, so the caller should re-index everything
    /// from its store and then call [`commit`](SearchIndex::commit).
    ///
    /// An on-disk index counts as complete only from that first explicit `commit` on (the
    /// periodic commits of `spawn_committer` do not count): if the process stops before,
    /// the next `open` starts over with a fresh index, so an interrupted re-index is never
    /// mistaken for a complete one.
    pub fn is_fresh(&self) -> bool {
        self.inner.fresh
    }

    /// Adds or replaces the doc with the same (kind, id). Not visible until the next commit.
    pub fn upsert(&self, doc: Doc) -> Result<(), SearchError> {
        let f = &self.inner.fields;
        let key = doc_key(doc.kind, &doc.id);
        let mut d = TantivyDocument::default();
        d.add_text(f.key, &key);
        d.add_text(f.kind, doc.kind.as_str());
        d.add_text(f.id, &doc.id);
        if let Some(owner) = doc.owner.as_deref().filter(|o| !o.is_empty()) {
            d.add_text(f.owner, owner);
        }
        d.add_text(f.title, &doc.title);
        d.add_text(f.title_prefix, &doc.title);
        d.add_text(f.body, &doc.body);
        d.add_text(f.body_prefix, &doc.body);
        for tag in &doc.tags {
            d.add_text(f.tags, tag);
            d.add_text(f.tags_prefix, tag);
        }
        d.add_f64(f.popularity, clamp_popularity(doc.popularity));
        d.add_i64(f.created_at, doc.created_at);

        let writer = self.inner.writer();
        // The delete applies to documents added before it only, so the new one survives.
        writer.delete_term(Term::from_field_text(f.key, &key));
        writer.add_document(d)?;
        self.inner.dirty.store(true, Ordering::SeqCst);
        Ok(())
    }

    pub fn remove(&self, kind: Kind, id: &str) -> Result<(), SearchError> {
        let term = Term::from_field_text(self.inner.fields.key, &doc_key(kind, id));
        self.inner.writer().delete_term(term);
        self.inner.dirty.store(true, Ordering::SeqCst);
        Ok(())
    }

    /// Removes every document owned by `owner` (account deletion): the account itself, its
    /// videos and its sounds.
    pub fn remove_owner(&self, owner: &str) -> Result<(), SearchError> {
        let term = Term::from_field_text(self.inner.fields.owner, owner);
        self.inner.writer().delete_term(term);
        self.inner.dirty.store(true, Ordering::SeqCst);
        Ok(())
    }

    /// Commits pending changes and reloads the reader so they are searchable now.
    ///
    /// The first call on a fresh on-disk index also marks it complete (see `is_fresh`).
    pub fn commit(&self) -> Result<(), SearchError> {
        self.inner.commit()?;
        let mut pending = self
            .inner
            .pending_marker
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(marker) = pending.as_ref() {
            write_marker(marker).map_err(|source| SearchError::Io {
                path: marker.clone(),
                source,
            })?;
            *pending = None;
        }
        Ok(())
    }

    /// Starts a tokio task that commits at most every `every` when there are pending
    /// changes (the server uses 250 ms, so a change is searchable within 1 s). Commits run on
    /// the blocking pool. The task ends by itself once every `SearchIndex` handle is
    /// dropped; abort the handle to stop it sooner. Must be called within a tokio runtime.
    pub fn spawn_committer(&self, every: Duration) -> tokio::task::JoinHandle<()> {
        let weak = Arc::downgrade(&self.inner);
        let every = every.max(Duration::from_millis(10));
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                let Some(inner) = weak.upgrade() else { break };
                if !inner.dirty.load(Ordering::SeqCst) {
                    continue;
                }
                match tokio::task::spawn_blocking(move || inner.commit()).await {
                    Ok(Ok(())) => {}
                    Ok(Err(error)) => tracing::warn!(%error, "search index commit failed"),
                    Err(error) => tracing::warn!(%error, "search index commit task failed"),
                }
            }
        })
    }

    /// Commits when something was written since the last commit (for a periodic
    /// committer); `true` when it committed.
    pub fn commit_if_dirty(&self) -> Result<bool, SearchError> {
        if !self.inner.dirty.load(Ordering::SeqCst) {
            return Ok(false);
        }
        self.inner.commit()?;
        Ok(true)
    }

    /// Full-text search of one kind.
    ///
    /// The words of `text` (see the analysis in `analysis.rs`) are looked up in the title,
    /// tags and body, weighted 3 : 2 : 1; the last word also matches as a prefix of a
    /// title, tag or body word (weighted 1.5 : 1 : 0.5), so "cook" finds "cooking". Up to three
    /// words, every word must match; from four on, a quarter (rounded down) may be missing.
    /// CJK bigrams, which also straddle word boundaries, need half (rounded up) to match.
    ///
    /// A query starting with `#` searches only tags (videos) or the tag itself (hashtags);
    /// one starting with `@` only handles (accounts) or the creator's handle and name
    /// (videos). For the other kinds the sign is ignored.
    ///
    /// Score = `bm25 * (1 + 0.25 * ln(1 + popularity))`, bm25 summed over the matching
    /// field clauses with the weights above: popularity 0 leaves relevance as is; 100
    /// multiplies it by 2.15, 10 000 by 3.3, 1 000 000 by 4.45: popularity orders equally
    /// relevant results and lifts a popular one over a somewhat better match, but the
    /// logarithm keeps a much better match ahead.
    ///
    /// Results exclude documents owned by `exclude_owners`. Empty or symbol-only text gives
    /// no results. Input is plain words, never query syntax: no input makes this fail.
    /// `limit` is capped at 1000 and `offset` at 10 000.
    pub fn search(
        &self,
        kind: Kind,
        text: &str,
        exclude_owners: &[String],
        limit: usize,
        offset: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let limit = limit.min(MAX_LIMIT);
        let offset = offset.min(MAX_OFFSET);
        let f = self.inner.fields;
        let folded = analysis::fold_case(text);
        let trimmed = folded.trim_start();
        let (exact, prefix): (Weights, Weights) = match (trimmed.chars().next(), kind) {
            (Some('#'), Kind::Video) => (
                vec![(f.tags, TAGS_BOOST)],
                vec![(f.tags_prefix, TAGS_PREFIX_BOOST)],
            ),
            (Some('#'), Kind::Hashtag) | (Some('@'), Kind::Account) => (
                vec![(f.title, TITLE_BOOST)],
                vec![(f.title_prefix, TITLE_PREFIX_BOOST)],
            ),
            (Some('@'), Kind::Video) => (
                vec![(f.body, BODY_BOOST)],
                vec![(f.body_prefix, BODY_PREFIX_BOOST)],
            ),
            _ => (
                vec![
                    (f.title, TITLE_BOOST),
                    (f.tags, TAGS_BOOST),
                    (f.body, BODY_BOOST),
                ],
                vec![
                    (f.title_prefix, TITLE_PREFIX_BOOST),
                    (f.tags_prefix, TAGS_PREFIX_BOOST),
                    (f.body_prefix, BODY_PREFIX_BOOST),
                ],
            ),
        };
        let units = analysis::query_units(trimmed);
        if limit == 0 || units.is_empty() {
            return Ok(Vec::new());
        }
        let query = self.filtered(text_query(&units, &exact, &prefix), kind, exclude_owners);

        let collector =
            TopDocs::with_limit(limit)
                .and_offset(offset)
                .tweak_score(|segment: &SegmentReader| {
                    let popularity = popularity_column(segment);
                    move |doc: DocId, score: Score| blend(score, popularity(doc))
                });
        let searcher = self.inner.reader.searcher();
        let found = searcher.search(&query, &collector)?;
        self.hits(&searcher, found.into_iter())
    }

    /// Typeahead: documents with a title word (handle, tag, caption word, sound title word)
    /// starting with `prefix` (after normalization; with several words, each must start a
    /// title word), most popular first (`Hit::score` is the popularity). `kind: None` mixes
    /// all kinds: the most popular of each kind first, then the second of each, and so on,
    /// so that one kind with large numbers (video views) does not crowd out the others,
    /// and without the sounds of the accounts it suggests (one person, one row).
    /// Excludes documents owned by `exclude_owners`; `limit` is capped at 1000.
    pub fn suggest(
        &self,
        kind: Option<Kind>,
        prefix: &str,
        exclude_owners: &[String],
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let limit = limit.min(MAX_LIMIT);
        let units = analysis::query_units(prefix);
        if limit == 0 || units.is_empty() {
            return Ok(Vec::new());
        }
        let Some(kind) = kind else {
            // A sound matched through its creator's handle ("original sound - @ana") is
            // the account listed once more: sounds of the accounts suggested are left out.
            let accounts = self.suggest_kind(Kind::Account, &units, exclude_owners, limit)?;
            let mut without = exclude_owners.to_vec();
            without.extend(accounts.iter().map(|a| a.id.clone()));
            let mut per_kind = Vec::new();
            for kind in Kind::ALL {
                per_kind.push(match kind {
                    Kind::Account => accounts.clone(),
                    Kind::Sound => self.suggest_kind(kind, &units, &without, limit)?,
                    _ => self.suggest_kind(kind, &units, exclude_owners, limit)?,
                });
            }
            return Ok(interleave(per_kind, limit));
        };
        self.suggest_kind(kind, &units, exclude_owners, limit)
    }

    fn suggest_kind(
        &self,
        kind: Kind,
        units: &[Unit],
        exclude_owners: &[String],
        limit: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let title_prefix = self.inner.fields.title_prefix;
        let clauses = units
            .iter()
            .map(|unit| {
                let forms = unit
                    .forms
                    .iter()
                    .map(|form| {
                        let term = Term::from_field_text(title_prefix, &prefix_key(form));
                        (Occur::Should, term_query(term))
                    })
                    .collect();
                let unit: Box<dyn Query> = Box::new(BooleanQuery::new(forms));
                (Occur::Must, unit)
            })
            .collect();
        let query = self.filtered(Box::new(BooleanQuery::new(clauses)), kind, exclude_owners);
        // Ties in popularity go to the better prefix match (a shorter title, mostly).
        let collector = TopDocs::with_limit(limit).tweak_score(|segment: &SegmentReader| {
            let popularity = popularity_column(segment);
            move |doc: DocId, score: Score| (popularity(doc), score)
        });
        let searcher = self.inner.reader.searcher();
        let found = searcher.search(&query, &collector)?;
        self.hits(
            &searcher,
            found
                .into_iter()
                .map(|((popularity, _), address)| (popularity as f32, address)),
        )
    }

    /// Number of searchable documents (as of the last commit).
    pub fn num_docs(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    /// `query`, restricted to `kind` (without adding to the score) and without the excluded
    /// owners' documents.
    fn filtered(
        &self,
        query: Box<dyn Query>,
        kind: Kind,
        exclude_owners: &[String],
    ) -> BooleanQuery {
        let f = self.inner.fields;
        let kind_term = Term::from_field_text(f.kind, kind.as_str());
        let kind_filter = ConstScoreQuery::new(
            Box::new(TermQuery::new(kind_term, IndexRecordOption::Basic)),
            0.0,
        );
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, query), (Occur::Must, Box::new(kind_filter))];
        if !exclude_owners.is_empty() {
            let owners = exclude_owners
                .iter()
                .map(|owner| Term::from_field_text(f.owner, owner));
            clauses.push((Occur::MustNot, Box::new(TermSetQuery::new(owners))));
        }
        BooleanQuery::new(clauses)
    }

    fn hits<S>(
        &self,
        searcher: &Searcher,
        found: impl Iterator<Item = (S, DocAddress)>,
    ) -> Result<Vec<Hit>, SearchError>
    where
        S: Into<f32>,
    {
        let f = self.inner.fields;
        let mut hits = Vec::new();
        for (score, address) in found {
            let doc: TantivyDocument = searcher.doc(address)?;
            let kind = doc
                .get_first(f.kind)
                .and_then(|v| v.as_str())
                .and_then(Kind::parse);
            let id = doc.get_first(f.id).and_then(|v| v.as_str());
            if let (Some(kind), Some(id)) = (kind, id) {
                hits.push(Hit {
                    kind,
                    id: id.to_owned(),
                    score: score.into(),
                });
            }
        }
        Ok(hits)
    }
}

impl Inner {
    fn writer(&self) -> MutexGuard<'_, IndexWriter> {
        // A panic while holding the lock cannot leave the writer half-changed from our side:
        // each call is one tantivy operation.
        self.writer.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn commit(&self) -> Result<(), SearchError> {
        let mut writer = self.writer();
        let was_dirty = self.dirty.swap(false, Ordering::SeqCst);
        if let Err(error) = writer.commit() {
            self.dirty.fetch_or(was_dirty, Ordering::SeqCst);
            return Err(error.into());
        }
        self.reader.reload()?;
        Ok(())
    }
}

impl Drop for Inner {
    /// The last handle is gone: keep what was written since the last commit.
    fn drop(&mut self) {
        if self.dirty.load(Ordering::SeqCst) {
            if let Err(error) = self.commit() {
                tracing::warn!(%error, "search index final commit failed");
            }
        }
    }
}

fn doc_key(kind: Kind, id: &str) -> String {
    format!("{}:{id}", kind.as_str())
}

fn clamp_popularity(popularity: f64) -> f64 {
    if popularity.is_nan() {
        0.0
    } else {
        popularity.clamp(0.0, MAX_POPULARITY)
    }
}

/// `bm25 * (1 + 0.25 * ln(1 + popularity))`.
fn blend(bm25: Score, popularity: f64) -> Score {
    let factor = 1.0 + POPULARITY_WEIGHT * popularity.max(0.0).ln_1p();
    (f64::from(bm25) * factor) as Score
}

/// Reads a document's popularity in one segment (0 if the column were missing).
fn popularity_column(segment: &SegmentReader) -> impl Fn(DocId) -> f64 {
    let column = segment
        .fast_fields()
        .f64(POPULARITY)
        .ok()
        .map(|column| column.first_or_default_col(0.0));
    move |doc| column.as_ref().map_or(0.0, |c| c.get_val(doc))
}

fn term_query(term: Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
}

/// One should-clause per (form, field); units combined as described on `search`.
fn text_query(
    units: &[Unit],
    exact: &[(Field, Score)],
    prefix: &[(Field, Score)],
) -> Box<dyn Query> {
    let last = units.len().saturating_sub(1);
    let mut words: Vec<Box<dyn Query>> = Vec::new();
    let mut bigrams: Vec<Box<dyn Query>> = Vec::new();
    for (i, unit) in units.iter().enumerate() {
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for form in &unit.forms {
            for &(field, boost) in exact {
                let term = term_query(Term::from_field_text(field, form));
                alternatives.push((Occur::Should, Box::new(BoostQuery::new(term, boost))));
            }
            if i == last {
                for &(field, boost) in prefix {
                    let term = term_query(Term::from_field_text(field, &prefix_key(form)));
                    alternatives.push((Occur::Should, Box::new(BoostQuery::new(term, boost))));
                }
            }
        }
        let unit_query = Box::new(BooleanQuery::new(alternatives));
        if unit.cjk {
            bigrams.push(unit_query);
        } else {
            words.push(unit_query);
        }
    }
    let mut groups: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if !words.is_empty() {
        let required = words.len() - words.len() / 4;
        let group = BooleanQuery::union_with_minimum_required_clauses(words, required);
        groups.push((Occur::Must, Box::new(group)));
    }
    if !bigrams.is_empty() {
        let required = bigrams.len().div_ceil(2);
        let group = BooleanQuery::union_with_minimum_required_clauses(bigrams, required);
        groups.push((Occur::Must, Box::new(group)));
    }
    Box::new(BooleanQuery::new(groups))
}

/// Round-robin over the per-kind lists: every kind's first, by score, then every second...
fn interleave(per_kind: Vec<Vec<Hit>>, limit: usize) -> Vec<Hit> {
    let mut lists: Vec<std::vec::IntoIter<Hit>> =
        per_kind.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::new();
    loop {
        let mut round: Vec<Hit> = lists.iter_mut().filter_map(Iterator::next).collect();
        if round.is_empty() {
            return out;
        }
        round.sort_by(|a, b| b.score.total_cmp(&a.score));
        for hit in round {
            if out.len() == limit {
                return out;
            }
            out.push(hit);
        }
    }
}

/// Deletes everything inside `dir`, keeping `dir` itself (it may be a mount point).
fn empty_folder(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(entry.path())?;
        } else {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// Writes the marker through a temporary name, so a crash leaves no half-written marker.
fn write_marker(marker: &Path) -> std::io::Result<()> {
    let tmp = marker.with_extension("tmp");
    std::fs::write(&tmp, format!("{SCHEMA_VERSION}\n"))?;
    std::fs::rename(&tmp, marker)
}
