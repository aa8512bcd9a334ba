package org.zhuye.audit;

/** A shown value or name, with the page it links to ({@code href} null for plain text). */
public record Reference(String text, String href) {

    public static Reference text(String text) {
        return new Reference(text, null);
    }

    public boolean linked() {
        return href != null;
    }
}
