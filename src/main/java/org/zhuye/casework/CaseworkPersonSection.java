package org.zhuye.casework;

import org.springframework.ui.Model;
import org.zhuye.region.Jurisdiction;

/**
 * A part of a person's casework page that a form's sub-package contributes (assessments, job
 * demands, follow-ups), so the page shows them without this package depending on the forms.
 */
public interface CaseworkPersonSection {

    void addTo(long personId, Jurisdiction jurisdiction, Model model);
}
