#!/usr/bin/env python3
"""Baselines for `spool eval`: popularity, implicit ALS, implicit BPR and LightFM WARP.

Called by `spool eval` with the Python of the venv that scripts/eval-setup.sh makes:

    python scripts/eval-baselines.py --dir WORKDIR --out WORKDIR/baselines.json

WORKDIR holds what the Rust side wrote:
    train.tsv, test.tsv   header `user\titem\ttimestamp`, raw ids as strings
    items.tsv             header `item`: the full ranking universe, in index order

Protocol (the same as the Rust side's): every model is trained on train.tsv only, as
implicit binary feedback. For each user with at least one train and one test item, all
items of items.tsv are ranked, the user's train items are excluded, and the top 10 are
kept; ties go to the lower item index (position in items.tsv). Recall@10 is
hits / |test items|; NDCG@10 uses binary relevance, DCG = sum rel_r / log2(r + 1) over
ranks 1..10 and IDCG over min(|test|, 10) ideal hits. Both are averaged over users.
Every model goes through the same scoring -> exclusion -> top-10 code: a full
users x items score matrix is computed from its factors (user_factors @ item_factors.T,
plus LightFM's item biases), so no library's own recommend/filter code is used.

Hyperparameters are picked per model by a small deterministic grid on a validation split
carved from train.tsv alone (per user, the last 10% of their train rows by
(timestamp, item id): the first floor(0.9 * n) rows fit, the rest validate, exactly as
the train/test split is made), maximising validation NDCG@10; the chosen setting is then
refitted on the whole train set. --no-tune skips the grid and uses the defaults below.
Seeds are fixed, and BPR and LightFM train on one thread (their multi-threaded SGD is
Hogwild, which is not reproducible), so the figures are deterministic on a machine.

Output JSON:
    {"popularity": {"ndcg@10", "recall@10", "seconds", "params", "tuning"}, "implicit_als": ...,
     "implicit_bpr": ..., "lightfm_warp": ..., "users": N, "items": M, "versions": {...}}
`seconds` is the wall time of the final fit on train.tsv plus scoring and top-10 for all
evaluated users (not the grid search, which `tuning.seconds` gives).
"""

import argparse
import json
import math
import os
import sys
import time

# One BLAS thread: implicit warns (and slows down) under a multi-threaded OpenBLAS, and
# the factor dot products are tiny. Must be set before numpy is imported.
for _var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import scipy.sparse as sp  # noqa: E402

K = 10

DEFAULTS = {
    "implicit_als": {"factors": 64, "regularization": 0.05, "alpha": 20.0, "iterations": 15},
    "implicit_bpr": {"factors": 64, "learning_rate": 0.01, "regularization": 0.01, "iterations": 100},
    "lightfm_warp": {"no_components": 64, "learning_rate": 0.05, "item_alpha": 0.0,
                     "user_alpha": 0.0, "max_sampled": 10, "epochs": 30},
}

# Small grids, searched on the validation split. LightFM's epochs are checkpoints of one
# run (fit_partial continues the same random stream, so epoch e of the run is the model
# that fit(epochs=e) gives).
GRIDS = {
    "implicit_als": {"factors": [32, 64, 128], "regularization": [0.05, 1.0, 10.0],
                     "alpha": [10.0, 40.0], "iterations": [15]},
    "implicit_bpr": {"factors": [64, 128], "learning_rate": [0.01, 0.05],
                     "regularization": [0.001, 0.01], "iterations": [100, 300]},
    "lightfm_warp": {"no_components": [32, 64, 128], "learning_rate": [0.05],
                     "item_alpha": [0.0, 1e-6], "epochs": [10, 20, 30, 50, 80]},
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------
# data


def read_tsv(path, columns):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\r\n").split("\t")
        missing = [c for c in columns if c not in header]
        if missing:
            sys.exit(f"{path}: header {header} lacks {missing}")
        idx = [header.index(c) for c in columns]
        rows = []
        for n, line in enumerate(f, start=2):
            line = line.rstrip("\r\n")
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) < len(header):
                sys.exit(f"{path}:{n}: expected {len(header)} fields, got {len(parts)}")
            rows.append(tuple(parts[i] for i in idx))
    return rows


