package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OUTCOME;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_PublishRuling: a dismissed objection's reasons are published with the notice (see the board). */
@Component
class PublishRulingDelegate implements JavaDelegate {

    private final Disclosures disclosures;
    private final DeliberationInstances instances;

    PublishRulingDelegate(Disclosures disclosures, DeliberationInstances instances) {
        this.disclosures = disclosures;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosures.publishRuling(instances.disclosureOf(execution));
        OUTCOME.set(execution, Disclosures.DISMISSED);
    }
}
