-- The server's own tables (PostgreSQL). Core's single-user store keeps its own migrations apart.

-- Secrets the instances share (the JWT signing key): made once by whichever instance starts first.
CREATE TABLE server_secrets (
    name       TEXT PRIMARY KEY,
    value      BYTEA NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id            UUID PRIMARY KEY,
    username      TEXT NOT NULL,
    email         TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'user')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- names and addresses are unique whatever their case
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE households (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL,
    created_by UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- a user belongs to one household at most: every household-scoped query goes through this row
CREATE TABLE household_members (
    user_id      UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    joined_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX household_members_household ON household_members (household_id);

-- the code itself is shown once; only its SHA-256 is kept
CREATE TABLE household_invites (
    id           UUID PRIMARY KEY,
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    code_hash    BYTEA NOT NULL UNIQUE,
    created_by   UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL,
    max_uses     INT NOT NULL CHECK (max_uses > 0),
    uses         INT NOT NULL DEFAULT 0,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX household_invites_household ON household_invites (household_id);

-- a device session is one login on one device, and the family of its rotating refresh tokens
CREATE TABLE device_sessions (
    id           UUID PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_name  TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    revoke_reason TEXT
);
CREATE INDEX device_sessions_user ON device_sessions (user_id);
CREATE INDEX device_sessions_last_used ON device_sessions (last_used_at);

-- refresh tokens, stored as SHA-256; a used one is revoked (replaced), and presenting it again revokes its session
CREATE TABLE refresh_tokens (
    token_hash BYTEA PRIMARY KEY,
    session_id UUID NOT NULL REFERENCES device_sessions (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- failed logins per key ('account:<name>', 'ip:<address>') in a fixed window; shared by all instances
CREATE TABLE login_failures (
    key          TEXT PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    failures     INT NOT NULL
);
