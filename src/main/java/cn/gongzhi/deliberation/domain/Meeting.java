package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.MeetingVerdict;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.shared.MaskedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One meeting of a body: who was due (from the registry when it opened), who came, the votes, the verdict. */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long deliberationId;
    @Enumerated(EnumType.STRING)
    private AssemblyBody bodyKind;
    private LocalDate heldOn;
    private int dueCount;
    private int householdsDue;
    private String dueToAttend;
    @Convert(converter = MaskedText.class)
    private String attendees;
    private Integer presentCount;
    private Integer householdsPresent;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer votesAbstain;
    @Convert(converter = MaskedText.class)
    private String minutes;
    private Boolean quorumReached;
    private Boolean passed;
    @Enumerated(EnumType.STRING)
    private MeetingVerdict verdict;
    private String recordedBy;
    private LocalDateTime openedAt;
    private LocalDateTime recordedAt;

    protected Meeting() {}

    public Meeting(Long deliberationId, AssemblyBody bodyKind, int dueCount, int householdsDue, String dueToAttend,
            LocalDateTime openedAt) {
        this.deliberationId = deliberationId;
        this.bodyKind = bodyKind;
        this.dueCount = dueCount;
        this.householdsDue = householdsDue;
        this.dueToAttend = dueToAttend;
        this.openedAt = openedAt;
        this.verdict = MeetingVerdict.OPEN;
    }

    public void record(LocalDate heldOn, int present, int householdsPresent, int votesFor, int votesAgainst,
            int votesAbstain, String attendees, String minutes, String recordedBy, LocalDateTime at) {
        this.heldOn = heldOn;
        this.presentCount = present;
        this.householdsPresent = householdsPresent;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstain = votesAbstain;
        this.attendees = attendees;
        this.minutes = minutes;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public void decide(boolean quorumReached, boolean passed) {
        this.quorumReached = quorumReached;
        this.passed = quorumReached && passed;
        this.verdict = !quorumReached ? MeetingVerdict.NO_QUORUM : passed ? MeetingVerdict.PASSED
                : MeetingVerdict.REJECTED;
    }

    public Long getId() { return id; }
    public Long getDeliberationId() { return deliberationId; }
    public AssemblyBody getBodyKind() { return bodyKind; }
    public LocalDate getHeldOn() { return heldOn; }
    public int getDueCount() { return dueCount; }
    public int getHouseholdsDue() { return householdsDue; }
    public String getDueToAttend() { return dueToAttend; }
    public String getAttendees() { return attendees; }
    public Integer getPresentCount() { return presentCount; }
    public Integer getHouseholdsPresent() { return householdsPresent; }
    public Integer getVotesFor() { return votesFor; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public Integer getVotesAbstain() { return votesAbstain; }
    public String getMinutes() { return minutes; }
    public Boolean getQuorumReached() { return quorumReached; }
    public Boolean getPassed() { return passed; }
    public MeetingVerdict getVerdict() { return verdict; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
