-- Motivation surveys: versioned instruments, rounds, and responses kept apart from who responded.
--
-- Confidentiality by design (decision 0007): survey_completion says WHO completed a round;
-- survey_response / survey_answer / survey_response_score say WHAT was answered and carry no
-- column that references an employee or an account — only the unit at the time, a grade band,
-- whether the respondent attended training before the round, a keyed pseudonym and the day.

CREATE TABLE survey_instrument (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    code                VARCHAR(40)  NOT NULL,
    instrument_version  INT          NOT NULL,
    name_id             VARCHAR(200) NOT NULL,
    name_en             VARCHAR(200) NOT NULL,
    scale_min           TINYINT      NOT NULL,
    scale_max           TINYINT      NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_instrument_version UNIQUE (code, instrument_version),
    CONSTRAINT ck_instrument_scale CHECK (scale_max > scale_min)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_scale_label (
    instrument_id  BIGINT       NOT NULL,
    point          TINYINT      NOT NULL,
    label_id       VARCHAR(100) NOT NULL,
    label_en       VARCHAR(100) NOT NULL,
    PRIMARY KEY (instrument_id, point),
    CONSTRAINT fk_scale_label_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_subscale (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    instrument_id  BIGINT       NOT NULL,
    code           VARCHAR(30)  NOT NULL,
    name_id        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(100) NOT NULL,
    in_index       BOOLEAN      NOT NULL,
    position       INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_subscale UNIQUE (instrument_id, code),
    CONSTRAINT fk_subscale_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    instrument_id   BIGINT       NOT NULL,
    subscale_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    text_id         VARCHAR(500) NOT NULL,
    text_en         VARCHAR(500) NOT NULL,
    reverse_scored  BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_item_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_subscale FOREIGN KEY (subscale_id) REFERENCES survey_subscale (id),
    INDEX ix_item_instrument_position (instrument_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_round (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    instrument_id  BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    opens_on       DATE         NOT NULL,
    closes_on      DATE         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    programme_id   BIGINT       NULL,
    phase          VARCHAR(10)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_round_instrument FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id),
    CONSTRAINT fk_round_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id),
    INDEX ix_round_status_dates (status, opens_on, closes_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_round_unit (
    round_id  BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL,
    PRIMARY KEY (round_id, unit_id),
    CONSTRAINT fk_round_unit_round FOREIGN KEY (round_id) REFERENCES survey_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- WHO completed a round (for response rates and reminders). Never joined to answers.
CREATE TABLE survey_completion (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    round_id      BIGINT      NOT NULL,
    employee_id   BIGINT      NOT NULL,
    completed_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_completion UNIQUE (round_id, employee_id),
    CONSTRAINT fk_completion_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
    CONSTRAINT fk_completion_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A survey filled halfway. Identifies the employee; deleted in the transaction that writes the response.
CREATE TABLE survey_draft (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    round_id     BIGINT        NOT NULL,
    employee_id  BIGINT        NOT NULL,
    answers      VARCHAR(4000) NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_draft UNIQUE (round_id, employee_id),
    CONSTRAINT fk_draft_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
    CONSTRAINT fk_draft_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- WHAT was answered: coarse attributes only, scores computed once at submission.
CREATE TABLE survey_response (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    round_id           BIGINT       NOT NULL,
    unit_id            BIGINT       NOT NULL,
    grade_band         VARCHAR(6)   NOT NULL,
    attended_training  BOOLEAN      NOT NULL,
    pseudonym          CHAR(64)     NOT NULL,
    submitted_on       DATE         NOT NULL,
    motivation_index   DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_response_pseudonym UNIQUE (round_id, pseudonym),
    CONSTRAINT fk_response_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
    CONSTRAINT fk_response_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_response_round_unit (round_id, unit_id),
    INDEX ix_response_pseudonym (pseudonym)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_response_score (
    response_id  BIGINT       NOT NULL,
    subscale_id  BIGINT       NOT NULL,
    score        DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (response_id, subscale_id),
    CONSTRAINT fk_score_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_subscale FOREIGN KEY (subscale_id) REFERENCES survey_subscale (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
    response_id  BIGINT  NOT NULL,
    item_id      BIGINT  NOT NULL,
    value        TINYINT NOT NULL,
    PRIMARY KEY (response_id, item_id),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_item FOREIGN KEY (item_id) REFERENCES survey_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Server secrets generated at first start when none is configured (e.g. the pseudonym key).
CREATE TABLE app_secret (
    name   VARCHAR(40)  NOT NULL,
    value  VARCHAR(200) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
