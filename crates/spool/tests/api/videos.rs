use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::harness::{blob_key, code, db_pool, spawn_app, spawn_app_with};
use crate::media_support::{
    duration, ffprobe, has_audio, hostile_files, make_clip, real_clip, video_stream,
};

/// Reads the master playlist and every rendition back over HTTP with ffprobe.
fn check_ladder(base: &str, video: &Value, source_secs: f64, expected: &[(u32, u32)]) {
    let master = format!("{base}{}", video["playlist_url"].as_str().unwrap());
    let text = reqwest_blocking_text(&master);
    assert!(text.starts_with("#EXTM3U"), "{text}");
    let infs: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("#EXT-X-STREAM-INF"))
        .collect();
    assert_eq!(infs.len(), expected.len(), "{text}");
    for (inf, (w, h)) in infs.iter().zip(expected) {
        for attr in [
            "BANDWIDTH=",
            "CODECS=\"avc1.",
            &format!("RESOLUTION={w}x{h}"),
        ] {
            assert!(inf.contains(attr), "{attr} missing in {inf}");
        }
    }
    let renditions = video["renditions"].as_array().unwrap();
    assert_eq!(renditions.len(), expected.len());
    for (r, (w, h)) in renditions.iter().zip(expected) {
        let name = r["name"].as_str().unwrap();
        let url = master.replace("master.m3u8", &format!("{name}/index.m3u8"));
        let probe = ffprobe(&url);
        let v = video_stream(&probe);
        assert_eq!(
            (
                v["width"].as_u64().unwrap() as u32,
                v["height"].as_u64().unwrap() as u32
            ),
            (*w, *h),
            "{name}"
        );
        assert_eq!(v["codec_name"], "h264");
        let d = duration(&probe);
        assert!(
            (d - source_secs).abs() <= 4.5,
            "{name}: {d} s vs source {source_secs} s"
        );
    }
    let probe = ffprobe(&master);
    assert!((duration(&probe) - source_secs).abs() <= 4.5);
    check_fast_start(&master, &text);
}

/// The master playlist lists its renditions smallest first (players start on the first
/// one); that first rendition has a ~1 s first segment, 2 s ones after it, and its init
/// and first segment fit in half a second of a 1.5 Mbit/s link.
fn check_fast_start(master: &str, text: &str) {
    let bandwidths: Vec<u64> = text
        .lines()
        .filter_map(|l| l.strip_prefix("#EXT-X-STREAM-INF:BANDWIDTH="))
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect();
    assert!(
        bandwidths.windows(2).all(|w| w[0] < w[1]),
        "not smallest first: {text}"
    );
    let first = text.lines().find(|l| !l.starts_with('#')).unwrap();
    let playlist_url = master.replace("master.m3u8", first);
    let playlist = reqwest_blocking_text(&playlist_url);
    let durations: Vec<f64> = playlist
        .lines()
        .filter_map(|l| l.strip_prefix("#EXTINF:"))
        .map(|d| d.trim_end_matches(',').parse().unwrap())
        .collect();
    assert!(
        (durations[0] - f64::from(spool_media::FIRST_SEGMENT_SECS)).abs() < 0.1,
        "{playlist}"
    );
    assert!(durations.iter().all(|d| *d <= 2.1), "{playlist}");
    let size =
        |file: &str| reqwest_blocking_bytes(&playlist_url.replace("index.m3u8", file)).len() as f64;
    let bytes = size("init.mp4") + size("seg_00000.m4s");
    let budget = spool_media::START_LINK_BPS as f64 * spool_media::START_BUDGET_SECS / 8.0;
    assert!(
        bytes <= budget,
        "{first}: init + first segment {bytes} bytes > {budget}"
    );
}

fn reqwest_blocking_text(url: &str) -> String {
    String::from_utf8(reqwest_blocking_bytes(url)).unwrap()
}

fn reqwest_blocking_bytes(url: &str) -> Vec<u8> {
    let out = std::process::Command::new("curl")
        .args(["-sf", url])
        .output()
        .expect("curl");
    assert!(out.status.success(), "GET {url} failed");
    out.stdout
}

