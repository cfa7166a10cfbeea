-- Profiles (personal), household stock and plans, and the plan cache every instance shares.

-- one per user: core's Profile record as JSON, the household size plans cook for, and the health record
CREATE TABLE profiles (
    user_id    UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    document   JSONB NOT NULL,
    people     INT NOT NULL CHECK (people BETWEEN 1 AND 12),
    health     JSONB NOT NULL,
    version    BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- the household's stock; version grows with every change (ETag, If-Match)
CREATE TABLE stock_items (
    id           UUID PRIMARY KEY,
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    food_id      TEXT,
    quantity     NUMERIC(12, 3) NOT NULL CHECK (quantity > 0),
    unit         TEXT NOT NULL,
    location     TEXT NOT NULL CHECK (location IN ('FRIDGE', 'FREEZER', 'PANTRY')),
    added_on     DATE NOT NULL,
    expires_on   DATE,
    opened       BOOLEAN NOT NULL,
    note         TEXT,
    version      BIGINT NOT NULL DEFAULT 1,
    created_by   UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX stock_items_household ON stock_items (household_id, expires_on);

-- the plans a household made (each holds its plan, as core's MealPlan JSON)
CREATE TABLE plans (
    id           UUID PRIMARY KEY,
    household_id UUID NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    created_by   UUID REFERENCES users (id) ON DELETE SET NULL,
    start_date   DATE NOT NULL,
    end_date     DATE NOT NULL,
    cache_key    TEXT NOT NULL,
    cached       BOOLEAN NOT NULL,
    plan         JSONB NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX plans_household ON plans (household_id, created_at DESC);

-- plans by their exact key (stock hash, profile hash, options, day, planner): the same request from any
-- user on any instance is answered from here; a plan holds only food ids, recipes and amounts
CREATE TABLE plan_cache (
    key        TEXT PRIMARY KEY,
    plan_day   DATE NOT NULL,
    planner    TEXT NOT NULL,
    plan       JSONB NOT NULL,
    hits       BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX plan_cache_day ON plan_cache (plan_day);
