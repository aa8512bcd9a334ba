package org.zhuye.jobs.fair;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;

/**
 * A person's history lines about fairs (registered, checked in, intents, 回访) are recorded on the person, so
 * that only those who may see the person read them; these are their fields' words.
 */
@Component
class FairPersonVocabulary extends FieldVocabulary {

    FairPersonVocabulary() {
        super("person", null, Map.of("fairId", "招聘会编号", "fairTitle", "招聘会", "checkedIn", "已签到",
                "walkIn", "现场报名", "intentId", "意向编号", "callbackDue", "回访到期", "calledBackOn", "回访日期",
                "callbackNote", "回访情况"));
    }

    @Override
    public Optional<String> referenceType(String field) {
        return "fairId".equals(field) ? Optional.of(FairVocabulary.TYPE) : Optional.empty();
    }
}