#[tokio::test]
async fn portrait_clip_becomes_a_playable_ladder_and_a_sound() {
    let app = spawn_app().await;
    let token = app.user("maker", "us").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "portrait.mp4", 540, 960, 5.0, true);
    let published = app
        .publish(&token, &clip, json!({"caption": "Sunset #nature"}))
        .await;
    let id = published["id"].as_str().unwrap();
    assert_eq!(published["caption"], "Sunset #nature");
    assert!(published["playlist_url"].is_null());

    let video = app.wait_complete(&token, id).await;
    assert_eq!(video["state"], "ready");
    assert_eq!(
        (video["width"].as_i64(), video["height"].as_i64()),
        (Some(540), Some(960))
    );
    check_ladder(
        &app.base,
        &video,
        5.0,
        &[(240, 426), (360, 640), (540, 960)],
    );
    // Poster.
    let poster = app
        .client
        .get(app.url(video["poster_url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(poster.status(), StatusCode::OK);
    assert_eq!(poster.headers()["content-type"], "image/jpeg");
    // The audio became a sound.
    let sound = &video["sound"];
    let resp = app
        .client
        .get(app.url(sound["url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["content-type"], "audio/mp4");
    // Anyone may watch a public video, without logging in.
    let (status, anon) = app.get(&format!("/api/v1/videos/{id}"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(anon["playlist_url"], video["playlist_url"]);
    // The original was kept (for export) but is not served; the upload file is gone.
    assert!(app
        .media("us")
        .list(&blob_key("uploads"))
        .await
        .unwrap()
        .is_empty());
}

/// Real footage: Big Buck Bunny 1280x720 with 6-channel audio, and a 640x272 clip
/// with no audio (smaller than the 360p rung: the 240p starter and its own size).
#[tokio::test]
async fn real_footage_landscape_and_silent() {
    let app = spawn_app().await;
    let token = app.user("cinephile", "eu").await;
    let bbb = app
        .publish(&token, &real_clip("bigbuckbunny.mp4"), json!({}))
        .await;
    let bikes = app
        .publish(&token, &real_clip("bikes.mp4"), json!({}))
        .await;
    let bbb = app.wait_complete(&token, bbb["id"].as_str().unwrap()).await;
    check_ladder(
        &app.base,
        &bbb,
        5.3,
        &[(426, 240), (640, 360), (960, 540), (1280, 720)],
    );
    let first = bbb["playlist_url"]
        .as_str()
        .unwrap()
        .replace("master.m3u8", "360p/index.m3u8");
    let probe = ffprobe(&app.url(&first));
    assert!(
        has_audio(&probe),
        "the 6-channel audio should be kept (as stereo AAC)"
    );
    let bikes = app
        .wait_complete(&token, bikes["id"].as_str().unwrap())
        .await;
    check_ladder(&app.base, &bikes, 10.0, &[(564, 240), (640, 272)]);
    assert!(bikes["sound"].is_null(), "a silent clip has no sound");
}

#[tokio::test]
async fn hostile_and_wrong_files_are_refused_and_leave_nothing() {
    let app = spawn_app().await;
    let token = app.user("prankster", "sg").await;
    let dir = tempfile::tempdir().unwrap();
    for (what, file, expected) in hostile_files(dir.path()) {
        let upload = app.tus_upload(&token, &file).await;
        let (status, body) = app
            .post(
                "/api/v1/videos",
                Some(&token),
                json!({"upload_id": upload, "caption": what}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{what}: {body}");
        assert_eq!(code(&body), expected, "{what}: {body}");
        assert!(
            body["error"]["message"].as_str().unwrap().len() > 10,
            "{what}"
        );
        // The upload is gone; publishing it again finds nothing.
        let (status, _) = app
            .post("/api/v1/videos", Some(&token), json!({"upload_id": upload}))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{what}");
    }
    let left = crate::harness::media_keys(app.media("sg").as_ref()).await;
    assert!(left.is_empty(), "left behind: {left:?}");
    let (_, health) = app.get("/healthz", None).await;
    assert_eq!(health["status"], "ok");
}

#[tokio::test]
async fn bad_publish_requests() {
    let app = spawn_app().await;
    let token = app.user("poster", "us").await;
    let other = app.user("stranger", "us").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "c.mp4", 320, 240, 2.0, false);
    let upload = app.tus_upload(&token, &clip).await;
    for (body, status, expected) in [
        (
            json!({"upload_id": "nope"}),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            json!({"upload_id": upload, "visibility": "secret"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_visibility",
        ),
        (
            json!({"upload_id": upload, "caption": "x".repeat(2201)}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_caption",
        ),
        (
            json!({"upload_id": upload, "sound_id": "00000000-0000-0000-0000-000000000000"}),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            json!({"caption": "no upload"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
    ] {
        let (got, answer) = app.post("/api/v1/videos", Some(&token), body.clone()).await;
        assert_eq!(got, status, "{body}: {answer}");
        assert_eq!(code(&answer), expected, "{body}");
    }
    // Someone else's upload cannot be published.
    let (status, _) = app
        .post("/api/v1/videos", Some(&other), json!({"upload_id": upload}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Publishing twice: the second is refused.
    app.post("/api/v1/videos", Some(&token), json!({"upload_id": upload}))
        .await;
    let (status, answer) = app
        .post("/api/v1/videos", Some(&token), json!({"upload_id": upload}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{answer}");
    let (status, _) = app.get("/api/v1/videos/not-an-id", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn media_serving_ranges_etags_and_private_videos() {
    let app = spawn_app().await;
    let token = app.user("owner", "eu").await;
    let viewer = app.user("viewer", "us").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "p.mp4", 320, 568, 2.0, true);
    let public = app.publish(&token, &clip, json!({})).await;
    let public = app
        .wait_complete(&token, public["id"].as_str().unwrap())
        .await;
    let first = public["renditions"][0]["name"].as_str().unwrap().to_owned();
    let seg = public["playlist_url"]
        .as_str()
        .unwrap()
        .replace("master.m3u8", &format!("{first}/init.mp4"));

    let full = app.client.get(app.url(&seg)).send().await.unwrap();
    assert_eq!(full.status(), StatusCode::OK);
    assert_eq!(full.headers()["content-type"], "video/mp4");
    assert!(full.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("immutable"));
    assert_eq!(full.headers()["accept-ranges"], "bytes");
    let etag = full.headers()["etag"].to_str().unwrap().to_owned();
    let bytes = full.bytes().await.unwrap();
    let part = app
        .client
        .get(app.url(&seg))
        .header("range", "bytes=4-11")
        .send()
        .await
        .unwrap();
    assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        part.headers()["content-range"].to_str().unwrap(),
        format!("bytes 4-11/{}", bytes.len())
    );
    assert_eq!(part.bytes().await.unwrap(), bytes[4..12]);
    let cached = app
        .client
        .get(app.url(&seg))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);
    let bad = app
        .client
        .get(app.url(&seg))
        .header("range", "bytes=999999-")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    let master = app
        .client
        .get(app.url(public["playlist_url"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(
        master.headers()["content-type"],
        "application/vnd.apple.mpegurl"
    );
    let seg0 = public["playlist_url"]
        .as_str()
        .unwrap()
        .replace("master.m3u8", &format!("{first}/seg_00000.m4s"));
    let resp = app.client.get(app.url(&seg0)).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["content-type"], "video/iso.segment");
    // Originals and path tricks are never served.
    for path in [
        "original".to_owned(),
        "..%2Foriginal".to_owned(),
        format!("{first}/..%2F..%2Foriginal"),
    ] {
        let url = public["playlist_url"]
            .as_str()
            .unwrap()
            .replace("master.m3u8", &path);
        let resp = app.client.get(app.url(&url)).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{path}");
    }

    // A private video: only its owner sees it, and its media only through signed URLs.
    let private = app
        .publish(&token, &clip, json!({"visibility": "private"}))
        .await;
    let id = private["id"].as_str().unwrap();
    let private = app.wait_complete(&token, id).await;
    let signed = private["playlist_url"].as_str().unwrap().to_owned();
    assert!(signed.starts_with("/media/s/"), "{signed}");
    let probe = ffprobe(&app.url(&signed));
    assert!(duration(&probe) > 1.0);
    let (status, _) = app
        .get(&format!("/api/v1/videos/{id}"), Some(&viewer))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get(&format!("/api/v1/videos/{id}"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let unsigned = format!("/media/v/eu/{id}/master.m3u8");
    assert_eq!(
        app.client
            .get(app.url(&unsigned))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    // A tampered signature, or one for another video, is refused.
    let mut parts: Vec<&str> = signed.split('/').collect();
    let sig = parts[4].to_owned();
    let tampered_sig = format!("{}A", &sig[..sig.len() - 1]);
    parts[4] = if sig.ends_with('A') {
        "B"
    } else {
        &tampered_sig
    };
    let tampered = parts.join("/");
    assert_eq!(
        app.client
            .get(app.url(&tampered))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );
    let other_video = signed.replace(id, public["id"].as_str().unwrap());
    assert_eq!(
        app.client
            .get(app.url(&other_video))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );
    let expired: Vec<&str> = signed.split('/').collect();
    let mut expired: Vec<String> = expired.iter().map(|s| s.to_string()).collect();
    expired[3] = "1000".into();
    assert_eq!(
        app.client
            .get(app.url(&expired.join("/")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn reusing_a_sound_replaces_the_audio() {
    let app = spawn_app().await;
    let token = app.user("dj", "us").await;
    let fan = app.user("fan", "eu").await;
    let dir = tempfile::tempdir().unwrap();
    let with_music = make_clip(dir.path(), "music.mp4", 320, 568, 3.0, true);
    let silent = make_clip(dir.path(), "silent.mp4", 320, 568, 4.0, false);
    let original = app.publish(&token, &with_music, json!({})).await;
    let original = app
        .wait_complete(&token, original["id"].as_str().unwrap())
        .await;
    let sound_id = original["sound"]["id"].as_str().unwrap().to_owned();
    // A fan in another region reuses it on a silent clip.
    let reuse = app
        .publish(&fan, &silent, json!({"sound_id": sound_id}))
        .await;
    assert_eq!(reuse["sound"]["id"], sound_id.as_str());
    let reuse = app.wait_complete(&fan, reuse["id"].as_str().unwrap()).await;
    assert_eq!(reuse["sound"]["id"], sound_id.as_str());
    let name = reuse["renditions"][0]["name"].as_str().unwrap();
    let url = reuse["playlist_url"]
        .as_str()
        .unwrap()
        .replace("master.m3u8", &format!("{name}/index.m3u8"));
    let probe = ffprobe(&app.url(&url));
    assert!(
        has_audio(&probe),
        "the reused sound should be the new video's audio"
    );
    assert!(
        (duration(&probe) - 4.0).abs() < 1.0,
        "video length is kept: {}",
        duration(&probe)
    );
}

/// SIGKILL during the first rendition, and again during the ladder (after the first job
/// queued its follow-ups in its completion): after each restart the job is taken up
/// again and the video becomes ready, then complete. No half-written rendition is ever
/// served.
#[tokio::test]
async fn a_killed_transcode_finishes_after_restart() {
    let mut app = spawn_app_with(&[("SPOOL_JOBS__LEASE_SECS", "3")]).await;
    let token = app.user("survivor", "us").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "long.mp4", 720, 1280, 12.0, true);
    let video = app.publish(&token, &clip, json!({})).await;
    let id = video["id"].as_str().unwrap().to_owned();
    let hls = app
        .region_dir("us")
        .join("media/videos")
        .join(&id)
        .join("hls");
    // ffmpeg writes in the job's local work folder (one per job kind); renditions
    // become blobs under media/videos/<id>/hls only when complete.
    let work = app.data.path().join("work/us").join(&id);
    // Killed first while the urgent job writes the first rendition, then, after the
    // restart, while the ladder job writes the others.
    wait_writing(&work.join("transcode/hls")).await;
    app.kill();
    app.restart().await;
    let (_, playable) = app.get(&format!("/api/v1/videos/{id}"), Some(&token)).await;
    assert_eq!(playable["ladder_complete"], false, "{playable}");
    wait_writing(&work.join("ladder/hls")).await;
    let (_, before) = app.get(&format!("/api/v1/videos/{id}"), Some(&token)).await;
    assert_eq!(
        before["state"], "ready",
        "playable before the ladder: {before}"
    );
    assert_eq!(
        before["renditions"].as_array().unwrap().len(),
        1,
        "{before}"
    );
    assert_eq!(
        before["renditions"][0]["name"], "240p",
        "the first job publishes the starter rendition: {before}"
    );
    app.kill();
    // Whatever is on disk now, the API does not offer a half-written rendition.
    app.restart().await;
    let (_, now) = app.get(&format!("/api/v1/videos/{id}"), Some(&token)).await;
    let media = app.media("us");
    for r in now["renditions"].as_array().unwrap() {
        let index = format!("videos/{id}/hls/{}/index.m3u8", r["name"].as_str().unwrap());
        assert!(
            media.head(&blob_key(&index)).await.unwrap().is_some(),
            "listed rendition {r} is incomplete"
        );
    }
    let video = app.wait_complete(&token, &id).await;
    check_ladder(
        &app.base,
        &video,
        12.0,
        &[(240, 426), (360, 640), (540, 960), (720, 1280)],
    );
    // (Object stores have no temporary names: uploads are whole or absent.)
    if media.local_path(&blob_key("videos")).is_some() {
        assert!(
            std::fs::read_dir(&hls)
                .unwrap()
                .flatten()
                .all(|e| !e.file_name().to_string_lossy().ends_with(".tmp")),
            "temporary folders left behind"
        );
    }
    assert!(
        !work.exists(),
        "the job's work folder is removed when it is done"
    );
}

/// SIGKILL exactly where a job ends: its completion and its follow-up jobs (sound, then
/// ladder) are one transaction. Killed before that commits, the job runs again after the
/// restart; killed after, the follow-ups are there. Either way the video ends complete,
/// with each kind of job queued once.
#[tokio::test]
async fn a_kill_around_a_jobs_completion_neither_loses_nor_doubles_its_follow_ups() {
    let crash = tempfile::tempdir().unwrap();
    let file = crash.path().join("point");
    std::fs::write(&file, "").unwrap();
    let mut app = spawn_app_with(&[
        ("SPOOL_TEST_CRASH_FILE", file.to_str().unwrap()),
        ("SPOOL_JOBS__LEASE_SECS", "3"),
    ])
    .await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "clip.mp4", 360, 640, 4.0, true);
    for (n, point) in ["job.complete.before_commit", "job.complete.after_commit"]
        .into_iter()
        .enumerate()
    {
        let handle = format!("finisher{n}");
        let token = app.user(&handle, "us").await;
        std::fs::write(&file, point).unwrap();
        let id = app.publish(&token, &clip, json!({})).await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        app.wait_for_an_exit(
            Duration::from_secs(120),
            &format!("the server did not reach {point}"),
        )
        .await;
        app.kill();
        std::fs::write(&file, "").unwrap();
        app.restart().await;
        let token = app.login(&handle).await;
        let video = app.wait_complete(&token, &id).await;
        assert_eq!(video["state"], "ready", "{point}: {video}");
        assert!(video["sound"]["id"].is_string(), "{point}: {video}");
        // The ladder job marks its row done just after the video is complete.
        let pool = db_pool(app.data.path(), "us").await;
        let expected: Vec<(String, String)> = ["ladder", "sound", "transcode"]
            .iter()
            .map(|k| ((*k).to_owned(), "done".to_owned()))
            .collect();
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            let jobs: Vec<(String, String)> =
                sqlx::query_as("SELECT kind, state FROM jobs WHERE subject = $1 ORDER BY kind")
                    .bind(&id)
                    .fetch_all(&pool)
                    .await
                    .unwrap();
            if jobs == expected {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline && jobs.len() <= 3,
                "{point}: each job once, each done: {jobs:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// Two job slots, and one account's long clip is in its ladder: another account's short
/// upload becomes playable without waiting for that ladder (the urgent first rendition
/// has a slot of its own and goes before queued ladders), and both end complete.
#[tokio::test]
async fn a_new_upload_is_playable_while_another_videos_ladder_runs() {
    let app = spawn_app_with(&[("SPOOL_MEDIA__WORKERS", "2")]).await;
    let long_owner = app.user("longclip", "us").await;
    let short_owner = app.user("shortclip", "us").await;
    let dir = tempfile::tempdir().unwrap();
    let long = make_clip(dir.path(), "long.mp4", 1080, 1920, 30.0, true);
    let short = make_clip(dir.path(), "short.mp4", 720, 1280, 3.0, true);
    let long_id = app.publish(&long_owner, &long, json!({})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The long clip's ladder starts once it is playable (its sound job comes first).
    app.wait_video(&long_owner, &long_id, 240, |v| v["state"] == "ready")
        .await;
    wait_writing(
        &app.data
            .path()
            .join("work/us")
            .join(&long_id)
            .join("ladder/hls"),
    )
    .await;
    let short_id = app.publish(&short_owner, &short, json!({})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.wait_video(&short_owner, &short_id, 240, |v| v["state"] == "ready")
        .await;
    let (_, busy) = app
        .get(&format!("/api/v1/videos/{long_id}"), Some(&long_owner))
        .await;
    assert_eq!(
        busy["ladder_complete"], false,
        "the short clip became playable only after the long ladder: {busy}"
    );
    let done = app.wait_complete(&long_owner, &long_id).await;
    assert!(done["renditions"].as_array().unwrap().len() >= 3, "{done}");
    let short_done = app.wait_complete(&short_owner, &short_id).await;
    assert!(
        short_done["sound"]["id"].is_string(),
        "its own sound: {short_done}"
    );
}

/// Waits until ffmpeg writes a rendition into `hls` (a temporary folder exists there).
async fn wait_writing(hls: &std::path::Path) {
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    loop {
        let writing = std::fs::read_dir(hls)
            .map(|d| {
                d.flatten()
                    .any(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            })
            .unwrap_or(false);
        if writing {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "transcoding never started in {}",
            hls.display()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn seed_publishes_demo_clips_through_the_pipeline() {
    let data = tempfile::tempdir().unwrap();
    let out = tokio::process::Command::new(crate::harness::spool_bin())
        .args(["seed", "--videos", "1", "--data"])
        .arg(data.path())
        .env("RUST_LOG", "warn")
        .envs(crate::harness::command_env(data.path()).await)
        .output()
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("4 clips published"), "{stdout}");
    let (mut child, base) = crate::harness::start(data.path(), &[], &[]).await;
    let client = crate::harness::client();
    let videos: Value = client
        .get(format!("{base}/api/v1/accounts/demo_ana/videos"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let items = videos["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{videos}");
    assert_eq!(items[0]["state"], "ready");
    let probe = ffprobe(&format!(
        "{base}{}",
        items[0]["playlist_url"].as_str().unwrap()
    ));
    assert!(duration(&probe) > 5.0);
    child.kill().await.unwrap();
    // Seeding again leaves the existing accounts alone.
    let again = tokio::process::Command::new(crate::harness::spool_bin())
        .args(["seed", "--videos", "1", "--data"])
        .arg(data.path())
        .envs(crate::harness::command_env(data.path()).await)
        .output()
        .await
        .unwrap();
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("exists already"));
}

#[tokio::test]
async fn the_creator_edits_caption_visibility_and_remix_settings() {
    let app = spawn_app().await;
    let token = app.user("editor", "us").await;
    let other = app.user("meddler", "us").await;
    let dir = tempfile::tempdir().unwrap();
    let clip = make_clip(dir.path(), "e.mp4", 320, 240, 2.0, false);
    let video = app
        .publish(&token, &clip, json!({"caption": "before #oldtag"}))
        .await;
    let id = video["id"].as_str().unwrap();
    app.wait_video(&token, id, 120, |v| v["state"] == "ready")
        .await;
    let path = format!("/api/v1/videos/{id}");

    // Refused, and nothing changes: someone else, no session, bad fields.
    for (who, body, status, expected) in [
        (
            Some(other.as_str()),
            json!({"caption": "mine now"}),
            StatusCode::FORBIDDEN,
            "forbidden",
        ),
        (
            None,
            json!({"caption": "anon"}),
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
        ),
        (
            Some(token.as_str()),
            json!({"visibility": "secret", "caption": "half"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_visibility",
        ),
        (
            Some(token.as_str()),
            json!({"caption": "x".repeat(2201)}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_caption",
        ),
        (
            Some(token.as_str()),
            json!({"state": "ready"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_body",
        ),
    ] {
        let (got, answer) = app.call(Method::PATCH, &path, who, body.clone()).await;
        assert_eq!(got, status, "{body}: {answer}");
        assert_eq!(code(&answer), expected, "{body}");
    }
    let (_, unchanged) = app.get(&path, Some(&token)).await;
    assert_eq!(unchanged["caption"], "before #oldtag");
    assert_eq!(unchanged["visibility"], "public");

    // The creator's edit: the hashtags follow the caption.
    let (status, edited) = app
        .call(
            Method::PATCH,
            &path,
            Some(&token),
            json!({"caption": "after #newtag", "allow_duet": false, "allow_comments": false}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert_eq!(edited["caption"], "after #newtag");
    assert_eq!(edited["allow_duet"], false);
    assert_eq!(edited["allow_comments"], false);
    assert_eq!(edited["allow_stitch"], true, "left out, left alone");
    let (_, tag) = app.get("/api/v1/hashtags/newtag", None).await;
    assert!(
        tag["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["id"] == id),
        "{tag}"
    );
    let (_, old) = app.get("/api/v1/hashtags/oldtag", None).await;
    assert!(!old.to_string().contains(id), "{old}");
    let (status, answer) = app
        .post(
            &format!("{path}/comments"),
            Some(&other),
            json!({"text": "hi"}),
        )
        .await;
    assert_ne!(status, StatusCode::CREATED, "comments are off: {answer}");

    // Private: gone for everyone else.
    let (status, _) = app
        .call(
            Method::PATCH,
            &path,
            Some(&token),
            json!({"visibility": "private"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app.get(&path, Some(&other)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// `spool serve --demo` on a new data folder: the demo content is published before it
/// listens, so the first request finds it (search and feed); on a folder in use it
/// publishes nothing.
#[tokio::test]
async fn serve_with_demo_publishes_the_demo_content_before_listening_on_a_new_folder() {
    use tokio::io::AsyncBufReadExt;
    let data = tempfile::tempdir().unwrap();
    let serve = |data: &std::path::Path| {
        let data = data.to_owned();
        async move {
            let mut child = tokio::process::Command::new(crate::harness::spool_bin())
                .args([
                    "serve",
                    "--demo",
                    "--demo-videos",
                    "1",
                    "--listen",
                    "127.0.0.1:0",
                    "--data",
                ])
                .arg(&data)
                .env("RUST_LOG", "warn")
                .env("SPOOL_RATE_LIMITS__ENABLED", "false")
                .envs(crate::harness::command_env(&data).await)
                .stdout(std::process::Stdio::piped())
                .kill_on_drop(true)
                .spawn()
                .unwrap();
            let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
            let mut said = String::new();
            let base = tokio::time::timeout(Duration::from_secs(600), async {
                while let Some(line) = lines.next_line().await.unwrap() {
                    if let Some(url) = line.strip_prefix("spool listening on ") {
                        return url.to_owned();
                    }
                    said.push_str(&line);
                    said.push('\n');
                }
                panic!("spool exited before listening:\n{said}");
            })
            .await
            .expect("spool did not start");
            tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
            (child, base, said)
        }
    };
    let client = crate::harness::client();
    let get = |url: String| {
        let client = client.clone();
        async move {
            let r = client.get(url).send().await.unwrap();
            assert_eq!(r.status(), StatusCode::OK);
            r.json::<Value>().await.unwrap()
        }
    };

    let (mut child, base, said) = serve(data.path()).await;
    assert!(said.contains("publishing the demo content first"), "{said}");
    // The very first requests find it: in search and in the feed.
    let found = get(format!("{base}/api/v1/search?q=demo_ana&type=accounts")).await;
    assert_eq!(found["accounts"][0]["handle"], "demo_ana", "{found}");
    let feed = get(format!("{base}/api/v1/feed/for-you?limit=5")).await;
    assert!(!feed["items"].as_array().unwrap().is_empty(), "{feed}");
    let videos = get(format!("{base}/api/v1/accounts/demo_ben/videos")).await;
    let count = videos["items"].as_array().unwrap().len();
    assert!(count > 0);
    child.kill().await.unwrap();

    // A folder in use: nothing published again.
    let (mut child, base, said) = serve(data.path()).await;
    assert!(!said.contains("publishing the demo content"), "{said}");
    let videos = get(format!("{base}/api/v1/accounts/demo_ben/videos")).await;
    assert_eq!(videos["items"].as_array().unwrap().len(), count);
    child.kill().await.unwrap();
}

/// The brightness (0–255) of a picture on the server, through ffmpeg: scaled to one
/// grey pixel.
fn brightness(url: &str) -> u8 {
    let out = std::process::Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-nostdin", "-i", url])
        .args([
            "-vf",
            "scale=1:1",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "gray",
            "-",
        ])
        .output()
        .expect("ffmpeg");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout[0]
}

/// The creator picks the cover: the poster is the frame at that instant; an instant
/// past the end is refused, and the upload can still be published.
#[tokio::test]
async fn the_cover_is_the_frame_the_creator_chose() {
    let app = spawn_app().await;
    let token = app.user("coverer", "us").await;
    let dir = tempfile::tempdir().unwrap();
    // Two seconds of black, then one of white.
    let clip = dir.path().join("bw.mp4");
    let out = std::process::Command::new("ffmpeg")
        .args(["-hide_banner", "-loglevel", "error", "-nostdin", "-y"])
        .args([
            "-f",
            "lavfi",
            "-i",
            "color=black:size=180x320:rate=25:duration=2",
        ])
        .args([
            "-f",
            "lavfi",
            "-i",
            "color=white:size=180x320:rate=25:duration=1",
        ])
        .args([
            "-filter_complex",
            "[0:v][1:v]concat=n=2:v=1[v]",
            "-map",
            "[v]",
        ])
        .args([
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
        ])
        .arg(&clip)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let upload = app.tus_upload(&token, &clip).await;
    let (status, answer) = app
        .post(
            "/api/v1/videos",
            Some(&token),
            json!({"upload_id": upload, "cover_ms": 60_000}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(code(&answer), "invalid_cover");
    assert_eq!(answer["error"]["field"], "cover_ms");
    let (status, chosen) = app
        .post(
            "/api/v1/videos",
            Some(&token),
            json!({"upload_id": upload, "cover_ms": 2_500}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{chosen}");
    let default = app.publish(&token, &clip, json!({})).await;

    let poster = |v: Value| {
        let app = &app;
        let token = token.clone();
        async move {
            let id = v["id"].as_str().unwrap().to_owned();
            let v = app
                .wait_video(&token, &id, 120, |v| v["state"] == "ready")
                .await;
            brightness(&app.url(v["poster_url"].as_str().unwrap()))
        }
    };
    assert!(
        poster(chosen).await > 200,
        "the chosen cover is the white frame"
    );
    assert!(
        poster(default).await < 50,
        "the default cover is 1 s in (black)"
    );
}
