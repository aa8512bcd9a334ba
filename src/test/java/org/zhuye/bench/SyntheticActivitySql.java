package org.zhuye.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work done with a synthetic registry ({@link SyntheticRegistrySql}), loaded with SQL: 四个一 service records,
 * employers with published postings and referrals through the funnel, and finished training courses with their
 * results. Sizes follow the registry's, so figures over them cost what they would at that scale.
 */
final class SyntheticActivitySql {

    private static final long CHUNK = 400_000;

    private SyntheticActivitySql() {
    }

    /** For persons with id % 5 = k (k = 1..4): the first k kinds of the 四个一, dated through the year up to today. */
    static void loadServices(JdbcClient jdbc, int year) {
        long max = maxPersonId(jdbc);
        String[] kinds = {"VERIFICATION", "ASSESSMENT", "DEMAND", "SERVICE"};
        for (int k = 0; k < kinds.length; k++) {
            for (long from = 1; from <= max; from += CHUNK) {
                jdbc.sql("""
                        INSERT INTO casework_service (person_id, kind, served_on, service_type, outcome, content,
                                                      delivered_by, recorded_by)
                        SELECT id, ?, least(make_date(?, 1 + (id % 12)::int, 1 + (id % 28)::int), CURRENT_DATE),
                               CASE WHEN ? = 'SERVICE' THEN 'GUIDANCE' END,
                               CASE ? WHEN 'VERIFICATION' THEN 'CONFIRMED' WHEN 'ASSESSMENT' THEN 'ABLE'
                                      WHEN 'DEMAND' THEN 'WANTS_JOB' ELSE 'ONGOING' END,
                               '合成服务记录', '合成工作人员', 'bench'
                        FROM person WHERE id BETWEEN ? AND ? AND id % 5 > ?
                        """)
                        .params(kinds[k], year, kinds[k], kinds[k], from, from + CHUNK - 1, k).update();
            }
        }
    }

    /**
     * One employer per 400 persons in the counties, two postings each published over the two years, and a
     * referral for one person in 16 (a quarter hired, the rest spread over the other steps) in those years.
     */
    static void loadJobs(JdbcClient jdbc, int year) {
        long persons = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO employer (credit_code, name, type, industry, region_code, created_by, updated_by)
                SELECT '91' || lpad(g::text, 16, '0'), '合成用人单位' || g, 'PRIVATE_ENTERPRISE',
                       chr(65 + (g % 19)::int), c.codes[1 + (g % c.n)::int], 'bench', 'bench'
                FROM generate_series(1, greatest(1, ? / 400)) g,
                     (SELECT array_agg(code ORDER BY code) AS codes, count(*)::int AS n FROM region WHERE level = 3) c
                """).params(persons).update();
        jdbc.sql("""
                INSERT INTO job_posting (employer_id, title, occupation_code, occupation_label, headcount, region_code,
                                         work_mode, employment_form, hours_per_week, wage_min, wage_max, contract_type,
                                         social_insurance, demands, open_until, status, published_on, created_by, updated_by)
                SELECT e.id, '合成岗位' || e.id || '-' || k, '4-01-01-01', '合成职业', 1 + (e.id % 5)::int, e.region_code,
                       'ON_SITE', '1', 40, 2000, 4000, 'FIXED_TERM', true, '{1,1,1,1,1,1}',
                       make_date(? - 1 + k, 12, 31), 'PUBLISHED', make_date(? - 1 + k, 1 + (e.id % 12)::int, 1), 'bench', 'bench'
                FROM employer e, generate_series(0, 1) k WHERE e.created_by = 'bench'
                """).params(year, year).update();
        long maxPerson = maxPersonId(jdbc);
        for (long from = 1; from <= maxPerson; from += CHUNK) {
            jdbc.sql("""
                    INSERT INTO job_referral (posting_id, person_id, source, status, referred_on, status_on, created_by)
                    SELECT p.ids[1 + abs(hashint8(pe.id) % p.n)::int], pe.id, 'STAFF',
                           (ARRAY['HIRED', 'REFERRED', 'DELIVERED', 'INTERVIEW', 'REJECTED', 'DECLINED', 'HIRED', 'REJECTED'])[1 + (pe.id / 16 % 8)::int],
                           d.referred_on, least(d.referred_on + 5 + (pe.id % 50)::int, CURRENT_DATE), 'bench'
                    FROM person pe,
                         LATERAL (SELECT least(make_date(? - 1 + (pe.id / 16 % 2)::int, 1 + (pe.id % 12)::int, 1 + (pe.id % 28)::int),
                                               CURRENT_DATE) AS referred_on) d,
                         (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM job_posting WHERE created_by = 'bench') p
                    WHERE pe.id BETWEEN ? AND ? AND pe.id % 16 = 3
                    """).params(year, from, from + CHUNK - 1).update();
        }
    }

    /**
     * A provider in each county, one finished course per 400 persons over the two years, and one person in eight
     * enrolled with a result (one in ten failed).
     */
    static void loadTraining(JdbcClient jdbc, int year) {
        long persons = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO training_provider (name, credit_code, region_code, created_by, updated_by)
                SELECT '合成培训机构' || code, '52' || lpad(row_number() OVER (ORDER BY code)::text, 16, '0'), code, 'bench', 'bench'
                FROM region WHERE level = 3
                """).update();
        jdbc.sql("""
                INSERT INTO course (provider_id, kind, title, delivery, region_code, starts_on, ends_on, hours, capacity,
                                    subsidy_standard, status, approved_by, approved_on, finished_on, created_by, updated_by)
                SELECT pr.ids[1 + (g % pr.n)::int],
                       (ARRAY['VOCATIONAL', 'PRACTICAL', 'STARTUP', 'UPSKILL', 'MASSAGE'])[1 + (g % 5)::int],
                       '合成课程' || g, 'ON_SITE', pr.regions[1 + (g % pr.n)::int],
                       d.starts_on, d.starts_on + 20, 80, 1000, 1200, 'FINISHED', 'bench', d.starts_on - 10, d.starts_on + 20,
                       'bench', 'bench'
                FROM generate_series(1, greatest(1, ? / 400)) g,
                     LATERAL (SELECT make_date(? - 1 + (g % 2)::int, 1 + (g % 11)::int, 1 + (g % 28)::int) AS starts_on) d,
                     (SELECT array_agg(id ORDER BY id) AS ids, array_agg(region_code ORDER BY id) AS regions, count(*)::int AS n
                      FROM training_provider WHERE created_by = 'bench') pr
                """).params(persons, year).update();
        long maxPerson = maxPersonId(jdbc);
        for (long from = 1; from <= maxPerson; from += CHUNK) {
            jdbc.sql("""
                    INSERT INTO course_enrolment (course_id, person_id, enrolled_on, result, result_on, score, created_by, updated_by)
                    SELECT c.id, pe.id, c.starts_on - 5, CASE WHEN pe.id % 10 = 5 THEN 'FAILED' ELSE 'PASSED' END,
                           c.ends_on, 60 + pe.id % 40, 'bench', 'bench'
                    FROM person pe,
                         (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM course WHERE created_by = 'bench') cs,
                         course c
                    WHERE pe.id BETWEEN ? AND ? AND pe.id % 8 = 5 AND c.id = cs.ids[1 + abs(hashint8(pe.id) % cs.n)::int]
                    """).params(from, from + CHUNK - 1).update();
        }
        jdbc.sql("ANALYZE").update();
    }

    private static long maxPersonId(JdbcClient jdbc) {
        return jdbc.sql("SELECT max(id) FROM person").query(Long.class).single();
    }
}
