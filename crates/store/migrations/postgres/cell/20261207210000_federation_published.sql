-- The digest of each local video's ActivityStreams object as last sent to other
-- instances (crates/server/src/federation): a video whose object changes (its caption,
-- its audience) is sent again as an Update; one taken back (Delete) loses its row, so
-- that publishing it again sends a Create. Lives with the video.
CREATE TABLE ap_published (
    video_id   TEXT PRIMARY KEY,
    digest     TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
