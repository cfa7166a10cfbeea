-- The chat answer cache lives in the conversations' own messages: a model's answer to the question
-- that opened its conversation keeps the SHA-256 of the data the model was given (targets, rules,
-- stock with expiry, today's plan, the day) and the answer's language, so the same question asked
-- again that day about the same data is answered from it. An answer served that way names the
-- message it repeats (cached_from) and is never served itself. Deleting a conversation deletes its
-- messages, and with them what the cache holds.
ALTER TABLE chat_message ADD COLUMN context_sha256 CHAR(64);
ALTER TABLE chat_message ADD COLUMN language VARCHAR(2);
ALTER TABLE chat_message ADD COLUMN cached_from BIGINT;

CREATE INDEX chat_message_context ON chat_message (context_sha256);
