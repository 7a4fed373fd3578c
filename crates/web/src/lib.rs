//! The web client: pages and assets served by `spool serve` at `/`.
//!
//! Every page is one small HTML shell, rendered here in the request's language (`<html
//! lang dir>`, title, the text shown without JavaScript); the TypeScript layer in `web/`
//! (bundled by esbuild into `web/dist`) draws the page from the JSON API. Both sides
//! format the same Project Fluent files, `web/locales/<lang>.ftl`, which are served at
//! `/locales/<lang>.ftl`. The assets are embedded at compile time, so one binary stays
//! one binary; before `web/dist` is built the shell says so instead of loading a script.
//!
//! A first visit must show the feed fast on a slow line: the build splits the client
//! into `app.js` (the frame and the feed) and chunks fetched when needed (hls.js, the
//! other pages), and makes Brotli and gzip copies of every script, style sheet and
//! message file, which are answered to browsers that take them. The shell names the
//! chunks `app.js` imports and the message files (`modulepreload`, `preload`), so they
//! load beside it instead of after it.
//!
//! Architecture invariant: this crate knows nothing of the API's state or store; it only
//! serves files and shells, and claims none of `/api/`, `/media/`, `/healthz`, `/metrics`.

pub mod l10n;
mod shell;

use std::borrow::Cow;
use std::sync::LazyLock;

use axum::body::Body;
use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rust_embed::RustEmbed;

/// The built browser layer (`web/dist`, made by `npm run build` in `web/`).
#[derive(RustEmbed)]
#[folder = "../../web/dist/"]
struct Dist;

/// The paths the client draws (each answered with the shell; the TypeScript router
/// decides what to show). Kept in step with `web/src/router.ts`.
pub const PAGES: [&str; 18] = [
    "/",
    "/following",
    "/upload",
    "/search",
    "/inbox",
    "/settings",
    "/settings/access",
    "/settings/status",
    "/moderation",
    "/moderation/items/{id}",
    "/transparency",
    "/login",
    "/signup",
    "/how-the-feed-works",
    "/v/{id}",
    "/u/{handle}",
    "/tag/{tag}",
    "/sound/{id}",
];

/// The session cookie's name (the server's auth sets it; the shell only looks whether
/// a request has one).
pub const SESSION_COOKIE: &str = "spool_session";

/// Routes of the web client (pages and assets). Merged into the API router by
/// `spool-server`; must not claim `/api/`, `/media/`, `/healthz` or `/metrics`.
pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    let mut router = Router::new();
    for page in PAGES {
        router = router.route(page, get(page_shell));
    }
    router
        .route("/assets/{*file}", get(asset))
        .route("/locales/{file}", get(locale))
        .route("/favicon.ico", get(|h: HeaderMap| public("favicon.ico", h)))
        .route("/icon.svg", get(|h: HeaderMap| public("icon.svg", h)))
        .route(
            "/manifest.webmanifest",
            get(|h: HeaderMap| public("manifest.webmanifest", h)),
        )
        .route(
            "/icons/{file}",
            get(|Path(file): Path<String>, h: HeaderMap| async move {
                public(&format!("icons/{file}"), h).await
            }),
        )
}

/// The files of `web/public` (icons, favicon, the web app manifest): at fixed addresses
/// that browsers and installers ask for, so revalidated rather than cached for good.
async fn public(file: &str, headers: HeaderMap) -> Response {
    if !file.bytes().all(safe_path_byte) || file.contains("..") {
        return not_found();
    }
    match Dist::get(&format!("public/{file}")) {
        Some(f) => file_response(file, Variant::of(f, None), false, &headers),
        None => not_found(),
    }
}

/// A short fingerprint of the built assets, put in their URLs so that they can be cached
/// for good (empty when they are missing).
static VERSION: LazyLock<String> = LazyLock::new(|| {
    if !assets_built() {
        return String::new();
    }
    let mut hashes: Vec<[u8; 32]> = ["app.js", "app.css"]
        .iter()
        .filter_map(|f| Dist::get(f))
        .map(|f| f.metadata.sha256_hash())
        .collect();
    hashes.extend(
        l10n::Locales::iter()
            .filter_map(|f| l10n::Locales::get(&f))
            .map(|f| f.metadata.sha256_hash()),
    );
    // XOR of the files' hashes: changes when any of them does.
    let mut folded = [0u8; 6];
    for h in &hashes {
        for (i, b) in folded.iter_mut().enumerate() {
            *b ^= h[i];
        }
    }
    hex(&folded)
});

/// Whether the browser layer was built into this binary.
pub fn assets_built() -> bool {
    Dist::get("app.js").is_some() && Dist::get("app.css").is_some()
}

/// A chunk list the build wrote (paths under `/assets/`, one a line).
fn chunk_list(name: &str) -> Vec<String> {
    Dist::get(name)
        .map(|f| {
            String::from_utf8_lossy(&f.data)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && l.bytes().all(safe_path_byte))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Paths that can go into an attribute as they are.
fn safe_path_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'_')
}

static MODULE_PRELOADS: LazyLock<Vec<String>> = LazyLock::new(|| chunk_list("modulepreload.txt"));

/// The chunks that `app.js` imports (`modulepreload.txt`).
pub(crate) fn module_preloads() -> &'static [String] {
    &MODULE_PRELOADS
}

/// The content codings this server has copies in, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    fn suffix(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gz",
        }
    }

    fn header(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        }
    }
}

