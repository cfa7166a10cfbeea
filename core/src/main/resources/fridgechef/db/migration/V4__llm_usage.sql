-- One row per model call (or cache hit): who answered, tokens, cost in USD, latency and outcome.
CREATE TABLE llm_call (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_name   VARCHAR(100)   NOT NULL,
    at          TIMESTAMP      NOT NULL,
    provider    VARCHAR(100)   NOT NULL,
    model       VARCHAR(200)   NOT NULL,
    purpose     VARCHAR(40)    NOT NULL,
    tokens_in   BIGINT         NOT NULL,
    tokens_out  BIGINT         NOT NULL,
    cost_usd    DECIMAL(12, 6) NOT NULL,
    latency_ms  BIGINT         NOT NULL,
    cache_hit   BOOLEAN        NOT NULL,
    outcome     VARCHAR(200)   NOT NULL
);

CREATE INDEX llm_call_at ON llm_call (user_name, at);
