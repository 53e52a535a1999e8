package cn.gongzhi.shared;

/**
 * An {@code Idempotency-Key} that the same caller already used for a request with a different body. Nothing is
 * written; answered as 422 (problem details, or Open311's error format on {@code /open311/}).
 */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("该幂等键（Idempotency-Key）已用于另一份内容不同的提交，本次未作任何记录。重试请发送与首次完全相同的内容；"
                + "新的诉求请使用新的幂等键。");
    }
}
