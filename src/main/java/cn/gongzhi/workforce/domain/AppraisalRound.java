package cn.gongzhi.workforce.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** A street's appraisal of one year: one per street and year (unique), bound to its process instance. */
@Entity
@Table(name = "appraisal_round")
public class AppraisalRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String streetCode;
    private int appraisalYear;
    private String startedBy;
    private Instant startedAt;
    private String processInstanceId;
    private Instant publishedAt;
    private LocalDateTime publicityEnds;
    @Version
    @Column(name = "row_version")
    private long version;

    protected AppraisalRound() {}

    AppraisalRound(String streetCode, int year, String startedBy, Instant startedAt) {
        this.streetCode = streetCode;
        this.appraisalYear = year;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public Long getId() { return id; }
    public String getStreetCode() { return streetCode; }
    public int getAppraisalYear() { return appraisalYear; }
    public String getStartedBy() { return startedBy; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getPublishedAt() { return publishedAt; }
    public LocalDateTime getPublicityEnds() { return publicityEnds; }

    void bind(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void published(Instant at, LocalDateTime ends) {
        this.publishedAt = at;
        this.publicityEnds = ends;
    }
}
