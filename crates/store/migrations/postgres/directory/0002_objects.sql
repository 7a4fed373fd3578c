-- Public objects (videos, sounds) by id → the region cell that holds them. Nothing
-- personal: an id, a kind and a region.
CREATE TABLE objects (
    id         TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('video', 'sound')),
    region     TEXT NOT NULL,
    account_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX objects_account ON objects (account_id);
