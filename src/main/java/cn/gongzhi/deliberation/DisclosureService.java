package cn.gongzhi.deliberation;

import cn.gongzhi.deliberation.domain.Disclosure;
import cn.gongzhi.deliberation.domain.DisclosureRepository;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.Disclosures.WindowClosed;
import cn.gongzhi.deliberation.domain.Objection;
import cn.gongzhi.deliberation.domain.ObjectionRepository;
import cn.gongzhi.deliberation.process.PublicDisclosureProcess;
import cn.gongzhi.registry.RegistryService;
import cn.gongzhi.registry.RegistryService.CommunityRef;
import cn.gongzhi.shared.Masking;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public disclosure board: notices with their objection deadlines, the archive, and filing an objection. */
@Service
public class DisclosureService {

    /** A notice as the board shows it. Free text is shown with phone and ID numbers masked. */
    public record NoticeView(String number, String communityCode, String communityName, DisclosureKind kind,
            String kindLabel, String title, String content, DisclosureStatus status, String statusLabel,
            LocalDateTime publishedAt, LocalDateTime objectionDeadline, boolean objectionsOpen, long objectionCount,
            String ruling, String rulingReasons, LocalDateTime archivedAt, List<ObjectionView> objections) {}

    public record ObjectionView(String content, ObjectionStatus status, LocalDateTime filedAt) {}

    public record FiledObjection(String noticeNumber, LocalDateTime filedAt, LocalDateTime objectionDeadline) {}

    private final Disclosures disclosures;
    private final DisclosureRepository notices;
    private final ObjectionRepository objections;
    private final RegistryService registry;
    private final RuntimeService runtimeService;
    private final java.time.Clock clock;

    DisclosureService(Disclosures disclosures, DisclosureRepository notices, ObjectionRepository objections,
            RegistryService registry, RuntimeService runtimeService, java.time.Clock clock) {
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
        return notices.findTop200ByStatusInOrderByPublishedAtDesc(statuses).stream()
                .filter(n -> communityCode == null || n.getCommunityCode().equals(communityCode))
                .map(n -> view(n, false)).toList();
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
        return new FiledObjection(number, objection.getFiledAt(), notice.getObjectionDeadline());
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
                list);
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
