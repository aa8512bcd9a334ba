-- The annual quota declaration (按比例就业年审), its per-year parameters and the minimum wage.

-- Per collection year and region prefix: the filing deadline, the lowest level whose staff may
-- review, and how far from the unit an employee may live and still count. The row of the longest
-- prefix with one for the year applies; a year without a row is an error that says so.
-- `evidence` as in levy_parameter (rules.md tags: C, C-2nd, I, U).
CREATE TABLE declaration_parameter (
    region_prefix   text COLLATE "C" NOT NULL CHECK (region_prefix ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
    year            integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    filing_deadline date NOT NULL,
    -- COUNTY: staff of the unit's 旗县 or any wider area; LEAGUE: staff of its 盟市 or the 自治区.
    review_level    text NOT NULL CHECK (review_level IN ('COUNTY', 'LEAGUE')),
    -- PROVINCE: the employee lives in the unit's province (自治区); LEAGUE: in the unit's 盟市.
    residence_scope text NOT NULL CHECK (residence_scope IN ('PROVINCE', 'LEAGUE')),
    evidence        text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source          text NOT NULL CHECK (length(source) > 0),
    PRIMARY KEY (region_prefix, year)
);

COMMENT ON TABLE declaration_parameter IS '按比例就业年审参数：征收年度的申报截止日、审核层级、残疾职工居住地范围；取最长区划前缀的行';

INSERT INTO declaration_parameter (region_prefix, year, filing_deadline, review_level, residence_scope, evidence, source)
SELECT '15', y, make_date(y, 7, 31), 'COUNTY', 'PROVINCE', 'U',
       'rules.md §1.3：内蒙古现行申报期未确认；沿用2011年年审通知的5—7月审核期（截止7月31日），盟市、旗县经办机构审核；'
       || '政府令第180号要求残疾职工为自治区常住人口（居住地范围取自治区）'
FROM generate_series(2018, 2027) AS y;

-- Monthly minimum wage by region prefix and validity period. A disabled employee counts only if
-- paid at least the local minimum wage (财税〔2015〕72号 Art. 7); the declaration compares the
-- employee's monthly wage with the row in force on 31 December of the declared year.
CREATE TABLE minimum_wage (
    region_prefix text COLLATE "C" NOT NULL CHECK (region_prefix ~ '^[0-9]{2}([0-9]{2}([0-9]{2})?)?$'),
    valid_from    date NOT NULL,
    valid_to      date,
    monthly       numeric(10, 2) NOT NULL CHECK (monthly > 0),
    evidence      text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source        text NOT NULL CHECK (length(source) > 0),
    PRIMARY KEY (region_prefix, valid_from),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

COMMENT ON TABLE minimum_wage IS '月最低工资标准：按区划前缀和有效期；取最长区划前缀中当日有效的行';

INSERT INTO minimum_wage (region_prefix, valid_from, valid_to, monthly, evidence, source) VALUES
    ('15', DATE '2021-12-01', NULL, 1850.00, 'U',
     'rules.md 未收录内蒙古最低工资标准。暂以自治区2021年12月1日起最低一档（三类地区）月标准1850元作全区下限，'
     || '未经来源核对；须按自治区人社厅公布的分档标准逐盟市、旗县补充');

-- One declaration per employer and collection year (征收年度; the figures are the previous year's).
CREATE TABLE quota_declaration (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employer_id        bigint NOT NULL REFERENCES employer (id),
    year               integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status             text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMED')),
    staff_count        integer CHECK (staff_count >= 1),
    monthly_headcounts integer[] CHECK (cardinality(monthly_headcounts) = 12),
    wage_total         numeric(16, 2) NOT NULL CHECK (wage_total >= 0),
    return_reason      text,
    submitted_at       timestamptz,
    submitted_by       text,
    reviewed_at        timestamptz,
    reviewed_by        text,
    -- Frozen at confirmation, for the lists and the disclosure (the declaration is locked then).
    result_staff       numeric(12, 4),
    result_counted     numeric(12, 4),
    result_required    numeric(12, 4),
    result_shortfall   numeric(12, 4),
    result_due         numeric(14, 2),
    result_exempt      boolean,
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         text NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    updated_by         text NOT NULL,
    version            integer NOT NULL DEFAULT 0,
    UNIQUE (employer_id, year),
    CHECK ((staff_count IS NULL) <> (monthly_headcounts IS NULL)),
    CHECK ((status = 'CONFIRMED') = (result_due IS NOT NULL))
);

CREATE INDEX quota_declaration_year_idx ON quota_declaration (year, status);

-- The disabled employees of a declaration, in the order entered. The certificate number is kept
-- encrypted with a masked copy; `person_id` links the registry person when the number is
-- registered. `problems` holds the last check's reasons (empty: counted).
CREATE TABLE quota_declaration_employee (
    declaration_id    bigint NOT NULL REFERENCES quota_declaration (id) ON DELETE CASCADE,
    line              integer NOT NULL CHECK (line >= 1),
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    cert_cipher       bytea NOT NULL,
    cert_masked       text NOT NULL,
    person_id         bigint REFERENCES person (id),
    category          smallint CHECK (category BETWEEN 1 AND 7),
    grade             smallint CHECK (grade BETWEEN 1 AND 4),
    months            integer NOT NULL CHECK (months BETWEEN 1 AND 12),
    contract_ok       boolean NOT NULL,
    monthly_wage      numeric(10, 2) NOT NULL CHECK (monthly_wage >= 0),
    social_insurance  boolean NOT NULL,
    dispatch          text NOT NULL CHECK (dispatch IN ('NONE', 'COUNTED_HERE', 'COUNTED_BY_OTHER')),
    problems          text[] NOT NULL DEFAULT '{}',
    counted           boolean NOT NULL,
    PRIMARY KEY (declaration_id, line),
    CHECK (counted = (cardinality(problems) = 0))
);

-- "Counted by another employer this year?" looks persons up across all units.
CREATE INDEX quota_declaration_employee_person_idx ON quota_declaration_employee (person_id) WHERE counted;
