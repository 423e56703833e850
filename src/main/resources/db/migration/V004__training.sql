-- Training programmes and sessions, participation and attendance, nonklasikal activities,
-- and the reaction-level evaluation of a session. Times are local (WIB).

CREATE TABLE training_programme (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NULL,
    delivery     VARCHAR(20)   NOT NULL,
    mode         VARCHAR(12)   NOT NULL,
    competency   VARCHAR(20)   NOT NULL,
    topic        VARCHAR(150)  NULL,
    organizer    VARCHAR(150)  NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_session (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    programme_id  BIGINT        NOT NULL,
    starts_at     DATETIME      NOT NULL,
    ends_at       DATETIME      NOT NULL,
    place         VARCHAR(300)  NULL,
    capacity      INT           NULL,
    seats_taken   INT           NOT NULL DEFAULT 0,
    jp            DECIMAL(5, 1) NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id),
    CONSTRAINT ck_session_seats CHECK (capacity IS NULL OR seats_taken <= capacity),
    INDEX ix_session_status_start (status, starts_at),
    INDEX ix_session_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_session_unit (
    session_id  BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    PRIMARY KEY (session_id, unit_id),
    CONSTRAINT fk_session_unit_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE participation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    session_id   BIGINT       NOT NULL,
    employee_id  BIGINT       NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_participation UNIQUE (session_id, employee_id),
    CONSTRAINT fk_participation_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_participation_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    INDEX ix_participation_employee_status (employee_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nonklasikal_activity (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    employee_id    BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    delivery       VARCHAR(20)   NOT NULL,
    competency     VARCHAR(20)   NOT NULL,
    activity_date  DATE          NOT NULL,
    jp             DECIMAL(5, 1) NOT NULL,
    evidence       VARCHAR(1000) NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    decided_by     VARCHAR(60)   NULL,
    decided_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_activity_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    INDEX ix_activity_employee_status_date (employee_id, status, activity_date),
    INDEX ix_activity_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_evaluation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    session_id         BIGINT        NOT NULL,
    employee_id        BIGINT        NOT NULL,
    relevance          TINYINT       NOT NULL,
    usefulness         TINYINT       NOT NULL,
    intent_to_apply    TINYINT       NOT NULL,
    trainer_quality    TINYINT       NOT NULL,
    clashed_with_work  BOOLEAN       NOT NULL,
    comment            VARCHAR(2000) NULL,
    submitted_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evaluation UNIQUE (session_id, employee_id),
    CONSTRAINT fk_evaluation_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_evaluation_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_evaluation_scores CHECK (relevance BETWEEN 1 AND 5 AND usefulness BETWEEN 1 AND 5
        AND intent_to_apply BETWEEN 1 AND 5 AND trainer_quality BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
