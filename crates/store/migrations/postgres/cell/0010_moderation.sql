-- Moderation, kept in the cell of the content (a video's, a comment's video's, or the
-- account's home): notices, the review queue, decisions, statements of reasons, appeals,
-- the public decision log and the fingerprints of removed videos.

-- What is in force against a video, a comment or an account, derived from its decisions
-- in force (recomputed in the transaction that records or reverses a decision). The
-- distribution rule reads it with the row.
ALTER TABLE videos ADD COLUMN moderation TEXT NOT NULL DEFAULT '{}';
ALTER TABLE comments ADD COLUMN moderation TEXT NOT NULL DEFAULT '{}';
ALTER TABLE accounts ADD COLUMN moderation TEXT NOT NULL DEFAULT '{}';
-- The video's perceptual fingerprint (vPDQ, JSON), computed by the transcode job; kept
-- so that a removal can block re-uploads.
ALTER TABLE videos ADD COLUMN fingerprint TEXT;

-- Review items: one open item per target and kind; notices about the target join it.
CREATE TABLE moderation_items (
    id              TEXT PRIMARY KEY,
    -- notice (from people or screening) | match (re-upload fingerprint) | appeal
    kind            TEXT NOT NULL CHECK (kind IN ('notice', 'match', 'appeal')),
    target_kind     TEXT NOT NULL CHECK (target_kind IN ('video', 'comment', 'account')),
    target_id       TEXT NOT NULL,
    -- The account whose content it is (the video's creator, the comment's author, the
    -- account itself), and its home region.
    account_id      TEXT NOT NULL,
    account_region  TEXT NOT NULL,
    category        TEXT NOT NULL,
    severity        BIGINT NOT NULL,
    notice_count    BIGINT NOT NULL DEFAULT 0,
    automated       BIGINT NOT NULL DEFAULT 0,
    detection       TEXT NOT NULL DEFAULT '{}',
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'decided')),
    claimed_by      TEXT,
    claim_expires   BIGINT,
    appeal_id       TEXT,
    decision_id     TEXT,
    created_at      BIGINT NOT NULL,
    deadline_at     BIGINT NOT NULL,
    decided_at      BIGINT
);
CREATE UNIQUE INDEX moderation_items_one_open
    ON moderation_items (kind, target_kind, target_id) WHERE state = 'open';
CREATE INDEX moderation_items_state ON moderation_items (state, deadline_at);
CREATE INDEX moderation_items_account ON moderation_items (account_id);

-- Notices (DSA art. 16). The reporter is only a keyed hash (an account's, or of an
-- anonymous notifier's e-mail): counted once per item, never shown. An anonymous
-- notifier's name and e-mail are sealed (`notifier`), for the operator's legal duties.
CREATE TABLE notices (
    id            TEXT PRIMARY KEY,
    item_id       TEXT NOT NULL,
    target_kind   TEXT NOT NULL,
    target_id     TEXT NOT NULL,
    account_id    TEXT NOT NULL,
    reporter_tag  TEXT NOT NULL,
    -- account | anonymous | screening
    source        TEXT NOT NULL CHECK (source IN ('account', 'anonymous', 'screening')),
    category      TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    notifier      BYTEA,
    receipt_hash  TEXT,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'decided')),
    outcome       TEXT,
    created_at    BIGINT NOT NULL,
    decided_at    BIGINT,
    UNIQUE (target_kind, target_id, reporter_tag)
);
CREATE INDEX notices_item ON notices (item_id);
CREATE INDEX notices_time ON notices (created_at);

-- The earlier reports become notices about videos.
INSERT INTO moderation_items (id, kind, target_kind, target_id, account_id, account_region,
        category, severity, notice_count, created_at, deadline_at)
    SELECT 'm' || r.video_id, 'notice', 'video', r.video_id, v.account_id,
           '', MIN(r.category), 10, COUNT(*), MIN(r.created_at), MIN(r.created_at) + 86400000
    FROM reports r JOIN videos v ON v.id = r.video_id
    WHERE r.state = 'open'
    GROUP BY r.video_id, v.account_id;
