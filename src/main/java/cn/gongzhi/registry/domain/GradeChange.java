package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.GradeChangeReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One change of a worker's grade; {@code fromGrade} is null on the line a record began with. */
@Entity
@Table(name = "worker_grade_change")
public class GradeChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workerId;
    private Integer fromGrade;
    private int toGrade;
    private LocalDate effectiveOn;
    @Enumerated(EnumType.STRING)
    private GradeChangeReason reason;
    private String changedBy;
    private Instant recordedAt;

    protected GradeChange() {
    }

    public GradeChange(Long workerId, Integer fromGrade, int toGrade, LocalDate effectiveOn, GradeChangeReason reason,
            String changedBy, Instant recordedAt) {
        this.workerId = workerId;
        this.fromGrade = fromGrade;
        this.toGrade = toGrade;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.changedBy = changedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getWorkerId() { return workerId; }
    public Integer getFromGrade() { return fromGrade; }
    public int getToGrade() { return toGrade; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public GradeChangeReason getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
