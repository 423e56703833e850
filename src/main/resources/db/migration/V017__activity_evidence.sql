-- A plan to 20 JP (issue 14): the reason an admin gives when rejecting a nonklasikal activity, and
-- evidence as a file (PDF, JPG or PNG up to 2 MB, its type read from the content) with the SHA-256 of
-- its bytes, checked again whenever it is handed out.
ALTER TABLE nonklasikal_activity ADD COLUMN decision_note VARCHAR(500) NULL;

CREATE TABLE activity_evidence (
    activity_id   BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(40)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (activity_id),
    CONSTRAINT fk_evidence_activity FOREIGN KEY (activity_id) REFERENCES nonklasikal_activity (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
