-- Stock of the fridge, freezer and pantry. Quantity and unit are kept as the person gave them;
-- grams are derived from the food database when read.
CREATE TABLE inventory_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200)   NOT NULL,
    food_id     CHAR(5),
    quantity    DECIMAL(14, 3) NOT NULL CHECK (quantity > 0),
    unit        VARCHAR(60)    NOT NULL,
    location    VARCHAR(10)    NOT NULL CHECK (location IN ('FRIDGE', 'FREEZER', 'PANTRY')),
    added_on    DATE           NOT NULL,
    expires_on  DATE,
    opened      BOOLEAN        NOT NULL DEFAULT FALSE,
    note        VARCHAR(1000)
);

CREATE INDEX inventory_item_expires ON inventory_item (expires_on);
CREATE INDEX inventory_item_food ON inventory_item (food_id);

-- One profile per user; the document is the JSON form of dev.fridgechef.profile.Profile.
CREATE TABLE profile (
    user_name   VARCHAR(100)   PRIMARY KEY,
    document    VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP      NOT NULL
);
