package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OBJECTION_COUNT;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_RecordObjection: the objection is already in the table; the instance shows the running count. */
@Component
class RecordObjectionDelegate implements JavaDelegate {

    private final Disclosures disclosures;
    private final DeliberationInstances instances;

    RecordObjectionDelegate(Disclosures disclosures, DeliberationInstances instances) {
        this.disclosures = disclosures;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OBJECTION_COUNT.set(execution, disclosures.objectionCount(instances.disclosureOf(execution)));
    }
}
