-- The food diary. A session is one meal occasion (its day, time and meal type); its entries are what
-- was eaten: a library recipe with servings, a food with an amount, or a dish of several foods. The
-- foods and grams of every entry are kept as they were when it was logged (diary_portion), so a
-- recipe changed later does not change the past; nutrition is always computed from these foods.
-- A portion without grams is a food whose weight could not be known ("1 pcs" of a food with no piece
-- weight): it is shown as such, never counted as 0 g.
CREATE TABLE diary_session (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_name   VARCHAR(100) NOT NULL,
    eaten_on    DATE         NOT NULL,
    eaten_at    TIME         NOT NULL,
    meal        VARCHAR(20)  NOT NULL CHECK (meal IN ('breakfast', 'lunch', 'dinner', 'snack'))
);

CREATE INDEX diary_session_day ON diary_session (user_name, eaten_on, eaten_at);

-- eaten_on repeats the session's day so a period is read by one index range.
-- label: the recipe's title, the food's name or the dish's name as logged; label_ru: a recipe's Russian title.
-- removed: the entry was removed (kept so that undo can bring it back).
CREATE TABLE diary_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT        NOT NULL REFERENCES diary_session (id),
    eaten_on       DATE          NOT NULL,
    kind           VARCHAR(10)   NOT NULL CHECK (kind IN ('recipe', 'food', 'dish')),
    recipe_id      VARCHAR(100),
    food_id        VARCHAR(10),
    label          VARCHAR(200)  NOT NULL,
    label_ru       VARCHAR(200),
    servings       DECIMAL(10, 3),
    amount         VARCHAR(60),
    eaten_percent  DECIMAL(5, 1) NOT NULL CHECK (eaten_percent >= 0 AND eaten_percent <= 100),
    removed        BOOLEAN       NOT NULL DEFAULT FALSE,
    logged_at      TIMESTAMP     NOT NULL
);

CREATE INDEX diary_entry_day ON diary_entry (eaten_on, removed, session_id);

CREATE TABLE diary_portion (
    entry_id  BIGINT         NOT NULL REFERENCES diary_entry (id) ON DELETE CASCADE,
    position  INT            NOT NULL,
    food_id   VARCHAR(10)    NOT NULL,
    grams     DECIMAL(12, 3),
    amount    VARCHAR(60),
    PRIMARY KEY (entry_id, position)
);

-- Every change to an entry: who made it (the front end or feature), when, and the entry before and
-- after (JSON); undo reverts the latest change not yet undone and marks it undone.
CREATE TABLE diary_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id    BIGINT        NOT NULL,
    action      VARCHAR(10)   NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'undo')),
    changed_by  VARCHAR(100)  NOT NULL,
    changed_at  TIMESTAMP     NOT NULL,
    before_json CLOB,
    after_json  CLOB,
    undone      BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE INDEX diary_change_undo ON diary_change (undone, id);
