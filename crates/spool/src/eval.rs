//! `spool eval`: the online model on MovieLens-100K, next to standard baselines run on
//! the identical split by `scripts/eval-baselines.py`.

use std::path::{Path, PathBuf};
use std::process::Command;

use spool_feed::eval::{load_movielens, run_model, run_popularity, write_split};
use spool_feed::model::ModelConfig;

pub struct EvalArgs {
    pub inter: PathBuf,
    pub python: Option<PathBuf>,
    pub script: PathBuf,
    pub seeds: u64,
    pub no_tune: bool,
}

pub fn run(args: EvalArgs) -> anyhow::Result<()> {
    let split = load_movielens(&args.inter)?;
    let work = tempfile::tempdir()?;
    write_split(&split, work.path())?;
    eprintln!(
        "MovieLens-100K: {} train and {} test positives (rating >= 4), {} items; split written to {}",
        split.train.len(),
        split.test.len(),
        split.items.len(),
        work.path().display()
    );
    let pop = run_popularity(&split);
    let mut ndcg = Vec::new();
    let mut recall = Vec::new();
    let mut secs = 0.0;
    for seed in 0..args.seeds.max(1) {
        let config = ModelConfig {
            seed: ModelConfig::default().seed + seed,
            ..ModelConfig::default()
        };
        let (m, s) = run_model(&split, config);
        ndcg.push(m.ndcg_at_10);
        recall.push(m.recall_at_10);
        secs += s;
    }
    let n = ndcg.len() as f64;
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let sd = |v: &[f64]| {
        let m = mean(v);
        (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / v.len() as f64).sqrt()
    };
    println!("| model | NDCG@10 | Recall@10 | seconds | notes |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| spool (online, one streaming pass) | {:.4} ± {:.4} | {:.4} ± {:.4} | {:.2} | mean ± sd over {} seeds |",
        mean(&ndcg),
        sd(&ndcg),
        mean(&recall),
        sd(&recall),
        secs / n,
        ndcg.len()
    );
    println!(
        "| popularity (spool's own count) | {:.4} | {:.4} | – | cross-check of the protocol |",
        pop.ndcg_at_10, pop.recall_at_10
    );
    if let Some(python) = &args.python {
        let out = work.path().join("baselines.json");
        let mut cmd = Command::new(python);
        cmd.arg(&args.script)
            .arg("--dir")
            .arg(work.path())
            .arg("--out")
            .arg(&out);
        if args.no_tune {
            cmd.arg("--no-tune");
        }
        let status = cmd.status()?;
        anyhow::ensure!(status.success(), "the baseline script failed ({status})");
        print_baselines(&out)?;
    } else {
        eprintln!("(no --python given: baselines skipped; scripts/eval runs them)");
    }
    Ok(())
}

fn print_baselines(path: &Path) -> anyhow::Result<()> {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path)?)?;
    for (key, name) in [
        ("popularity", "popularity (baseline script)"),
        ("implicit_als", "implicit ALS"),
        ("implicit_bpr", "implicit BPR"),
        ("lightfm_warp", "LightFM WARP"),
    ] {
        let m = &v[key];
        if m.is_null() {
            continue;
        }
        println!(
            "| {name} | {:.4} | {:.4} | {:.2} | {} |",
            m["ndcg@10"].as_f64().unwrap_or(f64::NAN),
            m["recall@10"].as_f64().unwrap_or(f64::NAN),
            m["seconds"].as_f64().unwrap_or(f64::NAN),
            m["params"]
        );
    }
    println!("\nversions: {}", v["versions"]);
    Ok(())
}
