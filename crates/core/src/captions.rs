//! Caption tracks of a video: the language a track is in ([`CaptionLang`], a BCP-47
//! tag) and the track itself ([`WebVtt`]), checked by a small strict WebVTT parser.
//!
//! Strict on purpose: a caption file is shown to every viewer, so it is refused unless it
//! is plainly WebVTT — the `WEBVTT` header, cues whose timings are well formed, in order
//! of their start and within the clip, cue settings WebVTT knows, and cue text whose only
//! markup is WebVTT's own tags (`c`, `i`, `b`, `u`, `ruby`, `rt`, `v`, `lang`, timestamps)
//! and character references. `STYLE` blocks (CSS) are refused: the player styles captions.
//! No crate on crates.io parses WebVTT strictly and is kept up (those that exist are
//! pre-1.0 or bare-bones and accept much the format does not), hence this one.

use std::fmt;
use std::str::FromStr;

use crate::ParseError;

/// A caption track's language: a BCP-47 language tag (language, optional script,
/// region and variants, as Unicode language identifiers have them), kept in its
/// canonical form (`en`, `pt-BR`, `zh-Hant`, `sr-Latn-RS`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaptionLang(String);

impl CaptionLang {
    /// The longest tag accepted.
    pub const MAX_LEN: usize = 35;

    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let bad = |why: &str| {
            ParseError::new(
                "lang",
                "invalid_language",
                format!("{why}: a caption's language is a BCP-47 tag such as en, pt-BR or zh-Hant"),
            )
        };
        if raw.is_empty() || raw.len() > Self::MAX_LEN {
            return Err(bad("the language tag is empty or too long"));
        }
        if !raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(bad(
                "the language tag has characters other than letters, digits and '-'",
            ));
        }
        let id = unic_langid::LanguageIdentifier::from_str(raw)
            .map_err(|_| bad(&format!("{raw:?} is not a language tag")))?;
        // ISO 639 codes only: the 4- to 8-letter primary subtags BCP-47 reserves name no
        // language anyone registered.
        if id.language.is_empty() || id.language.as_str().len() > 3 {
            return Err(bad("the language tag names no language"));
        }
        Ok(Self(id.to_string()))
    }

    /// A tag read back from the store, which only ever holds parsed ones.
    pub fn from_trusted(raw: String) -> Self {
        Self(raw)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaptionLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One cue: when it shows (milliseconds from the start of the clip) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub start_ms: u64,
    pub end_ms: u64,
    /// The cue's text as written (with its WebVTT tags).
    pub text: String,
}

/// A checked WebVTT file: its text (UTF-8, no byte-order mark, `\n` line ends) and its
/// cues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebVtt {
    text: String,
    cues: Vec<Cue>,
}

/// The cue settings WebVTT defines.
const SETTINGS: &[&str] = &["vertical", "line", "position", "size", "align", "region"];
/// The tags WebVTT cue text may hold.
const TAGS: &[&str] = &["c", "i", "b", "u", "ruby", "rt", "v", "lang"];
/// The named character references WebVTT cue text may hold.
const ENTITIES: &[&str] = &["amp", "lt", "gt", "lrm", "rlm", "nbsp"];

impl WebVtt {
    /// The largest file accepted (a minute of dense captions is a few kilobytes).
    pub const MAX_BYTES: usize = 256 * 1024;
    /// The most cues accepted.
    pub const MAX_CUES: usize = 5000;

