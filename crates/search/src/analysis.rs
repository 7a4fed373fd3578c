//! Text analysis, shared by indexing (through the tantivy [`Tokenizer`]s registered on the
//! index) and querying (through [`query_units`], so that user input never meets tantivy's
//! query parser).
//!
//! Text is NFKC-normalized and lowercased, then cut into *units*:
//!
//! - a run of CJK characters (Han, Hiragana, Katakana, Hangul) gives one unit per overlapping
//!   character bigram, or the character itself when the run is one character long — the
//!   scheme of Lucene's CJKAnalyzer, which needs no dictionary;
//! - any other run of letters, digits, combining marks and `_` (with `.` kept between two
//!   such characters, as handles have it) gives one unit, a *word*. Everything else
//!   (whitespace, punctuation, symbols, emoji) only separates.
//!
//! A unit has one or more *forms* that count as the same word: the word itself, its
//! accent-folded form (`müller` → `muller`) and, for German umlauts, the transcribed form
//! (`müller` → `mueller`). On the indexing side a word joined by `_` or `.` also carries its
//! parts (`ana_maria` → `ana`, `maria`), so a handle is found by any of its pieces.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Longer words are cut to this many characters (tantivy has a term-size limit, and nobody
/// searches by the 65th letter).
pub(crate) const MAX_WORD_CHARS: usize = 64;
/// Edge n-grams for typeahead go up to this many characters.
pub(crate) const MAX_PREFIX_CHARS: usize = 20;
/// Query text beyond this many characters is ignored.
const MAX_QUERY_CHARS: usize = 512;
/// At most this many units of a query are used.
const MAX_QUERY_UNITS: usize = 32;

/// One word (or CJK bigram) and the forms under which it is indexed or looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The first form is the word as written (normalized); the others are equivalents.
    pub(crate) forms: Vec<String>,
    /// True for a CJK bigram or single CJK character.
    pub(crate) cjk: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Index,
    Query,
}

/// NFKC and lowercase: the normalization every piece of text goes through first.
pub(crate) fn fold_case(text: &str) -> String {
    text.nfkc().flat_map(char::to_lowercase).collect()
}

/// Cuts `text` into units; see the module documentation.
pub(crate) fn analyze(text: &str, side: Side) -> Vec<Unit> {
    let chars: Vec<char> = fold_case(text).chars().collect();
    let mut units = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_cjk(c) {
            let start = i;
            while i < chars.len() && is_cjk(chars[i]) {
                i += 1;
            }
            push_cjk_run(&chars[start..i], &mut units);
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            i += 1;
            while i < chars.len() {
                let c = chars[i];
                let next_is_word = chars.get(i + 1).is_some_and(|&n| is_word_char(n));
                if is_word_char(c) || (c == '.' && next_is_word) {
                    i += 1;
                } else {
                    break;
                }
            }
            push_word(&chars[start..i], side, &mut units);
        } else {
            i += 1;
        }
    }
    units
}

/// The units of a user's query: bounded in size, never an error.
pub(crate) fn query_units(text: &str) -> Vec<Unit> {
    let text: String = text.chars().take(MAX_QUERY_CHARS).collect();
    let mut units = analyze(&text, Side::Query);
    units.truncate(MAX_QUERY_UNITS);
    units
}

/// The first [`MAX_PREFIX_CHARS`] characters of a form: what a prefix lookup searches for.
pub(crate) fn prefix_key(form: &str) -> String {
    form.chars().take(MAX_PREFIX_CHARS).collect()
}

/// A word character that is not CJK (CJK runs are cut into bigrams instead).
fn is_word_char(c: char) -> bool {
    !is_cjk(c) && (c.is_alphanumeric() || c == '_' || is_combining_mark(c))
}

