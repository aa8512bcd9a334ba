package org.zhuye.training.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhuye.audit.FieldVocabulary;
import org.zhuye.audit.Reference;
import org.zhuye.casework.OccupationList;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.CertificateKind;
import org.zhuye.training.CourseKind;
import org.zhuye.training.EnrolmentResult;

/**
 * A course's history in words: the application's labels, every code by its name (培训类别：职业技能培训,
 * 授课方式：线下面授), the steps' notes and reasons, and roster, attendance, result and certificate entries
 * naming the person by a link.
 */
@Component
class CourseVocabulary extends FieldVocabulary {

    private static final List<String> EXTRA = List.of("enrolled", "approvalNote", "returnReason", "cancelReason",
            "finishedOn", "completed", "personId", "enrolledOn", "result", "score", "heldOn", "sessionHours", "topic",
            "present", "rosterSize", "method", "certificateKind", "certificateLevel", "certificateNumber", "issuer",
            "issuedOn");

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(CourseInput.LABELS);
        labels.put("enrolled", "申请时名单人数");
        labels.put("approvalNote", "审批意见");
        labels.put("returnReason", "退回理由");
        labels.put("cancelReason", "取消原因");
        labels.put("finishedOn", "结业办理日期");
        labels.put("completed", "完成培训人次");
        labels.put("personId", "学员");
        labels.put("enrolledOn", "报名日期");
        labels.put("result", "结业结果");
        labels.put("score", "成绩");
        labels.put("heldOn", "上课日期");
        labels.put("sessionHours", "课时");
        labels.put("topic", "课程内容");
        labels.put("present", "出勤人数");
        labels.put("rosterSize", "名单人数");
        labels.put("method", "考勤方式");
        labels.put("certificateKind", "证书类别");
        labels.put("certificateLevel", "技能等级");
        labels.put("certificateNumber", "证书编号");
        labels.put("issuer", "发证机构");
        labels.put("issuedOn", "发证日期");
        return labels;
    }

    private final CourseStore store;
    private final OccupationList occupations;

    CourseVocabulary(CourseStore store, OccupationList occupations) {
        super(Courses.OBJECT_TYPE, "培训班", labels());
        this.store = store;
        this.occupations = occupations;
    }

    @Override
    public List<String> fieldOrder() {
        List<String> order = new ArrayList<>(CourseInput.LABELS.keySet());
        order.addAll(EXTRA);
        return order;
    }

    @Override
    public Optional<String> valueLabel(String field, String value) {
        return switch (field) {
            case "kind" -> Arrays.stream(CourseKind.values()).filter(k -> k.name().equals(value)).findFirst().map(CourseKind::label);
            case "delivery" -> Delivery.parse(value).map(Delivery::label);
            case "occupationCode" -> occupations.known(value) ? Optional.of(value + " " + occupations.name(value)) : Optional.empty();
            case "result" -> Arrays.stream(EnrolmentResult.values()).filter(r -> r.name().equals(value)).findFirst().map(EnrolmentResult::label);
            case "certificateKind" -> Arrays.stream(CertificateKind.values()).filter(k -> k.name().equals(value)).findFirst().map(CertificateKind::label);
            case "certificateLevel" -> value.matches("[1-5]") ? Optional.of(CertificateKind.SKILL_LEVEL.labelWith(Integer.valueOf(value))
                    .replace(CertificateKind.SKILL_LEVEL.label(), "").replace("（", "").replace("）", "")) : Optional.empty();
            case "method" -> Optional.of("SELF".equals(value) ? "学员自助签到" : "培训机构记录");
            case "providerId" -> Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> referenceType(String field) {
        return "personId".equals(field) ? Optional.of("person") : Optional.empty();
    }

    @Override
    public Optional<Reference> subject(String id, Jurisdiction jurisdiction) {
        try {
            return store.find(Long.parseLong(id), jurisdiction).map(c -> new Reference(c.title(), "/courses/" + c.id()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