def sort_key(item, ts):
    """(timestamp, item id as integer), as the Rust side sorts; non-numeric ids sort last."""
    try:
        it = (0, int(item), "")
    except ValueError:
        it = (1, 0, item)
    return (float(ts), it)


class Data:
    """Index maps and per-user train/test item sets over the full item universe."""

    def __init__(self, workdir):
        items = [r[0] for r in read_tsv(os.path.join(workdir, "items.tsv"), ["item"])]
        self.item_ids = items
        self.item_index = {it: i for i, it in enumerate(items)}
        if len(self.item_index) != len(items):
            sys.exit("items.tsv has duplicate items")
        train = read_tsv(os.path.join(workdir, "train.tsv"), ["user", "item", "timestamp"])
        test = read_tsv(os.path.join(workdir, "test.tsv"), ["user", "item", "timestamp"])
        for name, rows in (("train", train), ("test", test)):
            unknown = {it for _, it, _ in rows if it not in self.item_index}
            if unknown:
                sys.exit(f"{name}.tsv has {len(unknown)} items missing from items.tsv, "
                         f"e.g. {sorted(unknown)[:5]}")
        # Users: those with train rows (a model can only score those), in first-seen order.
        self.user_index = {}
        for u, _, _ in train:
            self.user_index.setdefault(u, len(self.user_index))
        self.n_users, self.n_items = len(self.user_index), len(items)
        # Each user's train rows in (timestamp, item) order, for the validation carve-out.
        self.train_rows = [[] for _ in range(self.n_users)]
        for u, it, ts in train:
            self.train_rows[self.user_index[u]].append((sort_key(it, ts), self.item_index[it]))
        for rows in self.train_rows:
            rows.sort()
        self.test_sets = [set() for _ in range(self.n_users)]
        self.test_users_without_train = set()
        for u, it, _ in test:
            if u in self.user_index:
                self.test_sets[self.user_index[u]].add(self.item_index[it])
            else:
                self.test_users_without_train.add(u)
        self.n_train_rows, self.n_test_rows = len(train), len(test)

    def full_split(self):
        """(train matrix, {user: test item set}) for the real evaluation."""
        fit = [[i for _, i in rows] for rows in self.train_rows]
        held = {u: s for u, s in enumerate(self.test_sets) if s and fit[u]}
        return matrix(fit, self.n_users, self.n_items), held

    def validation_split(self):
        """The last 10% of each user's train rows, split the way train/test is."""
        fit, held = [], {}
        for u, rows in enumerate(self.train_rows):
            n_fit = math.floor(0.9 * len(rows))
            fit.append([i for _, i in rows[:n_fit]])
            val = {i for _, i in rows[n_fit:]}
            if n_fit > 0 and val:
                held[u] = val
        return matrix(fit, self.n_users, self.n_items), held


def matrix(per_user, n_users, n_items):
    """Binary users x items CSR matrix (duplicate pairs collapse to 1)."""
    rows = [u for u, items in enumerate(per_user) for _ in items]
    cols = [i for items in per_user for i in items]
    m = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                      shape=(n_users, n_items))
    m.sum_duplicates()
    m.data[:] = 1.0
    return m


# ---------------------------------------------------------------------------------------
# the shared protocol: scores -> exclusion -> top 10 -> metrics


def top_k(scores, train, users, k=K):
    """Top-k item indices for `users`; train items excluded; ties to the lower index."""
    s = np.asarray(scores[users], dtype=np.float64).copy()
    s[np.isnan(s)] = -np.inf
    sub = train[users]
    s[np.repeat(np.arange(len(users)), np.diff(sub.indptr)), sub.indices] = -np.inf
    # A stable sort of the negated scores keeps equal scores in item-index order.
    order = np.argsort(-s, axis=1, kind="stable")[:, :k]
    # Excluded items never count, even if a user has fewer than k candidates.
    valid = np.take_along_axis(s, order, axis=1) > -np.inf
    return [row[ok].tolist() for row, ok in zip(order, valid)]


