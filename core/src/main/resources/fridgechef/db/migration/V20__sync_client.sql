-- Sync with a household server (docs/sync.md). Nothing here is used until the store is linked to a
-- server (`fridge sync login`): a store that never syncs keeps empty tables and a NULL uid per item.

-- The same item on every device: a UUID v7 given when the store is linked (or the item is added or
-- pulled afterwards). The numeric id people type stays per device.
ALTER TABLE inventory_item ADD COLUMN uid CHAR(36);
CREATE UNIQUE INDEX inventory_item_uid ON inventory_item (uid);

-- At most one row: the link to a server. The refresh token is not here (the store is exported and
-- backed up); it is kept in the config folder, readable by its owner only.
CREATE TABLE sync_state (
    id           INT            PRIMARY KEY CHECK (id = 1),
    device_id    CHAR(36)       NOT NULL,
    server_url   VARCHAR(500)   NOT NULL,
    account      VARCHAR(254)   NOT NULL,
    pull_cursor  BIGINT         NOT NULL DEFAULT 0,
    clock        VARCHAR(80),
    linked_at    TIMESTAMP      NOT NULL,
    last_sync_at TIMESTAMP,
    last_result  VARCHAR(2000)
);

-- Operations made here that the server has not acknowledged, oldest first.
CREATE TABLE sync_outbox (
    op_id  CHAR(36)        PRIMARY KEY,
    seq    BIGINT          AUTO_INCREMENT NOT NULL UNIQUE,
    op     VARCHAR(100000) NOT NULL
);

-- Every operation this device knows, its own and pulled ones: the merged stock is reduced from it.
CREATE TABLE sync_log (
    op_id      CHAR(36)        PRIMARY KEY,
    entity     VARCHAR(10)     NOT NULL,
    entity_id  VARCHAR(100)    NOT NULL,
    hlc        VARCHAR(80)     NOT NULL,
    device_id  CHAR(36)        NOT NULL,
    op         VARCHAR(100000) NOT NULL
);
CREATE INDEX sync_log_entity ON sync_log (entity, entity_id);
CREATE INDEX sync_log_device_hlc ON sync_log (device_id, hlc);
