package org.zhuye.casework;

import java.util.Map;

import org.zhuye.person.PersonNotFoundException;
import org.zhuye.region.Jurisdiction;

/** The service record a structured form hangs off: of the right kind, in the jurisdiction, not voided. */
public final class ServiceForms {

    private ServiceForms() {
    }

    /** The record, or 404 when it is not this person's or outside the jurisdiction; a rule error when it cannot take the form. */
    public static ServiceRecord target(CaseworkServices services, long personId, long serviceId, ServiceKind kind,
                                       Jurisdiction jurisdiction) {
        ServiceRecord record = services.find(personId, serviceId, jurisdiction)
                .orElseThrow(() -> new PersonNotFoundException(serviceId));
        if (record.kind() != kind) {
            throw new CaseworkRuleException(Map.of("serviceId", "这条服务记录不是" + label(kind) + "，不能填写此表"));
        }
        if (record.voided()) {
            throw new CaseworkRuleException(Map.of("serviceId", "这条服务记录已作废，不能再填写表格"));
        }
        return record;
    }

    private static String label(ServiceKind kind) {
        return switch (kind) {
            case VERIFICATION -> "基础信息核对";
            case ASSESSMENT -> "职业能力评估";
            case DEMAND -> "就业需求登记";
            case SERVICE -> "就业服务";
        };
    }
}
