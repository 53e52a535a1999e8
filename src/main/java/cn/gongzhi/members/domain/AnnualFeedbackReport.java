package cn.gongzhi.members.domain;

import cn.gongzhi.members.FeedbackStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One work unit's annual feedback (年度双向反馈) for one year: unique per organisation and year, so neither a restart nor
 * a second node starts it twice. Who started it, when it was collected, sent, reminded, overdue and confirmed.
 */
@Entity
@Table(name = "annual_feedback_report")
public class AnnualFeedbackReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orgId;
    @Column(name = "feedback_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;
    private String startedBy;
    private LocalDateTime startedAt;
    private LocalDateTime collectedAt;
    private String sentBy;
    private LocalDateTime sentAt;
    private LocalDateTime confirmDue;
    private LocalDateTime remindedAt;
    private LocalDateTime overdueAt;
    private String confirmedBy;
    private LocalDateTime confirmedAt;
    private String processInstanceId;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected AnnualFeedbackReport() {}

    AnnualFeedbackReport(long orgId, int year, String startedBy, LocalDateTime at) {
        this.orgId = orgId;
        this.year = year;
        this.startedBy = startedBy;
        this.startedAt = at;
        this.status = FeedbackStatus.COLLECTED;
    }

    void boundTo(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void collected(LocalDateTime at) {
        this.collectedAt = at;
    }

    void sent(String by, LocalDateTime at, LocalDateTime due) {
        this.sentBy = by;
        this.sentAt = at;
        this.confirmDue = due;
        this.status = FeedbackStatus.SENT;
    }

    void reminded(LocalDateTime at) {
        this.remindedAt = at;
    }

    void overdue(LocalDateTime at) {
        this.overdueAt = at;
    }

    void confirmed(String by, LocalDateTime at) {
        this.confirmedBy = by;
        this.confirmedAt = at;
        this.status = FeedbackStatus.CONFIRMED;
    }

    public Long getId() { return id; }
    public Long getOrgId() { return orgId; }
    public int getYear() { return year; }
    public FeedbackStatus getStatus() { return status; }
    public String getStartedBy() { return startedBy; }
    public LocalDateTime getStartedAt() { return startedAt; }
    public LocalDateTime getCollectedAt() { return collectedAt; }
    public String getSentBy() { return sentBy; }
    public LocalDateTime getSentAt() { return sentAt; }
    public LocalDateTime getConfirmDue() { return confirmDue; }
    public LocalDateTime getRemindedAt() { return remindedAt; }
    public LocalDateTime getOverdueAt() { return overdueAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public LocalDateTime getConfirmedAt() { return confirmedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
