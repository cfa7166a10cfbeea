-- Limits on model calls that hold across processes. A request's llm_call row is written as
-- 'pending' (with its estimated tokens and cost) before the request is sent, in a transaction that
-- first locks the user's llm_limit row (FOR UPDATE) and counts the calls of the last minute and the
-- month's cost: two processes cannot both take the last place. The row gets the real tokens, cost
-- and outcome once the answer is in, or is deleted when the request was not sent after all.
CREATE TABLE llm_limit (
    scope  VARCHAR(140) PRIMARY KEY
);

-- The raw text of each paid answer, stored with its llm_call row before anything else is done with it.
CREATE TABLE llm_answer (
    call_id  BIGINT PRIMARY KEY REFERENCES llm_call (id) ON DELETE CASCADE,
    text     CLOB   NOT NULL
);

CREATE INDEX llm_call_provider_at ON llm_call (provider, at);
