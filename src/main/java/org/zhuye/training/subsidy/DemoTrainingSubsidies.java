package org.zhuye.training.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.TrainingRuleException;
import org.zhuye.institution.TrainingDemo;

/**
 * Six-month follow-ups and subsidies for whatever completed enrolments the demo courses (order 85) left,
 * through {@link TrainingFollowups#record} and {@link TrainingSubsidies}, validated and audited as "system":
 * most follow-ups that fell due are recorded a few weeks after their day, about one in seven is left due;
 * about four in ten trainees are found working (the registry's job where it knows one, else a job begun
 * between completion and the visit, which the visit records in the registry). Then every course's subsidies
 * are computed, and most of those completed before this year confirmed. Runs with {@code zhuye.demo.training}
 * on the embedded database while no follow-up is recorded.
 */
@Component
@Order(DemoTrainingSubsidies.ORDER)
class DemoTrainingSubsidies implements ApplicationRunner {

    /** After the demo courses (85). */
    static final int ORDER = 90;
    private static final Jurisdiction PROVINCE = Jurisdiction.of("15");
    private static final Logger log = LoggerFactory.getLogger(DemoTrainingSubsidies.class);

    private final TrainingFollowups followups;
    private final TrainingSubsidies subsidies;
    private final JdbcClient jdbc;
    private final TrainingDemo demo;

    DemoTrainingSubsidies(TrainingFollowups followups, TrainingSubsidies subsidies, JdbcClient jdbc,
                          TrainingDemo demo) {
        this.followups = followups;
        this.subsidies = subsidies;
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.intoEmpty(jdbc, "training_followup", "演示培训后跟踪与补贴")) {
            return;
        }
        try {
            populate(demo.seed(), LocalDate.now());
        } catch (RuntimeException e) {
            // A generator bug must not keep the product from starting.
            log.error("演示培训后跟踪与补贴生成中止", e);
        }
    }

    /** Records the follow-ups, computes and confirms; returns how many follow-ups were recorded. */
    int populate(long seed, LocalDate today) {
        int recorded = 0;
        List<Followup> due = followups.due(PROVINCE.likePattern(), today, 100_000, PROVINCE);
        for (Followup f : due) {
            SplittableRandom random = new SplittableRandom(seed * 31 + f.enrolmentId());
            // Those due in the last month are the ones still waiting, and a few older ones.
            if (!f.dueOn().isBefore(today.minusDays(30)) || random.nextDouble() < 0.1) {
                continue;
            }
            LocalDate visited = f.dueOn().plusDays(random.nextInt(25));
            visited = visited.isAfter(today) ? today : visited;
            FollowupInput input;
            if (Boolean.TRUE.equals(f.registryEmployed())) {
                input = new FollowupInput(visited.toString(), "true", f.registrySince().toString(), null,
                        f.registryEmployer(), "登记中已有就业记录，电话核实");
            } else if (random.nextDouble() < 0.4) {
                LocalDate since = f.completedOn().plusDays(1 + random.nextInt(150));
                since = since.isAfter(visited) ? visited : since;
                input = new FollowupInput(visited.toString(), "true", since.toString(), random.nextBoolean() ? "7" : "1",
                        random.nextBoolean() ? null : "演示用人单位（虚拟）", "入户回访");
            } else {
                input = new FollowupInput(visited.toString(), "false", null, null, null, "入户回访，尚未就业");
            }
            try {
                followups.record(f.enrolmentId(), input, PROVINCE);
                recorded++;
            } catch (TrainingRuleException | org.zhuye.person.PersonRuleException e) {
                log.warn("演示培训后跟踪未记录（报名 {}）：{}", f.enrolmentId(), e.getMessage());
            }
        }
        TrainingSubsidies.Computed computed = subsidies.computeAll(PROVINCE);
        int confirmed = 0;
        List<Subsidy> past = jdbc.sql("SELECT id, version FROM training_subsidy WHERE status = 'CALCULATED' AND completed_on < ?")
                .param(java.sql.Date.valueOf(LocalDate.of(today.getYear(), 1, 1)))
                .query((rs, i) -> subsidies.find(rs.getLong(1), PROVINCE).orElseThrow()).list();
        for (Subsidy s : past) {
            if (new SplittableRandom(seed * 17 + s.id()).nextDouble() < 0.85) {
                subsidies.confirm(s.id(), s.version(), PROVINCE);
                confirmed++;
            }
        }
        log.info("演示培训后跟踪 {} 条，核算补贴 {} 笔（待定 {}），确认 {} 笔", recorded, computed.calculated(), computed.waiting(),
                confirmed);
        return recorded;
    }
}