/// Scripts written without spaces between words (Korean is included, as Lucene's CJK
/// analyzer does: its particles attach to the word, so `서울에서` must be found by `서울`).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF       // Hangul Jamo
        | 0x2E80..=0x2FDF     // CJK radicals, Kangxi radicals
        | 0x3005..=0x3007     // 々 〆 〇
        | 0x3021..=0x3029     // Hangzhou numerals
        | 0x3031..=0x3035     // kana repeat marks
        | 0x303B..=0x303C
        | 0x3041..=0x309F     // Hiragana
        | 0x30A1..=0x30FA     // Katakana (not ゠ or the middle dot ・, which are punctuation)
        | 0x30FC..=0x30FF     // ー and Katakana iteration marks
        | 0x3100..=0x312F     // Bopomofo
        | 0x3131..=0x318F     // Hangul compatibility Jamo
        | 0x31A0..=0x31BF     // Bopomofo extended
        | 0x31F0..=0x31FF     // Katakana phonetic extensions
        | 0x3400..=0x4DBF     // CJK extension A
        | 0x4E00..=0x9FFF     // CJK unified ideographs
        | 0xA960..=0xA97F     // Hangul Jamo extended A
        | 0xAC00..=0xD7AF     // Hangul syllables
        | 0xD7B0..=0xD7FF     // Hangul Jamo extended B
        | 0xF900..=0xFAFF     // CJK compatibility ideographs
        | 0xFF66..=0xFF9F     // halfwidth Katakana (NFKC widens them anyway)
        | 0xFFA0..=0xFFDC     // halfwidth Hangul
        | 0x1B000..=0x1B16F   // Kana supplement and extensions
        | 0x20000..=0x3FFFF   // CJK extensions B and later
    )
}

fn push_cjk_run(run: &[char], units: &mut Vec<Unit>) {
    if let [single] = run {
        units.push(Unit {
            forms: vec![single.to_string()],
            cjk: true,
        });
        return;
    }
    for pair in run.windows(2) {
        units.push(Unit {
            forms: vec![pair.iter().collect()],
            cjk: true,
        });
    }
}

fn push_word(chars: &[char], side: Side, units: &mut Vec<Unit>) {
    let word: String = chars.iter().take(MAX_WORD_CHARS).collect();
    let mut forms = Vec::new();
    add_with_variants(&mut forms, &word);
    if side == Side::Index && word.contains(['_', '.']) {
        for part in word.split(['_', '.']).filter(|p| !p.is_empty()) {
            add_with_variants(&mut forms, part);
        }
    }
    units.push(Unit { forms, cjk: false });
}

fn add_with_variants(forms: &mut Vec<String>, word: &str) {
    add_form(forms, word.to_owned());
    add_form(forms, fold_accents(word));
    if word.contains(['ä', 'ö', 'ü']) {
        let transcribed = word
            .replace('ä', "ae")
            .replace('ö', "oe")
            .replace('ü', "ue");
        add_form(forms, fold_accents(&transcribed));
    }
}

fn add_form(forms: &mut Vec<String>, form: String) {
    if !form.is_empty() && !forms.contains(&form) {
        forms.push(form);
    }
}

/// Latin and Greek letters whose accents are folded away. Other scripts keep their marks:
/// in Devanagari, say, the marks are vowels, not accents.
fn is_foldable(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x0370..=0x03FF | 0x1E00..=0x1EFF | 0x1F00..=0x1FFF)
}

/// `crème brûlée` → `creme brulee`, `straße` → `strasse` (input is already lowercase).
fn fold_accents(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut after_foldable = false;
    for c in word.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'ς' => out.push('σ'),
            c if is_foldable(c) => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            }),
            // A mark NFKC could not compose onto a Latin letter before it.
            c if is_combining_mark(c) && after_foldable => {}
            c => out.push(c),
        }
        after_foldable = c.is_ascii_alphabetic() || is_foldable(c);
    }
    out
}

/// A tantivy tokenizer over [`analyze`]: every form of every unit becomes a token at the
/// unit's position, or, for the typeahead fields, every prefix of every form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpoolTokenizer {
    edge_ngrams: bool,
}