/// The codings the request's `Accept-Encoding` takes (a `q=0` refuses one), best first.
fn accepted_codings(headers: &HeaderMap) -> Vec<Coding> {
    let mut out = Vec::new();
    for value in headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
    {
        for item in value.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            let coding = match name.as_str() {
                "br" => Coding::Brotli,
                "gzip" | "x-gzip" => Coding::Gzip,
                _ => continue,
            };
            if !refused && !out.contains(&coding) {
                out.push(coding);
            }
        }
    }
    out.sort_by_key(|c| *c != Coding::Brotli);
    out
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The language of a request: the settings cookie, else `Accept-Language`.
pub fn request_language(headers: &HeaderMap) -> &'static str {
    l10n::negotiate(
        cookie(headers, l10n::LANG_COOKIE),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// What the browser may load and connect to: this server only. hls.js runs its worker
/// from a blob and plays through MediaSource (blob: URLs).
/// Images, media and the fetches of the player may come from other instances over
/// https (clips of followed accounts elsewhere play from their origin, see
/// docs/federation.md); scripts, styles and everything else only from here.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data: blob: https:; media-src 'self' blob: https:; connect-src 'self' https:; \
    worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'none'";

async fn page_shell(headers: HeaderMap) -> Response {
    let lang = request_language(&headers);
    let html = shell::render(
        lang,
        assets_built().then_some(VERSION.as_str()),
        cookie(&headers, SESSION_COOKIE).is_some(),
    );
    let mut response = (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "same-origin"),
            (header::VARY, "Accept-Language, Cookie"),
        ],
        html,
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(lang) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    response
}

fn content_type(file: &str) -> &'static str {
    match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("map" | "json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("webmanifest") => "application/manifest+json",
        Some("woff2") => "font/woff2",
        Some("ftl") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// One stored form of a file: its bytes, their ETag, and their content coding (`None`:
/// as it is).
struct Variant {
    data: Cow<'static, [u8]>,
    etag: String,
    coding: Option<Coding>,
}

impl Variant {
    fn of(file: rust_embed::EmbeddedFile, coding: Option<Coding>) -> Variant {
        Variant {
            etag: hex(&file.metadata.sha256_hash()[..12]),
            data: file.data,
            coding,
        }
    }
}

/// A file of `web/dist` in the best form the request takes: a Brotli or gzip copy when
/// the build made one (`<file>.br`, `<file>.gz`), the file itself otherwise.
fn dist_variant(file: &str, headers: &HeaderMap) -> Option<Variant> {
    let plain = Dist::get(file)?;
    for coding in accepted_codings(headers) {
        if let Some(packed) = Dist::get(&format!("{file}.{}", coding.suffix())) {
            return Some(Variant::of(packed, Some(coding)));
        }
    }
    Some(Variant::of(plain, None))
}

/// Answers a file with an ETag; cached for good when the URL carries the current
/// fingerprint (`?v=`) or the name its content hash (`chunks/`), revalidated otherwise.
fn file_response(name: &str, variant: Variant, versioned: bool, headers: &HeaderMap) -> Response {
    let Variant { data, etag, coding } = variant;
    let etag = format!("\"{etag}\"");
    let cache = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let common = [
        (header::CACHE_CONTROL, cache.to_owned()),
        (header::ETAG, etag),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
        (header::VARY, "Accept-Encoding".to_owned()),
    ];
    if matches {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    let mut response = (
        common,
        [(header::CONTENT_TYPE, content_type(name))],
        Body::from(data),
    )
        .into_response();
    if let Some(coding) = coding {
        response.headers_mut().insert(
            header::CONTENT_ENCODING,
            HeaderValue::from_static(coding.header()),
        );
    }
    response
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "application/json")],
        r#"{"error":{"code":"not_found","message":"no such file"}}"#,
    )
        .into_response()
}

fn versioned(uri_query: Option<&str>) -> bool {
    uri_query
        .unwrap_or("")
        .split('&')
        .any(|kv| kv.strip_prefix("v=") == Some(VERSION.as_str()) && !VERSION.is_empty())
}

async fn asset(Path(file): Path<String>, uri: axum::http::Uri, headers: HeaderMap) -> Response {
    // Chunks are named by their content hash, so they never change under their name.
    let immutable = versioned(uri.query()) || file.starts_with("chunks/");
    match dist_variant(&file, &headers) {
        Some(variant) => file_response(&file, variant, immutable, &headers),
        None => not_found(),
    }
}

/// `/locales/<lang>.ftl`: the message file the browser layer formats.
async fn locale(Path(file): Path<String>, uri: axum::http::Uri, headers: HeaderMap) -> Response {
    let known = file
        .strip_suffix(".ftl")
        .is_some_and(|lang| l10n::LANGUAGES.contains(&lang));
    let Some(f) = l10n::Locales::get(&file).filter(|_| known) else {
        return not_found();
    };
    // The build's Brotli copy is named by the hash of the text it was made from: one made
    // from an older text is never found.
    let packed = accepted_codings(&headers)
        .contains(&Coding::Brotli)
        .then(|| {
            let hash = hex(&f.metadata.sha256_hash()[..12]);
            Dist::get(&format!("locales/{file}.{hash}.br"))
        })
        .flatten();
    let variant = match packed {
        Some(p) => Variant::of(p, Some(Coding::Brotli)),
        None => Variant::of(f, None),
    };
    file_response(&file, variant, versioned(uri.query()), &headers)
}

#[cfg(test)]
mod tests;
