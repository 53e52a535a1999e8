package cn.gongzhi.escalation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A department summoned to a joint meeting: its report-in, attendance and rating. */
@Entity
@EntityListeners(EscalationFacts.class)
public class EscalationDepartment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long escalationId;
    private String departmentCode;
    private LocalDateTime summonedAt;
    private LocalDateTime reportDue;
    private LocalDateTime reportedAt;
    private String reportedBy;
    private boolean late;
    private Boolean attended;
    private Integer ratingOnTime;
    private Integer ratingEffective;
    private Integer ratingCooperative;

    protected EscalationDepartment() {}

    public EscalationDepartment(Long escalationId, String departmentCode, LocalDateTime summonedAt,
            LocalDateTime reportDue) {
        this.escalationId = escalationId;
        this.departmentCode = departmentCode;
        this.summonedAt = summonedAt;
        this.reportDue = reportDue;
    }

    public void reportedIn(String by, LocalDateTime at) {
        this.reportedBy = by;
        this.reportedAt = at;
        if (at.isAfter(reportDue)) {
            this.late = true;
        }
    }

    public void rate(int onTime, int effective, int cooperative) {
        this.ratingOnTime = onTime;
        this.ratingEffective = effective;
        this.ratingCooperative = cooperative;
    }

    public Long getId() { return id; }
    public Long getEscalationId() { return escalationId; }
    public String getDepartmentCode() { return departmentCode; }
    public LocalDateTime getSummonedAt() { return summonedAt; }
    public LocalDateTime getReportDue() { return reportDue; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public String getReportedBy() { return reportedBy; }
    public boolean isLate() { return late; }
    public void markLate() { this.late = true; }
    public Boolean getAttended() { return attended; }
    public void setAttended(Boolean attended) { this.attended = attended; }
    public Integer getRatingOnTime() { return ratingOnTime; }
    public Integer getRatingEffective() { return ratingEffective; }
    public Integer getRatingCooperative() { return ratingCooperative; }
}
