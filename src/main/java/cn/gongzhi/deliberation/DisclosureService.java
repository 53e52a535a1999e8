package cn.gongzhi.deliberation;

import cn.gongzhi.deliberation.domain.Disclosure;
import cn.gongzhi.deliberation.domain.DisclosureRepository;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.Disclosures.WindowClosed;
import cn.gongzhi.deliberation.domain.Meeting;
import cn.gongzhi.deliberation.domain.MeetingRepository;
import cn.gongzhi.deliberation.domain.Objection;
import cn.gongzhi.deliberation.domain.ObjectionRepository;
import cn.gongzhi.deliberation.process.PublicDisclosureProcess;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.Masking;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public disclosure board: notices with their objection deadlines, the archive, and filing an objection. */
@Service
public class DisclosureService {

    /**
     * A notice as the board shows it. Free text is shown with phone and ID numbers masked. {@code vote}: for a
     * resolution notice, the vote of the meeting that passed it; null otherwise.
     */
    public record NoticeView(String number, String communityCode, String communityName, DisclosureKind kind,
            String kindLabel, String title, String content, DisclosureStatus status, String statusLabel,
            LocalDateTime publishedAt, LocalDateTime objectionDeadline, boolean objectionsOpen, long objectionCount,
            String ruling, String rulingReasons, LocalDateTime archivedAt, List<ObjectionView> objections,
            MeetingVote vote) {}

    /**
     * How the meeting that passed a resolution voted, from its record: members (or villagers) due (应到) and present
     * (实到), household representatives for a villagers' assembly (the only body that counts them), for (赞成), against (反对), abstain (弃权).
     */
    public record MeetingVote(String body, LocalDate heldOn, int due, Integer present, Integer householdsDue,
            Integer householdsPresent, Integer votesFor, Integer votesAgainst, Integer votesAbstain) {}

    public record ObjectionView(String content, ObjectionStatus status, LocalDateTime filedAt) {}

    /**
     * An objection filed: its acknowledgement number (O-2026-000001; nothing can be read by it), and the notice's
     * count of objections now.
     */
    public record FiledObjection(String noticeNumber, String objectionNumber, LocalDateTime filedAt,
            LocalDateTime objectionDeadline, long objectionCount) {}

    /** A notice as a petition's lookup links it: number and title. */
    public record NoticeRef(String number, String title) {}

    private final Disclosures disclosures;
    private final DisclosureRepository notices;
    private final ObjectionRepository objections;
    private final RegistryService registry;
    private final RuntimeService runtimeService;
    private final MeetingRepository meetings;
    private final java.time.Clock clock;

