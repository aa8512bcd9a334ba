package org.zhuye.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuye.region.Jurisdiction;

/** The administrator's view of the trail, filtered by user, dates, action and object. */
@Controller
class AuditController {

    private final AuditLog log;
    private final Histories histories;

    AuditController(AuditLog log, Histories histories) {
        this.log = log;
        this.histories = histories;
    }

    @GetMapping("/admin/audit")
    String list(Jurisdiction jurisdiction,
                @RequestParam(required = false) String actor,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String objectType,
                @RequestParam(required = false) String objectId,
                @RequestParam(required = false) String action,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        AuditQuery query = new AuditQuery(actor, from, to, objectType, objectId, action, page);
        List<AuditEvent> events = log.find(query, jurisdiction);
        model.addAttribute("query", query);
        model.addAttribute("events", histories.describe(events.stream().limit(AuditQuery.PAGE_SIZE).toList(), jurisdiction));
        model.addAttribute("hasNext", events.size() > AuditQuery.PAGE_SIZE);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("objectTypes", histories.objectTypes());
        return "audit/list";
    }
}
