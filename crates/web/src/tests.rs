//! The router's answers, and the message catalog: every `.ftl` file parses, all of them
//! hold the same messages, and every message the browser layer uses exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use fluent_bundle::FluentResource;
use tower::ServiceExt;

use super::*;

async fn get(path: &str, headers: &[(&str, &str)]) -> (StatusCode, HeaderMap, String) {
    let (status, headers, bytes) = get_bytes(path, headers).await;
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

async fn get_bytes(path: &str, headers: &[(&str, &str)]) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut req = Request::get(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = router::<()>()
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("answer");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 24)
        .await
        .expect("body");
    (status, headers, bytes.to_vec())
}

#[tokio::test]
async fn pages_are_shells_in_the_negotiated_language() {
    let (status, headers, html) = get("/", &[("accept-language", "fr-CA,fr;q=0.9")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"), "{html}");
    assert_eq!(headers[header::CONTENT_LANGUAGE], "fr");
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .is_ok_and(|c| c.contains("default-src 'self'")));

    let (_, _, html) = get(
        "/u/ana",
        &[("accept-language", "fr"), ("cookie", "a=b; spool_lang=ar")],
    )
    .await;
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains(&shell::escape(&l10n::message("ar", "app-title", None))));

    for page in [
        "/following",
        "/v/abc",
        "/tag/cats",
        "/sound/x",
        "/settings/access",
        "/settings/status",
        "/moderation",
        "/moderation/items/abc",
        "/transparency",
    ] {
        assert_eq!(get(page, &[]).await.0, StatusCode::OK, "{page}");
    }
}

