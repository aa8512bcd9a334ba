package org.zhuye.jobs.matching;

/** One failed hard filter of a pair: the rule's name and why, in Chinese. */
public record Exclusion(String rule, String message) {

    static Exclusion of(MatchRule rule, String message) {
        return new Exclusion(rule.name(), message);
    }
}
