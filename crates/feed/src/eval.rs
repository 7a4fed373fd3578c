//! Offline evaluation on MovieLens-100K (`spool eval`).
//!
//! Protocol: ratings >= 4 are positives; per user, positives sorted by (time, item) and
//! the earliest floor(80%) train, the rest test; full ranking over every item of the file,
//! excluding the user's training items; NDCG@10 and Recall@10 averaged over users with
//! at least one training and one test item. The model sees the training positives once,
//! in global time order, as a stream.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use crate::model::{Model, ModelConfig, Signal};

#[derive(Debug, Clone)]
pub struct Interaction {
    pub user: String,
    pub item: String,
    pub time: i64,
}

#[derive(Debug, Default)]
pub struct Split {
    pub items: Vec<String>,
    pub train: Vec<Interaction>,
    pub test: Vec<Interaction>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Metrics {
    pub ndcg_at_10: f64,
    pub recall_at_10: f64,
    pub users: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("line {line}: {message}")]
    Parse { line: usize, message: String },
}

/// Reads a RecBole atomic `.inter` file (`user_id:token item_id:token rating:float
/// timestamp:float`, tab-separated, with a header) and splits it.
pub fn load_movielens(path: &Path) -> Result<Split, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let mut lines = text.lines().enumerate();
    let header = lines.next().map(|(_, h)| h).unwrap_or_default();
    let cols: Vec<&str> = header.split('\t').collect();
    let find = |prefix: &str| {
        cols.iter()
            .position(|c| c.starts_with(prefix))
            .ok_or(EvalError::Parse {
                line: 1,
                message: format!("no column {prefix} in the header"),
            })
    };
    let (cu, ci, cr, ct) = (
        find("user_id")?,
        find("item_id")?,
        find("rating")?,
        find("timestamp")?,
    );
    let mut items = HashSet::new();
    let mut by_user: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let get = |c: usize| {
            f.get(c).copied().ok_or(EvalError::Parse {
                line: n + 1,
                message: "too few columns".into(),
            })
        };
        let bad = |what: &str| EvalError::Parse {
            line: n + 1,
            message: format!("bad {what}"),
        };
        let (user, item) = (get(cu)?.to_string(), get(ci)?.to_string());
        let rating: f64 = get(cr)?.parse().map_err(|_| bad("rating"))?;
        let time: f64 = get(ct)?.parse().map_err(|_| bad("timestamp"))?;
        items.insert(item.clone());
        if rating >= 4.0 {
            by_user.entry(user).or_default().push((time as i64, item));
        }
    }
    let mut split = Split::default();
    let mut all: Vec<String> = items.into_iter().collect();
    all.sort_by_key(|i| (i.parse::<i64>().unwrap_or(i64::MAX), i.clone()));
    split.items = all;
    for (user, mut rows) in by_user {
        rows.sort_by_key(|(t, i)| (*t, i.parse::<i64>().unwrap_or(i64::MAX)));
        let n_train = rows.len() * 8 / 10;
        for (k, (time, item)) in rows.into_iter().enumerate() {
            let x = Interaction {
                user: user.clone(),
                item,
                time,
            };
            if k < n_train {
                split.train.push(x);
            } else {
                split.test.push(x);
            }
        }
    }
    Ok(split)
}

/// Writes `train.tsv`, `test.tsv` and `items.tsv` for the baseline script.
pub fn write_split(split: &Split, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let rows = |xs: &[Interaction]| {
        let mut s = String::from("user\titem\ttimestamp\n");
        for x in xs {
            let _ = writeln!(s, "{}\t{}\t{}", x.user, x.item, x.time);
        }
        s
    };
    std::fs::write(dir.join("train.tsv"), rows(&split.train))?;
    std::fs::write(dir.join("test.tsv"), rows(&split.test))?;
    let mut items = String::from("item\n");
    for i in &split.items {
        let _ = writeln!(items, "{i}");
    }
    std::fs::write(dir.join("items.tsv"), items)
}

