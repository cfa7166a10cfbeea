-- The diary syncs too (docs/sync.md): the same entry on every device is named by a UUID v7, given when
-- the store is linked to a server or the entry is logged or pulled afterwards. NULL while not linked.
-- An edit gives the entry a new uid (the diary is append-only: the old one is removed, a new one added).
ALTER TABLE diary_entry ADD COLUMN uid CHAR(36);
CREATE UNIQUE INDEX diary_entry_uid ON diary_entry (uid);
