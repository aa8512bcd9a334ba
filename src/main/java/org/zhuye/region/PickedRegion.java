package org.zhuye.region;

import java.util.List;

/**
 * Which region a picker's selects name, read from what the form posted.
 *
 * <p>A picker posts one value per level, top down, under the field's own name, and the search
 * result (if one was chosen) apart. The deepest level that still lies inside the one above it wins:
 * a county left chosen after the league above was changed no longer counts, so a form that reloads
 * without script never keeps a place the user moved away from. A chosen search result wins over
 * the levels. A single value (a hidden input, a link) passes through unchanged.
 */
public final class PickedRegion {

    private PickedRegion() {
    }

    public static String of(List<String> levelValues, String found) {
        if (found != null && !found.isBlank()) {
            return found.strip();
        }
        String chosen = "";
        RegionCode chosenCode = null;
        for (String value : levelValues) {
            if (value == null || value.isBlank()) {
                break;
            }
            var code = RegionCode.parse(value);
            if (chosenCode == null) {
                // The top value passes through even when unreadable, so the form says what is wrong with it.
                chosen = value.strip();
                chosenCode = code.orElse(null);
                if (chosenCode == null) {
                    break;
                }
                continue;
            }
            if (code.isEmpty() || !code.get().isWithin(chosenCode) || code.get().level() <= chosenCode.level()) {
                break;
            }
            chosen = value.strip();
            chosenCode = code.get();
        }
        return chosen;
    }
}
