package org.zhuye.monitoring.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuye.account.UserAccount;
import org.zhuye.monitoring.Aggregation;
import org.zhuye.monitoring.Indicator;
import org.zhuye.monitoring.Indicators;
import org.zhuye.monitoring.MonitoringConflictException;
import org.zhuye.monitoring.MonitoringRuleException;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.person.WorkingAgePersons;
import org.zhuye.region.Jurisdiction;
import org.zhuye.region.RegionCode;
import org.zhuye.region.RegionRepository;

/**
 * {@code /targets}: the targets of a region and its children with progress on a day; {@code /targets/split}:
 * a region's target and all its children's in one form, with the children's sum against it (shown, never
 * refused) and a suggestion proportional to a base by the largest remainder. Staff side only.
 */
@Controller
class TargetPageController {

    static final Map<String, String> BASES = Map.of("working_age", "各地区登记的就业年龄段残疾人数", "last_year", "各地区上一年该指标完成数");

    private final TargetOverview overview;
    private final Targets targets;
    private final TargetRepository repository;
    private final Indicators indicators;
    private final RegionRepository regions;
    private final WorkingAgePersons workingAge;

    TargetPageController(TargetOverview overview, Targets targets, TargetRepository repository, Indicators indicators,
                         RegionRepository regions, WorkingAgePersons workingAge) {
        this.overview = overview;
        this.targets = targets;
        this.repository = repository;
        this.indicators = indicators;
        this.regions = regions;
        this.workingAge = workingAge;
    }

    @GetMapping("/targets")
    String overview(@RequestParam(required = false) String region, @RequestParam(required = false) String period,
                    @RequestParam(required = false) String asOf, UserAccount user, Jurisdiction jurisdiction, Model model,
                    HttpServletResponse response) {
        TargetApiController.staffSide(user);
        RegionCode code = jurisdiction.regionFor(region);
        Map<String, String> errors = new LinkedHashMap<>();
        ReportingPeriod within = null;
        if (period != null && !period.isBlank()) {
            within = ReportingPeriod.parse(period).orElse(null);
            if (within == null) {
                errors.put("period", "期间：填年份（2026）、年度区间（2022-2024）、季度（2026Q3）或月份（2026-03）");
            }
        }
        LocalDate day = Targets.today();
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.put("asOf", "截至日期：格式如 2026-09-30");
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("overview", overview.of(code, within, day, jurisdiction));
        model.addAttribute("errors", errors);
        model.addAttribute("regionText", code.value());
        model.addAttribute("periodText", period);
        model.addAttribute("asOfText", day.toString());
        model.addAttribute("canSplit", Targets.writer(user));
        return "monitoring/targets/overview";
    }