/// Ranks with `score(user, item index)` and computes NDCG@10 and Recall@10.
pub fn evaluate(split: &Split, mut score: impl FnMut(&str, usize) -> f32) -> Metrics {
    let mut train: HashMap<&str, HashSet<&str>> = HashMap::new();
    for x in &split.train {
        train.entry(&x.user).or_default().insert(&x.item);
    }
    let mut test: BTreeMap<&str, HashSet<&str>> = BTreeMap::new();
    for x in &split.test {
        test.entry(&x.user).or_default().insert(&x.item);
    }
    let (mut ndcg, mut recall, mut users) = (0.0, 0.0, 0usize);
    for (user, truth) in test {
        let Some(seen) = train.get(user) else {
            continue;
        };
        let mut scored: Vec<(f32, usize)> = split
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| !seen.contains(i.as_str()))
            .map(|(k, _)| (score(user, k), k))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut dcg = 0.0;
        let mut hits = 0usize;
        for (rank, (_, k)) in scored.iter().take(10).enumerate() {
            if truth.contains(split.items[*k].as_str()) {
                dcg += 1.0 / ((rank + 2) as f64).log2();
                hits += 1;
            }
        }
        let ideal: f64 = (0..truth.len().min(10))
            .map(|r| 1.0 / ((r + 2) as f64).log2())
            .sum();
        ndcg += dcg / ideal;
        recall += hits as f64 / truth.len() as f64;
        users += 1;
    }
    let d = users.max(1) as f64;
    Metrics {
        ndcg_at_10: ndcg / d,
        recall_at_10: recall / d,
        users,
    }
}

/// Streams the training positives through the online model once, in time order.
pub fn run_model(split: &Split, config: ModelConfig) -> (Metrics, f64) {
    let started = Instant::now();
    let mut model = Model::new(config);
    let key = |s: &str, salt: u128| s.parse::<u128>().unwrap_or(0) | (salt << 64);
    for item in &split.items {
        model.upsert_item(key(item, 2), Vec::new(), 0);
    }
    let mut stream: Vec<&Interaction> = split.train.iter().collect();
    stream.sort_by_key(|x| {
        (
            x.time,
            x.user.parse::<i64>().unwrap_or(0),
            x.item.parse::<i64>().unwrap_or(0),
        )
    });
    let t0 = stream.first().map_or(0, |x| x.time);
    for x in stream {
        let now = (x.time - t0).max(0) as u32;
        model.observe(key(&x.user, 1), key(&x.item, 2), Signal::Positive(1.0), now);
    }
    let train_secs = started.elapsed().as_secs_f64();
    let item_keys: Vec<u128> = split.items.iter().map(|i| key(i, 2)).collect();
    let vectors: Vec<_> = item_keys.iter().map(|k| model.item_vector(*k)).collect();
    let mut current: Option<(String, Option<crate::model::Vector>)> = None;
    let metrics = evaluate(split, |user, k| {
        if current.as_ref().is_none_or(|(u, _)| u != user) {
            current = Some((user.to_string(), model.user_vector(key(user, 1))));
        }
        let u = current.as_ref().and_then(|(_, v)| v.as_ref());
        match (&vectors[k], u) {
            (Some((v, b)), Some(u)) => b + v.iter().zip(u).map(|(x, y)| x * y).sum::<f32>(),
            (Some((_, b)), None) => *b,
            _ => f32::MIN,
        }
    });
    (metrics, train_secs)
}

/// Popularity (training positives per item), computed here as a cross-check of the
/// baseline script's protocol.
pub fn run_popularity(split: &Split) -> Metrics {
    let mut counts: HashMap<&str, f32> = HashMap::new();
    for x in &split.train {
        *counts.entry(&x.item).or_default() += 1.0;
    }
    let pop: Vec<f32> = split
        .items
        .iter()
        .map(|i| counts.get(i.as_str()).copied().unwrap_or(0.0))
        .collect();
    evaluate(split, |_, k| pop[k])
}
