use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::harness::{code, spawn_app};

#[tokio::test]
async fn sign_up_then_see_the_public_profile() {
    let app = spawn_app().await;
    let (status, me) = app
        .post(
            "/api/v1/accounts",
            None,
            json!({"handle": "Ana.Maria", "password": "correct horse", "region": "eu",
                   "birth_date": "1994-03-01", "email": "ana@example.org", "display_name": "Ana María"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{me}");
    assert_eq!(me["handle"], "Ana.Maria");
    assert_eq!(me["region"], "eu");
    assert_eq!(me["email"], "ana@example.org");
    assert_eq!(me["birth_date"], "1994-03-01");
    assert_eq!(me["is_teen"], false);
    assert_eq!(me["is_private"], false);
    assert!(me.get("password").is_none() && me.get("password_hash").is_none());

    // Found by any case of the handle; nothing personal in it.
    let (status, profile) = app.get("/api/v1/accounts/ana.maria", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(profile["handle"], "Ana.Maria");
    assert_eq!(profile["display_name"], "Ana María");
    assert_eq!(profile["follower_count"], 0);
    for personal in ["email", "birth_date", "region", "is_teen"] {
        assert!(
            profile.get(personal).is_none(),
            "public profile shows {personal}: {profile}"
        );
    }
    let (status, body) = app.get("/api/v1/accounts/nobody_here", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(code(&body), "not_found");
}

#[tokio::test]
async fn handles_are_unique_ignoring_case_and_compatibility_forms_across_regions() {
    let app = spawn_app().await;
    app.signup("Ana", "eu").await;
    app.signup("film", "sg").await;
    for (taken, region) in [
        ("ana", "us"),
        ("ANA", "eu"),
        ("ＡＮＡ", "sg"),
        ("@ana", "us"),
        ("ﬁlm", "us"),
        ("FILM", "eu"),
    ] {
        let (status, body) = app
            .post(
                "/api/v1/accounts",
                None,
                json!({"handle": taken, "password": "correct horse", "region": region, "birth_date": "1990-01-01"}),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{taken}: {body}");
        assert_eq!(code(&body), "handle_taken");
    }
    // The owner's spelling is kept; a full-width sign-up is stored in NFKC form.
    app.signup("ｂｅａ", "us").await;
    let (_, profile) = app.get("/api/v1/accounts/BEA", None).await;
    assert_eq!(profile["handle"], "bea");
}

#[tokio::test]
async fn under_13_is_refused_and_teens_start_private() {
    let app = spawn_app().await;
    let today = chrono::Utc::now().date_naive();
    let years_ago = |y: i32, extra_days: i64| {
        let d = today.with_year_sub(y) + chrono::Duration::days(extra_days);
        d.format("%Y-%m-%d").to_string()
    };
    // One day short of 13.
    let (status, body) = app
        .post(
            "/api/v1/accounts",
            None,
            json!({"handle": "kiddo", "password": "correct horse", "region": "us", "birth_date": years_ago(13, 1)}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(code(&body), "too_young");
    // Nothing was kept: the handle is still free.
    let (status, _) = app.get("/api/v1/accounts/kiddo", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Thirteen today: a teen, private by default.
    let (status, teen) = app
        .post(
            "/api/v1/accounts",
            None,
            json!({"handle": "kiddo", "password": "correct horse", "region": "us", "birth_date": years_ago(13, 0)}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{teen}");
    assert_eq!(teen["is_teen"], true);
    assert_eq!(teen["is_private"], true);
    let (_, profile) = app.get("/api/v1/accounts/kiddo", None).await;
    assert_eq!(profile["is_private"], true);

    // Eighteen today: an adult account, public by default.
    let (_, adult) = app
        .post(
            "/api/v1/accounts",
            None,
            json!({"handle": "grown", "password": "correct horse", "region": "us", "birth_date": years_ago(18, 0)}),
        )
        .await;
    assert_eq!(adult["is_teen"], false);
    assert_eq!(adult["is_private"], false);
}

trait SubYears {
    fn with_year_sub(self, years: i32) -> Self;
}

impl SubYears for chrono::NaiveDate {
    fn with_year_sub(self, years: i32) -> Self {
        use chrono::Datelike;
        // 29 February maps to 28 February in a year without it.
        self.with_year(self.year() - years)
            .or_else(|| (self - chrono::Duration::days(1)).with_year(self.year() - years))
            .expect("date")
    }
}

#[tokio::test]
async fn update_own_profile() {
    let app = spawn_app().await;
    let token = app.user("carla", "sg").await;
    let (status, me) = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            json!({"display_name": "Carla C.", "bio": "I film\nclouds", "is_private": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["display_name"], "Carla C.");
    assert_eq!(me["bio"], "I film\nclouds");
    assert_eq!(me["is_private"], true);
    assert_eq!(me["email"], "carla@example.org");

    // Over-long fields change nothing.
    let (status, body) = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            json!({"bio": "x".repeat(161), "display_name": "New"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&body), "invalid_bio");
    assert_eq!(body["error"]["field"], "bio");
    let (_, me) = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me["display_name"], "Carla C.");

    // E-mail: changed, then removed with null; an unknown field is refused.
    let (_, me) = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            json!({"email": "c@example.net"}),
        )
        .await;
    assert_eq!(me["email"], "c@example.net");
    let (_, me) = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            json!({"email": null}),
        )
        .await;
    assert!(me["email"].is_null());
    let (status, body) = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(&token),
            json!({"handle": "x"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(code(&body), "invalid_body");

    let (_, profile) = app.get("/api/v1/accounts/carla", None).await;
    assert_eq!(profile["bio"], "I film\nclouds");
}

#[tokio::test]
async fn deleting_an_account_ends_its_sessions_and_frees_the_handle() {
    let app = spawn_app().await;
    let token = app.user("dana", "us").await;
    let second = app.login("dana").await;
    let (status, body) = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&token),
            json!({"password": "not the password"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(code(&body), "invalid_credentials");
    let (status, _) = app.get("/api/v1/accounts/dana", None).await;
    assert_eq!(status, StatusCode::OK);

    let (status, _) = app
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&token),
            json!({"password": "correct horse"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    for t in [&token, &second] {
        let (status, body) = app.get("/api/v1/me", Some(t)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(code(&body), "unauthenticated");
    }
    let (status, _) = app.get("/api/v1/accounts/dana", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app.signup("Dana", "eu").await;
}

#[tokio::test]
async fn regions_are_listed_for_sign_up_forms() {
    let app = spawn_app().await;
    let (status, body) = app.get("/api/v1/regions", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["regions"], json!(["eu", "sg", "us"]));
}
