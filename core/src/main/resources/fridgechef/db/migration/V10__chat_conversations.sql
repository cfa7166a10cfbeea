-- Chat conversations and their messages. A "summary" message stands for the older turns of a long
-- conversation when it is sent to the model, up to the message summary_of (the turns themselves are
-- kept and shown).
CREATE TABLE chat_conversation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_name   VARCHAR(100)  NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);

CREATE INDEX chat_conversation_updated ON chat_conversation (user_name, updated_at);

CREATE TABLE chat_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id  BIGINT        NOT NULL REFERENCES chat_conversation (id) ON DELETE CASCADE,
    role             VARCHAR(20)   NOT NULL CHECK (role IN ('user', 'assistant', 'summary')),
    content          CLOB          NOT NULL,
    tokens_in        BIGINT        NOT NULL DEFAULT 0,
    tokens_out       BIGINT        NOT NULL DEFAULT 0,
    summary_of       BIGINT,
    at               TIMESTAMP     NOT NULL
);

CREATE INDEX chat_message_conversation ON chat_message (conversation_id, id);
