package cn.gongzhi.escalation.domain;

import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What a department committed to at the joint meeting, and by when. */
@Entity
@EntityListeners(EscalationFacts.class)
public class Commitment {

    public static final String OPEN = "OPEN";
    public static final String OVERDUE = "OVERDUE";
    public static final String DONE = "DONE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long escalationId;
    private String departmentCode;
    @Convert(converter = MaskedText.class)
    private String action;
    private LocalDate deadline;
    private String status;
    private LocalDateTime overdueAt;
    private LocalDateTime doneAt;
    @Convert(converter = MaskedText.class)
    private String report;

    protected Commitment() {}

    public Commitment(Long escalationId, String departmentCode, String action, LocalDate deadline) {
        this.escalationId = escalationId;
        this.departmentCode = departmentCode;
        this.action = action;
        this.deadline = deadline;
        this.status = OPEN;
    }

    public void overdue(LocalDateTime at) {
        this.status = OVERDUE;
        this.overdueAt = at;
    }

    public void done(String report, LocalDateTime at) {
        this.status = DONE;
        this.report = report;
        this.doneAt = at;
    }

    public Long getId() { return id; }
    public Long getEscalationId() { return escalationId; }
    public String getDepartmentCode() { return departmentCode; }
    public String getAction() { return action; }
    public LocalDate getDeadline() { return deadline; }
    public String getStatus() { return status; }
    public LocalDateTime getOverdueAt() { return overdueAt; }
    public LocalDateTime getDoneAt() { return doneAt; }
    public String getReport() { return report; }
}
