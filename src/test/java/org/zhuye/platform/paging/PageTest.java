package org.zhuye.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageTest {

    static final List<Integer> HOUSEHOLDS = IntStream.rangeClosed(1, 120).boxed().toList();

    @Test
    void pageTwoOfOneHundredTwentyHoldsTheFiftyFirstToTheHundredthAndLinksBothWaysKeepingTheFilters() {
        Page<Integer> page = new PageRequest(2, 50, "region=150304003007&kind=STUDENT").slice(HOUSEHOLDS);

        assertThat(page.rows()).containsExactlyElementsOf(IntStream.rangeClosed(51, 100).boxed().toList());
        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(120);
        assertThat(page.firstPosition()).isEqualTo(51);
        assertThat(page.previousHref()).isEqualTo("?region=150304003007&kind=STUDENT&page=1");
        assertThat(page.nextHref()).isEqualTo("?region=150304003007&kind=STUDENT&page=3");
    }

    @Test
    void theLastPageHasNoNextAndAPageNumberBelowOneIsTheFirst() {
        assertThat(new PageRequest(3, 50, "").slice(HOUSEHOLDS)).satisfies(last -> {
            assertThat(last.rows()).containsExactly(101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115,
                    116, 117, 118, 119, 120);
            assertThat(last.hasNext()).isFalse();
            assertThat(last.hasPrevious()).isTrue();
        });
        Page<Integer> first = new PageRequest(-4, 50, null).slice(HOUSEHOLDS);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.nextHref()).isEqualTo("?page=2");
    }

    @Test
    void pastTheLastPageTheWayBackIsToTheLastPage() {
        Page<Integer> beyond = new PageRequest(9, 50, "q=a").slice(HOUSEHOLDS);
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.hasNext()).isFalse();
        assertThat(beyond.previousHref()).isEqualTo("?q=a&page=3");
    }
}
