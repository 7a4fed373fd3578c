-- Staff roles and access grants. A role is scoped to a region and recorded in THAT
-- region's cell: a cell only knows the staff who may act in it, so staff of another
-- region cannot reach its data by construction. Grants live with the data they open
-- (the subject's cell).
CREATE TABLE staff_roles (
    account_id     TEXT NOT NULL,
    account_region TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('moderator', 'support', 'admin', 'auditor')),
    granted_by     TEXT,
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE access_grants (
    id            TEXT PRIMARY KEY,
    staff_id      TEXT NOT NULL,
    subject_id    TEXT NOT NULL,
    -- profile | email | login_records | view_history
    scope         TEXT NOT NULL,
    justification TEXT NOT NULL,
    reference     TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'denied', 'revoked')),
    decided_by    TEXT,
    created_at    BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX access_grants_lookup ON access_grants (staff_id, subject_id, scope);
