package cn.gongzhi.deliberation.domain;

import cn.gongzhi.deliberation.DisclosureKind;
import cn.gongzhi.deliberation.DisclosureStatus;
import cn.gongzhi.deliberation.ObjectionChanged;
import cn.gongzhi.deliberation.ObjectionStatus;
import cn.gongzhi.shared.RecordNotFoundException;
import cn.gongzhi.shared.process.FormInput;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notices on the public board, their objection windows, objections and the supervision committee's ruling. */
@Service
@Transactional
public class Disclosures {

    /** The notice title's column (V3), and the prefixes a deliberation's notices put before its title. */
    static final int TITLE_COLUMN = 200;
    static final String RESOLUTION_PREFIX = "决议公开：";
    static final String RESULT_PREFIX = "实施结果公开：";
    /** The longest deliberation title whose notices still fit their column. */
    public static final int DELIBERATION_TITLE_MAX = TITLE_COLUMN
            - Math.max(RESOLUTION_PREFIX.length(), RESULT_PREFIX.length());

    /** The longest ruling reasons: the column (V3) and the review form's {@code maxLength}. */
    public static final int RULING_REASONS_MAX = 2000;

    public static final String UPHELD = "UPHELD";
    public static final String DISMISSED = "DISMISSED";

    /** A notice just published. */
    public record Published(long disclosureId, String number, Date objectionDeadline) {}

    /** Thrown when an objection comes after the window closed. */
    public static class WindowClosed extends RuntimeException {
        public WindowClosed(String number, LocalDateTime deadline) {
            super("公告 " + number + " 的异议期已于 " + deadline.toLocalDate() + " " + deadline.toLocalTime().withNano(0)
                    + " 结束，不再受理异议");
        }
    }

    private final DisclosureRepository disclosures;
    private final ObjectionRepository objections;
    private final DeliberationRepository deliberations;
    private final DeliberationProperties properties;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    Disclosures(DisclosureRepository disclosures, ObjectionRepository objections,
            DeliberationRepository deliberations, DeliberationProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.disclosures = disclosures;
        this.objections = objections;
        this.deliberations = deliberations;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Publishes a notice. For a deliberation the title and content come from its record; other processes pass their
     * own title and content.
     */
    public Published publish(Long deliberationId, String communityCode, DisclosureKind kind, String title,
            String content, String processInstanceId) {
        return publish(deliberationId, communityCode, kind, title, content, List.of(), processInstanceId);
    }

    /**
     * Publishes a notice about {@code subjects} (an escalation's number and the petitions it answers), so that each
     * petition's public lookup can link to it.
     */
    public Published publish(Long deliberationId, String communityCode, DisclosureKind kind, String title,
            String content, List<String> subjects, String processInstanceId) {
        String noticeTitle = title;
        String noticeContent = content;
        if (deliberationId != null) {
            Deliberation deliberation = deliberations.findById(deliberationId)
                    .orElseThrow(() -> new RecordNotFoundException("议事事项", deliberationId));
            noticeTitle = (kind == DisclosureKind.RESOLUTION ? RESOLUTION_PREFIX : RESULT_PREFIX)
                    + deliberation.getTitle();
            noticeContent = deliberation.getPlan();
        }
        if (noticeTitle == null || noticeContent == null) {
            throw new IllegalArgumentException("A notice needs a title and content");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Disclosure disclosure = disclosures.saveAndFlush(new Disclosure(deliberationId, communityCode, kind,
                noticeTitle, noticeContent, now, now.plus(properties.objectionWindow()), processInstanceId));
        disclosure.assignNumber();
        disclosure.about(subjects);
        return new Published(disclosure.getId(), disclosure.getNumber(),
                Date.from(disclosure.getObjectionDeadline().atZone(clock.getZone()).toInstant()));
    }

    /** Files a resident's objection while the window is open; afterwards it is refused and nothing is written. */
    public Objection fileObjection(String number, String content) {
        Disclosure disclosure = byNumber(number);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!disclosure.isOpenAt(now)) {
            throw new WindowClosed(number, disclosure.getObjectionDeadline());
        }
        String text = FormInput.of(Map.of("content", content == null ? "" : content))
                .text("content", "请填写异议内容", 2000);
        Objection objection = objections.save(new Objection(disclosure.getId(), text, now));
        published(objection, disclosure);
        return objection;
    }

    public long objectionCount(long disclosureId) {
        return objections.countByDisclosureId(disclosureId);
    }

    /** The window has elapsed: with objections the notice goes under review. */
    public long closeWindow(long disclosureId) {
        Disclosure disclosure = load(disclosureId);
        long count = objections.countByDisclosureId(disclosureId);
        if (count > 0) {
            disclosure.moveTo(DisclosureStatus.UNDER_REVIEW);
        }
        return count;
    }

    /**
     * The affairs supervision committee's ruling on the objections: {@link #UPHELD} or {@link #DISMISSED}, with the
     * reasons published with the notice.
     */
    public void rule(long disclosureId, String ruling, String reasons) {
        if (!UPHELD.equals(ruling) && !DISMISSED.equals(ruling)) {
            throw new IllegalArgumentException("Unknown ruling " + ruling);
        }
        Disclosure disclosure = load(disclosureId);
        disclosure.rule(ruling, reasons);
        objections.findByDisclosureIdOrderByFiledAtAscIdAsc(disclosureId).forEach(o -> {
            o.rule(UPHELD.equals(ruling) ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED);
            published(o, disclosure);
        });
    }

    /** The one place an {@link ObjectionChanged} is published, in the transaction that filed or ruled on it. */
    private void published(Objection objection, Disclosure disclosure) {
        events.publishEvent(new ObjectionChanged(objection.getId(), disclosure.getCommunityCode(),
                objection.getStatus(), objection.getFiledAt()));
    }

    public void archive(long disclosureId) {
        load(disclosureId).archive(LocalDateTime.now(clock));
    }

    public void withdraw(long disclosureId) {
        load(disclosureId).moveTo(DisclosureStatus.WITHDRAWN);
    }

    /** The reasons for dismissing the objections, published on the board with the notice. */
    public String publishRuling(long disclosureId) {
        Disclosure disclosure = load(disclosureId);
        if (disclosure.getRulingReasons() == null) {
            throw new IllegalStateException("Notice " + disclosure.getNumber() + " has no ruling to publish");
        }
        return disclosure.getRulingReasons();
    }

    /** Every step checks that the notice it was given belongs to the instance it runs in. */
    @Transactional(readOnly = true)
    public void requireBound(long disclosureId, String processInstanceId) {
        Disclosure disclosure = load(disclosureId);
        if (!processInstanceId.equals(disclosure.getProcessInstanceId())) {
            throw StepRefused.notBound("公告", disclosure.getNumber(), processInstanceId);
        }
    }

    public Disclosure byNumber(String number) {
        return disclosures.findByNumber(number).orElseThrow(() -> new RecordNotFoundException("公告", number));
    }

    private Disclosure load(long disclosureId) {
        return disclosures.findById(disclosureId).orElseThrow(() -> new RecordNotFoundException("公告", disclosureId));
    }
}
