//! The routes. Each handler carries its `#[utoipa::path]`, and the router is built
//! through `utoipa_axum`, so the OpenAPI document lists exactly the routes that exist.

pub mod accounts;
pub mod blocks;
pub mod comments;
pub mod discover;
pub mod export;
pub mod federation;
pub mod feed;
pub mod follows;
pub(crate) mod health;
pub mod likes;
mod me;
pub(crate) mod media;
mod moderation;
mod notifications;
mod relocate;
mod reports;
mod sessions;
pub mod settings;
pub mod staff;
mod statements;
mod transparency;
pub mod uploads;
pub mod videos;

use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ErrorBody, ErrorCode};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Spool API",
        description = "The HTTP API of Spool, a self-hostable short-video platform. \
            Errors are `{\"error\": {\"code\", \"message\"}}` with a fitting status.",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(ErrorBody)),
    modifiers(&SecuritySchemes),
    tags(
        (name = "accounts", description = "Sign-up and public profiles"),
        (name = "sessions", description = "Log in and out"),
        (name = "me", description = "The caller's own account"),
        (name = "uploads", description = "Resumable uploads (tus 1.0.0)"),
        (name = "videos", description = "Publishing and reading videos"),
        (name = "media", description = "HLS playlists, segments, posters and sounds"),
        (name = "social", description = "Follows, blocks, mutes, likes, comments, shares, notifications"),
        (name = "discover", description = "Hashtag and sound pages, search"),
        (name = "operations", description = "Health, metrics and this document"),
        (name = "federation", description = "ActivityPub: WebFinger, actors, inboxes; remote follows"),
    )
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::SESSION_COOKIE,
                "Web session; state-changing requests also need the X-CSRF-Token header",
            ))),
        );
    }
}

