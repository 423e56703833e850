-- Append-only audit log, and the failed-login counter and lock of an account.

CREATE TABLE audit_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(6)   NOT NULL,
    actor           VARCHAR(60)   NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    target          VARCHAR(200)  NULL,
    details         VARCHAR(2000) NULL,
    remote_address  VARCHAR(64)   NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_log_time (occurred_at),
    INDEX ix_audit_log_actor_time (actor, occurred_at),
    INDEX ix_audit_log_action_time (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE user_account
    ADD COLUMN failed_logins INT         NOT NULL DEFAULT 0,
    ADD COLUMN locked_until  DATETIME(6) NULL;
