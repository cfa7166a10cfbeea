-- Stored plans. The unique key is the cache key: the same request (options) on the same day with an
-- unchanged fridge (inventory hash) and profile (profile hash) is served from here, without planning.
CREATE TABLE meal_plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_name       VARCHAR(100) NOT NULL,
    inventory_hash  CHAR(64)     NOT NULL,
    profile_hash    CHAR(64)     NOT NULL,
    options         VARCHAR(300) NOT NULL,
    plan_day        DATE         NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NOT NULL,
    source          VARCHAR(40)  NOT NULL,
    plan_json       CLOB         NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT meal_plan_request UNIQUE (user_name, inventory_hash, profile_hash, options, plan_day)
);

CREATE INDEX meal_plan_dates ON meal_plan (user_name, start_date, end_date);
