package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.DeliberationKind;
import cn.gongzhi.deliberation.MeetingVerdict;
import cn.gongzhi.registry.AssemblyBody;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.Masking;
import cn.gongzhi.shared.process.FormView;
import cn.gongzhi.shared.RecordNotFoundException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case a deliberation or disclosure form acts on, as Markdown lines read from our records when the task opens:
 * the matter (title, place, origin, plan), what its earlier steps and meetings decided, and for the supervision
 * committee the notice and the objections it rules on. Free text is masked here and again by the form view.
 */
@Service
@Transactional(readOnly = true)
public class CaseSummaries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final int NOTE_MAX = 300;

    /** How an origin or topic source reads on a form. */
    public static final Map<String, String> ORIGINS = Map.of(
            DeliberationRecords.PARTY_BRANCH, "村党支部提议",
            DeliberationRecords.VILLAGERS_MOTION, "村民联名提议",
            "RESIDENTS", "居民提出",
            "GRID_WORKERS", "网格员收集",
            "RECURRING_PETITIONS", "反复出现的诉求");

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("PROPOSAL_CONFIRMED", "党支部听取意见后提议"),
            Map.entry("TOPIC_ACCEPTED", "社区党组织审核：列入议程"),
            Map.entry("TOPIC_DECLINED", "社区党组织审核：不列入议程"),
            Map.entry("STAKEHOLDERS_NOTIFIED", "已通知相关方"),
            Map.entry("CONSULTED", "协商会议"),
            Map.entry("REJECTED", "未获通过，退回修改"),
            Map.entry("REVISED", "方案已修改"),
            Map.entry("RESOLVED", "决议通过"),
            Map.entry("IMPLEMENTED", "组织实施"),
            Map.entry("FEEDBACK", "居民反馈"));

    private final DeliberationRepository deliberations;
    private final DeliberationEventRepository events;
    private final MeetingRepository meetings;
    private final DisclosureRepository disclosures;
    private final ObjectionRepository objections;
    private final RegistryService registry;

    CaseSummaries(DeliberationRepository deliberations, DeliberationEventRepository events,
            MeetingRepository meetings, DisclosureRepository disclosures, ObjectionRepository objections,
            RegistryService registry) {
        this.deliberations = deliberations;
        this.events = events;
        this.meetings = meetings;
        this.disclosures = disclosures;
        this.objections = objections;
        this.registry = registry;
    }

    /** The matter and what was decided so far: the head of every deliberation form. */
    public List<String> deliberation(long deliberationId) {
        Deliberation d = deliberations.findById(deliberationId)
                .orElseThrow(() -> new RecordNotFoundException("议事事项", deliberationId));
        List<String> lines = new ArrayList<>();
        lines.add("#### " + d.getNumber() + " · " + inline(d.getTitle()));
        boolean village = d.getKind() == DeliberationKind.VILLAGE;
        lines.add("**" + (village ? "村" : "社区") + "**：" + communityName(d.getCommunityCode())
                + "　**" + (village ? "提议方式" : "议题来源") + "**：" + ORIGINS.getOrDefault(d.getOrigin(), d.getOrigin())
                + "　**" + (village ? "决议机构" : "决定机构") + "**：" + bodyLabel(d.getResolutionBody()));
        lines.add("");
        lines.add("**" + (village ? "方案" : "议题内容与方案") + "**：" + inline(d.getPlan()));
        List<String> done = new ArrayList<>();
        for (Meeting m : meetings.findByDeliberationIdOrderByOpenedAtAscIdAsc(deliberationId)) {
            if (m.getVerdict() != MeetingVerdict.OPEN) {
                done.add("- " + (m.getHeldOn() == null ? "" : m.getHeldOn().format(DAY) + " ") + m.getBodyKind().label()
                        + "：应到 " + m.getDueCount() + " 人，实到 " + m.getPresentCount() + " 人；赞成 "
                        + m.getVotesFor() + "，反对 " + m.getVotesAgainst() + "，弃权 " + m.getVotesAbstain() + "；"
                        + verdict(m.getVerdict()));
            }
        }
        for (DeliberationEvent e : events.findByDeliberationIdOrderByOccurredAtAscIdAsc(deliberationId)) {
            String label = STEPS.get(e.getType());
            if (label != null) {
                done.add("- " + e.getOccurredAt().format(DAY) + " " + label
                        + (e.getNote() == null || e.getNote().isBlank() ? "" : "：" + shortened(e.getNote())));
            }
        }
        if (!done.isEmpty()) {
            lines.add("");
            lines.add("**已办理**");
            lines.add("");
            lines.addAll(done);
        }
        return lines;
    }

    /** The notice under review and every objection filed against it: what the supervision committee rules on. */
    public List<String> objections(long disclosureId) {
        Disclosure notice = disclosures.findById(disclosureId)
                .orElseThrow(() -> new RecordNotFoundException("公告", disclosureId));
        List<String> lines = new ArrayList<>();
        lines.add("#### 公告 " + notice.getNumber() + " · " + inline(notice.getTitle()));
        lines.add("**" + communityName(notice.getCommunityCode()) + "**　发布于 "
                + notice.getPublishedAt().format(DAY) + "，异议期至 " + notice.getObjectionDeadline().format(DAY));
        lines.add("");
        lines.add("**公告内容**：" + inline(notice.getContent()));
        List<Objection> filed = objections.findByDisclosureIdOrderByFiledAtAscIdAsc(disclosureId);
        lines.add("");
        lines.add("**收到异议 " + filed.size() + " 件**（匿名提出，电话、证件号已隐去）");
        lines.add("");
        int n = 1;
        for (Objection objection : filed) {
            lines.add((n++) + ". " + objection.getFiledAt().format(DAY) + "：" + inline(objection.getContent()));
        }
        return lines;
    }

    /** The community's (village's) name; the code only where the registry no longer knows it. */
    public String communityName(String code) {
        return registry.community(code).map(CommunityRef::name).orElse(code);
    }

    private static String bodyLabel(String body) {
        try {
            return AssemblyBody.valueOf(body).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(body);
        }
    }

    private static String verdict(MeetingVerdict verdict) {
        return switch (verdict) {
            case PASSED -> "**通过**";
            case REJECTED -> "**未通过**";
            case NO_QUORUM -> "**未达到法定人数**，须重新召开";
            case OPEN -> "";
        };
    }

    private static String shortened(String note) {
        String text = inline(note);
        return text.codePointCount(0, text.length()) <= NOTE_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, NOTE_MAX)) + "…";
    }

    /** Free text on one line, masked, without what Markdown would read as a heading, list or markup. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return FormView.plain(Masking.text(text), " ／ ");
    }
}
