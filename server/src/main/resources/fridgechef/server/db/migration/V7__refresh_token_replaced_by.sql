-- the token that replaced a rotated refresh token: a refresh retried soon after its answer was lost
-- (the replacement never used) is told apart from reuse of a stolen token
ALTER TABLE refresh_tokens ADD COLUMN replaced_by BYTEA;
