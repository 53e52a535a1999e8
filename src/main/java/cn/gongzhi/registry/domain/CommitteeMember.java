package cn.gongzhi.registry.domain;

import cn.gongzhi.registry.Gender;
import cn.gongzhi.registry.MemberRole;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A person's seat on a committee. {@code username} is the person's Gongzhi login where they work in the system;
 * it also identifies the person across seats (one shoulder, supervision committee independence).
 */
@Entity
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long committeeId;
    private String personName;
    private String username;
    @Enumerated(EnumType.STRING)
    private MemberRole role;
    private boolean partyMember;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private LocalDate termStart;
    private LocalDate termEnd;

    /** The same person, by login where both have one, by name otherwise. */
    public String personKey() {
        return username != null ? "u:" + username : "n:" + personName;
    }

    public Long getId() { return id; }
    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public MemberRole getRole() { return role; }
    public void setRole(MemberRole role) { this.role = role; }
    public boolean isPartyMember() { return partyMember; }
    public void setPartyMember(boolean partyMember) { this.partyMember = partyMember; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate termStart) { this.termStart = termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
}
