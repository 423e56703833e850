-- Raised whenever an account's sessions must end: disabled, password reset or changed, roles or
-- headed units changed. Every request of a signed-in session compares it with the stamp the session
-- started with (SessionStampFilter), on every instance, because it is read from the database.
ALTER TABLE user_account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
