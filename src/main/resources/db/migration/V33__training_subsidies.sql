-- Training subsidies and the six-month follow-up (issue 13, item 4). Both hang on a completed
-- enrolment (course_enrolment, V29) and follow it when a person is merged, so they hold no person_id.

-- The dated rule of the training subsidy, per region prefix (the longest prefix with a row in force on
-- the completion day wins): attendance needed, months after completion in which a job counts, and the
-- rates as percent of the course's 补贴标准. The rates fall from full to special so that a better basis
-- never pays less.
CREATE TABLE training_subsidy_rule (
    region_prefix          text COLLATE "C" NOT NULL,
    valid_from             date NOT NULL,
    min_attendance_percent integer NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100),
    employment_months      integer NOT NULL CHECK (employment_months BETWEEN 0 AND 24),
    full_percent           integer NOT NULL CHECK (full_percent BETWEEN 0 AND 100),
    certificate_percent    integer NOT NULL CHECK (certificate_percent BETWEEN 0 AND 100),
    special_percent        integer NOT NULL CHECK (special_percent BETWEEN 0 AND 100),
    evidence               text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source                 text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from),
    CHECK (full_percent >= certificate_percent AND certificate_percent >= special_percent)
);

-- Inner Mongolia: NOT CONFIRMED. The shape (full with certificate and a job within six months, less with
-- a certificate only, less again for 专项职业能力) follows the national 职业培训补贴 practice (财社〔2017〕
-- 164号 and provincial texts pay by certificate and employment); the figures are placeholders until the
-- region's own text is found.
INSERT INTO training_subsidy_rule VALUES
    ('15', DATE '2019-01-01', 80, 6, 100, 80, 60, 'U',
     '假设值：内蒙古残疾人职业培训补贴比例未查到原文；参照国家职业培训补贴做法（取证并就业全额、仅取证、专项能力证书递减，出勤不足80%不补），待核实');

-- The visit six months after completion: whether the trainee works. Due on result_on + 6 months for
-- every completed enrolment; a row exists once it is recorded. A job the registry did not know is
-- recorded there too (employment_event_id).
CREATE TABLE training_followup (
    enrolment_id        bigint PRIMARY KEY REFERENCES course_enrolment (id),
    due_on              date NOT NULL,
    visited_on          date NOT NULL,
    working             boolean NOT NULL,
    employed_on         date,
    employer_name       text CHECK (length(employer_name) <= 200),
    employment_event_id bigint REFERENCES employment_event (id),
    note                text CHECK (length(note) <= 500),
    recorded_by         text NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    version             integer NOT NULL DEFAULT 0,
    CHECK (working = (employed_on IS NOT NULL))
);

-- A trainee's subsidy with the basis it was computed from. CALCULATED may be recomputed; CONFIRMED is
-- frozen. region_code is the course's: the area that pays and confirms.
CREATE TABLE training_subsidy (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id         bigint NOT NULL UNIQUE REFERENCES course_enrolment (id),
    course_id            bigint NOT NULL REFERENCES course (id),
    region_code          text COLLATE "C" NOT NULL REFERENCES region (code),
    status               text NOT NULL CHECK (status IN ('CALCULATED', 'CONFIRMED')),
    level                text NOT NULL CHECK (level IN ('FULL', 'CERTIFICATE', 'SPECIAL', 'NONE')),
    percent              integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
    amount               numeric(10, 2) NOT NULL CHECK (amount >= 0),
    standard             numeric(10, 2) NOT NULL CHECK (standard >= 0),
    completed_on         date NOT NULL,
    scheduled_hours      numeric(7, 1) NOT NULL,
    attended_hours       numeric(7, 1) NOT NULL,
    attendance_percent   numeric(4, 1) NOT NULL,
    -- the certificates held, e.g. {SKILL_LEVEL,PASS}, and a readable list with numbers
    certificates         text[] NOT NULL DEFAULT '{}',
    certificate_text     text,
    employed_on          date,
    employment_source    text CHECK (employment_source IN ('REGISTRY', 'FOLLOWUP')),
    rule_region_prefix   text NOT NULL,
    rule_valid_from      date NOT NULL,
    rule_evidence        text NOT NULL,
    reasons              text NOT NULL,
    computed_at          timestamptz NOT NULL DEFAULT now(),
    computed_by          text NOT NULL,
    confirmed_at         timestamptz,
    confirmed_by         text,
    version              integer NOT NULL DEFAULT 0,
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL)),
    CHECK (amount <= standard),
    CHECK ((employed_on IS NULL) = (employment_source IS NULL))
);

CREATE INDEX training_subsidy_region_idx ON training_subsidy (region_code, completed_on);
CREATE INDEX training_subsidy_course_idx ON training_subsidy (course_id);
