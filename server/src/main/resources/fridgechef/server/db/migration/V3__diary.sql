-- The household's food diary. Members share it: each entry says who ate it (eaten_by); a session is
-- one meal occasion of the household (a family dinner holds everyone's plates). Every row carries its
-- household, and every query filters on the caller's household.

CREATE TABLE diary_sessions (
    id           UUID PRIMARY KEY,
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    eaten_on     DATE NOT NULL,
    eaten_at     TIME NOT NULL,
    meal         TEXT NOT NULL CHECK (meal IN ('breakfast', 'lunch', 'dinner', 'snack')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (id, household_id)
);
CREATE INDEX diary_sessions_day ON diary_sessions (household_id, eaten_on);

-- portions: [{"foodId", "grams" (null: weight unknown), "amount"}] as served; eaten_percent of it was eaten
CREATE TABLE diary_entries (
    id            UUID PRIMARY KEY,
    household_id  UUID NOT NULL,
    session_id    UUID NOT NULL,
    eaten_by      UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    eaten_on      DATE NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('recipe', 'food', 'dish')),
    recipe_id     TEXT,
    food_id       TEXT,
    label         TEXT NOT NULL,
    label_ru      TEXT,
    servings      DOUBLE PRECISION CHECK (servings > 0),
    amount        TEXT,
    eaten_percent DOUBLE PRECISION NOT NULL CHECK (eaten_percent BETWEEN 0 AND 100),
    portions      JSONB NOT NULL,
    logged_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    removed       BOOLEAN NOT NULL DEFAULT FALSE,
    -- an entry's session is always of its own household
    FOREIGN KEY (session_id, household_id) REFERENCES diary_sessions (id, household_id) ON DELETE CASCADE
);
CREATE INDEX diary_entries_day ON diary_entries (household_id, eaten_on) WHERE NOT removed;
CREATE INDEX diary_entries_session ON diary_entries (session_id);

-- every add, edit, removal and undo: who, when, the entry before and after (JSON); undo reverts the
-- caller's latest change not yet undone. seq orders the changes (it is never shown).
CREATE TABLE diary_changes (
    id           UUID PRIMARY KEY,
    seq          BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    entry_id     UUID NOT NULL REFERENCES diary_entries (id) ON DELETE CASCADE,
    changed_by   UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    action       TEXT NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'undo')),
    before       JSONB,
    after        JSONB,
    undone       BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX diary_changes_undoable ON diary_changes (changed_by, household_id, seq DESC) WHERE NOT undone AND action <> 'undo';
