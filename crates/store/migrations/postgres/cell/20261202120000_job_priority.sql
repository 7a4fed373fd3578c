-- Jobs have a priority (0 first): a new video's first rendition and poster run before
-- anyone's sound or remaining ladder (crates/store/src/jobs.rs says how claims order).
ALTER TABLE jobs ADD COLUMN priority BIGINT NOT NULL DEFAULT 0;
DROP INDEX jobs_ready;
CREATE INDEX jobs_ready ON jobs (state, priority, run_after);
