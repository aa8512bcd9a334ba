-- Retirement ages before the 2025 reform, so that working age (and 就业率) can be computed as of
-- any date from 1978 on instead of failing for every date before 2025-01-01.
-- 国发〔1978〕104号《国务院关于安置老弱病残干部的暂行办法》《国务院关于工人退休、退职的暂行办法》
-- (1978-06-02): men 60; women cadres 55, women workers 50. Women use 55 here, as V3 does for the
-- statistics. No delay: max_delay_months 0 (the delay columns then have no effect).
INSERT INTO retirement_rule VALUES
    ('15', 'M', DATE '1978-06-02', 16, 60, DATE '1978-06-01', 1, 0, '国发〔1978〕104号：男60周岁退休'),
    ('15', 'F', DATE '1978-06-02', 16, 55, DATE '1978-06-01', 1, 0, '国发〔1978〕104号：女干部55周岁（统计口径）')
ON CONFLICT DO NOTHING;
