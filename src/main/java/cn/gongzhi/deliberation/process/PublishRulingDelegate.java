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

    PublishRulingDelegate(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosures.publishRuling(PublicDisclosureProcess.disclosureId(execution));
        execution.setVariable(OUTCOME, Disclosures.DISMISSED);
    }
}
