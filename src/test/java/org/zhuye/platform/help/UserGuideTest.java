package org.zhuye.platform.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** How docs/用户手册.md becomes the /help page. */
class UserGuideTest {

    @Test
    void picturesOfTheGuideFolderAreServedBesideThePage() {
        assertThat(UserGuide.render("![人员查询](用户手册/persons.png)"))
                .contains("<img src=\"help/persons.png\" alt=\"人员查询\" />");
    }

    @Test
    void rawHtmlInTheTextIsShownAsTextNeverRun() {
        assertThat(UserGuide.render("<script>alert(1)</script>\n\n[x](javascript:alert(1))"))
                .doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
    }

    @Test
    void theGuideHasOneTitleAndHeadingsThatNeverSkipALevel() throws IOException {
        String html = UserGuide.render(Files.readString(Path.of("docs/用户手册.md")));
        Matcher m = Pattern.compile("<h([1-6])[^>]*>").matcher(html);
        List<Integer> levels = new ArrayList<>();
        while (m.find()) {
            levels.add(Integer.parseInt(m.group(1)));
        }
        assertThat(levels).first().isEqualTo(1);
        assertThat(levels.stream().filter(level -> level == 1)).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("第%d个标题的级别", i + 1).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    /** CommonMark does not close ** after a full-width bracket when a character follows: the stars would show. */
    @Test
    void theGuideShowsNoMarkdownMarks() throws IOException {
        String html = UserGuide.render(Files.readString(Path.of("docs/用户手册.md")));
        assertThat(html.replaceAll("(?s)<code>.*?</code>", "")).doesNotContain("**").doesNotContain("](");
    }

    @Test
    void theContentsLinkToHeadingsOfThePage() throws IOException {
        String html = UserGuide.render(Files.readString(Path.of("docs/用户手册.md")));
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            links++;
            // The renderer percent-encodes the link; a browser decodes it before looking for the id.
            String id = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).as("目录链接 #%s", id).contains("id=\"" + id + "\"");
        }
        assertThat(links).isGreaterThan(10);
    }
}
