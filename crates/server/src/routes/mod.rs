//! The routes. Each handler carries its `#[utoipa::path]`, and the router is built
//! through `utoipa_axum`, so the OpenAPI document lists exactly the routes that exist.

mod accounts;
mod health;
mod me;
mod sessions;

use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
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
        (name = "operations", description = "Health, metrics and this document"),
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
    let (api, doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(accounts::signup))
        .routes(routes!(accounts::profile))
        .routes(routes!(accounts::regions))
        .routes(routes!(sessions::login))
        .routes(routes!(sessions::current, sessions::logout))
        .routes(routes!(me::get_me, me::update_me, me::delete_me))
        .routes(routes!(health::openapi_json))
        .layer(DefaultBodyLimit::max(
            state.config().server.max_json_body_bytes,
        ))
        .routes(routes!(health::healthz))
        .routes(routes!(health::metrics))
        .split_for_parts();
    match doc.to_json() {
        Ok(json) => state.set_openapi(json),
        Err(e) => tracing::error!(error = %e, "cannot render the OpenAPI document"),
    }
    let timeout = Duration::from_secs(state.config().server.request_timeout_secs);
    api.fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(CatchPanicLayer::custom(|_| {
            axum::response::IntoResponse::into_response(ApiError::internal("a handler panicked"))
        }))
        .layer(TraceLayer::new_for_http())
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
