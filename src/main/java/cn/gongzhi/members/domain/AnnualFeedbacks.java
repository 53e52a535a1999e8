package cn.gongzhi.members.domain;

import cn.gongzhi.members.FeedbackStatus;
import cn.gongzhi.members.domain.FeedbackCollection.MemberLine;
import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.shared.InvalidFieldException;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual feedback's report from its opening to each community's sending, checked against the records before
 * anything is written:
 * <ol>
 *   <li>one report per work unit's Party organisation and year: a second is refused (and the unique key refuses it
 *       when two nodes try at once);</li>
 *   <li>a unit without a line that year gets no report, and one without a contact's login cannot receive it;</li>
 *   <li>the report is collected into one part per community, each with its members' lines; a recount replaces its
 *       community's lines with the records' figures of that moment;</li>
 *   <li>a part is sent only while it equals the records: if a record changed after the count, sending is refused and
 *       the branch recounts first; the branch's comments (per member, and on the whole part) go with it.</li>
 * </ol>
 */
@Service("annualFeedbackRecords")
@Transactional
public class AnnualFeedbacks {

    /** The form fields the refusals name. */
    public static final String UNIT_FIELD = "unit";
    public static final String YEAR_FIELD = "feedbackYear";
    public static final String DECISION_FIELD = "feedbackDecision";
    public static final String COMMENTS_FIELD = "memberComments";

    /** One community's part with its lines, as the branch's form and the unit's page show it. */
    public record PartView(long id, String communityCode, FeedbackStatus status, String overallComment, int recounts,
            LocalDateTime collectedAt, String sentBy, LocalDateTime sentAt, List<AnnualFeedbackLine> lines) {}

    private final AnnualFeedbackReportRepository reports;
    private final AnnualFeedbackPartRepository parts;
    private final AnnualFeedbackLineRepository lines;
    private final FeedbackCollection collection;
    private final PartyMemberLogins logins;
    private final Clock clock;

    AnnualFeedbacks(AnnualFeedbackReportRepository reports, AnnualFeedbackPartRepository parts,
            AnnualFeedbackLineRepository lines, FeedbackCollection collection, PartyMemberLogins logins, Clock clock) {
        this.reports = reports;
        this.parts = parts;
        this.lines = lines;
        this.collection = collection;
        this.logins = logins;
        this.clock = clock;
    }

    /** Rules 1 and 2: opens the unit's report for the year, or refuses naming the field; returns its id. */
    public long open(long orgId, int year, String by) {
        String unit = logins.unit(orgId).orElseThrow(() -> new RecordNotFoundException("单位党组织", orgId)).name();
        if (reports.existsByOrgIdAndYear(orgId, year)) {
            throw new InvalidFieldException(UNIT_FIELD, unit + year + "年度的双向反馈已经发起，不能重复发起");
        }
        if (collection.collect(orgId, year).isEmpty()) {
            throw new InvalidFieldException(YEAR_FIELD, unit + "在" + year + "年没有党员在社区报到或服务，无须反馈");
        }
        if (logins.contactLogin(orgId).isEmpty()) {
            throw new InvalidFieldException(UNIT_FIELD, unit + "没有登记联系人的登录账号，反馈无人接收；请先在登记系统补充");
        }
        return reports.saveAndFlush(new AnnualFeedbackReport(orgId, year, by, LocalDateTime.now(clock))).getId();
    }

    /** The report is this process instance's. */
    public void bind(long reportId, String processInstanceId) {
        report(reportId).boundTo(processInstanceId);
    }

    /** The launcher's report is bound to the instance it started, once; any other instance is refused. */
    public void bindOrRequire(long reportId, String processInstanceId) {
        if (report(reportId).getProcessInstanceId() == null) {
            bind(reportId, processInstanceId);
        }
        requireBound(reportId, processInstanceId);
    }

    /** The report this process instance works on, or a refusal: a step never works on another instance's report. */
    @Transactional(readOnly = true)
    public void requireBound(long reportId, String processInstanceId) {
        if (!processInstanceId.equals(report(reportId).getProcessInstanceId())) {
            throw StepRefused.notBound("年度双向反馈", String.valueOf(reportId), processInstanceId);
        }
    }

