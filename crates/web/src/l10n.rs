//! Languages of the interface: which one a request gets, and the server's side of the
//! Project Fluent messages (the browser layer formats the very same `.ftl` files with
//! `@fluent/bundle`).

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

/// The message files, one per language: `web/locales/<lang>.ftl`.
#[derive(RustEmbed)]
#[folder = "../../web/locales/"]
pub(crate) struct Locales;

/// The interface languages, as BCP 47 tags; the first is the fallback. Every one has its
/// file `web/locales/<tag>.ftl` holding every message of `en.ftl` (the unit tests check),
/// and `web/src/i18n.ts` lists the same tags.
pub const LANGUAGES: &[&str] = &[
    "en", "de", "es", "fr", "pt-BR", "ja", "ko", "zh-Hans", "hi", "ar", "it", "nl", "pl", "cs",
    "sk", "hu", "ro", "bg", "el", "sv", "da", "fi", "et", "lv", "lt", "sl", "hr", "ga", "mt", "ru",
    "uk", "tr", "he", "fa", "zh-Hant", "id", "ms", "vi", "th", "fil", "bn",
];

/// The name of the cookie that holds a language chosen in the settings.
pub const LANG_COOKIE: &str = "spool_lang";

/// Whether a language is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar" | "he" | "fa")
}

/// The interface language that best fits one language tag, if any does.
pub fn match_tag(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    let known = |code: &str| {
        LANGUAGES
            .iter()
            .find(|l| l.eq_ignore_ascii_case(code))
            .copied()
    };
    if let Some(exact) = known(&tag) {
        return Some(exact);
    }
    let mut parts = tag.split('-');
    let primary = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    match primary {
        // Traditional characters by script, else by the places that write them.
        "zh" if rest
            .iter()
            .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo")) =>
        {
            known("zh-Hant")
        }
        "zh" => known("zh-Hans"),
        // Portugal (and Africa) read European Portuguese where there is one.
        "pt" if !rest.contains(&"br") => known("pt-PT").or_else(|| known("pt-BR")),
        "pt" => known("pt-BR"),
        // Tagalog is Filipino's base; "iw", "in" and "tl" are the old or near tags.
        "tl" | "fil" => known("fil"),
        "iw" => known("he"),
        "in" => known("id"),
        // Malay is also written "zsm" (standard Malay) in some browsers' lists.
        "zsm" => known("ms"),
        _ => known(primary),
    }
}

/// The language for a request: the `spool_lang` cookie if it names one, else the best
/// match in `Accept-Language` (by quality, in order), else English.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> &'static str {
    if let Some(lang) = cookie.and_then(match_tag) {
        return lang;
    }
    let mut ranked: Vec<(f32, &str)> = accept_language
        .unwrap_or("")
        .split(',')
        .filter_map(|item| {
            let mut fields = item.split(';');
            let tag = fields.next()?.trim();
            let q = fields
                .filter_map(|f| f.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then_some((q, tag))
        })
        .collect();
    // A stable sort keeps the header's order among equal qualities.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked
        .iter()
        .find_map(|(_, tag)| match_tag(tag))
        .unwrap_or(LANGUAGES[0])
}

/// The raw text of a language's message file.
pub fn ftl_source(lang: &str) -> Option<String> {
    let file = Locales::get(&format!("{lang}.ftl"))?;
    String::from_utf8(file.data.into_owned()).ok()
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<&'static str, Bundle>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .filter_map(|lang| {
            let source = ftl_source(lang)?;
            // A file with a syntax error still yields the messages that parsed (and the
            // unit tests refuse the error).
            let resource = FluentResource::try_new(source).unwrap_or_else(|(res, _)| res);
            let id: LanguageIdentifier = lang.parse().ok()?;
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Server-rendered text goes into attributes and <title>, where isolation marks
            // would only be noise.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).ok()?;
            Some((*lang, bundle))
        })
        .collect()
});

/// A message in `lang`, falling back to English, then to the message id itself.
pub fn message(lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    for lang in [lang, LANGUAGES[0]] {
        let Some(bundle) = BUNDLES.get(lang) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
    }
    id.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_the_interface_languages() {
        for (tag, want) in [
            ("en-US", Some("en")),
            ("DE", Some("de")),
            ("de-AT", Some("de")),
            ("pt", Some("pt-BR")),
            ("pt-PT", Some("pt-BR")),
            ("zh-CN", Some("zh-Hans")),
            ("zh-Hans-SG", Some("zh-Hans")),
            ("zh", Some("zh-Hans")),
            ("zh-TW", Some("zh-Hant")),
            ("zh-Hant", Some("zh-Hant")),
            ("zh-Hant-HK", Some("zh-Hant")),
            ("ar-EG", Some("ar")),
            ("hi_IN", Some("hi")),
            ("nl-BE", Some("nl")),
            ("he-IL", Some("he")),
            ("iw", Some("he")),
            ("fil-PH", Some("fil")),
            ("tl", Some("fil")),
            ("in", Some("id")),
            ("ga-IE", Some("ga")),
            ("mt", Some("mt")),
            ("nb", None),
            ("", None),
        ] {
            assert_eq!(match_tag(tag), want, "{tag}");
        }
    }

    #[test]
    fn the_cookie_wins_then_accept_language_by_quality() {
        assert_eq!(negotiate(Some("ar"), Some("de")), "ar");
        assert_eq!(negotiate(Some("klingon"), Some("de")), "de");
        assert_eq!(negotiate(None, Some("nb, fr;q=0.5, ja;q=0.8")), "ja");
        assert_eq!(negotiate(None, Some("zh-TW, ko;q=0.3")), "zh-Hant");
        assert_eq!(negotiate(None, Some("es;q=0, nb")), "en");
        assert_eq!(negotiate(None, Some("tlh, fa-IR;q=0.9")), "fa");
        assert_eq!(negotiate(None, None), "en");
    }

    #[test]
    fn messages_fall_back_to_english_then_to_the_id() {
        assert_eq!(message("de", "app-name", None), "Spool");
        assert!(!message("ar", "noscript", None).is_empty());
        assert_eq!(message("xx", "no-such-message", None), "no-such-message");
        assert!(is_rtl("ar") && is_rtl("he") && is_rtl("fa") && !is_rtl("en"));
    }
}
