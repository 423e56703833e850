-- Kinerja (issue 13): the yearly SKP predikat per employee and the IKM per service unit and semester.

-- The predikat kinerja of PermenPAN-RB 6/2022 for one employee and year: imported from the
-- e-Kinerja export or entered by a head; every change is also in the audit log.
CREATE TABLE performance_rating (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    employee_id  BIGINT       NOT NULL,
    rating_year  SMALLINT     NOT NULL,
    predikat     VARCHAR(20)  NOT NULL,
    source       VARCHAR(10)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_rating_employee_year UNIQUE (employee_id, rating_year),
    CONSTRAINT fk_rating_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_rating_predikat CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG',
        'SANGAT_KURANG')),
    CONSTRAINT ck_rating_source CHECK (source IN ('IMPORT', 'HEAD', 'ADMIN')),
    INDEX ix_rating_year_predikat (rating_year, predikat)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017) of a service unit for a semester: 25–100,
-- with the number of respondents of the survey behind it. The grade (A–D) follows from the value.
CREATE TABLE service_satisfaction (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT        NOT NULL,
    period_year  SMALLINT      NOT NULL,
    semester     TINYINT       NOT NULL,
    ikm          DECIMAL(5, 2) NOT NULL,
    respondents  INT           NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ikm_unit_period UNIQUE (unit_id, period_year, semester),
    CONSTRAINT fk_ikm_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_ikm_semester CHECK (semester IN (1, 2)),
    CONSTRAINT ck_ikm_value CHECK (ikm BETWEEN 25 AND 100),
    CONSTRAINT ck_ikm_respondents CHECK (respondents > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
