package jp.manabiba.research;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jp.manabiba.i18n.InvalidInput;

/**
 * The secret a coordinator types at export time, turned into pseudonyms: HMAC-SHA-256(key, learner id) in base32
 * (RFC 4648), its first 16 characters (80 bits). The same key gives the same child the same pseudonym in every
 * export; without the key nobody can go back from a pseudonym to the child. The key lives only in this object for
 * the length of one export: it is never stored, logged or shown again.
 */
final class ResearchKey {

    static final String FIELD = "key";
    static final int MIN_LENGTH = 16;
    static final int MAX_LENGTH = 200;
    /** Fewer distinct characters than this reads as a pattern ("aaaa…", "1234123412341234"), not a secret. */
    static final int MIN_DISTINCT = 8;
    static final int PSEUDONYM_LENGTH = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final Mac mac;

    private ResearchKey(byte[] secret) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", missing);
        }
    }

    /**
     * The key as typed, or a refusal at the key field. Spaces around it are dropped and it is read in Unicode NFC, so
     * the same passphrase typed again (another IME, a pasted copy) gives the same pseudonyms.
     */
    static ResearchKey of(String typed) {
        String key = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        int length = key.codePointCount(0, key.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInput(FIELD, "research.error.key-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInput(FIELD, "validation.too-long", MAX_LENGTH);
        }
        if (key.codePoints().distinct().count() < MIN_DISTINCT) {
            throw new InvalidInput(FIELD, "research.error.key-weak", MIN_DISTINCT);
        }
        return new ResearchKey(key.getBytes(StandardCharsets.UTF_8));
    }

    String pseudonym(long learnerId) {
        byte[] digest = mac.doFinal(Long.toString(learnerId).getBytes(StandardCharsets.US_ASCII));
        return base32(digest).substring(0, PSEUDONYM_LENGTH);
    }

    /** RFC 4648 base32 without padding: 5 bits a character. */
    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 0x1F]);
        }
        return out.toString();
    }
}
