package org.zhuye.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.zhuye.platform.crypto.FieldCipher;

class FieldCipherTest {

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private final FieldCipher cipher = new FieldCipher(key(), key());

    @Test
    void encryptedValuesDecryptAndNeverRepeat() {
        byte[] first = cipher.encrypt("15010219850312123242");
        byte[] second = cipher.encrypt("15010219850312123242");
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("1501021985");
        assertThat(cipher.decrypt(first)).isEqualTo("15010219850312123242");
        assertThat(cipher.decrypt(second)).isEqualTo("15010219850312123242");
    }

    @Test
    void lookupHashesAreStableAndDependOnTheKey() {
        assertThat(cipher.lookupHash("13800000000")).isEqualTo(cipher.lookupHash("13800000000"));
        assertThat(cipher.lookupHash("13800000000")).isNotEqualTo(cipher.lookupHash("13800000001"));
        assertThat(new FieldCipher(key(), key()).lookupHash("13800000000")).isNotEqualTo(cipher.lookupHash("13800000000"));
    }

    @Test
    void tamperedOrForeignCiphertextIsRefused() {
        byte[] sealed = cipher.encrypt("13800000000");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed)).hasMessageContaining("篡改");
        byte[] other = new FieldCipher(key(), key()).encrypt("13800000000");
        assertThatThrownBy(() -> cipher.decrypt(other)).isInstanceOf(IllegalStateException.class);
    }
}
