package cn.gongzhi.workforce.domain;

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

/** A community's yearly training planning round: one per community and year. */
@Entity
@Table(name = "training_plan_round")
public class PlanRound {

    /** Where the round stands. */
    public enum Status { DRAFTING, SUBMITTED, RETURNED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long communityId;
    private int planYear;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String processInstanceId;
    private String startedBy;
    private String proposedBy;
    @Convert(converter = MaskedText.class)
    private String reviewComment;
    private String decidedBy;
    private LocalDateTime decidedAt;

    protected PlanRound() {
    }

    PlanRound(Long communityId, int planYear, String startedBy) {
        this.communityId = communityId;
        this.planYear = planYear;
        this.startedBy = startedBy;
        this.status = Status.DRAFTING;
    }

    void bind(String instance) { this.processInstanceId = instance; }

    void proposed(String by) {
        this.proposedBy = by;
        this.status = Status.SUBMITTED;
    }

    void decided(boolean approved, String comment, String by, LocalDateTime at) {
        this.status = approved ? Status.APPROVED : Status.RETURNED;
        this.reviewComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getCommunityId() { return communityId; }
    public int getPlanYear() { return planYear; }
    public Status getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getStartedBy() { return startedBy; }
    public String getProposedBy() { return proposedBy; }
    public String getReviewComment() { return reviewComment; }
    public String getDecidedBy() { return decidedBy; }
}
