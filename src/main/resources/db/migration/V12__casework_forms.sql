-- The structured forms of the 四个一 (issue 5 points 2, 3, 9): the vocational ability assessment and
-- the job demand registration hang off their service record by its id; follow-ups hang off an
-- employment service that recorded a move into work. Like the service records they are append-only:
-- a mistake is corrected by voiding the service record (which takes its form with it) and recording again.

INSERT INTO casework_code (list, code, label, sort) VALUES
    -- Suitable kinds of work an assessment can point to (maintained; codes fixed).
    ('work_kind', 'QUOTA', '按比例就业', 1),
    ('work_kind', 'CONCENTRATED', '集中就业', 2),
    ('work_kind', 'SELF', '个体就业（自主创业、灵活就业）', 3),
    ('work_kind', 'PUBLIC_WELFARE', '公益性岗位', 4),
    ('work_kind', 'AUXILIARY', '辅助性就业', 5),
    ('work_kind', 'HOME', '居家就业', 6),
    -- Accessibility or accommodation needs of a job demand (checklist; maintained).
    ('accommodation', 'STEP_FREE', '无障碍通道、坡道或电梯', 1),
    ('accommodation', 'TOILET', '无障碍卫生间', 2),
    ('accommodation', 'SIGN', '手语翻译或文字沟通', 3),
    ('accommodation', 'SCREEN', '读屏软件、放大或盲文设备', 4),
    ('accommodation', 'AIDS', '辅助器具或工位改造', 5),
    ('accommodation', 'FLEX_TIME', '弹性工作时间或工间休息', 6),
    ('accommodation', 'TRANSPORT', '就近安排或上下班接送', 7),
    ('accommodation', 'SUPPORT', '就业辅导员或同事协助', 8),
    ('work_hours', 'FULL_TIME', '全日制', 1),
    ('work_hours', 'PART_TIME', '非全日制', 2),
    ('work_hours', 'FLEXIBLE', '灵活安排', 3);

-- 中华人民共和国职业分类大典（2022年版）: the 8 大类 and 79 中类 (codes and names).
-- Evidence [C-2nd]: the official table (人社部 2022-09-28) was not retrieved; the 79 中类 below are
-- two independent public transcriptions of the 2022 PDF that agree code for code and name for name,
-- and their count matches the official total (8 大类, 79 中类, 450 小类, 1639 细类; sohu.com
-- 647726651, 2023). Check against the printed 大典 before relying on a name.
CREATE TABLE occupation_class (
    code     text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[1-8](-[0-9]{2})?$'),
    name     text NOT NULL,
    parent   text COLLATE "C" REFERENCES occupation_class (code),
    edition  text NOT NULL,
    evidence text NOT NULL,
    CHECK ((parent IS NULL) = (length(code) = 1))
);

INSERT INTO occupation_class (code, name, parent, edition, evidence)
SELECT code, name, CASE WHEN length(code) = 1 THEN NULL ELSE substr(code, 1, 1) END, '2022',
       CASE WHEN length(code) = 1 THEN '大类：官方公布的八大类名称 [C]'
            ELSE '中类：两份相互独立的2022年版公开转录一致，数目与官方79个中类相符 [C-2nd]' END
FROM (VALUES
    ('1', '党的机关、国家机关、群众团体和社会组织、企事业单位负责人'),
    ('2', '专业技术人员'),
    ('3', '办事人员和有关人员'),
    ('4', '社会生产服务和生活服务人员'),
    ('5', '农、林、牧、渔业生产及辅助人员'),
    ('6', '生产制造及有关人员'),
    ('7', '军队人员'),
    ('8', '不便分类的其他从业人员'),
    ('1-01', '中国共产党机关负责人'),
    ('1-02', '国家机关负责人'),
    ('1-03', '民主党派和工商联负责人'),
    ('1-04', '人民团体和群众团体、社会组织及其他成员组织负责人'),
    ('1-05', '基层群众自治组织负责人'),
    ('1-06', '企事业单位负责人'),
    ('2-01', '科学研究人员'),
    ('2-02', '工程技术人员'),
    ('2-03', '农业技术人员'),
    ('2-04', '飞机和船舶技术人员'),
    ('2-05', '卫生专业技术人员'),
    ('2-06', '经济和金融专业人员'),
    ('2-07', '监察、法律、社会和宗教专业人员'),
    ('2-08', '教学人员'),
    ('2-09', '文学艺术、体育专业人员'),
    ('2-10', '新闻出版、文化专业人员'),
    ('2-99', '其他专业技术人员'),
    ('3-01', '行政办事及辅助人员'),
    ('3-02', '安全和消防及辅助人员'),
    ('3-03', '法律事务及辅助人员'),
    ('3-99', '其他办事人员和有关人员'),
    ('4-01', '批发与零售服务人员'),
    ('4-02', '交通运输、仓储物流和邮政业服务人员'),
    ('4-03', '住宿和餐饮服务人员'),
    ('4-04', '信息传输、软件和信息技术服务人员'),
    ('4-05', '金融服务人员'),
    ('4-06', '房地产服务人员'),
    ('4-07', '租赁和商务服务人员'),
    ('4-08', '技术辅助服务人员'),
    ('4-09', '水利、环境和公共设施管理服务人员'),
    ('4-10', '居民服务人员'),
    ('4-11', '电力、燃气及水供应服务人员'),
    ('4-12', '修理及制作服务人员'),
    ('4-13', '文化和教育服务人员'),
    ('4-14', '健康、体育和休闲服务人员'),
    ('4-99', '其他社会生产服务和生活服务人员'),
    ('5-01', '农业生产人员'),
    ('5-02', '林业生产人员'),
    ('5-03', '畜牧业生产人员'),
    ('5-04', '渔业生产人员'),
    ('5-05', '农、林、牧、渔业生产辅助人员'),
    ('5-99', '其他农、林、牧、渔业生产及辅助人员'),
    ('6-01', '农副产品加工人员'),
    ('6-02', '食品、饮料生产加工人员'),
    ('6-03', '烟草及其制品加工人员'),
    ('6-04', '纺织、针织、印染人员'),
    ('6-05', '纺织品、服装和皮革、毛皮制品加工制作人员'),
    ('6-06', '木材加工、家具与木制品制作人员'),
    ('6-07', '纸及纸制品生产加工人员'),
    ('6-08', '印刷和记录媒介复制人员'),
    ('6-09', '文教、工美、体育和娱乐用品制造人员'),
    ('6-10', '石油加工和炼焦、煤化工生产人员'),
    ('6-11', '化学原料和化学制品制造人员'),
    ('6-12', '医药制造人员'),
    ('6-13', '化学纤维制造人员'),
    ('6-14', '橡胶和塑料制品制造人员'),
    ('6-15', '非金属矿物制品制造人员'),
    ('6-16', '采矿人员'),
    ('6-17', '金属冶炼和压延加工人员'),
    ('6-18', '机械制造基础加工人员'),
    ('6-19', '金属制品制造人员'),
    ('6-20', '通用设备制造人员'),
    ('6-21', '专用设备制造人员'),
    ('6-22', '汽车制造人员'),
    ('6-23', '铁路、船舶、航空设备制造人员'),
    ('6-24', '电气机械和器材制造人员'),
    ('6-25', '计算机、通信和其他电子设备制造人员'),
    ('6-26', '仪器仪表制造人员'),
    ('6-27', '再生资源综合利用人员'),
    ('6-28', '电力、热力、气体、水生产和输配人员'),
    ('6-29', '建筑施工人员'),
    ('6-30', '运输设备和通用工程机械操作人员及有关人员'),
    ('6-31', '生产辅助人员'),
    ('6-99', '其他生产制造及有关人员'),
    ('7-01', '军官（警官）'),
    ('7-02', '军士（警士）'),
    ('7-03', '义务兵'),
    ('7-04', '文职人员'),
    ('8-00', '不便分类的其他从业人员')
) AS o (code, name)
ORDER BY length(code), code;

