package cn.gongzhi.escalation.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The escalation's own clock ({@code gongzhi.escalation.*}): local policy, not law. The report-in limit per category is
 * the department decision table (processes/EscalationDepartmentDecision.dmn); these keep it consistent with the
 * meeting the street sets.
 *
 * @param reportInLead report-in closes this long before the meeting, so the street knows who is coming: a
 *     department's report-in is due at the decision's limit or at this lead before the meeting, whichever comes first
 * @param minimumNotice the meeting is set at least this far ahead of the summons, so every department can report in
 *     before it
 * @param maxVolunteers the most Party member volunteers the joint meeting's record may ask for in its follow-up (0:
 *     the field is there, but only 0 is accepted); at most the community service's largest {@code max-places} (50)
 */
@Validated
@ConfigurationProperties("gongzhi.escalation")
public record EscalationProperties(
        @NotNull @DefaultValue("30m") Duration reportInLead,
        @NotNull @DefaultValue("1h") Duration minimumNotice,
        @Min(0) @Max(50) @DefaultValue("10") int maxVolunteers) {
}
