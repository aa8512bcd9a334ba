package org.zhuye.casework.publicpost;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuye.casework.CaseworkForms;
import org.zhuye.person.PersonRepository;
import org.zhuye.region.Jurisdiction;

/** Reads of 公益性岗位 placements. */
@RestController
class PublicPostApiController {

    private final PublicPosts posts;
    private final PersonRepository persons;

    PublicPostApiController(PublicPosts posts, PersonRepository persons) {
        this.posts = posts;
        this.persons = persons;
    }

    @Operation(summary = "补贴期限即将到期的公益性岗位安置", description = "今天起 days 天内（默认90天）补贴期限结束的安置，按结束日期排列")
    @GetMapping("/api/v1/casework/public-posts/ending")
    List<Placement> ending(@RequestParam(required = false) String region, @RequestParam(defaultValue = "90") int days,
                           Jurisdiction jurisdiction) {
        if (days < 0 || days > 3660) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "days 须为 0 至 3660 的天数：" + days);
        }
        LocalDate today = LocalDate.now();
        return posts.ending(CaseworkForms.region(region, jurisdiction), today, today.plusDays(days), jurisdiction);
    }

    @Operation(summary = "期满待确认去向的公益性岗位安置", description = "补贴期限已结束、尚未确认续聘、转为其他就业或离岗的安置，按结束日期排列")
    @GetMapping("/api/v1/casework/public-posts/unconfirmed")
    List<Placement> unconfirmed(@RequestParam(required = false) String region, Jurisdiction jurisdiction) {
        return posts.unconfirmed(CaseworkForms.region(region, jurisdiction), LocalDate.now(), jurisdiction);
    }

    @Operation(summary = "某人的公益性岗位安置", description = "全部安置记录，新的在前，含已作废的")
    @GetMapping("/api/v1/casework/persons/{id}/public-posts")
    List<Placement> forPerson(@PathVariable long id, Jurisdiction jurisdiction) {
        persons.require(id, jurisdiction);
        return posts.forPerson(id, jurisdiction);
    }
}