/// The whole application router, with the OpenAPI document stored in `state`.
pub fn router(state: AppState) -> Router {
    let timeout = Duration::from_secs(state.config().server.request_timeout_secs);
    // JSON API: bodies limited to `max_json_body_bytes`, requests to the timeout.
    let json_api = OpenApiRouter::new()
        .routes(routes!(accounts::signup))
        .routes(routes!(accounts::profile))
        .routes(routes!(accounts::regions))
        .routes(routes!(sessions::login))
        .routes(routes!(sessions::current, sessions::logout))
        .routes(routes!(
            sessions::list_sessions,
            sessions::end_other_sessions
        ))
        .routes(routes!(sessions::end_session))
        .routes(routes!(sessions::change_password))
        .routes(routes!(me::get_me, me::update_me, me::delete_me))
        .routes(routes!(videos::publish))
        .routes(routes!(
            videos::get_video,
            videos::edit_video,
            videos::delete_video
        ))
        .routes(routes!(videos::account_videos))
        .routes(routes!(follows::follow, follows::unfollow))
        .routes(routes!(follows::follow_requests))
        .routes(routes!(follows::accept_request, follows::decline_request))
        .routes(routes!(follows::followers))
        .routes(routes!(follows::following))
        .routes(routes!(blocks::block, blocks::unblock))
        .routes(routes!(blocks::mute, blocks::unmute))
        .routes(routes!(likes::like, likes::unlike))
        .routes(routes!(likes::share))
        .routes(routes!(comments::add_comment, comments::comments))
        .routes(routes!(comments::delete_comment))
        .routes(routes!(comments::pin_comment, comments::unpin_comment))
        .routes(routes!(comments::like_comment, comments::unlike_comment))
        .routes(routes!(notifications::notifications))
        .routes(routes!(notifications::mark_read))
        .routes(routes!(settings::get_settings, settings::update_settings))
        .routes(routes!(likes::liked_videos))
        .routes(routes!(discover::hashtag_page))
        .routes(routes!(discover::sound_page))
        .routes(routes!(discover::search))
        .routes(routes!(discover::suggest))
        .routes(routes!(staff::add_role, staff::remove_role))
        .routes(routes!(staff::request_grant))
        .routes(routes!(staff::approve_grant))
        .routes(routes!(staff::deny_grant))
        .routes(routes!(staff::read_personal))
        .routes(routes!(staff::access_log))
        .routes(routes!(staff::audit_head))
        .routes(routes!(staff::audit_entries))
        .routes(routes!(staff::audit_inclusion))
        .routes(routes!(staff::audit_consistency))
        .routes(routes!(relocate::move_region))
        .routes(routes!(reports::report))
        .routes(routes!(reports::get_report))
        .routes(routes!(reports::my_reports))
        .routes(routes!(moderation::moderation_queue))
        .routes(routes!(moderation::moderation_item))
        .routes(routes!(moderation::claim_item))
        .routes(routes!(moderation::decide_moderation))
        .routes(routes!(moderation::moderation_policies))
        .routes(routes!(moderation::decide_appeal))
        .routes(routes!(statements::my_statements))
        .routes(routes!(statements::my_status))
        .routes(routes!(statements::appeal))
        .routes(routes!(transparency::transparency_report))
        .routes(routes!(transparency::decision_log))
        .routes(routes!(feed::for_you))
        .routes(routes!(feed::following_feed))
        .routes(routes!(feed::events))
        .routes(routes!(feed::algorithm))
        .routes(routes!(feed::reset))
        .routes(routes!(federation::webfinger))
        .routes(routes!(federation::actor_document))
        .routes(routes!(federation::actor_followers))
        .routes(routes!(federation::actor_outbox))
        .routes(routes!(federation::video_object))
        .routes(routes!(
            federation::follow_remote,
            federation::remote_follows
        ))
        .routes(routes!(federation::unfollow_remote))
        .routes(routes!(federation::lookup_remote))
        .routes(routes!(federation::remote_followers))
        .routes(routes!(federation::accept_remote))
        .routes(routes!(federation::remove_remote))
        .routes(routes!(federation::remote_feed))
        .routes(routes!(federation::report_remote))
        .routes(routes!(federation::block_remote))
        .routes(routes!(federation::instance_decisions))
        .routes(routes!(federation::like_remote))
        .routes(routes!(federation::unlike_remote))
        .routes(routes!(federation::reply_remote))
        .routes(routes!(
            federation::remote_replies,
            federation::remove_remote_reply
        ))
        .routes(routes!(health::openapi_json))
        .routes(routes!(health::healthz))
        .routes(routes!(health::metrics))
        .layer(DefaultBodyLimit::max(
            state.config().server.max_json_body_bytes,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ));
    // tus: bodies are streamed and bounded by Upload-Length (an idle timeout applies
    // instead of the request timeout); every answer says Tus-Resumable.
    let tus = OpenApiRouter::new()
        .routes(routes!(uploads::create, uploads::options))
        .routes(routes!(
            uploads::head,
            uploads::patch,
            uploads::terminate,
            uploads::options_one
        ))
        .layer(DefaultBodyLimit::disable())
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("tus-resumable"),
            HeaderValue::from_static(uploads::TUS_VERSION),
        ));
    // Media files: streamed, no timeout (a slow viewer may take a while for a segment).
    let media = OpenApiRouter::new()
        .routes(routes!(media::public_top))
        .routes(routes!(media::public_rendition))
        .routes(routes!(media::signed_top))
        .routes(routes!(media::signed_rendition))
        .routes(routes!(media::sound))
        .routes(routes!(media::photo))
        // The data export streams an archive that may take a while to build.
        .routes(routes!(export::export_me, export::export_me_post));
    // Inboxes: the body is read by the handler within `federation.max_inbox_bytes`
    // (its Digest is checked before anything else).
    let inboxes = OpenApiRouter::new()
        .routes(routes!(federation::actor_inbox))
        .routes(routes!(federation::shared_inbox))
        .layer(DefaultBodyLimit::disable())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ));
    // Caption files and profile photos: a raw body, bounded by its own limit (read by
    // the handler, which answers `body_too_large` past it).
    let captions = OpenApiRouter::new()
        .routes(routes!(videos::put_caption, videos::delete_caption))
        .routes(routes!(me::put_photo, me::delete_photo))
        .layer(DefaultBodyLimit::disable())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ));
    let (api, doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(json_api)
        .merge(captions)
        .merge(inboxes)
        .merge(tus)
        .merge(media)
        .split_for_parts();
    match doc.to_json() {
        Ok(json) => state.set_openapi(json),
        Err(e) => tracing::error!(error = %e, "cannot render the OpenAPI document"),
    }
    api.merge(spool_web::router())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
        .layer(CatchPanicLayer::custom(|_| {
            axum::response::IntoResponse::into_response(ApiError::internal("a handler panicked"))
        }))
        .layer(TraceLayer::new_for_http())
}

/// The whole raw body of a request, at most `limit` bytes (`body_too_large` with
/// `too_large`'s message past it). Handlers that take a raw body call this before they
/// refuse anything else: an answer to a request whose body was left unread closes the
/// connection under a client that may already be reusing it.
pub(crate) async fn whole_body(
    body: axum::body::Body,
    limit: usize,
    too_large: impl FnOnce() -> String,
) -> Result<axum::body::Bytes, ApiError> {
    axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| ApiError::new(ErrorCode::BodyTooLarge, too_large()))
}

async fn not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "no such route")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        ErrorCode::MethodNotAllowed,
        "this route does not take that method",
    )
}
