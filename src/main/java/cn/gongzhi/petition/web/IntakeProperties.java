package cn.gongzhi.petition.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gongzhi.intake.*}: limits of the public intake channels (the page and Open311). */
@ConfigurationProperties("gongzhi.intake")
public class IntakeProperties {

    /** Submissions one client (by address) may make per period. */
    private int submissionsPerPeriod = 5;
    private Duration period = Duration.ofMinutes(1);
    /**
     * Open311 API keys from configuration: each becomes an API client at start-up (named 「配置文件密钥 …」, with the
     * default quota) unless a client with that key exists already; administrators manage them from then on
     * ({@code /api/open311-clients}). Removing a key here does not revoke it: disable the client.
     */
    private List<String> open311ApiKeys = new ArrayList<>();
    /** Filings a new Open311 client may make per {@link #open311ClientPeriod} (each client can be given its own). */
    private int open311ClientQuota = 600;
    private Duration open311ClientPeriod = Duration.ofMinutes(1);
    /** Open311 jurisdiction id (optional in requests; when given it must match). */
    private String open311Jurisdiction = "gongzhi";

    public int getSubmissionsPerPeriod() { return submissionsPerPeriod; }
    public void setSubmissionsPerPeriod(int value) { this.submissionsPerPeriod = value; }
    public Duration getPeriod() { return period; }
    public void setPeriod(Duration period) { this.period = period; }
    public List<String> getOpen311ApiKeys() { return open311ApiKeys; }
    public void setOpen311ApiKeys(List<String> keys) { this.open311ApiKeys = keys; }
    public int getOpen311ClientQuota() { return open311ClientQuota; }
    public void setOpen311ClientQuota(int quota) { this.open311ClientQuota = quota; }
    public Duration getOpen311ClientPeriod() { return open311ClientPeriod; }
    public void setOpen311ClientPeriod(Duration period) { this.open311ClientPeriod = period; }
    public String getOpen311Jurisdiction() { return open311Jurisdiction; }
    public void setOpen311Jurisdiction(String jurisdiction) { this.open311Jurisdiction = jurisdiction; }
}
