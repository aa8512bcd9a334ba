-- Service institutions and training (issue 13): the federation's institutions, the persons they
-- serve, the accounts that act for them; training providers, courses from application to
-- completion, attendance and certificates. Ratings, subsidies and businesses have their own
-- migrations; they build on these tables.

-- A service institution (服务机构). Placed in the region tree by its address like an employer, so
-- staff see the institutions of their jurisdiction. The credit code is optional (a 温馨家园 run by a
-- village committee has none of its own) but unique where given.
CREATE TABLE institution (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- org.zhuye.institution.InstitutionKind
    kind                 text NOT NULL CHECK (kind IN ('SHELTERED_WORKSHOP', 'CARE_HOME', 'TRAINING_BASE', 'MASSAGE',
                                                       'WARM_HOME', 'HERITAGE_STUDIO', 'EMPLOYMENT_SERVICE', 'INCUBATOR')),
    name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    credit_code          text COLLATE "C" UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    region_code          text COLLATE "C" NOT NULL REFERENCES region (code),
    address              text NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
    -- places (床位/工位/学位) the institution can take at once
    capacity             integer NOT NULL CHECK (capacity BETWEEN 0 AND 100000),
    -- org.zhuye.institution.Accessibility codes
    accessibility        text[] NOT NULL DEFAULT '{}',
    contact_name         text CHECK (length(contact_name) <= 50),
    contact_phone_cipher bytea,
    contact_phone_masked text,
    opened_on            date NOT NULL,
    status               text NOT NULL DEFAULT 'OPERATING' CHECK (status IN ('OPERATING', 'SUSPENDED', 'CLOSED')),
    closed_on            date,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text NOT NULL,
    version              integer NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);

CREATE INDEX institution_listing_idx ON institution (region_code, name, id);
CREATE INDEX institution_kind_idx ON institution (kind, region_code);

-- INSTITUTION-role accounts and the one institution each acts for (as employer_account).
CREATE TABLE institution_account (
    user_id        bigint PRIMARY KEY REFERENCES app_user (id),
    institution_id bigint NOT NULL REFERENCES institution (id),
    linked_at      timestamptz NOT NULL DEFAULT now(),
    linked_by      text NOT NULL
);

CREATE INDEX institution_account_institution_idx ON institution_account (institution_id);

-- A registry person served by an institution over a dated span: 辅助性就业 (the registry records
-- them employed with 就业形式 5 from from_on; employment_event_id is that event), 托养 (care_mode:
-- residential / day / home), 盲人按摩 (health or medical massage), or another service of the
-- institution (温馨家园 day activities, 非遗 studio work, incubation, employment service).
CREATE TABLE institution_person (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id      bigint NOT NULL REFERENCES institution (id),
    person_id           bigint NOT NULL REFERENCES person (id),
    service             text NOT NULL CHECK (service IN ('SHELTERED_WORK', 'CARE', 'MASSAGE_HEALTH', 'MASSAGE_MEDICAL', 'OTHER')),
    care_mode           text CHECK (care_mode IN ('RESIDENTIAL', 'DAY', 'HOME')),
    from_on             date NOT NULL,
    until_on            date,
    -- why the service ended: 转入一般性就业 OPEN_WORK, 本人退出 LEFT, 转介 TRANSFERRED, 其他 OTHER
    end_reason          text CHECK (end_reason IN ('OPEN_WORK', 'LEFT', 'TRANSFERRED', 'DIED', 'OTHER')),
    employment_event_id bigint REFERENCES employment_event (id),
    note                text CHECK (length(note) <= 500),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL,
    version             integer NOT NULL DEFAULT 0,
    CHECK (until_on IS NULL OR until_on >= from_on),
    CHECK ((until_on IS NULL) = (end_reason IS NULL)),
    CHECK ((service = 'CARE') = (care_mode IS NOT NULL))
);

-- One open span per person, institution and service.
CREATE UNIQUE INDEX institution_person_open_idx ON institution_person (institution_id, person_id, service) WHERE until_on IS NULL;
CREATE INDEX institution_person_person_idx ON institution_person (person_id);
CREATE INDEX institution_person_institution_idx ON institution_person (institution_id, from_on);

-- A training provider: one of our institutions (kind TRAINING_BASE or another kind that trains) or
-- an outside school, named here with its own credit code and region.
CREATE TABLE training_provider (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id bigint UNIQUE REFERENCES institution (id),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    credit_code    text COLLATE "C" UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    region_code    text COLLATE "C" NOT NULL REFERENCES region (code),
    contact_name   text CHECK (length(contact_name) <= 50),
    contact_phone_cipher bytea,
    contact_phone_masked text,
    active         boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL,
    version        integer NOT NULL DEFAULT 0,
    -- an outside school is named by its credit code; an institution by its own record
    CHECK (institution_id IS NOT NULL OR credit_code IS NOT NULL)
);

CREATE INDEX training_provider_region_idx ON training_provider (region_code, name, id);

