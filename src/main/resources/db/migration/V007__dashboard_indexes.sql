-- Indexes for the dashboards at city scale (issue #6, decision 0008).
--
-- Each subscale score carries the round and the unit of its response, copied at submission, so the
-- subscale trend and the heatmap are read from one covering index instead of joining 2.4 million
-- score rows to their responses. Neither column points at a person (decision 0007).

ALTER TABLE survey_response_score
    ADD COLUMN round_id BIGINT NULL AFTER subscale_id,
    ADD COLUMN unit_id  BIGINT NULL AFTER round_id;

UPDATE survey_response_score sc JOIN survey_response r ON r.id = sc.response_id
SET sc.round_id = r.round_id, sc.unit_id = r.unit_id;

ALTER TABLE survey_response_score
    MODIFY round_id BIGINT NOT NULL,
    MODIFY unit_id  BIGINT NOT NULL,
    ADD INDEX ix_score_unit_round (unit_id, round_id, subscale_id, score);

-- the motivation trend: mean index per round over a set of units, from the index alone
ALTER TABLE survey_response
    ADD INDEX ix_response_unit_round_index (unit_id, round_id, motivation_index, attended_training);

-- participation per unit: whether an employee attended a finished session in a year, from the index
-- alone (the session id is in it), then one primary-key look-up per session
ALTER TABLE participation ADD INDEX ix_participation_employee_status_session (employee_id, status, session_id);
ALTER TABLE participation DROP INDEX ix_participation_employee_status;