#[tokio::test]
async fn the_shell_loads_the_assets_or_says_they_are_missing() {
    let (_, _, html) = get("/", &[]).await;
    if assets_built() {
        assert!(html.contains(&format!("/assets/app.js?v={}", *VERSION)));
        let (status, headers, _) = get(&format!("/assets/app.js?v={}", *VERSION), &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers[header::CACHE_CONTROL]
            .to_str()
            .is_ok_and(|c| c.contains("immutable")));
        let etag = headers[header::ETAG].to_str().expect("etag").to_owned();
        let (status, _, _) = get("/assets/app.js", &[("if-none-match", &etag)]).await;
        assert_eq!(status, StatusCode::NOT_MODIFIED);

        // What the client needs before it draws is named in the head, to load at once:
        // the chunks app.js imports, and the message files.
        assert!(
            !module_preloads().is_empty(),
            "modulepreload.txt is missing"
        );
        for chunk in module_preloads() {
            assert!(
                html.contains(&format!(
                    "<link rel=\"modulepreload\" href=\"/assets/{chunk}\">"
                )),
                "{html}"
            );
            let (status, headers, _) = get(&format!("/assets/{chunk}"), &[]).await;
            assert_eq!(status, StatusCode::OK, "{chunk}");
            // Named by their content: cached for good without a fingerprint.
            assert!(headers[header::CACHE_CONTROL]
                .to_str()
                .is_ok_and(|c| c.contains("immutable")));
        }
        assert!(html.contains(&format!(
            "<link rel=\"preload\" href=\"/locales/en.ftl?v={}\" as=\"fetch\" crossorigin>",
            *VERSION
        )));
        // Not the player (hls.js): the first clip plays without it (web/src/starter.ts).
        assert!(!html.contains("hls"), "{html}");
        let (_, _, french) = get("/", &[("accept-language", "fr")]).await;
        for lang in ["fr", "en"] {
            assert!(
                french.contains(&format!("href=\"/locales/{lang}.ftl?v=")),
                "{french}"
            );
        }

        // Brotli where the browser takes it, gzip where it takes only that, else as is.
        let url = format!("/assets/app.js?v={}", *VERSION);
        let (_, plain_headers, plain) = get_bytes(&url, &[]).await;
        assert!(plain_headers.get(header::CONTENT_ENCODING).is_none());
        let (_, br_headers, br) =
            get_bytes(&url, &[("accept-encoding", "gzip, deflate, br, zstd")]).await;
        assert_eq!(br_headers[header::CONTENT_ENCODING], "br");
        assert_eq!(br_headers[header::VARY], "Accept-Encoding");
        assert!(br.len() < plain.len());
        assert_ne!(br_headers[header::ETAG], plain_headers[header::ETAG]);
        let (_, gz_headers, gz) =
            get_bytes(&url, &[("accept-encoding", "gzip;q=0.8, br;q=0")]).await;
        assert_eq!(gz_headers[header::CONTENT_ENCODING], "gzip");
        assert_eq!(&gz[..2], &[0x1f, 0x8b]);
        let (_, css_headers, _) = get_bytes("/assets/app.css", &[("accept-encoding", "br")]).await;
        assert_eq!(css_headers[header::CONTENT_ENCODING], "br");
        assert!(css_headers[header::CONTENT_TYPE]
            .to_str()
            .is_ok_and(|c| c.starts_with("text/css")));
    } else {
        assert!(html.contains(&shell::escape(&l10n::message("en", "assets-missing", None))));
        assert!(!html.contains("<script"));
    }
    assert_eq!(get("/assets/nope.js", &[]).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn message_files_are_served_and_nothing_else_is_claimed() {
    for lang in l10n::LANGUAGES {
        let (status, headers, body) = get(&format!("/locales/{lang}.ftl"), &[]).await;
        assert_eq!(status, StatusCode::OK, "{lang}");
        assert!(headers[header::CONTENT_TYPE]
            .to_str()
            .is_ok_and(|c| c.starts_with("text/plain")));
        assert!(body.contains("app-title"));
    }
    assert_eq!(get("/locales/xx.ftl", &[]).await.0, StatusCode::NOT_FOUND);
    // Brotli copies made by the build from these very files.
    for lang in l10n::LANGUAGES {
        let path = format!("/locales/{lang}.ftl");
        let (_, plain_headers, plain) = get_bytes(&path, &[]).await;
        let (status, headers, packed) = get_bytes(&path, &[("accept-encoding", "br")]).await;
        assert_eq!(status, StatusCode::OK);
        if assets_built() {
            assert_eq!(headers[header::CONTENT_ENCODING], "br", "{lang}");
            assert!(packed.len() < plain.len() / 2, "{lang}");
            assert_ne!(headers[header::ETAG], plain_headers[header::ETAG]);
        } else {
            assert_eq!(packed, plain);
        }
    }
    // The API's paths stay the API's: the web router has no route for them.
    let web = router::<()>();
    for path in [
        "/api/v1/feed/for-you",
        "/media/v/us/x",
        "/healthz",
        "/metrics",
    ] {
        let res = web
            .clone()
            .oneshot(Request::get(path).body(Body::empty()).expect("request"))
            .await
            .expect("answer");
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

fn web_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web")
}

/// Message ids with the variables each one uses, read from an `.ftl` file.
fn catalog(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let source = l10n::ftl_source(lang).unwrap_or_else(|| panic!("no {lang}.ftl"));
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry {
            let id = line.split('=').next().unwrap_or("").trim().to_owned();
            assert!(
                out.insert(id.clone(), BTreeSet::new()).is_none(),
                "{lang}.ftl defines {id} twice"
            );
            current = Some(id);
        } else if !line.starts_with(' ') && !line.is_empty() {
            current = None;
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            for piece in line.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    vars.insert(name);
                }
            }
        }
    }
    out
}

#[test]
fn every_message_file_parses_and_holds_the_same_messages() {
    let english = catalog("en");
    assert!(english.len() > 100, "en.ftl looks empty");
    for lang in l10n::LANGUAGES {
        let source = l10n::ftl_source(lang).unwrap_or_default();
        if let Err((_, errors)) = FluentResource::try_new(source) {
            panic!("{lang}.ftl has syntax errors: {errors:?}");
        }
        let other = catalog(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.ftl has messages en.ftl lacks: {extra:?}"
        );
        for (id, vars) in &other {
            let unknown: Vec<_> = vars.difference(&english[id]).collect();
            assert!(
                unknown.is_empty(),
                "{lang}.ftl: {id} uses variables that the code does not pass: {unknown:?}"
            );
        }
    }
}

