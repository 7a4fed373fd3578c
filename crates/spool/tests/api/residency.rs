use std::path::Path;

use serde_json::json;

use crate::harness::spawn_app;

/// Every byte of every file under `dir` (databases with their WAL and shared-memory
/// files), concatenated.
pub fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(all_bytes(&path));
        } else {
            out.extend(std::fs::read(&path).unwrap());
        }
    }
    out
}

/// The bytes a region's cell keeps: its folder (SQLite files, media) and, on
/// PostgreSQL, its rows.
pub async fn cell_bytes(app: &crate::harness::TestApp, region: &str) -> Vec<u8> {
    let mut bytes = all_bytes(&app.region_dir(region));
    bytes.extend(crate::harness::stored_text(app.data.path(), region).await);
    bytes
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// An `eu` account's personal fields exist only in the `eu` cell: not in any other
/// region's files and not in the global directory.
#[tokio::test]
async fn personal_data_of_an_eu_account_stays_in_eu() {
    let app = spawn_app().await;
    let email = "residency.probe.7f3a@example.org";
    let birth = "1987-09-14";
    let (status, body) = app
        .post(
            "/api/v1/accounts",
            None,
            json!({"handle": "quinn_eu", "password": "correct horse", "region": "eu",
                   "birth_date": birth, "email": email}),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::CREATED, "{body}");
    let token = app.login("quinn_eu").await;
    // Activity in other regions: accounts there, and a read of the profile.
    app.user("rosa_us", "us").await;
    app.user("sami_sg", "sg").await;
    let (_, _) = app.get("/api/v1/accounts/quinn_eu", Some(&token)).await;

    let eu = cell_bytes(&app, "eu").await;
    // At rest even the home cell holds them only encrypted (per-account data key).
    assert!(
        !contains(&eu, email),
        "the e-mail is stored in clear in the eu cell"
    );
    assert!(
        !contains(&eu, birth),
        "the birth date is stored in clear in the eu cell"
    );
    let (_, me) = app.get("/api/v1/me", Some(&token)).await;
    assert_eq!(me["email"], email, "{me}");
    assert_eq!(me["birth_date"], birth, "{me}");
    for other in ["us", "sg"] {
        let bytes = cell_bytes(&app, other).await;
        assert!(!bytes.is_empty(), "{other} cell has files");
        assert!(!contains(&bytes, email), "e-mail found in {other}");
        assert!(!contains(&bytes, birth), "birth date found in {other}");
        assert!(!contains(&bytes, "quinn_eu"), "eu account found in {other}");
    }
    // The global directory routes the handle but holds nothing personal.
    let mut directory = Vec::new();
    for entry in std::fs::read_dir(app.data.path()).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("directory.db")
        {
            directory.extend(std::fs::read(&path).unwrap());
        }
    }
    directory.extend(crate::harness::stored_text(app.data.path(), "directory").await);
    assert!(!directory.is_empty());
    assert!(!contains(&directory, email) && !contains(&directory, birth));
}
