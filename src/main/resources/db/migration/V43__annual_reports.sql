-- Annual reports (issue 14, item 6): each 旗县 and 盟市 reports its year's work (工作落实情况) to the level
-- above, which accepts or returns it and then approves it, as DHIS2's data approval does. An approved report
-- keeps its figures frozen as they were at approval (frozen_figures, every indicator of the catalogue) until
-- the level above unlocks it. version guards against two people acting at once.
CREATE TABLE annual_report (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code        text COLLATE "C" NOT NULL REFERENCES region (code),
    year               integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    state              text NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'APPROVED')),
    measures           text NOT NULL DEFAULT '' CHECK (length(measures) <= 5000),
    problems           text NOT NULL DEFAULT '' CHECK (length(problems) <= 5000),
    plans              text NOT NULL DEFAULT '' CHECK (length(plans) <= 5000),
    frozen_figures     jsonb,
    first_submitted_at timestamptz,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 0,
    UNIQUE (region_code, year),
    CHECK ((state = 'APPROVED') = (frozen_figures IS NOT NULL))
);

CREATE INDEX annual_report_year_idx ON annual_report (year, region_code);

-- Every step of a report (上报, 接收, 退回, 审核通过, 解锁; the first 填写 too), shown on the report. An unlock
-- keeps the figures frozen until then in its row, so the history holds every approved version.
CREATE TABLE annual_report_step (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id      bigint NOT NULL REFERENCES annual_report (id),
    action         text NOT NULL CHECK (action IN ('CREATE', 'SUBMIT', 'ACCEPT', 'RETURN', 'APPROVE', 'UNLOCK')),
    to_state       text NOT NULL,
    actor          text NOT NULL,
    actor_name     text NOT NULL,
    actor_region   text COLLATE "C" NOT NULL,
    at             timestamptz NOT NULL,
    comment        text CHECK (comment IS NULL OR length(comment) <= 1000),
    frozen_figures jsonb
);

CREATE INDEX annual_report_step_report_idx ON annual_report_step (report_id, at, id);

-- The deadline of the annual report, a dated rule parameter (参数管理): the month and day by which a region's
-- report is due in a year; the longest region prefix with a row wins, then the latest valid_from not after
-- the year's end. 内政办发〔2022〕68号 三（六）: 各盟市残工委每年11月底前向自治区残工委报送工作落实情况.
CREATE TABLE annual_report_deadline (
    region_prefix text COLLATE "C" NOT NULL,
    valid_from    date NOT NULL,
    month_day     text NOT NULL CHECK (month_day ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
    evidence      text NOT NULL,
    source        text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from)
);

INSERT INTO annual_report_deadline VALUES
    ('15', DATE '2022-01-01', '11-30', 'C', '内政办发〔2022〕68号 三（六）：各盟市残工委每年11月底前向自治区残工委报送工作落实情况');
