-- The curriculum review of a programme (issue 13, part 5): a programme flagged by low relevance, low
-- learning gain or low application gets a review record — findings, decision, owner, due date and
-- status. A revision is a new version of the programme that names the one it revises, so the
-- scorecard can show the figures before and after (decision 0015).

ALTER TABLE training_programme
    ADD COLUMN version_no INT    NOT NULL DEFAULT 1,
    ADD COLUMN revises_id BIGINT NULL,
    ADD CONSTRAINT fk_programme_revises FOREIGN KEY (revises_id) REFERENCES training_programme (id),
    ADD CONSTRAINT uk_programme_revises UNIQUE (revises_id);

CREATE TABLE curriculum_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    programme_id  BIGINT        NOT NULL,
    reasons       VARCHAR(100)  NOT NULL,
    findings      VARCHAR(4000) NULL,
    decision      VARCHAR(10)   NULL,
    owner         VARCHAR(150)  NOT NULL,
    due_date      DATE          NOT NULL,
    status        VARCHAR(12)   NOT NULL,
    revision_id   BIGINT        NULL,
    opened_by     VARCHAR(100)  NOT NULL,
    opened_at     DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id),
    CONSTRAINT fk_review_revision FOREIGN KEY (revision_id) REFERENCES training_programme (id),
    CONSTRAINT ck_review_decision CHECK (decision IS NULL OR decision IN ('REVISE', 'KEEP', 'STOP')),
    CONSTRAINT ck_review_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    INDEX ix_review_programme (programme_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
