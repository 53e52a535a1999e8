package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.MeetingRecorded;
import cn.gongzhi.deliberation.MeetingVerdict;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.AttendanceRoll;
import cn.gongzhi.registry.RegistryService.RollMember;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: opened with the list of those due to attend, drawn from the registry at that moment; recorded from the
 * meeting form (attendance and votes, checked against the roll); decided by the quorum decision table.
 */
@Service
@Transactional
public class MeetingRecorder {

    /**
     * What a meeting form shows and the quorum decision reads.
     *
     * @param roll the persons due, by name, where the registry lists them (empty for an assembly of all residents)
     */
    public record OpenMeeting(long meetingId, AssemblyBody body, int dueCount, int householdsDue,
            List<RollMember> roll) {}

    /**
     * Who came: the members ticked on the roll offered ({@code present}, each on the roll), or for an assembly of all
     * residents, where no roll is offered, the count the form gives ({@code present} null); the households
     * represented where a villagers' assembly counts them (0 otherwise).
     */
    public record Attendance(List<RollMember> present, int presentCount, int householdsPresent) {

        /** The members ticked on the roll: they are the count. */
        public static Attendance ticked(List<RollMember> present, int householdsPresent) {
            return new Attendance(List.copyOf(present), present.size(), householdsPresent);
        }

        /** An assembly of all residents: counted, not ticked. */
        public static Attendance counted(int presentCount, int householdsPresent) {
            return new Attendance(null, presentCount, householdsPresent);
        }
    }

    /** How the meeting voted. */
    public record Votes(int votesFor, int votesAgainst, int votesAbstain) {

        public int total() {
            return votesFor + votesAgainst + votesAbstain;
        }
    }

    private final MeetingRepository meetings;
    private final DeliberationRepository deliberations;
    private final RegistryService registry;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    MeetingRecorder(MeetingRepository meetings, DeliberationRepository deliberations, RegistryService registry,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.deliberations = deliberations;
        this.registry = registry;
        this.clock = clock;
    }

    public OpenMeeting open(long deliberationId, AssemblyBody body) {
        Deliberation deliberation = deliberations.findById(deliberationId)
                .orElseThrow(() -> new RecordNotFoundException("议事事项", deliberationId));
        AttendanceRoll roll = registry.attendanceRoll(deliberation.getCommunityCode(), body);
        String names = roll.names().isEmpty() ? "本社区（村）十八周岁以上居民 " + roll.count() + " 人，" + roll.households() + " 户"
                : String.join("、", roll.names());
        Meeting meeting = meetings.save(new Meeting(deliberationId, body, roll.count(), roll.households(), names,
                LocalDateTime.now(clock)));
        return new OpenMeeting(meeting.getId(), body, roll.count(), roll.households(), roll.members());
    }

    /**
     * Records the meeting as its form says, checked against the meeting as it was opened: held no later than today,
     * no more present than due, no more votes than present.
     */
    public void record(long meetingId, LocalDate heldOn, Attendance attendance, Votes votes, String minutes,
            String actor) {
        Meeting meeting = load(meetingId);
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("heldOn", "会议日期不能晚于今天");
        }
        int presentCount = attendance.presentCount();
        if (presentCount > meeting.getDueCount()) {
            throw new InvalidFieldException(attendance.present() != null ? "attendance" : "presentCount",
                    "到会人员 " + presentCount + " 人，多于应到人数 " + meeting.getDueCount());
        }
        if (votes.total() > presentCount) {
            throw new InvalidFieldException("votesAbstain", "赞成、反对、弃权合计 " + votes.total() + " 票，超过实到人数 "
                    + presentCount);
        }
        String attendees = attendance.present() == null ? null
                : String.join("、", attendance.present().stream().map(RollMember::name).toList());
        meeting.record(heldOn, presentCount, attendance.householdsPresent(), votes.votesFor(), votes.votesAgainst(),
                votes.votesAbstain(), attendees, minutes, actor, LocalDateTime.now(clock));
        published(meeting);
    }

    /** Records the quorum decision's answer on the meeting: without a quorum nothing passes. */
    public MeetingVerdict decide(long meetingId, boolean quorumReached, boolean passed) {
        Meeting meeting = load(meetingId);
        meeting.decide(quorumReached, passed);
        published(meeting);
        return meeting.getVerdict();
    }

    /** The one place a {@link MeetingRecorded} is published, in the transaction that recorded or decided it. */
    private void published(Meeting meeting) {
        if (meeting.getRecordedAt() == null) {
            return; // not held yet: nothing to count
        }
        String community = deliberations.findById(meeting.getDeliberationId()).map(Deliberation::getCommunityCode)
                .orElseThrow(() -> new RecordNotFoundException("议事事项", meeting.getDeliberationId()));
        events.publishEvent(new MeetingRecorded(meeting.getId(), community, meeting.getBodyKind(),
                meeting.getVerdict(), meeting.getRecordedAt()));
    }

    /** A meeting step checks that the meeting it was given is one of its own deliberation's. */
    @Transactional(readOnly = true)
    public void requireOf(long meetingId, long deliberationId) {
        Meeting meeting = load(meetingId);
        if (meeting.getDeliberationId() == null || meeting.getDeliberationId() != deliberationId) {
            throw new StepRefused("会议 " + meetingId + " 不属于本议事事项，本步骤不能记录它");
        }
    }

    public Meeting load(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new RecordNotFoundException("会议", meetingId));
    }
}
