package cn.gongzhi.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-client token buckets for public endpoints (Bucket4j). A client is its address as Tomcat sees it; behind a
 * reverse proxy, {@code server.forward-headers-strategy=native} makes that the resident's address. At most 10,000
 * clients are tracked; the least recently seen is forgotten first.
 */
public class ClientRateLimiter {

    private static final int MAX_CLIENTS = 10_000;
    private final int capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_CLIENTS;
                }
            });

    /** {@code capacity} submissions per {@code period} for each client. */
    public ClientRateLimiter(int capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    /** Takes one use from the client's allowance: 0 when it had one, else the seconds until it has one again. */
    public long tryAcquire(String client) {
        ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    /** Counts one use without refusing it (a failed login, counted after the fact). */
    public void record(String client) {
        bucket(client).tryConsume(1);
    }

    /** Seconds until the client may try again, or 0 when its allowance is not used up. */
    public long retryAfterSeconds(String client) {
        Bucket bucket = buckets.get(client);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Math.max(1, Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())
                .toSeconds() + 1);
    }

    private Bucket bucket(String client) {
        return buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build());
    }
}