    /// Checks a caption file for a clip of `clip_ms` milliseconds (no bound on the cue
    /// times when the clip's length is unknown).
    pub fn parse(raw: &[u8], clip_ms: Option<u64>) -> Result<Self, ParseError> {
        if raw.len() > Self::MAX_BYTES {
            return Err(ParseError::new(
                "file",
                "captions_too_large",
                format!(
                    "a caption file may have at most {} KiB",
                    Self::MAX_BYTES / 1024
                ),
            ));
        }
        let text = std::str::from_utf8(raw).map_err(|_| invalid(0, "the file is not UTF-8"))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.contains('\0') {
            return Err(invalid(0, "the file holds a NUL character"));
        }
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let cues = parse_blocks(&text, clip_ms)?;
        Ok(Self { text, cues })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    pub fn into_text(self) -> String {
        self.text
    }
}

fn invalid(line: usize, what: impl fmt::Display) -> ParseError {
    let at = if line == 0 {
        String::new()
    } else {
        format!("line {line}: ")
    };
    ParseError::new(
        "file",
        "invalid_webvtt",
        format!("not a valid WebVTT caption file: {at}{what}"),
    )
}

fn parse_blocks(text: &str, clip_ms: Option<u64>) -> Result<Vec<Cue>, ParseError> {
    let lines: Vec<&str> = text.split('\n').collect();
    let first = lines.first().copied().unwrap_or_default();
    let header_ok = first == "WEBVTT"
        || first
            .strip_prefix("WEBVTT")
            .is_some_and(|rest| rest.starts_with([' ', '\t']));
    if !header_ok {
        return Err(invalid(1, "the file must start with the line WEBVTT"));
    }
    // The header's own lines run to the first blank line.
    let mut i = 1;
    while i < lines.len() && !lines[i].is_empty() {
        if lines[i].contains("-->") {
            return Err(invalid(
                i + 1,
                "a blank line must separate the WEBVTT header from the first cue",
            ));
        }
        i += 1;
    }
    let mut cues: Vec<Cue> = Vec::new();
    loop {
        while i < lines.len() && lines[i].is_empty() {
            i += 1;
        }
        if i >= lines.len() {
            break;
        }
        let start = i;
        while i < lines.len() && !lines[i].is_empty() {
            i += 1;
        }
        let block = &lines[start..i];
        let head = block[0];
        if head == "NOTE" || head.starts_with("NOTE ") || head.starts_with("NOTE\t") {
            if let Some(n) = block.iter().position(|l| l.contains("-->")) {
                return Err(invalid(start + n + 1, "a NOTE may not contain \"-->\""));
            }
            continue;
        }
        if head == "STYLE" || head.starts_with("STYLE ") || head.starts_with("STYLE\t") {
            return Err(invalid(
                start + 1,
                "STYLE blocks are not accepted (the player styles captions)",
            ));
        }
        if (head == "REGION" || head.starts_with("REGION ") || head.starts_with("REGION\t"))
            && !block.iter().any(|l| l.contains("-->"))
        {
            if !cues.is_empty() {
                return Err(invalid(
                    start + 1,
                    "a REGION block must come before the cues",
                ));
            }
            continue;
        }
        // A cue: an optional identifier, the timing line, the text.
        let (timing_at, timing) = if head.contains("-->") {
            (start, head)
        } else {
            match block.get(1) {
                Some(l) if l.contains("-->") => (start + 1, *l),
                _ => {
                    return Err(invalid(
                        start + 1,
                        "expected a cue timing line such as 00:00:01.000 --> 00:00:03.500",
                    ))
                }
            }
        };
        let (start_ms, end_ms) = parse_timing(timing, timing_at + 1)?;
        if end_ms <= start_ms {
            return Err(invalid(timing_at + 1, "a cue must end after it starts"));
        }
        if let Some(prev) = cues.last() {
            if start_ms < prev.start_ms {
                return Err(invalid(
                    timing_at + 1,
                    "cues must be in order of their start time",
                ));
            }
        }
        if let Some(clip) = clip_ms {
            if end_ms > clip {
                return Err(invalid(
                    timing_at + 1,
                    format!(
                        "a cue ends at {} but the clip is only {} long",
                        show_ms(end_ms),
                        show_ms(clip)
                    ),
                ));
            }
        }
        let body = &lines[timing_at + 1..i];
        for (n, line) in body.iter().enumerate() {
            let at = timing_at + 2 + n;
            if line.contains("-->") {
                return Err(invalid(at, "cue text may not contain \"-->\""));
            }
            check_cue_text(line, at)?;
        }
        if cues.len() == WebVtt::MAX_CUES {
            return Err(invalid(
                timing_at + 1,
                format!("at most {} cues are accepted", WebVtt::MAX_CUES),
            ));
        }
        cues.push(Cue {
            start_ms,
            end_ms,
            text: body.join("\n"),
        });
    }
    if cues.is_empty() {
        return Err(invalid(0, "the file has no cues"));
    }
    Ok(cues)
}

fn show_ms(ms: u64) -> String {
    format!("{}.{:03} s", ms / 1000, ms % 1000)
}

/// `start --> end [settings]`.
fn parse_timing(line: &str, at: usize) -> Result<(u64, u64), ParseError> {
    let (start, rest) = line
        .split_once("-->")
        .ok_or_else(|| invalid(at, "expected \"-->\""))?;
    if !start.ends_with([' ', '\t']) || !rest.starts_with([' ', '\t']) {
        return Err(invalid(at, "\"-->\" must have a space on both sides"));
    }
    let start = parse_timestamp(start.trim_matches([' ', '\t']))
        .ok_or_else(|| invalid(at, "the start time is not a WebVTT timestamp (00:01.000)"))?;
    let mut parts = rest.split([' ', '\t']).filter(|p| !p.is_empty());
    let end = parts
        .next()
        .and_then(parse_timestamp)
        .ok_or_else(|| invalid(at, "the end time is not a WebVTT timestamp (00:03.500)"))?;
    for setting in parts {
        let (name, value) = setting
            .split_once(':')
            .ok_or_else(|| invalid(at, format!("{setting:?} is not a cue setting (name:value)")))?;
        if !SETTINGS.contains(&name) || value.is_empty() || value.contains(':') {
            return Err(invalid(
                at,
                format!("{setting:?} is not a WebVTT cue setting"),
            ));
        }
    }
    Ok((start, end))
}

/// `[hh:]mm:ss.ttt` in milliseconds (hours: two or more digits).
fn parse_timestamp(raw: &str) -> Option<u64> {
    let digits = |s: &str, n: Option<usize>| -> Option<u64> {
        let ok = !s.is_empty()
            && s.chars().all(|c| c.is_ascii_digit())
            && n.is_none_or(|n| s.len() == n);
        ok.then(|| s.parse().ok()).flatten()
    };
    let (clock, millis) = raw.split_once('.')?;
    let millis = digits(millis, Some(3))?;
    let parts: Vec<&str> = clock.split(':').collect();
    let (hours, minutes, seconds) = match parts.as_slice() {
        [m, s] => (0, digits(m, Some(2))?, digits(s, Some(2))?),
        [h, m, s] if h.len() >= 2 && h.len() <= 4 => {
            (digits(h, None)?, digits(m, Some(2))?, digits(s, Some(2))?)
        }
        _ => return None,
    };
    if minutes > 59 || seconds > 59 {
        return None;
    }
    Some(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis)
}

/// Cue text: WebVTT's tags and character references, nothing else that looks like
/// markup.
fn check_cue_text(line: &str, at: usize) -> Result<(), ParseError> {
    let mut rest = line;
    while let Some(pos) = rest.find(['<', '&']) {
        let from = &rest[pos..];
        if from.starts_with('<') {
            let end = from
                .find('>')
                .ok_or_else(|| invalid(at, "a '<' opens a tag that is never closed with '>'"))?;
            check_tag(&from[1..end], at)?;
            rest = &from[end + 1..];
        } else {
            let end = from.find(';').filter(|e| *e <= 10);
            let name = end.map(|e| &from[1..e]).unwrap_or_default();
            let numeric = name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .map(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
                .or_else(|| {
                    name.strip_prefix('#')
                        .map(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
                })
                .unwrap_or(false);
            match end {
                Some(e) if numeric || ENTITIES.contains(&name) => rest = &from[e + 1..],
                _ => {
                    return Err(invalid(
                        at,
                        "a '&' must start a character reference such as &amp; or &lt;",
                    ))
                }
            }
        }
    }
    Ok(())
}

/// The inside of `<...>`: a WebVTT start tag (with classes and an annotation), an end
/// tag, or a timestamp.
fn check_tag(inner: &str, at: usize) -> Result<(), ParseError> {
    if let Some(name) = inner.strip_prefix('/') {
        if TAGS.contains(&name) {
            return Ok(());
        }
        return Err(invalid(at, format!("</{name}> is not a WebVTT tag")));
    }
    if inner.starts_with(|c: char| c.is_ascii_digit()) {
        return parse_timestamp(inner)
            .map(|_| ())
            .ok_or_else(|| invalid(at, format!("<{inner}> is not a WebVTT timestamp tag")));
    }
    let (head, annotation) = match inner.split_once([' ', '\t']) {
        Some((h, a)) => (h, Some(a)),
        None => (inner, None),
    };
    let mut parts = head.split('.');
    let name = parts.next().unwrap_or_default();
    let classes_ok = parts.all(|c| {
        !c.is_empty()
            && c.chars()
                .all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '_')
    });
    if !TAGS.contains(&name) || !classes_ok {
        return Err(invalid(
            at,
            format!(
                "<{}> is not a WebVTT tag (c, i, b, u, ruby, rt, v, lang)",
                head.chars().take(20).collect::<String>()
            ),
        ));
    }
    if annotation.is_some() && !matches!(name, "v" | "lang") {
        return Err(invalid(at, format!("<{name}> takes no annotation")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vtt(text: &str) -> Result<WebVtt, ParseError> {
        WebVtt::parse(text.as_bytes(), Some(10_000))
    }

    #[test]
    fn languages() {
        for (raw, canonical) in [
            ("en", "en"),
            ("pt-BR", "pt-BR"),
            ("pt-br", "pt-BR"),
            ("zh-hant", "zh-Hant"),
            ("sr-Latn-RS", "sr-Latn-RS"),
            ("fil", "fil"),
        ] {
            assert_eq!(CaptionLang::parse(raw).map(|l| l.0), Ok(canonical.into()));
        }
        for raw in [
            "",
            "e",
            "english-language",
            "en_US",
            "en US",
            "../x",
            "12",
            "en-",
        ] {
            assert!(CaptionLang::parse(raw).is_err(), "{raw:?}");
        }
    }

    #[test]
    fn a_plain_file_parses() {
        let file = vtt("WEBVTT - demo\nKind: captions\n\n1\n00:00.000 --> 00:02.500\nHello <i>there</i> &amp; welcome\n\nNOTE a comment\n\n00:00:02.500 --> 00:00:04.000 align:start line:90%\n<v Ana>Second</v> <c.yellow>line</c>\nand <00:03.000>more\n")
            .expect("valid");
        assert_eq!(file.cues().len(), 2);
        assert_eq!(file.cues()[0].start_ms, 0);
        assert_eq!(file.cues()[0].end_ms, 2500);
        assert_eq!(file.cues()[1].end_ms, 4000);
        assert_eq!(file.cues()[1].text.lines().count(), 2);
    }

    #[test]
    fn line_ends_and_bom_are_normalized() {
        let file = WebVtt::parse(
            b"\xEF\xBB\xBFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n",
            None,
        )
        .expect("valid");
        assert_eq!(file.as_str(), "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n");
    }

    #[test]
    fn bad_files_are_refused_with_the_line() {
        let cases = [
            ("", "WEBVTT"),
            ("WEBVTTX\n\n00:01.000 --> 00:02.000\nx", "WEBVTT"),
            ("WEBVTT\n", "no cues"),
            ("WEBVTT\n00:01.000 --> 00:02.000\nx", "blank line"),
            ("WEBVTT\n\n00:01.000 -> 00:02.000\nx", "line 3"),
            ("WEBVTT\n\n00:01.000-->00:02.000\nx", "space"),
            ("WEBVTT\n\n00:01.00 --> 00:02.000\nx", "start time"),
            ("WEBVTT\n\n00:61.000 --> 00:62.000\nx", "start time"),
            ("WEBVTT\n\n00:02.000 --> 00:01.000\nx", "end after"),
            (
                "WEBVTT\n\n00:05.000 --> 00:06.000\na\n\n00:01.000 --> 00:02.000\nb",
                "in order",
            ),
            ("WEBVTT\n\n00:05.000 --> 00:11.000\nx", "only 10.000 s"),
            (
                "WEBVTT\n\n00:01.000 --> 00:02.000 colour:red\nx",
                "cue setting",
            ),
            (
                "WEBVTT\n\n00:01.000 --> 00:02.000\n<script>x</script>",
                "not a WebVTT tag",
            ),
            (
                "WEBVTT\n\n00:01.000 --> 00:02.000\n<img src=x onerror=y>",
                "not a WebVTT tag",
            ),
            (
                "WEBVTT\n\n00:01.000 --> 00:02.000\n<b onclick=x>y</b>",
                "annotation",
            ),
            ("WEBVTT\n\n00:01.000 --> 00:02.000\n<i", "never closed"),
            (
                "WEBVTT\n\n00:01.000 --> 00:02.000\nfish & chips",
                "character reference",
            ),
            (
                "WEBVTT\n\n00:01.000 --> 00:02.000\n&eacute;",
                "character reference",
            ),
            (
                "WEBVTT\n\nSTYLE\n::cue { color: red }\n\n00:01.000 --> 00:02.000\nx",
                "STYLE",
            ),
            (
                "WEBVTT\n\nNOTE x --> y\n\n00:01.000 --> 00:02.000\nx",
                "NOTE",
            ),
            ("WEBVTT\n\nid\nnot a timing\nx", "timing"),
        ];
        for (text, says) in cases {
            let err = vtt(text).expect_err(text);
            assert!(
                err.message.contains(says),
                "{text:?}: {} (expected {says:?})",
                err.message
            );
            assert_eq!(err.field, "file");
        }
        assert!(WebVtt::parse(&[0xff, 0xfe], None).is_err());
        let big = format!("WEBVTT\n\n{}", "x".repeat(WebVtt::MAX_BYTES));
        assert_eq!(
            WebVtt::parse(big.as_bytes(), None).map_err(|e| e.code),
            Err("captions_too_large")
        );
    }

    #[test]
    fn hours_and_unknown_length() {
        let file = WebVtt::parse(b"WEBVTT\n\n01:00:00.000 --> 01:00:01.000\nlate\n", None)
            .expect("no clip bound");
        assert_eq!(file.cues()[0].start_ms, 3_600_000);
        assert!(WebVtt::parse(
            b"WEBVTT\n\n01:00:00.000 --> 01:00:01.000\nlate\n",
            Some(60_000)
        )
        .is_err());
    }
}
