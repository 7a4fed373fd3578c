//! `spool bench feed`: the feed engine on a synthetic catalog and audience (no media
//! files): page latency, event throughput, memory, event → next page, and the
//! nearest-neighbour index against exact search (and, with `--compare`, against the
//! alternatives: other probe counts, a flat int8 scan, the HNSW graph of `hnsw_rs`).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use anndists::dist::Distance;
use hnsw_rs::hnsw::Hnsw;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use spool_feed::ann::{AnnIndex, DEFAULT_PROBES};
use spool_feed::engine::EventKind;
use spool_feed::model::Vector;
use spool_feed::{FeedConfig, FeedEngine, Mode, VideoMeta, Viewer};

pub struct FeedBenchArgs {
    pub videos: Vec<usize>,
    pub viewers: usize,
    pub events_per_viewer: usize,
    pub pages: usize,
    /// Also measure the index alternatives side by side.
    pub compare: bool,
}

/// Cosine distance on vectors normalised beforehand: 1 - a·b, clamped at 0 against
/// rounding (anndists' `DistDot` asserts instead).
#[derive(Debug, Clone, Copy, Default)]
struct UnitCosine;

impl Distance<f32> for UnitCosine {
    fn eval(&self, a: &[f32], b: &[f32]) -> f32 {
        (1.0 - a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>()).max(0.0)
    }
}

/// One row of the alternatives table.
struct Measured {
    method: String,
    recall: f64,
    p50: f64,
    p99: f64,
}

