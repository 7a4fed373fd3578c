//! `sample_frames` against the real ffmpeg: generated clips, frame counts, sizes, limits.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use spool_media::{for_each_frame, generate_clip, sample_frames, Limits, MediaError};

#[tokio::test]
async fn one_frame_a_second_scaled_to_fit() {
    let dir = tempfile::tempdir().unwrap();
    let clip = dir.path().join("landscape.mp4");
    let limits = Limits::default();
    generate_clip(&clip, 1280, 720, 4.0, false, 0, &limits)
        .await
        .unwrap();
    let frames = sample_frames(&clip, 1.0, 512, &limits).await.unwrap();
    assert_eq!(frames.len(), 4);
    for (i, f) in frames.iter().enumerate() {
        assert_eq!((f.width, f.height), (512, 288));
        assert_eq!(f.rgb.len(), 512 * 288 * 3);
        assert_eq!(f.at_secs, i as f64);
    }
    // The pattern moves: frames differ.
    assert_ne!(frames[0].rgb, frames[1].rgb);

    let half = sample_frames(&clip, 0.5, 512, &limits).await.unwrap();
    assert_eq!(half.len(), 8);
    assert_eq!(half[3].at_secs, 1.5);
    // Denser sampling picks the same frames at the shared instants.
    for (i, f) in frames.iter().enumerate() {
        assert!(half[2 * i].rgb == f.rgb, "frame at {} s differs", f.at_secs);
    }
}

#[tokio::test]
async fn portrait_and_small_clips_are_never_scaled_up() {
    let dir = tempfile::tempdir().unwrap();
    let limits = Limits::default();
    let tall = dir.path().join("tall.mp4");
    generate_clip(&tall, 540, 960, 2.0, true, 2, &limits)
        .await
        .unwrap();
    let frames = sample_frames(&tall, 1.0, 512, &limits).await.unwrap();
    assert_eq!((frames[0].width, frames[0].height), (288, 512));
    let small = dir.path().join("small.mp4");
    generate_clip(&small, 176, 144, 2.0, false, 1, &limits)
        .await
        .unwrap();
    let frames = sample_frames(&small, 1.0, 512, &limits).await.unwrap();
    assert_eq!((frames[0].width, frames[0].height), (176, 144));
}

#[tokio::test]
async fn for_each_frame_can_stop_early() {
    let dir = tempfile::tempdir().unwrap();
    let clip = dir.path().join("c.mp4");
    let limits = Limits::default();
    generate_clip(&clip, 320, 240, 6.0, false, 3, &limits)
        .await
        .unwrap();
    let mut seen = 0;
    let n = for_each_frame(&clip, 1.0, 128, &limits, |f| {
        assert_eq!((f.width, f.height), (128, 96));
        seen += 1;
        seen < 2
    })
    .await
    .unwrap();
    assert_eq!((n, seen), (2, 2));
}

#[tokio::test]
async fn bad_inputs_and_time_limits_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let limits = Limits::default();
    let junk = dir.path().join("junk.mp4");
    std::fs::write(&junk, b"not a video at all").unwrap();
    let err = sample_frames(&junk, 1.0, 512, &limits).await.unwrap_err();
    assert!(matches!(err, MediaError::Failed { .. }), "{err:?}");
    let missing = sample_frames(&dir.path().join("nope.mp4"), 1.0, 512, &limits).await;
    assert!(missing.is_err());
    assert!(sample_frames(&junk, 0.0, 512, &limits).await.is_err());

    let clip = dir.path().join("long.mp4");
    generate_clip(&clip, 640, 360, 20.0, false, 2, &limits)
        .await
        .unwrap();
    let tight = Limits {
        time_limit: Duration::from_millis(50),
        ..Limits::default()
    };
    let err = sample_frames(&clip, 0.04, 512, &tight).await.unwrap_err();
    assert!(matches!(err, MediaError::TimedOut { .. }), "{err:?}");
}
