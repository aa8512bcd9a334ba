package org.zhuye.account;

import java.security.SecureRandom;

/** Temporary passwords: 16 characters without look-alikes (0/O, 1/l/I), so they can be read out. */
public final class PasswordGenerator {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String temporary() {
        String alphabet = LETTERS + DIGITS;
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        // Guarantee the policy's mix whatever the draw: one letter and one digit at distinct places.
        int letterAt = RANDOM.nextInt(password.length);
        int digitAt = (letterAt + 1 + RANDOM.nextInt(password.length - 1)) % password.length;
        password[letterAt] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        password[digitAt] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(password);
    }
}
