package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.COMMUNITY_CODE;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.CONTENT;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.DEADLINE;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.DELIBERATION_ID;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.DISCLOSURE_ID;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.DISCLOSURE_NUMBER;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.KIND;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OBJECTION_COUNT;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.TITLE;

import cn.gongzhi.deliberation.DisclosureKind;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.Disclosures.Published;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_PublishNotice: the notice goes on the board; its number becomes the business key. */
@Component
class PublishNoticeDelegate implements JavaDelegate {

    private final Disclosures disclosures;

    PublishNoticeDelegate(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object deliberation = execution.getVariable(DELIBERATION_ID);
        Published notice = disclosures.publish(deliberation == null ? null : ((Number) deliberation).longValue(),
                (String) execution.getVariable(COMMUNITY_CODE),
                DisclosureKind.valueOf((String) execution.getVariable(KIND)),
                (String) execution.getVariable(TITLE), (String) execution.getVariable(CONTENT),
                execution.getProcessInstanceId());
        execution.removeVariable(TITLE);
        execution.removeVariable(CONTENT);
        execution.setProcessBusinessKey(notice.number());
        execution.setVariable(DISCLOSURE_ID, notice.disclosureId());
        execution.setVariable(DISCLOSURE_NUMBER, notice.number());
        execution.setVariable(DEADLINE, notice.objectionDeadline());
        execution.setVariable(OBJECTION_COUNT, 0L);
    }
}
