package org.zhuye.casework.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhuye.casework.CaseworkCodes;

/** The assessment form as typed or sent: six scores as text, a note per item, the kinds of work chosen. */
public record AssessmentInput(String physical, String sensory, String cognition, String dailyLiving, String workSkills,
                              String interests, String physicalNote, String sensoryNote, String cognitionNote,
                              String dailyLivingNote, String workSkillsNote, String interestsNote, List<String> kinds) {

    static final String WORK_KIND = "work_kind";
    static final int MAX_NOTE = 500;

    public static AssessmentInput blank() {
        return new AssessmentInput(null, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }

    public String score(AbilityScores.Item item) {
        return switch (item) {
            case PHYSICAL -> physical;
            case SENSORY -> sensory;
            case COGNITION -> cognition;
            case DAILY_LIVING -> dailyLiving;
            case WORK_SKILLS -> workSkills;
            case INTERESTS -> interests;
        };
    }

    public String note(AbilityScores.Item item) {
        return switch (item) {
            case PHYSICAL -> physicalNote;
            case SENSORY -> sensoryNote;
            case COGNITION -> cognitionNote;
            case DAILY_LIVING -> dailyLivingNote;
            case WORK_SKILLS -> workSkillsNote;
            case INTERESTS -> interestsNote;
        };
    }

    public boolean chose(String kind) {
        return kinds != null && kinds.contains(kind);
    }

    /** Every problem at once, keyed by field; a valid input gives the scores, notes and kinds to save. */
    public Validated validate(CaseworkCodes codes) {
        Map<String, String> errors = new LinkedHashMap<>();
        int[] scores = new int[6];
        Map<String, String> notes = new LinkedHashMap<>();
        for (AbilityScores.Item item : AbilityScores.Item.values()) {
            String text = score(item);
            Integer value = null;
            if (text != null && text.strip().matches("[0-4]")) {
                value = Integer.parseInt(text.strip());
            }
            if (value == null) {
                errors.put(item.field(), "请为“" + item.label() + "”选择0到4分");
            } else {
                scores[item.ordinal()] = value;
            }
            String note = note(item);
            if (note != null && !note.isBlank()) {
                if (note.strip().length() > MAX_NOTE) {
                    errors.put(item.field() + "Note", "“" + item.label() + "”的说明不超过" + MAX_NOTE + "个字");
                } else {
                    notes.put(item.field(), note.strip());
                }
            }
        }
        List<String> chosen = new ArrayList<>();
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            if (!codes.offers(WORK_KIND, kind)) {
                errors.put("kinds", "没有这种就业形式：" + kind);
            } else if (!chosen.contains(kind)) {
                chosen.add(kind);
            }
        }
        if (!errors.isEmpty()) {
            return new Validated(null, Map.of(), List.of(), errors);
        }
        AbilityScores checked = new AbilityScores(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]);
        if (chosen.isEmpty() && AbilityLevel.of(checked) != AbilityLevel.FOUR) {
            errors.put("kinds", "请至少选择一种适合的就业形式（评估为四级“暂不具备就业能力”时可不选）");
            return new Validated(null, Map.of(), List.of(), errors);
        }
        return new Validated(checked, notes, chosen, Map.of());
    }

    public record Validated(AbilityScores scores, Map<String, String> notes, List<String> kinds, Map<String, String> errors) {
    }
}
