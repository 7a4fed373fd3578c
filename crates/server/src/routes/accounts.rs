use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use spool_core::{
    AccountId, BirthDate, DisplayName, Email, Handle, HandleKey, Password, RegionCode, MINIMUM_AGE,
};
use spool_store::{AccountRecord, NewAccount, PersonalRecord};
use utoipa::ToSchema;

use crate::auth::ClientIp;
use crate::error::{ApiError, ApiResult, ErrorBody, ErrorCode};
use crate::json::ApiJson;
use crate::state::AppState;

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

/// The caller's own account, personal fields included.
#[derive(Serialize, ToSchema)]
pub struct AccountView {
    #[schema(value_type = String, format = Uuid)]
    id: AccountId,
    handle: String,
    /// Home region.
    region: String,
    display_name: String,
    bio: String,
    is_private: bool,
    /// Under 18: private by default, with stricter interaction settings.
    is_teen: bool,
    email: Option<String>,
    birth_date: NaiveDate,
    follower_count: i64,
    following_count: i64,
    video_count: i64,
    like_count: i64,
    created_at: DateTime<Utc>,
}

impl AccountView {
    pub fn new(account: AccountRecord, personal: PersonalRecord, today: NaiveDate) -> Self {
        Self {
            id: account.id,
            handle: account.handle.to_string(),
            region: account.region.to_string(),
            display_name: account.display_name.as_str().to_owned(),
            bio: account.bio.as_str().to_owned(),
            is_private: account.is_private,
            is_teen: personal.birth_date.age_on(today).is_teen(),
            email: personal.email.as_ref().map(|e| e.as_str().to_owned()),
            birth_date: personal.birth_date.date(),
            follower_count: account.follower_count,
            following_count: account.following_count,
            video_count: account.video_count,
            like_count: account.like_count,
            created_at: account.created_at,
        }
    }
}

/// What anyone, from any region, may see of an account.
#[derive(Serialize, ToSchema)]
pub struct PublicProfile {
    #[schema(value_type = String, format = Uuid)]
    id: AccountId,
    handle: String,
    display_name: String,
    bio: String,
    is_private: bool,
    follower_count: i64,
    following_count: i64,
    video_count: i64,
    like_count: i64,
    created_at: DateTime<Utc>,
}

impl PublicProfile {
    pub fn handle(&self) -> &str {
        &self.handle
    }
}

impl From<AccountRecord> for PublicProfile {
    fn from(a: AccountRecord) -> Self {
        Self {
            id: a.id,
            handle: a.handle.to_string(),
            display_name: a.display_name.as_str().to_owned(),
            bio: a.bio.as_str().to_owned(),
            is_private: a.is_private,
            follower_count: a.follower_count,
            following_count: a.following_count,
            video_count: a.video_count,
            like_count: a.like_count,
            created_at: a.created_at,
        }
    }
}

/// A sign-up, parsed: nothing past this point re-checks a string.
pub struct ValidSignup {
    pub handle: Handle,
    pub password: Password,
    pub region: RegionCode,
    pub birth_date: BirthDate,
    pub email: Option<Email>,
    pub display_name: DisplayName,
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

/// Writes a new account: claims the handle in the directory, hashes the password and
/// creates the account in its home cell; undone if any step fails.
pub async fn create_account(state: &AppState, signup: &ValidSignup) -> ApiResult<AccountRecord> {
    let cell = state
        .store()
        .cell(&signup.region)
        .ok_or_else(|| ApiError::new(ErrorCode::UnknownRegion, "region vanished"))?;
    let directory = state.store().directory();
    let id = AccountId::new();
    // Claim the handle first: a taken one is refused before any expensive work.
    directory
        .reserve(&signup.handle, id, &signup.region)
        .await?;
    let created = async {
        let password_hash = state.passwords().hash(&signup.password).await?;
        let is_teen = signup.birth_date.age_on(state.today()).is_teen();
        let account = cell
            .create_account(&NewAccount {
                id,
                handle: signup.handle.clone(),
                display_name: signup.display_name.clone(),
                email: signup.email.clone(),
                birth_date: signup.birth_date,
                password_hash,
                is_private: is_teen,
            })
            .await?;
        directory.activate(id).await?;
        Ok::<_, ApiError>(account)
    }
    .await;
    match created {
        Ok(account) => {
            super::discover::index_account(state, account.id).await;
            Ok(account)
        }
        Err(e) => {
            // Give the handle back; if this fails too, start-up reconciliation will.
            let _ = cell.delete_account(id).await;
            let _ = directory.remove(id).await;
            Err(e)
        }
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
    state.limits().signup(ip.0)?;
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
    let not_found = || ApiError::not_found("account");
    let entry = state
        .store()
        .directory()
        .lookup(&HandleKey::of(&handle))
        .await?
        .ok_or_else(not_found)?;
    let cell = state.store().cell(&entry.region).ok_or_else(not_found)?;
    // Someone the account blocks sees nothing of it.
    if super::social::blocked_by(cell, entry.account_id, viewer.map(|v| v.account_id)).await? {
        return Err(not_found());
    }
    let account = cell
        .account(entry.account_id)
        .await?
        .ok_or_else(not_found)?;
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
