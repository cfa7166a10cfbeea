-- Folders the person keeps saved plans and recipes in, favourite recipes, and free tags on saved items.
-- An item names a stored plan (kind 'plan', ref = meal_plan.id) or a recipe (kind 'recipe', ref = a
-- library, imported or AI dish id); recipes are not rows of any one table, so ref has no foreign key,
-- and a plan or recipe that is gone is shown as missing, never followed.
CREATE TABLE folder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    -- the name trimmed and lower-cased: names are unique whatever their letter case
    name_key    VARCHAR(100) NOT NULL UNIQUE,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE folder_item (
    folder_id   BIGINT       NOT NULL REFERENCES folder (id) ON DELETE CASCADE,
    kind        VARCHAR(10)  NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    added_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (folder_id, kind, ref)
);

CREATE TABLE favourite (
    kind        VARCHAR(10)  NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    added_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (kind, ref)
);

CREATE TABLE saved_tag (
    kind        VARCHAR(10)  NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    tag         VARCHAR(60)  NOT NULL,
    PRIMARY KEY (kind, ref, tag)
);