-- 职业能力评估表. Six items on a 0–4 scale (0 完全不能 … 4 无明显受限; the interests item 0 无意向 … 4
-- 意向明确强烈); level and suggestions by AbilityLevel / WorkSuggestions of scale ZY-2026 (docs/architecture.md).
CREATE TABLE casework_assessment (
    service_id      bigint PRIMARY KEY REFERENCES casework_service (id),
    scale           text NOT NULL,
    physical        smallint NOT NULL CHECK (physical BETWEEN 0 AND 4),
    sensory         smallint NOT NULL CHECK (sensory BETWEEN 0 AND 4),
    cognition       smallint NOT NULL CHECK (cognition BETWEEN 0 AND 4),
    daily_living    smallint NOT NULL CHECK (daily_living BETWEEN 0 AND 4),
    work_skills     smallint NOT NULL CHECK (work_skills BETWEEN 0 AND 4),
    interests       smallint NOT NULL CHECK (interests BETWEEN 0 AND 4),
    -- One note per item in the order above, null where none.
    notes           text[] NOT NULL CHECK (array_length(notes, 1) = 6),
    level           smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
    suggested_kinds text[] NOT NULL,
    chosen_kinds    text[] NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);

-- 就业需求登记表. The current one is the latest by service date among services not voided.
CREATE TABLE casework_demand (
    service_id         bigint PRIMARY KEY REFERENCES casework_service (id),
    occupations        text[] NOT NULL,
    places             text[] NOT NULL,
    hours              text NOT NULL CHECK (hours IN ('FULL_TIME', 'PART_TIME', 'FLEXIBLE')),
    expected_wage      numeric(10, 2) CHECK (expected_wage >= 0),
    accommodations     text[] NOT NULL,
    accommodation_note text CHECK (length(accommodation_note) <= 500),
    wants_training     boolean NOT NULL,
    wants_business     boolean NOT NULL,
    recorded_by        text NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);

-- Follow-ups at 1, 3, 6 and 12 months after a move into work recorded by an employment service.
CREATE TABLE casework_followup (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id     bigint NOT NULL REFERENCES casework_service (id),
    month          smallint NOT NULL CHECK (month IN (1, 3, 6, 12)),
    followed_on    date NOT NULL,
    still_employed boolean NOT NULL,
    weekly_hours   smallint CHECK (weekly_hours BETWEEN 0 AND 84),
    monthly_income numeric(10, 2) CHECK (monthly_income >= 0),
    problems       text CHECK (length(problems) <= 1000),
    followed_by    text NOT NULL CHECK (length(followed_by) BETWEEN 1 AND 50),
    recorded_by    text NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (service_id, month),
    CHECK (still_employed OR weekly_hours IS NULL)
);

CREATE INDEX casework_service_placement_idx ON casework_service (served_on)
    WHERE employment_event_id IS NOT NULL AND voided_at IS NULL;

CREATE FUNCTION casework_form_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or deleted; void the service record and record again', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER casework_assessment_append_only BEFORE UPDATE OR DELETE ON casework_assessment
    FOR EACH ROW EXECUTE FUNCTION casework_form_append_only();
CREATE TRIGGER casework_demand_append_only BEFORE UPDATE OR DELETE ON casework_demand
    FOR EACH ROW EXECUTE FUNCTION casework_form_append_only();
CREATE TRIGGER casework_followup_append_only BEFORE UPDATE OR DELETE ON casework_followup
    FOR EACH ROW EXECUTE FUNCTION casework_form_append_only();
