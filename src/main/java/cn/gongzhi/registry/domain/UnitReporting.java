package cn.gongzhi.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A work-unit Party organisation's reporting to one community (单位报到) with its joint-building agreement (共建协议):
 * the resources it offers and the agreement's term. One row per organisation and community; a renewal changes it.
 */
@Entity
public class UnitReporting {

    /** The unit reported with its agreement; the community Party organisation has not yet confirmed. */
    public static final String PROPOSED = "PROPOSED";
    /** The agreement is in force. */
    public static final String IN_FORCE = "IN_FORCE";
    /** The term ended or the agreement was ended. */
    public static final String ENDED = "ENDED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orgId;
    private Long communityId;
    private String status;
    private LocalDate reportedOn;
    private String resourcesOffered;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String note;
    private String processInstanceId;

    public Long getId() { return id; }
    public Long getOrgId() { return orgId; }
    public void setOrgId(Long orgId) { this.orgId = orgId; }
    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getReportedOn() { return reportedOn; }
    public void setReportedOn(LocalDate reportedOn) { this.reportedOn = reportedOn; }
    public String getResourcesOffered() { return resourcesOffered; }
    public void setResourcesOffered(String resourcesOffered) { this.resourcesOffered = resourcesOffered; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate termStart) { this.termStart = termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
}
