package org.zhuye.person;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a form of a merged record answers: it is read-only, so back to it with the notice naming the kept record. */
public final class MergedRecord {

    private MergedRecord() {
    }

    /** Flashes {@link Person#mergedMessage()} and redirects to the record's page. */
    public static String refuse(Person person, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", person.mergedMessage());
        return "redirect:/persons/" + person.id();
    }
}
