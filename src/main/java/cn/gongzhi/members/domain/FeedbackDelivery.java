package cn.gongzhi.members.domain;

import cn.gongzhi.registry.PartyMemberLogins;
import cn.gongzhi.shared.process.StepRefused;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual feedback on its way to the unit: sent once every community's part is, the unit's contact reminded before
 * the limit and the lateness recorded after it (her task stays open), and her confirmation of receipt: only the
 * contact of the report's own unit confirms it.
 */
@Service
@Transactional
public class FeedbackDelivery {

    private final AnnualFeedbacks feedbacks;
    private final AnnualFeedbackPartRepository parts;
    private final PartyMemberLogins logins;
    private final AnnualFeedbackProperties properties;
    private final Clock clock;

    FeedbackDelivery(AnnualFeedbacks feedbacks, AnnualFeedbackPartRepository parts, PartyMemberLogins logins,
            AnnualFeedbackProperties properties, Clock clock) {
        this.feedbacks = feedbacks;
        this.parts = parts;
        this.logins = logins;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every part is sent: the report goes to the unit, its confirmation due after the configured time. */
    public void send(long reportId) {
        if (!feedbacks.allSent(reportId)) {
            throw new IllegalStateException("年度双向反馈 " + reportId + " 还有社区未发送");
        }
        String lastSender = parts.findByReportIdOrderById(reportId).stream()
                .max(Comparator.comparing(AnnualFeedbackPart::getSentAt)).map(AnnualFeedbackPart::getSentBy)
                .orElse(null);
        LocalDateTime now = LocalDateTime.now(clock);
        feedbacks.report(reportId).sent(lastSender, now, properties.confirmDue(now));
    }

    /** The contact was reminded (Tasklist shows the task; the record keeps when). */
    public void reminded(long reportId) {
        feedbacks.report(reportId).reminded(LocalDateTime.now(clock));
    }

    /** The limit passed without her confirmation: recorded, the task stays hers. */
    public void overdue(long reportId) {
        feedbacks.report(reportId).overdue(LocalDateTime.now(clock));
    }

    /** The unit's contact, and only she, confirms receipt. */
    public void confirm(long reportId, String actor) {
        AnnualFeedbackReport report = feedbacks.report(reportId);
        if (!contact(reportId).equals(actor)) {
            throw new StepRefused("只有" + logins.unit(report.getOrgId()).map(u -> u.name()).orElse("该单位党组织")
                    + "的联系人可以确认收到反馈；" + actor + " 不是");
        }
        report.confirmed(actor, LocalDateTime.now(clock));
    }

    /** The login of the contact of the report's unit: her task. */
    @Transactional(readOnly = true)
    public String contact(long reportId) {
        long orgId = feedbacks.report(reportId).getOrgId();
        return logins.contactLogin(orgId).orElseThrow(() -> new StepRefused("该单位党组织没有登记联系人的登录账号"));
    }

    /** When the report sent at {@code sentAt} is due to be confirmed, and when its contact is reminded. */
    @Transactional(readOnly = true)
    public LocalDateTime confirmDue(long reportId) {
        return feedbacks.report(reportId).getConfirmDue();
    }

    @Transactional(readOnly = true)
    public LocalDateTime reminderAt(long reportId) {
        return properties.reminderAt(feedbacks.report(reportId).getSentAt());
    }
}
