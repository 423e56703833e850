-- The published figures of closed survey rounds (issue 10, decision 0007).
--
-- When a round closes, PELITA decides once which groups of its responses may be published — over
-- the whole unit tree and the trained / not-trained comparison — so that no sum or difference of
-- published figures isolates fewer than k people, and stores them here. Dashboards, tables and
-- exports read these cells, never the responses, and only for closed rounds.
--
-- kind SUBTREE: the responses of a unit and all units below it (as the tree stood at close);
-- kind OWN:     the responses of a unit's own staff, for a unit that has sub-units;
-- kind CHANGE:  for a top unit, the change of the index since before_round_id of the respondents
--               paired by pseudonym in the same unit, split by attr TRAINED / NOT_TRAINED.
-- A cell that may not be published keeps its n (who responded is known from the completions anyway)
-- and no totals.

CREATE TABLE survey_cell (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    round_id         BIGINT        NOT NULL,
    kind             VARCHAR(10)   NOT NULL,
    unit_id          BIGINT        NOT NULL,
    attr             VARCHAR(12)   NOT NULL DEFAULT '',
    parent_unit_id   BIGINT        NULL,
    n                INT           NOT NULL,
    published        BOOLEAN       NOT NULL,
    index_total      DECIMAL(14,2) NULL,
    before_round_id  BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_survey_cell UNIQUE (round_id, kind, unit_id, attr),
    CONSTRAINT fk_survey_cell_round FOREIGN KEY (round_id) REFERENCES survey_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_survey_cell_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_survey_cell_before FOREIGN KEY (before_round_id) REFERENCES survey_round (id),
    CONSTRAINT ck_survey_cell_totals CHECK (published OR index_total IS NULL),
    INDEX ix_survey_cell_before (before_round_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_cell_score (
    cell_id      BIGINT        NOT NULL,
    subscale_id  BIGINT        NOT NULL,
    n            INT           NOT NULL,
    total        DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (cell_id, subscale_id),
    CONSTRAINT fk_cell_score_cell FOREIGN KEY (cell_id) REFERENCES survey_cell (id) ON DELETE CASCADE,
    CONSTRAINT fk_cell_score_subscale FOREIGN KEY (subscale_id) REFERENCES survey_subscale (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- when the round's cells were decided; a closed round without it is published at the next start
ALTER TABLE survey_round ADD COLUMN published_at DATETIME(6) NULL;

-- the pseudonym key no longer lives beside the data it protects (decision 0007): the application
-- moves an existing key to the embedded database's key file, or production supplies it
