package cn.gongzhi.members.process;

import cn.gongzhi.registry.UnitReportingAgreements;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Activity_EndAgreement: the term has ended; the agreement is recorded as ended. */
@Component
class EndAgreementDelegate implements JavaDelegate {

    private final UnitReportingAgreements agreements;
    private final UnitAgreements instances;

    EndAgreementDelegate(UnitReportingAgreements agreements, UnitAgreements instances) {
        this.agreements = agreements;
        this.instances = instances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        agreements.end(instances.agreementOf(execution));
    }
}
