package org.zhuye.employer.levy;

/**
 * One step of a levy's explanation, in Chinese.
 *
 * @param key       a stable name for the step (STAFF, COUNTED, EXEMPTION, CAP, BASE, REQUIRED, SHORTFALL, TIER, DUE)
 * @param rule      the rule applied
 * @param parameter the parameter values used and where they come from, or null when none
 * @param result    the figure the step produced, with its arithmetic
 */
public record LevyStep(String key, String rule, String parameter, String result) {
}
