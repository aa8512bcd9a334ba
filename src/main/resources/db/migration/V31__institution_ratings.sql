-- 等级评定 and 奖补 of service institutions (issue 13, item 2): the scoring scheme per institution kind
-- and the subsidy rule per region, both dated parameters on the 参数管理 pages; one rating per
-- institution and year holding the inspection scores and, once computed, a snapshot of every figure,
-- the expected-outcome explanation and the parameter rows used, so a confirmed year never changes.

-- 评定方案: per institution kind, from a day until the next row of the region and kind. criteria lists
-- the inspection items with their maximum points (场地与无障碍:25;…), outcomes the weights of the
-- computed part by name (服务人数, 转入就业, 稳定就业, 培训完成; only those that apply to the kind), bands
-- the lowest score of each grade from the top (五级:90;…); criteria and outcome points add up to 100.
-- shrink_k is the empirical-Bayes constant of the expected outcomes; full_ratio_percent the ratio of
-- actual to expected at which an outcome earns its full weight (150: 1.5 × expected).
CREATE TABLE rating_scheme (
    region_prefix      text COLLATE "C" NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('SHELTERED_WORKSHOP', 'CARE_HOME', 'TRAINING_BASE', 'MASSAGE',
                                                     'WARM_HOME', 'HERITAGE_STUDIO', 'EMPLOYMENT_SERVICE', 'INCUBATOR')),
    valid_from         date NOT NULL,
    criteria           text NOT NULL,
    outcomes           text NOT NULL,
    bands              text NOT NULL,
    shrink_k           integer NOT NULL CHECK (shrink_k BETWEEN 1 AND 1000),
    full_ratio_percent integer NOT NULL CHECK (full_ratio_percent BETWEEN 100 AND 300),
    evidence           text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source             text NOT NULL,
    PRIMARY KEY (region_prefix, kind, valid_from)
);

-- 奖补标准: per region prefix from a day; grades holds, per grade, a fixed amount and an amount per person
-- served in the year (五级:50000+300;…, yuan); a grade not listed earns nothing; cap bounds the sum.
CREATE TABLE rating_subsidy_rule (
    region_prefix text COLLATE "C" NOT NULL,
    valid_from    date NOT NULL,
    grades        text NOT NULL,
    cap           integer NOT NULL CHECK (cap BETWEEN 0 AND 10000000),
    evidence      text NOT NULL CHECK (evidence IN ('C', 'C-2nd', 'I', 'U')),
    source        text NOT NULL,
    PRIMARY KEY (region_prefix, valid_from)
);

-- No Inner Mongolia text giving the criteria, weights, bands or amounts was found: every seeded row is
-- U (未确认) with that note; the province's ADMIN replaces them with dated rows on 参数管理.
INSERT INTO rating_scheme VALUES
    ('15', 'SHELTERED_WORKSHOP', DATE '2020-01-01', '场地与无障碍:20;制度与管理:20;服务质量:20;安全与档案:10',
     '服务人数:10;转入就业:10;稳定就业:5;培训完成:5', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；参照各地辅助性就业机构评估办法拟定的默认值，待自治区残联确认'),
    ('15', 'CARE_HOME', DATE '2020-01-01', '场地与无障碍:25;制度与管理:20;服务质量:25;安全与档案:15',
     '服务人数:15', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；托养机构不计转入就业，默认值待自治区残联确认'),
    ('15', 'TRAINING_BASE', DATE '2020-01-01', '场地与无障碍:20;制度与管理:20;服务质量:20;安全与档案:10',
     '服务人数:5;转入就业:10;稳定就业:5;培训完成:10', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；默认值待自治区残联确认'),
    ('15', 'MASSAGE', DATE '2020-01-01', '场地与无障碍:20;制度与管理:20;服务质量:25;安全与档案:10',
     '服务人数:10;转入就业:5;稳定就业:10', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；默认值待自治区残联确认'),
    ('15', 'WARM_HOME', DATE '2020-01-01', '场地与无障碍:25;制度与管理:20;服务质量:25;安全与档案:10',
     '服务人数:15;转入就业:5', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；默认值待自治区残联确认'),
    ('15', 'HERITAGE_STUDIO', DATE '2020-01-01', '场地与无障碍:20;制度与管理:20;服务质量:25;安全与档案:10',
     '服务人数:10;转入就业:10;稳定就业:5', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；默认值待自治区残联确认'),
    ('15', 'EMPLOYMENT_SERVICE', DATE '2020-01-01', '场地与无障碍:15;制度与管理:20;服务质量:20;安全与档案:10',
     '服务人数:5;转入就业:15;稳定就业:10;培训完成:5', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；默认值待自治区残联确认'),
    ('15', 'INCUBATOR', DATE '2020-01-01', '场地与无障碍:20;制度与管理:20;服务质量:20;安全与档案:10',
     '服务人数:10;转入就业:10;稳定就业:10', '五级:90;四级:80;三级:70;二级:60;一级:50', 20, 150, 'U',
     '未找到内蒙古的评定方案原文；默认值待自治区残联确认');

INSERT INTO rating_subsidy_rule VALUES
    ('15', DATE '2020-01-01', '五级:50000+300;四级:30000+200;三级:20000+100;二级:10000+50', 200000, 'U',
     '未找到内蒙古的服务机构奖补标准原文；默认值待自治区残联确认');

-- One rating per institution and year. inspection holds the scores by criterion name as entered
-- ({"场地与无障碍": 22, …}); the computed columns and snapshot are null until computed. snapshot holds
-- every figure, the expectation cell by cell and the parameter rows used (RatingSnapshot).
CREATE TABLE institution_rating (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id    bigint NOT NULL REFERENCES institution (id),
    year              integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- denormalised from the institution so a year's list and confirm are one indexed range
    region_code       text COLLATE "C" NOT NULL REFERENCES region (code),
    status            text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CONFIRMED')),
    inspection        jsonb,
    inspected_on      date,
    inspected_by      text,
    inspection_points numeric(5, 1),
    outcome_points    numeric(5, 1),
    score             numeric(5, 1),
    grade             text,
    subsidy           numeric(12, 2),
    snapshot          jsonb,
    computed_at       timestamptz,
    confirmed_at      timestamptz,
    confirmed_by      text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 0,
    UNIQUE (institution_id, year),
    CHECK (status = 'DRAFT' OR (snapshot IS NOT NULL AND confirmed_at IS NOT NULL))
);

CREATE INDEX institution_rating_year_idx ON institution_rating (year, region_code);
