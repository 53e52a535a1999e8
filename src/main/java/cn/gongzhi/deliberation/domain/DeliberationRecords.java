package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.deliberation.DeliberationStatus;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.CommunityType;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
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
     * Registers a proposal (village) or a topic (urban) for the village (community) the starter belongs to or chose.
     * A villagers' motion must meet the initiation threshold: at least 1/10 of adult villagers or 1/5 of the
     * representatives (configuration).
     */
    public Registered register(DeliberationKind kind, String communityCode, Map<String, Object> form, String actor,
            String processInstanceId) {
        FormInput values = FormInput.of(form);
        CommunityRef community = registry.community(communityCode)
                .orElseThrow(() -> new InvalidFieldException(COMMUNITY, "未知的社区（村）：" + communityCode));
        CommunityType expected = kind == DeliberationKind.VILLAGE ? CommunityType.RURAL : CommunityType.URBAN;
        if (community.type() != expected) {
            throw new InvalidFieldException(COMMUNITY, kind == DeliberationKind.VILLAGE
                    ? "“四议两公开”用于农村（村），" + community.name() + "是城市社区，请发起居民协商议事"
                    : "居民协商议事用于城市社区，" + community.name() + "是村，请发起“四议两公开”");
        }
        // the notices put 决议公开： or 实施结果公开： before the title, in a column of 200
        String title = values.text("title", "请填写议题名称", Disclosures.DELIBERATION_TITLE_MAX);
        String plan = values.text("plan", "请填写方案内容", FormInput.NOTE_MAX);
        String origin;
        String body;
        if (kind == DeliberationKind.VILLAGE) {
            origin = values.oneOf("origin", "请选择提议方式：党支部提议或村民联名提议", PARTY_BRANCH, VILLAGERS_MOTION);
            body = values.oneOf("resolutionBody", "请选择决议机构：村民会议或村民代表会议",
                    AssemblyBody.VILLAGERS_ASSEMBLY.name(), AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY.name());
            if (VILLAGERS_MOTION.equals(origin)) {
                checkMotion(communityCode, values);
            }
        } else {
            origin = values.oneOf("topicSource", "请选择议题来源", "RESIDENTS", "GRID_WORKERS", "RECURRING_PETITIONS");
            body = values.oneOf("resolutionBody", "请选择决定机构：居民会议或居民代表会议",
                    AssemblyBody.RESIDENTS_ASSEMBLY.name(), AssemblyBody.RESIDENT_REPRESENTATIVE_ASSEMBLY.name());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Deliberation deliberation = deliberations.saveAndFlush(new Deliberation(kind, communityCode, title, plan,
                origin, body, actor != null ? actor : "系统", now));
        deliberation.assignNumber();
        deliberation.bindTo(processInstanceId);
        record(deliberation.getId(), kind == DeliberationKind.VILLAGE ? "PROPOSED" : "TOPIC_RAISED", actor,
                title + "（" + origin + "）");
        return new Registered(deliberation.getId(), deliberation.getNumber(), communityCode, community.name(), body,
                registry.isOneShoulder(communityCode));
    }

    private void checkMotion(String communityCode, FormInput values) {
        String basis = values.oneOf("motionBasis", "请选择联名依据：村民或村民代表", "VILLAGERS", "REPRESENTATIVES");
        boolean villagers = "VILLAGERS".equals(basis);
        int base = registry.attendanceRoll(communityCode, villagers ? AssemblyBody.VILLAGERS_ASSEMBLY
                : AssemblyBody.VILLAGER_REPRESENTATIVE_ASSEMBLY).count();
        int supporters = values.count("motionSupporters", "请填写联名人数", 1, base);
        var share = villagers ? properties.motionShareOfVillagers() : properties.motionShareOfRepresentatives();
        if (!share.isMetBy(supporters, base)) {
            throw new InvalidFieldException("motionSupporters", "联名提议须达到" + (villagers ? "本村十八周岁以上村民" : "村民代表")
                    + "的 " + share + "（" + base + " 人中至少 " + (int) Math.ceil(base * (double) share.numerator()
                    / share.denominator()) + " 人），现为 " + supporters + " 人");
        }
    }

    /** A step's form, recorded in the timeline: proposal, review, notification, consultation, revision, feedback. */
    public void stepCompleted(long deliberationId, String step, Map<String, Object> form, String actor) {
        Deliberation deliberation = load(deliberationId);
        FormInput values = FormInput.of(form);
        LocalDateTime now = LocalDateTime.now(clock);
        switch (step) {
            case "PROPOSE" -> record(deliberationId, "PROPOSAL_CONFIRMED", actor,
                    values.text("opinionsHeard", "请填写听取党员和群众意见的情况", 2000));
            case "REVISE" -> {
                deliberation.revise(values.text("plan", "请填写修改后的方案", FormInput.NOTE_MAX));
                record(deliberationId, "REVISED", actor, values.text("revisionNote", "请说明如何回应否决理由", 2000));
                deliberation.moveTo(DeliberationStatus.IN_DELIBERATION, now);
            }
            case "IMPLEMENT" -> {
                record(deliberationId, "IMPLEMENTED", actor,
                        values.text("implementationReport", "请填写实施情况", FormInput.NOTE_MAX));
                deliberation.moveTo(DeliberationStatus.IMPLEMENTING, now);
            }
            case "REVIEW_TOPIC" -> {
                String decision = values.oneOf("topicDecision", "请选择是否列入议程", "ACCEPTED", "DECLINED");
                String note = values.text("reviewNote", "请填写审核意见（列入议程的，写明议程安排）", 2000);
                record(deliberationId, "TOPIC_" + decision, actor, note);
            }
            case "NOTIFY" -> record(deliberationId, "STAKEHOLDERS_NOTIFIED", actor,
                    "通知：" + values.text("stakeholders", "请选择需要通知的相关方", 500) + "；协商会议 "
                            + consultationAt(form.get("consultationAt"), now).format(MINUTE) + "，"
                            + values.text("consultationPlace", "请填写会议地点", 200) + "；"
                            + values.text("noticeText", "请填写通知内容", 2000));
            case "CONSULT" -> record(deliberationId, "CONSULTED", actor, "参加 "
                    + values.count("participantCount", "请填写参会人数", 1, 100_000) + " 人；"
                    + values.text("opinions", "请记录协商意见", FormInput.NOTE_MAX));
            case "FEEDBACK" -> record(deliberationId, "FEEDBACK", actor,
                    values.text("feedback", "请填写居民反馈", 2000));
            default -> throw new IllegalArgumentException("Unknown step " + step);
        }
    }

    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** When the consultation meets, as the form's picker sends it (China time, no zone); not in the past. */
    static LocalDateTime consultationAt(Object value, LocalDateTime now) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidFieldException("consultationAt", "请选择协商会议的日期和时刻");
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(value.toString().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException("consultationAt", "协商会议的日期和时刻无法识别，请用日期和时刻选择器选择");
        }
        if (at.isBefore(now.withSecond(0).withNano(0))) {
            throw new InvalidFieldException("consultationAt", "协商会议时间须晚于现在");
        }
        return at;
    }

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
