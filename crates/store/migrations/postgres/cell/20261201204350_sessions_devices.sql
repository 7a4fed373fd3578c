-- Sessions the owner can list and end one by one: a public id (never the token hash),
-- the device they were started from (a short summary of the User-Agent such as
-- "Firefox on Linux", sealed like every personal field; '' when unknown), and when they
-- were last used (kept to the minute, not per request).
ALTER TABLE sessions ADD COLUMN id TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN last_used_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET id = md5(random()::text || clock_timestamp()::text), last_used_at = created_at;
CREATE UNIQUE INDEX sessions_id ON sessions (id);
