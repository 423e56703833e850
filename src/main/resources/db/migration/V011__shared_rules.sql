-- The rules that the ledger, the dashboards, the surveys and the demo data share, each defined once
-- (decision 0012). Plain views over one table or one join, so that MariaDB and MySQL merge them into
-- the statement that uses them and keep every index (a view with UNION or GROUP BY would be
-- materialised whole first). SQL SECURITY INVOKER: they read with the rights of the portal's user.

-- A participation that credits JP: present (Hadir) or late (Terlambat) at a finished session. It is
-- what counts towards the 20 JP, what makes an evaluation due, and "attended training" in a survey.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW credited_attendance AS
SELECT pa.id, pa.employee_id, pa.session_id, s.programme_id, s.jp, s.starts_at
FROM participation pa
JOIN training_session s ON s.id = pa.session_id
WHERE pa.status IN ('HADIR', 'TERLAMBAT') AND s.status = 'DONE';

-- A nonklasikal activity that credits JP: approved by an admin.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW credited_activity AS
SELECT a.id, a.employee_id, a.jp, a.competency, a.activity_date, a.title
FROM nonklasikal_activity a
WHERE a.status = 'APPROVED';

-- A current employee: on the active staff. An inactive record stays for history (its JP, its
-- participations) but is counted nowhere: not in a unit's staff, not in a response rate, not in
-- the action list.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW current_employee AS
SELECT e.id, e.nip, e.full_name, e.birth_date, e.gender, e.golongan, e.employment_type, e.position_family,
       e.position_level, e.position_title, e.unit_id
FROM employee e
WHERE e.active;
