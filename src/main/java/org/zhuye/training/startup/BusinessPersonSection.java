package org.zhuye.training.startup;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zhuye.region.Jurisdiction;
import org.zhuye.training.PersonTrainingSection;

/**
 * The businesses part of a person's 培训、证书与创业 page: {@code businesses}, each with its 创业补贴 and loans,
 * shown by {@code training/startup/person-part :: part}. Only those whose place the viewer's area holds.
 */
@Component
class BusinessPersonSection implements PersonTrainingSection {

    private final BusinessRepository businesses;

    BusinessPersonSection(BusinessRepository businesses) {
        this.businesses = businesses;
    }

    /** A business with what was paid on it. */
    public record Entry(Business business, StartupSubsidy subsidy, List<BusinessLoan> loans) {
    }

    @Override
    public void addTo(long personId, Jurisdiction jurisdiction, Model model) {
        model.addAttribute("businesses", businesses.findOfPerson(personId, jurisdiction).stream()
                .map(b -> new Entry(b, businesses.findSubsidy(b.id(), jurisdiction).orElse(null),
                        businesses.findLoans(b.id(), jurisdiction)))
                .toList());
    }
}