    @GetMapping("/targets/split")
    String split(@RequestParam(required = false) String indicator, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String period, @RequestParam(required = false) String saved,
                 UserAccount user, Jurisdiction jurisdiction, Model model, HttpServletResponse response) {
        TargetApiController.staffSide(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Choice choice = choice(indicator, region, period, jurisdiction, errors);
        Form form = choice.ready() ? stored(choice, jurisdiction) : null;
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(model, user, choice, form, errors, saved != null ? "已保存。" : null, "working_age");
    }

    @PostMapping("/targets/split")
    String save(@RequestParam MultiValueMap<String, String> posted, UserAccount user, Jurisdiction jurisdiction, Model model,
                HttpServletResponse response) {
        TargetApiController.staffSide(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Choice choice = choice(posted.getFirst("indicator"), posted.getFirst("region"), posted.getFirst("period"), jurisdiction, errors);
        if (!choice.ready()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, choice, null, errors, null, "working_age");
        }
        Form form = posted(choice, posted, jurisdiction);
        String base = BASES.containsKey(posted.getFirst("base")) ? posted.getFirst("base") : "working_age";
        if ("suggest".equals(posted.getFirst("action"))) {
            String notice = suggest(choice, form, base, jurisdiction, errors);
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            return page(model, user, choice, form, errors, notice, base);
        }
        form.parentEditable = Targets.setsTargetsOf(user, choice.region);
        List<TargetInput> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        LocalDate from = choice.period.from();
        LocalDate to = choice.period.to();
        if (form.parentEditable && !form.parent.value.isBlank()) {
            inputs.add(new TargetInput(choice.indicator.code(), choice.region.value(), from, to, form.parent.value, form.parent.version, null));
            names.add("parent");
        }
        for (Field child : form.children) {
            if (!child.value.isBlank()) {
                inputs.add(new TargetInput(choice.indicator.code(), child.regionCode, from, to, child.value, child.version, null));
                names.add("value." + child.regionCode);
            }
        }
        if (inputs.isEmpty()) {
            errors.put("parent", "目标值：没有填写任何目标");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, choice, form, errors, null, base);
        }
        try {
            targets.setAll(inputs, user, jurisdiction);
        } catch (MonitoringRuleException e) {
            e.fieldErrors().forEach((key, message) -> errors.put(formName(key, names), message));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, user, choice, form, errors, null, base);
        } catch (MonitoringConflictException e) {
            errors.put("parent", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, user, choice, stored(choice, jurisdiction), errors, null, base);
        }
        return "redirect:/targets/split?indicator=" + choice.indicator.code() + "&region=" + choice.region.value()
                + "&period=" + choice.period.key() + "&saved=1";
    }

    /** "[2].value" → the form's input of the third row; a single row's key has no index. */
    private static String formName(String key, List<String> names) {
        if (key.startsWith("[")) {
            return names.get(Integer.parseInt(key.substring(1, key.indexOf(']'))));
        }
        return names.size() == 1 ? names.get(0) : key;
    }

    private String suggest(Choice choice, Form form, String base, Jurisdiction jurisdiction, Map<String, String> errors) {
        if (choice.indicator.aggregation() == Aggregation.RATIO) {
            form.children.forEach(c -> c.value = form.parent.value);
            return "比率指标按同一比率建议：各下级地区均填入本级目标 " + form.parent.value + "%，可逐个调整。尚未保存。";
        }
        long total;
        try {
            total = new BigDecimal(form.parent.value.strip().replace(",", "")).longValueExact();
            if (total < 0) {
                throw new ArithmeticException();
            }
        } catch (RuntimeException e) {
            errors.put("parent", "目标值：先填写本级目标（非负整数），再按比例建议");
            return null;
        }
        Map<String, Long> weights = new LinkedHashMap<>();
        if ("last_year".equals(base)) {
            int year = choice.period.from().getYear() - 1;
            indicators.figures(choice.indicator.code(), choice.region, ReportingPeriod.year(year), jurisdiction).children()
                    .forEach(c -> weights.put(c.regionCode(), c.figure().value()));
        } else {
            weights.putAll(workingAge.byChild(choice.region, Targets.today(), jurisdiction));
        }
        List<Long> bases = form.children.stream().map(c -> weights.getOrDefault(c.regionCode, 0L)).toList();
        List<Long> parts = LargestRemainder.split(total, bases);
        for (int i = 0; i < parts.size(); i++) {
            form.children.get(i).value = String.valueOf(parts.get(i));
            form.children.get(i).base = bases.get(i);
        }
        return "已按" + BASES.get(base) + "填入建议值（最大余数法，合计正好等于本级目标），可逐个调整。尚未保存。";
    }

    private Choice choice(String indicator, String region, String period, Jurisdiction jurisdiction, Map<String, String> errors) {
        RegionCode code = jurisdiction.regionFor(region);
        Indicator chosen = null;
        if (indicator != null && !indicator.isBlank()) {
            chosen = indicators.find(indicator.strip()).filter(i -> i.aggregation() != Aggregation.MEDIAN).orElse(null);
            if (chosen == null) {
                errors.put("indicator", "指标：请从列表中选择可设目标的指标");
            }
        }
        ReportingPeriod parsed = null;
        if (period != null && !period.isBlank()) {
            parsed = ReportingPeriod.parse(period).orElse(null);
            if (parsed == null) {
                errors.put("period", "期间：填年份（2026）或年度区间（2022-2024）");
            }
        }
        return new Choice(chosen, code, parsed, indicator, period);
    }

    private Form stored(Choice choice, Jurisdiction jurisdiction) {
        Form form = new Form();
        Optional<Target> own = repository.find(choice.indicator.code(), choice.region, choice.period);
        form.parent = new Field(choice.region.value(), own.map(t -> plain(t.value())).orElse(""), own.map(Target::version).orElse(null));
        List<RegionRepository.RegionWithChildCount> children = regions.children(choice.region, jurisdiction);
        Map<String, Target> set = new LinkedHashMap<>();
        repository.ofChildren(choice.indicator.code(), choice.period, children.stream().map(c -> c.region().code()).toList())
                .forEach(t -> set.put(t.regionCode(), t));
        for (RegionRepository.RegionWithChildCount child : children) {
            Target t = set.get(child.region().code());
            form.children.add(new Field(child.region().code(), t == null ? "" : plain(t.value()), t == null ? null : t.version()));
        }
        return form;
    }

    private Form posted(Choice choice, MultiValueMap<String, String> posted, Jurisdiction jurisdiction) {
        Form form = stored(choice, jurisdiction);
        form.parent.value = Optional.ofNullable(posted.getFirst("parent")).orElse(form.parent.value);
        form.parent.version = version(posted.getFirst("parentVersion"));
        for (Field child : form.children) {
            child.value = Optional.ofNullable(posted.getFirst("value." + child.regionCode)).orElse("");
            child.version = version(posted.getFirst("version." + child.regionCode));
        }
        return form;
    }

    private static Integer version(String text) {
        return text == null || !text.strip().matches("\\d{1,9}") ? null : Integer.valueOf(text.strip());
    }

    private String page(Model model, UserAccount user, Choice choice, Form form, Map<String, String> errors, String notice, String base) {
        if (form != null) {
            form.parentEditable = Targets.setsTargetsOf(user, choice.region);
        }
        model.addAttribute("choice", choice);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        model.addAttribute("base", base);
        model.addAttribute("bases", BASES);
        model.addAttribute("writer", Targets.writer(user));
        model.addAttribute("choosable", indicators.catalogue().stream().filter(i -> i.aggregation() != Aggregation.MEDIAN).toList());
        if (form != null) {
            List<String> places = new ArrayList<>();
            places.add(choice.region.value());
            form.children.forEach(c -> places.add(c.regionCode));
            model.addAttribute("places", places);
            model.addAttribute("sum", choice.indicator.aggregation() == Aggregation.RATIO ? null : form.sum());
        }
        return "monitoring/targets/split";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** What the split is of; {@code ready()} once indicator and period are readable. */
    public record Choice(Indicator indicator, RegionCode region, ReportingPeriod period, String indicatorText, String periodText) {

        public boolean ready() {
            return indicator != null && period != null;
        }

        public boolean ratio() {
            return indicator != null && indicator.aggregation() == Aggregation.RATIO;
        }
    }

    /** The form as shown: values as typed (a bad one comes back as it was, with its message). */
    public static final class Form {
        Field parent;
        final List<Field> children = new ArrayList<>();
        boolean parentEditable;

        public Field getParent() {
            return parent;
        }

        public List<Field> getChildren() {
            return children;
        }

        public boolean isParentEditable() {
            return parentEditable;
        }

        /** The children's sum against the parent as far as both are numbers; null when none is. */
        public TargetOverview.SplitSum sum() {
            List<BigDecimal> values = new ArrayList<>();
            for (Field c : children) {
                number(c.value).ifPresent(values::add);
            }
            return TargetOverview.SplitSum.of(number(parent.value).orElse(null), values);
        }

        private static Optional<BigDecimal> number(String text) {
            try {
                return text == null || text.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(text.strip().replace(",", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    public static final class Field {
        final String regionCode;
        String value;
        Integer version;
        Long base;

        Field(String regionCode, String value, Integer version) {
            this.regionCode = regionCode;
            this.value = value;
            this.version = version;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public String getValue() {
            return value;
        }

        public Integer getVersion() {
            return version;
        }

        public Long getBase() {
            return base;
        }
    }
}
