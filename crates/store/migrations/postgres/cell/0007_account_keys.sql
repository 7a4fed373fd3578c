-- Each account's data key, wrapped by the region key (which is never in the database).
-- Personal fields are sealed with it; deleting the account deletes this row, which makes
-- any copy of its sealed fields unreadable (crypto-shredding).
CREATE TABLE account_keys (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    wrapped    BYTEA NOT NULL
);
