//! `spool bench feed`: the feed engine on a synthetic catalog and audience (no media
//! files): page latency, event throughput, memory, event → next page, and the
//! nearest-neighbour index against exact search.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use spool_feed::engine::EventKind;
use spool_feed::{FeedConfig, FeedEngine, Mode, VideoMeta, Viewer};

pub struct FeedBenchArgs {
    pub videos: Vec<usize>,
    pub viewers: usize,
    pub events_per_viewer: usize,
    pub pages: usize,
}

const TOPICS: usize = 200;
const REGIONS: [&str; 3] = ["us", "eu", "sg"];
const LANGS: [&str; 5] = ["en", "de", "es", "ja", "pt"];

fn rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

struct Synthetic {
    topic_of: Vec<usize>,
    ids: Vec<u128>,
}

fn build(engine: &FeedEngine, n: usize, now: i64, rng: &mut StdRng) -> Synthetic {
    let creators = (n / 20).max(10);
    let sounds = (n / 10).max(10);
    let mut topic_of = Vec::with_capacity(n);
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let topic = rng.gen_range(0..TOPICS);
        // Creators mostly stick to a topic.
        let creator =
            (topic * creators / TOPICS + rng.gen_range(0..(creators / TOPICS).max(1))) as u128;
        let id = (1u128 << 100) | i as u128;
        let tags = vec![
            format!("topic{topic}"),
            format!("tag{}", rng.gen_range(0..5000)),
        ];
        engine.upsert_video(VideoMeta {
            id,
            creator: (2u128 << 100) | creator,
            creator_handle: format!("creator{creator}"),
            region: REGIONS[creator as usize % 3].into(),
            sound: Some((3u128 << 100) | rng.gen_range(0..sounds) as u128),
            caption: format!("clip {i} #{}", tags[0]),
            hashtags: tags,
            language: Some(LANGS[creator as usize % LANGS.len()].into()),
            created_at: now - rng.gen_range(0..30 * 86_400),
            duration_ms: rng.gen_range(5_000..60_000),
            followers_only_feed: false,
        });
        topic_of.push(topic);
        ids.push(id);
    }
    Synthetic { topic_of, ids }
}

