-- The For-You feed. Feed events are the viewer's watch history: personal data, stored
-- in the viewer's home cell only, and replayed into the model after a restart (the
-- model's snapshot records the last event id it has seen).
CREATE TABLE feed_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    video_id    TEXT NOT NULL,
    -- impression | view | skip | replay | not_interested | like | comment | share |
    -- follow (video_id is then the followed account) | reset (video_id empty)
    kind        TEXT NOT NULL,
    watched_ms  INTEGER NOT NULL DEFAULT 0,
    replays     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX feed_events_account ON feed_events (account_id, id);
CREATE INDEX feed_events_time ON feed_events (created_at);

-- The viewer's feed choices.
ALTER TABLE accounts ADD COLUMN feed_mode TEXT NOT NULL DEFAULT 'personalized'
    CHECK (feed_mode IN ('personalized', 'non_personalized'));
-- JSON array of lowercased words; videos whose caption or hashtags contain one are
-- kept out of the viewer's feeds.
ALTER TABLE accounts ADD COLUMN keyword_filters TEXT NOT NULL DEFAULT '[]';

-- "Who blocked this account" is asked for every page of the feed.
CREATE INDEX blocks_target ON blocks (target_id);
