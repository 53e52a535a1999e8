package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.AppraisalResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The street office's appraisal of a worker for one year (proposed by her community's head, decided by the street). */
@Entity
public class WorkerAppraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    private int appraisalYear;
    @Enumerated(EnumType.STRING)
    private AppraisalResult result;
    private String proposedBy;
    private String appraisedBy;
    private Instant appraisedAt;

    protected WorkerAppraisal() {
    }

    public WorkerAppraisal(Long workerId, int appraisalYear, AppraisalResult result, String proposedBy,
            String appraisedBy, Instant appraisedAt) {
        this.workerId = workerId;
        this.appraisalYear = appraisalYear;
        this.result = result;
        this.proposedBy = proposedBy;
        this.appraisedBy = appraisedBy;
        this.appraisedAt = appraisedAt;
    }

    public Long getId() { return id; }
    public Long getWorkerId() { return workerId; }
    public int getAppraisalYear() { return appraisalYear; }
    public AppraisalResult getResult() { return result; }
    public String getProposedBy() { return proposedBy; }
    public String getAppraisedBy() { return appraisedBy; }
    public Instant getAppraisedAt() { return appraisedAt; }
}