pub fn run(args: FeedBenchArgs) -> anyhow::Result<()> {
    println!("| videos | viewers | events/s (ingest) | ANN build s | ANN recall@100 | ANN query ms p50 | exact query ms p50 | page p50 ms | page p99 ms | non-personalized p99 ms | event → next page ms (p50/max) | RSS MiB |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for &n in &args.videos {
        let mut rng = StdRng::seed_from_u64(42);
        let engine = FeedEngine::new(FeedConfig::default());
        let now = chrono::Utc::now().timestamp();
        let cat = build(&engine, n, now, &mut rng);
        // By topic, for viewers to pick from.
        let mut by_topic: Vec<Vec<usize>> = vec![Vec::new(); TOPICS];
        for (i, t) in cat.topic_of.iter().enumerate() {
            by_topic[*t].push(i);
        }
        // Warm-up: each viewer likes two topics, finishes their clips and skips others.
        let viewers: Vec<(u128, [usize; 2])> = (0..args.viewers)
            .map(|v| {
                (
                    (4u128 << 100) | v as u128,
                    [rng.gen_range(0..TOPICS), rng.gen_range(0..TOPICS)],
                )
            })
            .collect();
        let started = Instant::now();
        let mut events = 0usize;
        for (v, topics) in &viewers {
            let region = REGIONS[(*v % 3) as usize];
            for _ in 0..args.events_per_viewer {
                let liked = rng.gen_bool(0.6);
                let idx = if liked {
                    let t = &by_topic[topics[rng.gen_range(0..2)]];
                    if t.is_empty() {
                        continue;
                    }
                    t[rng.gen_range(0..t.len())]
                } else {
                    rng.gen_range(0..n)
                };
                let kind = if liked {
                    EventKind::View {
                        watched_ms: 60_000,
                        replays: 0,
                    }
                } else {
                    EventKind::Skip { watched_ms: 500 }
                };
                let _ = engine.record(*v, region, cat.ids[idx], kind, now, None);
                events += 1;
            }
        }
        let ingest = events as f64 / started.elapsed().as_secs_f64();
        let t = Instant::now();
        engine.rebuild_ann();
        let ann_build = t.elapsed().as_secs_f64();
        engine.maintain(now);

        // The index against exact search, for the taste vectors of 200 viewers.
        let ann = engine.ann();
        let (mut hits, mut total) = (0usize, 0usize);
        let (mut t_ann, mut t_exact) = (Vec::new(), Vec::new());
        for (v, _) in viewers.iter().take(200) {
            let Some(u) = engine.user_vector(*v) else {
                continue;
            };
            let t = Instant::now();
            let approx: HashSet<u128> =
                ann.search_graph(&u, 100).into_iter().map(|x| x.0).collect();
            t_ann.push(t.elapsed());
            let t = Instant::now();
            let exact = ann.exact(&u, 100);
            t_exact.push(t.elapsed());
            hits += exact.iter().filter(|x| approx.contains(&x.0)).count();
            total += exact.len();
        }
        t_ann.sort();
        t_exact.sort();

        // Page latency, personalized (20 items) and non-personalized.
        let mut lat = Vec::with_capacity(args.pages);
        for k in 0..args.pages {
            let (v, _) = viewers[k % viewers.len()];
            let viewer = Viewer {
                id: Some(v),
                region: REGIONS[(v % 3) as usize].into(),
                language: Some("en".into()),
                ..Default::default()
            };
            let t = Instant::now();
            let page = engine.page(&viewer, Mode::Personalized, 20, None, now);
            lat.push(t.elapsed());
            anyhow::ensure!(
                page.items.len() == 20,
                "a page of {} items",
                page.items.len()
            );
        }
        lat.sort();
        let mut np = Vec::new();
        for k in 0..args.pages.min(2000) {
            let viewer = Viewer {
                id: None,
                region: REGIONS[k % 3].into(),
                language: Some(LANGS[k % 5].into()),
                ..Default::default()
            };
            let t = Instant::now();
            let _ = engine.page(&viewer, Mode::NonPersonalized, 20, None, now);
            np.push(t.elapsed());
        }
        np.sort();

        // Event → next page: a viewer finishes three clips of a new topic; how long
        // until a page shows that topic (it is the very next page: the model trains
        // synchronously; this measures the event and the page together).
        let mut reflect = Vec::new();
        for (v, topics) in viewers.iter().take(50) {
            let region = REGIONS[(*v % 3) as usize];
            let fresh_topic = (0..TOPICS)
                .find(|t| !topics.contains(t) && by_topic[*t].len() >= 3)
                .unwrap_or(0);
            let viewer = Viewer {
                id: Some(*v),
                region: region.into(),
                language: Some("en".into()),
                ..Default::default()
            };
            let before = engine.page(&viewer, Mode::Personalized, 20, None, now);
            let count = |p: &spool_feed::Page| {
                p.items
                    .iter()
                    .filter(|i| {
                        cat.topic_of[(i.video & ((1u128 << 100) - 1)) as usize] == fresh_topic
                    })
                    .count()
            };
            let had = count(&before);
            let t = Instant::now();
            for &idx in by_topic[fresh_topic].iter().take(3) {
                let _ = engine.record(
                    *v,
                    region,
                    cat.ids[idx],
                    EventKind::View {
                        watched_ms: 60_000,
                        replays: 1,
                    },
                    now,
                    None,
                );
            }
            let after = engine.page(&viewer, Mode::Personalized, 20, None, now);
            let took = t.elapsed();
            if count(&after) > had {
                reflect.push(took);
            }
        }
        reflect.sort();
        let reflected = format!(
            "{:.2} / {:.2} ({} of 50 pages changed)",
            pct(&reflect, 0.5),
            reflect
                .last()
                .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0),
            reflect.len()
        );
        println!(
            "| {n} | {} | {:.0} | {:.1} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {} | {:.0} |",
            args.viewers,
            ingest,
            ann_build,
            hits as f64 / total.max(1) as f64,
            pct(&t_ann, 0.5),
            pct(&t_exact, 0.5),
            pct(&lat, 0.5),
            pct(&lat, 0.99),
            pct(&np, 0.99),
            reflected,
            rss_mib()
        );
        drop(engine);
    }
    Ok(())
}