-- A course (培训班). It is opened by an application (开班申请: teaching plan, teachers, assessment
-- method and a roster of at least one enrolment) that STAFF of the course's region approve.
-- Status: DRAFT → SUBMITTED → APPROVED (or RETURNED → SUBMITTED…) → FINISHED once every enrolment
-- has a result; CANCELLED at any point before FINISHED. Running = APPROVED and starts_on <= today.
CREATE TABLE course (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id       bigint NOT NULL REFERENCES training_provider (id),
    -- org.zhuye.training.CourseKind
    kind              text NOT NULL CHECK (kind IN ('VOCATIONAL', 'PRACTICAL', 'STARTUP', 'UPSKILL', 'MASSAGE')),
    title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
    occupation_code   text COLLATE "C",
    occupation_label  text,
    delivery          text NOT NULL CHECK (delivery IN ('ON_SITE', 'ONLINE', 'MIXED')),
    region_code       text COLLATE "C" NOT NULL REFERENCES region (code),
    address           text CHECK (length(address) <= 200),
    starts_on         date NOT NULL,
    ends_on           date NOT NULL,
    hours             integer NOT NULL CHECK (hours BETWEEN 1 AND 2000),
    capacity          integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    -- 补贴标准 per trainee in yuan, as applied for; the subsidy paid follows the dated rule
    subsidy_standard  numeric(10, 2) NOT NULL CHECK (subsidy_standard >= 0),
    teaching_plan     text CHECK (length(teaching_plan) <= 4000),
    -- [{"name": "...", "qualification": "..."}]
    teachers          jsonb NOT NULL DEFAULT '[]',
    assessment_method text CHECK (length(assessment_method) <= 1000),
    status            text NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'FINISHED', 'CANCELLED')),
    submitted_on      date,
    return_reason     text CHECK (length(return_reason) <= 500),
    approved_by       text,
    approved_on       date,
    approval_note     text CHECK (length(approval_note) <= 500),
    finished_on       date,
    cancel_reason     text CHECK (length(cancel_reason) <= 500),
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text NOT NULL,
    version           integer NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on),
    CHECK ((occupation_code IS NULL) = (occupation_label IS NULL)),
    CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL),
    CHECK (status NOT IN ('APPROVED', 'FINISHED') OR approved_on IS NOT NULL),
    CHECK ((status = 'FINISHED') = (finished_on IS NOT NULL))
);

CREATE INDEX course_region_idx ON course (region_code, starts_on, id);
CREATE INDEX course_provider_idx ON course (provider_id, starts_on);
CREATE INDEX course_submitted_idx ON course (region_code) WHERE status = 'SUBMITTED';

-- A registry person on a course's roster, once per course. The result is set at completion:
-- PASSED (合格) or FAILED (不合格) make it a completed enrolment, i.e. one 人次; WITHDRAWN (退出) does not.
CREATE TABLE course_enrolment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id    bigint NOT NULL REFERENCES course (id),
    person_id    bigint NOT NULL REFERENCES person (id),
    enrolled_on  date NOT NULL,
    result       text CHECK (result IN ('PASSED', 'FAILED', 'WITHDRAWN')),
    result_on    date,
    score        numeric(5, 1) CHECK (score BETWEEN 0 AND 100),
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text NOT NULL,
    version      integer NOT NULL DEFAULT 0,
    UNIQUE (course_id, person_id),
    CHECK ((result IS NULL) = (result_on IS NULL))
);

CREATE INDEX course_enrolment_person_idx ON course_enrolment (person_id);
-- person-times and persons by completion date
CREATE INDEX course_enrolment_completed_idx ON course_enrolment (result_on) WHERE result IN ('PASSED', 'FAILED');

-- A teaching session (课次). sign_code is the per-session code a trainee types to sign in
-- themselves while the session is open for it (until sign_code_until).
CREATE TABLE course_session (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id       bigint NOT NULL REFERENCES course (id),
    held_on         date NOT NULL,
    hours           numeric(4, 1) NOT NULL CHECK (hours > 0 AND hours <= 12),
    topic           text CHECK (length(topic) <= 200),
    sign_code       text COLLATE "C" CHECK (sign_code ~ '^[0-9]{6}$'),
    sign_code_until timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL,
    UNIQUE (course_id, held_on, topic)
);

CREATE INDEX course_session_course_idx ON course_session (course_id, held_on);

-- Attendance of an enrolment at a session: recorded by the provider (PROVIDER) or by the trainee
-- with the session's code (SELF). One row per session and enrolment; absence is the missing row.
CREATE TABLE course_attendance (
    session_id   bigint NOT NULL REFERENCES course_session (id),
    enrolment_id bigint NOT NULL REFERENCES course_enrolment (id),
    method       text NOT NULL CHECK (method IN ('PROVIDER', 'SELF')),
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    recorded_by  text NOT NULL,
    PRIMARY KEY (session_id, enrolment_id)
);

CREATE INDEX course_attendance_enrolment_idx ON course_attendance (enrolment_id);

-- A certificate earned on a course. kind: QUALIFICATION 职业资格证书, SKILL_LEVEL 职业技能等级证书
-- (level 5 初级 … 1 高级技师, as the national 五级 scale counts), SPECIAL 专项职业能力证书, PASS 培训合格证书.
CREATE TABLE training_certificate (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id bigint NOT NULL REFERENCES course_enrolment (id),
    person_id    bigint NOT NULL REFERENCES person (id),
    kind         text NOT NULL CHECK (kind IN ('QUALIFICATION', 'SKILL_LEVEL', 'SPECIAL', 'PASS')),
    level        smallint CHECK (level BETWEEN 1 AND 5),
    number       text COLLATE "C" NOT NULL CHECK (length(number) BETWEEN 4 AND 40),
    issuer       text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 100),
    issued_on    date NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL,
    UNIQUE (issuer, number),
    UNIQUE (enrolment_id, kind),
    CHECK ((kind = 'SKILL_LEVEL') = (level IS NOT NULL))
);

CREATE INDEX training_certificate_person_idx ON training_certificate (person_id);
