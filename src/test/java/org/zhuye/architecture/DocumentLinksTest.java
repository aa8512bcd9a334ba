package org.zhuye.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every relative link and image in README.md and docs/*.md names a file of the clone, so the README's links
 * work where someone reads them (a clone, the repository's web view) and the guide never shows a missing picture.
 */
class DocumentLinksTest {

    /** {@code [text](target)} and {@code ![alt](target)}; a title after the target ({@code "…"}) is dropped. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    @Test
    void everyRelativeLinkInTheReadmeAndDocsNamesAFileOfTheClone() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            broken.addAll(brokenLinks(document));
        }
        assertThat(broken).as("链接指向不存在的文件").isEmpty();
    }

    @Test
    void theReadmeLinksTheUserGuide() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains("](docs/用户手册.md)");
    }

    @Test
    void aLinkToAMissingFileIsFound(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path document = temp.resolve("guide.md");
        Files.createDirectories(temp.resolve("pictures"));
        Files.writeString(temp.resolve("pictures/here.png"), "");
        Files.writeString(document, """
                ![在](pictures/here.png) ![不在](pictures/gone.png) [网址](https://example.org/x) [本页](#top)
                [编码](pictures/%E4%B8%8D.png "标题") `[代码里的](not-a-link.md)`
                """);
        assertThat(brokenLinks(document)).containsExactly("guide.md → pictures/gone.png", "guide.md → pictures/%E4%B8%8D.png");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    static List<String> brokenLinks(Path document) throws IOException {
        // Code spans and blocks show link syntax as text; they are not links.
        String text = Files.readString(document).replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
        List<String> broken = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (target.startsWith("#") || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue;  // an anchor in the same page, or http:, https:, mailto:
            }
            String file = URLDecoder.decode(target.replaceAll("#.*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!Files.exists(document.toAbsolutePath().getParent().resolve(file))) {
                broken.add(document.getFileName() + " → " + target);
            }
        }
        return broken;
    }
}
