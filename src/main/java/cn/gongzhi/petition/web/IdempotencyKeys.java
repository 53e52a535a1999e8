package cn.gongzhi.petition.web;

import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.Sha256;
import java.util.regex.Pattern;

/**
 * An {@code Idempotency-Key} is scoped to whoever sent it, so that one caller's key can never return another's
 * receipt: {@code api:<login>:<key>} for the staff API, {@code open311:<hash of the API key>:<key>} for Open311 (the
 * API key itself is never stored), {@code web:<key>} for the public page, whose residents are anonymous. A stored
 * key fits its column ({@code petition.idempotency_key}, 200): a Camunda login has at most 64 characters and cannot
 * contain a colon, a key at most 100.
 */
final class IdempotencyKeys {

    static final int MAX_LENGTH = 100;
    /** Hex digits of the API key's SHA-256 that name an Open311 client: 64 bits, never the key. */
    static final int CLIENT_HASH_LENGTH = 16;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{8," + MAX_LENGTH + "}");

    private IdempotencyKeys() {}

    /** A key of the public page: one scope for everyone, as residents file without a login. */
    static String anonymous(String channel, String key) {
        return scoped(channel, key);
    }

    /** A key of a logged-in caller. */
    static String ofLogin(String channel, String login, String key) {
        return scoped(channel + ":" + login, key);
    }

    /** A key of a client known by a secret (an API key), which is kept only as a short hash. */
    static String ofClientSecret(String channel, String secret, String key) {
        return scoped(channel + ":" + Sha256.hex(secret).substring(0, CLIENT_HASH_LENGTH), key);
    }

    private static String scoped(String scope, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!SHAPE.matcher(key).matches()) {
            throw new InvalidFieldException("Idempotency-Key", "幂等键须为 8–100 位字母、数字或 ._:- 字符");
        }
        return scope + ":" + key;
    }
}
