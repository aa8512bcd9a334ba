package org.zhuye.training;

import org.springframework.ui.Model;
import org.zhuye.region.Jurisdiction;

/**
 * A part of a person's 培训、证书与创业 page ({@code /persons/{id}/training}) that a sub-package
 * contributes (courses and certificates, subsidies, businesses), so the page shows them without
 * depending on each sub-package. The page's template includes each part's fragment when the part
 * has put its attributes in the model.
 */
public interface PersonTrainingSection {

    void addTo(long personId, Jurisdiction jurisdiction, Model model);
}
