package org.zhuye.monitoring.target;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.zhuye.monitoring.ReportingPeriod;
import org.zhuye.platform.csv.CsvReader;
import org.zhuye.region.RegionCode;

/**
 * The plans' own targets ({@code monitoring/plan-targets.csv}: indicator, region code, from, to, value,
 * source), on every installation and not only the demo: loaded once the region tree is seeded, each row
 * inserted only where that target is absent and its region exists, so a restart never overwrites a value a
 * level has since changed. A bad row stops the start: the file ships with the application.
 */
@Component
// Right after the region seeder (order 0, package-private in region) and before the first administrator (10).
@Order(1)
class PlanTargets implements ApplicationRunner {

    static final String FILE = "monitoring/plan-targets.csv";
    private static final List<String> HEADER = List.of("indicator", "region_code", "from", "to", "value", "source");
    private static final Logger log = LoggerFactory.getLogger(PlanTargets.class);

    private final TargetRepository targets;

    PlanTargets(TargetRepository targets) {
        this.targets = targets;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int inserted = 0;
        try (InputStream in = new ClassPathResource(FILE).getInputStream(); CsvReader csv = CsvReader.utf8(in)) {
            List<String> header = csv.next();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(FILE + " 的表头应为 " + String.join(",", HEADER));
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != HEADER.size()) {
                    throw new IllegalStateException(FILE + " 第 " + csv.rowNumber() + " 行应有 " + HEADER.size() + " 列");
                }
                ReportingPeriod period = new ReportingPeriod(LocalDate.parse(row.get(2)), LocalDate.parse(row.get(3)));
                if (targets.insertIfAbsent(row.get(0), RegionCode.of(row.get(1)), period, new BigDecimal(row.get(4)), row.get(5))) {
                    inserted++;
                }
            }
        }
        log.info("规划目标 {}：新增 {} 条", FILE, inserted);
    }
}
