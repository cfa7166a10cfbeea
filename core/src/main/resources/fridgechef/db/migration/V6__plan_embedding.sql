-- The semantic cache: the embedding of the request behind each AI plan (all-MiniLM-L6-v2, 384 floats).
CREATE TABLE plan_embedding (
    plan_id     BIGINT        PRIMARY KEY REFERENCES meal_plan (id) ON DELETE CASCADE,
    user_name   VARCHAR(100)  NOT NULL,
    vector      VARBINARY(4096) NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);

-- room for "ai:semantic-cache (plan N, similarity 0.987)" and long provider/model names
ALTER TABLE meal_plan ALTER COLUMN source VARCHAR(200);
