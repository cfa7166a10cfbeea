-- Recipes the person imported (schema.org JSON-LD). The document is the JSON form of
-- dev.fridgechef.recipe.Recipe; unmapped holds the ingredient lines no food could be found for.
CREATE TABLE user_recipe (
    id           VARCHAR(120)   PRIMARY KEY,
    document     CLOB           NOT NULL,
    unmapped     VARCHAR(10000) NOT NULL,
    imported_at  TIMESTAMP      NOT NULL
);
