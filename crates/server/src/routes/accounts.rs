use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use spool_core::{BirthDate, DisplayName, Email, Handle, Password, RegionCode, MINIMUM_AGE};
use spool_store::PersonalRecord;
use utoipa::ToSchema;

use crate::auth::ClientIp;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::services::accounts::{create_account, ValidSignup};
use crate::state::AppState;
use crate::views::{AccountView, PublicProfile};

/// Sign-up form.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    /// 2 to 24 letters, digits, `_` or `.`; unique across all regions, ignoring case
    /// and Unicode compatibility forms.
    #[schema(example = "ana_maria")]
    handle: String,
    /// 8 to 128 characters.
    password: String,
    /// Home region: where all personal data of the account is stored.
    #[schema(example = "eu")]
    region: String,
    /// `YYYY-MM-DD`. Under 13 is refused; 13 to 17 makes a private teen account.
    #[schema(example = "2001-04-17")]
    birth_date: String,
    email: Option<String>,
    /// Up to 50 characters.
    display_name: Option<String>,
}

impl ValidSignup {
    pub fn parse(form: SignupRequest, state: &AppState) -> ApiResult<Self> {
        let today = state.today();
        let handle = Handle::parse(&form.handle)?;
        let password = Password::parse(&form.password)?;
        let region = RegionCode::parse(&form.region)
            .ok()
            .filter(|r| state.store().cell(r).is_some())
            .ok_or_else(|| ApiError {
                field: Some("region"),
                ..ApiError::new(
                    ErrorCode::UnknownRegion,
                    format!(
                        "region {:?} is not served here; choose one of: {}",
                        form.region,
                        state
                            .store()
                            .regions()
                            .map(|r| r.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
        let birth_date = BirthDate::parse(&form.birth_date, today)?;
        if birth_date.age_on(today).0 < MINIMUM_AGE {
            return Err(ApiError {
                field: Some("birth_date"),
                ..ApiError::new(
                    ErrorCode::TooYoung,
                    format!("you must be at least {MINIMUM_AGE} years old to use Spool"),
                )
            });
        }
        Ok(Self {
            handle,
            password,
            region,
            birth_date,
            email: form.email.as_deref().map(Email::parse).transpose()?,
            display_name: DisplayName::parse(form.display_name.as_deref().unwrap_or(""))?,
        })
    }
}

/// Create an account in the chosen home region.
#[utoipa::path(post, path = "/api/v1/accounts", tag = "accounts", request_body = SignupRequest,
    responses(
        (status = 201, body = AccountView, description = "Created; `Location` names the public profile"),
        (status = 400, body = ErrorBody, description = "Malformed JSON"),
        (status = 403, body = ErrorBody, description = "`too_young`: under 13"),
        (status = 409, body = ErrorBody, description = "`handle_taken`, in any case or compatibility form"),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "A field is invalid, missing, or the region unknown"),
        (status = 429, body = ErrorBody, description = "Too many sign-ups from this address; see Retry-After"),
    ))]
pub async fn signup(
    State(state): State<AppState>,
    ip: ClientIp,
    ApiJson(form): ApiJson<SignupRequest>,
) -> ApiResult<Response> {
    let signup = ValidSignup::parse(form, &state)?;
    state.limits().signup(ip.0).await?;
    let account = create_account(&state, &signup).await?;
    let id = account.id;
    tracing::info!(account = %id, region = %signup.region, "account created");
    let personal = PersonalRecord {
        email: signup.email,
        birth_date: signup.birth_date,
    };
    let location = format!("/api/v1/accounts/{}", account.handle);
    let mut response = (
        StatusCode::CREATED,
        Json(AccountView::new(account, personal, state.today())),
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    Ok(response)
}

/// The public profile of any account, whatever its home region. No personal data.
#[utoipa::path(get, path = "/api/v1/accounts/{handle}", tag = "accounts",
    params(("handle" = String, Path, description = "Handle, in any case or compatibility form")),
    responses((status = 200, body = PublicProfile), (status = 404, body = ErrorBody)))]
pub async fn profile(
    State(state): State<AppState>,
    viewer: Option<crate::auth::CurrentUser>,
    Path(handle): Path<String>,
) -> ApiResult<Json<PublicProfile>> {
    let account =
        crate::services::accounts::profile(&state, viewer.as_ref().map(|v| v.account_id), &handle)
            .await?;
    Ok(Json(account.into()))
}

#[derive(Serialize, ToSchema)]
pub struct Regions {
    /// Region codes an account can choose as its home.
    regions: Vec<String>,
}

/// The region cells this server runs, for a sign-up form to offer.
#[utoipa::path(get, path = "/api/v1/regions", tag = "accounts", responses((status = 200, body = Regions)))]
pub async fn regions(State(state): State<AppState>) -> Json<Regions> {
    Json(Regions {
        regions: state.store().regions().map(ToString::to_string).collect(),
    })
}
