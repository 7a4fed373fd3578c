//! Passwords, session tokens, and the extractor that says who is calling.
//!
//! A session token looks like `spl.<region>.<43 base64url chars>` (256 random bits).
//! The region part routes the lookup to the caller's home cell; only the token's
//! SHA-256 is stored there. API clients send it as `Authorization: Bearer`, the web
//! client gets it in an HttpOnly, SameSite=Lax cookie and must echo the session's CSRF
//! token in `X-CSRF-Token` on every state-changing request.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use spool_core::{AccountId, Password, RegionCode};
use tokio::sync::Semaphore;

use crate::config::AccountsConfig;
use crate::error::{ApiError, ApiResult, ErrorCode};
use crate::state::AppState;

pub const SESSION_COOKIE: &str = spool_web::SESSION_COOKIE;
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Argon2id hashing, run off the async threads and bounded in concurrency so a burst
/// of logins cannot exhaust memory (each hash takes `argon2_memory_kib`).
pub struct Passwords {
    params: Params,
    permits: Semaphore,
    /// Verified against when a handle does not exist, so both cases take as long.
    dummy_hash: String,
}

impl Passwords {
    pub fn new(config: &AccountsConfig) -> anyhow::Result<Self> {
        let params = Params::new(config.argon2_memory_kib, config.argon2_iterations, 1, None)
            .map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?;
        let dummy_hash = hash_blocking(&params, "not a real password at all")?;
        let parallel = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(Self {
            params,
            permits: Semaphore::new(parallel * 2),
            dummy_hash,
        })
    }

    pub async fn hash(self: &Arc<Self>, password: &Password) -> ApiResult<String> {
        let _permit = self.permits.acquire().await.map_err(ApiError::internal)?;
        let params = self.params.clone();
        let password = password.clone();
        tokio::task::spawn_blocking(move || hash_blocking(&params, password.expose()))
            .await
            .map_err(ApiError::internal)?
            .map_err(ApiError::internal)
    }

    /// Whether `password` matches `stored`; with no stored hash, spends the same time
    /// and answers false.
    pub async fn verify(
        self: &Arc<Self>,
        password: &Password,
        stored: Option<String>,
    ) -> ApiResult<bool> {
        let _permit = self.permits.acquire().await.map_err(ApiError::internal)?;
        let exists = stored.is_some();
        let stored = stored.unwrap_or_else(|| self.dummy_hash.clone());
        let password = password.clone();
        let matched = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&stored)
                .map(|parsed| {
                    Argon2::default()
                        .verify_password(password.expose().as_bytes(), &parsed)
                        .is_ok()
                })
                .unwrap_or(false)
        })
        .await
        .map_err(ApiError::internal)?;
        Ok(exists && matched)
    }
}

