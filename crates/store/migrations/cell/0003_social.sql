-- The social layer. Placement rule (docs/data-placement.md): what an account does (its
-- likes, follows, blocks, mutes) is stored in the actor's home cell; public content
-- (comments on videos) and public counters live in the content's cell; notifications
-- live with their recipient. A follow is an edge between two accounts and is recorded
-- on both sides: `following` in the follower's cell, `followers` in the followee's.

-- Privacy settings (everyone | followers | nobody) and liked-videos visibility.
ALTER TABLE accounts ADD COLUMN comment_policy TEXT NOT NULL DEFAULT 'everyone';
ALTER TABLE accounts ADD COLUMN duet_policy TEXT NOT NULL DEFAULT 'everyone';
ALTER TABLE accounts ADD COLUMN stitch_policy TEXT NOT NULL DEFAULT 'everyone';
ALTER TABLE accounts ADD COLUMN liked_public INTEGER NOT NULL DEFAULT 0;

ALTER TABLE videos ADD COLUMN like_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE videos ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE videos ADD COLUMN share_count INTEGER NOT NULL DEFAULT 0;
-- A duet or stitch points at its original (which may live in another region).
ALTER TABLE videos ADD COLUMN remix_kind TEXT CHECK (remix_kind IN ('duet', 'stitch'));
ALTER TABLE videos ADD COLUMN remix_of TEXT;
ALTER TABLE videos ADD COLUMN remix_region TEXT;

CREATE TABLE video_hashtags (
    tag      TEXT NOT NULL,
    video_id TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
    PRIMARY KEY (tag, video_id)
) STRICT;
CREATE INDEX video_hashtags_video ON video_hashtags (video_id);

CREATE TABLE following (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_id     TEXT NOT NULL,
    target_region TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('active', 'requested')),
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (account_id, target_id)
) STRICT;

CREATE TABLE followers (
    account_id      TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    follower_id     TEXT NOT NULL,
    follower_region TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('active', 'requested')),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (account_id, follower_id)
) STRICT;

CREATE TABLE blocks (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_id     TEXT NOT NULL,
    target_region TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (account_id, target_id)
) STRICT;

CREATE TABLE mutes (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_id     TEXT NOT NULL,
    target_region TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (account_id, target_id)
) STRICT;

CREATE TABLE likes (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    video_id     TEXT NOT NULL,
    video_region TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (account_id, video_id)
) STRICT;
CREATE INDEX likes_recent ON likes (account_id, created_at);

CREATE TABLE comments (
    id            TEXT PRIMARY KEY,
    video_id      TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
    author_id     TEXT NOT NULL,
    author_region TEXT NOT NULL,
    parent_id     TEXT REFERENCES comments (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    like_count    INTEGER NOT NULL DEFAULT 0,
    pinned        INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
) STRICT;
CREATE INDEX comments_video ON comments (video_id, parent_id, created_at);
CREATE INDEX comments_author ON comments (author_id);

CREATE TABLE comment_likes (
    account_id     TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    comment_id     TEXT NOT NULL,
    comment_region TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (account_id, comment_id)
) STRICT;

CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    video_id   TEXT,
    comment_id TEXT,
    created_at INTEGER NOT NULL,
    read       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX notifications_recent ON notifications (account_id, created_at);
