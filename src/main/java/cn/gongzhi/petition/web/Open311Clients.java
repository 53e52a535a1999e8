package cn.gongzhi.petition.web;

import cn.gongzhi.petition.domain.Open311Client;
import cn.gongzhi.petition.domain.Open311ClientRepository;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.Sha256;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Open311 API clients: who may file (a key of an enabled client) and how much (the client's own quota, a token
 * bucket per client on each node). A key is 32 random bytes, shown once when it is made; only its SHA-256 is kept, and
 * a client is shown by a short fingerprint of it. Keys from {@code gongzhi.intake.open311-api-keys} become clients at
 * start-up.
 */
@Component
class Open311Clients implements ApplicationRunner {

    /** Hex digits of the key's SHA-256 shown as the client's fingerprint. */
    static final int FINGERPRINT_LENGTH = 8;
    static final int MAX_QUOTA = 100_000;
    /** Longer than any key this server makes; a longer api_key is not even hashed. */
    private static final int MAX_KEY_LENGTH = 200;
    private static final String KEY_PREFIX = "gz311_";
    private static final Logger log = LoggerFactory.getLogger(Open311Clients.class);

    /** An enabled client, as a filing sees it. */
    record Client(long id, String name, int quota) {}

    /** A client as administrators see it: never the key. */
    record ClientView(long id, String name, String fingerprint, int quota, boolean enabled, LocalDateTime createdAt,
            LocalDateTime secretChangedAt, LocalDateTime lastUsedAt) {}

    /** A client with its new key: the only answer that carries it. */
    record ClientWithKey(ClientView client, String apiKey) {}

    private record Allowance(int quota, Bucket bucket) {}

    private final Open311ClientRepository clients;
    private final IntakeProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Allowance> allowances = new ConcurrentHashMap<>();

    Open311Clients(Open311ClientRepository clients, IntakeProperties properties, Clock clock) {
        this.clients = clients;
        this.properties = properties;
        this.clock = clock;
    }

    /** The enabled client whose key this is, if any. */
    @Transactional(readOnly = true)
    public Optional<Client> resolve(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return clients.findBySecretHash(Sha256.hex(apiKey)).filter(Open311Client::isEnabled)
                .map(c -> new Client(c.getId(), c.getName(), c.getQuota()));
    }

    public boolean accepts(String apiKey) {
        return resolve(apiKey).isPresent();
    }

    /** Takes one filing from the client's quota: 0 when it had one, else the seconds until it has one again. */
    long tryAcquire(Client client) {
        Allowance allowance = allowances.compute(client.id(), (id, old) -> old != null && old.quota() == client.quota()
                ? old : new Allowance(client.quota(), Bucket.builder().addLimit(Bandwidth.builder()
                        .capacity(client.quota()).refillGreedy(client.quota(), properties.open311ClientPeriod())
                        .build()).build()));
        ConsumptionProbe probe = allowance.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    /** Gives back a filing that was not accepted. */
    void refund(Client client) {
        Allowance allowance = allowances.get(client.id());
        if (allowance != null && allowance.quota() == client.quota()) {
            allowance.bucket().addTokens(1);
        }
    }

    /** Notes an accepted filing (at most once a minute per client). */
    void used(Client client) {
        LocalDateTime now = LocalDateTime.now(clock);
        clients.touch(client.id(), now, now.minusMinutes(1));
    }

    @Transactional(readOnly = true)
    public List<ClientView> list() {
        return clients.findAllByOrderById().stream().map(Open311Clients::view).toList();
    }

    @Transactional(readOnly = true)
    public ClientView find(long id) {
        return view(client(id));
    }

    @Transactional
    public ClientWithKey create(String name, Integer quota) {
        String key = newKey();
        Open311Client client = clients.save(new Open311Client(name(name), Sha256.hex(key),
                quota == null ? properties.open311ClientQuota() : quota(quota), LocalDateTime.now(clock)));
        log.info("Open311 client {} ({}) created, key {}", client.getId(), client.getName(), fingerprint(client));
        return new ClientWithKey(view(client), key);
    }

    /** Changes what is given; null leaves a field as it is. */
    @Transactional
    public ClientView change(long id, String name, Integer quota, Boolean enabled) {
        Open311Client client = client(id);
        if (name != null) {
            client.setName(name(name));
        }
        if (quota != null) {
            client.setQuota(quota(quota));
        }
        if (enabled != null) {
            client.setEnabled(enabled);
        }
        log.info("Open311 client {} ({}) changed: quota {}, {}", id, client.getName(), client.getQuota(),
                client.isEnabled() ? "enabled" : "disabled");
        return view(client);
    }

    /** A new key for the client; the old one stops working at once. */
    @Transactional
    public ClientWithKey rotate(long id) {
        Open311Client client = client(id);
        String key = newKey();
        client.changeSecret(Sha256.hex(key), LocalDateTime.now(clock));
        clients.flush();
        log.info("Open311 client {} ({}) has a new key {}", id, client.getName(), fingerprint(client));
        return new ClientWithKey(view(client), key);
    }

    /** Keys from configuration become clients, unless a client with that key exists (perhaps disabled). */
    @Override
    public void run(ApplicationArguments args) {
        for (String key : properties.open311ApiKeys()) {
            if (key == null || key.isBlank()) {
                continue;
            }
            String hash = Sha256.hex(key.trim());
            if (clients.findBySecretHash(hash).isPresent()) {
                continue;
            }
            try {
                Open311Client client = clients.save(new Open311Client(
                        "配置文件密钥 " + hash.substring(0, FINGERPRINT_LENGTH), hash,
                        properties.open311ClientQuota(), LocalDateTime.now(clock)));
                log.info("Open311 client {} made from a configured key {}", client.getId(), fingerprint(client));
            } catch (DataIntegrityViolationException e) {
                // another node made it at the same moment
            }
        }
    }

    private Open311Client client(long id) {
        return clients.findById(id).orElseThrow(() -> new RecordNotFoundException("Open311 客户端", id));
    }

    private String newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "请填写客户端名称");
        }
        if (name.trim().length() > 50) {
            throw new InvalidFieldException("name", "客户端名称不能超过 50 字");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("name", "客户端名称不能含换行或控制字符");
        }
        return name.trim();
    }

    private static int quota(int quota) {
        if (quota < 1 || quota > MAX_QUOTA) {
            throw new InvalidFieldException("quota", "额度须在 1 至 " + MAX_QUOTA + " 之间");
        }
        return quota;
    }

    private static String fingerprint(Open311Client client) {
        return client.getSecretHash().substring(0, FINGERPRINT_LENGTH);
    }

    private static ClientView view(Open311Client c) {
        return new ClientView(c.getId(), c.getName(), fingerprint(c), c.getQuota(), c.isEnabled(), c.getCreatedAt(),
                c.getSecretChangedAt(), c.getLastUsedAt());
    }
}