impl SpoolTokenizer {
    /// Tokens for the full-text fields.
    pub(crate) fn words() -> Self {
        SpoolTokenizer { edge_ngrams: false }
    }

    /// Tokens for the typeahead fields: prefixes of 1..=[`MAX_PREFIX_CHARS`] characters.
    pub(crate) fn edge_ngrams() -> Self {
        SpoolTokenizer { edge_ngrams: true }
    }

    pub(crate) fn tokens(&self, text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        for (position, unit) in analyze(text, Side::Index).into_iter().enumerate() {
            let texts = if self.edge_ngrams {
                edge_ngrams(&unit)
            } else {
                unit.forms
            };
            tokens.extend(texts.into_iter().map(|text| Token {
                position,
                text,
                ..Token::default()
            }));
        }
        tokens
    }
}

/// Every prefix of every form, once each. For a CJK bigram that is its first character and
/// itself; its second character is added too, so that a run's last character is found.
fn edge_ngrams(unit: &Unit) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for form in &unit.forms {
        let mut prefix = String::new();
        for c in form.chars().take(MAX_PREFIX_CHARS) {
            prefix.push(c);
            if !out.contains(&prefix) {
                out.push(prefix.clone());
            }
        }
        if unit.cjk {
            if let Some(second) = form.chars().nth(1) {
                let second = second.to_string();
                if !out.contains(&second) {
                    out.push(second);
                }
            }
        }
    }
    out
}

impl Tokenizer for SpoolTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream {
            tokens: self.tokens(text).into_iter(),
            current: Token::default(),
        }
    }
}

