package cn.gongzhi.escalation.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation's own clock ({@code gongzhi.escalation.*}): local policy, not law. The report-in limit per category is
 * the department decision table (processes/EscalationDepartmentDecision.dmn); these keep it consistent with the
 * meeting the street sets.
 */
@ConfigurationProperties("gongzhi.escalation")
public class EscalationProperties {

    /**
     * Report-in closes this long before the meeting, so the street knows who is coming: a department's report-in is
     * due at the decision's limit or at this lead before the meeting, whichever comes first.
     */
    private Duration reportInLead = Duration.ofMinutes(30);
    /** The meeting is set at least this far ahead of the summons, so every department can report in before it. */
    private Duration minimumNotice = Duration.ofHours(1);

    public Duration getReportInLead() { return reportInLead; }
    public void setReportInLead(Duration reportInLead) { this.reportInLead = reportInLead; }
    public Duration getMinimumNotice() { return minimumNotice; }
    public void setMinimumNotice(Duration minimumNotice) { this.minimumNotice = minimumNotice; }
}
