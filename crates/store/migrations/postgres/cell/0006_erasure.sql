-- Progress of an account erasure in this cell (crates/store/src/erase.rs): the likes
-- and comment likes of the erased account that were already taken off this cell's
-- counters, so that a rerun after a crash does not take them off twice. A row is
-- written in the same transaction as the counter change and removed (zeroed, with
-- secure_delete) as soon as the erasure is complete.
CREATE TABLE erasure_marks (
    account_id TEXT NOT NULL,
    -- `like:<video id>` or `comment_like:<comment id>`
    item       TEXT NOT NULL,
    PRIMARY KEY (account_id, item)
);
