package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.Gender;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A Party member registered with a community, including in-service members who work elsewhere and registered where
 * they live (在职党员双报到).
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
}
