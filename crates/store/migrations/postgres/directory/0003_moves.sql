-- A move of an account's home region in progress (crates/store/src/relocate.rs). The row
-- is written before the first step and removed after the last; `step` says how far the
-- move got, so that `Store::open_embedded` finishes one that a crash interrupted:
-- `copying` (the old cell is still the account's home: copy again, replacing any partial
-- copy) or `switched` (the directory names the new cell: purge the old one).
CREATE TABLE moves (
    account_id  TEXT PRIMARY KEY,
    from_region TEXT NOT NULL,
    to_region   TEXT NOT NULL,
    step        TEXT NOT NULL CHECK (step IN ('copying', 'switched')),
    started_at  BIGINT NOT NULL
);