-- (account_region '' is this cell's region: the store fills it in when it opens.)
INSERT INTO notices (id, item_id, target_kind, target_id, account_id, reporter_tag, source,
        category, note, created_at)
    SELECT r.id, 'm' || r.video_id, 'video', r.video_id, v.account_id, r.reporter_tag,
           'account', r.category, r.note, r.created_at
    FROM reports r JOIN videos v ON v.id = r.video_id
    WHERE EXISTS (SELECT 1 FROM moderation_items i WHERE i.id = 'm' || r.video_id);
DROP TABLE reports;

CREATE TABLE moderation_decisions (
    id                TEXT PRIMARY KEY,
    item_id           TEXT,
    target_kind       TEXT NOT NULL,
    target_id         TEXT NOT NULL,
    account_id        TEXT NOT NULL,
    account_region    TEXT NOT NULL,
    action            TEXT NOT NULL,
    policy            TEXT NOT NULL,
    category          TEXT NOT NULL,
    facts             TEXT NOT NULL,
    -- JSON: regions, countries, reference, label, days: what the action needs.
    scope             TEXT NOT NULL DEFAULT '{}',
    ends_at           BIGINT,
    automated_detection BIGINT NOT NULL DEFAULT 0,
    automated_decision  BIGINT NOT NULL DEFAULT 0,
    source            TEXT NOT NULL,
    decided_by        TEXT,
    in_force          BIGINT NOT NULL DEFAULT 1,
    reversed_by       TEXT,
    notice_at         BIGINT,
    deadline_at       BIGINT,
    created_at        BIGINT NOT NULL
);
CREATE INDEX moderation_decisions_target ON moderation_decisions (target_kind, target_id);
CREATE INDEX moderation_decisions_account ON moderation_decisions (account_id, created_at);

-- Statements of reasons (DSA art. 17), to the account the decision affects: the body is
-- the statement's fields as JSON, as sent.
CREATE TABLE statements (
    id            TEXT PRIMARY KEY,
    decision_id   TEXT NOT NULL,
    account_id    TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX statements_account ON statements (account_id, created_at);

CREATE TABLE appeals (
    id            TEXT PRIMARY KEY,
    statement_id  TEXT NOT NULL,
    decision_id   TEXT NOT NULL,
    account_id    TEXT NOT NULL,
    text          TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'upheld', 'rejected')),
    decided_by    TEXT,
    outcome_statement_id TEXT,
    created_at    BIGINT NOT NULL,
    decided_at    BIGINT
);
CREATE UNIQUE INDEX appeals_one_open ON appeals (statement_id) WHERE state = 'open';

-- The public decision log: what the transparency report counts. No account, content,
-- reporter or moderator in it; it stays when the content and its creator are gone.
CREATE TABLE moderation_log (
    id                  TEXT PRIMARY KEY,
    kind                TEXT NOT NULL CHECK (kind IN ('decision', 'appeal')),
    action              TEXT NOT NULL,
    category            TEXT NOT NULL,
    ground              TEXT NOT NULL,
    content_type        TEXT NOT NULL,
    automated_detection BIGINT NOT NULL,
    automated_decision  BIGINT NOT NULL,
    source              TEXT NOT NULL,
    scope               TEXT NOT NULL DEFAULT '[]',
    legal_order         BIGINT NOT NULL DEFAULT 0,
    screening_flagged   BIGINT NOT NULL DEFAULT 0,
    notice_at           BIGINT,
    deadline_at         BIGINT,
    reversed            BIGINT NOT NULL DEFAULT 0,
    created_at          BIGINT NOT NULL
);
CREATE INDEX moderation_log_time ON moderation_log (created_at);

-- Fingerprints of removed videos (re-upload blocking); they outlive the video.
CREATE TABLE removed_fingerprints (
    decision     TEXT PRIMARY KEY,
    policy       TEXT NOT NULL,
    category     TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);

-- A reporter's own copy of their notices (in the reporter's home cell), so they can be
-- told the outcome without the content's cell knowing who they are.
CREATE TABLE report_receipts (
    notice        TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL,
    notice_region TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX report_receipts_account ON report_receipts (account_id, created_at);

-- Reach (views in the last 24 hours) of a reported video, per cell.
CREATE INDEX feed_events_video ON feed_events (video_id, created_at);
