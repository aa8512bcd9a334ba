package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MenuSectionsTest {

    @Test
    void aPageBelongsToTheLongestSectionThatIsItsPathOrAParentOfIt() {
        assertThat(MenuSections.of("/")).isEqualTo("/");
        assertThat(MenuSections.of("/persons")).isEqualTo("/persons");
        assertThat(MenuSections.of("/persons/12")).isEqualTo("/persons");
        assertThat(MenuSections.of("/persons/12/edit")).isEqualTo("/persons");
        assertThat(MenuSections.of("/persons/overview")).isEqualTo("/persons/overview");
        assertThat(MenuSections.of("/persons/requests/3")).isEqualTo("/persons/requests");
        assertThat(MenuSections.of("/casework/persons/5")).isEqualTo("/casework");
        assertThat(MenuSections.of("/casework/plans/mine")).isEqualTo("/casework/plans/mine");
        assertThat(MenuSections.of("/casework/plans/7")).isEqualTo("/casework/plans");
        assertThat(MenuSections.of("/declarations/lists/below-quota")).isEqualTo("/declarations/lists");
        assertThat(MenuSections.of("/admin/regions/import")).isEqualTo("/admin/regions");
    }

    @Test
    void aSectionIsMatchedByWholePathSegmentsOnly() {
        // /levy-payments starts with /levy as text; the 残保金测算 link must not be marked on it.
        assertThat(MenuSections.of("/levy-payments")).isEqualTo("/levy-payments");
        assertThat(MenuSections.of("/levy/calculator")).isEqualTo("/levy");
        assertThat(MenuSections.of("/institution")).isEqualTo("/institution");
        assertThat(MenuSections.of("/institutions/4")).isEqualTo("/institutions");
        assertThat(MenuSections.of("/personsx")).isNull();
        assertThat(MenuSections.of("/help")).isNull();
    }

    @Test
    void everySectionTheMenuComparesWithIsListed() throws IOException {
        String nav = new ClassPathResource("templates/nav.html").getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("menuCurrent == '([^']+)'").matcher(nav);
        Set<String> named = new LinkedHashSet<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(MenuSections.ALL).containsAll(named);
        assertThat(nav).doesNotContain("currentPath");
    }
}
