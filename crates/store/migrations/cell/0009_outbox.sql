-- Cross-cell writes (crates/store/src/outbox.rs). A write whose other half lives in
-- another cell (a like and the video's count, the two sides of a follow) writes its own
-- row and an outbox message in ONE transaction of its cell; the relay applies the message
-- to the target cell (recording its id in `applied_messages` in the same transaction as
-- the change, so applying it twice changes nothing), then deletes it from the outbox.
CREATE TABLE outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The message id: what the target cell records as applied.
    id            TEXT NOT NULL UNIQUE,
    -- The account whose row produced the message (it moves with the account).
    account_id    TEXT NOT NULL,
    target_region TEXT NOT NULL,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL,
    created_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_account ON outbox (account_id);

CREATE TABLE applied_messages (
    id         TEXT PRIMARY KEY,
    -- The account whose rows the message changed here (it moves with the account).
    account_id TEXT NOT NULL,
    applied_at INTEGER NOT NULL
) STRICT;
CREATE INDEX applied_messages_account ON applied_messages (account_id);

-- From now on every counter changes in the same transaction as the rows it counts (the
-- followers and following edges of this cell, its videos' like counts). Counters that
-- earlier versions let drift are counted again, once.
UPDATE accounts SET
    follower_count = (SELECT COUNT(*) FROM followers f
                      WHERE f.account_id = accounts.id AND f.state = 'active'),
    following_count = (SELECT COUNT(*) FROM following f
                       WHERE f.account_id = accounts.id AND f.state = 'active'),
    like_count = (SELECT COALESCE(SUM(v.like_count), 0) FROM videos v
                  WHERE v.account_id = accounts.id);

-- Erasure no longer needs progress marks: the likes an erased account gave are taken off
-- their counters through the outbox, exactly once.
DROP TABLE erasure_marks;

-- The rows that name another cell's video, comment or account, looked up when that one
-- goes or moves.
CREATE INDEX likes_video ON likes (video_id);
CREATE INDEX comment_likes_comment ON comment_likes (comment_id);
CREATE INDEX followers_follower ON followers (follower_id);
CREATE INDEX following_target ON following (target_id);
CREATE INDEX notifications_actor ON notifications (actor_id);
