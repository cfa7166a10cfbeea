-- Dishes a language model created for AI plans (the JSON form of dev.fridgechef.recipe.Recipe),
-- kept so a plan's new dishes can be shown and cooked, and saved into the person's recipes.
CREATE TABLE ai_dish (
    id          VARCHAR(40)  PRIMARY KEY,
    document    CLOB         NOT NULL,
    source      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);
