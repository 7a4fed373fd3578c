//! Caption tracks as a creator and a player see them: a WebVTT file per language on
//! one's own video, checked (bad files, bad tags, wrong type, too big: refused, nothing
//! changed), listed on the video, added to the master playlist as subtitle renditions,
//! and served only where the video's segments are served.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{code, spawn_app, TestApp};
use crate::media_support::make_clip;

const VTT_EN: &str = "WEBVTT\n\n00:00.000 --> 00:01.500\nHello <i>captions</i>\n\n00:01.500 --> 00:02.900\nsecond &amp; last\n";

/// A ready 3-second video of `token`'s account.
async fn ready_video(app: &TestApp, token: &str, extra: Value) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 360, 640, 3.0, true);
    let published = app.publish(token, &clip, extra).await;
    app.wait_video(token, published["id"].as_str().unwrap(), 240, |v| {
        v["state"] == "ready"
    })
    .await
}

/// Sends a caption request; answers the status and the JSON body (`Null` when empty).
async fn caption(
    app: &TestApp,
    method: Method,
    token: Option<&str>,
    video: &str,
    lang: &str,
    content_type: &str,
    body: &[u8],
) -> (StatusCode, Value) {
    let mut req = app
        .client
        .request(
            method,
            app.url(&format!("/api/v1/videos/{video}/captions/{lang}")),
        )
        .header("content-type", content_type)
        .body(body.to_vec());
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status();
    let text = resp.text().await.unwrap();
    let value = serde_json::from_str(&text).unwrap_or(Value::Null);
    (status, value)
}

/// GET of a media path: status, content type and body.
async fn media(app: &TestApp, path: &str) -> (StatusCode, String, String) {
    app.settle().await;
    let resp = app.client.get(app.url(path)).send().await.unwrap();
    let status = resp.status();
    let ct = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, ct, resp.text().await.unwrap())
}

