package org.zhuye.browser;

import java.util.HashSet;
import java.util.Set;

import com.microsoft.playwright.Page;

/**
 * What axe-core judges of a page, as a fingerprint: the element tree with every attribute that bears on
 * accessibility or styling by value (id, class, role, aria-*, style, for, type, lang, …) and every other attribute
 * and each text node only as present and empty or not, at the viewport's width. Two pages with one fingerprint get
 * one verdict from axe — names, labels, contrast and structure are the same; only the words differ — so a run checks
 * each structure once. The words never matter to WCAG 2.1 A/AA rules but by being there or not.
 */
final class PageStructure {

    private static final String FINGERPRINT = """
            () => {
              const byValue = new Set(['id', 'class', 'role', 'type', 'for', 'lang', 'dir', 'style', 'tabindex', 'scope',
                'headers', 'hidden', 'disabled', 'readonly', 'required', 'multiple', 'open', 'selected', 'checked',
                'colspan', 'rowspan', 'name', 'list', 'autocomplete', 'inputmode', 'target', 'rel', 'method', 'accept']);
              const out = [window.innerWidth, window.innerHeight, document.title.trim() ? 'T' : 't'];
              const walk = el => {
                out.push('<' + el.tagName);
                for (const a of el.attributes) {
                  out.push(a.name.startsWith('aria-') || byValue.has(a.name) ? a.name + '=' + a.value
                      : a.name + (a.value.trim() ? '+' : '-'));
                }
                for (const c of el.childNodes) {
                  if (c.nodeType === 3) {
                    if (c.textContent.trim()) out.push('#');
                  } else if (c.nodeType === 1) {
                    walk(c);
                  }
                }
                out.push('>');
              };
              walk(document.documentElement);
              const s = out.join('|');
              let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
              for (let i = 0; i < s.length; i++) {
                const ch = s.charCodeAt(i);
                h1 = Math.imul(h1 ^ ch, 2654435761);
                h2 = Math.imul(h2 ^ ch, 1597334677);
              }
              h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
              h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
              return s.length + ':' + (h2 >>> 0).toString(16) + ':' + (h1 >>> 0).toString(16);
            }""";

    private static final Set<String> SEEN = new HashSet<>();

    private PageStructure() {
    }

    /** Whether this run has not yet checked a page of this structure (and from now on has). */
    static synchronized boolean firstSeen(Page page) {
        return SEEN.add(fingerprint(page));
    }

    /** A structure that failed is checked again wherever it appears, so every test that reaches it fails. */
    static synchronized void forget(Page page) {
        SEEN.remove(fingerprint(page));
    }

    private static String fingerprint(Page page) {
        return (String) page.evaluate(FINGERPRINT);
    }
}
