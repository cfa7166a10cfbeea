-- Accepted AI notes on a closed day, by the SHA-256 of what the model was given (the day's computed
-- figures and the language), so closing the same day again never costs a second call.
CREATE TABLE day_narrative (
    request_sha256  CHAR(64)     PRIMARY KEY,
    closed_day      DATE         NOT NULL,
    source          VARCHAR(300) NOT NULL,
    text            CLOB         NOT NULL,
    created_at      TIMESTAMP    NOT NULL
);
