package org.zhuye.training.subsidy;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.PersonTrainingSection;

/** The person's training subsidies and six-month follow-ups on their training page. */
@Component
class SubsidyPersonSection implements PersonTrainingSection {

    private final TrainingSubsidies subsidies;
    private final TrainingFollowups followups;

    SubsidyPersonSection(TrainingSubsidies subsidies, TrainingFollowups followups) {
        this.subsidies = subsidies;
        this.followups = followups;
    }

    @Override
    public void addTo(long personId, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("trainingSubsidies", subsidies.ofPerson(personId, jurisdiction));
        model.addAttribute("trainingFollowups", followups.ofPerson(personId, jurisdiction));
    }
}