/// Recall@k of `search` against `exact` over `queries`, with its latency.
fn measure(
    method: String,
    queries: &[Vector],
    exact: &[HashSet<u128>],
    k: usize,
    mut search: impl FnMut(&Vector) -> Vec<u128>,
) -> Measured {
    let (mut hits, mut total) = (0usize, 0usize);
    let mut lat = Vec::with_capacity(queries.len());
    for (q, truth) in queries.iter().zip(exact) {
        let t = Instant::now();
        let got = search(q);
        lat.push(t.elapsed());
        hits += got.iter().filter(|id| truth.contains(id)).count();
        total += truth.len().min(k);
    }
    lat.sort();
    Measured {
        method,
        recall: hits as f64 / total.max(1) as f64,
        p50: pct(&lat, 0.5),
        p99: pct(&lat, 0.99),
    }
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
    let mut main_rows = Vec::new();
    let mut alt_rows = Vec::new();
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
        let queries: Vec<Vector> = viewers
            .iter()
            .take(200)
            .filter_map(|(v, _)| engine.user_vector(*v))
            .collect();
        const K: usize = 100;
        let mut t_exact = Vec::new();
        let exact: Vec<HashSet<u128>> = queries
            .iter()
            .map(|q| {
                let t = Instant::now();
                let e = ann.exact(q, K);
                t_exact.push(t.elapsed());
                e.into_iter().map(|x| x.0).collect()
            })
            .collect();
        t_exact.sort();
        let exact_p50 = pct(&t_exact, 0.5);
        let ids = |r: Vec<(u128, f32)>| r.into_iter().map(|x| x.0).collect::<Vec<_>>();
        let chosen = measure(
            format!("IVF-int8, {} lists, {DEFAULT_PROBES} probes", ann.lists()),
            &queries,
            &exact,
            K,
            |q| ids(ann.search_lists(q, K, DEFAULT_PROBES)),
        );
        let index_bytes = ann.heap_bytes() as f64 / ann.len().max(1) as f64;
        // The engine's memory, before any alternative is built beside it.
        let rss = rss_mib();
        let mut alts = vec![Measured {
            method: "exact (f32 scan)".into(),
            recall: 1.0,
            p50: exact_p50,
            p99: pct(&t_exact, 0.99),
        }];
        if args.compare {
            for probes in [4, 8, 16, 32, 64] {
                alts.push(measure(
                    format!("IVF-int8, {} lists, {probes} probes", ann.lists()),
                    &queries,
                    &exact,
                    K,
                    |q| ids(ann.search_lists(q, K, probes)),
                ));
            }
            alts.push(measure(
                "flat int8 scan + exact re-scoring".into(),
                &queries,
                &exact,
                K,
                |q| ids(ann.search_flat_int8(q, K)),
            ));
            // Four times the lists, the same share of the catalog probed.
            let t = Instant::now();
            let fine = AnnIndex::build_with(
                ann.items().map(|(id, v)| (id, *v)).collect(),
                AnnIndex::default_lists(n) * 4,
                7,
            );
            let fine_build = t.elapsed().as_secs_f64();
            alts.push(measure(
                format!(
                    "IVF-int8, {} lists, {} probes (build {fine_build:.1} s)",
                    fine.lists(),
                    DEFAULT_PROBES * 4
                ),
                &queries,
                &exact,
                K,
                |q| ids(fine.search_lists(q, K, DEFAULT_PROBES * 4)),
            ));
            drop(fine);
            // The HNSW graph the feed used before (M = 16, ef_construction = 100).
            let rss_before = rss_mib();
            let t = Instant::now();
            let data: Vec<(&[f32], usize)> = ann.items().map(|(_, v)| &v[..]).zip(0..).collect();
            let layers = 16.min((data.len() as f32).ln().ceil().max(1.0) as usize);
            let hnsw = Hnsw::<f32, UnitCosine>::new(16, data.len(), layers, 100, UnitCosine);
            hnsw.parallel_insert_slice(&data);
            drop(data);
            let hnsw_build = t.elapsed().as_secs_f64();
            let hnsw_kib = (rss_mib() - rss_before) * 1024.0 / n as f64;
            let order: Vec<u128> = ann.items().map(|(id, _)| id).collect();
            for ef in [48, 128, 256, 512] {
                alts.push(measure(
                    format!("HNSW (hnsw_rs, M 16), ef {ef} (build {hnsw_build:.0} s, ≈ {hnsw_kib:.2} KiB/video)"),
                    &queries,
                    &exact,
                    K,
                    |q| {
                        let Some(q) = spool_feed::ann::normalized(q) else {
                            return Vec::new();
                        };
                        hnsw.search(&q, K, ef.max(K))
                            .into_iter()
                            .filter_map(|nb| order.get(nb.d_id).copied())
                            .collect()
                    },
                ));
            }
        }
        let chosen_row = format!(
            "{} | {:.3} | {:.3} | {:.3}",
            chosen.method, chosen.recall, chosen.p50, exact_p50
        );
        for a in std::iter::once(&chosen).chain(&alts) {
            alt_rows.push(format!(
                "| {n} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
                a.method,
                a.recall,
                a.p50,
                a.p99,
                a.p50 / exact_p50
            ));
        }

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
        for r in alt_rows.iter().rev().take(alts.len() + 1).rev() {
            eprintln!("{r}");
        }
        main_rows.push(format!(
            "| {n} | {} | {:.0} | {:.1} | {chosen_row} | {:.3} | {:.3} | {:.3} | {} | {:.0} | {:.2} | {:.0} |",
            args.viewers,
            ingest,
            ann_build,
            pct(&lat, 0.5),
            pct(&lat, 0.99),
            pct(&np, 0.99),
            reflected,
            rss,
            rss * 1024.0 / n as f64,
            index_bytes,
        ));
        eprintln!("{}", main_rows.last().map_or("", |r| r.as_str()));
        drop(engine);
    }
    println!("| videos | viewers | events/s (ingest) | index build s | index | recall@100 | index query ms p50 | exact query ms p50 | page p50 ms | page p99 ms | non-personalized p99 ms | event → next page ms (p50/max) | RSS MiB | RSS KiB per video | index bytes per video |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for r in &main_rows {
        println!("{r}");
    }
    println!();
    println!("| videos | method | recall@100 | query ms p50 | query ms p99 | time / exact (p50) |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for r in &alt_rows {
        println!("{r}");
    }
    Ok(())
}
