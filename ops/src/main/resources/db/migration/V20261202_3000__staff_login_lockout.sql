-- Wrong staff passwords in a row per username, and the lock they led to (LoginFailures).
-- Usernames that do not exist are counted too, so the lock does not tell which logins exist; a row
-- whose lock is over and whose last failure is older than the lock's duration is deleted.

CREATE TABLE staff_login_failure (
    username     VARCHAR(100) PRIMARY KEY,
    failures     INT          NOT NULL,
    last_failure TIMESTAMPTZ  NOT NULL,
    locked_until TIMESTAMPTZ
);

CREATE INDEX staff_login_failure_by_last_failure ON staff_login_failure (last_failure);
