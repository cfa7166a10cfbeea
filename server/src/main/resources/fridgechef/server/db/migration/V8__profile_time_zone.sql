-- the person's time zone (IANA name): "today" and "now" of their plans, stock and diary are theirs, not the server's
ALTER TABLE profiles ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
