-- Courses (issue 13, item 3): who submitted an application, so that the reviewer who approves or
-- returns it is someone else (四眼原则); and the trainees' wrong sign-in codes, so that guessing a
-- session's six-digit code is limited (5 wrong tries per person per hour, CourseSignIn).
ALTER TABLE course ADD COLUMN submitted_by text;

CREATE TABLE course_sign_attempt (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    bigint NOT NULL REFERENCES person (id),
    attempted_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX course_sign_attempt_person_idx ON course_sign_attempt (person_id, attempted_at);
