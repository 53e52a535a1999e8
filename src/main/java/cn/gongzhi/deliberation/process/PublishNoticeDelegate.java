package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.COMMUNITY_CODE;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.CONTENT;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.DEADLINE;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.DISCLOSURE_ID;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.DISCLOSURE_NUMBER;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.KIND;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OBJECTION_COUNT;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.SUBJECTS;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.TITLE;

import cn.gongzhi.deliberation.DisclosureKind;
import cn.gongzhi.deliberation.domain.Disclosures;
import cn.gongzhi.deliberation.domain.Disclosures.Published;
import cn.gongzhi.shared.process.StepRefused;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Activity_PublishNotice: the notice goes on the board; its number becomes the business key. Only a process that
 * called this one publishes: a deliberation its own resolution or result, an escalation its outcome.
 */
@Component
class PublishNoticeDelegate implements JavaDelegate {

    private final Disclosures disclosures;
    private final DeliberationInstances instances;

    PublishNoticeDelegate(Disclosures disclosures, DeliberationInstances instances) {
        this.disclosures = disclosures;
        this.instances = instances;
    }

    private static List<String> subjects(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getSuperExecution() == null) {
            throw new StepRefused("公开与异议流程只能由议事或吹哨流程调用，不能单独发起");
        }
        Published notice = disclosures.publish(instances.calledFor(execution), COMMUNITY_CODE.required(execution),
                DisclosureKind.valueOf(KIND.required(execution)), TITLE.get(execution), CONTENT.get(execution),
                subjects(SUBJECTS.get(execution)), execution.getProcessInstanceId());
        TITLE.remove(execution);
        CONTENT.remove(execution);
        SUBJECTS.remove(execution);
        execution.setProcessBusinessKey(notice.number());
        DISCLOSURE_ID.set(execution, notice.disclosureId());
        DISCLOSURE_NUMBER.set(execution, notice.number());
        DEADLINE.set(execution, notice.objectionDeadline());
        OBJECTION_COUNT.set(execution, 0L);
    }
}