/// The tokens of one text, computed up front (texts here are short: captions, names, bios).
pub(crate) struct VecTokenStream {
    tokens: std::vec::IntoIter<Token>,
    current: Token,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(token) => {
                self.current = token;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<String> {
        SpoolTokenizer::words()
            .tokens(text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    fn prefixes(text: &str) -> Vec<String> {
        SpoolTokenizer::edge_ngrams()
            .tokens(text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    /// Every unit of the query has a form among the document's tokens.
    fn finds(document: &str, query: &str) -> bool {
        let indexed = tokens(document);
        let units = query_units(query);
        !units.is_empty()
            && units
                .iter()
                .all(|u| u.forms.iter().any(|f| indexed.contains(f)))
    }

    #[test]
    fn english_words_are_lowercased_and_split_on_punctuation() {
        assert_eq!(
            tokens("Best PASTA, ever!! (really) #cooking"),
            ["best", "pasta", "ever", "really", "cooking"]
        );
        assert!(finds("Sunday cooking with Ana", "COOKING"));
        assert!(!finds("Sunday cooking with Ana", "cook"));
    }

    #[test]
    fn german_umlauts_are_found_with_and_without_them() {
        assert_eq!(tokens("Müller"), ["müller", "muller", "mueller"]);
        assert_eq!(tokens("Straße"), ["straße", "strasse"]);
        for query in ["müller", "MÜLLER", "muller", "mueller"] {
            assert!(finds("Frau Müller kocht", query), "{query}");
        }
        assert!(finds("Grüße aus Köln", "grusse koln"));
        // A document written without the umlaut is found by a query with it.
        assert!(finds("Mueller", "müller"));
        assert!(finds("Muller", "müller"));
    }

    #[test]
    fn french_accents_fold() {
        assert!(finds("Crème brûlée à la maison", "creme brulee"));
        assert!(finds("Creme brulee", "crème brûlée"));
        assert!(finds("L'été en Provence", "ete"));
        assert!(finds("Cœur", "coeur"));
    }

    #[test]
    fn decomposed_input_is_composed_first() {
        // "é" written as "e" + combining acute accent.
        assert!(finds("cafe\u{301}", "café"));
        assert!(finds("café", "cafe\u{301}"));
    }

    #[test]
    fn japanese_runs_become_bigrams() {
        let text = "東京で美味しいラーメンを食べた";
        assert!(tokens(text).contains(&"東京".to_owned()));
        assert!(tokens(text).contains(&"ラー".to_owned()));
        assert!(finds(text, "ラーメン"));
        assert!(finds(text, "東京"));
        assert!(finds(text, "食べた"));
        assert!(!finds(text, "大阪"));
        // Halfwidth katakana are widened by NFKC.
        assert!(finds(text, "ﾗｰﾒﾝ"));
    }

    #[test]
    fn chinese_runs_become_bigrams() {
        assert_eq!(tokens("我喜欢做饭"), ["我喜", "喜欢", "欢做", "做饭"]);
        assert!(finds("我喜欢做饭", "做饭"));
        assert!(!finds("我喜欢做饭", "米饭"));
        // A one-character run is kept whole.
        assert_eq!(tokens("饭"), ["饭"]);
    }

    #[test]
    fn korean_runs_become_bigrams() {
        assert!(finds("서울에서 맛있는 김치찌개", "서울"));
        assert!(finds("서울에서 맛있는 김치찌개", "김치"));
        assert!(!finds("서울에서 맛있는 김치찌개", "부산"));
    }

    #[test]
    fn mixed_scripts_split_at_script_changes() {
        assert_eq!(tokens("iPhone15で撮影"), ["iphone15", "で撮", "撮影"]);
        assert!(finds("今日はpastaを作った", "pasta"));
    }

    #[test]
    fn handles_keep_underscores_and_dots_and_give_their_parts() {
        assert_eq!(tokens("@ana_maria"), ["ana_maria", "ana", "maria"]);
        assert_eq!(tokens("jo.chef"), ["jo.chef", "jo", "chef"]);
        assert!(finds("ana_maria", "ana_maria"));
        assert!(finds("ana_maria", "@ana_maria"));
        assert!(finds("ana_maria", "maria"));
        // Queries are not split: "ana_lopez" does not find "ana_maria".
        assert!(!finds("ana_maria", "ana_lopez"));
        // A trailing dot ends a sentence, not a handle.
        assert_eq!(tokens("see you.  bye."), ["see", "you", "bye"]);
    }

    #[test]
    fn emoji_and_symbols_only_separate() {
        assert_eq!(tokens("🍜ramen🔥 👍🏽 ❤️‍🔥 ★"), ["ramen"]);
        assert!(query_units("🍜🔥 ... !!! ¯\\_(ツ)_/¯")
            .iter()
            .all(|u| u.forms[0] != "🍜"));
        assert!(query_units("🍜🔥👍🏽").is_empty());
        assert!(query_units("   ").is_empty());
    }

    #[test]
    fn fullwidth_latin_is_narrowed() {
        assert!(finds("ＣＯＯＫＩＮＧ", "cooking"));
    }

    #[test]
    fn edge_ngrams_cover_word_prefixes_and_cjk_characters() {
        let p = prefixes("Cooking");
        assert_eq!(p, ["c", "co", "coo", "cook", "cooki", "cookin", "cooking"]);
        let long = prefixes(&"a".repeat(40));
        assert_eq!(long.len(), MAX_PREFIX_CHARS);
        let cjk = prefixes("食べた");
        for c in ["食", "食べ", "べ", "べた", "た"] {
            assert!(cjk.contains(&c.to_owned()), "{c}");
        }
        assert!(prefixes("ana_maria").contains(&"mar".to_owned()));
        assert!(prefixes("Müller").contains(&"mul".to_owned()));
    }

    #[test]
    fn long_words_and_queries_are_bounded() {
        let word = "x".repeat(10_000);
        assert_eq!(tokens(&word)[0].chars().count(), MAX_WORD_CHARS);
        let query = "word ".repeat(10_000);
        assert!(query_units(&query).len() <= MAX_QUERY_UNITS);
    }
}
