-- What a vision model saw on a meal photo, by the SHA-256 of the photo file, so that the same photo
-- never costs a second call. The photo itself is not stored here.
CREATE TABLE photo_recognition (
    sha256      CHAR(64)     PRIMARY KEY,
    provider    VARCHAR(100) NOT NULL,
    model       VARCHAR(200) NOT NULL,
    answer      CLOB         NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);
