-- Sync (issue 14): each device pushes its operation log; the server gives every new operation the
-- next number of its household (server_seq) and devices pull the operations after their cursor.

-- The household's counter: the push transaction locks this row (SELECT ... FOR UPDATE), numbers the
-- operations it inserts from last_seq + 1 and writes the new last_seq before it commits, so a
-- household's numbers are given and committed one push at a time, in order and without gaps.
CREATE TABLE sync_household_seq (
    household_id UUID PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
    last_seq     BIGINT NOT NULL DEFAULT 0 CHECK (last_seq >= 0)
);

-- The operation log, in the order the server received it. op_id is unique over all households, so
-- pushing an operation again inserts nothing (INSERT ... ON CONFLICT (op_id) DO NOTHING).
CREATE TABLE sync_op_log (
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    server_seq   BIGINT NOT NULL CHECK (server_seq > 0),
    op_id        UUID NOT NULL UNIQUE,
    device_id    UUID NOT NULL,
    user_id      UUID REFERENCES users (id) ON DELETE SET NULL,
    hlc          TEXT NOT NULL,
    entity       TEXT NOT NULL CHECK (entity IN ('stock', 'diary', 'profile', 'plan')),
    entity_id    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    payload      JSONB NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (household_id, server_seq)
);

-- A device that synced: which household and user it belongs to (a device id is never shared between
-- them), when it last pushed and pulled, and the cursor of its last pull.
CREATE TABLE sync_device (
    device_id    UUID PRIMARY KEY,
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    user_id      UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_push_at TIMESTAMPTZ,
    last_pull_at TIMESTAMPTZ,
    last_cursor  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sync_device_household ON sync_device (household_id);
