package org.zhuye.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPassword() {
        assertThat(PasswordPolicy.problem("Grassland-2026", "nadam")).isEmpty();
    }

    @Test
    void refusesShortAllDigitOrUsernameBearingPasswords() {
        assertThat(PasswordPolicy.problem("Ab1", "u")).contains("密码至少需要10个字符");
        assertThat(PasswordPolicy.problem("1234567890123", "u")).contains("密码须同时包含字母和数字或符号");
        assertThat(PasswordPolicy.problem("abcdefghijkl", "u")).contains("密码须同时包含字母和数字或符号");
        assertThat(PasswordPolicy.problem("Xx-BaoTou-admin-1", "Admin")).contains("密码不能包含用户名");
    }

    @Test
    void generatedTemporaryPasswordsAlwaysPassThePolicy() {
        for (int i = 0; i < 2000; i++) {
            assertThat(PasswordPolicy.problem(PasswordGenerator.temporary(), "admin")).isEmpty();
        }
    }
}
