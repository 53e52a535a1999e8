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
    /** Open311 API keys allowed to file requests. Empty: Open311 filing is closed. */
    private List<String> open311ApiKeys = new ArrayList<>();
    /** Open311 jurisdiction id (optional in requests; when given it must match). */
    private String open311Jurisdiction = "gongzhi";

    public int getSubmissionsPerPeriod() { return submissionsPerPeriod; }
    public void setSubmissionsPerPeriod(int value) { this.submissionsPerPeriod = value; }
    public Duration getPeriod() { return period; }
    public void setPeriod(Duration period) { this.period = period; }
    public List<String> getOpen311ApiKeys() { return open311ApiKeys; }
    public void setOpen311ApiKeys(List<String> keys) { this.open311ApiKeys = keys; }
    public String getOpen311Jurisdiction() { return open311Jurisdiction; }
    public void setOpen311Jurisdiction(String jurisdiction) { this.open311Jurisdiction = jurisdiction; }
}
