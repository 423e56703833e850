-- Sign-in accounts, their roles, and the units a HEAD heads.

CREATE TABLE user_account (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    version               BIGINT       NOT NULL DEFAULT 0,
    username              VARCHAR(60)  NOT NULL,
    password_hash         VARCHAR(200) NOT NULL,
    display_name          VARCHAR(150) NOT NULL,
    employee_id           BIGINT       NULL,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    preferred_locale      VARCHAR(10)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT uk_user_account_employee UNIQUE (employee_id),
    CONSTRAINT fk_user_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    user_account_id  BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    INDEX ix_user_account_role_role (role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_head_unit (
    user_account_id  BIGINT NOT NULL,
    unit_id          BIGINT NOT NULL,
    PRIMARY KEY (user_account_id, unit_id),
    CONSTRAINT fk_head_unit_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_head_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
