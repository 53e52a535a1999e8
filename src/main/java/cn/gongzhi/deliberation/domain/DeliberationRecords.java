package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.deliberation.DeliberationStatus;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the steps of the deliberation processes do to the deliberation record and its timeline. */
@Service
@Transactional
public class DeliberationRecords {

    public static final String PARTY_BRANCH = "PARTY_BRANCH";
    public static final String VILLAGERS_MOTION = "VILLAGERS_MOTION";
    /** The field a wrong village (community) is reported on: the choice of the starter's own. */
    private static final String COMMUNITY = "community";
    private static final String MOTION_SUPPORTERS = "motionSupporters";
    private static final String CONSULTATION_AT = "consultationAt";

    /** A deliberation registered from a start form. */
    public record Registered(long deliberationId, String number, String communityCode, String communityName,
            String resolutionBody, boolean oneShoulder) {}

    private final DeliberationRepository deliberations;
    private final DeliberationEventRepository events;
    private final MeetingRepository meetings;
    private final RegistryService registry;
    private final DeliberationProperties properties;
    private final Clock clock;

    DeliberationRecords(DeliberationRepository deliberations, DeliberationEventRepository events,
            MeetingRepository meetings, RegistryService registry, DeliberationProperties properties, Clock clock) {
        this.deliberations = deliberations;
        this.events = events;
        this.meetings = meetings;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What a start form proposes, read by the register step.
     *
     * @param origin how the matter was raised: {@link #PARTY_BRANCH} or {@link #VILLAGERS_MOTION} (village), the topic's
     *        source (urban)
     * @param motion the villagers' motion's support, null unless {@code origin} is {@link #VILLAGERS_MOTION}
     */
    public record Proposal(String title, String plan, String origin, AssemblyBody resolutionBody, Motion motion) {}

    /** Who signed a villagers' motion: villagers or villagers' representatives, and how many. */
    public record Motion(boolean ofVillagers, int supporters) {}

    /**
     * Registers a proposal (village) or a topic (urban) for the village (community) the starter belongs to or chose.
     * A villagers' motion must meet the initiation threshold: at least 1/10 of adult villagers or 1/5 of the
     * representatives (configuration), and cannot have more supporters than there are.
     */
    public Registered register(DeliberationKind kind, String communityCode, Proposal proposal, String actor,
            String processInstanceId) {
        CommunityRef community = registry.community(communityCode)
                .orElseThrow(() -> new InvalidFieldException(COMMUNITY, "未知的社区（村）：" + communityCode));
        CommunityType expected = kind == DeliberationKind.VILLAGE ? CommunityType.RURAL : CommunityType.URBAN;
        if (community.type() != expected) {
            throw new InvalidFieldException(COMMUNITY, kind == DeliberationKind.VILLAGE
                    ? "“四议两公开”用于农村（村），" + community.name() + "是城市社区，请发起居民协商议事"
                    : "居民协商议事用于城市社区，" + community.name() + "是村，请发起“四议两公开”");
        }
        if (proposal.motion() != null) {
            checkMotion(communityCode, proposal.motion());
        }
        String title = proposal.title();
        String origin = proposal.origin();
        String body = proposal.resolutionBody().name();
        LocalDateTime now = LocalDateTime.now(clock);
        Deliberation deliberation = deliberations.saveAndFlush(new Deliberation(kind, communityCode, title,
                proposal.plan(), origin, body, actor != null ? actor : "系统", now));
        deliberation.assignNumber();
        deliberation.bindTo(processInstanceId);
        record(deliberation.getId(), kind == DeliberationKind.VILLAGE ? "PROPOSED" : "TOPIC_RAISED", actor,
                title + "（" + origin + "）");
        return new Registered(deliberation.getId(), deliberation.getNumber(), communityCode, community.name(), body,
                registry.isOneShoulder(communityCode));
    }

    private void checkMotion(String communityCode, Motion motion) {
        boolean villagers = motion.ofVillagers();
        int base = registry.attendanceRoll(communityCode, villagers ? AssemblyBody.VILLAGERS_ASSEMBLY
                : AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY).count();
        int supporters = motion.supporters();
        String whom = villagers ? "本村十八周岁以上村民" : "村民代表";
        if (supporters > base) {
            throw new InvalidFieldException(MOTION_SUPPORTERS, "联名人数 " + supporters + " 人，多于" + whom + "人数 "
                    + base + " 人");
        }
        var share = villagers ? properties.motionShareOfVillagers() : properties.motionShareOfRepresentatives();
        if (!share.isMetBy(supporters, base)) {
            throw new InvalidFieldException(MOTION_SUPPORTERS, "联名提议须达到" + whom
                    + "的 " + share + "（" + base + " 人中至少 " + (int) Math.ceil(base * (double) share.numerator()
                    / share.denominator()) + " 人），现为 " + supporters + " 人");
        }
    }

    /** The Party branch heard Party members and villagers and confirmed the proposal. */
    public void proposalConfirmed(long deliberationId, String opinionsHeard, String actor) {
        load(deliberationId);
        record(deliberationId, "PROPOSAL_CONFIRMED", actor, opinionsHeard);
    }

    /** The plan was revised after a rejection; the matter goes back into deliberation. */
    public void revised(long deliberationId, String plan, String revisionNote, String actor) {
        Deliberation deliberation = load(deliberationId);
        deliberation.revise(plan);
        record(deliberationId, "REVISED", actor, revisionNote);
        deliberation.moveTo(DeliberationStatus.IN_DELIBERATION, LocalDateTime.now(clock));
    }

    /** The resolution (decision) is being implemented, with the report so far. */
    public void implemented(long deliberationId, String report, String actor) {
        Deliberation deliberation = load(deliberationId);
        record(deliberationId, "IMPLEMENTED", actor, report);
        deliberation.moveTo(DeliberationStatus.IMPLEMENTING, LocalDateTime.now(clock));
    }

    /** The community Party organisation put the topic on the agenda or declined it, with its note. */
    public void topicReviewed(long deliberationId, boolean accepted, String note, String actor) {
        load(deliberationId);
        record(deliberationId, accepted ? "TOPIC_ACCEPTED" : "TOPIC_DECLINED", actor, note);
    }

    /**
     * The stakeholders were told when and where the consultation meets, which must be later than now.
     *
     * @param stakeholders the kinds of stakeholders notified, by name
     * @param memberContacts the Party members named as contacts (党员联络人), by name; may be empty
     */
    public void stakeholdersNotified(long deliberationId, List<String> stakeholders, List<String> memberContacts,
            LocalDateTime consultationAt, String place, String noticeText, String actor) {
        load(deliberationId);
        if (consultationAt.isBefore(LocalDateTime.now(clock).withSecond(0).withNano(0))) {
            throw new InvalidFieldException(CONSULTATION_AT, "协商会议时间须晚于现在");
        }
        record(deliberationId, "STAKEHOLDERS_NOTIFIED", actor, "通知：" + String.join("、", stakeholders)
                + (memberContacts.isEmpty() ? "" : "；党员联络人：" + String.join("、", memberContacts))
                + "；协商会议 " + consultationAt.format(MINUTE) + "，" + place + "；" + noticeText);
    }

    /** The consultation met: how many took part and what they said. */
    public void consulted(long deliberationId, int participants, String opinions, String actor) {
        load(deliberationId);
        record(deliberationId, "CONSULTED", actor, "参加 " + participants + " 人；" + opinions);
    }

    /** What residents said of the result. */
    public void feedbackCollected(long deliberationId, String feedback, String actor) {
        load(deliberationId);
        record(deliberationId, "FEEDBACK", actor, feedback);
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A meeting rejected the plan or an objection was upheld: one more revision, if any are left. */
    public boolean rejected(long deliberationId, String reasons) {
        Deliberation deliberation = load(deliberationId);
        deliberation.rejected(reasons);
        record(deliberationId, "REJECTED", "系统", reasons + "（第 " + deliberation.getRevisionCount() + " 次）");
        boolean canRevise = deliberation.getRevisionCount() <= properties.maxRevisions();
        deliberation.moveTo(canRevise ? DeliberationStatus.REVISING : DeliberationStatus.REJECTED,
                LocalDateTime.now(clock));
        return canRevise;
    }

    public void resolved(long deliberationId) {
        load(deliberationId).moveTo(DeliberationStatus.RESOLVED, LocalDateTime.now(clock));
        record(deliberationId, "RESOLVED", "系统", "决议通过");
    }

    public void finished(long deliberationId, DeliberationStatus status) {
        load(deliberationId).moveTo(status, LocalDateTime.now(clock));
        record(deliberationId, status.name(), "系统", null);
    }

    /** The plan as it stands (masked, as the record keeps it): where a revision starts from. */
    @Transactional(readOnly = true)
    public String currentPlan(long deliberationId) {
        return load(deliberationId).getPlan();
    }

    public String latestReasons(long deliberationId) {
        return load(deliberationId).getLatestReasons();
    }

    /**
     * Every step checks that the deliberation it was given belongs to the instance it runs in. One registered before
     * records were bound is bound here, by the instance whose business key is its number.
     */
    public void requireBound(long deliberationId, String processInstanceId, String businessKey) {
        Deliberation deliberation = load(deliberationId);
        if (deliberation.getProcessInstanceId() == null && deliberation.getNumber().equals(businessKey)) {
            deliberation.bindTo(processInstanceId);
        }
        if (!processInstanceId.equals(deliberation.getProcessInstanceId())) {
            throw StepRefused.notBound("议事事项", deliberation.getNumber(), processInstanceId);
        }
    }

    /** Everyone who took part in the matter: who proposed it and who recorded any of its steps or meetings. */
    @Transactional(readOnly = true)
    public Set<String> participants(long deliberationId) {
        Set<String> people = new HashSet<>();
        people.add(load(deliberationId).getProposedBy());
        events.findByDeliberationIdOrderByOccurredAtAscIdAsc(deliberationId).forEach(e -> people.add(e.getActor()));
        meetings.findByDeliberationIdOrderByOpenedAtAscIdAsc(deliberationId).forEach(m -> people.add(m.getRecordedBy()));
        people.remove(null);
        people.remove("系统");
        return people;
    }

    public Deliberation load(long deliberationId) {
        return deliberations.findById(deliberationId)
                .orElseThrow(() -> new RecordNotFoundException("议事事项", deliberationId));
    }

    private void record(long deliberationId, String type, String actor, String note) {
        events.save(new DeliberationEvent(deliberationId, type, actor != null ? actor : "系统",
                LocalDateTime.now(clock), note));
    }
}
