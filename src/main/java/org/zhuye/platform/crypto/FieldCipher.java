package org.zhuye.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single fields (ID and phone numbers) with AES-256-GCM, and gives each a keyed
 * HMAC-SHA256 so that an exact value can be found without decrypting every row. The two keys
 * are separate, so the lookup key alone reveals nothing. Stored form: key version (1 byte),
 * nonce (12 bytes), ciphertext with tag.
 */
public final class FieldCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();
    // One Cipher and Mac per thread, initialised with the key once: a bulk import encrypts
    // millions of fields, and a fresh instance recomputes the AES key schedule every time.
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldCipher::newCipher);
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public FieldCipher(byte[] encryptionKey, byte[] lookupKey) {
        if (encryptionKey.length != 32 || lookupKey.length != 32) {
            throw new IllegalArgumentException("加密密钥和查找密钥都必须是256位");
        }
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        this.lookupKey = new SecretKeySpec(lookupKey, "HmacSHA256");
    }

    public byte[] encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[]{VERSION});
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("加密失败", e);
        }
    }

    public String decrypt(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalArgumentException("不是本系统加密的数据");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(new byte[]{VERSION});
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("解密失败：密钥不符或数据已被篡改", e);
        }
    }

    /** The keyed hash under which an exact value is looked up. */
    public byte[] lookupHash(String value) {
        return macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("无法创建 AES-GCM", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("计算查找哈希失败", e);
        }
    }
}
