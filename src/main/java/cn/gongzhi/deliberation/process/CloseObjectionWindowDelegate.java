package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OBJECTION_COUNT;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_CloseObjectionWindow: counts the objections from the table, the authority. */
@Component
class CloseObjectionWindowDelegate implements JavaDelegate {

    private final Disclosures disclosures;
    private final DeliberationInstances instances;

    CloseObjectionWindowDelegate(Disclosures disclosures, DeliberationInstances instances) {
        this.disclosures = disclosures;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OBJECTION_COUNT.set(execution, disclosures.closeWindow(instances.disclosureOf(execution)));
    }
}
