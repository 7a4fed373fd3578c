-- Reports of content, kept with the content (the video's cell), where its region's
-- moderators work. The reporter is named only by a keyed hash (no personal data of a
-- reporter from another region lands here); one report per reporter and video.
CREATE TABLE reports (
    id           TEXT PRIMARY KEY,
    video_id     TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    reporter_tag TEXT NOT NULL,
    category     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'actioned', 'dismissed')),
    created_at   BIGINT NOT NULL,
    UNIQUE (video_id, reporter_tag)
);
CREATE INDEX reports_open ON reports (state, created_at);
