package org.zhuye.jobs;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;

/** The words of {@link MergedJobRecords}' audit entry on the person kept. */
@Component
class MergedJobsVocabulary extends FieldVocabulary {

    MergedJobsVocabulary() {
        super("person", null, Map.of(
                "workProfiles", "转移的就业能力与意愿档案（份）",
                "referrals", "转移的岗位推介（条）",
                "fairIntents", "转移的招聘会意向（条）",
                "fairRegistrations", "转移的招聘会报名（条）"));
    }
}
