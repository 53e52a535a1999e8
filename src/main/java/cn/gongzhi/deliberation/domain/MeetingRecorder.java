package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.MeetingRecorded;
import cn.gongzhi.deliberation.MeetingVerdict;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.AttendanceRoll;
import cn.gongzhi.registry.RegistryService.RollMember;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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

    /** The counts the quorum decision reads. */
    public record Counts(int presentCount, int householdsPresent, int votesFor) {}

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
     * Records what the meeting form says, checked against the roll: who came is who was ticked on the roll offered
     * ({@code present}: the members ticked, each on the roll; null for an assembly of all residents, where the form
     * gives the count); no more present than due, no more votes than present, no household count above the
     * households.
     */
    public Counts record(long meetingId, Map<String, Object> form, List<RollMember> present, String actor) {
        Meeting meeting = load(meetingId);
        FormInput values = FormInput.of(form);
        LocalDate heldOn = date(form.get("heldOn"));
        int presentCount;
        String attendees = null;
        if (present != null) {
            presentCount = present.size();
            if (presentCount > meeting.getDueCount()) {
                throw new InvalidFieldException("attendance", "到会人员 " + presentCount + " 人，多于应到人数 "
                        + meeting.getDueCount());
            }
            Object typed = form.get("presentCount");
            if (typed != null && !typed.toString().isBlank()
                    && !(typed instanceof Number n && n.doubleValue() == presentCount)) {
                throw new InvalidFieldException("presentCount", "实到人数按勾选的到会人员计算（勾选了 " + presentCount
                        + " 人），不另外填写");
            }
            attendees = String.join("、", present.stream().map(RollMember::name).toList());
        } else {
            presentCount = values.count("presentCount", "请填写实到人数", 0, meeting.getDueCount());
        }
        int households = meeting.getBodyKind() == AssemblyBody.VILLAGERS_ASSEMBLY && form.get("householdsPresent") != null
                ? values.count("householdsPresent", "请填写到会户代表数", 0, meeting.getHouseholdsDue()) : 0;
        int votesFor = values.count("votesFor", "请填写赞成票数", 0, presentCount);
        int votesAgainst = values.count("votesAgainst", "请填写反对票数", 0, presentCount);
        int votesAbstain = values.count("votesAbstain", "请填写弃权票数", 0, presentCount);
        if (votesFor + votesAgainst + votesAbstain > presentCount) {
            throw new InvalidFieldException("votesAbstain", "赞成、反对、弃权合计 " + (votesFor + votesAgainst + votesAbstain)
                    + " 票，超过实到人数 " + presentCount);
        }
        String minutes = values.text("minutes", "请填写会议记录", FormInput.NOTE_MAX);
        meeting.record(heldOn, presentCount, households, votesFor, votesAgainst, votesAbstain, attendees, minutes,
                actor, LocalDateTime.now(clock));
        published(meeting);
        return new Counts(presentCount, households, votesFor);
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

    private LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidFieldException("heldOn", "请填写会议日期");
        }
        try {
            LocalDate date = LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
            if (date.isAfter(LocalDate.now(clock))) {
                throw new InvalidFieldException("heldOn", "会议日期不能晚于今天");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("heldOn", "会议日期格式应为 2026-11-26");
        }
    }
}
