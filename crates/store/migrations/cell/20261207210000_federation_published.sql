-- The digest of each local video's ActivityStreams object as last sent to other
-- instances (crates/server/src/federation): a video whose object changes (its caption,
-- its audience) is sent again as an Update; one taken back (Delete) loses its row, so
-- that publishing it again sends a Create. Lives with the video.
CREATE TABLE ap_published (
    video_id   TEXT PRIMARY KEY,
    digest     TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

-- Shares (Announce) of a local video by remote actors: one per actor, counted with the
-- video's shares. (SQLite changes a CHECK by rebuilding the table.)
CREATE TABLE ap_reactions_new (
    video_id    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('like', 'reply', 'share')),
    object_uri  TEXT NOT NULL,
    actor_uri   TEXT NOT NULL,
    acct        TEXT NOT NULL,
    content     TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (video_id, kind, object_uri)
) STRICT;
INSERT INTO ap_reactions_new (video_id, kind, object_uri, actor_uri, acct, content, created_at)
    SELECT video_id, kind, object_uri, actor_uri, acct, content, created_at FROM ap_reactions;
DROP TABLE ap_reactions;
ALTER TABLE ap_reactions_new RENAME TO ap_reactions;
CREATE INDEX ap_reactions_actor ON ap_reactions (actor_uri);

-- A remote post that reached an account because someone it follows shared it
-- (Announce): that actor's URL; '' for a post of a followed author.
ALTER TABLE ap_posts ADD COLUMN shared_by TEXT NOT NULL DEFAULT '';

-- The digest of the account's actor document as other instances last had it: a change
-- (display name, bio, approving follows) is sent to its remote followers as an Update.
ALTER TABLE ap_keys ADD COLUMN sent_digest TEXT NOT NULL DEFAULT '';

-- Whether the account liked the remote post (its Like was sent; an Undo clears it).
ALTER TABLE ap_posts ADD COLUMN liked INTEGER NOT NULL DEFAULT 0;
