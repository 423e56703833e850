-- Units of Kecamatan Plaju and the employees (ASN) who work in them.

CREATE TABLE unit (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL DEFAULT 0,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(150) NOT NULL,
    type       VARCHAR(20)  NOT NULL,
    parent_id  BIGINT       NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employee (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    version          BIGINT       NOT NULL DEFAULT 0,
    nip              CHAR(18)     NOT NULL,
    full_name        VARCHAR(150) NOT NULL,
    birth_date       DATE         NOT NULL,
    gender           VARCHAR(6)   NOT NULL,
    golongan         VARCHAR(5)   NULL,
    employment_type  VARCHAR(4)   NOT NULL,
    position_family  VARCHAR(12)  NOT NULL,
    position_level   VARCHAR(15)  NULL,
    position_title   VARCHAR(150) NOT NULL,
    unit_id          BIGINT       NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_employee_nip UNIQUE (nip),
    CONSTRAINT fk_employee_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_employee_unit_active (unit_id, active),
    INDEX ix_employee_name (full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