fn hash_blocking(params: &Params, password: &str) -> anyhow::Result<String> {
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let salt = SaltString::generate(&mut OsRng);
    argon
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

fn random_b64(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

/// A fresh session token for an account of `region`.
pub fn new_session_token(region: &RegionCode) -> String {
    format!("spl.{region}.{}", random_b64(32))
}

pub fn new_csrf_token() -> String {
    random_b64(24)
}

pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// The home region named by a well-formed token.
fn token_region(token: &str) -> Option<RegionCode> {
    let mut parts = token.split('.');
    let (Some("spl"), Some(region), Some(secret), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    if secret.len() != 43 {
        return None;
    }
    RegionCode::parse(region).ok()
}

pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The `Set-Cookie` value that starts a web session.
pub fn session_cookie(token: &str, max_age_secs: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"
    )
}

/// The `Set-Cookie` value that ends a web session.
pub fn clear_session_cookie(secure: bool) -> String {
    session_cookie("", 0, secure)
}

fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthVia {
    Bearer,
    Cookie,
}

/// The logged-in caller. Extracting it answers 401 without a live session, and 403 for
/// a cookie-authenticated state-changing request without the right CSRF token.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub account_id: AccountId,
    /// The session's public id (as listed by `GET /api/v1/me/sessions`).
    pub session_id: String,
    pub region: RegionCode,
    pub token_hash: Vec<u8>,
    pub csrf_token: String,
    pub expires_at: DateTime<Utc>,
    pub via: AuthVia,
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let (token, via) = if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(str::trim)
                .ok_or_else(|| {
                    ApiError::new(
                        ErrorCode::Unauthenticated,
                        "the Authorization header must be `Bearer <token>`",
                    )
                })?;
            (token.to_owned(), AuthVia::Bearer)
        } else if let Some(token) = cookie_value(&parts.headers, SESSION_COOKIE) {
            (token.to_owned(), AuthVia::Cookie)
        } else {
            return Err(ApiError::unauthenticated());
        };
        let expired = || {
            ApiError::new(
                ErrorCode::Unauthenticated,
                "the session has ended or never existed; log in again",
            )
        };
        let region = token_region(&token).ok_or_else(expired)?;
        let cell = state.store().cell(&region).ok_or_else(expired)?;
        let hash = token_hash(&token);
        let session = cell.session(&hash).await?.ok_or_else(expired)?;
        // Session bookkeeping: "last used" is written at most once per interval, and a
        // failure to write it never fails the request.
        let touch = chrono::Duration::seconds(
            i64::try_from(state.config().accounts.session_touch_secs).unwrap_or(i64::MAX / 1000),
        );
        let now = Utc::now();
        if now - session.last_used_at >= touch {
            if let Err(e) = cell.touch_session(&hash, now, touch).await {
                tracing::warn!(error = %e, "cannot record a session's last use");
            }
        }
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if via == AuthVia::Cookie && !safe {
            let sent = parts
                .headers
                .get(CSRF_HEADER)
                .map(|v| v.as_bytes())
                .unwrap_or_default();
            if !constant_time_eq(sent, session.csrf_token.as_bytes()) {
                return Err(ApiError::new(
                    ErrorCode::CsrfRejected,
                    "missing or wrong X-CSRF-Token header for a cookie session",
                ));
            }
        }
        Ok(Self {
            account_id: session.account_id,
            session_id: session.id,
            region,
            token_hash: hash,
            csrf_token: session.csrf_token,
            expires_at: session.expires_at,
            via,
        })
    }
}

impl CurrentUser {
    /// For a GET that changes something (a data export writes an audit entry): a
    /// cookie session must prove it is the web client, with the session's CSRF token in
    /// `X-CSRF-Token` or, for a plain download link, a `csrf` query parameter. Bearer
    /// clients are not asked (a bearer token is not sent by browsers on their own).
    pub fn require_csrf(&self, headers: &HeaderMap, query: Option<&str>) -> ApiResult<()> {
        if self.via == AuthVia::Bearer {
            return Ok(());
        }
        let from_header = headers.get(CSRF_HEADER).map(|v| v.as_bytes().to_vec());
        let from_query = query.and_then(|q| {
            q.split('&')
                .filter_map(|kv| kv.split_once('='))
                .find(|(k, _)| *k == "csrf")
                .map(|(_, v)| percent_decode(v, true))
        });
        let sent = from_header.or(from_query).unwrap_or_default();
        if constant_time_eq(&sent, self.csrf_token.as_bytes()) {
            Ok(())
        } else {
            Err(ApiError::new(
                ErrorCode::CsrfRejected,
                "a cookie session must send its CSRF token (X-CSRF-Token header or csrf query parameter)",
            ))
        }
    }
}

/// `%XX` decoding (and, for query values, `+` as a space); bytes, not necessarily
/// UTF-8. A `%` not followed by two hex digits stays as it is.
pub fn percent_decode(raw: &str, plus_is_space: bool) -> Vec<u8> {
    let bytes = raw.as_bytes();
    let hex = |i: usize| bytes.get(i).and_then(|b| (*b as char).to_digit(16));
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let (Some(h), Some(l)) = (hex(i + 1), hex(i + 2)) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(if plus_is_space && bytes[i] == b'+' {
            b' '
        } else {
            bytes[i]
        });
        i += 1;
    }
    out
}