def metrics(tops, held, users, k=K):
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    ndcg, recall = [], []
    for u, top in zip(users, tops):
        truth = held[u]
        rel = [1.0 if i in truth else 0.0 for i in top[:k]]
        dcg = float(np.dot(rel, discounts[:len(rel)]))
        idcg = float(discounts[:min(len(truth), k)].sum())
        ndcg.append(dcg / idcg)
        recall.append(sum(rel) / len(truth))
    return float(np.mean(ndcg)), float(np.mean(recall))


def evaluate(scores, train, held):
    users = sorted(held)
    return metrics(top_k(scores, train, users), held, users)


# ---------------------------------------------------------------------------------------
# models: each returns a full users x items score matrix


def fit_popularity(train, params, seed):
    counts = np.asarray(train.sum(axis=0)).ravel().astype(np.float64)
    return np.broadcast_to(counts, train.shape)


def fit_als(train, params, seed, threads):
    from implicit.als import AlternatingLeastSquares

    model = AlternatingLeastSquares(
        factors=params["factors"], regularization=params["regularization"],
        alpha=params["alpha"], iterations=params["iterations"], random_state=seed,
        num_threads=threads, use_gpu=False)
    model.fit(train, show_progress=False)
    return np.asarray(model.user_factors, np.float64) @ np.asarray(model.item_factors, np.float64).T


def fit_bpr(train, params, seed):
    from implicit.bpr import BayesianPersonalizedRanking

    model = BayesianPersonalizedRanking(
        factors=params["factors"], learning_rate=params["learning_rate"],
        regularization=params["regularization"], iterations=params["iterations"],
        random_state=seed, num_threads=1, use_gpu=False)
    model.fit(train, show_progress=False)
    # implicit appends a column of ones to user factors and an item-bias column to item
    # factors, so the plain dot product includes the item bias.
    return np.asarray(model.user_factors, np.float64) @ np.asarray(model.item_factors, np.float64).T


def lightfm_model(params, seed):
    from lightfm import LightFM

    return LightFM(no_components=params["no_components"], loss="warp",
                   learning_rate=params["learning_rate"], item_alpha=params["item_alpha"],
                   user_alpha=params.get("user_alpha", 0.0),
                   max_sampled=params.get("max_sampled", 10), random_state=seed)


def lightfm_scores(model):
    # predict(u, i) = user_emb . item_emb + user_bias + item_bias; the user bias does not
    # change a user's ranking, so it is left out.
    return (np.asarray(model.user_embeddings, np.float64)
            @ np.asarray(model.item_embeddings, np.float64).T
            + np.asarray(model.item_biases, np.float64)[None, :])


def fit_lightfm(train, params, seed):
    model = lightfm_model(params, seed)
    model.fit(train.tocoo(), epochs=params["epochs"], num_threads=1)
    return lightfm_scores(model)


# ---------------------------------------------------------------------------------------
# tuning


def grid(space):
    keys = list(space)
    combos = [{}]
    for k in keys:
        combos = [dict(c, **{k: v}) for c in combos for v in space[k]]
    return combos


def tune(name, fit, val_train, val_held, seed):
    """Best of GRIDS[name] by validation NDCG@10 (first best in grid order on ties)."""
    start = time.perf_counter()
    best, best_ndcg, tried = None, -1.0, 0
    if name == "lightfm_warp":
        space = dict(GRIDS[name])
        checkpoints = sorted(space.pop("epochs"))
        coo = val_train.tocoo()
        for combo in grid(space):
            params = dict(DEFAULTS[name], **combo)
            model, done = lightfm_model(params, seed), 0
            for epochs in checkpoints:
                model.fit_partial(coo, epochs=epochs - done, num_threads=1)
                done = epochs
                ndcg, _ = evaluate(lightfm_scores(model), val_train, val_held)
                tried += 1
                if ndcg > best_ndcg:
                    best, best_ndcg = dict(params, epochs=epochs), ndcg
    else:
        for combo in grid(GRIDS[name]):
            params = dict(DEFAULTS[name], **combo)
            ndcg, _ = evaluate(fit(val_train, params, seed), val_train, val_held)
            tried += 1
            if ndcg > best_ndcg:
                best, best_ndcg = params, ndcg
    secs = time.perf_counter() - start
    log(f"  {name}: {tried} settings in {secs:.1f}s, best validation ndcg@10 "
        f"{best_ndcg:.4f} with {json.dumps(best, sort_keys=True)}")
    return best, {"settings_tried": tried, "val_ndcg@10": round(best_ndcg, 6),
                  "seconds": round(secs, 3)}


