package cn.gongzhi.workforce.domain;

import cn.gongzhi.registry.Qualification;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A qualification a worker says she obtained, waiting for the street office's verification. The certificate number is
 * whole here only while it waits: cleared once decided (confirmed, it lives in the registry's record).
 */
@Entity
public class QualificationSubmission {

    /** Where a submission stands. */
    public enum Status { SUBMITTED, CONFIRMED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    @Enumerated(EnumType.STRING)
    private Qualification level;
    private String certificateNumber;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String submittedBy;
    private Instant submittedAt;
    private String processInstanceId;
    private String decidedBy;
    private Instant decidedAt;
    private String rejectReason;
    private Long qualificationId;

    protected QualificationSubmission() {
    }

    QualificationSubmission(long workerId, Qualification level, String certificateNumber, LocalDate issuedOn,
            LocalDate validUntil, String submittedBy, Instant submittedAt, String processInstanceId) {
        this.workerId = workerId;
        this.level = level;
        this.certificateNumber = certificateNumber;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.processInstanceId = processInstanceId;
        this.status = Status.SUBMITTED;
    }

    void confirmed(String by, Instant at, long recordedAs) {
        decided(Status.CONFIRMED, by, at);
        this.qualificationId = recordedAs;
    }

    void rejected(String by, Instant at, String reason) {
        decided(Status.REJECTED, by, at);
        this.rejectReason = reason;
    }

    private void decided(Status outcome, String by, Instant at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.certificateNumber = null;
    }

    public Long getId() { return id; }
    public Long getWorkerId() { return workerId; }
    public Qualification getLevel() { return level; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public Status getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getDecidedBy() { return decidedBy; }
    public String getRejectReason() { return rejectReason; }
    public Long getQualificationId() { return qualificationId; }
}
