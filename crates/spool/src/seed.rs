//! `spool seed`: demo accounts and clips, published through the real pipeline (the same
//! publish step and transcode jobs as an upload), so a new install has something to watch.

use spool_core::{
    BirthDate, Caption, DisplayName, Email, Handle, Password, RegionCode, UploadId, Visibility,
};
use spool_server::services::accounts::{create_account, ValidSignup};
use spool_server::services::videos::{publish_upload, PublishOptions};
use spool_server::Config;
use spool_store::{UploadRecord, UploadState};

/// Clips per demo account unless told otherwise.
pub const VIDEOS_PER_ACCOUNT: u32 = 3;
/// The demo accounts' password unless told otherwise.
pub const PASSWORD: &str = "spool-demo-password";

/// Whether `dir` is a data folder nothing has been stored in yet (missing or empty).
pub fn is_new_data_folder(dir: &std::path::Path) -> anyhow::Result<bool> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_none()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(anyhow::anyhow!("data folder {}: {e}", dir.display())),
    }
}

const DEMO: &[(&str, &str, &str)] = &[
    ("demo_ana", "Ana · clouds", "eu"),
    ("demo_ben", "Ben cooks", "us"),
    ("demo_chloe", "Chloé draws", "sg"),
    ("demo_dev", "Dev skates", "us"),
];

const CAPTIONS: &[&str] = &[
    "Colour test at golden hour #nature #calm",
    "Three-minute pancake trick #cooking #breakfast",
    "Speed sketch of a test card #art #drawing",
    "Kickflip practice, day 12 #skate #sport",
    "Sunday mandala #art #relax",
    "When the beat drops #music #dance",
];

pub async fn run(config: Config, videos_per_account: u32, password: &str) -> anyhow::Result<()> {
    let state = spool_server::open_state(config).await?;
    let limits = state.media_limits();
    let today = state.today();
    let work = tempfile::tempdir()?;
    let mut published = 0;
    for (i, (handle, name, region)) in DEMO.iter().enumerate() {
        let region = RegionCode::parse(region)?;
        if state.store().cell(&region).is_none() {
            println!("skipping @{handle}: region {region} is not configured");
            continue;
        }
        let parsed = Handle::parse(handle)?;
        if state
            .store()
            .directory()
            .lookup(&parsed.key())
            .await?
            .is_some()
        {
            println!("@{handle} exists already; leaving it as it is");
            continue;
        }
        let signup = ValidSignup {
            handle: parsed,
            password: Password::parse(password)?,
            region: region.clone(),
            birth_date: BirthDate::parse("1995-05-17", today)?,
            email: Some(Email::parse(&format!("{handle}@demo.invalid"))?),
            display_name: DisplayName::parse(name)?,
        };
        let account = create_account(&state, &signup)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let cell = state
            .store()
            .cell(&region)
            .ok_or_else(|| anyhow::anyhow!("region vanished"))?;
        for n in 0..videos_per_account {
            let pattern = (i as u32) * videos_per_account + n;
            let clip = work.path().join(format!("{handle}-{n}.mp4"));
            spool_media::generate_clip(&clip, 540, 960, 6.0, true, pattern, &limits).await?;
            let id = UploadId::new();
            let length = tokio::fs::metadata(&clip).await?.len();
            state
                .media()
                .blobs(cell)?
                .put(
                    &spool_blob::keys::upload_part(id),
                    tokio::fs::read(&clip).await?.into(),
                )
                .await?;
            let now = chrono::Utc::now();
            cell.create_upload(&UploadRecord {
                id,
                account_id: account.id,
                length,
                offset: length,
                metadata: String::new(),
                state: UploadState::Complete,
                created_at: now,
                expires_at: now + chrono::Duration::hours(1),
            })
            .await?;
            let options = PublishOptions {
                caption: Caption::parse(CAPTIONS[pattern as usize % CAPTIONS.len()])?,
                visibility: Visibility::Public,
                allow_comments: true,
                allow_duet: true,
                allow_stitch: true,
                sound: None,
                remix: None,
                cover_ms: None,
            };
            publish_upload(&state, cell, account.id, id, options)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            published += 1;
        }
        println!("created @{handle} ({region})");
    }
    println!("transcoding {published} demo clips...");
    spool_server::workers::jobs::drain(&state).await?;
    // With the NATS bus, the running nodes heard every change already; make sure the
    // last words have left before this process exits.
    state.bus().flush().await;
    // A server running on this data folder holds the search index: tell it to pick up
    // the new accounts and videos (it rebuilds its index and feed catalog).
    state.hand_over_changes()?;
    if state.search_is_borrowed() {
        // Wait (a while) for the running server to have taken them in.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while state.hand_over_pending() && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        }
        if state.hand_over_pending() {
            println!("the running server has not picked up the new content yet; it will");
        } else {
            println!("the running server picked up the new content");
        }
    }
    println!(
        "done: {published} clips published. Demo accounts log in with the password {password:?}."
    );
    Ok(())
}