    DisclosureService(Disclosures disclosures, DisclosureRepository notices, ObjectionRepository objections,
            RegistryService registry, RuntimeService runtimeService, MeetingRepository meetings,
            java.time.Clock clock) {
        this.meetings = meetings;
        this.disclosures = disclosures;
        this.notices = notices;
        this.objections = objections;
        this.registry = registry;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Open notices (objections possible), or the archive. */
    @Transactional(readOnly = true)
    public List<NoticeView> board(boolean archive, String communityCode) {
        List<DisclosureStatus> statuses = archive ? List.of(DisclosureStatus.ARCHIVED, DisclosureStatus.WITHDRAWN)
                : List.of(DisclosureStatus.OPEN, DisclosureStatus.UNDER_REVIEW);
        String community = communityCode == null || communityCode.isBlank() ? null : communityCode.trim();
        return (community == null ? notices.findTop200ByStatusInOrderByPublishedAtDesc(statuses)
                : notices.findTop200ByStatusInAndCommunityCodeOrderByPublishedAtDesc(statuses, community)).stream()
                .map(n -> view(n, false)).toList();
    }

    /** The notices about a petition or an escalation (by its number), oldest first: number and title, masked. */
    @Transactional(readOnly = true)
    public List<NoticeRef> about(String subject) {
        return notices.findAbout(subject).stream().map(n -> new NoticeRef(n.getNumber(), Masking.text(n.getTitle())))
                .toList();
    }

    @Transactional(readOnly = true)
    public NoticeView notice(String number) {
        return view(disclosures.byNumber(number), true);
    }

    /**
     * Files an objection and tells the notice's process, in one transaction: after the deadline, or once the window
     * has closed, it is refused and nothing is written.
     */
    @Transactional
    public FiledObjection object(String number, String content) {
        Objection objection = disclosures.fileObjection(number, content);
        Disclosure notice = disclosures.byNumber(number);
        try {
            runtimeService.createMessageCorrelation(PublicDisclosureProcess.MESSAGE_OBJECTION_FILED)
                    .processInstanceBusinessKey(number).correlateWithResult();
        } catch (MismatchingMessageCorrelationException closed) {
            throw new WindowClosed(number, notice.getObjectionDeadline());
        }
        return new FiledObjection(number, objection.number(), objection.getFiledAt(), notice.getObjectionDeadline(),
                objections.countByDisclosureId(notice.getId()));
    }

    private NoticeView view(Disclosure n, boolean withObjections) {
        String community = registry.community(n.getCommunityCode()).map(CommunityRef::name)
                .orElse(n.getCommunityCode());
        List<ObjectionView> list = withObjections ? objections.findByDisclosureIdOrderByFiledAtAscIdAsc(n.getId())
                .stream().map(o -> new ObjectionView(Masking.text(o.getContent()), o.getStatus(), o.getFiledAt()))
                .toList() : List.of();
        return new NoticeView(n.getNumber(), n.getCommunityCode(), community, n.getKind(), kindLabel(n.getKind()),
                Masking.text(n.getTitle()), Masking.text(n.getContent()), n.getStatus(), statusLabel(n.getStatus()),
                n.getPublishedAt(), n.getObjectionDeadline(), n.isOpenAt(LocalDateTime.now(clock)),
                objections.countByDisclosureId(n.getId()), n.getRuling(), Masking.text(n.getRulingReasons()), n.getArchivedAt(),
                list, vote(n));
    }

    /**
     * For a resolution notice, the vote of its deliberation's last meeting that passed (the resolution's own
     * assembly); null for other notices or when no passed meeting is on record.
     */
    private MeetingVote vote(Disclosure n) {
        if (n.getKind() != DisclosureKind.RESOLUTION || n.getDeliberationId() == null) {
            return null;
        }
        Meeting passed = null;
        for (Meeting m : meetings.findByDeliberationIdOrderByOpenedAtAscIdAsc(n.getDeliberationId())) {
            if (m.getVerdict() == MeetingVerdict.PASSED) {
                passed = m;
            }
        }
        if (passed == null) {
            return null;
        }
        // only a villagers' assembly counts household representatives (Organic Law art. 22)
        boolean households = passed.getBodyKind() == AssemblyBody.VILLAGERS_ASSEMBLY && passed.getHouseholdsDue() > 0;
        return new MeetingVote(passed.getBodyKind().label(), passed.getHeldOn(), passed.getDueCount(),
                passed.getPresentCount(), households ? passed.getHouseholdsDue() : null,
                households ? passed.getHouseholdsPresent() : null, passed.getVotesFor(), passed.getVotesAgainst(),
                passed.getVotesAbstain());
    }

    private static String kindLabel(DisclosureKind kind) {
        return switch (kind) {
            case RESOLUTION -> "决议公开";
            case RESULT -> "实施结果公开";
            case OUTCOME -> "办理结果公开";
        };
    }

    private static String statusLabel(DisclosureStatus status) {
        return switch (status) {
            case OPEN -> "公示中，可提出异议";
            case UNDER_REVIEW -> "异议审查中";
            case ARCHIVED -> "已归档";
            case WITHDRAWN -> "异议成立，已撤回修改";
        };
    }
}
