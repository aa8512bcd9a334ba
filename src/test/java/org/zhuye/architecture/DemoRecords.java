package org.zhuye.architecture;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One record of each kind the jobs, training, institution and monitoring demos wrote, found by SQL so
 * that the plan rule can ask for its pages: the ones with the most behind them (a posting with
 * referrals, a fair with registrations, a course with enrolments), since an empty child list can hide
 * a query that would scan.
 */
record DemoRecords(long posting, long draftPosting, long seeker, long referral, long fair, long course, long enrolment,
                   long subsidy, long business, long institution, long servedPerson, long bulletin, long annualReport,
                   int reportYear, String county) {

    static DemoRecords find(JdbcClient jdbc) {
        long posting = one(jdbc, """
                SELECT p.id FROM job_posting p JOIN job_referral r ON r.posting_id = p.id
                WHERE p.status = 'PUBLISHED' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1""");
        long draftPosting = one(jdbc, "SELECT id FROM job_posting WHERE status = 'DRAFT' ORDER BY id LIMIT 1");
        long seeker = one(jdbc, "SELECT person_id FROM work_profile ORDER BY id LIMIT 1");
        long referral = one(jdbc, """
                SELECT r.id FROM job_referral r JOIN job_referral_step s ON s.referral_id = r.id
                GROUP BY r.id ORDER BY count(*) DESC, r.id LIMIT 1""");
        long fair = one(jdbc, "SELECT fair_id FROM job_fair_registration GROUP BY fair_id ORDER BY count(*) DESC, fair_id LIMIT 1");
        long course = one(jdbc, """
                SELECT c.id FROM course c JOIN course_enrolment e ON e.course_id = c.id JOIN course_session s ON s.course_id = c.id
                GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1""");
        long enrolment = one(jdbc, "SELECT enrolment_id FROM training_followup ORDER BY enrolment_id LIMIT 1");
        long subsidy = one(jdbc, "SELECT id FROM training_subsidy ORDER BY id LIMIT 1");
        long business = one(jdbc, """
                SELECT b.id FROM business b WHERE EXISTS (SELECT 1 FROM business_loan l WHERE l.business_id = b.id)
                ORDER BY b.id LIMIT 1""");
        long institution = one(jdbc, """
                SELECT p.institution_id FROM institution_person p
                WHERE EXISTS (SELECT 1 FROM institution_rating r WHERE r.institution_id = p.institution_id)
                GROUP BY p.institution_id ORDER BY count(*) DESC, p.institution_id LIMIT 1""");
        long servedPerson = one(jdbc, "SELECT person_id FROM institution_person WHERE institution_id = " + institution
                + " ORDER BY id LIMIT 1");
        long bulletin = one(jdbc, "SELECT id FROM bulletin ORDER BY id LIMIT 1");
        long annualReport = one(jdbc, """
                SELECT r.id FROM annual_report r JOIN annual_report_step s ON s.report_id = r.id
                GROUP BY r.id ORDER BY count(*) DESC, r.id LIMIT 1""");
        int reportYear = jdbc.sql("SELECT year FROM annual_report WHERE id = ?").param(annualReport)
                .query(Integer.class).single();
        String county = jdbc.sql("SELECT substr(region_code, 1, 6) FROM job_posting WHERE id = ?").param(posting)
                .query(String.class).single();
        return new DemoRecords(posting, draftPosting, seeker, referral, fair, course, enrolment, subsidy, business, institution,
                servedPerson, bulletin, annualReport, reportYear, county);
    }

    private static long one(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
