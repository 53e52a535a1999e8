package cn.gongzhi.petition.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Per-client token buckets for the public intake (Bucket4j). A client is its address as Tomcat sees it; behind a
 * reverse proxy, {@code server.forward-headers-strategy=native} makes that the resident's address. At most 10,000
 * clients are tracked; the least recently seen is forgotten first.
 */
@Component
class SubmissionRateLimiter {

    /** Thrown when a client has used up its submissions; answered 429 with Retry-After. */
    static class LimitExceeded extends RuntimeException {
        private final long retryAfterSeconds;

        LimitExceeded(long retryAfterSeconds) {
            super("提交过于频繁，请 " + retryAfterSeconds + " 秒后再试");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final int MAX_CLIENTS = 10_000;
    private final IntakeProperties properties;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_CLIENTS;
                }
            });

    SubmissionRateLimiter(IntakeProperties properties) {
        this.properties = properties;
    }

    void acquire(String client) {
        Bucket bucket = buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(properties.getSubmissionsPerPeriod())
                        .refillGreedy(properties.getSubmissionsPerPeriod(), properties.getPeriod()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new LimitExceeded(seconds);
        }
    }
}
