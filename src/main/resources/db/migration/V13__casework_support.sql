-- Casework support: 公益性岗位 placements, 低保渐退, 一人一策 plans (rules.md §5).
-- Zero-employment households are derived from the registry's households (person module), never stored.

-- The limits of 公益性岗位 placements, per region prefix and start date (the longest prefix with a row
-- in force on the placement's start wins). rules.md §5 [C-2nd]: subsidy ≤ 3 years, extendable to
-- retirement for those within 5 years of it; 累计安置次数原则上不超过2次.
CREATE TABLE public_post_rule (
    region_prefix            text COLLATE "C" NOT NULL,
    valid_from               date NOT NULL,
    max_term_months          integer NOT NULL CHECK (max_term_months > 0),
    near_retirement_years    integer NOT NULL CHECK (near_retirement_years >= 0),
    max_placements           integer NOT NULL CHECK (max_placements > 0),
    source                   text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from)
);

INSERT INTO public_post_rule VALUES
    ('15', DATE '2019-01-01', 36, 5, 2,
     '人社部就业促进司答复及地方实施文本（公益性岗位补贴期限不超过3年，距退休不足5年可延至退休；累计安置原则上不超过2次）');

-- One placement: the post, the employer (a registered unit or free text), the subsidy term.
-- A placement beyond the limit carries the STAFF member's exception and reason.
CREATE TABLE public_post_placement (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id           bigint NOT NULL REFERENCES person (id),
    post                text NOT NULL CHECK (length(post) BETWEEN 1 AND 100),
    employer_id         bigint REFERENCES employer (id),
    employer_name       text NOT NULL CHECK (length(employer_name) BETWEEN 1 AND 200),
    start_on            date NOT NULL,
    end_on              date NOT NULL CHECK (end_on >= start_on),
    extended_to_retirement boolean NOT NULL DEFAULT false,
    exception_reason    text CHECK (exception_reason IS NULL OR length(exception_reason) BETWEEN 1 AND 500),
    employment_event_id bigint REFERENCES employment_event (id),
    recorded_by         text NOT NULL,
    recorded_at         timestamptz NOT NULL DEFAULT now(),
    voided_at           timestamptz,
    voided_by           text,
    void_reason         text,
    CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);

CREATE INDEX public_post_placement_person_idx ON public_post_placement (person_id);
CREATE INDEX public_post_placement_end_idx ON public_post_placement (end_on) WHERE voided_at IS NULL;

-- The 低保渐退 period, per region prefix and start date: its length and the share of 低保 paid in each
-- month of it (rules.md §5 [U for IM]: default 6 months; an example tapers 100,100,80,80,60,60).
CREATE TABLE dibao_taper_rule (
    region_prefix   text COLLATE "C" NOT NULL,
    valid_from      date NOT NULL,
    months          integer NOT NULL CHECK (months BETWEEN 1 AND 60),
    monthly_percent integer[] NOT NULL CHECK (cardinality(monthly_percent) = months),
    source          text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from)
);

INSERT INTO dibao_taper_rule VALUES
    ('15', DATE '2021-07-01', 6, ARRAY[100, 100, 80, 80, 60, 60],
     '民发〔2021〕57号《最低生活保障审核确认办法》渐退规定；期限按通行做法6个月，自治区具体比例待核实');

-- A taper started by a move into work of a member of a household on 低保 that day. It stands only
-- while the employment event that started it does (a voided job voids nothing here, it is filtered).
CREATE TABLE dibao_taper (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id           bigint NOT NULL REFERENCES person (id),
    household_id        bigint NOT NULL REFERENCES household (id),
    dibao_interval_id   bigint NOT NULL REFERENCES dibao_interval (id),
    work_started_on     date NOT NULL,
    ends_on             date NOT NULL CHECK (ends_on > work_started_on),
    monthly_percent     integer[] NOT NULL,
    rule_source         text NOT NULL,
    employment_event_id bigint NOT NULL UNIQUE REFERENCES employment_event (id),
    recorded_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX dibao_taper_ends_idx ON dibao_taper (ends_on);

-- 一人一策: an individual plan for a disabled university student (school, graduation year) or any
-- hard case, with goals, actions, the responsible staff member (username) and the next review date.
CREATE TABLE casework_plan (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id        bigint NOT NULL REFERENCES person (id),
    kind             text NOT NULL CHECK (kind IN ('STUDENT', 'HARD_CASE')),
    school           text CHECK (school IS NULL OR length(school) BETWEEN 1 AND 100),
    graduation_year  integer CHECK (graduation_year IS NULL OR graduation_year BETWEEN 1990 AND 2100),
    goals            text NOT NULL CHECK (length(goals) BETWEEN 1 AND 2000),
    actions          text NOT NULL CHECK (length(actions) BETWEEN 1 AND 2000),
    responsible      text NOT NULL,
    next_review_on   date,
    outcome          text CHECK (outcome IS NULL OR length(outcome) BETWEEN 1 AND 2000),
    closed_on        date,
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (kind <> 'STUDENT' OR (school IS NOT NULL AND graduation_year IS NOT NULL)),
    CHECK ((closed_on IS NULL) = (outcome IS NULL)),
    CHECK (closed_on IS NOT NULL OR next_review_on IS NOT NULL)
);

CREATE INDEX casework_plan_responsible_idx ON casework_plan (responsible, next_review_on) WHERE closed_on IS NULL;

CREATE TABLE casework_plan_review (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id        bigint NOT NULL REFERENCES casework_plan (id),
    reviewed_on    date NOT NULL,
    note           text NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    next_review_on date,
    recorded_by    text NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
