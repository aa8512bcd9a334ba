-- A registry person has at most one PERSON account (issue 12, self-service): the binding rule
-- "not already bound to another account" held by the database too, so two binds racing cannot
-- both succeed.
DROP INDEX person_account_person_idx;
CREATE UNIQUE INDEX person_account_person_key ON person_account (person_id);
