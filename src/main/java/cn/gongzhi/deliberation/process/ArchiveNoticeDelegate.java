package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.NO_OBJECTION;
import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OUTCOME;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_ArchiveNotice: onto the archive; without objections the outcome is NO_OBJECTION. */
@Component
class ArchiveNoticeDelegate implements JavaDelegate {

    private final Disclosures disclosures;
    private final DeliberationInstances instances;

    ArchiveNoticeDelegate(Disclosures disclosures, DeliberationInstances instances) {
        this.disclosures = disclosures;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosures.archive(instances.disclosureOf(execution));
        if (OUTCOME.get(execution) == null) {
            OUTCOME.set(execution, NO_OBJECTION);
        }
    }
}