# ---------------------------------------------------------------------------------------


def versions():
    out = {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__}
    for mod in ("implicit", "lightfm"):
        try:
            out[mod] = __import__(mod).__version__
        except Exception as e:  # reported, not fatal: the model run fails more clearly
            out[mod] = f"unavailable ({e.__class__.__name__})"
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", required=True, help="work directory with train/test/items.tsv")
    ap.add_argument("--out", required=True, help="where to write the JSON results")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--threads", type=int, default=2,
                    help="threads for ALS (deterministic at any count); BPR and LightFM use 1")
    ap.add_argument("--no-tune", action="store_true", help="skip the grid, use the defaults")
    ap.add_argument("--models", default="popularity,implicit_als,implicit_bpr,lightfm_warp",
                    help="comma-separated subset to run")
    args = ap.parse_args()

    data = Data(args.dir)
    train, held = data.full_split()
    val_train, val_held = data.validation_split()
    log(f"data: {data.n_items} items, {data.n_users} train users, {data.n_train_rows} train / "
        f"{data.n_test_rows} test rows; evaluating {len(held)} users "
        f"({len(data.test_users_without_train)} test users without train rows skipped); "
        f"validation: {val_train.nnz} fit rows, {len(val_held)} users")
    if not held:
        sys.exit("no user has both train and test items")

    fits = {
        "popularity": lambda m, p, s: fit_popularity(m, p, s),
        "implicit_als": lambda m, p, s: fit_als(m, p, s, args.threads),
        "implicit_bpr": fit_bpr,
        "lightfm_warp": fit_lightfm,
    }
    wanted = [m.strip() for m in args.models.split(",") if m.strip()]
    for m in wanted:
        if m not in fits:
            sys.exit(f"unknown model {m!r}; known: {', '.join(fits)}")

    results = {}
    for name in wanted:
        if name == "popularity":
            params, tuning = {}, None
        elif args.no_tune:
            params, tuning = dict(DEFAULTS[name]), None
        else:
            log(f"tuning {name} on the validation split")
            params, tuning = tune(name, fits[name], val_train, val_held, args.seed)
        start = time.perf_counter()
        scores = fits[name](train, params, args.seed)
        users = sorted(held)
        tops = top_k(scores, train, users)
        secs = time.perf_counter() - start
        ndcg, recall = metrics(tops, held, users)
        results[name] = {"ndcg@10": round(ndcg, 6), "recall@10": round(recall, 6),
                         "seconds": round(secs, 3), "params": params}
        if tuning is not None:
            results[name]["tuning"] = tuning
        log(f"{name}: ndcg@10 {ndcg:.4f} recall@10 {recall:.4f} ({secs:.2f}s)")

    out = dict(results)
    out["users"] = len(held)
    out["items"] = data.n_items
    out["versions"] = versions()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, sort_keys=False)
        f.write("\n")
    os.replace(tmp, args.out)

    log("")
    log(f"{'model':<14} {'ndcg@10':>8} {'recall@10':>10} {'seconds':>8}  params")
    for name, r in results.items():
        log(f"{name:<14} {r['ndcg@10']:>8.4f} {r['recall@10']:>10.4f} {r['seconds']:>8.2f}  "
            f"{json.dumps(r['params'], sort_keys=True)}")
    log(f"users {len(held)}, items {data.n_items}; versions {json.dumps(out['versions'])}")


if __name__ == "__main__":
    main()
