-- Federation over ActivityPub (crates/server/src/federation, docs/federation.md). Every
-- row is one local account's own: it lives in the account's home cell, moves with it and
-- goes when it is erased (crates/store/src/tables.rs).

-- The account's actor key pair (RSA, PEM). The private half is sealed with the account's
-- data key, so erasing the account makes every copy of it unreadable.
CREATE TABLE ap_keys (
    account_id  TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    public_pem  TEXT NOT NULL,
    private_pem TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

-- Remote actors following a local account: 'requested' (a private account has not
-- answered yet) or 'active'. `inbox` is where the account's activities are delivered.
CREATE TABLE ap_followers (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    actor_uri  TEXT NOT NULL,
    acct       TEXT NOT NULL,
    inbox      TEXT NOT NULL,
    follow_uri TEXT NOT NULL,
    state      TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, actor_uri)
);

-- Remote actors a local account follows: 'requested' until their Accept, then 'active'.
CREATE TABLE ap_following (
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    actor_uri  TEXT NOT NULL,
    acct       TEXT NOT NULL,
    inbox      TEXT NOT NULL,
    follow_uri TEXT NOT NULL,
    state      TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, actor_uri)
);

-- Public posts (videos, notes) of remote actors the account follows, as they arrived
-- (the ActivityStreams object, JSON), for the account's Following feed.
CREATE TABLE ap_posts (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    object_uri   TEXT NOT NULL,
    actor_uri    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    object       TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    received_at  BIGINT NOT NULL,
    PRIMARY KEY (account_id, object_uri)
);
CREATE INDEX ap_posts_feed ON ap_posts (account_id, published_at);

-- Notices from other instances' moderators (an ActivityPub Flag): source 'federation'.
ALTER TABLE notices DROP CONSTRAINT IF EXISTS notices_source_check;
ALTER TABLE notices ADD CONSTRAINT notices_source_check
    CHECK (source IN ('account', 'anonymous', 'screening', 'federation'));

-- Likes of and replies to a local video from accounts on other instances (one like per
-- remote actor: its `object_uri` is the actor; a reply's is the reply's id). Remote likes
-- count in the video's (and its creator's) like count, changed in the same transaction.
CREATE TABLE ap_reactions (
    video_id    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('like', 'reply')),
    object_uri  TEXT NOT NULL,
    actor_uri   TEXT NOT NULL,
    acct        TEXT NOT NULL,
    content     TEXT NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (video_id, kind, object_uri)
);
CREATE INDEX ap_reactions_actor ON ap_reactions (actor_uri);
