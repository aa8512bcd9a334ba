package org.zhuye.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.zhuye.person.EmploymentInput;

/**
 * One service as typed into a form or sent to the API. For an employment service that ended in a
 * job ({@code outcome = EMPLOYED}) the job's form, employer, occupation and income go to the
 * registry's employment history as the move into work.
 */
public record ServiceInput(String kind, String servedOn, String deliveredBy, String content, String outcome,
                           String serviceType, String jobForm, String employerName, String occupation,
                           String monthlyIncome) {

    public static final String EMPLOYED = "EMPLOYED";
    public static final String CORRECTION = "CORRECTION";
    static final int MAX_CONTENT = 2000;
    static final int MAX_STAFF = 50;

    public static ServiceInput blank(ServiceKind kind, LocalDate today, String staff) {
        return new ServiceInput(kind.name(), today.toString(), staff, null, null, null, null, null, null, null);
    }

    /** Every field problem at once; a valid input gives the service to save. */
    public Validated validate(CaseworkCodes codes, LocalDate today, LocalDate birthDate) {
        Map<String, String> errors = new LinkedHashMap<>();
        ServiceKind serviceKind = ServiceKind.parse(kind).orElse(null);
        if (serviceKind == null) {
            errors.put("kind", "服务类别须为基础信息核对、职业能力评估、就业需求登记或就业服务");
        }
        LocalDate date = null;
        if (!present(servedOn)) {
            errors.put("servedOn", "请填写服务日期");
        } else {
            try {
                date = LocalDate.parse(servedOn.strip().replace('/', '-'));
                if (date.isAfter(today)) {
                    errors.put("servedOn", "服务日期不能晚于今天（" + today + "）");
                } else if (birthDate != null && date.isBefore(birthDate)) {
                    errors.put("servedOn", "服务日期不能早于本人出生日期");
                }
            } catch (DateTimeParseException e) {
                errors.put("servedOn", "服务日期须写作 YYYY-MM-DD，例如 " + today);
            }
        }
        if (!present(deliveredBy)) {
            errors.put("deliveredBy", "请填写提供服务的工作人员");
        } else if (deliveredBy.strip().length() > MAX_STAFF) {
            errors.put("deliveredBy", "工作人员姓名不超过" + MAX_STAFF + "个字");
        }
        if (!present(content)) {
            errors.put("content", "请填写服务内容（做了什么、怎么做的）");
        } else if (content.strip().length() > MAX_CONTENT) {
            errors.put("content", "服务内容不超过" + MAX_CONTENT + "个字");
        }
        if (serviceKind != null) {
            if (!codes.offers(serviceKind.outcomeList(), trim(outcome))) {
                errors.put("outcome", "请选择" + codes.kindLabel(serviceKind) + "的结果");
            }
            if (serviceKind == ServiceKind.SERVICE) {
                if (!codes.offers(CaseworkCodes.EMPLOYMENT_SERVICE_TYPE, trim(serviceType))) {
                    errors.put("serviceType", "请选择就业服务的类型（职业指导、职业介绍/岗位推介、培训推荐等）");
                }
            } else if (present(serviceType)) {
                errors.put("serviceType", "只有就业服务填写服务类型");
            }
        }
        boolean endsInJob = serviceKind == ServiceKind.SERVICE && EMPLOYED.equals(trim(outcome));
        if (!endsInJob && (present(jobForm) || present(employerName) || present(occupation) || present(monthlyIncome))) {
            errors.put("jobForm", "只有结果为“已实现就业”的就业服务填写就业信息");
        }
        if (!errors.isEmpty()) {
            return new Validated(null, errors);
        }
        EmploymentInput job = endsInJob
                ? new EmploymentInput(date.toString(), "是", trim(jobForm), trim(employerName), trim(occupation),
                        trim(monthlyIncome), null, null, null)
                : null;
        return new Validated(new Service(serviceKind, date, deliveredBy.strip(), content.strip(), outcome.strip(),
                serviceKind == ServiceKind.SERVICE ? serviceType.strip() : null, job), Map.of());
    }

    /** The registry's field names of a job's status, as this form names them. */
    static String jobField(String employmentField) {
        return switch (employmentField) {
            case "effectiveOn" -> "servedOn";
            case "employerName", "occupation", "monthlyIncome" -> employmentField;
            default -> "jobForm";
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String trim(String text) {
        return present(text) ? text.strip() : null;
    }

    /** A checked service; {@code job} is the move into work to record, for a service that ended in one. */
    public record Service(ServiceKind kind, LocalDate servedOn, String deliveredBy, String content, String outcome,
                          String serviceType, EmploymentInput job) {
    }

    public record Validated(Service service, Map<String, String> errors) {
        public boolean ok() {
            return service != null;
        }
    }
}
