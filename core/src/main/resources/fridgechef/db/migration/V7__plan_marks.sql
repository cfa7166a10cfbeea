-- What the person did with a stored plan: the meals cooked (with the recipe, so a replanned slot is
-- not shown as cooked) and the shopping-list lines ticked off.
CREATE TABLE cooked_meal (
    plan_id     BIGINT       NOT NULL REFERENCES meal_plan (id) ON DELETE CASCADE,
    plan_date   DATE         NOT NULL,
    meal        VARCHAR(20)  NOT NULL,
    recipe_id   VARCHAR(200) NOT NULL,
    cooked_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (plan_id, plan_date, meal)
);

CREATE TABLE shopping_check (
    plan_id     BIGINT       NOT NULL REFERENCES meal_plan (id) ON DELETE CASCADE,
    food_id     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (plan_id, food_id)
);
