-- Conditions and medicines the person recorded for supplement advice: the JSON form of
-- dev.fridgechef.profile.HealthRecord. Kept apart from the profile so that plans do not depend on it.
CREATE TABLE profile_health (
    user_name   VARCHAR(100)  PRIMARY KEY,
    document    VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);