/// `Option<CurrentUser>`: `None` when the request carries no credentials, or (for GET and
/// HEAD) credentials that no longer work; otherwise wrong credentials are refused.
impl axum::extract::OptionalFromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Self::Rejection> {
        let has_credentials = parts.headers.contains_key(header::AUTHORIZATION)
            || cookie_value(&parts.headers, SESSION_COOKIE).is_some();
        if !has_credentials {
            return Ok(None);
        }
        match <Self as FromRequestParts<AppState>>::from_request_parts(parts, state).await {
            Ok(user) => Ok(Some(user)),
            // A stale session cookie on a read of public content: read it anonymously (a
            // browser keeps an expired cookie until told otherwise). A bearer token is
            // an API client's choice: a bad one is refused, not quietly ignored.
            Err(e)
                if e.code == ErrorCode::Unauthenticated
                    && !parts.headers.contains_key(header::AUTHORIZATION)
                    && matches!(parts.method, Method::GET | Method::HEAD) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// The caller's network address: the peer, or the last `X-Forwarded-For` hop when the
/// server is configured to sit behind a proxy.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.config().server.trust_forwarded_for {
            let forwarded = parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|s| s.trim().parse::<IpAddr>().ok())
                .next_back();
            if let Some(ip) = forwarded {
                return Ok(Self(ip));
            }
        }
        parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| Self(addr.ip()))
            .ok_or_else(|| ApiError::internal("no peer address on the request"))
    }
}

impl ClientIp {
    /// The address with its host part cut off (/24 for IPv4, /48 for IPv6): enough to
    /// see where logins come from, not enough to point at one household.
    pub fn truncated(self) -> String {
        match self.0 {
            IpAddr::V4(v4) => {
                let [a, b, c, _] = v4.octets();
                format!("{a}.{b}.{c}.0/24")
            }
            IpAddr::V6(v6) => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
            }
        }
    }
}

/// The client's country (ISO 3166-1 alpha-2, upper case) as the deployment's proxy
/// reports it in `[moderation] country_header`; `None` when not configured or not sent.
pub struct ClientCountry(pub Option<String>);

impl FromRequestParts<AppState> for ClientCountry {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let name = &state.config().moderation.country_header;
        if name.is_empty() {
            return Ok(Self(None));
        }
        let country = parts
            .headers
            .get(name.as_str())
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|c| c.len() == 2 && c.chars().all(|x| x.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        Ok(Self(country))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_their_region_and_nothing_else_parses() {
        let us = RegionCode::parse("us").unwrap();
        let token = new_session_token(&us);
        assert_eq!(token_region(&token), Some(us));
        assert_ne!(new_session_token(&RegionCode::parse("us").unwrap()), token);
        for bad in [
            "",
            "spl.us",
            "spl.us.short",
            "xyz.us.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "spl.../.x",
        ] {
            assert_eq!(token_region(bad), None, "{bad}");
        }
    }

    #[test]
    fn addresses_are_truncated() {
        assert_eq!(
            ClientIp([192, 168, 7, 42].into()).truncated(),
            "192.168.7.0/24"
        );
        let v6: IpAddr = "2001:db8:abcd:12::1".parse().unwrap();
        assert_eq!(ClientIp(v6).truncated(), "2001:db8:abcd::/48");
    }

    #[test]
    fn percent_decoding_keeps_bytes_and_stray_percents() {
        assert_eq!(percent_decode("a%2Fb%ff", false), b"a/b\xff");
        assert_eq!(percent_decode("a+b%2", true), b"a b%2");
        assert_eq!(percent_decode("a+b%zz", false), b"a+b%zz");
    }

    #[test]
    fn cookies_are_http_only_and_same_site() {
        let c = session_cookie("tok", 60, true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            "a=1; spool_session=tok; b=2".parse().unwrap(),
        );
        assert_eq!(cookie_value(&headers, SESSION_COOKIE), Some("tok"));
    }

    #[tokio::test]
    async fn passwords_hash_with_argon2id_and_verify() {
        let passwords = Arc::new(Passwords::new(&AccountsConfig::default()).unwrap());
        let pw = Password::parse("correct horse battery").unwrap();
        let hash = passwords.hash(&pw).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(passwords.verify(&pw, Some(hash.clone())).await.unwrap());
        let wrong = Password::parse("wrong horse battery").unwrap();
        assert!(!passwords.verify(&wrong, Some(hash)).await.unwrap());
        assert!(!passwords.verify(&pw, None).await.unwrap());
    }
}
