-- Resumable (tus) uploads. The bytes live in media/uploads/<id>.part; `offset` only
-- advances after the bytes up to it were synced to disk.
CREATE TABLE uploads (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    length      INTEGER NOT NULL,
    "offset"    INTEGER NOT NULL DEFAULT 0,
    metadata    TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL CHECK (state IN ('receiving', 'complete', 'consumed')),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX uploads_expiry ON uploads (state, expires_at);

CREATE TABLE videos (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    upload_id       TEXT NOT NULL,
    caption         TEXT NOT NULL,
    visibility      TEXT NOT NULL CHECK (visibility IN ('public', 'followers', 'private')),
    allow_comments  INTEGER NOT NULL,
    allow_duet      INTEGER NOT NULL,
    allow_stitch    INTEGER NOT NULL,
    -- The sound this video's audio is: its own (extracted) or a reused one.
    sound_id        TEXT,
    reuses_sound    INTEGER NOT NULL DEFAULT 0,
    state           TEXT NOT NULL CHECK (state IN ('uploaded', 'processing', 'ready', 'failed')),
    failure_code    TEXT,
    failure_message TEXT,
    duration_ms     INTEGER,
    width           INTEGER,
    height          INTEGER,
    renditions      TEXT NOT NULL DEFAULT '[]',
    ladder_complete INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    published_at    INTEGER
) STRICT;
CREATE INDEX videos_account ON videos (account_id, created_at);

CREATE TABLE sounds (
    id          TEXT PRIMARY KEY,
    video_id    TEXT NOT NULL,
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
) STRICT;

-- The durable job queue. A worker claims a job by setting a lease; it renews the lease
-- while it works (heartbeat). A job whose lease ran out (its worker died) is claimed
-- again. Failures are retried with backoff until max_attempts.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    subject      TEXT NOT NULL,
    payload      TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    run_after    INTEGER NOT NULL,
    lease_until  INTEGER,
    worker       TEXT,
    last_error   TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (kind, subject)
) STRICT;
CREATE INDEX jobs_ready ON jobs (state, run_after);