fn langs(video: &Value) -> Vec<String> {
    video["captions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["lang"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_creator_attaches_checked_captions_and_the_master_lists_them() {
    let app = spawn_app().await;
    let owner = app.user("cap_owner", "eu").await;
    let other = app.user("cap_other", "us").await;
    let video = ready_video(&app, &owner, json!({})).await;
    let id = video["id"].as_str().unwrap();
    assert_eq!(video["captions"], json!([]));

    let (status, body) = caption(
        &app,
        Method::PUT,
        Some(&owner),
        id,
        "en",
        "text/vtt",
        VTT_EN.as_bytes(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(langs(&body), ["en"]);
    let url = body["captions"][0]["url"].as_str().unwrap().to_owned();
    assert!(
        url.starts_with(&format!("/media/v/eu/{id}/subs/en.vtt")),
        "{url}"
    );
    let (status, ct, served) = media(&app, &url).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ct, "text/vtt; charset=utf-8");
    assert_eq!(served, VTT_EN);

    // Refused, each with its code; nothing changes.
    let too_big = format!(
        "WEBVTT\n\n00:00.000 --> 00:01.000\n{}\n",
        "a".repeat(300 * 1024)
    );
    let refusals: Vec<(&str, &str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "en",
            "text/vtt",
            b"SRT\n1\n00:00:00,000 --> 00:00:01,000\nhi\n".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_webvtt",
        ),
        (
            "en",
            "text/vtt",
            b"WEBVTT\n\n00:01.000 --> 00:09.000\npast the end\n".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_webvtt",
        ),
        (
            "en",
            "text/vtt",
            b"WEBVTT\n\n00:02.000 --> 00:02.500\nb\n\n00:00.000 --> 00:01.000\na\n".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_webvtt",
        ),
        (
            "en",
            "text/vtt",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\n<script>alert(1)</script>\n".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_webvtt",
        ),
        (
            "en",
            "text/vtt",
            b"WEBVTT\n\n00:00.000 --> 00:01.000\n<img src=x onerror=alert(1)>\n".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_webvtt",
        ),
        (
            "en",
            "text/vtt",
            vec![0xff, 0xfe, 0x00],
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_webvtt",
        ),
        (
            "en_US",
            "text/vtt",
            VTT_EN.as_bytes().to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_language",
        ),
        (
            "english-please",
            "text/vtt",
            VTT_EN.as_bytes().to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_language",
        ),
        (
            "en",
            "application/json",
            VTT_EN.as_bytes().to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            "en",
            "text/vtt",
            too_big.into_bytes(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
        ),
    ];
    for (lang, ct, body, want, want_code) in refusals {
        let (status, answer) = caption(&app, Method::PUT, Some(&owner), id, lang, ct, &body).await;
        assert_eq!(status, want, "{lang} {ct}: {answer}");
        assert_eq!(code(&answer), want_code, "{answer}");
        assert!(!answer["error"]["message"].as_str().unwrap().is_empty());
    }
    let (_, line) = caption(
        &app,
        Method::PUT,
        Some(&owner),
        id,
        "en",
        "text/vtt",
        b"WEBVTT\n\n00:01.000 --> 00:09.000\nx\n",
    )
    .await;
    assert!(
        line["error"]["message"]
            .as_str()
            .unwrap()
            .contains("line 3"),
        "the message names the line: {line}"
    );
    let (_, seen) = app.get(&format!("/api/v1/videos/{id}"), Some(&owner)).await;
    assert_eq!(langs(&seen), ["en"]);
    assert_eq!(
        media(&app, &url).await.2,
        VTT_EN,
        "the stored track is unchanged"
    );

    // Not the owner: as if there were no such video; not signed in: 401.
    for method in [Method::PUT, Method::DELETE] {
        let (status, answer) = caption(
            &app,
            method.clone(),
            Some(&other),
            id,
            "fr",
            "text/vtt",
            VTT_EN.as_bytes(),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method}: {answer}");
        let (status, _) = caption(
            &app,
            method.clone(),
            Some(&other),
            id,
            "en",
            "text/vtt",
            b"",
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method}");
        let (status, _) =
            caption(&app, method, None, id, "fr", "text/vtt", VTT_EN.as_bytes()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (_, seen) = app.get(&format!("/api/v1/videos/{id}"), Some(&other)).await;
    assert_eq!(langs(&seen), ["en"]);
    assert_eq!(media(&app, &url).await.2, VTT_EN);

    // A second language, given in another case: stored under its canonical tag.
    let vtt_pt = "WEBVTT\n\n00:00.500 --> 00:02.000\nOlá\n";
    let (status, body) = caption(
        &app,
        Method::PUT,
        Some(&owner),
        id,
        "pt-br",
        "text/vtt; charset=utf-8",
        vtt_pt.as_bytes(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(langs(&body), ["en", "pt-BR"]);

    // The master playlist: a subtitle rendition per track, every variant in the group.
    let playlist = video["playlist_url"].as_str().unwrap();
    let (status, ct, master) = media(&app, playlist).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ct, "application/vnd.apple.mpegurl");
    for lang in ["en", "pt-BR"] {
        assert!(
            master.contains(&format!(
                "#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",LANGUAGE=\"{lang}\",NAME=\"{lang}\",DEFAULT=NO,AUTOSELECT=YES,URI=\"subs/{lang}.m3u8\""
            )),
            "{master}"
        );
    }
    let variants = master
        .lines()
        .filter(|l| l.starts_with("#EXT-X-STREAM-INF:"))
        .count();
    assert!(variants >= 1);
    assert_eq!(
        master
            .lines()
            .filter(|l| l.starts_with("#EXT-X-STREAM-INF:") && l.ends_with(",SUBTITLES=\"subs\""))
            .count(),
        variants,
        "{master}"
    );
    let (status, _, sub) = media(&app, &playlist.replace("master.m3u8", "subs/pt-BR.m3u8")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        sub.contains("#EXT-X-TARGETDURATION:3\n") && sub.contains("\npt-BR.vtt\n"),
        "{sub}"
    );
    let (_, _, served) = media(&app, &playlist.replace("master.m3u8", "subs/pt-BR.vtt")).await;
    assert_eq!(served, vtt_pt);
    // Only canonical names, only caption files.
    for bad in [
        "subs/pt-br.vtt",
        "subs/fr.vtt",
        "subs/en.srt",
        "subs/original",
    ] {
        let (status, _, _) = media(&app, &playlist.replace("master.m3u8", bad)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{bad}");
    }

    // Replacing a track serves the new one (revalidated, not cached as immutable).
    let replaced = "WEBVTT\n\n00:00.000 --> 00:01.000\nreplaced\n";
    let (status, _) = caption(
        &app,
        Method::PUT,
        Some(&owner),
        id,
        "en",
        "text/vtt",
        replaced.as_bytes(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(media(&app, &url).await.2, replaced);

    // Removing one: gone from the list, the master and the media paths.
    let (status, body) = caption(
        &app,
        Method::DELETE,
        Some(&owner),
        id,
        "en",
        "text/vtt",
        b"",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(langs(&body), ["pt-BR"]);
    let (_, _, master) = media(&app, playlist).await;
    assert!(!master.contains("LANGUAGE=\"en\""), "{master}");
    assert!(master.contains("LANGUAGE=\"pt-BR\""), "{master}");
    assert_eq!(media(&app, &url).await.0, StatusCode::NOT_FOUND);
    let (status, answer) = caption(
        &app,
        Method::DELETE,
        Some(&owner),
        id,
        "en",
        "text/vtt",
        b"",
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{answer}");
    // The last one gone: the master is the stored one again.
    let (status, _) = caption(
        &app,
        Method::DELETE,
        Some(&owner),
        id,
        "pt-BR",
        "text/vtt",
        b"",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, _, master) = media(&app, playlist).await;
    assert!(!master.contains("SUBTITLES"), "{master}");
}

#[tokio::test]
async fn captions_are_served_only_where_the_segments_are() {
    let app = spawn_app().await;
    let owner = app.user("cap_private", "eu").await;
    let other = app.user("cap_stranger", "eu").await;
    let video = ready_video(&app, &owner, json!({"visibility": "private"})).await;
    let id = video["id"].as_str().unwrap();
    let (status, body) = caption(
        &app,
        Method::PUT,
        Some(&owner),
        id,
        "de",
        "text/vtt",
        VTT_EN.as_bytes(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // The owner's signed path serves it, as it serves the segments.
    let url = body["captions"][0]["url"].as_str().unwrap().to_owned();
    assert!(url.starts_with("/media/s/"), "{url}");
    assert_eq!(media(&app, &url).await.0, StatusCode::OK);
    let (_, _, master) = media(&app, body["playlist_url"].as_str().unwrap()).await;
    assert!(master.contains("LANGUAGE=\"de\""), "{master}");
    let rendition = body["renditions"][0]["name"].as_str().unwrap();
    let public_base = format!("/media/v/eu/{id}");
    let segment = format!("{public_base}/{rendition}/index.m3u8");
    let track = format!("{public_base}/subs/de.vtt");

    // Not public: the unsigned paths answer 404 for the track as for the segments; a
    // forged signature 403 for both; a stranger does not see the video at all.
    assert_eq!(media(&app, &segment).await.0, StatusCode::NOT_FOUND);
    assert_eq!(media(&app, &track).await.0, StatusCode::NOT_FOUND);
    assert_eq!(
        media(&app, &format!("{public_base}/subs/de.m3u8")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        media(&app, &format!("{public_base}/master.m3u8")).await.0,
        StatusCode::NOT_FOUND
    );
    let parts: Vec<&str> = url.split('/').collect();
    let mut forged = parts.clone();
    let bad_sig = "A".repeat(parts[4].len());
    forged[4] = &bad_sig;
    let forged = forged.join("/");
    let forged_segment = forged.replace("subs/de.vtt", &format!("{rendition}/index.m3u8"));
    assert_eq!(media(&app, &forged).await.0, StatusCode::FORBIDDEN);
    assert_eq!(media(&app, &forged_segment).await.0, StatusCode::FORBIDDEN);
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), Some(&other)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Made public: both unsigned paths serve; private again: neither.
    let (status, _) = app
        .call(
            Method::PATCH,
            &format!("/api/v1/videos/{id}"),
            Some(&owner),
            json!({"visibility": "public"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(media(&app, &segment).await.0, StatusCode::OK);
    let (status, _, served) = media(&app, &track).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(served, VTT_EN);
    let (status, _) = app
        .call(
            Method::PATCH,
            &format!("/api/v1/videos/{id}"),
            Some(&owner),
            json!({"visibility": "private"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(media(&app, &segment).await.0, StatusCode::NOT_FOUND);
    assert_eq!(media(&app, &track).await.0, StatusCode::NOT_FOUND);

    // Deleting the video removes its caption files with the rest of its media.
    let (status, _) = app
        .call(
            Method::DELETE,
            &format!("/api/v1/videos/{id}"),
            Some(&owner),
            Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let keys = crate::harness::media_keys(app.media("eu").as_ref()).await;
    assert!(
        !keys.iter().any(|k| k.contains(id)),
        "nothing of the video is left: {keys:?}"
    );
}
