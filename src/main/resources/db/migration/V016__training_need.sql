-- Training needs analysis (analisis kebutuhan pelatihan, issue 14, decision 0016). An admin opens a
-- yearly window; employees propose needs; a head endorses those of their units and merges duplicates
-- into one (merged_into_id: the duplicate follows its target's status); an admin plans a programme
-- from endorsed needs (programme_id). "Terlaksana" is not stored: a planned need is done once a
-- session of its programme (or of a revision of it) is finished.
CREATE TABLE need_window (
    year        INT          NOT NULL,
    opens_on    DATE         NOT NULL,
    closes_on   DATE         NOT NULL,
    updated_by  VARCHAR(60)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (year),
    CONSTRAINT ck_need_window_dates CHECK (closes_on >= opens_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_need (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    year            INT            NOT NULL,
    employee_id     BIGINT         NOT NULL,
    unit_id         BIGINT         NOT NULL,
    competency      VARCHAR(20)    NOT NULL,
    topic           VARCHAR(150)   NOT NULL,
    problem         VARCHAR(1000)  NOT NULL,
    priority        VARCHAR(10)    NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    merged_into_id  BIGINT         NULL,
    endorsed_by     VARCHAR(60)    NULL,
    endorsed_at     DATETIME(6)    NULL,
    programme_id    BIGINT         NULL,
    proposed_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_need_window FOREIGN KEY (year) REFERENCES need_window (year),
    CONSTRAINT fk_need_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_need_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_need_merged FOREIGN KEY (merged_into_id) REFERENCES training_need (id),
    CONSTRAINT fk_need_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id),
    INDEX ix_need_year_unit (year, unit_id),
    INDEX ix_need_employee (employee_id),
    INDEX ix_need_programme (programme_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
