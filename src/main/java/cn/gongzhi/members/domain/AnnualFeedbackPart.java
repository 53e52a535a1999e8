package cn.gongzhi.members.domain;

import cn.gongzhi.members.FeedbackStatus;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One community's part of an annual feedback: its branch reviews it, comments on it and sends it. */
@Entity
@Table(name = "annual_feedback_part")
public class AnnualFeedbackPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reportId;
    private String communityCode;
    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;
    @Convert(converter = MaskedText.class)
    private String overallComment;
    private LocalDateTime collectedAt;
    private int recounts;
    private String sentBy;
    private LocalDateTime sentAt;

    protected AnnualFeedbackPart() {}

    AnnualFeedbackPart(long reportId, String communityCode, LocalDateTime at) {
        this.reportId = reportId;
        this.communityCode = communityCode;
        this.collectedAt = at;
        this.status = FeedbackStatus.COLLECTED;
    }

    void recounted(LocalDateTime at) {
        this.collectedAt = at;
        this.recounts++;
    }

    void sent(String comment, String by, LocalDateTime at) {
        this.overallComment = comment;
        this.sentBy = by;
        this.sentAt = at;
        this.status = FeedbackStatus.SENT;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public String getCommunityCode() { return communityCode; }
    public FeedbackStatus getStatus() { return status; }
    public String getOverallComment() { return overallComment; }
    public LocalDateTime getCollectedAt() { return collectedAt; }
    public int getRecounts() { return recounts; }
    public String getSentBy() { return sentBy; }
    public LocalDateTime getSentAt() { return sentAt; }
}
