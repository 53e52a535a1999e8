package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.ReportingStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A Party member registered with a community, including in-service members who work elsewhere and registered where
 * they live (在职党员双报到). The registered community is her home community; reporting (docs/processes/party-members.md)
 * moves it to the community she reports to, names her work unit's Party organisation and keeps her status. The
 * version makes two reportings of one member at the same moment conflict instead of both passing the one-community
 * rule.
 */
@Entity
public class PartyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String username;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private Long registeredCommunityId;
    private boolean inService;
    private String workUnit;
    private LocalDate joinedPartyOn;
    private LocalDate registeredOn;
    private int volunteerHours;
    private Long workUnitOrgId;
    @Enumerated(EnumType.STRING)
    private ReportingStatus reportingStatus;
    private LocalDate reportedOn;
    /** The community Party organisation's reason when it sent the reporting back, or the reason she moved away. */
    private String reportingNote;
    private String reportingInstanceId;
    @Version
    private long rowVersion;

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Long getRegisteredCommunityId() { return registeredCommunityId; }
    public void setRegisteredCommunityId(Long id) { this.registeredCommunityId = id; }
    public boolean isInService() { return inService; }
    public void setInService(boolean inService) { this.inService = inService; }
    public String getWorkUnit() { return workUnit; }
    public void setWorkUnit(String workUnit) { this.workUnit = workUnit; }
    public LocalDate getJoinedPartyOn() { return joinedPartyOn; }
    public void setJoinedPartyOn(LocalDate joinedPartyOn) { this.joinedPartyOn = joinedPartyOn; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public int getVolunteerHours() { return volunteerHours; }
    public void setVolunteerHours(int volunteerHours) { this.volunteerHours = volunteerHours; }
    public Long getWorkUnitOrgId() { return workUnitOrgId; }
    public void setWorkUnitOrgId(Long workUnitOrgId) { this.workUnitOrgId = workUnitOrgId; }
    public ReportingStatus getReportingStatus() { return reportingStatus; }
    public LocalDate getReportedOn() { return reportedOn; }
    public String getReportingNote() { return reportingNote; }
    public String getReportingInstanceId() { return reportingInstanceId; }

    /** Her reporting moved on: status, note and, on reporting, the community, the day and the process instance. */
    public void report(Long communityId, LocalDate on, String processInstanceId) {
        this.registeredCommunityId = communityId;
        this.reportingStatus = ReportingStatus.REPORTED;
        this.reportedOn = on;
        this.reportingInstanceId = processInstanceId;
        this.reportingNote = null;
    }

    public void moveReportingTo(ReportingStatus status, String note) {
        this.reportingStatus = status;
        this.reportingNote = note;
    }
}
