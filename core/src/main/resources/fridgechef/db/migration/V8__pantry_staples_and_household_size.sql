-- The household: how many people a plan cooks and shops for (targets stay the profile's person's),
-- and whether the person has edited the pantry staples (until then the defaults of
-- fridgechef/food/staples.tsv apply and pantry_staple holds no rows for them).
CREATE TABLE household (
    user_name          VARCHAR(100) PRIMARY KEY,
    people             INT          NOT NULL DEFAULT 1 CHECK (people BETWEEN 1 AND 12),
    pantry_customised  BOOLEAN      NOT NULL DEFAULT FALSE
);

-- The person's pantry staples: foods assumed at home that a plan never puts on the shopping list.
CREATE TABLE pantry_staple (
    user_name  VARCHAR(100) NOT NULL,
    food_id    VARCHAR(10)  NOT NULL,
    PRIMARY KEY (user_name, food_id)
);
