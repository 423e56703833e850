-- Learning and application on the job (issue 13, Kirkpatrick levels 2 and 3): the pre- and
-- post-test of a programme, the Rencana Tindak Lanjut written with the evaluation, and the follow-up
-- of each action by the participant and of the participant by their atasan.

-- A multiple-choice test of a programme. Versioned like a survey instrument: a version that has been
-- taken is never edited; saving changes to it creates the next version (decision 0014).
CREATE TABLE knowledge_test (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id  BIGINT       NOT NULL,
    version_no    INT          NOT NULL,
    pass_mark     TINYINT      NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_test_programme_version UNIQUE (programme_id, version_no),
    CONSTRAINT fk_test_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id),
    CONSTRAINT ck_test_pass_mark CHECK (pass_mark BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE knowledge_test_item (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    test_id   BIGINT        NOT NULL,
    position  INT           NOT NULL,
    question  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_test_item UNIQUE (test_id, position),
    CONSTRAINT fk_test_item_test FOREIGN KEY (test_id) REFERENCES knowledge_test (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE knowledge_test_option (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    item_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    label     VARCHAR(500) NOT NULL,
    correct   BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_test_option UNIQUE (item_id, position),
    CONSTRAINT fk_test_option_item FOREIGN KEY (item_id) REFERENCES knowledge_test_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One taking of a test by a participant of a session: PRE before the session, POST before it is
-- closed. The score is the share of items answered correctly, in percent.
CREATE TABLE knowledge_test_attempt (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    test_id       BIGINT        NOT NULL,
    session_id    BIGINT        NOT NULL,
    employee_id   BIGINT        NOT NULL,
    phase         VARCHAR(4)    NOT NULL,
    correct       INT           NOT NULL,
    items         INT           NOT NULL,
    score         DECIMAL(5, 2) NOT NULL,
    passed        BOOLEAN       NOT NULL,
    submitted_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attempt UNIQUE (session_id, employee_id, phase),
    CONSTRAINT fk_attempt_test FOREIGN KEY (test_id) REFERENCES knowledge_test (id),
    CONSTRAINT fk_attempt_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_attempt_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_attempt_phase CHECK (phase IN ('PRE', 'POST')),
    CONSTRAINT ck_attempt_score CHECK (score BETWEEN 0 AND 100 AND correct BETWEEN 0 AND items)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rencana Tindak Lanjut: one to three concrete actions a participant commits to with the evaluation,
-- and, once the follow-up is due, what became of each.
CREATE TABLE action_plan (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    session_id    BIGINT        NOT NULL,
    employee_id   BIGINT        NOT NULL,
    position      TINYINT       NOT NULL,
    action        VARCHAR(300)  NOT NULL,
    target_date   DATE          NOT NULL,
    outcome       VARCHAR(12)   NULL,
    example       VARCHAR(1000) NULL,
    obstacle      VARCHAR(12)   NULL,
    reported_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_action_plan UNIQUE (session_id, employee_id, position),
    CONSTRAINT fk_action_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_action_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_action_position CHECK (position BETWEEN 1 AND 3),
    CONSTRAINT ck_action_outcome CHECK (outcome IS NULL OR outcome IN ('DONE', 'IN_PROGRESS', 'NOT_STARTED')),
    CONSTRAINT ck_action_obstacle CHECK (obstacle IS NULL OR obstacle IN ('NO_TIME', 'NO_SUPPORT', 'NO_MEANS',
        'NOT_RELEVANT')),
    INDEX ix_action_employee (employee_id, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The atasan's follow-up of one participant of one session: did they apply what they learned (1–5)?
CREATE TABLE application_rating (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    session_id    BIGINT        NOT NULL,
    employee_id   BIGINT        NOT NULL,
    rated_by      VARCHAR(100)  NOT NULL,
    rating        TINYINT       NOT NULL,
    note          VARCHAR(1000) NULL,
    rated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_application_rating UNIQUE (session_id, employee_id),
    CONSTRAINT fk_application_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_application_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_application_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
