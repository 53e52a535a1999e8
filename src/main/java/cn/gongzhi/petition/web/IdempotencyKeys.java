package cn.gongzhi.petition.web;

import cn.gongzhi.shared.InvalidFieldException;
import java.util.regex.Pattern;

/** Idempotency keys are scoped per channel, so two channels can never collide. */
final class IdempotencyKeys {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private IdempotencyKeys() {}

    static String scoped(String channel, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (!SHAPE.matcher(key).matches()) {
            throw new InvalidFieldException("Idempotency-Key", "幂等键须为 8–100 位字母、数字或 ._:- 字符");
        }
        return channel + ":" + key;
    }
}
