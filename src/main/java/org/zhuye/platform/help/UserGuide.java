package org.zhuye.platform.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The user guide as HTML. The build copies {@code docs/用户手册.md} into the jar as {@code help/用户手册.md} and its
 * screenshots into {@code static/help/}, so the page and the file in the repository are one text. The file refers to
 * its images as {@code 用户手册/x.png} (relative to docs/, which is what a clone and the repository's web view
 * resolve); here they are {@code help/x.png}, relative to {@code /help}, which works under any context path.
 */
@Component
class UserGuide {

    static final String RESOURCE = "help/用户手册.md";
    private static final String IMAGE_FOLDER = "用户手册/";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    private volatile String html;

    /** Rendered once: the guide is part of the jar and does not change while it runs. */
    String html() {
        String rendered = html;
        if (rendered == null) {
            rendered = render(read());
            html = rendered;
        }
        return rendered;
    }

    static String render(String markdown) {
        Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (image.getDestination().startsWith(IMAGE_FOLDER)) {
                    image.setDestination("help/" + image.getDestination().substring(IMAGE_FOLDER.length()));
                }
                visitChildren(image);
            }
        });
        // Our own text, but escaped anyway: the page's CSP forbids inline script and style, and raw HTML has no place here.
        return HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build().render(document);
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("用户手册不在程序包中（构建时应从 docs/用户手册.md 复制）", e);
        }
    }
}
