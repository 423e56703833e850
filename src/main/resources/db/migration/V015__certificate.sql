-- E-certificates (issue 14, decision 0016). One per credited participation, issued the first time it is
-- needed (a download, a session's ZIP, the SIASN export). The code is 20 characters of Crockford
-- base32 drawn from a SecureRandom (100 bits): the certificate's number and the key of its public
-- verification page, so no one can guess another's. Validity is not stored: a certificate is valid
-- while it is not revoked and its participation still credits JP (credited_attendance).
CREATE TABLE certificate (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    participation_id  BIGINT        NOT NULL,
    code              CHAR(20)      NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    revoked_at        DATETIME(6)   NULL,
    revoked_by        VARCHAR(60)   NULL,
    revoke_reason     VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_participation UNIQUE (participation_id),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_participation FOREIGN KEY (participation_id) REFERENCES participation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
