package cn.gongzhi.deliberation.process;

import static cn.gongzhi.deliberation.process.PublicDisclosureProcess.OUTCOME;

import cn.gongzhi.deliberation.domain.Disclosures;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_WithdrawNotice: an upheld objection withdraws the notice; the caller goes back to revision. */
@Component
class WithdrawNoticeDelegate implements JavaDelegate {

    private final Disclosures disclosures;
    private final DeliberationInstances instances;

    WithdrawNoticeDelegate(Disclosures disclosures, DeliberationInstances instances) {
        this.disclosures = disclosures;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosures.withdraw(instances.disclosureOf(execution));
        OUTCOME.set(execution, Disclosures.UPHELD);
    }
}
