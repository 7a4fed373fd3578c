-- The global directory: which region is an account's home. Holds nothing personal:
-- handles are public, and the region is needed to route every request.
CREATE TABLE handles (
    handle_key TEXT PRIMARY KEY,   -- NFKC + lowercase: what uniqueness is decided on
    handle     TEXT NOT NULL,      -- as the owner spelled it
    account_id TEXT NOT NULL UNIQUE,
    region     TEXT NOT NULL,
    -- pending: reserved while the account is written into its cell;
    -- active: the account exists; deleting: the account is being removed.
    state      TEXT NOT NULL CHECK (state IN ('pending', 'active', 'deleting')),
    created_at BIGINT NOT NULL
);

CREATE INDEX handles_unfinished ON handles (state) WHERE state <> 'active';
