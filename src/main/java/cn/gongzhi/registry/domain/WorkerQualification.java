package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.Qualification;
import cn.gongzhi.registry.RecordSource;
import cn.gongzhi.registry.WorkerRules;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A worker's social-worker qualification and its certificate. The certificate number is personal data: whole here,
 * masked in every answer ({@code Masking.documentNumber}), never in process variables, history or logs.
 */
@Entity
public class WorkerQualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    @Enumerated(EnumType.STRING)
    private Qualification level;
    private String certificateNumber;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    private LocalDate renewedOn;
    @Enumerated(EnumType.STRING)
    private RecordSource source;

    protected WorkerQualification() {
    }

    public WorkerQualification(Long workerId, Qualification level, String certificateNumber, LocalDate issuedOn,
            LocalDate validUntil, RecordSource source) {
        this.workerId = workerId;
        this.level = level;
        this.certificateNumber = certificateNumber;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.source = source;
    }

    /** Whether the certificate counts on this day: no end date, or the day is on or before its last valid day. */
    public boolean isValidOn(LocalDate day) {
        return WorkerRules.isValidOn(issuedOn, validUntil, day);
    }

    /** A renewed registration: valid until the new date from the day of renewal. */
    public void renew(LocalDate on, LocalDate until) {
        this.renewedOn = on;
        this.validUntil = until;
    }

    public Long getId() { return id; }
    public Long getWorkerId() { return workerId; }
    public Qualification getLevel() { return level; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public LocalDate getRenewedOn() { return renewedOn; }
    public RecordSource getSource() { return source; }
}
