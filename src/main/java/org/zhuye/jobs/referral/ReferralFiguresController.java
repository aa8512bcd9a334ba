package org.zhuye.jobs.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.zhuye.account.Role;
import org.zhuye.account.UserAccount;
import org.zhuye.jobs.JobRuleException;
import org.zhuye.region.Jurisdiction;

/** {@code /referrals/figures}: the funnel's figures for a region and period and each child region, staff only. */
@Controller
class ReferralFiguresController {

    private final ReferralFigureReport report;

    ReferralFiguresController(ReferralFigureReport report) {
        this.report = report;
    }

    @GetMapping("/referrals/figures")
    String figures(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, UserAccount user, Jurisdiction jurisdiction, Model model) {
        if (user.roles().stream().noneMatch(Role::staffSide)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "推介统计只对残联工作人员开放");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ReferralFigures figures;
        ReferralPeriod period = ReferralPeriod.parse(null, null);
        try {
            period = ReferralPeriod.parse(from, to);
            figures = report.figures(region, period.from(), period.to(), jurisdiction);
        } catch (JobRuleException e) {
            errors.putAll(e.fieldErrors());
            figures = report.figures(null, period.from(), period.to(), jurisdiction);
        }
        model.addAttribute("figures", figures);
        model.addAttribute("errors", errors);
        model.addAttribute("regionText", region);
        model.addAttribute("months", List.of(3, 6, 12));
        return "jobs/referral/figures";
    }
}