/// The message ids in the TypeScript sources: the string literals that a `t(...)` or
/// `msg(...)` call takes as its id, also when the id is chosen by a condition
/// (`t(muted ? 'clip-unmute' : 'clip-mute')`): a literal right after the `(`, a `?` or a
/// `:` inside the call's parentheses.
fn keys_in(source: &str) -> Vec<String> {
    let bytes = source.as_bytes();
    let mut keys = Vec::new();
    for call in ["t(", "msg("] {
        let mut from = 0;
        while let Some(found) = source[from..].find(call) {
            let at = from + found;
            from = at + call.len();
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$') {
                continue;
            }
            // Walk the call's parentheses, outside string literals.
            let (mut depth, mut i, mut prev) = (1usize, from, b'(');
            while i < bytes.len() && depth > 0 {
                match bytes[i] {
                    b'(' | b'{' | b'[' => depth += 1,
                    b')' | b'}' | b']' => depth -= 1,
                    q @ (b'\'' | b'"' | b'`') => {
                        let end = source[i + 1..]
                            .find(q as char)
                            .map_or(bytes.len(), |e| i + 1 + e);
                        let text = &source[i + 1..end.min(bytes.len())];
                        let id_like = !text.is_empty()
                            && text.bytes().all(|b| {
                                b.is_ascii_lowercase()
                                    || b.is_ascii_digit()
                                    || b == b'-'
                                    || b == b'_'
                            });
                        if depth == 1 && q != b'`' && matches!(prev, b'(' | b'?' | b':') && id_like
                        {
                            keys.push(text.to_owned());
                        }
                        i = end;
                    }
                    _ => {}
                }
                if !bytes[i.min(bytes.len() - 1)].is_ascii_whitespace() {
                    prev = bytes[i.min(bytes.len() - 1)];
                }
                i += 1;
            }
        }
    }
    keys
}

fn ts_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("web/src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            ts_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ts") {
            out.push(path);
        }
    }
}

#[test]
fn every_message_the_browser_layer_uses_exists_in_every_language() {
    let mut files = Vec::new();
    ts_files(&web_dir().join("src"), &mut files);
    assert!(!files.is_empty(), "no TypeScript sources found");
    let mut used = BTreeSet::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("read");
        used.extend(keys_in(&source));
    }
    assert!(used.len() > 100, "found only {} keys", used.len());
    for lang in l10n::LANGUAGES {
        let have = catalog(lang);
        let missing: Vec<_> = used.iter().filter(|k| !have.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
    }
    assert_eq!(
        keys_in(
            "t('a') + x.t('no') + msg(\"b\") + format(y) + t(k === 'x-y' ? 'c' : 'd', { h: 'e' })"
        ),
        ["a", "c", "d", "b"]
    );
}

#[test]
fn the_shell_escapes_and_marks_right_to_left() {
    assert_eq!(
        shell::escape("<a href=\"x\">'&"),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;"
    );
    assert!(shell::render("ar", Some("v"), false).contains("dir=\"rtl\""));
    assert!(shell::render("ja", None, false).contains("lang=\"ja\" dir=\"ltr\""));
}

#[test]
fn every_message_file_is_a_language_and_the_browser_layer_lists_the_same() {
    let mut files: Vec<String> = std::fs::read_dir(web_dir().join("locales"))
        .expect("web/locales")
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".ftl")
                .map(str::to_owned)
        })
        .collect();
    files.sort();
    let mut listed: Vec<String> = l10n::LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
    listed.sort();
    assert_eq!(
        files, listed,
        "web/locales/*.ftl and l10n::LANGUAGES differ"
    );
    assert!(listed.len() >= 40, "only {} languages", listed.len());

    // `export const LANGUAGES = ['en', 'de', …] as const;` in web/src/i18n.ts.
    let source = std::fs::read_to_string(web_dir().join("src/i18n.ts")).expect("i18n.ts");
    let start = source
        .find("export const LANGUAGES = [")
        .expect("i18n.ts exports LANGUAGES");
    let list = &source[start..];
    let list = &list[list.find('[').unwrap_or(0) + 1..list.find(']').unwrap_or(0)];
    let browser: Vec<&str> = list
        .split(',')
        .map(|s| s.trim().trim_matches('\''))
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(browser, l10n::LANGUAGES, "i18n.ts lists other languages");

    // Every language is served and gets its own shell, written in its direction.
    for lang in l10n::LANGUAGES {
        assert_eq!(l10n::negotiate(None, Some(lang)), *lang);
        let html = shell::render(lang, None, false);
        let dir = if l10n::is_rtl(lang) { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{lang}"
        );
    }
}
