package cn.gongzhi.petition.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An Open311 client (a city app, a 311 platform): its name, the SHA-256 of its API key (never the key), its own
 * quota of filings per period, and whether it may file at all.
 */
@Entity
@Table(name = "open311_client")
public class Open311Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String secretHash;
    private int quota;
    private boolean enabled;
    private LocalDateTime createdAt;
    private LocalDateTime secretChangedAt;
    private LocalDateTime lastUsedAt;

    protected Open311Client() {}

    public Open311Client(String name, String secretHash, int quota, LocalDateTime now) {
        this.name = name;
        this.secretHash = secretHash;
        this.quota = quota;
        this.enabled = true;
        this.createdAt = now;
        this.secretChangedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSecretHash() { return secretHash; }
    public int getQuota() { return quota; }
    public void setQuota(int quota) { this.quota = quota; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getSecretChangedAt() { return secretChangedAt; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }

    /** A new key: the old one stops working at once. */
    public void changeSecret(String secretHash, LocalDateTime now) {
        this.secretHash = secretHash;
        this.secretChangedAt = now;
    }
}
