package org.zhuye.employer;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid, never-repeating credit codes for tests that share one database: a counter seeded from
 * the clock fills the organisation code, and both check characters are computed.
 */
public final class TestCreditCodes {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 10_000_000L * 10);

    private TestCreditCodes() {
    }

    /** An enterprise (91) registered in 红山区 (150402). */
    public static String next() {
        return next("91", "150402");
    }

    public static String next(String authorityAndCategory, String division) {
        String body = String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
        return of(authorityAndCategory + division + body);
    }

    /** Completes 16 characters (authority, category, division, 8-character organisation body) with both checks. */
    public static String of(String first16) {
        String first17 = first16 + UnifiedSocialCreditCode.organisationCheckCharacter(first16.substring(8));
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
