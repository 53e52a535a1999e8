package cn.gongzhi.deliberation;

import cn.gongzhi.deliberation.domain.Deliberation;
import cn.gongzhi.deliberation.domain.DeliberationEventRepository;
import cn.gongzhi.deliberation.domain.DeliberationRepository;
import cn.gongzhi.deliberation.domain.DisclosureRepository;
import cn.gongzhi.deliberation.domain.MeetingRepository;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.TimelineStep;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deliberation with its meetings, notices and steps, as staff and supervisors read it; free text masked. */
@Service
@Transactional(readOnly = true)
public class DeliberationService {

    public record DeliberationView(String number, DeliberationKind kind, String communityCode, String title,
            String plan, String origin, String resolutionBody, DeliberationStatus status, int revisionCount,
            String latestReasons, String proposedBy, LocalDateTime createdAt, List<MeetingView> meetings,
            List<String> notices, List<TimelineStep> steps) {}

    public record MeetingView(AssemblyBody body, String bodyLabel, LocalDate heldOn, int dueCount, int householdsDue,
            String dueToAttend, String attendees, Integer presentCount, Integer householdsPresent, Integer votesFor,
            Integer votesAgainst, Integer votesAbstain, String minutes, Boolean quorumReached, Boolean passed,
            MeetingVerdict verdict, String recordedBy) {}


    private final DeliberationRepository deliberations;
    private final MeetingRepository meetings;
    private final DisclosureRepository notices;
    private final DeliberationEventRepository events;

    DeliberationService(DeliberationRepository deliberations, MeetingRepository meetings,
            DisclosureRepository notices, DeliberationEventRepository events) {
        this.deliberations = deliberations;
        this.meetings = meetings;
        this.notices = notices;
        this.events = events;
    }

    public DeliberationView find(String number) {
        Deliberation d = deliberations.findByNumber(number)
                .orElseThrow(() -> new RecordNotFoundException("议事事项", number));
        return new DeliberationView(d.getNumber(), d.getKind(), d.getCommunityCode(), Masking.text(d.getTitle()),
                Masking.text(d.getPlan()), d.getOrigin(), d.getResolutionBody(), d.getStatus(), d.getRevisionCount(),
                Masking.text(d.getLatestReasons()),
                d.getProposedBy(), d.getCreatedAt(),
                meetings.findByDeliberationIdOrderByOpenedAtAscIdAsc(d.getId()).stream()
                        .map(m -> new MeetingView(m.getBodyKind(), m.getBodyKind().label(), m.getHeldOn(),
                                m.getDueCount(), m.getHouseholdsDue(), m.getDueToAttend(), Masking.text(m.getAttendees()),
                                m.getPresentCount(), m.getHouseholdsPresent(), m.getVotesFor(), m.getVotesAgainst(),
                                m.getVotesAbstain(), Masking.text(m.getMinutes()), m.getQuorumReached(), m.getPassed(),
                                m.getVerdict(), m.getRecordedBy()))
                        .toList(),
                notices.findByDeliberationIdOrderByPublishedAtAscIdAsc(d.getId()).stream()
                        .map(n -> n.getNumber()).toList(),
                events.findByDeliberationIdOrderByOccurredAtAscIdAsc(d.getId()).stream()
                        .map(e -> TimelineStep.of(e.getType(), null, e.getActor(), e.getOccurredAt(), e.getNote()))
                        .toList());
    }
}