    /** Rule 3: collects every community's part from the records; returns the communities, in order. */
    public List<String> collect(long reportId) {
        AnnualFeedbackReport report = report(reportId);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, List<MemberLine>> byCommunity = new LinkedHashMap<>();
        collection.collect(report.getOrgId(), report.getYear())
                .forEach(l -> byCommunity.computeIfAbsent(l.communityCode(), c -> new ArrayList<>()).add(l));
        for (Map.Entry<String, List<MemberLine>> entry : byCommunity.entrySet()) {
            AnnualFeedbackPart part = parts.findByReportIdAndCommunityCode(reportId, entry.getKey())
                    .orElseGet(() -> parts.save(new AnnualFeedbackPart(reportId, entry.getKey(), now)));
            replaceLines(part, entry.getValue());
        }
        report.collected(now);
        return List.copyOf(byCommunity.keySet());
    }

    /** Rule 3: the community's part counted anew from the records; the new figures replace the old. */
    public void recount(long reportId, String communityCode) {
        AnnualFeedbackReport report = report(reportId);
        AnnualFeedbackPart part = part(reportId, communityCode);
        requireOpen(part);
        replaceLines(part, collection.collect(report.getOrgId(), report.getYear(), communityCode));
        part.recounted(LocalDateTime.now(clock));
    }

    /** Rule 4: the community's part goes to the unit with the branch's comments, if it still equals the records. */
    public void send(long reportId, String communityCode, String overallComment, Map<Long, String> comments,
            String by) {
        AnnualFeedbackReport report = report(reportId);
        AnnualFeedbackPart part = part(reportId, communityCode);
        requireOpen(part);
        List<AnnualFeedbackLine> stored = lines.findByPartIdOrderById(part.getId());
        if (!equalsRecords(stored, collection.collect(report.getOrgId(), report.getYear(), communityCode))) {
            throw new InvalidFieldException(DECISION_FIELD,
                    "统计之后服务记录有了变动，反馈与记录不再一致；请选择“重新统计”，核对新数字后再发送");
        }
        Set<Long> members = stored.stream().map(AnnualFeedbackLine::getMemberId).collect(Collectors.toSet());
        if (!members.containsAll(comments.keySet())) {
            throw new InvalidFieldException(COMMENTS_FIELD, "评语只能写给本社区反馈中列出的党员");
        }
        stored.forEach(l -> l.comment(comments.get(l.getMemberId())));
        part.sent(overallComment, by, LocalDateTime.now(clock));
    }

    /** Whether every community's part has been sent. */
    @Transactional(readOnly = true)
    public boolean allSent(long reportId) {
        return parts.findByReportIdOrderById(reportId).stream().allMatch(p -> p.getStatus() == FeedbackStatus.SENT);
    }

    @Transactional(readOnly = true)
    public AnnualFeedbackReport report(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new RecordNotFoundException("年度双向反馈", reportId));
    }

    /** The community's part with its lines. */
    @Transactional(readOnly = true)
    public PartView partView(long reportId, String communityCode) {
        return view(part(reportId, communityCode));
    }

    /** Every part of the report with its lines, by community. */
    @Transactional(readOnly = true)
    public List<PartView> partViews(long reportId) {
        return parts.findByReportIdOrderById(reportId).stream().map(this::view).toList();
    }

    private PartView view(AnnualFeedbackPart part) {
        return new PartView(part.getId(), part.getCommunityCode(), part.getStatus(), part.getOverallComment(),
                part.getRecounts(), part.getCollectedAt(), part.getSentBy(), part.getSentAt(),
                lines.findByPartIdOrderById(part.getId()));
    }

    private AnnualFeedbackPart part(long reportId, String communityCode) {
        return parts.findByReportIdAndCommunityCode(reportId, communityCode)
                .orElseThrow(() -> new RecordNotFoundException("年度双向反馈的社区部分", communityCode));
    }

    private static void requireOpen(AnnualFeedbackPart part) {
        if (part.getStatus() != FeedbackStatus.COLLECTED) {
            throw new InvalidFieldException(DECISION_FIELD, "本社区的反馈已经发送，不能再改动");
        }
    }

    private void replaceLines(AnnualFeedbackPart part, List<MemberLine> counted) {
        lines.deleteAll(lines.findByPartIdOrderById(part.getId()));
        lines.flush();
        counted.forEach(l -> lines.save(new AnnualFeedbackLine(part.getId(), l)));
    }

    private static boolean equalsRecords(List<AnnualFeedbackLine> stored, List<MemberLine> counted) {
        if (stored.size() != counted.size()) {
            return false;
        }
        Map<Long, MemberLine> byMember = counted.stream()
                .collect(Collectors.toMap(MemberLine::memberId, l -> l));
        return stored.stream().allMatch(s -> {
            MemberLine c = byMember.get(s.getMemberId());
            return c != null && c.figures().sameAs(s.figures()) && c.wishes().size() == s.getWishes().size();
        });
    }
}
