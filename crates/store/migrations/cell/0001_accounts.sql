-- One region cell. Everything personal about an account whose home is this region
-- lives here and nowhere else.

-- The public profile: what any region may show.
CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    handle          TEXT NOT NULL,
    display_name    TEXT NOT NULL DEFAULT '',
    bio             TEXT NOT NULL DEFAULT '',
    is_private      INTEGER NOT NULL DEFAULT 0,
    follower_count  INTEGER NOT NULL DEFAULT 0,
    following_count INTEGER NOT NULL DEFAULT 0,
    video_count     INTEGER NOT NULL DEFAULT 0,
    like_count      INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
) STRICT;

-- Personal fields: never served outside the owner's own requests (and, later, audited
-- staff access).
CREATE TABLE account_personal (
    account_id    TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    email         TEXT,
    birth_date    TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;

-- Sessions: only the SHA-256 of a token is stored, so a copy of this file grants nothing.
CREATE TABLE sessions (
    token_hash   BLOB PRIMARY KEY,
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Login records (personal): kept for abuse handling, purged after the retention period.
-- The address is truncated (/24 for IPv4, /48 for IPv6) before it is stored.
CREATE TABLE login_records (
    id         INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    success    INTEGER NOT NULL,
    ip_prefix  TEXT NOT NULL,
    user_agent TEXT NOT NULL
) STRICT;
CREATE INDEX login_records_account ON login_records (account_id, at);
CREATE INDEX login_records_at ON login_records (at);
