package cn.gongzhi.workforce.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One renewal cycle of a certificate's registration: the last valid day it is about, its process instance, whether
 * the head was asked to urge it and what she did, and how it ended.
 */
@Entity
public class CertificateRenewal {

    /** Where a cycle stands. */
    public enum Status { OPEN, RENEWED, LAPSED }

    /** What the head did with the escalated task. */
    public enum UrgeAction { REMINDED, RENEWED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long qualificationId;
    private Long workerId;
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String processInstanceId;
    private Instant startedAt;
    private String urgedBy;
    @Enumerated(EnumType.STRING)
    private UrgeAction urgeAction;
    private String urgeNote;
    private Instant urgedAt;
    private String renewedBy;
    private Instant closedAt;

    protected CertificateRenewal() {
    }

    public CertificateRenewal(long qualificationId, long workerId, LocalDate validUntil, Instant startedAt) {
        this.qualificationId = qualificationId;
        this.workerId = workerId;
        this.validUntil = validUntil;
        this.startedAt = startedAt;
        this.status = Status.OPEN;
    }

    void bind(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void urged(String by, UrgeAction action, String note, Instant at) {
        this.urgedBy = by;
        this.urgeAction = action;
        this.urgeNote = note;
        this.urgedAt = at;
    }

    void renewed(String by, Instant at) {
        this.renewedBy = by;
        this.status = Status.RENEWED;
        this.closedAt = at;
    }

    void lapsed(Instant at) {
        this.status = Status.LAPSED;
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public Long getQualificationId() { return qualificationId; }
    public Long getWorkerId() { return workerId; }
    public LocalDate getValidUntil() { return validUntil; }
    public Status getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getStartedAt() { return startedAt; }
    public String getUrgedBy() { return urgedBy; }
    public UrgeAction getUrgeAction() { return urgeAction; }
    public String getUrgeNote() { return urgeNote; }
    public String getRenewedBy() { return renewedBy; }
    public Instant getClosedAt() { return closedAt; }
}
