package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.AppraisalResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One worker's appraisal sheet of a round, in the order the procedure fills it: self-report, figures, the proposal,
 * the decision, an objection and its ruling, the final result with the grade change, the follow-up of a 不合格.
 */
@Entity
@Table(name = "appraisal_sheet")
public class AppraisalSheet {

    /** The street office's ruling on an objection: the result stands, or it is changed. */
    public enum Ruling { UPHELD, CHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long roundId;
    private Long workerId;
    private String selfReport;
    private Instant reportedAt;
    private Instant countedAt;
    private int recounts;
    @Embedded
    private WorkFigures figures;
    @Enumerated(EnumType.STRING)
    private AppraisalResult proposedResult;
    private String proposalComment;
    private String proposedBy;
    private Instant proposedAt;
    @Enumerated(EnumType.STRING)
    private AppraisalResult decidedResult;
    private String decisionComment;
    private String decidedBy;
    private Instant decidedAt;
    private String objection;
    private Instant objectedAt;
    @Enumerated(EnumType.STRING)
    private Ruling ruling;
    private String rulingReason;
    private String ruledBy;
    private Instant ruledAt;
    @Enumerated(EnumType.STRING)
    private AppraisalResult finalResult;
    private Instant finalAt;
    private Integer gradeFrom;
    private Integer gradeTo;
    private String followUp;
    private String followedUpBy;
    private Instant followedUpAt;
    @Version
    @Column(name = "row_version")
    private long version;

    protected AppraisalSheet() {}

    AppraisalSheet(long roundId, long workerId) {
        this.roundId = roundId;
        this.workerId = workerId;
    }

    public Long getId() { return id; }
    public Long getRoundId() { return roundId; }
    public Long getWorkerId() { return workerId; }
    public String getSelfReport() { return selfReport; }
    public Instant getCountedAt() { return countedAt; }
    public int getRecounts() { return recounts; }
    public WorkFigures getFigures() { return figures; }
    public AppraisalResult getProposedResult() { return proposedResult; }
    public String getProposalComment() { return proposalComment; }
    public String getProposedBy() { return proposedBy; }
    public AppraisalResult getDecidedResult() { return decidedResult; }
    public String getDecisionComment() { return decisionComment; }
    public String getDecidedBy() { return decidedBy; }
    public String getObjection() { return objection; }
    public Ruling getRuling() { return ruling; }
    public String getRuledBy() { return ruledBy; }
    public String getRulingReason() { return rulingReason; }
    public AppraisalResult getFinalResult() { return finalResult; }
    public Integer getGradeFrom() { return gradeFrom; }
    public Integer getGradeTo() { return gradeTo; }
    public String getFollowUp() { return followUp; }

    /** The result that stands now: the ruling's change, else the decision. */
    public AppraisalResult standing() {
        return finalResult != null ? finalResult : decidedResult;
    }

    void selfReported(String text, Instant at) {
        this.selfReport = text;
        this.reportedAt = at;
    }

    void counted(WorkFigures figures, Instant at, boolean recount) {
        this.figures = figures;
        this.countedAt = at;
        if (recount) {
            this.recounts++;
        }
    }

    void proposed(AppraisalResult result, String comment, String by, Instant at) {
        this.proposedResult = result;
        this.proposalComment = comment;
        this.proposedBy = by;
        this.proposedAt = at;
    }

    void decided(AppraisalResult result, String comment, String by, Instant at) {
        this.decidedResult = result;
        this.decisionComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void objected(String text, Instant at) {
        this.objection = text;
        this.objectedAt = at;
    }

    void ruled(Ruling ruling, AppraisalResult changedTo, String reason, String by, Instant at) {
        this.ruling = ruling;
        this.rulingReason = reason;
        this.ruledBy = by;
        this.ruledAt = at;
        if (ruling == Ruling.CHANGED) {
            this.finalResult = changedTo;
        }
    }

    void finalised(AppraisalResult result, Integer gradeFrom, Integer gradeTo, Instant at) {
        this.finalResult = result;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.finalAt = at;
    }

    void followedUp(String text, String by, Instant at) {
        this.followUp = text;
        this.followedUpBy = by;
        this.followedUpAt = at;
    }
}
