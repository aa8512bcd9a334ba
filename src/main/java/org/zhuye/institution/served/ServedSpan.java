package org.zhuye.institution.served;

import java.time.LocalDate;

import org.zhuye.institution.CareMode;
import org.zhuye.institution.EndReason;
import org.zhuye.institution.ServedService;

/** One dated span of a person served by an institution, with the person's name and place for the lists. */
public record ServedSpan(long id, long institutionId, String institutionName, long personId, String personName,
                         String personRegionCode, ServedService service, CareMode careMode, LocalDate fromOn,
                         LocalDate untilOn, EndReason endReason, Long employmentEventId, String note, int version) {

    public boolean open() {
        return untilOn == null;
    }

    public boolean work() {
        return ServedInput.isWork(service);
    }
}
