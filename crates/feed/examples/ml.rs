//! Evaluates the online model on a MovieLens `.inter` file:
//! `ml PATH [lr=.. blr=.. reg=.. trials=.. k=.. min=.. init=.. margin=.. hist=.. hw=.. seed=.. seeds=N]`.
//! With `seeds=N` the model is trained N times (seeds `seed`, `seed+1`, ...) and the mean
//! is printed as well.
#![allow(clippy::unwrap_used)]
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let split = spool_feed::eval::load_movielens(std::path::Path::new(&path)).unwrap();
    println!(
        "train {} test {} items {}",
        split.train.len(),
        split.test.len(),
        split.items.len()
    );
    println!("pop {:?}", spool_feed::eval::run_popularity(&split));
    let mut cfg = spool_feed::model::ModelConfig::default();
    let mut seeds = 1;
    for a in std::env::args().skip(2) {
        let (k, v) = a.split_once('=').unwrap();
        match k {
            "lr" => cfg.learning_rate = v.parse().unwrap(),
            "blr" => cfg.bias_learning_rate = v.parse().unwrap(),
            "reg" => cfg.regularization = v.parse().unwrap(),
            "trials" => cfg.negative_trials = v.parse().unwrap(),
            "min" => cfg.item_min_count = v.parse().unwrap(),
            "k" => cfg.negatives_per_positive = v.parse().unwrap(),
            "init" => cfg.init_scale = v.parse().unwrap(),
            "margin" => cfg.margin = v.parse().unwrap(),
            "hist" => cfg.history_len = v.parse().unwrap(),
            "hw" => cfg.history_weight = v.parse().unwrap(),
            "seed" => cfg.seed = v.parse().unwrap(),
            "seeds" => seeds = v.parse().unwrap(),
            _ => panic!("unknown option {k}"),
        }
    }
    let (mut ndcg, mut recall, mut secs) = (0.0, 0.0, 0.0);
    let base = cfg.seed;
    for s in 0..seeds {
        cfg.seed = base + s;
        let (m, t) = spool_feed::eval::run_model(&split, cfg.clone());
        println!("seed {} model {m:?} train {t:.2}s", cfg.seed);
        ndcg += m.ndcg_at_10;
        recall += m.recall_at_10;
        secs += t;
    }
    let n = seeds as f64;
    println!(
        "mean over {seeds} seeds: ndcg@10 {:.4} recall@10 {:.4} {:.1} us/event",
        ndcg / n,
        recall / n,
        secs / n / split.train.len() as f64 * 1e6
    );
}
