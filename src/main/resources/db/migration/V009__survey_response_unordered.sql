-- Nothing on the answer side may line up with the completions (decision 0007, issue 10).
--
-- Responses were numbered in the order they were submitted, like the completions beside them, so
-- sorting both by id paired every answer with a name. From now on a response gets a random id and
-- keeps no day; the existing responses are renumbered in a random order and lose their day.

ALTER TABLE survey_response DROP COLUMN submitted_on;

ALTER TABLE survey_answer DROP FOREIGN KEY fk_answer_response;
ALTER TABLE survey_response_score DROP FOREIGN KEY fk_score_response;

CREATE TABLE survey_response_renumber (
    old_id  BIGINT NOT NULL,
    new_id  BIGINT NOT NULL,
    PRIMARY KEY (old_id),
    CONSTRAINT uk_renumber_new UNIQUE (new_id)
) ENGINE = InnoDB;

INSERT INTO survey_response_renumber (old_id, new_id)
SELECT r.id, m.top + ROW_NUMBER() OVER (ORDER BY RAND())
FROM survey_response r CROSS JOIN (SELECT COALESCE(MAX(id), 0) AS top FROM survey_response) m;

UPDATE survey_answer a JOIN survey_response_renumber m ON m.old_id = a.response_id SET a.response_id = m.new_id;
UPDATE survey_response_score s JOIN survey_response_renumber m ON m.old_id = s.response_id SET s.response_id = m.new_id;
UPDATE survey_response r JOIN survey_response_renumber m ON m.old_id = r.id SET r.id = m.new_id;

DROP TABLE survey_response_renumber;

ALTER TABLE survey_answer
    ADD CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE;
ALTER TABLE survey_response_score
    ADD CONSTRAINT fk_score_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE;
