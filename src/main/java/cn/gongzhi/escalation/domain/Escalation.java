package cn.gongzhi.escalation.domain;

import cn.gongzhi.escalation.EscalationStatus;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** One whistle: a matter the community cannot solve alone, taken to the street's joint meeting. */
@Entity
@EntityListeners(EscalationFacts.class)
public class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String communityCode;
    private String streetCode;
    private String categoryCode;
    private String origin;
    @Convert(converter = MaskedText.class)
    private String reason;
    @Convert(converter = MaskedText.class)
    private String triedSoFar;
    @Enumerated(EnumType.STRING)
    private EscalationStatus status;
    private String reportInLimit;
    private LocalDateTime meetingTime;
    @Convert(converter = MaskedText.class)
    private String meetingMinutes;
    @Convert(converter = MaskedText.class)
    private String instructions;
    @Convert(converter = MaskedText.class)
    private String outcome;
    private String openedBy;
    private LocalDateTime openedAt;
    private LocalDateTime closedAt;
    private String processInstanceId;

    protected Escalation() {}

    public Escalation(String communityCode, String streetCode, String categoryCode, String origin, String openedBy,
            LocalDateTime openedAt, String processInstanceId) {
        this.communityCode = communityCode;
        this.streetCode = streetCode;
        this.categoryCode = categoryCode;
        this.origin = origin;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.processInstanceId = processInstanceId;
        this.status = EscalationStatus.WHISTLE;
    }

    /** E-2026-000004 for an escalation, by year and id. */
    public void assignNumber() {
        this.number = String.format("E-%d-%06d", openedAt.getYear(), id);
    }

    public void whistle(String reason, String triedSoFar) {
        this.reason = reason;
        this.triedSoFar = triedSoFar;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getCommunityCode() { return communityCode; }
    public String getStreetCode() { return streetCode; }
    public String getCategoryCode() { return categoryCode; }
    public String getOrigin() { return origin; }
    public String getReason() { return reason; }
    public String getTriedSoFar() { return triedSoFar; }
    public EscalationStatus getStatus() { return status; }
    public void setStatus(EscalationStatus status) { this.status = status; }
    public String getReportInLimit() { return reportInLimit; }
    public void setReportInLimit(String limit) { this.reportInLimit = limit; }
    public LocalDateTime getMeetingTime() { return meetingTime; }
    public void setMeetingTime(LocalDateTime meetingTime) { this.meetingTime = meetingTime; }
    public String getMeetingMinutes() { return meetingMinutes; }
    public void setMeetingMinutes(String minutes) { this.meetingMinutes = minutes; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
